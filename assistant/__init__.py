"""Deskmate: an office assistant that keeps sensitive work on the laptop.

This package is the core that every surface (CLI, local API, tray, watcher,
add-in) calls. Heavy dependencies load lazily, so importing it is cheap.
"""

from deskmate_base import __version__

__all__ = ["__version__"]
