"""Fixtures shared by several test modules."""
import pytest

from test_explore_fixtures import CHROMIUM_ARGS, require_chromium


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for every browser test (driven by Playwright)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()
