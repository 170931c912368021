"""The Responses page driven as a user would: answer, search, summarise, import, export."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit

from msf_desk.core import responses as core
from msf_desk.core import consultations_due
from msf_desk.store import responses as store
from msf_desk.ui.dialogs.imports import ImportPreviewDialog
from msf_desk.ui.dialogs.responses import AnswerDialog, ColumnMappingDialog
from msf_desk.ui.models.responses import ContributionsModel
from msf_desk.ui.pages.responses import ResponsesPage
from msf_desk.ui.session import ForumSession
from tests.conftest import DEMO_TODAY
from msf_desk.model.responses import Consultation, ContributionFilter


@pytest.fixture
def session(demo_db, demo_path):
    s = ForumSession(demo_db, demo_path)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def page(qtbot, session):
    p = ResponsesPage(session)
    qtbot.addWidget(p)
    p.today = DEMO_TODAY
    p.reload()
    p.resize(1300, 800)
    p.show()
    return p


def choose(page, stage: str) -> Consultation:
    c = next(c for c in consultations_due.list_consultations(page.db) if c.stage == stage)
    page.consultation_combo.setCurrentIndex(page.consultation_combo.findData(c.id))
    return c


def click_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.Ok), Qt.LeftButton)


def when_modal(qtbot, cls, action) -> None:
    """Act on a modal dialog of class `cls` as soon as it is shown (exec() blocks the test)."""

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls) and widget.isVisible():
            action(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def summary_counts(page, theme: str) -> dict[str, int]:
    page.tabs.setCurrentIndex(1)
    t = page.summary_model.themes[page.summary_model.row_of(theme)]
    return dict(t.counts)


def test_answer_a_contribution_and_see_the_summary_update(qtbot, page, session):
    choose(page, "draft_plan")
    waiting = [c for c in core.overdue(page.db, DEMO_TODAY)]
    target = next(c for c in waiting if c.theme == "Budget transparency")
    before = summary_counts(page, "Budget transparency")
    page.tabs.setCurrentIndex(0)
    assert page.select_contribution(target.id)

    dialog = page.answer_dialog(page.selected_id())
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("included"))
    qtbot.keyClicks(dialog.reason, "The audit office will check each release before it goes out.")
    qtbot.keyClicks(dialog.commitment, "Budget transparency, milestone 4")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted
    page.save_answer(dialog)

    saved = core.get_contribution(page.db, target.id)
    assert saved.response.outcome == "included" and saved.response.answered_on == DEMO_TODAY
    assert saved.late  # it was overdue
    after = summary_counts(page, "Budget transparency")
    assert after["included"] == before["included"] + 1
    assert after["under_consideration"] == before["under_consideration"] - 1
    page.tabs.setCurrentIndex(2)
    assert target.id not in [page.overdue_model.contribution_id(r) for r in range(page.overdue_model.rowCount())]

    session.undo_stack.undo()
    assert summary_counts(page, "Budget transparency") == before
    assert core.get_contribution(page.db, target.id).response.outcome == "under_consideration"
    session.undo_stack.redo()
    assert summary_counts(page, "Budget transparency") == after


def test_the_reason_is_required_and_shown_on_the_field(qtbot, page):
    choose(page, "self_assessment")
    cid = page.model.contribution_id(0)
    dialog = page.answer_dialog(cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("not_included"))
    dialog.reason.clear()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()  # refused
    error = dialog.findChild(QLabel, "error_reason")
    assert error.isVisible() and "reason is required" in error.text()
    assert not dialog.reason_hint.isVisible()
    # Under consideration needs no reason.
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("under_consideration"))
    assert not error.isVisible()
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted


def test_a_link_to_a_missing_contribution_is_refused_on_the_field(qtbot, page):
    choose(page, "draft_plan")
    dialog = page.answer_dialog(page.model.contribution_id(0))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.link_kind.setCurrentIndex(dialog.link_kind.findData("duplicate_of"))
    dialog.link_target.setValue(999_999)
    click_ok(qtbot, dialog)
    error = dialog.findChild(QLabel, "error_link")
    assert dialog.isVisible() and "no contribution no. 999999" in error.text()


def test_search_as_you_type_waits_for_a_pause_and_combines_with_filters(qtbot, page):
    all_rows = page.model.rowCount()
    qtbot.keyClicks(page.search, "journalists")
    assert page.model.filter.text == ""  # nothing queried while typing
    qtbot.waitUntil(lambda: page.model.filter.text == "journalists", timeout=2000)
    expected = core.search_ids(page.db, ContributionFilter(text="journalists"))
    assert 0 < page.model.rowCount() == len(expected) < all_rows
    for row in range(page.model.rowCount()):
        text = page.model.index(row, ContributionsModel.TEXT).data(Qt.ToolTipRole)
        assert "journalist" in text.lower()
    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("included"))
    expected = core.search_ids(page.db, ContributionFilter(text="journalists", outcome="included"))
    assert page.model.rowCount() == len(expected)
    assert "match the search" in page.count_label.text()
    page.search.clear()
    page.outcome_filter.setCurrentIndex(0)
    page.overdue_only.setChecked(True)
    assert page.model.rowCount() == 2


def test_contributors_without_consent_are_marked(qtbot, page):
    choose(page, "theme_scoping")
    anonymous = next(c for c in store.contributions_of(page.db, page.consultation_id())
                     if not c.publish_name and c.contributor_name)
    assert page.select_contribution(anonymous.id)
    row = page.model.row_of(anonymous.id)
    tip = page.model.index(row, ContributionsModel.FROM).data(Qt.ToolTipRole)
    assert tip.startswith("No consent to publish the name")
    assert "no consent" in page.detail.toPlainText()


def test_write_the_theme_summary_and_undo(qtbot, page, session):
    cons = choose(page, "self_assessment")
    page.tabs.setCurrentIndex(1)
    page.summary_table.selectRow(page.summary_model.row_of("Co-creation process"))
    page.heard_edit.setPlainText("People want the regional workshops in the report.")
    page.did_edit.setPlainText("Added a section on them.")
    qtbot.mouseClick(page.save_summary_button, Qt.LeftButton)
    overview = {t.theme: t for t in core.theme_overview(page.db, cons.id)}
    assert overview["Co-creation process"].response == "Added a section on them."
    row = page.summary_model.row_of("Co-creation process")
    assert page.summary_model.index(row, page.summary_model.columnCount() - 1).data() == "Yes"
    session.undo_stack.undo()
    assert {t.theme: t for t in core.theme_overview(page.db, cons.id)}["Co-creation process"].heard == ""


def test_new_consultation_warns_when_open_too_briefly(qtbot, page, session):
    dialog = page.consultation_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Second draft")
    dialog.stage.setCurrentIndex(dialog.stage.findData("draft_plan"))
    qtbot.keyClicks(dialog.opens_on, "2026-07-01")
    qtbot.keyClicks(dialog.closes_on, "2026-07-08")
    assert dialog.warnings.isVisible() and "2 weeks" in dialog.warnings.text()
    dialog.closes_on.setText("2026-07-20")
    dialog.channel_boxes["email"].setChecked(True)
    assert not dialog.warnings.isVisible()
    click_ok(qtbot, dialog)
    page.save_consultation(dialog.consultation()[0])
    assert page.consultation_combo.currentText().startswith("Second draft")
    session.undo_stack.undo()
    assert page.consultation_combo.findText("Second draft (draft plan)") == -1


def click_import(qtbot, dialog: ImportPreviewDialog) -> None:
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)


def preview_cells(dialog: ImportPreviewDialog) -> list[dict[str, str]]:
    model = dialog.preview_table.model()
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    return [{heads[c]: model.index(r, c).data(Qt.ToolTipRole) for c in range(model.columnCount())}
            for r in range(model.rowCount())]


def test_import_maps_columns_remembers_them_and_can_be_undone(qtbot, page, session, tmp_path):
    cons = choose(page, "self_assessment")
    path = tmp_path / "survey.csv"
    path.write_text("Fecha,Aporte,Eje\n2026-06-10,Falta la lista de asistentes,Co-creation process\n"
                    "2026-06-11,Los datos no son abiertos,Progress on commitments\n", encoding="utf-8")
    before = len(store.contributions_of(page.db, cons.id))
    seen = {}

    def map_columns(dialog: ColumnMappingDialog):
        seen["first"] = dialog.findChild(QLabel, "origin").text()
        for header, field in (("Fecha", "received"), ("Aporte", "text"), ("Eje", "theme")):
            combo = dialog.combos[header]
            combo.setCurrentIndex(combo.findData(field))
        click_ok(qtbot, dialog)
        when_modal(qtbot, ImportPreviewDialog, check_preview)

    def check_preview(dialog: ImportPreviewDialog):
        rows = preview_cells(dialog)
        seen["rows"] = rows
        seen["unused"] = dialog.findChild(QLabel, "unused").text()
        click_import(qtbot, dialog)

    when_modal(qtbot, ColumnMappingDialog, map_columns)
    with qtbot.waitSignal(page.job_done, timeout=10000) as done:
        page.start_import(str(path), cons.id)
    assert "does not recognise this layout with certainty" in seen["first"]
    assert seen["rows"][0]["Text"] == "Falta la lista de asistentes" and seen["rows"][0]["Received"] == "10 Jun 2026"
    assert seen["rows"][1]["Theme"] == "Progress on commitments" and seen["unused"].endswith("none")
    assert done.args[0].added == 2
    assert len(store.contributions_of(page.db, cons.id)) == before + 2
    assert "added 2" in page.notice.text()
    assert page.search.text() == "" and page.model.rowCount() == before + 2

    # Same columns again: the remembered mapping is used; nothing new is added.
    def accept_remembered(dialog: ImportPreviewDialog):
        seen["second"] = dialog.findChild(QLabel, "summary").text()
        click_import(qtbot, dialog)

    when_modal(qtbot, ImportPreviewDialog, accept_remembered)
    with qtbot.waitSignal(page.job_done, timeout=10000) as done:
        page.start_import(str(path), cons.id)
    assert done.args[0].added == 0 and done.args[0].already_imported == 2
    assert "last time" in seen["second"]

    session.undo_stack.undo()
    assert len(store.contributions_of(page.db, cons.id)) == before


def test_a_bad_file_lists_its_problems_in_a_table_and_imports_nothing(qtbot, page, tmp_path):
    cons = choose(page, "self_assessment")
    path = tmp_path / "bad.csv"
    path.write_text("received,text\n2026-06-10,Fine\nyesterday,\n", encoding="utf-8")
    before = len(store.contributions_of(page.db, cons.id))
    listed = {}

    def read_problems(dialog: ImportPreviewDialog):
        model = dialog.problems_table.model()
        listed["rows"] = [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]
        listed["import_enabled"] = dialog.import_button.isEnabled()
        dialog.reject()

    when_modal(qtbot, ImportPreviewDialog, read_problems)
    with qtbot.waitSignal(page.job_done, timeout=10000):
        page.start_import(str(path), cons.id)
    assert ("3", "received", "'yesterday' is not a date in the form YYYY-MM-DD") in listed["rows"]
    assert any(row[:2] == ("3", "text") for row in listed["rows"])
    assert listed["import_enabled"] is False
    assert len(store.contributions_of(page.db, cons.id)) == before


def test_export_runs_in_a_worker_and_reports_the_files(qtbot, page, tmp_path):
    cons = choose(page, "draft_plan")
    with qtbot.waitSignal(page.job_done, timeout=20000) as done:
        page.run_export(cons.id, "public", ["docx", "json"], str(tmp_path))
    paths = done.args[0]
    assert sorted(p.suffix for p in paths) == [".docx", ".json"]
    assert all(p.exists() for p in paths)
    assert "Wrote 2 files" in page.notice.text()


def test_the_table_reads_only_the_rows_it_shows(qtbot, session, page):
    cons = choose(page, "self_assessment")
    due = consultations_due.due_date(DEMO_TODAY, 20).isoformat()
    store.insert_contribution_rows(session.db, (
        {"consultation_id": cons.id, "received_on": DEMO_TODAY.isoformat(), "channel": "email",
         "contributor_name": f"Person {n}", "organisation": "", "contributor_type": "individual",
         "publish_name": 0, "text": f"Comment number {n}", "theme": "Bulk", "section": "", "due_on": due}
        for n in range(5000)))
    session.notify("responses")
    assert page.model.rowCount() > 5000
    qtbot.waitExposed(page)
    page.table.viewport().repaint()
    assert page.model.queries <= 3  # a page or two, not 5,000 rows
    page.table.scrollToBottom()
    page.table.viewport().repaint()
    assert page.model.queries <= 5
    page.model.sort(ContributionsModel.NUMBER, Qt.AscendingOrder)
    first = page.model.index(0, ContributionsModel.NUMBER).data()
    assert int(first) == min(page.model.ids)


def test_record_a_contribution_by_hand_attach_a_letter_and_undo(qtbot, page, session, tmp_path):
    cons = choose(page, "self_assessment")
    dialog = page.contribution_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()  # no text yet
    assert dialog.findChild(QLabel, "error_text").isVisible()
    dialog.received_on.setText("2026-06-12")
    dialog.contributor_name.setText("Rosa Díaz")  # QTest cannot type accented letters
    qtbot.keyClicks(dialog.organisation, "Rural Voices")
    dialog.contributor_type.setCurrentIndex(dialog.contributor_type.findData("civil_society"))
    qtbot.keyClicks(dialog.text, "The report forgets the rural hearings held in March.")
    dialog.theme.setCurrentText("Co-creation process")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted
    page.save_contribution(dialog.contribution()[0])
    new_id = page.selected_id()
    c = core.get_contribution(page.db, new_id)
    assert (c.contributor_name, c.publish_name, c.due_on) == ("Rosa Díaz", False, consultations_due.due_date(
        dt.date(2026, 6, 12), 20))
    assert "public sees “Rural Voices”" in page.detail.toPlainText()

    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 the letter")
    page.attach(new_id, str(letter))
    assert "letter.pdf" in page.detail.toPlainText()
    session.undo_stack.undo()
    assert store.attachments_of(page.db, new_id) == []
    session.undo_stack.undo()
    assert store.get_contribution(page.db, new_id) is None
    session.undo_stack.redo()
    assert store.get_contribution(page.db, new_id).text.startswith("The report forgets")


def test_the_answer_dialog_never_offers_a_cancelled_or_postponed_meeting(qtbot, page):
    from msf_desk.core import meetings

    choose(page, "draft_plan")
    dialog = page.answer_dialog(page.model.contribution_id(0))
    qtbot.addWidget(dialog)
    offered = {dialog.meeting.itemData(i) for i in range(1, dialog.meeting.count())}
    everything = meetings.list_meetings(page.db)
    gone = {m.id for m in everything if m.status in ("cancelled", "postponed")}
    assert gone and not offered & gone
    assert offered == {m.id for m in everything} - gone
    dialog.reject()
