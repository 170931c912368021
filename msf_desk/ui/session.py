"""The open forum as the window sees it: the database, its undo stack, change notices."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack


class ForumSession(QObject):
    """One open forum file. Pages read through core with `db`; edits go through `push`.

    `changed(topic)` tells pages which part of the records moved ("forum", "members",
    "meetings", …) so each refreshes only what it shows.
    """

    changed = Signal(str)

    def __init__(self, db, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = Path(path)
        self.undo_stack = QUndoStack(self)
        self._before_close: list = []

    def before_close(self, fn) -> None:
        """Run `fn()` when the session closes, before its connection does (last added, first run)."""
        self._before_close.append(fn)

    def push(self, command) -> None:
        """Run an undoable command (its redo() runs now)."""
        self.undo_stack.push(command)

    def notify(self, topic: str) -> None:
        self.changed.emit(topic)

    def close(self) -> None:
        while self._before_close:
            self._before_close.pop()()
        self.undo_stack.clear()
        try:
            self.db.conn.close()
        except Exception:  # closing twice is harmless
            pass
