"""Watched folders: the watcher and its exactly-once queue."""
