"""The user's own desktop preferences: watched folders, pause, history details.

Kept in ``preferences.json`` in the Deskmate home, written atomically. These
are not policy: nothing here can widen what the org policy allows (that is
``settings.toml``, which may only tighten it)::

    prefs = load_preferences()
    save_preferences(replace(prefs, watch_paused=True))
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.outputs.write import write_text_atomic
from deskmate_base import paths
from deskmate_base.errors import PreferencesError

WORKFLOWS = ("summarize", "notes", "label")


@dataclass(frozen=True)
class WatchedFolder:
    path: str
    workflow: str


def default_watched() -> tuple[WatchedFolder, ...]:
    home = Path.home() / "Deskmate"
    return (
        WatchedFolder(str(home / "Summarize"), "summarize"),
        WatchedFolder(str(home / "Notes"), "notes"),
        WatchedFolder(str(home / "Mail"), "label"),
    )


@dataclass(frozen=True)
class Preferences:
    watched: tuple[WatchedFolder, ...] = field(default_factory=default_watched)
    watch_paused: bool = False
    # Opt-in: keep each request's title and a short result preview in the
    # local history (history.db). Never part of the usage log or exports.
    history_details: bool = False

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["watched"] = [asdict(w) for w in self.watched]
        return data


def preferences_file() -> Path:
    return paths.home() / "preferences.json"


def load_preferences() -> Preferences:
    path = preferences_file()
    if not path.is_file():
        return Preferences()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return parse_preferences(data)
    except (ValueError, TypeError) as exc:
        raise PreferencesError(
            f"{path}: unreadable preferences ({exc}); fix or delete the file to reset them"
        ) from None


def parse_preferences(data: Any) -> Preferences:
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    watched = data.get("watched")
    folders = default_watched() if watched is None else tuple(_folder(w) for w in watched)
    return Preferences(
        watched=folders,
        watch_paused=_flag(data, "watch_paused"),
        history_details=_flag(data, "history_details"),
    )


def save_preferences(prefs: Preferences) -> None:
    text = json.dumps(prefs.as_json(), indent=2) + "\n"
    write_text_atomic(preferences_file(), text, mode=0o600)  # Deskmate's own store


def _folder(value: Any) -> WatchedFolder:
    if not isinstance(value, dict):
        raise ValueError("each watched folder is an object with path and workflow")
    path, workflow = value.get("path"), value.get("workflow")
    if not isinstance(path, str) or not path.strip():
        raise ValueError("a watched folder needs a path")
    if workflow not in WORKFLOWS:
        raise ValueError(f"a watched folder's workflow is one of {', '.join(WORKFLOWS)}")
    return WatchedFolder(str(Path(path.strip()).expanduser()), workflow)


def _flag(data: dict[str, Any], name: str) -> bool:
    value = data.get(name, False)
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false")
    return value
