"""The tray window's page (/app/) in headless Chromium against the live service:
8-week charts on the Metrics tab, and Copy and Save for a summary. The window
itself (Qt under Xvfb) is tests/test_tray.py; this is the page it shows."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api.app import ADDIN_DIR
from assistant.usage.log import UsageEvent, UsageLog
from assistant.usage.metrics import personal_weeks
from tests.conftest import REPO
from tests.services import https_service

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = REPO / "test-artifacts"


def _event(workflow: str, route: str, saved: float, **extra: str) -> UsageEvent:
    return UsageEvent(workflow=workflow, route=route, model="m", input_words=100, tokens_in=1,
                      tokens_out=1, latency_ms=1000, minutes_saved=saved, **extra)  # type: ignore[arg-type]  # fmt: skip


def test_personal_weeks_counts_by_week_workflow_and_route(deskmate_home: Path) -> None:
    today = dt.date(2026, 11, 30)  # a Monday
    log = UsageLog.open()
    ids = {
        "now": log.record(_event("summarize", "local", 3.0)),
        "cloud": log.record(_event("label", "cloud_redacted", 60.0)),
        "rejected": log.record(_event("summarize", "local", 5.0, feedback="rejected")),
        "failed": log.record(_event("notes", "local", 0.0, outcome="model_error")),
        "old": log.record(_event("summarize", "cloud", 30.0)),
    }
    log.close()
    days = {"now": "2026-11-30", "cloud": "2026-11-12", "rejected": "2026-11-30",
            "failed": "2026-10-14", "old": "2026-09-30"}  # fmt: skip
    db = sqlite3.connect(deskmate_home / "usage.db")
    for key, day in days.items():
        db.execute("UPDATE events SET ts = ? WHERE id = ?", (f"{day}T10:00:00+00:00", ids[key]))
    db.commit()
    db.close()

    weeks = personal_weeks(8, today=today)
    assert weeks["weeks"][0] == "2026-10-12" and weeks["weeks"][-1] == "2026-11-30"
    assert weeks["requests"] == {
        "label": [0, 0, 0, 0, 1, 0, 0, 0],  # the week of 9 November
        "notes": [1, 0, 0, 0, 0, 0, 0, 0],
        "summarize": [0, 0, 0, 0, 0, 0, 0, 2],
    }  # 30 September is ten weeks back: left out
    assert weeks["local"] == [1, 0, 0, 0, 0, 0, 0, 2]
    assert weeks["cloud"] == [0, 0, 0, 0, 1, 0, 0, 0]
    assert weeks["hours"] == [0.0, 0, 0, 0, 1.0, 0, 0, 0.05]  # the rejected 5 min count zero
    assert (weeks["total"], weeks["counted"], weeks["rejected"], weeks["failed"]) == (4, 2, 1, 1)


@pytest.fixture
def page(deskmate_home: Path) -> Iterator[tuple[object, str]]:
    if shutil.which(CHROMIUM) is None:
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    from assistant.api.security import api_secret

    with https_service(secret=api_secret(), pane_dir=ADDIN_DIR) as running:
        service = running.url
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM,
                                        args=["--no-sandbox", "--disable-gpu"])  # fmt: skip
            context = browser.new_context(ignore_https_errors=True,
                                          viewport={"width": 820, "height": 900})  # fmt: skip
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=service)
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(service)
                          else r.abort())  # fmt: skip
            yield context.new_page(), service
            browser.close()


def _nonblank_canvases(tab) -> list[int]:
    return tab.evaluate("""[...document.querySelectorAll('#metrics canvas')].map((c) => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; })""")


def test_window_summary_copy_save_and_metrics_charts(page, tmp_path: Path) -> None:
    tab, service = page
    source = tmp_path / "rollout.txt"
    source.write_text("Rollout update.\nThe Lisbon warehouse went live on Monday. "
                      "Porto follows in March once scanners arrive.\n", "utf-8")  # fmt: skip
    saved = tmp_path / "rollout.summary.md"
    answers = iter([str(source), str(saved)])
    tab.on("dialog", lambda d: d.accept(next(answers)))  # no pywebview: the page prompts
    tab.goto(f"{service}/app/#history")
    tab.get_by_role("button", name="Summarize a file…").click()
    tab.locator("#result-actions").wait_for(state="visible", timeout=120_000)
    bullets = tab.locator("#output li").all_inner_texts()
    assert bullets and all(b.strip() for b in bullets)

    tab.get_by_role("button", name="Copy").click()
    tab.get_by_text("Copied.").wait_for()
    copied = tab.evaluate("navigator.clipboard.readText()")
    assert copied == "\n".join(f"- {b}" for b in bullets)

    tab.get_by_role("button", name="Save…").click()
    tab.get_by_text("Saved to").wait_for()
    text = saved.read_text("utf-8")
    assert text.startswith("# Summary: ") and all(f"- {b}" in text for b in bullets)
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "window-summary.png"), full_page=True)

    tab.get_by_role("tab", name="Metrics").click()
    tab.wait_for_function("document.querySelectorAll('#metrics canvas').length === 3")
    tab.wait_for_function("window.Chart && Object.keys(Chart.instances).length === 3")
    assert all(n > 200 for n in _nonblank_canvases(tab)), _nonblank_canvases(tab)
    note = tab.locator("#metrics-note").inner_text()
    assert note.startswith("1 request in the last 8 weeks") and "small because" in note
    tab.locator("#method summary").click()
    assert len(tab.locator("#method-lines li").all_inner_texts()) >= 4
    tab.screenshot(path=str(ARTIFACTS / "window-metrics.png"), full_page=True)
