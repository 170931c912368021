"""The Members and Meetings pages read the forum off the GUI thread when the window builds them
with later=True (as `msf-desk` does): they fill in with the same rows as when they read on the
GUI thread; a record chosen while they read ends selected; an edit made while they read ends
shown (the newer reading wins); a damaged table found by their reading is reported in words."""
from __future__ import annotations

import dataclasses

import pytest

from msf_desk.core import meetings as core_meetings
from msf_desk.core import members as core_members
from msf_desk.model.members import Member
from msf_desk.ui.commands.meetings import EditMeeting
from msf_desk.ui.commands.members import AddMember
from msf_desk.ui.models.members import ID_ROLE
from msf_desk.ui.pages.meetings import MeetingsPage
from msf_desk.ui.pages.members import MembersPage

from tests.conftest import DEMO_TODAY


def filled(qtbot, page) -> None:
    """Wait for the reading under way to be shown (the signal comes through the event loop:
    the page cannot have been filled before this waits)."""
    assert page.filling
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    assert not page.filling


def table_rows(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())] for r in range(model.rowCount())]


def members_shown(page: MembersPage) -> dict:
    return {"rows": table_rows(page.table), "rounds": table_rows(page.rounds_table),
            "count": page.count_label.text(), "parity": (page.parity.government_count, page.parity.non_government_count),
            "changes": table_rows(page.parity.projection_view)}


def meetings_shown(page: MeetingsPage) -> dict:
    return {"rows": table_rows(page.table), "banner": page.banner.text(), "count": page.count.text(),
            "current": page.current_id, "agenda": table_rows(page.agenda_table),
            "papers": table_rows(page.editor.papers_table), "conflicts": page.conflicts.summary.text()}


def test_the_pages_read_off_the_gui_thread_show_what_they_show_read_on_it(session, qtbot, shown):
    now = shown(MembersPage(session), 1300, 850)
    later = shown(MembersPage(session, later=True), 1300, 850)
    assert later.model.rowCount() == 0 and later.count_label.text() == "Reading the members…"
    assert not later.edit_action.isEnabled() and not later.remove_action.isEnabled()
    filled(qtbot, later)
    assert later.model.rowCount() == len(core_members.list_members(session.db)) > 0
    assert members_shown(later) == members_shown(now)

    now = shown(MeetingsPage(session), 1300, 850)
    now.set_today(DEMO_TODAY)
    later = MeetingsPage(session, later=True)
    assert later.banner.text() == "Reading the meetings…" and not later.edit_action.isEnabled()
    filled(qtbot, later)
    shown(later, 1300, 850)
    later.set_today(DEMO_TODAY)                  # read again, as of the demo's day
    filled(qtbot, later)
    assert later.current_id is not None and later.agenda_table.model().rowCount() > 0
    assert meetings_shown(later) == meetings_shown(now)


@pytest.fixture
def window(reading_window):
    return reading_window


def test_a_meeting_chosen_on_today_while_the_meetings_are_read_ends_selected(window, qtbot):
    today = window.pages["today"]
    listed = core_meetings.list_meetings(window.session.db)
    chosen = listed[1].id                        # not the one the page would show by itself
    page = today.open_target(f"meetings:{chosen}")
    assert isinstance(page, MeetingsPage) and page.later and window.stack.currentWidget() is page
    filled(qtbot, page)
    assert page.current_id == chosen
    rows = page.table.selectionModel().selectedRows()
    assert [r.data(ID_ROLE) for r in rows] == [chosen]
    assert page.editor.meeting.id == chosen


def test_a_member_chosen_while_the_members_are_read_ends_selected(window, qtbot):
    page = window.show_page("members")
    assert page.later and page.model.rowCount() == 0
    chosen = next(m for m in core_members.list_members(window.session.db) if m.status == "active")
    assert page.select_member(chosen.id)        # said now, done when the members are shown
    page.edit_member()                           # waits too: the dialog opens on the member as read
    filled(qtbot, page)
    assert page.selected_id() == chosen.id and page.edit_action.isEnabled()
    assert page.dialog is not None and page.dialog.original == chosen
    page.dialog.reject()


