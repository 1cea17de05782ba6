"""Fixtures shared by several test modules."""
from pathlib import Path

import pytest

from test_explore_fixtures import CHROMIUM_ARGS, require_chromium

ROOT = Path(__file__).resolve().parents[1]


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
