"""Where Deskmate keeps its per-user data.

``DESKMATE_HOME`` overrides the platform's user data directory (used by tests,
portable installs and CI).
"""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    """The per-user data directory, created on first use."""
    override = os.environ.get("DESKMATE_HOME")
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("Deskmate", "Deskmate"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def usage_db() -> Path:
    return home() / "usage.db"


def catalog_file() -> Path:
    return home() / "models.json"
