"""Tables of an import before it is written: its first rows as they will be stored, its problems."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from msf_desk.ui.models.base import ListTableModel
import datetime as dt

from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, record_label, window_day

MODELS_IMPORTS = Context("MODELS_IMPORTS")

# The fields the rules name in a preview (members, contributions), as the window shows them.
HEADERS = {str(label): label for label in (
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Name"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Organisation"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Sector"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Side"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Role"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Voting"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "High level"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Term start"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Term end"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "E-mail"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Phone"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Received"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Contributor"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Text"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Theme"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Section"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Outcome"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Reason"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Decided by"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Answered"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Withdrawn"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Votes for"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Votes against"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Opinions"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Support"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Channel"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Contributor type"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Name published"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Source"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Source id"),
    QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Answers"),
)}
LABELS = {"Sector", "Side", "Role", "Channel", "Contributor type", "Outcome"}   # the records' own labels
YES_NO = {"Voting", "High level", "Name published"}
DATES = {"Term start", "Term end", "Received", "Answered", "Withdrawn"}


def _shown_value(field: str, value):
    """A stored value as the window says it: a record label or yes/no in the window's language,
    a date the tables' way; what people typed as typed."""
    if not isinstance(value, str) or not value:
        return value
    if field in LABELS:
        return record_label(value)
    if field in YES_NO and value in ("yes", "no"):
        return MODELS_IMPORTS.tr("yes") if value == "yes" else MODELS_IMPORTS.tr("no")
    if field in DATES:
        try:
            return window_day(dt.date.fromisoformat(value), short=True)
        except ValueError:
            return value
    return value


class StoredRowsModel(ListTableModel):
    """Rows as they will be stored, one column per field (the fields of the first row, in order)."""

    def __init__(self, rows: list[dict[str, str]], parent=None) -> None:
        super().__init__(parent)
        # A field empty in every row shown is left out of the table (the CLI's dry run does the same).
        names = [name for name in (rows[0] if rows else {}) if any(row.get(name) for row in rows)]
        self.COLUMNS = [HEADERS.get(name, name) for name in names]
        self.rows = [[_shown_value(name, row.get(name, "")) for name in names] for row in rows]

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.DisplayRole:
            flat = " ".join(str(value).split())
            return flat if len(flat) <= 120 else flat[:119] + "…"
        if role == Qt.ToolTipRole:
            return str(value)
        return None


class ProblemsModel(ListTableModel):
    """Every problem of a refused import: the row (0 = the header), the column, what is wrong."""

    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Row"), QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Column"), QT_TRANSLATE_NOOP("MODELS_IMPORTS", "Problem")]

    def __init__(self, problems, parent=None) -> None:
        super().__init__(parent)
        self.rows = [("header" if p.row == 0 else str(p.row), p.column, p.message) for p in problems]

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if index.isValid() and role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None
