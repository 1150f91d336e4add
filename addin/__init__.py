"""The web pages Deskmate serves: the Office add-in pane, the tray window's page,
icons and the manifest templates.

They ship as package data, so a normal ``pip install`` carries them; code finds
them with :func:`web_root` (``importlib.resources``), never by walking up from a
module to the repository.
"""

from importlib.resources import files
from pathlib import Path


def web_root() -> Path:
    """The folder holding taskpane.html, desktop.html, assets/ and manifests/."""
    return Path(str(files(__name__)))
