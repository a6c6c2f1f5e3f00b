"""Fixtures for the dashboard tests: a real server and headless Debian Chromium via Playwright.

Chromium must be installed (``make test`` installs it through the ``browser`` target); when
it is missing these tests fail with a message saying so, they are never skipped.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "api"))  # the shared server and data helpers

from api_helpers import LiveServer, build_store, bulk_documents, sample_documents
from web_helpers import Watch

from seismo.config import Settings
from seismo.server import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]  # fmt: skip


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """Read-only server over the sample documents (hostile ones included) and eight weeks more."""
    db = tmp_path_factory.mktemp("web") / "seismo.duckdb"
    build_store(db, [*sample_documents(), *bulk_documents()])
    with LiveServer(create_app(Settings(db=db))) as live:
        yield live


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium) first",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, site: LiveServer) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=site.url)
    tab = context.new_page()
    watch = Watch(site.url)

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_request(request: Any) -> None:
        if not request.url.startswith((site.url, "data:", "about:")):
            watch.foreign.append(request.url)

    tab.on("dialog", on_dialog)
    tab.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    tab.on("console", lambda msg: watch.console.append(f"{msg.type}: {msg.text}"))
    tab.on("request", on_request)
    yield tab, watch
    context.close()
