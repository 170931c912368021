"""The Minutes, Ethics and Responses pages read the forum off the GUI thread when the window
runs as `msf-desk` runs it (read_off_thread): each says it is reading, then shows what the
page built on the GUI thread shows; a record chosen from Today while the page reads ends
selected; an edit made during a reading ends shown; damage found by a reading is said in words."""
from __future__ import annotations

import datetime as dt
from contextlib import nullcontext

import pytest

from msf_desk.core import minutes as core_minutes
from msf_desk.core import minutes_reads
from msf_desk.model.members import Member
from msf_desk.ui.commands.members import AddMember
from msf_desk.core.ethics import DEFAULT_WITHIN_DAYS
from msf_desk.ui.pages.ethics import EthicsPage, read_ethics
from msf_desk.ui.pages.minutes import MinutesPage
from msf_desk.ui.pages.minutes_reading import read_minutes
from msf_desk.ui.pages.responses import ResponsesPage

CLASSES = {"minutes": MinutesPage, "ethics": EthicsPage, "responses": ResponsesPage}


@pytest.fixture
def window(reading_window):
    return reading_window


def _cells(model) -> list[list]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def what_it_shows(key: str, page) -> dict:
    if key == "minutes":
        return {"meetings": [page.meeting_choice.itemText(i) for i in range(page.meeting_choice.count())],
                "meeting": page.meeting_choice.currentData(), "status": page.status.text(),
                "agenda": _cells(page.items_model), "attendance": _cells(page.attendance_model),
                "quorum": page.quorum_label.text(), "actions": _cells(page.actions_model),
                "arising": _cells(page.arising_model), "conflicts": _cells(page.conflicts.model)}
    if key == "ethics":
        return {"compliance": _cells(page.compliance_model), "summary": page.compliance_summary.text(),
                "statements": _cells(page.statements_model), "signatures": _cells(page.signatures_model),
                "unsigned": page.unsigned_label.text(), "breaches": _cells(page.breaches_model),
                "people": _cells(page.people_model), "declarations": _cells(page.declarations_model),
                "meetings": [page.meeting_combo.itemText(i) for i in range(page.meeting_combo.count())]}
    return {"consultations": [page.consultation_combo.itemText(i) for i in range(page.consultation_combo.count())],
            "info": page.info.text(), "ids": list(page.model.ids), "count": page.count_label.text(),
            "themes": [page.theme_filter.itemText(i) for i in range(page.theme_filter.count())],
            "rows": _cells(page.model)[:50]}


@pytest.mark.parametrize("key", ["minutes", "ethics", "responses"])
def test_a_page_reads_off_the_gui_thread_and_shows_what_the_gui_thread_read(window, qtbot, key):
    page = window.show_page(key)
    assert isinstance(page, CLASSES[key]) and page.later and page.filling
    # Until the reading comes back the page says so, and offers nothing to act on.
    said = getattr(page, {"minutes": "status", "ethics": "compliance_summary", "responses": "info"}[key]).text()
    assert said.startswith("Reading the ")
    if key == "minutes":
        assert not page.meeting_choice.isEnabled() and not page.export_button.isEnabled()
        assert page.lock_banner.isHidden()        # no empty banner while reading
    elif key == "ethics":
        assert not page.copy_action.isEnabled() and not page.new_version_action.isEnabled()
    else:
        assert not page.import_button.isEnabled() and not page.tabs.isEnabled()
        assert page.warnings.isHidden()           # no empty warning box while reading
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    assert not page.filling
    here = CLASSES[key](window.session)      # the same page, read on the GUI thread
    qtbot.addWidget(here)
    assert what_it_shows(key, page) == what_it_shows(key, here)
    if key == "minutes":
        assert page.meeting_choice.isEnabled() and page.attendance_model.rowCount() > 0
    elif key == "ethics":
        assert page.copy_action.isEnabled() and page.compliance_model.rowCount() > 0
    else:
        assert page.import_button.isEnabled() and page.tabs.isEnabled() and page.model.ids


def test_a_meeting_chosen_from_today_while_minutes_are_read_ends_chosen(window, qtbot):
    db = window.session.db
    first = read_minutes(db, dt.date.today(), None, nullcontext())   # what the page would show first
    other = next(m.id for m in first.meetings if m.id != first.meeting.meeting_id)
    page = window.pages["today"].open_target(f"minutes:{other}")   # the page is built and starts reading
    assert isinstance(page, MinutesPage) and page.filling
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    qtbot.waitUntil(lambda: not page.filling, timeout=30000)   # the chosen meeting's minutes, read in turn
    assert page.meeting_id == other and page.meeting_choice.currentData() == other
    assert page.minutes == minutes_reads.get_minutes(db, other)


def test_a_member_chosen_from_today_while_ethics_is_read_ends_selected(window, qtbot):
    today = window.pages["today"]
    rows = read_ethics(window.session.db, dt.date.today(), DEFAULT_WITHIN_DAYS).report.rows
    member = sorted(rows, key=lambda r: r.name.casefold())[-1].member_id   # not the first, selected anyway
    page = today.open_target(f"ethics:{member}")
    assert isinstance(page, EthicsPage) and page.filling
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    assert page.selected_member_id() == member


