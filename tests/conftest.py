"""Fixtures shared by tests/unit and tests/e2e.

The tests are laid out as tests/unit/<package>/ (one folder per kg package,
no bundled corpus build) and tests/e2e/ (builds of a corpus folder driven
through `kg` or kg.api, the explorer in Chromium, live servers); helpers that
are not tests live in tests/support/ (tests/unit/test_layout.py keeps it so)."""
from pathlib import Path

import pytest

from support import REPO as ROOT
from support.explore import CHROMIUM_ARGS, require_chromium

# fixtures defined in support modules, available to every test
pytest_plugins = ["support.gexf", "support.falkordb"]

# Tests are marked by what they use (directly or through other fixtures), so
# `pytest -m "not slow and not browser and not external"` is the fast subset
# however a test is written: slow = a build of the bundled corpus or a Dask
# cluster, browser = Chromium, external = a server process the test starts.
MARK_BY_FIXTURE = {
    "bundled_build": "slow",
    "cluster": "slow",
    "browser": "browser",
    "falkordb_server": "external",
    "virtuoso": "external",
    "graphology": "external",  # Node.js reading GEXF
}
# modules whose every test builds a corpus, kills a build or starts workers
SLOW_MODULES = {"test_build.py", "test_dask.py", "test_pipeline.py"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        for fixture, mark in MARK_BY_FIXTURE.items():
            if fixture in used:
                item.add_marker(mark)
        if item.path.name in SLOW_MODULES:
            item.add_marker("slow")


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory) -> Path:
    """The bundled corpus built once for the whole session: its graph folder.
    Tests only read it; one that changes a build makes its own."""
    from kg.api import build

    out = tmp_path_factory.mktemp("bundled") / "exports"
    build(ROOT / "corpus", out=out, progress=False)
    return out


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for every browser test (driven by Playwright)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()
