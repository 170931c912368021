"""The board book in the window: breaks, a meeting's objective, tabled and revised papers, and the
pack exported with the papers bound in, driven like a user on the demo forum."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton

from msf_desk.core import agendas, meetings, papers
from msf_desk.ui.models.meetings import AgendaModel, PapersModel
from msf_desk.ui.pages.meetings import MeetingsPage

from tests.board_helpers import make_pdf


@pytest.fixture
def page(demo_page):
    return demo_page(MeetingsPage, 1300, 850)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)


def click_action(qtbot, bar, action) -> None:
    button = next(b for b in bar.findChildren(QToolButton) if b.defaultAction() is action)
    qtbot.mouseClick(button, Qt.LeftButton)


def next_meeting(page):
    return next(m for m in page.meetings if m.agenda_status == "approved")


def rows(page) -> list[tuple[str, str, str]]:
    model = page.agenda_model
    return [(model.index(r, AgendaModel.NUMBER).data(), model.index(r, AgendaModel.TITLE).data(),
             model.index(r, AgendaModel.PURPOSE).data()) for r in range(model.rowCount())]


def test_the_demo_meeting_has_a_break_an_objective_and_tabled_and_revised_papers(page):
    m = next_meeting(page)
    page.select_meeting(m.id)
    assert "Objective: Agree the themes" in page.editor.header.text()
    coffee = next(r for r in rows(page) if r[1] == "Coffee")
    assert coffee[0] == "" and coffee[2] == "Break"
    numbers = [int(n) for n, _, _ in rows(page) if n]
    assert numbers == list(range(1, len(numbers) + 1))  # the break takes no number
    model = page.editor.papers_model
    shown = {model.index(r, PapersModel.TITLE).data(): model.index(r, PapersModel.SOURCE).data()
             for r in range(model.rowCount())}
    assert shown["List of organisations endorsing the themes"] == "Tabled at the meeting"
    assert shown["Consultation summary: contributions by theme"] == "Version 2: consultation-summary-v2.pdf"


def test_add_a_break_from_the_toolbar_and_undo(page, qtbot):
    m = next(m for m in page.meetings if m.is_open and m.agenda_status == "draft" and
             agendas.items_of(page.db, m.id))
    page.select_meeting(m.id)
    page.agenda_table.selectRow(0)
    before = rows(page)
    click_action(qtbot, page.editor.agenda_bar, page.board.break_action)
    dialog = page.dialog
    assert dialog.is_break.isChecked() and not dialog.purpose.isEnabled() and not dialog.draft_decision.isEnabled()
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Lunch")
    save(qtbot, dialog)
    after = rows(page)
    assert after[1] == ("", "Lunch", "Break")  # after the selected item, no number
    assert [n for n, _, _ in after if n] == [n for n, _, _ in before]  # the items keep their numbers
    page.session.undo_stack.undo()
    assert rows(page) == before


def test_a_tabled_paper_needs_no_file(page, qtbot):
    m = next(m for m in page.meetings if m.is_open and m.agenda_status == "draft")
    page.select_meeting(m.id)
    page.add_paper()
    dialog = page.dialog
    qtbot.keyClicks(dialog.title, "Updated infographic")
    save(qtbot, dialog)
    assert page.dialog is dialog  # refused: no file, no reference, not tabled
    qtbot.mouseClick(dialog.tabled, Qt.LeftButton)
    save(qtbot, dialog)
    [paper] = [p for p in papers.papers_of(page.db, m.id) if p.title == "Updated infographic"]
    assert paper.tabled and not paper.stored_path


def test_a_new_version_of_a_paper_and_undo(page, qtbot, tmp_path):
    m = next(m for m in page.meetings if m.is_open and m.agenda_status == "draft")
    page.select_meeting(m.id)
    page.add_paper(make_pdf(tmp_path / "terms.pdf", "Terms of reference, first draft"))
    save(qtbot, page.dialog)
    paper = next(p for p in papers.papers_of(page.db, m.id) if p.title == "terms")
    model = page.editor.papers_model
    row = next(r for r in range(model.rowCount()) if model.paper_at(r).id == paper.id)
    page.editor.papers_table.selectRow(row)
    assert page.board.revise_action.isEnabled()
    assert page.board.revise_paper(make_pdf(tmp_path / "terms-v2.pdf", "Terms of reference, second draft"))
    revised = papers.get_paper(page.db, paper.id)
    assert revised.version == 2 and revised.sha256 != paper.sha256
    [earlier] = papers.versions_of(page.db, paper.id)
    assert earlier.sha256 == paper.sha256 and (page.files_dir() / earlier.stored_path).is_file()
    assert model.index(row, PapersModel.SOURCE).data() == "Version 2: terms-v2.pdf"
    page.session.undo_stack.undo()
    assert papers.get_paper(page.db, paper.id) == paper and papers.versions_of(page.db, paper.id) == []


def test_the_objective_is_typed_in_the_meeting_dialog(page, qtbot):
    m = next(m for m in page.meetings if m.is_open and m.agenda_status == "draft")
    page.select_meeting(m.id)
    page.edit_meeting()
    dialog = page.dialog
    qtbot.keyClicks(dialog.objective, "Agree the terms of reference.")
    save(qtbot, dialog)
    assert meetings.get_meeting(page.db, m.id).objective == "Agree the terms of reference."
    assert "Objective: Agree the terms of reference." in page.editor.header.text()


def test_export_the_board_book_from_the_window(page, qtbot, tmp_path):
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    m = next_meeting(page)
    page.select_meeting(m.id)
    qtbot.mouseClick(page.editor.export_button, Qt.LeftButton)
    dialog = page.export_dialog
    qtbot.mouseClick(dialog.findChild(QCheckBox, "format_docx"), Qt.LeftButton)  # the PDF only
    qtbot.mouseClick(dialog.findChild(QCheckBox, "option_with_papers"), Qt.LeftButton)
    qtbot.mouseClick(dialog.findChild(QRadioButton, "audience_public"), Qt.LeftButton)
    dialog.folder.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    with qtbot.waitSignal(dialog.job.finished, timeout=60000):
        pass
    [book] = list((tmp_path / "out").iterdir())
    reader = PdfReader(book)
    labels = list(reader.page_labels)
    assert labels[-3:] == ["P1-1", "P1-2", "P1-3"]  # the revised consultation summary, 3 pages
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[0] == "Meeting pack" and "5. Action Plan co-creation: themes from the consultation" in titles
    text = " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())
    assert "Not included: tabled: to be distributed at the meeting" in text
    assert "WITHHELD DRAFT" not in text


def test_the_paper_dialog_lists_every_version_circulated_and_opens_an_earlier_one(page, qtbot):
    import hashlib

    from msf_desk.ui.widgets.paper_versions import VersionsModel

    m = next_meeting(page)
    page.select_meeting(m.id)
    model = page.editor.papers_model
    row = next(r for r in range(model.rowCount())
               if model.paper_at(r).title == "Consultation summary: contributions by theme")
    table = page.editor.papers_table
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(model.index(row, PapersModel.TITLE)).center())
    paper = model.paper_at(row)
    page.edit_paper()
    dialog = page.dialog
    box = dialog.versions
    assert box is not None and box.isVisible()
    versions = box.model
    cells = [[versions.index(r, c).data() for c in range(versions.columnCount())] for r in range(versions.rowCount())]
    assert [c[VersionsModel.VERSION] for c in cells] == ["1", "2 (current)"]
    assert cells[1][VersionsModel.FILE] == "consultation-summary-v2.pdf"
    assert cells[1][VersionsModel.REPLACED] == "still current"
    [earlier] = papers.versions_of(page.db, paper.id)
    assert cells[0][VersionsModel.FILE] == earlier.file_name and cells[0][VersionsModel.REPLACED]
    assert box.table.horizontalScrollBar().maximum() == 0            # the file names have the width
    # Choose the first version and open it: the file the forum circulated then, from its storage.
    opened = []
    box.opener = lambda path: opened.append(path) or True
    qtbot.mouseClick(box.table.viewport(), Qt.LeftButton,
                     pos=box.table.visualRect(versions.index(0, VersionsModel.FILE)).center())
    qtbot.mouseClick(box.open_button, Qt.LeftButton)
    assert len(opened) == 1 and opened[0].is_file()
    assert hashlib.sha256(opened[0].read_bytes()).hexdigest() == earlier.sha256 != paper.sha256
    # A version whose file has gone from the storage folder is refused in words.
    opened[0].unlink()
    qtbot.mouseClick(box.open_button, Qt.LeftButton)
    assert len(opened) == 1
    assert "Version 1 of the paper “Consultation summary: contributions by theme”" in box.error.text()
    assert "cannot be opened" in box.error.text()
    dialog.reject()


def test_a_paper_with_one_file_shows_it_as_the_current_version(page, qtbot, tmp_path):
    m = next(m for m in page.meetings if m.is_open and m.agenda_status == "draft")
    page.select_meeting(m.id)
    page.add_paper(make_pdf(tmp_path / "budget.pdf", "Budget"))
    save(qtbot, page.dialog)
    model = page.editor.papers_model
    row = next(r for r in range(model.rowCount()) if model.paper_at(r).title == "budget")
    page.editor.papers_table.selectRow(row)
    page.edit_paper()
    box = page.dialog.versions
    assert box.model.rowCount() == 1 and box.model.index(0, 0).data() == "1 (current)"
    assert box.open_button.isEnabled()                      # the current version is chosen
    page.dialog.reject()
