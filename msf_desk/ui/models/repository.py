"""The compliance indicators as a table: a traffic light, the indicator, what to do next."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from msf_desk.core.compliance import SEVERITY, Indicator
from msf_desk.ui.models.base import ListTableModel
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, record_label

MODELS_REPOSITORY = Context("MODELS_REPOSITORY")

KEY_ROLE = Qt.UserRole + 1
SORT_ROLE = Qt.UserRole
# Light (fill) and strong (the lamp) colour of each status; the words always go with them.
COLOURS = {
    "met": (QColor("#dff2e4"), QColor("#2e8b4f")),
    "in_progress": (QColor("#fdf0d5"), QColor("#d99a1e")),
    "not_met": (QColor("#fbe1df"), QColor("#c0392b")),
    "not_evidenced": (QColor("#eceff3"), QColor("#7b8794")),
}


def lamp(status: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(COLOURS[status][1])
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


class IndicatorsModel(ListTableModel):
    ROWS = "indicators"
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_REPOSITORY", "Status"), QT_TRANSLATE_NOOP("MODELS_REPOSITORY", "Indicator"), QT_TRANSLATE_NOOP("MODELS_REPOSITORY", "What to do next")]
    STATUS, TITLE, NEXT = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.indicators: list[Indicator] = []
        self._lamps = {key: lamp(key) for key in COLOURS}

    def set_indicators(self, indicators: list[Indicator]) -> None:
        self.beginResetModel()
        self.indicators = list(indicators)
        self.endResetModel()

    def indicator_at(self, row: int) -> Indicator:
        return self.indicators[row]

    def row_of(self, key: str) -> int | None:
        return next((i for i, x in enumerate(self.indicators) if x.key == key), None)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        i = self.indicators[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return [record_label(i.status_label), i.title + (" *" if i.minimum else ""), i.next_step][column]
        if role == Qt.DecorationRole and column == self.STATUS:
            return self._lamps[i.status]
        if role == Qt.BackgroundRole and column == self.STATUS:
            return QBrush(COLOURS[i.status][0])
        if role == Qt.ToolTipRole:
            return "\n".join(i.evidence)
        if role == Qt.AccessibleTextRole:
            return f"{i.title}: {record_label(i.status_label)}. {i.next_step}" if column == self.TITLE else None
        if role == KEY_ROLE:
            return i.key
        if role == SORT_ROLE:
            return SEVERITY[i.status] if column == self.STATUS else self.data(index, Qt.DisplayRole)
        return None
