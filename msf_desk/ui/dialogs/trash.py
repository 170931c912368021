"""File → Trash…: what was deleted in the last 30 days, put back with one click (undoable).

Each entry's count of rows is stored with it (migration 0015), so the list reads no payload;
a dialog built with `later=True` (as `msf-desk` opens it) still reads its list off the GUI
thread, as the pages do: it says "Reading the trash…" with Restore disabled until the list
comes; a newer reading supersedes an older one, and a failed one is said in words."""
from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from msf_desk.core import trash
from msf_desk.ui.commands.trash import RestoreFromTrash, trash_kind
from msf_desk.ui.commands.base import run
from msf_desk.ui.errors import show_error
from msf_desk.ui.models.base import ListTableModel
from msf_desk.ui.pages.base import PageBase
from msf_desk.ui.widgets.tables import record_table, select_row
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, shown

DIALOGS_TRASH = Context("DIALOGS_TRASH")


def _local(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}"


class TrashModel(ListTableModel):
    COLUMNS = [QT_TRANSLATE_NOOP("DIALOGS_TRASH", "What"), QT_TRANSLATE_NOOP("DIALOGS_TRASH", "Kind"), QT_TRANSLATE_NOOP("DIALOGS_TRASH", "Deleted"), QT_TRANSLATE_NOOP("DIALOGS_TRASH", "Emptied after")]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[trash.TrashItem] = []

    def set_items(self, items: list[trash.TrashItem]) -> None:
        self.beginResetModel()
        self.rows = list(items)
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.DisplayRole:
            column = index.column()
            if column == 0:
                return item.label
            if column == 1:
                return trash_kind(item)
            if column == 2:
                return _local(item.deleted_at)
            return f"{item.expires_on.day} {item.expires_on:%b %Y}"
        if role == Qt.ToolTipRole:
            return item.label
        return None


class TrashDialog(PageBase, QDialog):
    """Lists the trash of the open forum and restores the selected entry through the undo stack.
    Read as a page reads (PageBase.read_then_show): with `later`, off the GUI thread."""

    filled = Signal()
    fill_failed = Signal(object)

    def __init__(self, session, parent=None, *, later: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.later = later         # Restore is disabled while a reading is under way (`filling`)
        self.setObjectName("trash_dialog")
        self.setWindowTitle(DIALOGS_TRASH.tr("Trash"))
        self.resize(980, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            DIALOGS_TRASH.tr("Members, papers, declarations of interest, consultations and contributions you delete "
            "wait here for 30 days, then the trash is emptied. Nothing in the trash is shown on the "
            "pages, searched or exported. Restoring puts a record back as it was, with what was "
            "deleted with it (Edit ▸ Undo sends it back).")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = TrashModel(self)
        self.table = record_table("trash_table", self.model)
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(DIALOGS_TRASH.tr("The trash is empty."))
        layout.addWidget(self.empty)
        self.status = QLabel()
        self.status.setObjectName("trash_status")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.restore_button = QPushButton(DIALOGS_TRASH.tr("Restore"))
        self.restore_button.setObjectName("restore_from_trash")
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.filled.connect(self._update_buttons)
        self.fill_failed.connect(self._failed)
        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Read the list again: at once, or (`later`) off the GUI thread, shown when it comes."""
        if self.later:
            self.empty.hide()
            self.status.setText(DIALOGS_TRASH.tr("Reading the trash…"))
            self.status.show()
        self.read_then_show(trash.items, self._came)
        self._update_buttons()

    def _came(self, found: list) -> None:
        self.status.hide()
        self._show(found)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, sqlite3.DatabaseError):
            # Damage in the file: said as the window says it for a page (what SQLite reports,
            # what it means, the newest backup to restore from), not in SQLite's words alone.
            self.status.setText(DIALOGS_TRASH.tr("The trash could not be read: the forum file is damaged."))
            report = getattr(self.parent(), "_report_damage", None)
            if report is not None:
                report(self.session.path, [str(exc)])
        else:
            self.status.setText(DIALOGS_TRASH.tr("The trash could not be read: {error}").format(error=exc))
        self.status.show()
        self._update_buttons()

    def _show(self, found: list) -> None:
        self.model.set_items(found)
        self.empty.setVisible(not self.model.rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 560))
        if self.model.rows:
            select_row(self.table, 0)
        self._update_buttons()

    def _on_changed(self, _topic: str) -> None:
        if self.isVisible():
            self.reload()

    def selected(self) -> trash.TrashItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_: object) -> None:
        self.restore_button.setEnabled(not self.filling and self.selected() is not None)

    def restore_selected(self):
        """Put the selected entry back (undoable). A large one (a consultation with thousands of
        contributions) is put back in a worker: the dialog closes, progress and Cancel show in the
        window's status area and the window stays usable; the job is returned."""
        item = self.selected()
        if item is None or self.filling:
            return None
        command = RestoreFromTrash(self.session, item)
        if command.slow:
            window = self.parentWidget() or self
            job = self.session.run_slow(command, window)
            if job is None:
                show_error(self, command.error, DIALOGS_TRASH.tr("Cannot restore"))
                return None
            self.accept()
            return job
        error = run(self.session, command)
        if error is not None:
            show_error(self, error, DIALOGS_TRASH.tr("Cannot restore"))
        self.reload()
        return None
