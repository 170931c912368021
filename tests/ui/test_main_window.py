"""The main window: opening forums (and refusing files that are not), recent files,
Save a copy, and Edit > Undo/Redo bound to the open forum."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from msf_desk.core import members as core_members
from msf_desk.model.members import Member
from msf_desk.store.db import open_forum
from msf_desk.ui.commands.members import AddMember
from msf_desk.ui.main_window import MainWindow
from msf_desk.ui.pages.today import TodayPage
from msf_desk.ui.pages.forum import ForumPage
from msf_desk.ui.pages.members import MembersPage


@pytest.fixture
def window(qtbot, qsettings):
    w = MainWindow(qsettings)
    qtbot.addWidget(w)
    yield w
    if w.session is not None:
        w.session.close()


def close_next_message_box(seen: list[str]) -> None:
    """Answer the next modal message box (shown by a blocking call) and keep its text."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(QMessageBox.Ok)
        else:
            QTimer.singleShot(10, close)

    QTimer.singleShot(0, close)


def member_names(path) -> set[str]:
    db = open_forum(path)
    try:
        return {m.name for m in core_members.list_members(db)}
    finally:
        db.conn.close()


def test_opening_a_forum_shows_its_pages(window, demo_path):
    assert window.open_path(demo_path)
    assert window.windowTitle().startswith("National Open Government Forum — demo.msf")
    assert isinstance(window.pages["today"], TodayPage)  # a forum opens on what is due
    assert isinstance(window.page("forum"), ForumPage)
    members = window.show_page("members")
    assert isinstance(members, MembersPage)
    assert window.stack.currentWidget() is members
    assert members.model.rowCount() == len(core_members.list_members(window.session.db))


@pytest.mark.parametrize("off_thread", [False, True])
def test_at_start_up_the_window_is_painted_before_its_first_page_is_read(window, demo_path, qtbot, off_thread):
    window.show()
    window.fill_after_paint = True          # as run_gui sets them
    window.read_off_thread = off_thread
    assert window.open_path(demo_path)
    # The forum is open (title, sidebar, menus) but Today is not built yet: it waits for the paint.
    assert window.windowTitle().startswith("National Open Government Forum — demo.msf")
    assert "today" not in window.pages and window.filled_at is None
    with qtbot.waitSignal(window.opening_finished, timeout=15000) as finished:
        pass
    assert finished.args == [True]
    today = window.pages["today"]
    assert isinstance(today, TodayPage) and today.later is off_thread
    assert window.stack.currentWidget() is today
    assert today.model.rowCount() > 0 and "late" in today.heading.text()
    assert window.painted_at is not None and window.painted_at <= window.filled_at
    assert window.fill_after_paint is False  # only the first forum opened at start-up waits
    if off_thread:
        # After an edit Today reads again off the GUI thread and shows the new state.
        session = window.session
        with qtbot.waitSignal(today.filled, timeout=15000):
            session.push(AddMember(session, Member(name="Read Later", sector="academia", side="non_government")))


def test_damage_found_when_the_first_page_is_filled_after_the_paint_closes_the_forum(window, demo_path, qtbot,
                                                                                     damage):
    damage(demo_path, "members")
    window.show()
    window.fill_after_paint = True
    window.open_path(demo_path)
    with qtbot.waitSignal(window.opening_finished, timeout=15000) as finished:
        pass
    assert finished.args == [False]
    assert window.session is None
    assert "closed without changes" in window.damage_message.text()


def test_damage_found_by_a_reading_off_the_gui_thread_closes_the_forum(window, demo_path, qtbot, damage):
    damage(demo_path, "meetings")            # read by Today, not by the members' check
    window.show()
    window.fill_after_paint = window.read_off_thread = True
    window.open_path(demo_path)
    with qtbot.waitSignal(window.opening_finished, timeout=15000) as finished:
        pass
    assert finished.args == [False]
    assert window.session is None
    assert "closed without changes" in window.damage_message.text()


@pytest.mark.parametrize("kind", ["text", "other_database"])
def test_a_foreign_file_gives_a_message_and_the_window_stays_usable(window, demo_path, tmp_path, kind):
    assert window.open_path(demo_path)
    session = window.session
    foreign = tmp_path / "notes.msf"
    if kind == "text":
        foreign.write_text("Minutes of our meeting, typed in a text editor.\n")
    else:
        conn = sqlite3.connect(foreign)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
    before = foreign.read_bytes()

    seen: list[str] = []
    close_next_message_box(seen)
    assert window.open_path(foreign) is False

    assert len(seen) == 1 and "not an MSF Desk forum file" in seen[0]
    assert foreign.read_bytes() == before  # left exactly as it was
    assert window.session is session  # the forum that was open is still open
    members = window.show_page("members")
    members.reload()
    assert members.model.rowCount() > 0
    assert str(foreign.resolve()) not in window.recent_files()


