"""The README's dashboard screenshots, on real articles: ``python scripts/dashboard_screenshots.py``.

1. Takes 40 Wikinews articles (every other one of ``../shared/news/wikinews_en.jsonl``, 2004-2020;
   Wikinews contributors, CC BY 2.5) with their published dates and URLs, and codes them with
   ``seismo ingest`` into ``build/screenshots/wikinews.duckdb`` (spaCy: a minute or two).
2. Serves that store read-only on 127.0.0.1 and photographs the overview, the map, a search,
   the events and documents lists and an event page in headless Debian Chromium (the flags of
   ``tests/web``), writing ``docs/dashboard-*.png`` (each checked to stay under 300 KB).
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn

from seismo.config import Settings
from seismo.server import create_app

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "news" / "wikinews_en.jsonl"
BUILD = ROOT / "build" / "screenshots"
DOCS = ROOT / "docs"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MAX_BYTES = 300_000
# (file name, path, what to wait for, action before the shot)
SHOTS: list[tuple[str, str, str, str | None]] = [
    ("dashboard-overview.png", "/", "#quad-chart[data-rendered='true']", None),
    ("dashboard-map.png", "/map", "#map[data-rendered='true']", None),
    ("dashboard-search.png", "/", "table.events", "search"),
    ("dashboard-events.png", "/events", "table.events", None),
    ("dashboard-documents.png", "/documents", "table.documents", None),
    ("dashboard-event.png", "/event/{event}", "#why", None),
]


def select_articles(n: int = 40) -> list[dict[str, Any]]:
    """Every other article of the file, the first ``n``, as ``seismo ingest`` JSON records."""
    rows = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    keep = ("id", "title", "published", "url", "text")
    return [{**{k: r[k] for k in keep}, "outlet": "Wikinews"} for r in rows[::2][:n]]


def build_store(db: Path, n: int) -> None:
    BUILD.mkdir(parents=True, exist_ok=True)
    records = BUILD / "wikinews-40.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in select_articles(n)), encoding="utf-8")
    db.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "seismo", "ingest", str(records), "--db", str(db), "-q"], check=True)


def serve(db: Path) -> tuple[uvicorn.Server, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=db)), log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{sock.getsockname()[1]}"


def shoot(base: str, search: str, event: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860}, base_url=base)
        for name, path, ready, action in SHOTS:
            page.goto(path.format(event=event))
            if action == "search":
                page.fill("#search", search)
                page.press("#search", "Enter")
                page.wait_for_url("**/events?q=*")
            page.wait_for_selector(ready, timeout=15_000)
            page.wait_for_timeout(300)
            out = DOCS / name
            page.screenshot(path=str(out))
            size = out.stat().st_size
            if size >= MAX_BYTES:
                raise SystemExit(f"{out} is {size} bytes, over {MAX_BYTES}")
            written.append(out)
            print(f"{out.relative_to(ROOT)}: {size // 1000} KB")
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--search", default="president", help="words typed in the search box")
    parser.add_argument("--event", default=None, help="event id for the event page (default: a located one)")
    parser.add_argument("--reuse", action="store_true", help="keep an already coded store")
    args = parser.parse_args(argv)
    db = BUILD / "wikinews.duckdb"
    if not (args.reuse and db.exists()):
        build_store(db, args.articles)
    server, base = serve(db)
    try:
        import httpx

        located = httpx.get(base + "/map.json", timeout=30).json()["points"]
        listed = httpx.get(base + "/events.json", timeout=30).json()["events"]
        shoot(base, args.search, args.event or (located or listed)[0]["event_id"])
    finally:
        server.should_exit = True
    return 0


if __name__ == "__main__":
    sys.exit(main())
