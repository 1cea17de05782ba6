"""The tests' own shape: tests/unit/<package>/ and tests/e2e/ hold only test
modules that hold tests; helpers live in tests/support/; nothing is collected
from tests/ itself or from tests/support/."""
from __future__ import annotations

import ast
from pathlib import Path

from support import REPO, TESTS_DIR

UNIT, E2E, SUPPORT = TESTS_DIR / "unit", TESTS_DIR / "e2e", TESTS_DIR / "support"


def defines_a_test(path: Path) -> bool:
    """A top-level test_ function or Test class (what pytest collects)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return any(
        (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"))
        or (isinstance(node, ast.ClassDef) and node.name.startswith("Test"))
        for node in tree.body
    )


def test_no_test_module_sits_in_tests_itself_or_in_support():
    stray = sorted(p.name for p in TESTS_DIR.glob("*.py") if p.name != "conftest.py")
    assert not stray, f"move these into tests/unit/<package>/, tests/e2e/ or tests/support/: {stray}"
    in_support = sorted(str(p.relative_to(TESTS_DIR)) for p in SUPPORT.rglob("test_*.py"))
    assert not in_support, f"tests/support holds helpers, not tests: {in_support}"


def test_unit_and_e2e_hold_only_test_modules_with_tests():
    wrong = []
    for tree in (UNIT, E2E):
        for path in sorted(tree.rglob("*.py")):
            rel = path.relative_to(TESTS_DIR)
            if path.name == "conftest.py":
                continue
            if not path.name.startswith("test_"):
                wrong.append(f"{rel}: not a test module (helpers go to tests/support/)")
            elif not defines_a_test(path):
                wrong.append(f"{rel}: defines no test (a fixture module goes to tests/support/)")
    assert not wrong, "\n".join(wrong)


# fixtures that make a test end to end: the bundled corpus build, Chromium
E2E_FIXTURES = {"bundled_build", "bundled_build_timed", "browser"}


def fixtures_asked_for(path: Path) -> set[str]:
    """Every parameter name of every function in PATH (tests and fixtures)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {a.arg for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            for a in node.args.args + node.args.kwonlyargs}


def test_unit_tests_neither_use_the_bundled_build_nor_chromium():
    wrong = {str(p.relative_to(TESTS_DIR)): sorted(fixtures_asked_for(p) & E2E_FIXTURES)
             for p in sorted(UNIT.rglob("test_*.py"))}
    wrong = {k: v for k, v in wrong.items() if v}
    assert not wrong, f"these belong in tests/e2e/: {wrong}"


def test_each_unit_folder_names_a_kg_package_or_module():
    folders = sorted(p.name for p in UNIT.iterdir() if p.is_dir() and p.name != "__pycache__")
    unknown = [f for f in folders if not ((REPO / "kg" / f).is_dir() or (REPO / "kg" / f"{f}.py").is_file())]
    assert not unknown, f"tests/unit/<name> must name kg/<name>: {unknown}"


def test_the_checker_tells_a_fixture_module_from_a_test_module(tmp_path):
    helper = tmp_path / "test_records.py"
    helper.write_text("def sample():\n    return 1\n\nclass Records:\n    pass\n", encoding="utf-8")
    assert not defines_a_test(helper)
    helper.write_text("class TestRecords:\n    def test_one(self):\n        pass\n", encoding="utf-8")
    assert defines_a_test(helper)
    helper.write_text("@pytest.fixture\ndef page(browser, *, bundled_build):\n    pass\n", encoding="utf-8")
    assert fixtures_asked_for(helper) & E2E_FIXTURES == {"browser", "bundled_build"}
