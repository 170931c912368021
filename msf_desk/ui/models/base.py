"""What every table model here shares: a list of rows and a fixed set of columns."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from msf_desk.ui.i18n import shown

# PySide6 finds a short name such as Qt.DisplayRole (for Qt.ItemDataRole.DisplayRole) by searching
# the Qt namespace each time, about 20 µs; a view sizing its cells calls data() thousands of times
# at start-up, each asking for several of these. Each name is looked up once here and kept on
# Qt itself (the same value), so the next lookups are plain attribute reads.
for _name in ("DisplayRole", "EditRole", "ToolTipRole", "UserRole", "BackgroundRole", "ForegroundRole",
              "TextAlignmentRole", "CheckStateRole", "DecorationRole", "AccessibleTextRole", "FontRole",
              "SizeHintRole", "Horizontal", "Vertical", "AlignLeft", "AlignRight", "AlignCenter",
              "AlignHCenter", "AlignVCenter", "AlignTop", "AlignAbsolute", "Checked", "Unchecked",
              "AscendingOrder", "DescendingOrder", "NoItemFlags", "ItemIsSelectable", "ItemIsEnabled",
              "ItemIsEditable", "ItemIsUserCheckable", "ItemIsDragEnabled", "ItemIsDropEnabled"):
    if _name not in Qt.__dict__:
        setattr(Qt, _name, getattr(Qt, _name))


class ListTableModel(QAbstractTableModel):
    """A table over a Python list. `COLUMNS` are the headers (each marked with
    msf_desk.ui.i18n.QT_TRANSLATE_NOOP, shown translated); `ROWS` names the list attribute."""

    COLUMNS: list[str] = []
    ROWS = "rows"

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(getattr(self, self.ROWS))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return shown(self.COLUMNS[section])
        return None


class RowsTableModel(ListTableModel):
    """A ListTableModel whose rows are replaced whole (`set_rows`) and read back by index."""

    # The scripts (msf_desk.ui.fonts.scripts_of) of the words the first fonts.ROWS_LOOKED_AT rows
    # show, when the rows came with them (worked out where the rows were read, off the window's
    # thread); None otherwise. The window notes them for its next start (fonts.remember_scripts).
    shown_scripts: frozenset[str] | None = None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list, scripts: frozenset[str] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.shown_scripts = scripts
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row]
