"""File dialogs for the window, sized so names and sizes are readable.

On Linux the window is Qt, whose own file dialog opens small: its columns cut
names and sizes ("Wor…ent", "36....KiB"). This one opens at a readable size,
with the name column taking the spare width and the others fitted to their
contents. The page asks from a pywebview worker thread; the dialog runs on
Qt's main thread (a queued signal), and the worker waits for the answer. On
Windows and macOS the OS dialog (through pywebview) is already fine::

    dialogs = QtDialogs()                 # on the GUI thread, before webview.start()
    path = dialogs.ask("open", "")        # from any other thread
"""

from __future__ import annotations

import threading
from typing import Any

SIZE = (880, 540)
DOCUMENTS = "Documents (*.docx *.xlsx *.eml *.txt *.md)"
SAVE_KINDS = "Word document (*.docx);;Markdown (*.md)"


def make_qt_dialogs() -> Any:
    """A QtDialogs bound to the running QApplication (created here if needed)."""
    import sys

    import webview.platforms.qt  # noqa: F401  QtWebEngine must load before the QApplication
    from qtpy import QtCore, QtWidgets

    QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)

    class QtDialogs(QtCore.QObject):
        _asked = QtCore.Signal(str, str, object)

        def __init__(self) -> None:
            super().__init__()
            self._asked.connect(self._open, QtCore.Qt.ConnectionType.QueuedConnection)

        def ask(self, mode: str, suggested: str) -> str | None:
            reply: dict[str, Any] = {"done": threading.Event(), "path": None}
            self._asked.emit(mode, suggested, reply)
            reply["done"].wait()
            return reply["path"]

        def _open(self, mode: str, suggested: str, reply: dict[str, Any]) -> None:
            try:
                reply["path"] = _run_dialog(QtWidgets, mode, suggested)
            finally:
                reply["done"].set()

    return QtDialogs()


def _run_dialog(widgets: Any, mode: str, suggested: str) -> str | None:
    dialog = widgets.QFileDialog(None, "Summarize a file" if mode == "open" else "Save summary")
    dialog.setOption(widgets.QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(widgets.QFileDialog.ViewMode.Detail)
    if mode == "open":
        dialog.setFileMode(widgets.QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([DOCUMENTS, "All files (*)"])
    else:
        dialog.setAcceptMode(widgets.QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(SAVE_KINDS.split(";;"))
        dialog.setDefaultSuffix("docx")
        dialog.selectFile(suggested)
    dialog.resize(*SIZE)
    for view in dialog.findChildren(widgets.QTreeView):
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, widgets.QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, widgets.QHeaderView.ResizeMode.ResizeToContents)
    if dialog.exec():
        chosen = dialog.selectedFiles()
        return str(chosen[0]) if chosen else None
    return None
