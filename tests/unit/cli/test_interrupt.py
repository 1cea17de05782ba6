"""A Ctrl-C that Python wraps in another exception is still an interruption."""
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