@pytest.mark.parametrize("key", ["ethics", "minutes", "responses"])
def test_an_edit_made_while_a_page_reads_ends_shown(window, qtbot, key):
    session = window.session
    page = window.show_page(key)
    assert page.filling
    # Made while the first reading runs: the page reads again, and the newer reading wins.
    session.push(AddMember(session, Member(name="Read Later", sector="academia", side="non_government")))
    qtbot.waitUntil(lambda: not page.filling, timeout=30000)
    if key == "ethics":
        assert "Read Later" in [r.name for r in page.report.rows]
        assert "Read Later" in [r.name for r in page.people_model.rows]
    elif key == "minutes":
        assert "Read Later" in [m.name for m in page.members.values()]
    else:
        assert page.model.ids                  # read again, whole
    here = CLASSES[key](session)
    qtbot.addWidget(here)
    assert what_it_shows(key, page) == what_it_shows(key, here)


def test_a_consultation_chosen_while_the_responses_page_reads_shows_its_contributions(window, qtbot):
    page = window.show_page("responses")
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    everything = list(page.model.ids)
    page.consultation_combo.setCurrentIndex(1)
    assert page.filling
    chosen = page.consultation_id()
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    assert page.consultation_id() == chosen and page.model.filter.consultation_id == chosen
    assert set(page.model.ids) < set(everything)
    here = ResponsesPage(window.session)
    qtbot.addWidget(here)
    here.consultation_combo.setCurrentIndex(1)
    assert what_it_shows("responses", page) == what_it_shows("responses", here)


def test_the_due_tab_opened_while_the_responses_page_reads_is_filled_after(window, qtbot):
    page = window.show_page("responses")
    assert page.filling
    page.tabs.setEnabled(True)         # as a user could not yet; the tab waits for the reading
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: not page.filling, timeout=30000)
    here = ResponsesPage(window.session)
    qtbot.addWidget(here)
    here.tabs.setCurrentIndex(2)
    assert _cells(page.overdue_model) == _cells(here.overdue_model) and page.overdue_label.text() == here.overdue_label.text()


@pytest.mark.parametrize("key, table", [("ethics", "breaches"), ("minutes", "attendance"),
                                        ("responses", "consultations")])
def test_damage_found_by_a_page_reading_off_the_gui_thread_is_said_in_words(window, qtbot, damage, demo_path,
                                                                              key, table):
    damage(demo_path, table)
    page = window.show_page(key)
    assert page.filling
    qtbot.waitUntil(lambda: window.damage_message is not None, timeout=30000)
    assert "found damage in demo.msf" in window.damage_message.text()
    # The page no longer says it is reading: it says it could not.
    said = getattr(page, {"minutes": "status", "ethics": "compliance_summary", "responses": "info"}[key]).text()
    assert "could not be read" in said and not said.startswith("Reading")


def test_an_action_asked_for_while_the_page_reads_acts_on_what_is_read(window, qtbot):
    from PySide6.QtGui import QGuiApplication

    session = window.session
    page = window.show_page("ethics")
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    QGuiApplication.clipboard().setText("")
    session.push(AddMember(session, Member(name="Read Later", sector="academia", side="non_government")))
    assert page.filling
    page.copy_reminders()                  # waits for the reading that knows the new member
    assert QGuiApplication.clipboard().text() == ""
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    copied = QGuiApplication.clipboard().text()
    assert copied == page.reminder_text() and "Read Later" in copied


def test_a_meeting_chosen_in_the_minutes_list_is_read_off_the_gui_thread_and_an_edit_meanwhile_keeps_it(
        window, qtbot):
    session = window.session
    page = window.show_page("minutes")
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    other = next(i for i in range(page.meeting_choice.count()) if page.meeting_choice.itemData(i) != page.meeting_id)
    chosen = page.meeting_choice.itemData(other)
    page.meeting_choice.setCurrentIndex(other)
    assert page.filling and page.meeting_id != chosen          # read in a worker, shown when read
    session.push(AddMember(session, Member(name="Read Later", sector="academia", side="non_government")))
    qtbot.waitUntil(lambda: not page.filling, timeout=30000)
    assert page.meeting_id == chosen and page.meeting_choice.currentData() == chosen
    assert "Read Later" in [m.name for m in page.members.values()]
    here = MinutesPage(session)
    qtbot.addWidget(here)
    here.select_meeting(chosen)
    assert what_it_shows("minutes", page) == what_it_shows("minutes", here)


def test_a_meeting_chosen_while_the_minutes_page_reads_again_after_a_change_is_read_with_it(window, qtbot):
    session = window.session
    page = window.show_page("minutes")
    with qtbot.waitSignal(page.filled, timeout=30000):
        pass
    session.push(AddMember(session, Member(name="Read Later", sector="academia", side="non_government")))
    assert page.filling                   # the whole page is read again
    other = next(i for i in range(page.meeting_choice.count()) if page.meeting_choice.itemData(i) != page.meeting_id)
    chosen = page.meeting_choice.itemData(other)
    page.meeting_choice.setCurrentIndex(other)
    qtbot.waitUntil(lambda: not page.filling, timeout=30000)
    assert page.meeting_id == chosen and "Read Later" in [m.name for m in page.members.values()]
