"""What the dashboard tests watch in the browser, and where their screenshots go."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ARTIFACTS = Path(__file__).parents[1] / "_artifacts"


@dataclass
class Watch:
    """Everything a page did that a test may forbid: dialogs, errors, foreign requests, CSP."""

    base: str
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return [m for m in self.console if "Content Security Policy" in m]

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"a script ran: {self.dialogs}"
        assert self.errors == [], self.errors
        assert self.foreign == [], f"requests outside the server: {self.foreign}"
        assert self.csp_violations() == [], self.csp_violations()


@contextmanager
def watched_tab(
    browser: Any, url: str, *, dialogs: bool = False, allowed: tuple[str, ...] | None = None
) -> Iterator[tuple[Any, Watch]]:
    """A 1280x900 tab on ``url`` whose page errors and console land in a Watch; with ``dialogs``
    its dialogs too (dismissed), with ``allowed`` every request to a URL not starting with one of them."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=url)
    tab = context.new_page()
    watch = Watch(url)

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_request(request: Any) -> None:
        if allowed is not None and not request.url.startswith(allowed):
            watch.foreign.append(request.url)

    if dialogs:
        tab.on("dialog", on_dialog)
    tab.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    tab.on("console", lambda msg: watch.console.append(f"{msg.type}: {msg.text}"))
    if allowed is not None:
        tab.on("request", on_request)
    try:
        yield tab, watch
    finally:
        context.close()


def screenshot(tab: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path
