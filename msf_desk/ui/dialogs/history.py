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
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, shown, window_day

DIALOGS_HISTORY = Context("DIALOGS_HISTORY")

# The records a change touched, by table, in the window's language (the log keeps table names).
RECORD_KINDS = {
    "action_plans": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "action plans"),
    "actions": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "actions"),
    "agenda_approvals": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "agenda approvals"),
    "agenda_items": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "agenda items"),
    "agenda_revisions": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "agenda revisions"),
    "amendments": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "amendments"),
    "attendance": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "attendance"),
    "breaches": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "breaches"),
    "breakout_points": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "breakout points"),
    "breakouts": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "breakouts"),
    "candidates": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "candidates"),
    "consultations": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "consultations"),
    "contribution_attachments": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "contribution attachments"),
    "contribution_links": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "contribution links"),
    "contributions": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "contributions"),
    "decisions": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "decisions"),
    "declarations": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "declarations"),
    "ethics_signatures": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "ethics signatures"),
    "ethics_statements": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "ethics statements"),
    "forum": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "forum"),
    "holidays": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "holidays"),
    "import_mappings": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "import mappings"),
    "interests": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "interests"),
    "item_declarations": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "item declarations"),
    "item_minutes": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "item minutes"),
    "meetings": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "meetings"),
    "members": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "members"),
    "minutes": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "minutes"),
    "outreach_activities": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "outreach activities"),
    "paper_versions": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "paper versions"),
    "papers": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "papers"),
    "process_documents": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "process documents"),
    "repository_exports": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "repository exports"),
    "response_reasons": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "response reasons"),
    "selection_rounds": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "selection rounds"),
    "settings": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "settings"),
    "standing_items": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "standing items"),
    "theme_summaries": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "theme summaries"),
    "trash": QT_TRANSLATE_NOOP("DIALOGS_HISTORY", "trash"),
}


def summary_words(summary: str) -> str:
    """A change as the history shows it: the words recorded at the time stay as recorded (the
    rules write them in English, once, for every reader of the log); "Undid:"/"Redid:" around
    an edit made in the window are said in the window's language."""
    for prefix, words in (("Undid: ", DIALOGS_HISTORY.tr("Undid: {what}")), ("Redid: ", DIALOGS_HISTORY.tr("Redid: {what}"))):
        if summary.startswith(prefix):
            return words.format(what=summary[len(prefix):])
    if summary == "Changed the forum":
        return DIALOGS_HISTORY.tr("Changed the forum")
    if summary.startswith(CHANGED):   # the log's own words when an edit named none (store.audit)
        parts = []
        for part in summary[len(CHANGED):].split(", "):
            count, _, table = part.partition(" in ")
            key = table.replace(" ", "_")
            if not count.isdigit() or key not in RECORD_KINDS:
                return summary
            parts.append(DIALOGS_HISTORY.tr("%n in {records}", "", int(count)).format(records=shown(RECORD_KINDS[key])))
        return DIALOGS_HISTORY.tr("Changed records: {list}").format(list=", ".join(parts))
    return summary


CHANGED = "Changed records: "


def records_words(change: Change) -> str:
    """'meetings 3; agenda items 12, 13' in the window's language."""
    return "; ".join(f"{shown(RECORD_KINDS[table]) if table in RECORD_KINDS else table.replace('_', ' ')} {', '.join(ids)}"
                     for table, ids in sorted(change.records.items()))


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
                summary_words(change.summary),
                records_words(change),
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
        self.count.setText(DIALOGS_HISTORY.tr("{shown} of %n change(s)", "", total).format(shown=shown) if text.strip() else DIALOGS_HISTORY.tr("%n change(s)", "", total))
