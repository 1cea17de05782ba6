"""`kg` starts fast: the CLI and the API import none of the heavy libraries
when they are imported, only the functions that use them do (kg --help,
kg <command> --help and argument errors never load spaCy, a store or a
graph library)."""
import json
import subprocess
import sys

from support import REPO

HEAVY = ("spacy", "jieba", "rdflib", "pyoxigraph", "networkx", "pyvis", "httpx", "dask", "distributed")

# each step runs after the ones before it, in one fresh interpreter; a heavy
# library that appears is charged to the step that loaded it
STEPS = {
    "import kg": "import kg; kg.__version__",
    "import kg.cli": "import kg.cli",
    "import kg.api": "import kg.api",
    "import kg.cli.commands": "import kg.cli.commands",  # what `kg --help` and every command import
    "kg --help, kg export/sparql/build --help": (  # the typer app built and its help printed
        "from typer.testing import CliRunner\nfrom kg.cli import app\n"
        "for args in (['--help'], ['export', '--help'], ['sparql', '--help'], ['build', '--help']):\n"
        "    r = CliRunner().invoke(app, args)\n"
        "    assert r.exit_code == 0 and 'Usage' in r.output, (args, r.output)"),
}


def heavy_loaded_by(steps: dict[str, str]) -> dict[str, list[str]]:
    """{step: the heavy top-level packages it loaded}, STEPS run in order in a fresh interpreter."""
    probe = ["import json, sys", f"heavy = set({list(HEAVY)!r})", "seen, loaded = set(), {}",
             "def check(name):",
             "    global seen",
             "    now = {m.split('.')[0] for m in sys.modules} & heavy",
             "    loaded[name] = sorted(now - seen)",
             "    seen = now"]
    for name, statement in steps.items():
        probe += [statement, f"check({name!r})"]
    probe.append("print(json.dumps(loaded))")
    res = subprocess.run([sys.executable, "-c", "\n".join(probe)], capture_output=True, text=True, timeout=60,
                         cwd=REPO)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def test_importing_the_cli_and_api_and_help_load_no_heavy_library():
    assert heavy_loaded_by(STEPS) == {name: [] for name in STEPS}


def test_the_probe_sees_a_heavy_import():
    # the check itself can fail: a command that opens a graph loads the store
    assert heavy_loaded_by({"cli": "import kg.cli", "store": "import kg.graph.store"}) == {
        "cli": [], "store": ["pyoxigraph"]}
