"""In the window: one editor at a time (read-only second window with a banner), unsaved
Forum-page edits never lost silently, File → History, and stale saves refused."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from msf_desk.core import members as core_members
from msf_desk.store.db import open_forum
from msf_desk.ui.commands.members import EditMember
from msf_desk.ui.commands.base import run
from msf_desk.ui.main_window import PAGES, MainWindow


@pytest.fixture
def make_window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    made = []

    def make():
        w = MainWindow(QSettings(str(tmp_path / f"settings{len(made)}.ini"), QSettings.IniFormat))
        qtbot.addWidget(w)
        made.append(w)
        return w

    yield make
    for w in made:
        if w.session is not None:
            w.session.close()


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the next modal message box, keeping its text."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, answer)


def test_a_second_window_offers_read_only_with_a_banner_and_every_edit_disabled(qtbot, make_window, demo_path):
    first = make_window()
    assert first.open_path(demo_path)
    assert not first.session.read_only and not first.banner.isVisible()

    second = make_window()
    second.show()
    seen: list[str] = []
    answer_next_box("Open read-only", seen)
    assert second.open_path(demo_path)
    assert "is open for editing by you" in seen[0] and "since" in seen[0]
    assert second.session.read_only
    assert second.banner.isVisible()
    assert "Read-only" in second.banner_text.text() and "open for editing by you" in second.banner_text.text()

    members = second.show_page("members")
    assert not members.add_action.isEnabled()
    members.table.selectRow(0)
    assert not members.edit_action.isEnabled() and not members.remove_action.isEnabled()
    forum = second.page("forum")
    assert not forum.save_button.isEnabled()
    assert forum.widgets["name"].isReadOnly()
    assert not second.edit_menu.isEnabled()
    meetings = second.page("meetings")
    assert not meetings.new_action.isEnabled()
    assert meetings.calendar_action.isEnabled()  # exports still work

    # An edit that reaches the session some other way is refused in words.
    member = core_members.list_members(second.session.db)[0]
    error = run(second.session, EditMember(second.session, member, dataclasses.replace(member, phone="1")))
    assert error is not None and "open for editing by you" in str(error)

    # Try to edit: still taken; then the first window closes and it works.
    assert not second.try_to_edit()
    first.close()
    qtbot.waitUntil(lambda: first.session is None)
    assert second.try_to_edit()
    assert not second.session.read_only and not second.banner.isVisible()
    assert second.show_page("members").add_action.isEnabled()


def test_a_command_line_write_is_refused_while_the_window_edits(make_window, demo_path, tmp_path):
    import subprocess
    import sys

    window = make_window()
    assert window.open_path(demo_path)
    csv = tmp_path / "more.csv"
    csv.write_text("name,sector\nNew Person,civil_society\n")
    result = subprocess.run([sys.executable, "-m", "msf_desk", "members", "import", str(csv), "--db", str(demo_path)],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "is open for editing by you" in result.stderr and "Nothing was changed" in result.stderr
    listed = subprocess.run([sys.executable, "-m", "msf_desk", "members", "list", "--db", str(demo_path)],
                            capture_output=True, text=True)
    assert listed.returncode == 0 and "New Person" not in listed.stdout


def test_a_forum_in_a_read_only_folder_opens_read_only_with_a_banner(make_window, tmp_path, demo_template):
    folder = tmp_path / "readonly"
    folder.mkdir()
    forum = folder / "forum.msf"
    forum.write_bytes(demo_template.read_bytes())
    folder.chmod(0o555)
    try:
        window = make_window()
        window.show()
        assert window.open_path(forum)
        assert window.session.read_only and window.banner.isVisible()
        assert "in a folder you cannot write to" in window.banner_text.text()
        assert not window.banner_retry.isVisible()
        assert not window.page("members").add_action.isEnabled()
        assert sorted(p.name for p in folder.iterdir()) == ["forum.msf"]
    finally:
        folder.chmod(0o755)


def test_a_stale_save_in_the_window_is_refused_with_the_sentence(make_window, demo_path):
    window = make_window()
    assert window.open_path(demo_path)
    session = window.session
    loaded = core_members.list_members(session.db)[0]
    other = open_forum(demo_path, access="worker")  # another connection (a worker's) writing meanwhile
    core_members.update_member(other, dataclasses.replace(loaded, email="new@example.org"), loaded=loaded)
    other.close()
    error = run(session, EditMember(session, loaded, dataclasses.replace(loaded, phone="+1 555 0100")))
    assert error is not None
    assert "changed by" in str(error) and " at " in str(error) and "; reload" in str(error)
    now = core_members.get_member(session.db, loaded.id)
    assert now.email == "new@example.org" and now.phone == loaded.phone
    assert session.undo_stack.count() == 0


# --- unsaved work on the Forum page ---------------------------------------------------------

def row_of(key: str) -> int:
    """The sidebar row of a page (the order of the sidebar may grow)."""
    return [k for k, _, _ in PAGES].index(key)


def edited_forum_page(qtbot, window, demo_path):
    assert window.open_path(demo_path)
    window.show()
    page = window.show_page("forum")
    page.widgets["contact_phone"].clear()
    qtbot.keyClicks(page.widgets["contact_phone"], "+41 22 000 00 00")
    assert page.has_unsaved_changes()
    return page


def phone_in_file(path) -> str:
    from msf_desk.core import forum

    db = open_forum(path, access="read")
    try:
        return forum.load(db).contact_phone
    finally:
        db.close()


def test_leaving_the_forum_page_asks_cancel_stays_discard_goes(qtbot, make_window, demo_path):
    window = make_window()
    page = edited_forum_page(qtbot, window, demo_path)
    seen: list[str] = []
    answer_next_box("Cancel", seen)
    window.sidebar.setCurrentRow(row_of("members"))
    assert "The forum profile has changes that are not saved" in seen[0]
    assert window.stack.currentWidget() is page and window.sidebar.currentRow() == row_of("forum")
    assert page.widgets["contact_phone"].text() == "+41 22 000 00 00"
    answer_next_box("Discard", seen)
    window.sidebar.setCurrentRow(row_of("members"))
    assert window.stack.currentWidget() is window.page("members")
    assert not page.has_unsaved_changes()
    assert phone_in_file(demo_path) != "+41 22 000 00 00"


def test_leaving_the_forum_page_can_save(qtbot, make_window, demo_path):
    window = make_window()
    edited_forum_page(qtbot, window, demo_path)
    answer_next_box("Save", [])
    window.sidebar.setCurrentRow(row_of("meetings"))
    assert window.stack.currentWidget() is window.page("meetings")
    assert phone_in_file(demo_path) == "+41 22 000 00 00"


def test_quitting_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, make_window, demo_path):
    window = make_window()
    page = edited_forum_page(qtbot, window, demo_path)
    answer_next_box("Cancel", [])
    window.close()
    assert window.isVisible() and window.session is not None
    answer_next_box("Save", [])
    window.close()
    assert not window.isVisible()
    assert phone_in_file(demo_path) == "+41 22 000 00 00"
    assert not page.isVisible()


def test_opening_another_forum_asks_first(qtbot, make_window, demo_path, tmp_path, demo_template):
    other = tmp_path / "other.msf"
    other.write_bytes(demo_template.read_bytes())
    window = make_window()
    edited_forum_page(qtbot, window, demo_path)
    answer_next_box("Cancel", [])
    assert not window.open_path(other)
    assert window.session.path == demo_path
    answer_next_box("Discard", [])
    assert window.open_path(other)
    assert window.session.path == other
    assert phone_in_file(demo_path) != "+41 22 000 00 00"


# --- File → History ------------------------------------------------------------------------

def test_history_lists_changes_and_filters_them(qtbot, make_window, demo_path):
    window = make_window()
    page = edited_forum_page(qtbot, window, demo_path)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    window.action_history.trigger()
    dialog = window.history_dialog
    qtbot.waitExposed(dialog)
    total = dialog.model.rowCount()
    assert total > 1
    first = dialog.proxy.index(0, 3).data()
    assert first == "Changed the contact details"
    qtbot.keyClicks(dialog.filter, "contact details")
    shown = dialog.proxy.rowCount()
    assert 1 <= shown < total
    assert all("contact details" in dialog.proxy.index(r, 3).data() for r in range(shown))
    assert dialog.count.text() == f"{shown} of {total} changes"
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "no change says this")
    assert dialog.proxy.rowCount() == 0
    dialog.filter.clear()
    assert dialog.proxy.rowCount() == total
    dialog.close()
