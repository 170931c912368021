"""Record labels (model/ label tables) and dates shown in the window follow the window's
language, from the documents' catalogue; English shows them as written."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import language as documents
from msf_desk.ui import i18n
from msf_desk.ui.models.meetings import MeetingsModel
from msf_desk.ui.pages.meetings import MeetingsPage


@pytest.fixture
def use_language(qapp):
    def use(code: str) -> None:
        i18n.install(code, qapp)

    yield use
    i18n.install("en", qapp)


def _held_row(page) -> tuple[int, object]:
    model = page.model
    for row, meeting in enumerate(model.meetings):
        if meeting.status == "held":
            return row, meeting
    raise AssertionError("the demo forum has no held meeting")


def _cell(model, row, col):
    return model.data(model.index(row, col), Qt.DisplayRole)


def test_english_meetings_table_is_as_written(qtbot, session):
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    row, meeting = _held_row(page)
    assert _cell(page.model, row, MeetingsModel.STATUS) == "Held"
    assert _cell(page.model, row, MeetingsModel.DATE) == meeting.day.strftime("%d %b %Y")
    assert i18n.window_day(dt.date(2026, 3, 12)) == "12 March 2026"


@pytest.mark.parametrize("code, held, march", [("fr", "Tenue", "mars"), ("ar", "انعقد", "مارس")])
def test_a_translated_window_shows_held_and_dates_in_its_language(qtbot, session, use_language, code, held, march):
    use_language(code)
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    row, meeting = _held_row(page)
    assert _cell(page.model, row, MeetingsModel.STATUS) == held
    shown_day = _cell(page.model, row, MeetingsModel.DATE)
    assert shown_day != meeting.day.strftime("%d %b %Y")
    with documents.using(code):
        assert shown_day == documents.short_day(meeting.day)
    assert march in i18n.window_day(dt.date(2026, 3, 12))
    # French writes the first of a month "1er" (CLDR writes "1"); Arabic keeps the number.
    first = {"fr": "1er mars 2026", "ar": "1 مارس 2026"}[code]
    assert i18n.window_day(dt.date(2026, 3, 1)) == first and first in i18n.window_weekday_day(dt.date(2026, 3, 1))
    # The document language of exports is left as it was.
    assert documents.current() == "en"
    # Sorting still goes by the meeting's time, not by the shown text.
    assert page.model.data(page.model.index(row, MeetingsModel.DATE), Qt.UserRole) == meeting.starts_at.timestamp()


def test_a_label_the_catalogue_lacks_stays_in_english(use_language):
    use_language("fr")
    assert i18n.record_label("No such label in any catalogue") == "No such label in any catalogue"
    assert i18n.record_label("") == ""
