"""The Repository page's "Records for the standards" tab: the OGP website, action plans,
outreach activities and process documents, added, changed and removed with real clicks and
typing, each undone; the check on the first tab follows."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QTimer, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from msf_desk.core import process_documents, standards
from msf_desk.store.db import open_forum
from msf_desk.ui.dialogs.standards import DocumentDialog, OutreachDialog, PlanDialog
from msf_desk.ui.pages.repository import RepositoryPage
from msf_desk.ui.session import ForumSession
from tests.conftest import DEMO_TODAY


@pytest.fixture
def session(demo_path):
    s = ForumSession(open_forum(demo_path), demo_path)
    yield s
    s.close()


@pytest.fixture
def page(qtbot, session):
    p = RepositoryPage(session)
    qtbot.addWidget(p)
    p.resize(1300, 900)
    p.show()
    qtbot.waitExposed(p)
    p.set_today(DEMO_TODAY)
    p.tabs.setCurrentWidget(p.records)
    return p


@pytest.fixture
def bare_page(qtbot, session):
    """The page on the demo without its own process documents (this module adds its own)."""
    for shown in process_documents.list_documents(session.db):
        process_documents.remove_document(session.db, shown.id)
    p = RepositoryPage(session)
    qtbot.addWidget(p)
    p.resize(1300, 900)
    p.show()
    qtbot.waitExposed(p)
    p.set_today(DEMO_TODAY)
    p.tabs.setCurrentWidget(p.records)
    return p


def requirement(page, number: str):
    return next(i for i in page.assessment.result("2021").requirements if i.number == number)


def fill(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_website_typed_saved_and_undone(page, qtbot, session):
    records = page.records
    before = standards.get_website(session.db)
    fill(qtbot, records.website, "https://open.example.gov/ogp")
    qtbot.mouseClick(records.website_button, Qt.LeftButton)
    assert standards.get_website(session.db) == "https://open.example.gov/ogp"
    assert "https://open.example.gov/ogp" in " ".join(requirement(page, "2.1").evidence)
    session.undo_stack.undo()
    assert standards.get_website(session.db) == before and records.website.text() == before
    fill(qtbot, records.website, "open.example.gov")  # not a web address: said in words, nothing saved
    QTimer.singleShot(0, lambda: _close_message(qtbot))
    qtbot.mouseClick(records.website_button, Qt.LeftButton)
    assert standards.get_website(session.db) == before


def _close_message(qtbot):
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "not a web address" in box.text() + box.informativeText()
    box.accept()


def test_an_action_plan_added_through_its_dialog_counts_then_undo(page, qtbot, session):
    records = page.records
    count = len(standards.list_plans(session.db))
    qtbot.mouseClick(records.buttons["plans_add"], Qt.LeftButton)
    dialog = records.dialog
    assert isinstance(dialog, PlanDialog)
    fill(qtbot, dialog.name, "Sixth National Action Plan")
    fill(qtbot, dialog.fields.widgets["cocreation_starts"], "2026-07-01")
    fill(qtbot, dialog.fields.widgets["cocreation_ends"], "2026-06-01")  # before it starts: refused by core
    fill(qtbot, dialog.fields.widgets["timeline_published_on"], "2026-06-10")
    fill(qtbot, dialog.url, "https://open.example.gov/timeline")
    QTimer.singleShot(0, lambda: _accept_error(qtbot, "before it starts"))
    dialog.accept()
    assert len(standards.list_plans(session.db)) == count
    # Again, right this time.
    qtbot.mouseClick(records.buttons["plans_add"], Qt.LeftButton)
    dialog = records.dialog
    fill(qtbot, dialog.name, "Sixth National Action Plan")
    fill(qtbot, dialog.fields.widgets["cocreation_starts"], "2026-07-01")
    fill(qtbot, dialog.fields.widgets["timeline_published_on"], "2026-06-10")
    dialog.accept()
    plans = standards.list_plans(session.db)
    assert len(plans) == count + 1 and records.plans.model().rowCount() == count + 1
    r31 = requirement(page, "3.1")
    assert "Sixth National Action Plan" in " ".join(r31.evidence) and r31.status == "met"
    session.undo_stack.undo()
    assert len(standards.list_plans(session.db)) == count


def _accept_error(qtbot, words: str):
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert words in box.text() + box.informativeText()
    box.accept()


def test_a_bad_date_is_shown_on_its_field_and_the_dialog_stays(page, qtbot):
    qtbot.mouseClick(page.records.buttons["outreach_add"], Qt.LeftButton)
    dialog = page.records.dialog
    assert isinstance(dialog, OutreachDialog)
    fill(qtbot, dialog.day, "15/03/2026")
    qtbot.keyClicks(dialog.description, "Radio debate")
    dialog.accept()
    assert dialog.isVisible() and "YYYY-MM-DD" in dialog.fields.errors["held_on"].text()
    fill(qtbot, dialog.day, "2026-03-15")
    dialog.accept()
    assert not dialog.isVisible()
    assert any(a.description == "Radio debate" for a in standards.list_outreach(page.session.db))


def test_outreach_changed_and_removed_then_undone(page, qtbot, session):
    records = page.records
    activities = standards.list_outreach(session.db)
    records.outreach.selectRow(0)
    first = records.outreach_model.row_at(records.outreach_proxy.mapToSource(records.outreach.currentIndex()).row())
    qtbot.mouseClick(records.buttons["outreach_edit"], Qt.LeftButton)
    dialog = records.dialog
    dialog.description.clear()
    qtbot.keyClicks(dialog.description, "Town hall in the north")
    dialog.accept()
    assert next(a for a in standards.list_outreach(session.db) if a.id == first.id).description == \
        "Town hall in the north"
    records.outreach.selectRow(0)
    qtbot.mouseClick(records.buttons["outreach_remove"], Qt.LeftButton)
    assert len(standards.list_outreach(session.db)) == len(activities) - 1
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert standards.list_outreach(session.db) == activities


def test_process_document_added_with_its_file_changed_and_removed(bare_page, qtbot, session, tmp_path):
    page = bare_page
    records = page.records
    source = tmp_path / "Fifth plan.pdf"
    source.write_bytes(b"%PDF-1.4 the plan")
    qtbot.mouseClick(records.buttons["documents_add"], Qt.LeftButton)
    dialog = records.dialog
    assert isinstance(dialog, DocumentDialog)
    qtbot.keyClicks(dialog.path, str(tmp_path / "missing.pdf"))
    fill(qtbot, dialog.title, "Fifth National Action Plan")
    fill(qtbot, dialog.day, "2026-01-20")
    fill(qtbot, dialog.language, "English")
    dialog.accept()
    assert dialog.isVisible() and "language tag" in dialog.fields.errors["language"].text()
    fill(qtbot, dialog.language, "fr")
    QTimer.singleShot(0, lambda: _accept_error(qtbot, "There is no file at"))
    dialog.accept()
    assert process_documents.list_documents(session.db) == []
    # With the real file.
    qtbot.mouseClick(records.buttons["documents_add"], Qt.LeftButton)
    dialog = records.dialog
    qtbot.keyClicks(dialog.path, str(source))
    fill(qtbot, dialog.title, "Fifth National Action Plan")
    fill(qtbot, dialog.day, "2026-01-20")
    dialog.kind.setCurrentIndex(dialog.kind.findData("action_plan"))
    dialog.accept()
    [doc] = process_documents.list_documents(session.db)
    assert doc.doc_type == "action_plan" and doc.public and doc.language == "en"
    assert (records.files_dir() / doc.stored_path).read_bytes() == b"%PDF-1.4 the plan"
    assert records.documents.model().index(0, 2).data() == "Fifth National Action Plan"
    # Made forum-only through the change dialog.
    records.documents.selectRow(0)
    qtbot.mouseClick(records.buttons["documents_edit"], Qt.LeftButton)
    dialog = records.dialog
    qtbot.mouseClick(dialog.public, Qt.LeftButton, pos=QPoint(10, dialog.public.height() // 2))
    dialog.accept()
    assert not process_documents.get_document(session.db, doc.id).public
    assert records.documents.model().index(0, 4).data() == "No (forum only)"
    records.documents.selectRow(0)
    qtbot.mouseClick(records.buttons["documents_remove"], Qt.LeftButton)
    assert process_documents.list_documents(session.db) == []
    assert "no longer publishes it" in page.message.text()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert process_documents.list_documents(session.db) == [doc]
