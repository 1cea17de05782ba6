"""`kg` run in this interpreter: the console entry point (kg.cli.main, with
its one-line errors and exit codes) given ARGS, with stdin, stdout, stderr
and the environment isolated by typer's test runner.  It answers like
subprocess.run(..., capture_output=True, text=True), without the ~0.4 s of
starting an interpreter, so tests of options, messages and exit codes use it;
a few tests keep a real process for the entry point itself, for signals, and
for what needs a fresh interpreter (an environment read on import) or
another user (setpriv)."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping


def run_kg(*args, env: Mapping[str, str | None] | None = None, input: str | None = None,
           cwd: str | os.PathLike | None = None) -> subprocess.CompletedProcess:
    """Run `kg ARGS` in-process; ENV entries override os.environ (None removes one)."""
    from typer.testing import CliRunner

    from kg.cli import main

    argv = ["kg", *map(str, args)]
    code = 0
    old_argv, old_cwd = sys.argv, os.getcwd()
    runner = CliRunner()
    with runner.isolation(input=input, env=env) as (out, err, _):
        sys.argv = argv
        try:
            if cwd is not None:
                os.chdir(cwd)
            main()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        finally:
            sys.argv = old_argv
            os.chdir(old_cwd)
            sys.stdout.flush()
            sys.stderr.flush()
        stdout, stderr = out.getvalue().decode(runner.charset), err.getvalue().decode(runner.charset)
    return subprocess.CompletedProcess(argv, code, stdout, stderr)
