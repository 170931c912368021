"""After the Minutes page's own edits (a decision added, a declaration recorded, typed notes
saved) the page reads its tables, the item's decisions with their verdicts, its declarations and
conflicts again as it reads anything (off the GUI thread when the window runs as `msf-desk` runs
it): the new decision is chosen once shown, what is typed meanwhile stays, and what is shown is
what the same page read on the GUI thread shows."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import minutes as core_minutes

from tests.ui.test_pages_read_chosen import click_item, item_shown, minutes_shown
from tests.ui.test_pages_read_later import filled, table_rows


@pytest.fixture
def window(reading_window):
    return reading_window


def minutes_page(window, qtbot):
    """The Minutes page on a meeting with decisions, its decided item chosen and shown."""
    page, _meeting, decided, _others = minutes_shown(window, qtbot)
    if page.item_id != decided:
        click_item(qtbot, page, decided)
        filled(qtbot, page)
    page._show_tab(1)
    return page


def click_decision(qtbot, page, decision_id: int) -> None:
    row = page.decisions_model.row_of(decision_id)
    index = page.decisions_table.model().index(row, 1)
    qtbot.mouseClick(page.decisions_table.viewport(), Qt.LeftButton, pos=page.decisions_table.visualRect(index).center())


def on_the_gui_thread(window, qtbot, page) -> dict:
    """The same meeting, item and decision, on the same page read on the GUI thread."""
    from msf_desk.ui.pages.minutes import MinutesPage

    here = MinutesPage(window.session)
    qtbot.addWidget(here)
    here.resize(page.size())
    here.show()
    assert here.select_meeting(page.meeting_id)
    click_item(qtbot, here, page.item_id)
    if page.decision_id is not None and here.decision_id != page.decision_id:
        click_decision(qtbot, here, page.decision_id)
    assert (here.item_id, here.decision_id) == (page.item_id, page.decision_id)
    return shown(here)


def shown(page) -> dict:
    return {**item_shown(page), "agenda": table_rows(page.items_table), "quorum": page.quorum_label.text(),
            "selected": [i.row() for i in page.decisions_table.selectionModel().selectedRows()],
            "attendance": table_rows(page.attendance_table), "actions": table_rows(page.actions_table),
            "arising": table_rows(page.arising_table)}


def test_a_decision_added_is_read_off_the_gui_thread_then_chosen(window, qtbot):
    page = minutes_page(window, qtbot)
    before = page.decisions_model.rowCount()
    qtbot.mouseClick(page.add_decision_button, Qt.LeftButton)
    assert page.filling                          # read again off the GUI thread
    added = page.decision_id
    assert added is not None and added not in [d.id for _n, d, _w, _v in page.decisions_model.rows]
    filled(qtbot, page)
    assert page.decisions_model.rowCount() == before + 1
    assert page.decision_id == added and page.decision_text_save.target == added
    assert window.focusWidget() is page.decision_text and page.decision_text.textCursor().hasSelection()
    assert page.conflicts.summary.text() != "" and not page.conflicts.filling   # read with the item
    assert shown(page) == on_the_gui_thread(window, qtbot, page)
    # Typed at once into the new decision (the text was selected): it replaces the draft.
    qtbot.keyClicks(page.decision_text, "The forum agrees to meet in Geneva.")
    page.decision_text_save.flush()
    assert core_minutes.get_decision(window.session.db, added).text == "The forum agrees to meet in Geneva."
    filled(qtbot, page)
    assert page.decision_text.toPlainText() == "The forum agrees to meet in Geneva."
    assert shown(page) == on_the_gui_thread(window, qtbot, page)


def test_notes_typed_while_the_page_reads_after_a_save_stay(window, qtbot):
    page = minutes_page(window, qtbot)
    page.discussion.setFocus()
    assert window.focusWidget() is page.discussion
    page.discussion.moveCursor(page.discussion.textCursor().MoveOperation.End)
    start = page.discussion.toPlainText()
    qtbot.keyClicks(page.discussion, " The co-chairs opened the item.")
    page.discussion_save.flush()                 # saved (as after a pause): the page reads again
    assert page.filling
    qtbot.keyClicks(page.discussion, " Members asked for the figures.")   # typed while it reads
    filled(qtbot, page)
    typed = start + " The co-chairs opened the item. Members asked for the figures."
    assert page.discussion.toPlainText() == typed and page.discussion_save.dirty
    assert window.focusWidget() is page.discussion and page.discussion.textCursor().position() == len(typed)
    page.discussion_save.flush()
    assert core_minutes.discussion_of(window.session.db, page.item_id) == typed
    filled(qtbot, page)
    assert page.discussion.toPlainText() == typed
    assert shown(page) == on_the_gui_thread(window, qtbot, page)


def test_a_declaration_recorded_is_shown_once_read(window, qtbot):
    page = minutes_page(window, qtbot)
    qtbot.mouseClick(page.declare_button, Qt.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    dialog.note.setText("Works for a partner organisation")
    dialog.accept()
    assert page.filling
    filled(qtbot, page)
    assert "Works for a partner organisation" in page.declarations_label.text()
    assert shown(page) == on_the_gui_thread(window, qtbot, page)


def test_presences_marked_in_a_row_while_the_page_reads_go_to_the_next_members(window, qtbot):
    from msf_desk.ui.widgets.tables import select_row

    page = minutes_page(window, qtbot)
    page._show_tab(0)
    rows = [r for r, a in enumerate(page.attendance_model.rows) if a.member_id is not None][:3]
    assert rows == [rows[0], rows[0] + 1, rows[0] + 2]
    select_row(page.attendance_table, rows[0])
    people = [page.attendance_model.attendee_at(r).member_id for r in rows[:2]]
    qtbot.mouseClick(page.findChild(type(page.add_guest_button), "mark_remote"), Qt.LeftButton)
    assert page.filling                          # read again; the next mark waits for it
    qtbot.mouseClick(page.findChild(type(page.add_guest_button), "mark_remote"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.filling and page.attendance_table.selectionModel().selectedRows()
                    and page.attendance_table.selectionModel().selectedRows()[0].row() == rows[2], timeout=30000)
    marked = {a.member_id: a.presence for a in core_minutes.attendance_of(window.session.db, page.meeting_id)}
    assert [marked[m] for m in people] == ["remote", "remote"]
    assert shown(page) == on_the_gui_thread(window, qtbot, page)
