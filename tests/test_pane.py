"""The add-in pane in headless Chromium, against the live service and real model.

Office.js is replaced by a test double (tests/addin/office-double.js); nothing
else is faked. Screenshots land in test-artifacts/.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api.app import ADDIN_DIR
from tests.conftest import REPO
from tests.services import https_service

CHROMIUM = "/usr/bin/chromium"
DOUBLE = REPO / "tests" / "addin" / "office-double.js"
ARTIFACTS = REPO / "test-artifacts"

pytestmark = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None, reason="Debian chromium is not installed (.ci/run installs it)"
)


@pytest.fixture
def service(deskmate_home: Path) -> Iterator[str]:
    from assistant.api.security import api_secret

    with https_service(secret=api_secret(), pane_dir=ADDIN_DIR) as running:
        yield running.url


@pytest.fixture
def page(service: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        context = browser.new_context(
            ignore_https_errors=True, viewport={"width": 420, "height": 760}
        )
        context.route("**/*", lambda route: _only_office_double(route, service))
        tab = context.new_page()
        yield tab
        browser.close()


def _only_office_double(route, service: str) -> None:
    """Office.js comes from the test double; nothing but the service is reachable."""
    url = route.request.url
    if url.startswith("https://appsforoffice.microsoft.com/"):
        route.fulfill(path=str(DOUBLE), content_type="text/javascript")
    elif url.startswith(service):
        route.continue_()
    else:
        route.abort()


def _open(page, service: str, query: str):
    page.goto(f"{service}/pane/?{query}")
    page.get_by_role("button").first.wait_for()
    return page


def _shot(page, name: str) -> Path:
    """A screenshot in test-artifacts/, checked for content (not one flat colour)."""
    from PIL import Image

    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    with Image.open(path) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 20, f"{name} is blank ({len(colours)} colours)"
    return path


def test_word_sensitive_document_runs_locally(page, service: str, deskmate_home: Path) -> None:
    _open(page, service, "host=word&doc=sensitive")
    # The empty state: one line under each button saying what it does.
    hints = page.locator("#actions .hint").all_inner_texts()
    assert len(hints) == 3 and all(h.strip() for h in hints)
    assert page.locator("#result").is_hidden()
    _shot(page, "pane-empty.png")

    page.get_by_role("button", name="Summarize document").click()
    page.locator("#progress fluent-spinner").wait_for(state="visible", timeout=2_000)
    assert page.locator("#progress-text").inner_text().startswith("Working")
    output = page.locator("#output")  # no empty box under the spinner
    assert output.is_hidden() or output.inner_text().strip()  # (a fast result may be in)
    _shot(page, "pane-running.png")

    page.locator("#feedback").wait_for(state="visible", timeout=120_000)
    assert page.locator("#progress").is_hidden()
    assert page.locator("#badge").inner_text() == "Local"
    assert "sensitive content found: credit_card" in page.locator("#reason").inner_text()
    items = page.locator("#output li").all_inner_texts()
    assert items and all(i.strip() and not i.startswith("- ") for i in items)
    assert not page.locator("#output").inner_text().lstrip().startswith("- ")
    # The reason sits under the result, not between the header and the buttons.
    output_box = page.locator("#output").bounding_box()
    reason_box = page.locator("#reason").bounding_box()
    actions_box = page.locator("#actions").bounding_box()
    assert reason_box["y"] > output_box["y"] + output_box["height"] - 1
    assert actions_box["y"] < output_box["y"]
    _shot(page, "pane-result.png")

    page.get_by_role("button", name="Insert at end").click()
    page.get_by_text("Added at the end.").wait_for()
    inserted = page.evaluate("window.__office.inserted")
    assert inserted[0]["where"] == "End" and inserted[0]["text"].startswith("Summary\n")

    page.get_by_role("button", name="Accept").click()
    page.get_by_text("Thanks, noted.").wait_for()
    row = (
        sqlite3.connect(deskmate_home / "usage.db")
        .execute("SELECT surface, route, feedback FROM events ORDER BY ts DESC LIMIT 1")
        .fetchone()
    )
    assert row == ("addin", "local", "accepted")


# Records what the pane's stream reader decodes: the raw server-sent events.
_RECORD_SSE = """
const decode = TextDecoder.prototype.decode;
window.__sse = "";
TextDecoder.prototype.decode = function (...args) {
  const text = decode.apply(this, args);
  window.__sse += text;
  return text;
};
"""


def test_long_document_shows_progress_then_the_summary(page, service: str) -> None:
    """Progress events (stage, step N of M, seconds so far, an estimate) from the
    summarize pipeline reach the pane, which shows its spinner and then the result;
    the real model on a long document (extraction makes it take seconds, not minutes)."""
    page.add_init_script(_RECORD_SSE)
    _open(page, service, "host=word&doc=long")
    page.evaluate("window.__clicked = performance.now()")
    page.get_by_role("button", name="Summarize document").click()
    page.locator("#progress fluent-spinner").wait_for(state="visible", timeout=5_000)
    assert page.locator("#progress-text").inner_text().startswith("Working")
    _shot(page, "pane-progress.png")
    page.locator("#feedback").wait_for(state="visible", timeout=600_000)
    assert page.locator("#progress").is_hidden()
    assert page.locator("#output li").count() >= 1

    blocks = page.evaluate("window.__sse").strip().split("\n\n")
    events = [(b.split("\n")[0][7:], json.loads(b.split("data: ", 1)[1])) for b in blocks]
    progress = [data for kind, data in events if kind == "progress"]
    stages = [p["stage"] for p in progress]
    assert stages[0] == "selecting" and stages[-1] == "done" and "writing" in stages
    writing = [p for p in progress if p["stage"] == "writing"]
    assert [p["part"] for p in writing] == list(range(1, len(writing) + 1))
    assert all(p["estimate_s"] >= p["elapsed_s"] >= 0 for p in progress)
    assert progress[-1]["elapsed_s"] > 0
    kinds = [kind for kind, _ in events]
    assert kinds[-1] == "done" and kinds.index("progress") < kinds.index("token")
    took = page.evaluate("performance.now() - window.__clicked") / 1000
    print(f"progress: {progress}; the whole request took {took:.0f} s in the pane")


def test_excel_used_range(page, service: str) -> None:
    _open(page, service, "host=excel")
    page.get_by_role("button", name="Summarize used range").click()
    page.locator("#feedback").wait_for(state="visible", timeout=120_000)
    assert page.locator("#badge").inner_text() == "Local"
    assert page.locator("#output").inner_text().strip()


def test_outlook_summary_labels_and_categories(page, service: str) -> None:
    _open(page, service, "host=outlook&theme=dark")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert sum(int(v) for v in background[4:-1].split(",")) < 3 * 100, background
    page.get_by_role("button", name="Suggest labels").click()
    apply = page.get_by_role("button", name="to this message")
    apply.wait_for(timeout=120_000)
    chips = page.locator("#output fluent-badge.chip").all_inner_texts()
    assert chips and all(f'"{c.strip()}"' in apply.inner_text() for c in chips)
    assert "Why:" in page.locator("#output").inner_text()
    _shot(page, "pane-dark.png")
    apply.click()
    page.get_by_text("Applied:").wait_for()
    office = page.evaluate("window.__office")
    assert len(office["categories"]) == 1
    label = office["categories"][0]
    assert label in chips
    assert office["masterAdded"] == ([] if label == "FYI" else [label])
    page.get_by_role("button", name="Summarize message").click()
    page.locator("#result-title").get_by_text("Summary").wait_for()
    page.locator("#feedback").wait_for(state="visible", timeout=120_000)
    _shot(page, "addin-outlook.png")


def test_service_down_shows_a_clear_error(service: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"]
        )
        context = browser.new_context(ignore_https_errors=True)
        context.route("**/*", lambda route: _only_office_double(route, service))
        page = context.new_page()
        page.goto(f"{service}/pane/?host=word")
        page.get_by_role("button", name="Summarize document").wait_for()
        context.route(f"{service}/api/**", lambda route: route.abort())  # the service goes away
        page.get_by_role("button", name="Summarize document").click()
        page.get_by_text("Deskmate is not running: start it from the tray").wait_for()
        # The error alone: no empty Summary box above it, no spinner left turning.
        assert page.locator("#result").is_hidden()
        assert page.locator("#progress").is_hidden()
        _shot(page, "pane-error.png")
        browser.close()
