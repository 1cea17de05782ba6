"""The package's layering, read from the source with ast (every import,
including those inside functions): the CLI imports only kg.api, kg.errors and
its own modules, and no module imports from a layer above its own."""
from __future__ import annotations

import ast
from pathlib import Path

from support import REPO

KG = REPO / "kg"

# bottom to top; a module may import from its own layer and the ones below
LAYERS = [
    ("kg.errors", "kg.resources", "kg.schema", "kg.files", "kg.http", "kg.options"),
    ("kg.model",),
    ("kg.ingest", "kg.extract", "kg.graph", "kg.eval"),
    ("kg.builder", "kg.query", "kg.export", "kg.explore"),
    ("kg.api",),
    ("kg.cli",),
]
CLI_MAY_IMPORT = ("kg.api", "kg.errors", "kg.cli")


def module_name(path: Path, root: Path = KG) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, root: Path = KG) -> list[tuple[int, str]]:
    """(line, imported kg module) for every import of a kg module in PATH."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # `from kg import api` imports the module kg.api
            found += [(node.lineno, f"{base}.{alias.name}" if base == "kg" else base) for alias in node.names]
    return [(line, name) for line, name in found if name == "kg" or name.startswith("kg.")]


def layer(module: str) -> int | None:
    for i, names in enumerate(LAYERS):
        if any(module == n or module.startswith(n + ".") for n in names):
            return i
    return None


def sources() -> list[Path]:
    """Every module but the package's own __init__ (lazy re-exports of kg.api) and __main__."""
    return sorted(p for p in KG.rglob("*.py") if p.parent != KG or p.name not in ("__init__.py", "__main__.py"))


def test_every_module_has_a_layer():
    unplaced = [module_name(p) for p in sources() if layer(module_name(p)) is None]
    assert not unplaced, f"add these modules to LAYERS: {unplaced}"


def test_the_cli_imports_only_the_api_errors_and_itself():
    wrong = []
    for path in sorted((KG / "cli").glob("*.py")):
        for line, name in imports(path):
            if not any(name == allowed or name.startswith(allowed + ".") for allowed in CLI_MAY_IMPORT):
                wrong.append(f"{path.relative_to(KG.parent)}:{line} imports {name}")
    assert not wrong, "the CLI must go through kg.api:\n" + "\n".join(wrong)


def test_no_module_imports_from_a_layer_above_its_own():
    upward = []
    for path in sources():
        here = layer(module_name(path))
        for line, name in imports(path):
            there = layer(name)
            if here is not None and there is not None and there > here:
                upward.append(f"{path.relative_to(KG.parent)}:{line} ({LAYERS[here][0]}…) imports {name}")
    assert not upward, "upward imports:\n" + "\n".join(upward)


def test_the_checker_sees_imports_inside_functions_and_relative_ones(tmp_path):
    root = tmp_path / "kg"
    probe = root / "query" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text("def f():\n    from kg.api import Graph\n    from ..cli import render\n    from kg import schema\n",
                     encoding="utf-8")
    assert [n for _, n in imports(probe, root)] == ["kg.api", "kg.cli", "kg.schema"]
    assert layer(module_name(probe, root)) == layer("kg.query") < layer("kg.api") < layer("kg.cli")


def test_spacy_factories_declare_what_they_assign_and_need():
    from kg.extract.pipeline import get_nlp

    nlp = get_nlp()
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]  # every requirement is assigned upstream
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns, f"{name} declares nothing it assigns"
    assert "doc.spans" in nlp.get_pipe_meta("kg_normalise").assigns