def test_recent_files_are_remembered(qtbot, window, demo_path, tmp_path, qsettings):
    other = tmp_path / "second.msf"
    open_forum(other, create=True).conn.close()
    assert window.open_path(demo_path)
    assert window.open_path(other)
    assert window.recent_files() == [str(other.resolve()), str(demo_path.resolve())]
    qsettings.sync()

    again = MainWindow(qsettings)
    qtbot.addWidget(again)
    actions = again.recent_menu.actions()
    assert [a.text() for a in actions] == [str(other.resolve()), str(demo_path.resolve())]
    actions[1].trigger()
    assert again.session is not None and again.session.path == demo_path
    assert again.recent_files()[0] == str(demo_path.resolve())  # reopened: back on top
    again.session.close()


def test_the_settings_file_is_written_only_when_the_window_remembers_something_new(qtbot, demo_path, tmp_path,
                                                                                   qsettings):
    import os

    def close(w: MainWindow) -> None:
        w.show()
        qtbot.waitExposed(w)
        w.close()
        qsettings.sync()

    for _ in range(2):   # the second round may still move it: the screen is smaller than the window
        first = MainWindow(qsettings)
        qtbot.addWidget(first)
        assert first.open_path(demo_path)
        close(first)
    ini = tmp_path / "settings.ini"
    written = os.stat(ini)
    # The same forum opened again and the window closed where it was: nothing new to remember,
    # so the file is not written again (nor synced to disk: at every start and close, for nothing).
    again = MainWindow(qsettings)
    qtbot.addWidget(again)
    assert again.open_path(demo_path)
    close(again)
    assert (os.stat(ini).st_ino, os.stat(ini).st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    # A window of another size is remembered, and so is another forum.
    moved = MainWindow(qsettings)
    qtbot.addWidget(moved)
    other = tmp_path / "second.msf"
    open_forum(other, create=True).conn.close()
    assert moved.open_path(other)
    moved.resize(moved.width() - 100, moved.height() - 50)
    close(moved)
    assert os.stat(ini).st_ino != written.st_ino or os.stat(ini).st_mtime_ns != written.st_mtime_ns
    last = MainWindow(qsettings)
    qtbot.addWidget(last)
    assert last.size() == moved.size() and last.recent_files()[0] == str(other.resolve())


def test_save_a_copy_writes_a_forum_that_opens(window, demo_path, tmp_path):
    assert window.open_path(demo_path)
    copy = tmp_path / "copies" / "demo-copy.msf"
    copy.parent.mkdir()
    assert window.save_copy_to(copy)
    assert member_names(copy) == member_names(demo_path)

    # The window keeps working on the original; the copy does not follow.
    window.session.push(AddMember(window.session, Member(name="After The Copy", sector="academia")))
    assert "After The Copy" in member_names(demo_path)
    assert "After The Copy" not in member_names(copy)
    assert window.session.path == demo_path


def test_save_a_copy_over_the_open_file_is_refused(window, demo_path):
    assert window.open_path(demo_path)
    seen: list[str] = []
    close_next_message_box(seen)
    assert window.save_copy_to(demo_path) is False
    assert seen and "different file" in seen[0]


def test_edit_menu_undo_and_redo_act_on_the_open_forum(window, demo_path):
    assert window.open_path(demo_path)
    window.page("members")   # pages are built when first shown: build it before the edit
    window.session.push(AddMember(window.session, Member(name="Undo Me", sector="civil_society")))
    assert window.undo_action.isEnabled()
    assert "add Undo Me" in window.undo_action.text()
    assert window.undo_action in window.edit_menu.actions()

    window.undo_action.trigger()
    assert "Undo Me" not in member_names(demo_path)
    assert "Undo Me" not in {m.name for m in window.pages["members"].model.members}
    window.redo_action.trigger()
    assert "Undo Me" in member_names(demo_path)


def test_the_title_follows_the_forum_name(qtbot, window, demo_path):
    assert window.open_path(demo_path)
    forum = window.show_page("forum")
    forum.widgets["name"].setText("Riverland Open Government Forum")
    forum.save()
    assert window.windowTitle().startswith("Riverland Open Government Forum — demo.msf")
    window.session.undo_stack.undo()
    assert window.windowTitle().startswith("National Open Government Forum — demo.msf")
