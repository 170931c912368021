"""File → History: who changed what in this forum, and when (the audit log), filterable."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from msf_desk.core.audit import Change, history
from msf_desk.ui.models.base import ListTableModel
from msf_desk.ui.widgets.tables import record_table
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, window_day

DIALOGS_HISTORY = Context("DIALOGS_HISTORY")


class HistoryModel(ListTableModel):
    """One row per change, newest first; sorts by the moment, not by its words."""

    COLUMNS = [QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "When"), QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "Who"), QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "Computer"), QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "What"), QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "Records")]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Change] = []

    def set_changes(self, changes: list[Change]) -> None:
        self.beginResetModel()
        self.rows = list(changes)
        self.endResetModel()

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        change = self.rows[index.row()]
        column = index.column()
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            local = change.at.astimezone()
            return [
                f"{window_day(local.date(), short=True)} {local:%H:%M}",
                change.user,
                change.machine,
                change.summary,
                change.records_text(),
            ][column]
        if role == Qt.UserRole:  # the sort key
            return change.at.isoformat() if column == 0 else self.data(index, Qt.DisplayRole).lower()
        return None


class HistoryDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(DIALOGS_HISTORY.tr("History of {name}").format(name=session.path.name))
        self.resize(980, 560)
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # every column
        self.proxy.setSortRole(Qt.UserRole)
        self.table = record_table("history_table", self.proxy, word_wrap=False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)

        self.filter = QLineEdit()
        self.filter.setObjectName("history_filter")
        self.filter.setPlaceholderText(DIALOGS_HISTORY.tr("Filter: a name, a computer, a word of what was done, a date (e.g. Mar 2026)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel()
        self.count.setObjectName("history_count")
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        note = QLabel(DIALOGS_HISTORY.tr("Every change made in this forum, through the window, the command line or an import. "
                      "The history is for the secretariat: it is never part of a public export."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_changes(history(self.session.db))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, widest in ((0, 150), (1, 120), (2, 140), (3, 420)):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        self._filter(self.filter.text())

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(DIALOGS_HISTORY.tr("{shown} of {total} changes").format(shown=shown, total=total) if text.strip() else DIALOGS_HISTORY.tr("{total} changes").format(total=total))
