"""GEXF read-back helpers for the export tests: graphology-gexf under node and
the GEXF 1.3 XML Schema (tests/data/gexf-1.3).  The fixtures reach every test
through tests/conftest.py."""
from __future__ import annotations

import copy
import shutil
import subprocess

import pytest

from kg.export.gexf import VIZ_NS
from support import DATA_DIR, JS_DIR

SCHEMA_DIR = DATA_DIR / "gexf-1.3"


@pytest.fixture(scope="module")
def graphology():
    """node + graphology-gexf, installed into tests/js/node_modules once."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("node/npm not installed")
    if not (JS_DIR / "node_modules" / "graphology-gexf").is_dir():
        subprocess.run([npm, "install", "--no-audit", "--no-fund"], cwd=JS_DIR, check=True, timeout=300,
                       capture_output=True)
    return node


@pytest.fixture(scope="module")
def gexf_schema():
    etree = pytest.importorskip("lxml.etree")
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "gexf.xsd")))


def _strip_viz(doc):
    stripped = copy.deepcopy(doc)
    for el in list(stripped.getroot().iter(f"{{{VIZ_NS}}}color", f"{{{VIZ_NS}}}size", f"{{{VIZ_NS}}}position",
                                           f"{{{VIZ_NS}}}thickness", f"{{{VIZ_NS}}}shape")):
        el.getparent().remove(el)
    return stripped
