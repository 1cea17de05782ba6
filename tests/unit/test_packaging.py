"""A non-editable install carries every data file kg reads from ontology/."""
import fnmatch
import tomllib

from support import REPO


def test_every_ontology_data_file_is_in_the_wheel_data_files():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = [g for patterns in config["tool"]["setuptools"]["data-files"].values() for g in patterns]
    data = [p.relative_to(REPO).as_posix() for p in (REPO / "ontology").rglob("*")
            if p.is_file() and p.name != "README.md"]
    assert data, "no ontology files found"
    missing = [f for f in data if not any(fnmatch.fnmatchcase(f, g) and f.count("/") == g.count("/") for g in globs)]
    assert not missing, f"not installed by a wheel: {missing}"
