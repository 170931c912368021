"""Tables of an import before it is written: its first rows as they will be stored, its problems."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from msf_desk.ui.models.base import ListTableModel
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP

MODELS_IMPORTS = Context("MODELS_IMPORTS")


class StoredRowsModel(ListTableModel):
    """Rows as they will be stored, one column per field (the fields of the first row, in order)."""

    def __init__(self, rows: list[dict[str, str]], parent=None) -> None:
        super().__init__(parent)
        # A field empty in every row shown is left out of the table (the CLI's dry run does the same).
        self.COLUMNS = [name for name in (rows[0] if rows else {}) if any(row.get(name) for row in rows)]
        self.rows = [[row.get(name, "") for name in self.COLUMNS] for row in rows]

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
