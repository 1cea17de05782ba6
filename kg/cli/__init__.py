"""The `kg` command line. commands.py parses options and calls kg.api;
render.py is the one output path. `main` is the console entry point."""
from __future__ import annotations

import os
import sys
from typing import NoReturn

__all__ = ["app", "main"]


def __getattr__(name: str):
    # the commands (and kg.api) are imported inside main(), so that an error while
    # importing them (a broken ontology under KG_ONTOLOGY_DIR) is one line too
    if name == "app":
        from kg.cli.commands import app

        return app
    raise AttributeError(f"module 'kg.cli' has no attribute {name!r}")


def _interrupted(e: BaseException) -> bool:
    seen = set()
    while e is not None and id(e) not in seen:
        if isinstance(e, KeyboardInterrupt):
            return True
        seen.add(id(e))
        e = e.__cause__ or e.__context__
    return False


def _exit_interrupted() -> NoReturn:
    # A Ctrl-C that left an exec() of source text (dataclasses and namedtuple
    # build their methods so while modules import) sets CPython's "unhandled
    # KeyboardInterrupt" flag even when it is caught; the interpreter would then
    # end by SIGINT instead of with 130.  Running any source text clears the flag.
    exec("")
    sys.stderr.write("error: interrupted\n")
    sys.stderr.flush()
    sys.exit(130)


def main() -> None:
    """Console entry point: user errors become one line on stderr, never a traceback."""
    try:
        _main()
    except Exception as e:  # noqa: BLE001 - only a (wrapped) Ctrl-C reaches here
        if _interrupted(e):
            _exit_interrupted()
        raise
    except KeyboardInterrupt:  # while _main imported what its own handlers need
        _exit_interrupted()


def _main() -> NoReturn:
    import typer  # here, not at the top: a Ctrl-C while it imports is then one line

    from kg.cli.render import error
    from kg.api import KgError, Terminated

    try:
        from kg.cli.commands import app

        rv = app(standalone_mode=False)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except Terminated:  # SIGTERM during a build, cleaned up like Ctrl-C
        error("terminated")
        sys.exit(Terminated.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _exit_interrupted()
    except KgError as e:
        error(str(e))
        sys.exit(e.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as e:
        if _interrupted(e):  # Python wraps a Ctrl-C during import (__set_name__ → RuntimeError)
            _exit_interrupted()
        # usage errors (bad option, unknown choice): typer vendors click, so they
        # are recognised by their interface rather than by a click class
        if callable(getattr(e, "show", None)) and isinstance(getattr(e, "exit_code", None), int):
            e.show()
            sys.exit(e.exit_code)
        if os.environ.get("KG_DEBUG"):  # a bug, not bad input: one line unless debugging
            raise
        error(f"{type(e).__name__}: {e} (set KG_DEBUG=1 for a traceback)")
        sys.exit(1)
    if rv == 130:  # typer turns Ctrl-C into a return code
        _exit_interrupted()
    sys.exit(rv if isinstance(rv, int) else 0)
