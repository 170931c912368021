"""The main window's part that keeps the forum file safe: checkpoints, backups and the damage
check beside the open forum, restoring a backup, the trash. A mixin of MainWindow
(msf_desk.ui.main_window); its methods run on the window."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6 import QtWidgets
from PySide6.QtWidgets import QWidget

from msf_desk.core import trash as core_trash
from msf_desk.core.backups import available as available_backups
from msf_desk.ui.i18n import Context
from msf_desk.ui.keeper import ForumKeeper
from msf_desk.ui.session import ForumSession

MAIN_WINDOW = Context("MAIN_WINDOW")   # the window's own context: these strings are the window's
KEEPER_START_AT_LATEST_MS = 5000


class KeepingSafe:
    # --- keeping the file safe -----------------------------------------------------------
    def _keep(self, session: ForumSession) -> None:
        """Checkpoints, backups and the damage check run beside the open forum."""
        self.keeper = ForumKeeper(session, self)
        self.keeper.checked.connect(self._on_checked)
        self.keeper.backed_up.connect(
            lambda path: self.statusBar().showMessage(
                MAIN_WINDOW.tr("Backed up to {file}").format(file=f"{path.parent.name}/{path.name}"), 4000))
        self.keeper.failed.connect(
            lambda what, message: self.statusBar().showMessage(
                MAIN_WINDOW.tr("{what} did not work: {message}").format(what=what, message=message)))
        # The opening check and backup start once the first page is shown (opening_finished), so
        # that on a large forum they do not compete with its first reading; at the latest after
        # a few seconds, and a keeper closed before then runs them as it closes.
        keeper = self.keeper
        QTimer.singleShot(KEEPER_START_AT_LATEST_MS, keeper.start)
        try:
            core_trash.purge(session.db)          # what has been in the trash 30 days goes
        except sqlite3.Error as exc:              # a forum opened read-only keeps it until it can write
            self.statusBar().showMessage(MAIN_WINDOW.tr("The trash could not be emptied: {error}").format(error=exc), 5000)

    def _start_keeping(self, *_: object) -> None:
        """The first page is shown (or could not be): start the keeper's opening check."""
        if self.keeper is not None:
            self.keeper.start()

    def _close_session(self) -> None:
        if self.session is not None:
            self.session.close()          # the keeper finishes its work first
            self.session = None
        self.keeper = None

    def _on_checked(self, problems: list) -> None:
        if problems and self.session is not None:
            self._report_damage(self.session.path, problems)

    def _report_damage(self, path: Path, problems: list, *, opened: bool = True) -> None:
        from msf_desk.ui.dialogs.backups import backup_kind, when   # the dialogs load when first needed
        newest = next(iter(available_backups(path)), None)
        shown = "\n".join(f"• {p}" for p in problems[:5])
        text = (MAIN_WINDOW.tr("MSF Desk found damage in {file}. SQLite reports:").format(file=path.name)
                + f"\n{shown}\n\n"
                + (MAIN_WINDOW.tr("Records may be missing or wrong, and saving more work into this file is not safe.")
                   if opened else MAIN_WINDOW.tr("The forum could not be shown, and was closed without changes.")))
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Warning, MAIN_WINDOW.tr("The forum file is damaged"), text,
                          QtWidgets.QMessageBox.Close, self)
        box.setObjectName("damage_message")
        if newest is not None:
            box.setInformativeText(
                MAIN_WINDOW.tr("Restore a backup into a new file and carry on in that one. "
                               "The newest backup: {when} ({kind}).").format(when=when(newest.taken),
                                                                             kind=backup_kind(newest)))
            button = box.addButton(MAIN_WINDOW.tr("Restore from a backup…"), QtWidgets.QMessageBox.AcceptRole)
            button.clicked.connect(lambda: self.restore_dialog(path))
        else:
            box.setInformativeText(MAIN_WINDOW.tr("There is no backup of this forum yet. Save a copy of it as it "
                                                  "is (File → Save a copy) and ask for help before changing "
                                                  "anything."))
        self.damage_message = box
        box.open()

    def restore_dialog(self, path: Path | None = None) -> QWidget | None:
        """File → Restore from a backup… (of the open forum, or of `path`): window-modal,
        not blocking."""
        path = path if isinstance(path, Path) else (self.session.path if self.session else None)
        if path is None:
            QtWidgets.QMessageBox.information(self, MAIN_WINDOW.tr("Restore from a backup"),
                                    MAIN_WINDOW.tr("Open the forum whose backup you want first (File → Open)."))
            return None
        from msf_desk.ui.dialogs.backups import RestoreDialog

        dialog = RestoreDialog(path, self)
        dialog.restored.connect(self._on_restored)
        self.restore = dialog
        dialog.open()
        return dialog

    def trash_dialog(self) -> QWidget | None:
        """File → Trash…: what was deleted in the last 30 days, to put back."""
        if self.session is None:
            return None
        from msf_desk.ui.dialogs.trash import TrashDialog

        dialog = TrashDialog(self.session, self, later=self.read_off_thread)
        self.trash = dialog
        dialog.open()
        return dialog

    def _on_restored(self, path: Path) -> None:
        if self.restore is not None:
            self.restore.accept()
        from msf_desk.ui.dialogs.backups import offer_to_open

        box = offer_to_open(self, path)
        box.accepted.connect(lambda: self.open_path(path))
        self.open_restored_message = box
        box.open()
