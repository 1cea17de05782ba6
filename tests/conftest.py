"""Fixtures shared by tests/unit and tests/e2e.

The tests are laid out as tests/unit/<package>/ (one folder per kg package,
no bundled corpus build) and tests/e2e/ (builds of a corpus folder driven
through `kg` or kg.api, the explorer in Chromium, live servers); helpers that
are not tests live in tests/support/ (tests/unit/test_layout.py keeps it so)."""
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import REPO as ROOT
from support.explore import CHROMIUM_ARGS, require_chromium

# A runner that starts pytest in the background (`cmd &` without job control)
# hands it SIGINT ignored, and every kg process a test starts would inherit
# that: the Ctrl-C tests need kg to start with Python's default handling.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# fixtures defined in support modules, available to every test
pytest_plugins = ["support.gexf", "support.falkordb"]

# Tests are marked by what they use (directly or through other fixtures), so
# `pytest -m "not slow and not browser and not external"` is the fast subset
# however a test is written: slow = a build of the bundled corpus or a Dask
# cluster, browser = Chromium, external = a server process the test starts.
MARK_BY_FIXTURE = {
    "bundled_build": "slow",
    "bundled_build_timed": "slow",
    "cluster": "slow",
    "browser": "browser",
    "falkordb_server": "external",
    "virtuoso": "external",
    "graphology": "external",  # Node.js reading GEXF
}
# modules whose every test builds a corpus, kills a build or starts workers
SLOW_MODULES = {"test_build.py", "test_dask.py", "test_pipeline.py"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        for fixture, mark in MARK_BY_FIXTURE.items():
            if fixture in used:
                item.add_marker(mark)
        if item.path.name in SLOW_MODULES:
            item.add_marker("slow")


@pytest.fixture(scope="session")
def bundled_build_timed(tmp_path_factory) -> tuple[Path, float]:
    """The bundled corpus built once for the whole session with the real CLI:
    (its graph folder, the seconds `kg build` took, which the kill tests use to
    spread their signals over a build). Tests only read the folder (exports
    may land in it); one that changes a build copies it or builds its own."""
    out = tmp_path_factory.mktemp("bundled") / "exports"
    started = time.monotonic()
    res = subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "corpus"), "--out", str(out), "--quiet"],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith(f"built {out}")
    return out, time.monotonic() - started


@pytest.fixture(scope="session")
def bundled_build(bundled_build_timed) -> Path:
    """The session's build of the bundled corpus: its graph folder (read only)."""
    return bundled_build_timed[0]


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for every browser test (driven by Playwright)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()
