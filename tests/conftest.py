from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import factories

REPO = Path(__file__).resolve().parent.parent

# server and proxy: the OpenAI-compatible test server and its recording proxy.
pytest_plugins = ["tests.cloud_fixtures"]


@pytest.fixture(autouse=True)
def deskmate_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own Deskmate home (usage log, catalog)."""
    home = tmp_path / "home"
    monkeypatch.setenv("DESKMATE_HOME", str(home))
    monkeypatch.delenv("DESKMATE_CONTEXT", raising=False)
    return home


@pytest.fixture
def report_docx(tmp_path: Path) -> Path:
    return factories.make_docx(
        tmp_path / "aurora.docx",
        pages=3,
        table=[["Site", "Status"], ["Lisbon", "Firmware pending"], ["Porto", "Live"]],
    )


@pytest.fixture
def budget_xlsx(tmp_path: Path) -> Path:
    return factories.make_xlsx(tmp_path / "budget.xlsx")


def run_cli(
    *args: str, env: dict[str, str] | None = None, input: str | None = None, timeout: float = 600
):
    """Run ``deskmate`` in a fresh process, as a user would."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        input=input if input is not None else "",
        timeout=timeout,
    )