def test_an_edit_made_while_the_pages_read_ends_shown(window, qtbot):
    session = window.session
    members = window.show_page("members")
    assert members.filling
    session.push(AddMember(session, Member(name="Added While Reading", organisation="Late Readers",
                                           sector="academia", side="non_government")))
    filled(qtbot, members)
    names = [members.model.member_at(r).name for r in range(members.model.rowCount())]
    assert "Added While Reading" in names
    assert len(names) == len(core_members.list_members(session.db))

    meetings = window.show_page("meetings")
    assert meetings.filling
    planned = next(m for m in core_meetings.list_meetings(session.db) if m.status == "planned")
    command = EditMeeting(session, planned, dataclasses.replace(planned, title="Renamed While Reading"), DEMO_TODAY)
    session.push(command)
    assert command.error is None
    filled(qtbot, meetings)
    assert "Renamed While Reading" in [m.title for m in meetings.meetings]
    assert any(row[meetings.model.TITLE] == "Renamed While Reading" for row in table_rows(meetings.table))


@pytest.mark.parametrize(("key", "table", "said"), [("members", "selection_rounds", "The members could not be read."),
                                                     ("meetings", "meetings", "The meetings could not be read.")])
def test_a_damaged_table_found_by_a_page_reading_off_the_gui_thread_is_reported(window, qtbot, demo_path, damage,
                                                                                key, table, said):
    damage(demo_path, table)                     # after the forum opened: only this page's reading meets it
    page = window.show_page(key)
    assert page.filling
    with qtbot.waitSignal(page.fill_failed, timeout=30000):
        pass
    assert window.damage_message is not None
    assert "found damage" in window.damage_message.text()
    assert window.damage_message.isVisible()
    assert said in (page.count_label.text() if key == "members" else page.banner.text())


def test_a_reading_that_fails_on_the_gui_thread_leaves_the_page_usable(session, qtbot, shown, monkeypatch):
    """Read on the GUI thread (later=False), a failed reading is raised where it is asked for;
    the page does not wait for it for ever: edits then act at once on what the page shows."""
    page = shown(MeetingsPage(session), 1300, 850)
    page.set_today(DEMO_TODAY)
    assert page.current() is not None

    def broken(*_args):
        raise RuntimeError("the forum could not be read")

    monkeypatch.setattr("msf_desk.ui.pages.meetings.read_meetings", broken)
    with pytest.raises(RuntimeError):
        page.reload()
    assert not page.filling
    page.edit_meeting()
    assert page.dialog is not None            # opened now, on the meeting shown
    page.dialog.reject()


@pytest.mark.parametrize("outcome", ["read", "failed"])
def test_a_reading_that_comes_back_after_the_forum_was_closed_is_shown_to_nobody(reading_window, qtbot, outcome):
    """A page's reading still running when the forum is closed (another forum opened, the window
    closed) comes back to a page whose forum is gone: it is neither shown (showing it would ask
    the closed file for more) nor reported as damage."""
    import threading

    from PySide6.QtCore import QCoreApplication, QThreadPool

    page = reading_window.show_page("meetings")
    filled(qtbot, page)
    started, gate, shown, failed = threading.Event(), threading.Event(), [], []
    page.fill_failed.connect(failed.append)

    def work(db):
        started.set()
        gate.wait(30)
        if outcome == "failed":
            raise OSError("the file went away")
        return db.execute("SELECT count(*) FROM meetings").fetchone()[0]

    page.read_then_show(work, shown.append)
    qtbot.waitUntil(started.is_set)
    reading_window.session.close()
    gate.set()
    assert QThreadPool.globalInstance().waitForDone(30000)
    QCoreApplication.sendPostedEvents()          # the reading's result, queued to this thread
    QCoreApplication.processEvents()
    assert shown == [] and failed == [] and not page.filling
