"""Doing something once a widget has been painted: the window shows itself before it reads
the forum for its first page (msf_desk.ui.main_window)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls `then` once the widget it watches has been painted (or after `wait_ms` at most)."""

    def __init__(self, widget: QWidget, then, wait_ms: int = 300) -> None:
        super().__init__(widget)
        self.widget, self.then, self.done = widget, then, False
        widget.installEventFilter(self)
        QTimer.singleShot(wait_ms, self.fire)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self.fire)     # after this paint reaches the screen
        return False

    def fire(self) -> None:
        if not self.done:
            self.done = True
            self.widget.removeEventFilter(self)
            self.then()
