"""Plan a year in the window: the chosen weekday and times are kept in every proposal and
remembered for the forum, the forum's holidays are avoided, and the preview says which
days are avoided and why."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from msf_desk.store import calendar as holidays_store
from msf_desk.ui import settings as ui_settings
from msf_desk.ui.dialogs.planning import PlanDialog
from msf_desk.ui.models.meetings import ProposalsModel
from msf_desk.ui.pages.meetings import MeetingsPage

from tests.conftest import DEMO_TODAY


@pytest.fixture
def page(demo_page):
    return demo_page(MeetingsPage, 1200, 800)


def test_the_weekday_and_times_chosen_are_kept_and_holidays_avoided(page, qtbot, demo_db):
    holidays_store.add_holiday(demo_db, dt.date(2027, 5, 13), "A public holiday")   # the Thursday planned
    page.plan_year()
    dialog = page.dialog
    assert isinstance(dialog, PlanDialog)
    dialog.year.setValue(2027)
    dialog.weekday.setCurrentIndex(dialog.weekday.findData(3))                        # Thursday
    dialog.start.setTime(QTime(15, 0))
    dialog.end.setTime(QTime(17, 30))
    days = [p.day for p in dialog.proposals]
    assert days and {d.weekday() for d in days} == {3}
    assert dt.date(2027, 5, 13) not in days and dt.date(2027, 5, 6) in days
    assert {(p.start, p.end) for p in dialog.proposals} == {(dt.time(15), dt.time(17, 30))}
    assert dialog.model.index(0, ProposalsModel.TIME).data() == "15:00–17:30"
    avoided = dialog.avoided.text()
    assert "public holidays in the forum's holidays (1 Jan, 1 May, 13 May, 14 Jul" in avoided
    assert "first 5 working days of January" in avoided and "offices reopen" in avoided
    moved = [p for p in dialog.proposals if "a public holiday" in p.note]
    assert moved and "not 13 May 2027: a public holiday" in moved[0].note
    assert moved[0].note in [dialog.model.index(r, ProposalsModel.NOTE).data() for r in range(dialog.model.rowCount())]
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    created = [m for m in page.meetings if m.day.year == 2027 and m.status == "planned"]
    assert created and {m.day.weekday() for m in created} >= {3}
    assert {m.local_start.time() for m in created if m.day in days} == {dt.time(15)}


def test_the_choice_is_remembered_for_the_forum_across_a_restart(page, qtbot, tmp_path):
    settings_file = tmp_path / "settings.ini"
    ui_settings.use(QSettings(str(settings_file), QSettings.IniFormat))
    page.plan_year()
    dialog = page.dialog
    dialog.weekday.setCurrentIndex(dialog.weekday.findData(2))
    dialog.start.setTime(QTime(9, 30))
    dialog.end.setTime(QTime(11, 0))
    qtbot.keyClicks(dialog.location, "Room 4")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    ui_settings.use(QSettings(str(settings_file), QSettings.IniFormat))     # as after a restart
    again = PlanDialog(page.db, DEMO_TODAY)
    qtbot.addWidget(again)
    assert (again.weekday.currentData(), again.start.time().toString("HH:mm"), again.end.time().toString("HH:mm"),
            again.location.text()) == (2, "09:30", "11:00", "Room 4")
    assert {p.day.weekday() for p in again.proposals} <= {2}


def test_a_gap_the_plan_would_open_is_said_in_the_window_s_language(page, qtbot, qapp):
    from msf_desk.ui import i18n

    i18n.install("fr", qapp)
    try:
        page.plan_year()
        dialog = page.dialog
        dialog.year.setValue(2027)
        model = dialog.model
        model.setData(model.index(0, model.KEEP), Qt.Unchecked, Qt.CheckStateRole)   # dropping one opens a gap
        text = dialog.check.text()
        assert "plus de 3 mois" in text and "between forum meetings" not in text, text
    finally:
        dialog.reject()
        i18n.install("en", qapp)
