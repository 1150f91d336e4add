"""Every file Deskmate keeps in ``DESKMATE_HOME``, and ``forget`` for the ones
that hold content (docs/stores.md says what, why, how long, how to delete)::

    for store in STORES: print(store.name, store.content)
    forget()   # history.db, labels.db, the label classifier, watch.db's content

The content-bearing stores are wiped without their owners' code: a SQLite
file is deleted with its journal files, and watch.db keeps only its hashed
job rows (so a watched file is still processed exactly once).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from deskmate_base import paths


@dataclass(frozen=True)
class Store:
    name: str
    holds: str
    content: bool  # may hold words from the user's documents or mail


STORES = (
    Store("usage.db", "one row per request: counts, timings, identifiers; never content", False),
    Store("usage.db.lock", "empty; serialises creating the usage log", False),
    Store("usage.db.corrupt-*", "usage logs SQLite could not read, moved aside", False),
    Store("history.db", "titles and 280-character previews, only if you opt in", True),
    Store(
        "labels.db",
        "hashed message ids and hashed words, labels, corrections, teacher labels",
        True,
    ),  # fmt: skip
    Store("label-seed.tsv", "an org seed set's hashed words and labels", False),
    Store("label-classifier.spacy", "the label classifier trained on your corrections", True),
    Store(
        "watch.db", "watched-folder jobs: paths while queued, then hashes; today's labels", True
    ),  # fmt: skip
    Store("watch.db.key", "the random key for watch.db's path hashes", False),
    Store("preferences.json", "your desktop choices: watched folders, history opt-in", False),
    Store("settings.toml", "your policy settings (stricter only); written by you", False),
    Store("models.json", "models added to the catalog: path, size, checksum", False),
    Store("device-id", "a random id for this install", False),
    Store("api-secret", "the local API's session secret where there is no OS keyring", False),
    Store("tls/", "the local CA and the service's certificate and keys", False),
    Store("tray.lock", "empty; one tray per user", False),
    Store("window.sock", "the open window's local socket (tabs, close)", False),
    Store("window.key", "a random key (0600) the window's socket asks for", False),
)

_SQLITE_SIDES = ("", "-wal", "-shm", "-journal")


def forget(home: Path | None = None) -> list[str]:
    """Wipe every content-bearing store; return the names of what was wiped."""
    home = home or paths.home()
    wiped = []
    for name in ("history.db", "labels.db"):
        if _delete_sqlite(home / name):
            wiped.append(name)
    classifier = home / "label-classifier.spacy"
    if classifier.is_dir():
        shutil.rmtree(classifier)
        wiped.append(classifier.name)
    elif classifier.exists():
        classifier.unlink()
        wiped.append(classifier.name)
    if (home / "watch.db").exists():
        from assistant.watch.queue import WatchQueue

        queue = WatchQueue(home / "watch.db")
        try:
            queue.clear_content()
            queue.db.execute("VACUUM")  # deleted pages must not keep the old text
            queue.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            queue.close()
        wiped.append("watch.db (content)")
    return wiped


def _delete_sqlite(path: Path) -> bool:
    found = False
    for side in _SQLITE_SIDES:
        part = path.with_name(path.name + side)
        if part.exists():
            part.unlink()
            found = True
    return found
