"""While a page reads again (after its own edit, an undo, another meeting chosen), no form it
shows takes typing for a record that is about to be replaced: the reading is held here (its
work waits on a gate) so what the user can do meanwhile is tested whatever the machine's speed.

- Minutes, *Add decision*: the form shows the new decision at once (typing and votes go to it);
  the decision chosen before is never written to.
- Minutes, *Remove decision*: the form is emptied and disabled (nothing goes to the removed one).
- Minutes, read again whole (an undo, a change elsewhere, another meeting chosen): the notes, the
  breakout groups, the decision's form and the summary take no typing until shown.
- Responses, *Save summary*: the theme's boxes take no typing until the page shows them again
  (what was typed meanwhile was replaced by what was read)."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import minutes as core_minutes

from tests.ui.test_minutes_own_edits_read import click_decision, minutes_page, on_the_gui_thread, shown
from tests.ui.test_pages_read_later import filled


@pytest.fixture
def window(reading_window):
    return reading_window


class Gate:
    """Readings wrapped by `wrap` wait here while held (on the reading's own thread)."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.waiting = threading.Event()

    def wrap(self, fn):
        def held(*args, **kwargs):
            if not self.open.is_set():
                self.waiting.set()
                assert self.open.wait(60)
            return fn(*args, **kwargs)
        return held

    def hold(self) -> None:
        self.waiting.clear()
        self.open.clear()

    def release(self) -> None:
        self.open.set()


@pytest.fixture
def gate(monkeypatch):
    """The Minutes and Responses pages' readings, held while the test says so."""
    from msf_desk.ui.pages import minutes, responses

    gate = Gate()
    for module, name in ((minutes, "read_meeting"), (minutes, "read_minutes"), (responses, "read_responses")):
        monkeypatch.setattr(module, name, gate.wrap(getattr(module, name)))
    yield gate
    gate.release()


def decision(window, decision_id: int):
    return core_minutes.get_decision(window.session.db, decision_id)


def test_typing_after_add_decision_goes_to_the_new_decision_while_it_is_read(window, qtbot, gate):
    page = minutes_page(window, qtbot)
    before = page.decision_id
    assert before is not None and page.decision_form.isEnabled()
    old = decision(window, before)
    gate.hold()
    qtbot.mouseClick(page.add_decision_button, Qt.LeftButton)
    qtbot.waitUntil(gate.waiting.is_set)          # the page reads again, held
    added = page.decision_id
    assert page.filling and added != before
    # The form is the new decision's, chosen and ready to type in; the one before is not chosen.
    assert page.decision_text_save.target == added
    assert page.decision_text.toPlainText() == decision(window, added).text
    assert page.decisions_table.selectionModel().selectedRows() == []
    assert window.focusWidget() is page.decision_text and page.decision_text.textCursor().hasSelection()
    qtbot.keyClicks(page.decision_text, "The forum agrees to meet in Geneva.")
    qtbot.mouseClick(page.vote_held, Qt.LeftButton)           # saved at once: a vote was held
    page.decision_text_save.flush()
    qtbot.waitUntil(gate.waiting.is_set)
    gate.release()
    filled(qtbot, page)
    assert decision(window, before) == old                    # never written to
    new = decision(window, added)
    assert new.text == "The forum agrees to meet in Geneva." and new.vote_held
    assert (new.rule, new.votes, new.objections, new.deferred) == ("", type(new.votes)(), 0, False)
    assert page.decision_id == added and page.decision_text.toPlainText() == new.text
    assert page.decisions_table.selectionModel().selectedRows()[0].row() == page.decisions_model.row_of(added)
    assert shown(page) == on_the_gui_thread(window, qtbot, page)


def test_the_form_of_a_removed_decision_takes_nothing_while_the_page_reads(window, qtbot, gate):
    page = minutes_page(window, qtbot)
    qtbot.mouseClick(page.add_decision_button, Qt.LeftButton)    # two decisions at least on the item
    filled(qtbot, page)
    removed = page.decision_id
    others = [d.id for _n, d, _r, _v in page.decisions_model.rows if d.id != removed]
    texts = {d: decision(window, d).text for d in others}
    gate.hold()
    qtbot.mouseClick(page.remove_decision_button, Qt.LeftButton)
    qtbot.waitUntil(gate.waiting.is_set)
    assert page.filling and page.decision_id is None
    assert page.decision_text.toPlainText() == "" and page.decision_text_save.target is None
    assert not page.decision_form.isEnabled() and not page.remove_decision_button.isEnabled()
    assert removed not in [d.id for _n, d, _r, _v in page.decisions_model.rows]
    qtbot.keyClicks(page.decision_text, "Typed into nothing")
    page.decision_text_save.flush()
    gate.release()
    filled(qtbot, page)
    assert {d: decision(window, d).text for d in others} == texts
    assert page.decision_id == others[0] and page.decision_text_save.target == others[0]
    assert page.decision_form.isEnabled()
    assert shown(page) == on_the_gui_thread(window, qtbot, page)


def test_nothing_typed_while_the_minutes_are_read_again_whole(window, qtbot, gate):
    page = minutes_page(window, qtbot)
    item, chosen = page.item_id, page.decision_id
    notes = core_minutes.discussion_of(window.session.db, item)
    text = decision(window, chosen).text
    gate.hold()
    window.session.notify("members")             # a change elsewhere: the page reads all again
    qtbot.waitUntil(gate.waiting.is_set)
    assert page.filling
    boxes = (page.discussion, page.breakouts, page.decision_form, page.summary)
    assert not any(box.isEnabled() for box in boxes)
    for box in (page.discussion, page.decision_text, page.summary):
        qtbot.keyClicks(box, " typed while read")
    for saver in (page.discussion_save, page.decision_text_save, page.summary_save):
        saver.flush()
    gate.release()
    filled(qtbot, page)
    assert core_minutes.discussion_of(window.session.db, item) == notes == page.discussion.toPlainText()
    assert decision(window, chosen).text == text == page.decision_text.toPlainText()
    assert all(box.isEnabled() for box in boxes)
    assert shown(page) == on_the_gui_thread(window, qtbot, page)


def test_another_meeting_chosen_shows_nothing_of_the_one_before_to_type_into(window, qtbot, gate):
    page = minutes_page(window, qtbot)
    before, item = page.meeting_id, page.item_id
    notes = core_minutes.discussion_of(window.session.db, item)
    other = next(page.meeting_choice.itemData(i) for i in range(page.meeting_choice.count())
                 if page.meeting_choice.itemData(i) != before)
    gate.hold()
    page.meeting_choice.setCurrentIndex(page.meeting_choice.findData(other))
    qtbot.waitUntil(gate.waiting.is_set)
    assert page.filling
    assert page.discussion.toPlainText() == "" and page.decisions_model.rowCount() == 0
    assert not any(box.isEnabled() for box in (page.discussion, page.breakouts, page.decision_form, page.summary))
    qtbot.keyClicks(page.discussion, "typed while read")
    page.discussion_save.flush()
    gate.release()
    filled(qtbot, page)
    assert page.meeting_id == other
    assert core_minutes.discussion_of(window.session.db, item) == notes
    assert shown(page) == on_the_gui_thread(window, qtbot, page)


def test_the_theme_summary_takes_no_typing_while_the_responses_page_reads_it_again(window, qtbot, gate):
    from msf_desk.core import responses as core_responses
    from msf_desk.core import consultations_due

    page = window.show_page("responses")
    filled(qtbot, page)
    consultation = next(c for c in consultations_due.list_consultations(window.session.db) if c.stage == "self_assessment")
    page.consultation_combo.setCurrentIndex(page.consultation_combo.findData(consultation.id))
    if page.filling:
        filled(qtbot, page)
    page.tabs.setCurrentIndex(1)
    if page.filling:
        filled(qtbot, page)
    page.summary_table.selectRow(page.summary_model.row_of("Co-creation process"))
    page.heard_edit.setPlainText("")
    qtbot.keyClicks(page.heard_edit, "People want the regional workshops in the report.")
    gate.hold()
    qtbot.mouseClick(page.save_summary_button, Qt.LeftButton)
    qtbot.waitUntil(gate.waiting.is_set)
    assert page.filling
    assert not any(w.isEnabled() for w in (page.heard_edit, page.did_edit, page.save_summary_button))
    qtbot.keyClicks(page.heard_edit, " And more.")              # taken by nothing
    gate.release()
    filled(qtbot, page)
    heard = {t.theme: t for t in core_responses.theme_overview(window.session.db, consultation.id)}
    assert heard["Co-creation process"].heard == "People want the regional workshops in the report."
    assert page.heard_edit.toPlainText() == "People want the regional workshops in the report."
    assert all(w.isEnabled() for w in (page.heard_edit, page.did_edit, page.save_summary_button))
