"""A text box that saves itself: a moment after typing pauses, at least every few seconds
while typing goes on, and when it loses focus."""
from __future__ import annotations

import sqlite3
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from msf_desk.model.errors import UserError

AUTOSAVE_MS = 1500
AUTOSAVE_MAX_MS = 5000


class AutoSave(QObject):
    """Saves a text box a moment after typing pauses, at least every few seconds while typing
    goes on, and when the box loses focus. `target` says what the text belongs to."""

    saved = Signal()
    failed = Signal(object)

    def __init__(self, edit: QPlainTextEdit, save: Callable[[object, str], None], parent=None, *,
                 delay_ms: int = AUTOSAVE_MS, max_wait_ms: int = AUTOSAVE_MAX_MS) -> None:
        super().__init__(parent)
        self.edit = edit
        self.save = save
        self.target: object = None
        self.dirty = False
        self._loading = False
        self.timer = QTimer(self, singleShot=True, interval=delay_ms, timeout=self.flush)
        self.max_timer = QTimer(self, singleShot=True, interval=max_wait_ms, timeout=self.flush)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    def load(self, target: object, text: str) -> None:
        """Show another record's text (what was typed for the previous one is saved first)."""
        self.flush()
        self.target = target
        self._loading = True
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)
        self._loading = False
        self.dirty = False

    def _changed(self) -> None:
        if self._loading or self.target is None:
            return
        self.dirty = True
        self.timer.start()
        if not self.max_timer.isActive():
            self.max_timer.start()

    def flush(self) -> None:
        self.timer.stop()
        self.max_timer.stop()
        if not self.dirty or self.target is None:
            return
        self.dirty = False
        try:
            self.save(self.target, self.edit.toPlainText())
        except UserError as exc:
            self.failed.emit(exc)
        except sqlite3.ProgrammingError:
            pass  # the forum was closed under us: nothing left to save into
        else:
            self.saved.emit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.edit and event.type() == QEvent.FocusOut:
            self.flush()
        return False
