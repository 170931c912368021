"""The Meetings page driven like a user: keyboard and drag reorder, dialogs, exports in a worker."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QDate, QModelIndex, QRunnable, Qt, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from msf_desk.core import agendas, meetings, papers
from msf_desk.ui.models.meetings import AgendaModel
from msf_desk.ui.pages.meetings import MeetingsPage
from msf_desk.core.audience.pack import pack_for

from tests.conftest import DEMO_TODAY
from msf_desk.model.meetings import AgendaItem


@pytest.fixture
def page(demo_page):
    return demo_page(MeetingsPage, 1200, 800)


def ready_meeting(page):
    return next(m for m in page.meetings if m.agenda_status == "approved")


def times(page) -> list[tuple[str, str]]:
    model = page.agenda_model
    return [(model.index(r, AgendaModel.TIME).data(), model.index(r, AgendaModel.TITLE).data())
            for r in range(model.rowCount())]


def save(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    qtbot.mouseClick(button, Qt.LeftButton)


def test_banner_shows_next_meeting_late_notice_and_the_gap(page):
    text = page.banner.text()
    assert "Next meeting:" in text and "Working group on the self-assessment" in text
    assert "has not been sent" in text and "Regularity:" in text and "more than 3 months" in text
    # Meeting days are painted in the month view; the late one in amber.
    late = next(w.meeting for w in page.overdue)
    fmt = page.calendar.dateTextFormat(QDate(late.day.year, late.day.month, late.day.day))
    assert fmt.background().color().name() == "#fde7b0"
    assert page.current_id == late.id  # the next meeting is shown first


def test_keyboard_reorder_recomputes_times_and_undo_restores_approval(page, qtbot):
    meeting = ready_meeting(page)
    page.select_meeting(meeting.id)
    before = times(page)
    assert before[4] == ("4:35pm", "Action Plan co-creation: themes from the consultation")
    assert before[5] == ("5:15pm", "Budget transparency commitment: milestones and delays")
    page.agenda_table.setFocus()
    page.agenda_table.selectRow(4)
    qtbot.keyClick(page.agenda_table, Qt.Key_Down, Qt.AltModifier)
    after = times(page)
    assert after[4] == ("4:35pm", "Budget transparency commitment: milestones and delays")
    assert after[5] == ("5:05pm", "Action Plan co-creation: themes from the consultation")
    assert [i.title for i in agendas.items_of(page.db, meeting.id)][4:6] == [after[4][1], after[5][1]]
    assert page.editor.selected_item_row() == 5  # the moved item stays selected
    # The co-chairs approved another order: the agenda is a draft again.
    assert meetings.get_meeting(page.db, meeting.id).agenda_status == "draft"
    assert "Draft agenda" in page.editor.approval.text()
    qtbot.keyClick(page.agenda_table, Qt.Key_Up, Qt.ControlModifier)
    assert times(page) == before
    page.session.undo_stack.undo()
    page.session.undo_stack.undo()
    assert times(page) == before
    assert meetings.get_meeting(page.db, meeting.id).agenda_status == "approved"
    assert len(agendas.approval_status(page.db, meeting.id, on=DEMO_TODAY)["approved"]) == 2


def test_a_drop_moves_the_dragged_item(page):
    meeting = ready_meeting(page)
    page.select_meeting(meeting.id)
    model = page.agenda_model
    last = model.rowCount() - 1
    dragged = model.mimeData([model.index(last, 0)])  # any other business
    assert model.canDropMimeData(dragged, Qt.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(dragged, Qt.MoveAction, 0, 0, QModelIndex())
    assert times(page)[0] == ("4pm", "Any other business")
    assert times(page)[1] == ("4:10pm", "Welcome and introductions")


def test_editing_a_duration_past_the_end_warns(page, qtbot):
    meeting = ready_meeting(page)
    page.select_meeting(meeting.id)
    page.agenda_table.selectRow(4)
    page.edit_item()
    dialog = page.dialog
    dialog.duration.setValue(90)  # 50 minutes more than before, and the coffee break fills the spare time
    save(qtbot, dialog)
    assert "50 minutes past the meeting's end (7pm)" in page.editor.timing.text()
    last = page.agenda_model.index(page.agenda_model.rowCount() - 1, 0)
    assert last.data(Qt.BackgroundRole) is not None


def test_meeting_dialog_shows_problems_on_the_fields(page, qtbot):
    page.new_meeting()
    dialog = page.dialog
    dialog.title.clear()
    dialog.timezone.setText("Mars/Olympus")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.fields.errors["title"].isVisible() and "needs a title" in dialog.fields.errors["title"].text()
    assert "Mars/Olympus" in dialog.fields.errors["timezone"].text()
    dialog.title.setText("Working group on procurement")
    dialog.timezone.setText("Europe/Paris")
    dialog.day.set_date(dt.date(2026, 7, 7))
    save(qtbot, dialog)
    created = page.current()
    assert created.title == "Working group on procurement" and created.day == dt.date(2026, 7, 7)
    assert [i.standing for i in agendas.items_of(page.db, created.id)][0] == "welcome"


def test_pack_export_runs_in_a_worker(page, qtbot, tmp_path):
    meeting = ready_meeting(page)
    job = page.start_pack_export(meeting.id, "public", ["docx", "pdf"], tmp_path / "out")
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".docx", ".pdf"]
    assert "Wrote" in page.message.text()


def test_a_cancelled_export_writes_nothing(page, qtbot, tmp_path):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()

    class Blocker(QRunnable):
        def run(self) -> None:
            gate.wait(10)

    blocker = Blocker()
    pool.start(blocker)  # the export waits in the queue behind it
    meeting = ready_meeting(page)
    from msf_desk.exports.packs import export_pack
    from msf_desk.ui.workers import ExportJob

    pack = pack_for(page.db, meeting.id, "members")
    job = ExportJob(page, "Writing…", lambda progress: export_pack(pack, tmp_path / "out", ["docx", "pdf"], progress),
                    pool=pool)
    dialog = page.export_pack()           # the one export dialog, showing this job
    dialog.watch(job)
    job.start()
    qtbot.waitUntil(dialog.cancel_button.isVisible)
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)  # the user presses Cancel
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        gate.set()
    pool.waitForDone(10000)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_plan_dialog_creates_the_kept_meetings_and_undo_takes_them_back(page, qtbot):
    before = len(page.meetings)
    page.plan_year()
    dialog = page.dialog
    dialog.year.setValue(2027)
    model = dialog.model
    assert model.rowCount() >= 2 and "no gap" in dialog.check.text()
    model.setData(model.index(0, model.KEEP), Qt.Unchecked, Qt.CheckStateRole)
    assert "more than 3 months" in dialog.check.text()  # dropping one opens a gap
    model.setData(model.index(0, model.KEEP), Qt.Checked, Qt.CheckStateRole)
    model.setData(model.index(1, model.DATE), "not a date", Qt.EditRole)
    save(qtbot, dialog)
    assert dialog.isVisible() and "not a date" in dialog.check.text()
    model.setData(model.index(1, model.DATE), dialog.proposals[1].day.isoformat(), Qt.EditRole)
    save(qtbot, dialog)
    assert len(page.meetings) == before + model.rowCount()
    page.session.undo_stack.undo()
    assert len(page.meetings) == before


def test_notice_is_recorded_as_sent_and_can_be_undone(page, qtbot):
    meeting = ready_meeting(page)
    page.select_meeting(meeting.id)
    qtbot.mouseClick(page.editor.notice_button, Qt.LeftButton)
    dialog = page.dialog
    text = dialog.text.toPlainText()
    assert text.startswith("Subject: Notice of meeting") and "4:05pm" in text
    save(qtbot, dialog)
    sent = meetings.get_meeting(page.db, meeting.id)
    assert (sent.agenda_status, sent.status, sent.notice_sent_on) == ("sent", "notice_sent", DEMO_TODAY)
    page.session.undo_stack.undo()
    back = meetings.get_meeting(page.db, meeting.id)
    assert (back.agenda_status, back.status) == ("approved", "planned")


def test_a_co_chair_approves_a_draft(page, qtbot):
    draft = next(m for m in page.meetings if m.agenda_status == "draft" and m.day > DEMO_TODAY
                 and m.kind == "regular" and agendas.items_of(page.db, m.id))
    page.select_meeting(draft.id)
    qtbot.mouseClick(page.editor.approve_button, Qt.LeftButton)
    dialog = page.dialog
    name = dialog.chair.currentText()
    save(qtbot, dialog)
    assert name in page.editor.approval.text() and "waiting for" in page.editor.approval.text()


def test_attach_a_file_as_a_paper(page, qtbot, tmp_path):
    meeting = ready_meeting(page)
    page.select_meeting(meeting.id)
    source = tmp_path / "Draft bylaws.txt"
    source.write_text("Draft bylaws")
    page.add_paper(source)
    dialog = page.dialog
    assert dialog.title.text() == "Draft bylaws"
    dialog.disclosure.setCurrentIndex(dialog.disclosure.findData("withheld"))
    save(qtbot, dialog)
    [paper] = [p for p in papers.papers_of(page.db, meeting.id) if p.title == "Draft bylaws"]
    assert paper.disclosure == "withheld" and (page.files_dir() / paper.stored_path).read_text() == "Draft bylaws"
    assert any(page.editor.papers_model.paper_at(r).id == paper.id for r in range(page.editor.papers_model.rowCount()))


def test_conflicts_of_interest_show_while_the_agenda_is_built(page, qtbot):
    from msf_desk.core.conflicts import conflicts_for_meeting

    meeting_id = next(m.id for m in page.meetings if conflicts_for_meeting(page.session.db, m.id))
    page.select_meeting(meeting_id)
    tabs = page.editor.tabs
    index = tabs.indexOf(page.conflicts)
    qtbot.waitUntil(lambda: tabs.tabText(index).startswith("Conflicts of interest ("))
    expected = len(conflicts_for_meeting(page.session.db, meeting_id))
    assert tabs.tabText(index) == f"Conflicts of interest ({expected})"
    assert page.conflicts.model.rowCount() == expected
    assert page.conflicts.record_row.isHidden()  # recusals are recorded in the minutes


def test_an_approved_meeting_cannot_be_edited_from_the_window(page, qtbot):
    """A meeting whose minutes are approved (with papers): Edit, status changes,
    Delete and every agenda and paper edit are off; core refuses in plain words anyway."""
    from msf_desk.core import papers
    from msf_desk.model.errors import UserError

    approved = next(m for m in page.meetings if meetings.is_locked(page.db, m.id)
                    and papers.papers_of(page.db, m.id))
    planned = next(m for m in page.meetings if m.status == "planned")
    assert page.select_meeting(planned.id)
    assert page.edit_action.isEnabled() and page.editor.edit_item_action.isEnabled()
    assert page.select_meeting(approved.id)
    for action in (page.edit_action, page.delete_action, page.held_action, page.cancel_action,
                   page.postpone_action, page.reinstate_action):
        assert not action.isEnabled(), action.text()
    e = page.editor
    for action in (e.add_item_action, e.edit_item_action, e.remove_item_action, e.up_action, e.down_action,
                   e.standing_action, e.copy_action, e.add_paper_action, e.remove_paper_action):
        assert not action.isEnabled(), action.text()
    assert "Minutes approved" in e.header.text()
    # Triggered anyway (a shortcut, a script): core refuses in words, nothing changes.
    import dataclasses

    with pytest.raises(UserError, match="are approved, so this meeting can no longer be changed"):
        meetings.update_meeting(page.db, dataclasses.replace(approved, title="Rewritten"))
    [item, *_] = agendas.items_of(page.db, approved.id)
    with pytest.raises(UserError, match="dated amendment"):
        agendas.update_item(page.db, dataclasses.replace(item, title="Rewritten"))
    with pytest.raises(UserError, match="its agenda"):
        agendas.move_item(page.db, item.id, 3)
    with pytest.raises(UserError, match="approved"):
        meetings.set_status(page.db, approved.id, "cancelled", "typo")
    with pytest.raises(UserError, match="approved"):
        agendas.add_item(page.db, AgendaItem(approved.id, "Slipped in"))
    for paper in papers.papers_of(page.db, approved.id)[:1]:  # there is one (chosen so above)
        with pytest.raises(UserError, match="its papers"):
            papers.update_paper(page.db, dataclasses.replace(paper, title="Rewritten"))
        # Who may read a paper may still change.
        papers.update_paper(page.db, dataclasses.replace(paper, disclosure="confidential"))
        assert papers.get_paper(page.db, paper.id).disclosure == "confidential"
    assert meetings.get_meeting(page.db, approved.id).title == approved.title


def test_copy_agenda_never_offers_a_cancelled_or_postponed_meeting(page, demo_db):
    """Cancelled and postponed meetings are never offered where a meeting is chosen."""
    future = [m for m in page.meetings if m.status == "planned" and m.day > DEMO_TODAY]
    target = future[-1]
    unlocked = [m for m in page.meetings if m.starts_at < target.starts_at and m.status == "planned"
                and not meetings.is_locked(demo_db, m.id)]
    cancelled, postponed = unlocked[-2], unlocked[-1]
    meetings.set_status(demo_db, cancelled.id, "cancelled", "No quorum expected", today=DEMO_TODAY)
    meetings.set_status(demo_db, postponed.id, "postponed", "Moved to next month", today=DEMO_TODAY)
    page.reload()
    assert page.select_meeting(target.id)
    page.copy_agenda()
    dialog = page.dialog
    assert dialog is not None and dialog.objectName() == "copy_agenda_dialog"
    offered = [dialog.source.itemData(i) for i in range(dialog.source.count())]
    assert offered, "earlier held or planned meetings are offered"
    assert cancelled.id not in offered and postponed.id not in offered
    dialog.reject()
