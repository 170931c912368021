"""The forum's holidays in the window: a day avoided for one plan can be kept as one of the
forum's holidays (saved, undoable, listed on the Forum page), and the Forum page adds and
removes them through the undo stack."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from msf_desk.core import calendar
from msf_desk.ui.widgets.holidays import HolidaysModel

from tests.conftest import DEMO_TODAY

DAY = dt.date(2027, 3, 16)          # a Tuesday: the planner's weekday by default


@pytest.fixture
def window(demo_window):
    return demo_window(1300, 860)


def listed(window) -> list[tuple[str, str]]:
    box = window.show_page("forum").holidays
    model = box.table.model()
    return [(model.index(r, HolidaysModel.DAY).data(), model.index(r, HolidaysModel.NAME).data())
            for r in range(model.rowCount())]


def test_a_day_avoided_in_the_planner_is_kept_as_a_forum_holiday_and_undone(window, qtbot):
    page = window.show_page("meetings")
    page.set_today(DEMO_TODAY)
    page.plan_year()
    dialog = page.dialog
    dialog.year.setValue(2027)
    assert not dialog.save_holidays.isEnabled()                # nothing marked yet
    qtbot.keyClicks(dialog.holiday, "2027-03-16")
    qtbot.mouseClick(dialog.findChild(type(dialog.save_holidays), "mark_holiday"), Qt.LeftButton)
    assert DAY in dialog.extra_holidays and DAY not in calendar.holidays(window.session.db)
    assert DAY not in [p.day for p in dialog.proposals]
    qtbot.keyClicks(dialog.holiday_name, "Founders' Day")
    qtbot.mouseClick(dialog.save_holidays, Qt.LeftButton)
    # Saved in the forum file, no longer a plan-only day, still avoided by the plan.
    assert calendar.Holiday(DAY, "Founders' Day") in calendar.list_holidays(window.session.db)
    assert dialog.extra_holidays == set() and not dialog.save_holidays.isEnabled()
    assert "Added to the forum's holidays" in dialog.holidays_saved.text()
    assert DAY not in [p.day for p in dialog.proposals]
    assert "16 Mar" in dialog.avoided.text()
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Cancel), Qt.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    # Where holidays are managed: the Forum page lists it.
    assert ("Tuesday 16 March 2027", "Founders' Day") in listed(window)
    # One undo takes it back, from the file and from the list.
    assert window.session.undo_stack.undoText() == "add holiday 16 March 2027"
    window.session.undo_stack.undo()
    assert DAY not in calendar.holidays(window.session.db)
    assert ("Tuesday 16 March 2027", "Founders' Day") not in listed(window)


def test_the_forum_page_adds_and_removes_holidays_through_the_undo_stack(window, qtbot):
    box = window.show_page("forum").holidays
    before = calendar.list_holidays(window.session.db)
    qtbot.keyClicks(box.day, "2027-03-16")
    qtbot.keyClicks(box.name, "Founders' Day")
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert calendar.list_holidays(window.session.db) == sorted(before + [calendar.Holiday(DAY, "Founders' Day")],
                                                               key=lambda h: h.day)
    assert box.day.text() == "" and box.name.text() == ""
    # The same day again is refused in words, and nothing changes.
    qtbot.keyClicks(box.day, "2027-03-16")
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert "16 March 2027 is already one of the forum's holidays (Founders' Day)" in box.error.text()
    assert len(calendar.list_holidays(window.session.db)) == len(before) + 1
    # Remove the chosen one; undo puts it back.
    row = next(r for r in range(box.model.rowCount()) if box.model.row_at(r).day == DAY)
    rect = box.table.visualRect(box.model.index(row, HolidaysModel.NAME))
    qtbot.mouseClick(box.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert box.remove_button.isEnabled()
    qtbot.mouseClick(box.remove_button, Qt.LeftButton)
    assert DAY not in calendar.holidays(window.session.db)
    window.session.undo_stack.undo()
    assert calendar.Holiday(DAY, "Founders' Day") in calendar.list_holidays(window.session.db)
    assert any(box.model.row_at(r).day == DAY for r in range(box.model.rowCount()))


def test_a_forum_open_read_only_cannot_change_its_holidays(window, qtbot):
    page = window.show_page("forum")
    page.set_read_only(True)
    assert not page.holidays.add_button.isEnabled() and not page.holidays.remove_button.isEnabled()
