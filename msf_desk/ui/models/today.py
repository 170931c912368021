"""The Today table: one row per thing due or late (core.today.DueItem)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from msf_desk.ui.fonts import ROWS_LOOKED_AT, scripts_of
from msf_desk.ui.models.base import RowsTableModel
from msf_desk.ui.i18n import QT_TRANSLATE_NOOP, Context, record_label, shown, window_day

MODELS_TODAY = Context("MODELS_TODAY")

KIND_LABELS = {
    "notice": QT_TRANSLATE_NOOP("MODELS_TODAY", "Notice and pack"), "record": QT_TRANSLATE_NOOP("MODELS_TODAY", "Meeting to record"), "minutes_circulate": QT_TRANSLATE_NOOP("MODELS_TODAY", "Minutes to circulate"),
    "minutes_approve": QT_TRANSLATE_NOOP("MODELS_TODAY", "Minutes to approve"), "minutes_publish": QT_TRANSLATE_NOOP("MODELS_TODAY", "Minutes to publish"),
    "contributions": QT_TRANSLATE_NOOP("MODELS_TODAY", "Answers"), "action": QT_TRANSLATE_NOOP("MODELS_TODAY", "Action"), "declaration": QT_TRANSLATE_NOOP("MODELS_TODAY", "Declaration of interests"),
    "signature": QT_TRANSLATE_NOOP("MODELS_TODAY", "Ethics statement"), "term": QT_TRANSLATE_NOOP("MODELS_TODAY", "Terms"), "parity": QT_TRANSLATE_NOOP("MODELS_TODAY", "Parity"), "repository": QT_TRANSLATE_NOOP("MODELS_TODAY", "Repository"),
}


def cell_text(item, col: int) -> str:
    """The words of a row's cell (item: a core.today.DueItem). Translations and dates only: it
    may run off the window's thread (scripts_shown)."""
    if col == 0:
        return MODELS_TODAY.tr("Late") if item.severity == "late" else MODELS_TODAY.tr("Due")
    if col == 1:
        return window_day(item.due) if item.due else ""
    if col == 2:
        return shown(KIND_LABELS.get(item.kind, item.kind))
    return item.summary


def scripts_shown(items) -> frozenset[str]:
    """The scripts of the words the table shows for `items` in its first fonts.ROWS_LOOKED_AT rows
    (what fonts.remember_scripts would find by reading the cells), worked out from the items where
    they are read: the page's reading thread, not the window's."""
    return frozenset(scripts_of(cell_text(item, col) for item in items[:ROWS_LOOKED_AT]
                                for col in range(len(TodayModel.COLUMNS))))


_ANSWERED = frozenset((int(Qt.DisplayRole), int(Qt.ForegroundRole), int(Qt.ToolTipRole)))


class TodayModel(RowsTableModel):
    COLUMNS = ["", QT_TRANSLATE_NOOP("MODELS_TODAY", "Due"), QT_TRANSLATE_NOOP("MODELS_TODAY", "What"), QT_TRANSLATE_NOOP("MODELS_TODAY", "To do")]

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        # Laying the page out, the view asks every cell for about nine roles, again and again
        # (3,964 calls for the demo's 16 rows); most are roles this table has nothing for,
        # answered before looking at the cell.
        if role not in _ANSWERED or not index.isValid():
            return None
        item = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            return cell_text(item, col)
        if role == Qt.ForegroundRole and col == 0 and item.severity == "late":
            return QColor("#b00020")
        if role == Qt.ToolTipRole:
            return item.summary + MODELS_TODAY.tr("\nDouble-click to open the place to act.")
        return None
