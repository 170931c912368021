"""File → Restore from a backup…: the forum's backups, checked again, restored into a new file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from msf_desk.core import backups as core_backups
from msf_desk.ui.models.base import ListTableModel
from msf_desk.ui.widgets.tables import record_table, select_row
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, current, shown, window_day, window_weekday

# Why a backup was taken (store.backups.Backup.kind), in the window's language.
BACKUP_KINDS = {"rolling": QT_TRANSLATE_NOOP("DIALOGS_BACKUPS", "automatic"),
                "before_upgrade": QT_TRANSLATE_NOOP("DIALOGS_BACKUPS", "before an upgrade"),
                "before_demo": QT_TRANSLATE_NOOP("DIALOGS_BACKUPS", "before the demo replaced it")}


def backup_kind(backup) -> str:
    """Why `backup` was taken, in the window's language."""
    label = BACKUP_KINDS.get(backup.kind)
    return shown(label) if label is not None else backup.kind_label


DIALOGS_BACKUPS = Context("DIALOGS_BACKUPS")

FILE_FILTER = QT_TRANSLATE_NOOP("DIALOGS_BACKUPS", "MSF Desk forum (*.msf);;All files (*)")


def when(taken: dt.datetime, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    if taken.date() == today:
        day = DIALOGS_BACKUPS.tr("Today")
    elif taken.date() == today - dt.timedelta(days=1):
        day = DIALOGS_BACKUPS.tr("Yesterday")
    else:
        day = (f"{taken:%a} {taken.day} {taken:%b %Y}" if current() == "en"
               else f"{window_weekday(taken.date())} {window_day(taken.date(), short=True)}")
    return f"{day}, {taken:%H:%M}"


def size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class BackupsModel(ListTableModel):
    COLUMNS = [QT_TRANSLATE_NOOP("DIALOGS_BACKUPS", "Taken"), QT_TRANSLATE_NOOP("DIALOGS_BACKUPS", "Kind"), QT_TRANSLATE_NOOP("DIALOGS_BACKUPS", "Size"), QT_TRANSLATE_NOOP("DIALOGS_BACKUPS", "Check")]

    def __init__(self, backups: list, parent=None) -> None:
        super().__init__(parent)
        self.rows = list(backups)
        self.checks: dict[Path, list[str] | None] = {b.path: None for b in self.rows}

    def set_check(self, path: Path, problems: list[str]) -> None:
        self.checks[path] = list(problems)
        for row, b in enumerate(self.rows):
            if b.path == path:
                index = self.index(row, 3)
                self.dataChanged.emit(index, index)

    def sound(self, row: int) -> bool | None:
        found = self.checks.get(self.rows[row].path)
        return None if found is None else not found

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        column = index.column()
        found = self.checks.get(b.path)
        if role == Qt.DisplayRole:
            if column == 0:
                return when(b.taken)
            if column == 1:
                return backup_kind(b)
            if column == 2:
                return size_words(b.size)
            if found is None:
                return DIALOGS_BACKUPS.tr("Checking…")
            return DIALOGS_BACKUPS.tr("Verified: no damage") if not found else DIALOGS_BACKUPS.tr("Damaged: {item0}").format(item0=found[0])
        if role == Qt.ForegroundRole and column == 3 and found:
            return QColor("#a61b1b")
        if role == Qt.ToolTipRole:
            if column == 3 and found:
                return "\n".join(found[:10])
            return str(b.path)
        return None


class _CheckSignals(QObject):
    checked = Signal(object, list)


class _CheckAll(QRunnable):
    """quick_check each backup, newest first, off the GUI thread."""

    def __init__(self, paths: list[Path], signals: _CheckSignals) -> None:
        super().__init__()
        self.paths, self.signals = paths, signals
        self.stopped = False

    def run(self) -> None:
        for path in self.paths:
            if self.stopped:
                return
            self.signals.checked.emit(path, core_backups.check(path))


class RestoreDialog(QDialog):
    """Lists the backups (date, kind, size, checked now) and restores one into a new file.

    `restored(path)` is emitted after a restore; the window then offers to open the file.
    """

    restored = Signal(object)

    def __init__(self, forum_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.forum_path = Path(forum_path)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(DIALOGS_BACKUPS.tr("Restore from a backup"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        folder = core_backups.folder(self.forum_path)
        intro = QLabel(
            DIALOGS_BACKUPS.tr("MSF Desk keeps backups of <b>{name}</b> in <b>{name2}</b> beside it: one when the forum "
                    "is opened and at most every 15 minutes while you edit; the last 10, and one a day for "
                    "30 days. Each is checked for damage again below.<br><br>Restoring writes the backup "
                    "into a <b>new file</b>; the open forum is not changed.").format(name=self.forum_path.name, name2=folder.name)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.RichText)
        layout.addWidget(intro)
        self.model = BackupsModel(core_backups.available(self.forum_path), self)
        self.table = record_table("backups_table", self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 80)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(DIALOGS_BACKUPS.tr("There are no backups of {name} yet.").format(name=self.forum_path.name))
        self.empty.setVisible(not self.model.rows)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.restore_button = QPushButton(DIALOGS_BACKUPS.tr("Restore into a new file…"))
        self.restore_button.setObjectName("restore_button")
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(buttons)
        if self.model.rows:
            select_row(self.table, 0)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_buttons)
        self._update_buttons()

        self.signals = _CheckSignals()
        self.signals.checked.connect(self.model.set_check)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.checker = _CheckAll([b.path for b in self.model.rows], self.signals)
        self.checker.setAutoDelete(False)
        self.pool.start(self.checker)

    def all_checked(self) -> bool:
        return all(v is not None for v in self.model.checks.values())

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self, *_: object) -> None:
        row = self.selected_row()
        self.restore_button.setEnabled(row is not None and self.model.sound(row) is not False)

    def suggested_target(self, backup) -> Path:
        stem = f"{self.forum_path.stem}-restored-{backup.taken:%Y-%m-%d-%H%M}"
        target, n = self.forum_path.with_name(stem + ".msf"), 2
        while target.exists():
            target, n = self.forum_path.with_name(f"{stem}-{n}.msf"), n + 1
        return target

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        backup = self.model.rows[row]
        path, _ = QFileDialog.getSaveFileName(self, DIALOGS_BACKUPS.tr("Restore into a new file"),
                                              str(self.suggested_target(backup)), shown(FILE_FILTER))
        if path:
            self.restore_to(row, Path(path))

    def restore_to(self, row: int, target: Path) -> Path | None:
        """Restore the backup in `row` into `target` (a new file); errors in words."""
        from msf_desk.ui.workers import ExportJob

        backup = self.model.rows[row]
        if not target.suffix:
            target = target.with_suffix(".msf")
        job = ExportJob(self, DIALOGS_BACKUPS.tr("Restoring the backup of {taken}…").format(taken=when(backup.taken)),
                        lambda progress: core_backups.restore(backup.path, target, self.forum_path),
                        title=DIALOGS_BACKUPS.tr("Restore from a backup"), show_errors=True)
        self._job = job
        job.finished.connect(lambda result: self.restored.emit(Path(result)))
        job.start()
        return target

    def done(self, result: int) -> None:  # noqa: D401 (Qt's name) — stop checking when closed
        self.checker.stopped = True
        self.pool.waitForDone(30_000)
        super().done(result)


def offer_to_open(parent, path: Path) -> QMessageBox:
    """The question whether to open the restored file now (Open: accepted; Not now: rejected)."""
    box = QMessageBox(QMessageBox.Question, DIALOGS_BACKUPS.tr("Backup restored"),
                      DIALOGS_BACKUPS.tr("The backup was restored into {path}.\n\nOpen it now? The forum open now is left as it is; "
                              "you can open it again from File → Open recent.").format(path=path), QMessageBox.NoButton, parent)
    box.setObjectName("open_restored_message")
    box.addButton(DIALOGS_BACKUPS.tr("Open it"), QMessageBox.AcceptRole)
    box.addButton(DIALOGS_BACKUPS.tr("Not now"), QMessageBox.RejectRole)
    return box
