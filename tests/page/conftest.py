"""The network page in a real browser: Debian's Chromium driven by Playwright, a real vilao server, and a
store holding the hand-written world plus one article written to attack the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from app.settings import Settings
from graph.embedded import EmbeddedStore
from tests.api.server import serving
from tests.page.browser import Watched, watch
from tests.page.world import hostile_world
from tests.queries.world import reference

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Chromium for the session. Without it the tests fail, in CI and out: they never skip."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `apt-get install chromium` (scripts/test.sh does it as root)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def build_store(folder: Path) -> str:
    """An embedded store holding the world and the hostile article, closed again."""
    target = folder / "store"
    store = EmbeddedStore(target)
    try:
        store.write_reference(reference())
        store.apply(hostile_world())
    finally:
        store.close()
    return str(target)


@pytest.fixture(scope="module")
def page_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.mktemp("page"))


@pytest.fixture(scope="module")
def base_url(page_store: str) -> Iterator[str]:
    with serving(Settings(store=page_store, api_token=None)) as url:
        yield url


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    """A fresh page whose every request, dialog, script error and console error is recorded; whatever a
    test does, the page must not reach beyond 127.0.0.1 or file://, open a dialog or log an error."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    try:
        visit = watch(context.new_page())
        yield visit
    finally:
        context.close()
    assert visit.dialogs == [], f"the page opened dialogs: {visit.dialogs}"
    assert visit.remote_requests() == [], f"the page reached outside: {visit.remote_requests()}"
    assert visit.errors == [], f"the page logged errors: {visit.errors}"
