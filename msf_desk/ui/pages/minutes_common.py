"""What the parts of the Minutes page share: keys, styles and the small widgets they build."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QPlainTextEdit, QPushButton, QTableView

from msf_desk.ui.widgets.tables import RecordTable, record_table


TOPICS = ("minutes", "members", "meetings", "forum", "ethics")
PRESENCE_KEYS = {Qt.Key_P: "in_person", Qt.Key_1: "in_person", Qt.Key_R: "remote", Qt.Key_2: "remote",
                 Qt.Key_A: "apologies", Qt.Key_3: "apologies", Qt.Key_X: "absent", Qt.Key_4: "absent"}
ERROR_STYLE = "color: #c62828;"


class AttendanceTable(RecordTable):
    """P/R/A/X (or 1–4) mark the selected person; the selection then moves on."""

    presence_key = Signal(str)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        presence = PRESENCE_KEYS.get(event.key())
        if presence and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            self.presence_key.emit(presence)
            event.accept()
            return
        super().keyPressEvent(event)


def fitted_table(view: QTableView, name: str, model) -> QTableView:
    """`view` (a RecordTable, which keeps its columns' measures) as a record table whose
    columns fit their contents."""
    record_table(name, model, view)
    # The Minutes models' cells are words with a colour at most (no icon, check box, font or
    # size of their own): a column is measured from its widest words (see RecordTable).
    view.measure_by_text = True
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def text_box(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    return edit


def push_button(text: str, name: str, slot, shortcut: str | None = None, tip: str = "") -> QPushButton:
    """A button; `shortcut` is only named in its tooltip: the keys themselves are the
    page's (bound from ui/shortcuts.py), so they work on every tab, not just where the
    button shows."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    if shortcut:
        tip = f"{tip} ({shortcut})" if tip else shortcut
    if tip:
        button.setToolTip(tip)
    return button
