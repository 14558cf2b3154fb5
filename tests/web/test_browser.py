"""End to end: the page in Debian's headless Chromium, driven by Playwright, against a
real uvicorn server on loopback serving a store built from the bundled corpus.

Screenshots go to ``out/screenshots/`` at the repo root (gitignored)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(sample_db: Path) -> Iterator[str]:
    import uvicorn

    from dateline.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(str(sample_db)), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        srv.should_exit = True
        pytest.fail("the server did not start within 20 s")
    yield base
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="the playwright package is not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS,
                                     headless=True)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            pg = context.new_page()
            pg.set_default_timeout(15_000)
            yield pg
        finally:
            browser.close()


def _shot(pg: Any, selector: str, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    pg.locator(selector).screenshot(path=str(path))
    print(f"screenshot: {path}")
    return path


def test_page_end_to_end(server: str, page: Any) -> None:
    pg = page
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    external: list[str] = []
    pg.on("request", lambda req: None if req.url.startswith(server)
          else external.append(req.url))
    pg.goto(server + "/")
    pg.wait_for_selector("body[data-ready='1']")

    # the three charts drew SVG
    assert pg.locator("#timeline rect[data-type]").count() > 0
    assert pg.locator("#network line.edge").count() > 0
    assert pg.locator("#network g.node").count() > 1
    assert pg.locator("#map path.country").count() > 150
    assert pg.locator("#map circle.place").count() > 0
    rows_before = pg.locator("#events tbody tr").count()
    total_before = pg.locator("#total").inner_text()
    assert rows_before > 0
    shots = [_shot(pg, "#timeline-panel", "timeline"), _shot(pg, "#network-panel", "network"),
             _shot(pg, "#map-panel", "map"), _shot(pg, "#list-panel", "list")]

    # a filter changes the list, and every listed event matches it
    facets = httpx.get(server + "/api/facets").json()
    country = facets["countries"][0]["value"]
    expected = httpx.get(server + "/api/events", params={"country": country}).json()
    pg.select_option("#f-country", country)
    pg.click("#apply")
    pg.wait_for_function("(t) => document.querySelector('#total').innerText !== t",
                         arg=total_before)
    assert pg.locator("#total").inner_text() == f"({expected['total']})"
    listed = pg.locator("#events tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.eventId)")
    assert listed == [e["event_id"] for e in expected["items"][:len(listed)]]
    assert 0 < len(listed) < rows_before or expected["total"] < int(total_before.strip("()"))

    # open an event: the highlighted sentence is the event's sentence
    first = listed[0]
    pg.click(f"#events tbody tr[data-event-id='{first}']")
    pg.wait_for_selector("#event-view:not([hidden]) mark#sentence")
    event = httpx.get(f"{server}/api/events/{first}").json()["event"]
    assert pg.locator("mark#sentence").inner_text() == event["sentence"]
    assert pg.locator("mark#sentence strong").inner_text() == event["trigger"]
    fields = pg.locator("#ev-fields dt").all_inner_texts()
    assert {"event_type", "modality", "date_start", "source_names", "place_name",
            "rule"} <= set(fields)
    shots.append(_shot(pg, "#event-view", "event"))
    pg.screenshot(path=str(SHOTS / "page.png"), full_page=True)
    print(f"screenshot: {SHOTS / 'page.png'}")

    assert not errors, errors
    assert not external, f"the page fetched outside the server: {external}"
    assert all(p.stat().st_size > 1000 for p in shots)

