"""Helpers shared by tests/unit and tests/e2e (never collected: no test_ names).

The tests import it as ``support`` (pyproject puts tests/ on sys.path), and
every path a test needs starts from the constants here, not from its own
``__file__``, so a test module can move without its paths breaking."""
import subprocess
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parents[1]
REPO = TESTS_DIR.parent
CORPUS = REPO / "corpus"
DATA_DIR = TESTS_DIR / "data"
JS_DIR = TESTS_DIR / "js"
ARTIFACTS = TESTS_DIR / "artifacts"


def stop_server(proc: subprocess.Popen, timeout: float = 10) -> None:
    """Stop a server a fixture started: SIGTERM, then SIGKILL if it lingers."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
