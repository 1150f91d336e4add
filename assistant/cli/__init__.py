"""The ``deskmate`` command line: ``main`` runs it (see ``assistant.cli.base``).

Importing the command modules registers their commands on ``cli``.
"""

from assistant.cli import admin, documents, evaluation, mail, metrics, service  # noqa: F401
from assistant.cli.base import cli, main

__all__ = ["cli", "main"]
