"""`kg` starts fast: the CLI and the API import none of the heavy libraries
when they are imported, only the functions that use them do (kg --help,
kg <command> --help and argument errors never load spaCy, a store or a
graph library)."""
import subprocess
import sys

import pytest

from support import REPO

HEAVY = ("spacy", "jieba", "rdflib", "pyoxigraph", "networkx", "pyvis", "httpx", "dask", "distributed")


def loaded_after(statement: str) -> list[str]:
    """The heavy top-level packages in sys.modules after STATEMENT, run in a fresh interpreter."""
    probe = (f"import sys\n{statement}\n"
             f"print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})))")
    res = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert res.returncode == 0, res.stderr
    return res.stdout.split()


@pytest.mark.parametrize("statement", [
    "import kg.cli",
    "import kg.cli.commands",  # what `kg --help` and every command import
    "import kg.api",
    "import kg; kg.__version__",
])
def test_importing_the_cli_and_api_loads_no_heavy_library(statement):
    assert loaded_after(statement) == []


def test_help_loads_no_heavy_library():
    # the typer app built and its help printed, as `kg --help` and `kg export --help` do
    statement = ("from typer.testing import CliRunner\nfrom kg.cli import app\n"
                 "for args in (['--help'], ['export', '--help'], ['sparql', '--help'], ['build', '--help']):\n"
                 "    r = CliRunner().invoke(app, args)\n"
                 "    assert r.exit_code == 0 and 'Usage' in r.output, (args, r.output)")
    assert loaded_after(statement) == []


def test_the_probe_sees_a_heavy_import():
    # the check itself can fail: a command that opens a graph loads the store
    assert "pyoxigraph" in loaded_after("import kg.graph.store")
