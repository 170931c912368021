"""Importing a platform's export through the window (dropped on the page, previewed as stored)
and answering many contributions at once, with real clicks."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from msf_desk.core import responses as core
from msf_desk.store import responses as store
from msf_desk.ui.dialogs.imports import ImportPreviewDialog
from msf_desk.ui.dialogs.responses import AnswerManyDialog
from tests.ui.test_responses_page import (  # noqa: F401  (fixtures)
    choose, click_import, click_ok, page, preview_cells, session, when_modal)

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
from test_platform_imports import decidim_028_file  # noqa: E402


def drop(page, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPoint(20, 20), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(page, dropped)


def test_a_dropped_decidim_export_is_previewed_as_stored_then_imported_and_undone(qtbot, page, session,
                                                                                  tmp_path):
    cons = choose(page, "draft_plan")
    before = len(store.contributions_of(page.db, cons.id))
    seen = {}

    def check(dialog: ImportPreviewDialog):
        seen["rows"] = preview_cells(dialog)
        seen["summary"] = dialog.findChild(QLabel, "summary").text()
        seen["unused"] = dialog.findChild(QLabel, "unused").text()
        click_import(qtbot, dialog)

    when_modal(qtbot, ImportPreviewDialog, check)
    with qtbot.waitSignal(page.job_done, timeout=15000) as done:
        drop(page, decidim_028_file(tmp_path))
    assert "Decidim proposals export" in seen["summary"]
    first = seen["rows"][0]
    assert first["Text"].startswith("Publish every contract") and first["Theme"] == "Open contracting"
    assert first["Votes for"] == "42" and first["Outcome"] == "Included" and first["Source id"] == "proposal/101"
    assert "comments" in seen["unused"]
    assert done.args[0].added == 5
    assert len(store.contributions_of(page.db, cons.id)) == before + 5
    assert session.undo_stack.undoText().startswith("import 5 contributions")
    session.undo_stack.undo()
    assert len(store.contributions_of(page.db, cons.id)) == before


def test_answer_all_in_a_theme_then_selected_rows_with_a_reused_reason(qtbot, page, session):
    cons = choose(page, "draft_plan")
    theme = "Budget transparency"
    everyone = [c for c in store.contributions_of(page.db, cons.id) if c.theme == theme]
    in_theme = [c for c in everyone if not c.response.final]     # answers given before are kept
    assert 0 < len(in_theme) < len(everyone)
    page.tabs.setCurrentIndex(0)
    assert page.select_contribution(in_theme[0].id)
    seen = {}

    def fill(dialog: AnswerManyDialog):
        seen["title"] = dialog.windowTitle()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("deferred"))
        qtbot.keyClicks(dialog.reason.lineEdit(), "Taken up in the next action plan.")
        qtbot.keyClicks(dialog.decided_by, "Steering group")
        click_ok(qtbot, dialog)

    menu = page.answer_many_button.menu()
    when_modal(qtbot, AnswerManyDialog, fill)
    page.answer_theme_action.trigger()
    n = len(in_theme)
    assert seen["title"] == f"Answer {n} contribution{'s' if n != 1 else ''} at once"
    answered = [core.get_contribution(page.db, c.id) for c in in_theme]
    assert all(c.response.outcome == "deferred" and c.response.decided_by == "Steering group" for c in answered)
    assert f"Answered {n} contribution{'s' if n != 1 else ''}:" in page.notice.text()
    assert session.undo_stack.undoText() == f"answer {n} contribution{'s' if n != 1 else ''}: Deferred to a later plan"
    assert isinstance(menu, QMenu)
    assert all(core.get_contribution(page.db, c.id).response == c.response for c in everyone if c not in in_theme)

    # Two rows chosen with real clicks (click, then Ctrl+click); the reason given before is offered.
    others = [c for c in store.contributions_of(page.db, cons.id) if c.theme != theme][:2]
    rows = [page.model.row_of(c.id) for c in others]
    rect = page.table.visualRect(page.model.index(rows[0], 1))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    page.table.scrollTo(page.model.index(rows[1], 1))
    rect = page.table.visualRect(page.model.index(rows[1], 1))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, Qt.ControlModifier, rect.center())
    assert sorted(page.selected_ids()) == sorted(c.id for c in others)

    def reuse(dialog: AnswerManyDialog):
        seen["reasons"] = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("out_of_scope"))
        dialog.reason.setCurrentIndex(dialog.reason.findText("Taken up in the next action plan."))
        click_ok(qtbot, dialog)

    before = {c.id: core.get_contribution(page.db, c.id).response for c in others}
    when_modal(qtbot, AnswerManyDialog, reuse)
    page.answer_selected_action.trigger()
    assert "Taken up in the next action plan." in seen["reasons"]
    assert all(core.get_contribution(page.db, c.id).response.outcome == "out_of_scope" for c in others)
    session.undo_stack.undo()
    assert {c.id: core.get_contribution(page.db, c.id).response for c in others} == before
    session.undo_stack.undo()
    assert all(core.get_contribution(page.db, c.id).response == c.response for c in in_theme)


def test_answer_many_refuses_an_empty_reason_on_the_field(qtbot, page):
    cons = choose(page, "draft_plan")
    target = store.contributions_of(page.db, cons.id)[0]
    assert page.select_contribution(target.id)
    dialog, ids = page.answer_many_dialog("selected")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("included"))
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and ids == [target.id]
    assert "reason is required" in dialog.findChild(QLabel, "error_reason").text()


def _files(tmp_path):
    import test_platform_imports as t

    yield "Decidim proposals export (0.30", 2, t.decidim_csv(tmp_path / "open-data.csv", [
        t.proposal_030(201, title={"en": "Open data"}, body={"en": "Publish datasets."}, state="accepted",
                       answer={"en": "Done."}, votes=12, taxonomies=[{"en": "Transparency"}],
                       answered_at="2026-05-20T10:00:00.000Z", published="2026-05-13T10:00:00.000Z"),
        t.proposal_030(202, title={"ca": "Només en català"}, body={"ca": "Cos."}, published="2026-05-14T10:00:00.000Z",
                       withdrawn_at="2026-05-15T12:00:00.000Z")], sep=",")
    yield "Decidim comments export", 1, t.decidim_csv(tmp_path / "comments.csv", [
        {"id": 900, "created_at": "2026-05-15 22:10:00 UTC", "body": "I agree.", "locale": "en",
         "author": {"id": 7, "name": "Marc Puig"}, "alignment": 1, "depth": 0,
         "user_group": {"id": None, "name": {"en": ""}}, "commentable_id": 201,
         "commentable_type": "Decidim::Proposals::Proposal", "root_commentable_url": "https://x/proposals/201"}])
    yield "OpenSlides 3 motions export", 1, t.plain_csv(tmp_path / "os3.csv", [
        "Identifier", "Submitters", "Supporters", "Title", "Text", "Reason", "Category", "Tags", "Motion block",
        "Origin", "Recommendation", "State", "ID"],
        [["A1", "Youth Council", "Ana", "Lower the voting age", "<p>From 16.</p>", "", "Elections", "", "", "", "",
          "accepted", "17"]])
    yield "OpenSlides 4 motions export", 1, t.plain_csv(tmp_path / "os4.csv", [
        "Number", "Submitter full names", "Supporter full names", "Submitter usernames", "Supporter usernames",
        "Title", "Text", "Reason", "Category name", "Category_prefix", "Tags", "Motion block", "Recommendation",
        "State", "Sequential number", "Amendment status"],
        [["B1", "Lina Haddad", "", "lina", "", "Open the registers", "<p>All.</p>", "", "Registers", "R", "", "", "",
          "rejected", "4", ""]], sep=";")
    yield "CONSUL Democracy comments export", 1, t.plain_csv(tmp_path / "consul.csv", [
        "id", "commentable_id", "commentable_type", "body", "subject", "user_id", "created_at", "cached_votes_up",
        "cached_votes_down", "ancestry"],
        [["31", "5", "Legislation::Question", "More bike lanes.", "", "12", "2026-05-13 10:00:00 +0100", "7", "2", ""]])
    yield "Microsoft Forms responses", 1, t.plain_csv(tmp_path / "forms.csv", [
        "ID", "Start time", "Completion time", "Email", "Name", "What should the plan change?"],
        [["1", "5/13/26 10:00:00", "5/13/26 10:05:00", "ana@example.org", "Ana", "More data"]])


def test_every_platform_export_imports_through_the_window(qtbot, page, session, tmp_path):
    cons = choose(page, "draft_plan")
    for layout, added, path in _files(tmp_path):
        seen = {}

        def accept(dialog: ImportPreviewDialog, seen=seen):
            seen["summary"] = dialog.findChild(QLabel, "summary").text()
            seen["rows"] = preview_cells(dialog)
            click_import(qtbot, dialog)

        when_modal(qtbot, ImportPreviewDialog, accept)
        with qtbot.waitSignal(page.job_done, timeout=15000) as done:
            page.start_import(str(path), cons.id)
        assert layout in seen["summary"], path.name
        assert done.args[0].added == added and seen["rows"][0]["Text"], path.name
    comment = next(c for c in store.contributions_of(page.db, cons.id) if c.source_id == "comment/900")
    proposal = next(c for c in store.contributions_of(page.db, cons.id) if c.source_id == "proposal/201")
    assert store.linked_to(page.db, proposal.id) == [(comment.id, "related")]
    withdrawn = next(c for c in store.contributions_of(page.db, cons.id) if c.source_id == "proposal/202")
    page.search.clear()
    assert page.select_contribution(withdrawn.id)
    detail = page.detail.toPlainText()
    assert "Withdrawn by its author on 15 May 2026" in detail and "Imported from decidim: proposal/202" in detail
    row = page.model.row_of(withdrawn.id)
    outcome = page.model.index(row, page.model.OUTCOME)
    assert outcome.data() == "Withdrawn" and outcome.data(Qt.BackgroundRole) is None
