"""Connectors: reading Office files, email, transcripts and Purview sensitivity labels."""

from connectors.document import Document
from connectors.readers import read_document, supported_extensions

__all__ = ["Document", "read_document", "supported_extensions"]
