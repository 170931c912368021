"""The Minutes page driven like a secretary in the meeting: roll call by keyboard, a vote
and its verdict, autosave read back from a second connection, approval, then the lock."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pypdf import PdfReader

from msf_desk.core import meetings
from msf_desk.core import minutes as core
from msf_desk.core import minutes_reads
from msf_desk.ui.models.minutes import AttendanceModel
from msf_desk.ui.pages.minutes import MinutesPage

from tests.conftest import DEMO_TODAY


@pytest.fixture
def page(demo_page):
    return demo_page(MinutesPage, 1300, 850)


def read(path, sql, params=()):
    """What another program (or MSF Desk after a crash) would find in the file."""
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def row_of_member(page, name_part: str) -> int:
    model = page.attendance_model
    return next(r for r in range(model.rowCount())
                if name_part in model.index(r, AttendanceModel.NAME).data())


def member_id(page, name_part: str) -> int:
    return next(m.id for m in page.members.values() if name_part in m.name)


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)


def test_opens_on_the_latest_unapproved_minutes(page):
    assert page.minutes is not None and page.minutes.status == "draft"
    assert "minutes draft" in page.status.text()
    assert page.lock_banner.isHidden()


def test_roll_call_by_keyboard_updates_quorum_and_the_file(page, qtbot, demo_path):
    page._show_tab(0)
    row = row_of_member(page, "Carlos Méndez")
    page.attendance_table.selectRow(row)
    before = page.quorum_label.text()
    qtbot.keyClick(page.attendance_table, Qt.Key_A)
    assert read(demo_path, "SELECT presence FROM attendance WHERE meeting_id = ? AND member_id = ?",
                [page.meeting_id, member_id(page, "Carlos Méndez")]) == [("apologies",)]
    assert page.quorum_label.text() != before and "13 of 15" in page.quorum_label.text()
    # The selection moved to the next name: the roll call goes on.
    assert page.attendance_table.selectionModel().selectedRows()[0].row() == row + 1
    # The alternate comes instead and sits for the finance member: the seat counts again.
    page.attendance_table.selectRow(row_of_member(page, "Paolo Rossi"))
    qtbot.keyClick(page.attendance_table, Qt.Key_R)
    assert read(demo_path, "SELECT presence, substitute_for FROM attendance WHERE meeting_id = ? AND member_id = ?",
                [page.meeting_id, member_id(page, "Paolo Rossi")]) == [("remote", member_id(page, "Carlos Méndez"))]
    assert "14 of 15" in page.quorum_label.text()
    page.session.undo_stack.undo()
    page.session.undo_stack.undo()
    assert read(demo_path, "SELECT presence FROM attendance WHERE meeting_id = ? AND member_id = ?",
                [page.meeting_id, member_id(page, "Carlos Méndez")]) == [("in_person",)]


def test_a_vote_shows_its_verdict_at_once(page, qtbot, demo_path):
    page.move_item(1)
    while page.item_id is not None and "selection" not in page.item_title.text().lower():
        page.move_item(1)
    qtbot.mouseClick(page.add_decision_button, Qt.LeftButton)
    decision_id = page.decision_id
    assert decision_id is not None and page.decision_text.hasFocus()
    page.rule.setCurrentIndex(page.rule.findData("majority"))
    assert "No vote recorded" in page.verdict_label.text()
    qtbot.mouseClick(page.vote_held, Qt.LeftButton)
    for name, value in (("for_government", 4), ("for_non_government", 3), ("against_non_government", 3)):
        spin = page.vote_boxes[name]
        spin.selectAll()
        qtbot.keyClicks(spin, str(value))
    # 7 of 14 present is not more than half: shown before anything else happens.
    assert page.verdict_label.text().startswith("Not agreed: 7 of 14 members present voted for; a majority needed 8")
    page.vote_boxes["for_government"].selectAll()
    qtbot.keyClicks(page.vote_boxes["for_government"], "5")
    assert page.verdict_label.text().startswith("Agreed: 8 of 14")
    assert read(demo_path, "SELECT rule, vote_held, for_government, for_non_government, against_non_government "
                           "FROM decisions WHERE id = ?", [decision_id]) == [("majority", 1, 5, 3, 3)]
    # Every change to the vote is one undo step.
    page.session.undo_stack.undo()
    assert read(demo_path, "SELECT vote_held, for_government FROM decisions WHERE id = ?", [decision_id]) == [(0, 0)]


def test_autosave_after_a_pause_and_on_focus_out(page, qtbot, demo_path):
    page._show_tab(1)
    item_id = page.item_id
    page.discussion.setFocus()
    qtbot.keyClicks(page.discussion, "The co-chairs opened the meeting.")
    qtbot.waitUntil(lambda: read(demo_path, "SELECT discussion FROM item_minutes WHERE item_id = ?", [item_id])
                    == [("The co-chairs opened the meeting.",)], timeout=5000)
    assert page.saved_label.text().startswith("Saved")
    # Leaving the box saves at once, without waiting for the pause.
    qtbot.keyClicks(page.discussion, " Members introduced themselves.")
    page.summary.setFocus()
    page._show_tab(3)
    assert read(demo_path, "SELECT discussion FROM item_minutes WHERE item_id = ?", [item_id]) == [
        ("The co-chairs opened the meeting. Members introduced themselves.",)]


def test_breakout_notes_typed_become_groups(page, qtbot, demo_path):
    page._show_tab(1)
    page.item_tabs.setCurrentIndex(1)
    item_id = page.item_id
    page.breakouts.setFocus()
    qtbot.keyClicks(page.breakouts, "Group 1 (Ana)")
    qtbot.keyClick(page.breakouts, Qt.Key_Return)
    qtbot.keyClicks(page.breakouts, "Seats")
    qtbot.keyClick(page.breakouts, Qt.Key_Return)
    qtbot.keyClicks(page.breakouts, "- Rotate in halves")
    qtbot.waitUntil(lambda: read(demo_path, "SELECT b.group_name, b.facilitator, p.heading, p.point FROM breakouts b "
                                            "JOIN breakout_points p ON p.breakout_id = b.id WHERE b.item_id = ?",
                                 [item_id]) == [("Group 1", "Ana", "Seats", "Rotate in halves")], timeout=5000)
    assert page.breakout_summary.text() == "1 group, 1 point"


def test_circulate_approve_then_fail_to_edit(page, qtbot, demo_path):
    meeting_id = page.meeting_id
    qtbot.mouseClick(page.circulate_button, Qt.LeftButton)
    assert page.minutes.status == "circulated"
    # Minutes are approved at a forum meeting that took place: the June meeting, once held.
    june = read(demo_path, "SELECT id FROM meetings WHERE title = 'Forum meeting, June 2026'")[0][0]
    meetings.set_status(page.db, june, "held", today=dt.date(2026, 6, 30))
    page.set_today(dt.date(2026, 6, 30))
    page.select_meeting(meeting_id)
    qtbot.mouseClick(page.approve_button, Qt.LeftButton)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    later = dialog.meeting.currentData()
    assert later == june and dialog.meeting.count() == 1
    click_ok(qtbot, dialog)
    assert read(demo_path, "SELECT status, approved_at_meeting_id FROM minutes WHERE meeting_id = ?",
                [meeting_id]) == [("approved", later)]
    assert page.lock_banner.isVisible() and "locked" in page.lock_banner.text()
    assert page.session.undo_stack.count() == 0  # approval cannot be undone
    # Typing goes nowhere: the boxes are read-only, the file is unchanged.
    page._show_tab(1)
    before = read(demo_path, "SELECT item_id, discussion FROM item_minutes ORDER BY item_id")
    qtbot.keyClicks(page.discussion, "A late change")
    page.discussion_save.flush()
    assert read(demo_path, "SELECT item_id, discussion FROM item_minutes ORDER BY item_id") == before
    # Marking attendance is refused in plain words.
    page._show_tab(0)
    page.attendance_table.setEnabled(True)  # even if someone got to the table
    page.attendance_table.selectRow(0)
    page.mark_selected("absent")
    assert "approved and locked" in page.message.text()
    assert read(demo_path, "SELECT count(*) FROM attendance WHERE meeting_id = ? AND presence = 'absent' "
                           "AND member_id = ?", [meeting_id, page.attendance_model.attendee_at(0).member_id]) == [(0,)]
    # And by the database itself, whatever the program.
    with pytest.raises(sqlite3.IntegrityError, match="approved and locked"):
        with sqlite3.connect(str(demo_path)) as conn:
            conn.execute("UPDATE item_minutes SET discussion = 'x' WHERE item_id IN "
                         "(SELECT id FROM agenda_items WHERE meeting_id = ?)", [meeting_id])


def test_approval_dialog_lists_what_is_missing(page, qtbot):
    qtbot.mouseClick(page.approve_button, Qt.LeftButton)
    dialog = page.dialog
    problems = dialog.findChild(QLabel, "approval_problems")
    assert problems is not None and "Circulate" in problems.text()
    assert not dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).isEnabled()
    dialog.reject()


def test_add_an_action_and_move_matters_arising_on(page, qtbot, demo_path):
    page._show_tab(2)
    assert "1 overdue" in page.arising_label.text()
    qtbot.mouseClick(page.add_action_button, Qt.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.text, "Send the results to all candidates")
    dialog.due.setText("2026-07-01")
    click_ok(qtbot, dialog)
    assert read(demo_path, "SELECT owner_text, due, status FROM actions WHERE text = ?",
                ["Send the results to all candidates"]) == [("Secretariat", "2026-07-01", "open")]
    # The overdue action arising from an earlier meeting is done now.
    model = page.arising_model
    late = next(r for r in range(model.rowCount()) if "overdue" in model.index(r, 3).data())
    action_id = model.action_at(late).id
    page.arising_table.selectRow(late)
    page.set_action_status(page.arising_table, "done")
    assert read(demo_path, "SELECT status, closed_on FROM actions WHERE id = ?", [action_id]) == [
        ("done", DEMO_TODAY.isoformat())]
    assert "overdue" not in page.arising_label.text()


def test_action_dialog_says_what_is_missing_on_the_field(page, qtbot):
    qtbot.mouseClick(page.add_action_button, Qt.LeftButton)
    dialog = page.dialog
    dialog.due.setText("next week")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.fields.errors["text"].isVisible() and dialog.fields.errors["due"].isVisible()
    assert "YYYY-MM-DD" in dialog.fields.errors["due"].text()
    dialog.reject()


def test_guest_added_and_counted_apart(page, qtbot, demo_path):
    page._show_tab(0)
    present = page.quorum_label.text()
    qtbot.mouseClick(page.add_guest_button, Qt.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, "Visiting Researcher")
    qtbot.keyClicks(dialog.organisation, "Policy Institute")
    dialog.publish.setChecked(False)
    click_ok(qtbot, dialog)
    assert read(demo_path, "SELECT kind, presence, publish_name FROM attendance WHERE name = ?",
                ["Visiting Researcher"]) == [("guest", "in_person", 0)]
    assert page.quorum_label.text() == present


def test_export_minutes_in_the_worker(page, qtbot, tmp_path):
    job = page.start_export("minutes", "members", ["pdf"], tmp_path / "out")
    with qtbot.waitSignal(job.ended, timeout=30000):
        pass
    [path] = page.last_export
    text = "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert "Minutes:" in text and "DRAFT" in text
    assert "Wrote" in page.message.text()


def test_public_export_of_a_draft_is_refused_before_any_work(page, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("msf_desk.ui.pages.minutes.show_error", lambda parent, exc, title="": shown.append(exc))
    assert page.start_export("minutes", "public", ["pdf"], tmp_path / "out") is None
    assert "only approved minutes are published" in str(shown[0])
    assert not (tmp_path / "out").exists()


def test_locked_minutes_show_the_frozen_verdict(page, qtbot):
    locked = next(m.id for m in page.meetings if core.is_locked(page.db, m.id)
                  and core.decisions_of(page.db, m.id))
    page.select_meeting(locked)
    assert page.lock_banner.isVisible()
    decision = core.decisions_of(page.db, locked)[0]
    page.item_id = decision.item_id
    page._show_item()
    assert page.verdict_label.text() == decision.verdict_text
    assert not page.rule.isEnabled() and page.discussion.isReadOnly()
    assert page.amend_button.isEnabled()


def test_start_minutes_for_a_meeting_held_today_and_undo(page, qtbot, demo_path):
    import datetime as dt

    from msf_desk.core import meetings
    from msf_desk.model.meetings import Meeting

    today = meetings.add_meeting(page.db, Meeting.at("Working group on the repository", DEMO_TODAY,
                                                     dt.time(9), dt.time(10), "Europe/Paris", kind="working_group"))
    page.reload()
    assert page.select_meeting(today.id)
    assert page.start_button.isVisible() and not page.attendance_table.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    assert read(demo_path, "SELECT status FROM minutes WHERE meeting_id = ?", [today.id]) == [("draft",)]
    assert page.attendance_model.rowCount() > 15 and page.attendance_table.hasFocus()
    page.session.undo_stack.undo()
    assert read(demo_path, "SELECT count(*) FROM minutes WHERE meeting_id = ?", [today.id]) == [(0,)]


def test_text_typed_just_before_closing_is_saved(qtbot, demo_db, demo_path, qsettings):
    from msf_desk.ui.main_window import MainWindow

    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.open_path(demo_path)
    page = window.show_page("minutes")
    page.set_today(DEMO_TODAY)
    window.show()
    qtbot.waitExposed(window)
    page._show_tab(1)
    item_id = page.item_id
    qtbot.keyClicks(page.discussion, "Last words before closing")
    window.close()  # well within the autosave pause
    assert read(demo_path, "SELECT discussion FROM item_minutes WHERE item_id = ?", [item_id]) == [
        ("Last words before closing",)]


def test_the_conflicts_tab_shows_the_item_conflict_and_records_a_recusal(page, qtbot):
    from msf_desk.core.conflicts import conflicts_for_meeting
    from msf_desk.core.meetings import list_meetings

    # A held meeting whose minutes are still open, with a potential conflict not yet handled.
    target = None
    for meeting in list_meetings(page.db):
        minutes = minutes_reads.get_minutes(page.db, meeting.id)
        if minutes is not None and minutes.status in ("approved", "published"):
            continue
        open_conflicts = [c for c in conflicts_for_meeting(page.db, meeting.id) if not c.recused and not c.waived]
        if open_conflicts:
            target = (meeting.id, open_conflicts[0])
            break
    assert target is not None, "the demo has an unhandled conflict on open minutes"
    meeting_id, conflict = target
    assert page.select_meeting(meeting_id)
    row = next(r for r in range(page.items_model.rowCount()) if page.items_model.item_id_at(r) == conflict.item_id)
    page.items_table.selectRow(row)
    qtbot.waitUntil(lambda: page.conflicts.item_id == conflict.item_id)
    page.item_tabs.setCurrentWidget(page.conflicts)
    assert "potential conflict" in page.conflicts.summary.text()
    assert [c.member_id for c in page.conflicts.model.rows] == [conflict.member_id]
    # Record the recusal from the minutes page: the database has it and the row says so.
    page.conflicts.table.selectRow(0)
    qtbot.keyClicks(page.conflicts.note, "Left the room for the item")
    qtbot.mouseClick(page.conflicts.recuse_button, Qt.LeftButton)
    rows = read(page.session.path,
                "SELECT kind, note FROM item_declarations WHERE item_id = ? AND member_id = ?",
                (conflict.item_id, page.conflicts.model.rows[0].member_id))
    assert ("recusal", "Left the room for the item") in rows
    qtbot.waitUntil(lambda: page.conflicts.model.rows[0].recused)


def test_approval_dialog_offers_only_held_forum_meetings_newest_first(page, qtbot, demo_path):
    """March's minutes, on 15 June: after March came a postponed working group, an open
    meeting, the extraordinary meeting (held), and planned meetings. Only the held forum
    meeting may approve them; a meeting two weeks ahead is never offered."""
    march = read(demo_path, "SELECT id FROM meetings WHERE title = 'Forum meeting, March 2026'")[0][0]
    extraordinary = read(demo_path, "SELECT id FROM meetings WHERE kind = 'extraordinary'")[0][0]
    assert page.select_meeting(march)
    qtbot.mouseClick(page.approve_button, Qt.LeftButton)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    offered = [dialog.meeting.itemData(i) for i in range(dialog.meeting.count())]
    assert offered == [extraordinary]
    dialog.reject()
    # Record the June meeting as held (on 30 June): offered first, newest first.
    june = read(demo_path, "SELECT id FROM meetings WHERE title = 'Forum meeting, June 2026'")[0][0]
    meetings.set_status(page.db, june, "held", today=dt.date(2026, 6, 30))
    assert core.approval_meetings(page.db, march, today=dt.date(2026, 6, 15)) == [
        meetings.get_meeting(page.db, extraordinary)]
    assert [m.id for m in core.approval_meetings(page.db, march, today=dt.date(2026, 6, 30))] == [
        june, extraordinary]
