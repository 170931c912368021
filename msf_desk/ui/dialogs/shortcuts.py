"""Help → Keyboard shortcuts: every shortcut of the window, read from the one table in
msf_desk.ui.shortcuts, with a box to find one by what it does or by its keys."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QVBoxLayout

from msf_desk.ui import shortcuts
from msf_desk.ui.i18n import QT_TRANSLATE_NOOP, Context, shown
from msf_desk.ui.models.base import ListTableModel
from msf_desk.ui.widgets.tables import fit_columns, record_table


DIALOGS_SHORTCUTS = Context("DIALOGS_SHORTCUTS")


class ShortcutsModel(ListTableModel):
    KEYS, WHAT, WHERE = range(3)
    COLUMNS = [QT_TRANSLATE_NOOP("DIALOGS_SHORTCUTS", "Keys"), QT_TRANSLATE_NOOP("DIALOGS_SHORTCUTS", "What it does"),
               QT_TRANSLATE_NOOP("DIALOGS_SHORTCUTS", "Where it works")]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows = list(shortcuts.SHORTCUTS)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        s = self.rows[index.row()]
        if index.column() == self.KEYS:
            # The platform's other bindings with a modifier (Ctrl+Y for redo on some), not
            # the keys of special keyboards ("Undo", F14).
            primary = shortcuts.keys(s.name)
            keys = [k.toString(k.SequenceFormat.NativeText) for k in shortcuts.all_keys(s.name)
                    if k == primary or "+" in k.toString()]
            return ", ".join(keys) + (", F4" if s.name == "pick_date" else "")
        if index.column() == self.WHAT:
            return shown(s.what)
        return shown(shortcuts.WHERE.get(s.where, s.where))

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt's name)
        return shown(super().headerData(section, orientation, role))


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(DIALOGS_SHORTCUTS.tr("Keyboard shortcuts"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.find = QLineEdit()
        self.find.setObjectName("find_shortcut")
        self.find.setPlaceholderText(DIALOGS_SHORTCUTS.tr("Find a shortcut (what it does, or its keys)"))
        self.find.setClearButtonEnabled(True)
        layout.addWidget(self.find)
        self.model = ShortcutsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = record_table("shortcuts_table", self.proxy)
        fit_columns(self.table, ShortcutsModel.WHAT)
        self.table.horizontalHeader().setSectionResizeMode(ShortcutsModel.WHERE, QHeaderView.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
