"""A Ctrl-C that Python wraps in another exception is still an interruption."""
import subprocess
import sys

import pytest

from kg.cli import _interrupted


class _Interrupts:
    def __set_name__(self, owner, name):
        raise KeyboardInterrupt


def _class_creation_error() -> BaseException:
    try:
        type("Built", (), {"field": _Interrupts()})
    except BaseException as e:  # noqa: BLE001 - the wrapped form is what we test
        return e
    pytest.fail("creating the class did not raise")


def test_a_ctrl_c_inside_class_creation_is_seen_through_its_wrapper():
    err = _class_creation_error()
    # Python 3.11 wraps it in a RuntimeError (3.12 re-raises it with a note)
    assert _interrupted(err)


def test_an_ordinary_error_is_not_an_interruption():
    try:
        try:
            raise ValueError("bad")
        except ValueError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError as e:
        assert not _interrupted(e)


# A Ctrl-C raised inside exec() of source text (as dataclasses and namedtuple do
# while modules import) and caught by the entry point: CPython remembers it as
# unhandled and, unless the entry point clears that, ends the process by SIGINT
# (when run with -m, as `python -m kg` is).
_CTRL_C_IN_EXEC = """
import sys
import kg.cli.commands

def interrupted_while_importing(**_):
    exec("raise KeyboardInterrupt")

kg.cli.commands.app = interrupted_while_importing
sys.argv = ["kg", "stats"]
from kg.cli import main
main()
"""


def test_a_ctrl_c_caught_from_exec_of_source_still_exits_130(tmp_path):
    (tmp_path / "interrupted_kg.py").write_text(_CTRL_C_IN_EXEC, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "interrupted_kg"], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert proc.stderr.strip() == "error: interrupted"
    assert proc.returncode == 130
