"""The Today table: one row per thing due or late (core.today.DueItem)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from msf_desk.model.dates import human
from msf_desk.ui.models.base import ListTableModel

KIND_LABELS = {
    "notice": "Notice and pack", "record": "Meeting to record", "minutes_circulate": "Minutes to circulate",
    "minutes_approve": "Minutes to approve", "minutes_publish": "Minutes to publish",
    "contributions": "Answers", "action": "Action", "declaration": "Declaration of interests",
    "signature": "Ethics statement", "term": "Terms", "parity": "Parity", "repository": "Repository",
}


class TodayModel(ListTableModel):
    COLUMNS = ["", "Due", "What", "To do"]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:
                return "Late" if item.severity == "late" else "Due"
            if col == 1:
                return human(item.due) if item.due else ""
            if col == 2:
                return KIND_LABELS.get(item.kind, item.kind)
            return item.summary
        if role == Qt.ForegroundRole and col == 0 and item.severity == "late":
            return QColor("#b00020")
        if role == Qt.ToolTipRole:
            return item.summary + "\nDouble-click to open the place to act."
        return None
