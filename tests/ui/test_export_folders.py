"""Export folders: each kind of export opens on the folder it went to last for this forum,
across dialog openings and across a restart (QSettings in the test's own file), and the
folder chooser can make a new folder."""
from __future__ import annotations

import shutil

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from msf_desk.store.db import open_forum
from msf_desk.ui import settings as ui_settings
from msf_desk.ui.pages.meetings import MeetingsPage
from msf_desk.ui.session import ForumSession
from msf_desk.ui.widgets import folders

from tests.conftest import DEMO_TODAY


def meetings_page(qtbot, path):
    session = ForumSession(open_forum(path), path)
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    page.set_today(DEMO_TODAY)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def export_pack_through_the_dialog(qtbot, page, folder=None) -> str:
    """Open the pack's export dialog; export into `folder` (typed) if given. Returns the
    folder the dialog offered when it opened."""
    meeting = next(m for m in page.meetings if m.status in ("planned", "held"))
    assert page.select_meeting(meeting.id)
    page.export_pack()
    dialog = page.export_dialog            # the one export dialog, not modal
    offered = dialog.folder.text()
    if folder is None:
        qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return offered
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(folder))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    with qtbot.waitSignal(dialog.job.finished, timeout=60000):
        pass
    return offered


def test_the_pack_folder_is_remembered_across_openings_and_a_restart(qtbot, demo_path, tmp_path):
    settings_file = tmp_path / "settings.ini"
    ui_settings.use(QSettings(str(settings_file), QSettings.IniFormat))
    page = meetings_page(qtbot, demo_path)
    assert export_pack_through_the_dialog(qtbot, page) == str(demo_path.parent)   # first time: beside the forum
    packs = tmp_path / "board" / "packs"
    packs.mkdir(parents=True)
    export_pack_through_the_dialog(qtbot, page, packs)
    assert any(packs.iterdir())
    assert export_pack_through_the_dialog(qtbot, page) == str(packs)             # the next opening
    page.session.close()

    ui_settings.use(QSettings(str(settings_file), QSettings.IniFormat))           # as after a restart
    again = meetings_page(qtbot, demo_path)
    assert export_pack_through_the_dialog(qtbot, again) == str(packs)
    # Another kind keeps its own folder: the minutes still start beside the forum.
    assert folders.start_folder("minutes", demo_path) == demo_path.parent
    again.session.close()


def test_each_forum_keeps_its_own_folder(qtbot, demo_path, tmp_path):
    other = tmp_path / "second" / "other.msf"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    folders.remember("pack", demo_path, a)
    folders.remember("pack", other, b)
    assert folders.start_folder("pack", demo_path) == a
    assert folders.start_folder("pack", other) == b
    # A folder that has gone is not offered.
    a.rmdir()
    assert folders.start_folder("pack", demo_path) != a


def test_the_folder_chooser_makes_a_new_folder(qtbot, tmp_path):
    dialog = folders.folder_dialog(None, "Export into", tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    button = folders.new_folder_button(dialog)
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: any(p.is_dir() for p in tmp_path.iterdir()))
    assert [p.name for p in tmp_path.iterdir()] == ["New Folder"]
    # The new folder's name is open for editing, as in a file manager: name it.
    editor = dialog.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.objectName() != "fileNameEdit"
    editor.selectAll()
    qtbot.keyClicks(editor, "Board packs 2027")
    qtbot.keyClick(editor, Qt.Key_Return)
    made = tmp_path / "Board packs 2027"
    qtbot.waitUntil(made.is_dir)
    assert made.is_dir()
    dialog.selectFile(str(made))
    dialog.accept()
    assert dialog.selectedFiles() and dialog.selectedFiles()[0] == str(made)
