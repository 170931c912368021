"""Choosing where an export goes: Qt's own folder dialog (the same on every system), which
has a "Create New Folder" button, opening on the folder this kind of export went to last
for this forum (msf_desk.ui.settings)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QToolButton, QWidget

from msf_desk.ui import settings as ui_settings
from msf_desk.ui.i18n import Context

WIDGETS_FOLDERS = Context("WIDGETS_FOLDERS")


def folder_dialog(parent: QWidget | None, title: str, start: str | Path) -> QFileDialog:
    """A folder chooser that can make a new folder (its "Create New Folder" button, or
    right-click → New Folder). Not the system's own dialog: some of those cannot create a
    folder, and this one behaves the same everywhere."""
    dialog = QFileDialog(parent, title, str(start))
    dialog.setObjectName("folder_dialog")
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.ReadOnly, False)          # the New Folder button works
    dialog.setAcceptMode(QFileDialog.AcceptOpen)
    dialog.setLabelText(QFileDialog.Accept, WIDGETS_FOLDERS.tr("Choose"))
    return dialog


def new_folder_button(dialog: QFileDialog) -> QToolButton | None:
    return dialog.findChild(QToolButton, "newFolderButton")


def choose_folder(parent: QWidget | None, title: str, start: str | Path) -> Path | None:
    """Ask for a folder (blocking, like the static QFileDialog calls it replaces)."""
    dialog = folder_dialog(parent, title, start)
    if dialog.exec() != QFileDialog.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def start_folder(kind: str, forum_path, fallback: str | Path | None = None) -> Path:
    """Where to offer to write this kind of export: where it went last for this forum (or
    any forum), else `fallback`, else beside the forum file."""
    remembered = ui_settings.value(forum_path, f"export/{kind}") or ui_settings.store().value(f"export/{kind}")
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    if fallback is not None:
        return Path(fallback)
    return ui_settings.export_folder(kind, forum_path)


def remember(kind: str, forum_path, folder: str | Path) -> None:
    ui_settings.remember_export_folder(kind, forum_path, folder)
