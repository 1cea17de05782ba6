"""The CLI shell itself: help, unknown commands and the one-line error contract.
`kg --help` and a usage error run a real `kg` process (the entry point and
its exit code); the rest runs the same entry point in-process (support.cli)."""
import subprocess
import sys

from support.cli import run_kg

KG = [sys.executable, "-m", "kg"]


def run(*args, **kw):
    return subprocess.run(KG + list(args), capture_output=True, text=True, timeout=120, **kw)


def test_help_lists_every_contract_command():
    out = run("--help")
    assert out.returncode == 0
    for command in ("build", "extract", "eval", "lookup", "sparql", "stats", "neighbors",
                    "path", "central", "export", "explore", "validate", "docs"):
        assert command in out.stdout


def test_every_command_has_help():
    # in-process (typer's runner drives the same app the entry point runs): one
    # interpreter start instead of one per command
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"build", "extract", "eval", "lookup", "sparql", "stats", "neighbors", "path", "central",
            "communities", "export", "push", "explore", "validate", "docs"} <= set(names)
    for command in names:
        out = runner.invoke(app, [command, "--help"])
        assert out.exit_code == 0, (command, out.output)
        assert "Usage" in out.output and "--help" in out.output


def test_unknown_command_is_an_error_without_traceback():
    out = run_kg("frobnicate")
    assert out.returncode != 0
    assert "Traceback" not in out.stderr


def test_missing_graph_folder_is_one_line_error(tmp_path):
    out = run_kg("stats", "--graph", tmp_path / "nowhere")
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    lines = [l for l in out.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:")


def test_bad_choice_is_a_usage_error_not_a_crash():
    out = run("export", "bogus")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "is not one of" in out.stderr
