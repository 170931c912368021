"""The one date field: typed in the user's local format or as YYYY-MM-DD, or picked from
its calendar; used by every dialog where a date is typed."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from msf_desk.model.errors import UserError
from msf_desk.ui.dialogs.members import MemberDialog
from msf_desk.ui.local_dates import format_date, format_hint, parse_local_date
from msf_desk.ui.widgets.dates import DateField


def test_the_local_format_is_read_and_shown(local_dates):
    local_dates("fr_FR")
    assert format_hint() == "DD/MM/YYYY"
    assert parse_local_date("14/03/2026") == dt.date(2026, 3, 14)
    assert parse_local_date("4/3/2026") == dt.date(2026, 3, 4)
    assert parse_local_date("2026-03-14") == dt.date(2026, 3, 14)   # ISO always works
    assert format_date(dt.date(2026, 3, 4)) == "04/03/2026"
    local_dates("en_US")
    assert format_hint() == "MM/DD/YYYY"
    assert parse_local_date("3/14/2026") == dt.date(2026, 3, 14)
    assert parse_local_date("3/14/26") == dt.date(2026, 3, 14)      # a two-digit year is this century
    local_dates("de_DE")
    assert parse_local_date("14.03.2026") == dt.date(2026, 3, 14)
    assert parse_local_date("") is None


def test_what_is_not_a_date_is_refused_in_the_local_words(local_dates):
    local_dates("fr_FR")
    with pytest.raises(UserError, match=r"'31/02/2026' is not a date; write it as DD/MM/YYYY \(e.g. 14/03/2026\)"):
        parse_local_date("31/02/2026")
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        parse_local_date("2026-02-31")
    local_dates("en_US")
    with pytest.raises(UserError, match="MM/DD/YYYY"):
        parse_local_date("14/03/2026")                                 # month 14 in the US order


def test_typing_a_french_date_into_the_member_dialog(qtbot, local_dates):
    local_dates("fr_FR")
    dialog = MemberDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.term_start, "14/03/2026")
    qtbot.keyClick(dialog.term_start, Qt.Key_Tab)
    assert dialog.term_start.date() == dt.date(2026, 3, 14)
    assert not dialog.f.errors["term_start"].isVisible()
    qtbot.keyClicks(dialog.term_end, "2028-3-1")                      # ISO typed, shown the local way
    dialog.term_end.editingFinished.emit()
    assert dialog.term_end.text() == "01/03/2028"
    assert dialog.term_end.placeholderText() == "DD/MM/YYYY"


def test_a_date_picked_from_the_calendar(qtbot, local_dates):
    local_dates("en_GB")
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    qtbot.keyClick(field, Qt.Key_Down, Qt.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    popup.calendar.setSelectedDate(QDate(2026, 9, 22))
    with qtbot.waitSignal(field.editingFinished):
        qtbot.keyClick(popup.calendar.findChild(QTableView, "qt_calendar_calendarview"), Qt.Key_Return)
    assert not popup.isVisible()
    assert field.text() == "22/09/2026"
    assert field.date() == dt.date(2026, 9, 22)



@pytest.fixture
def arabic_window(qapp):
    from PySide6.QtCore import QLocale

    from msf_desk.ui import i18n

    i18n.install("ar", qapp)
    yield
    i18n.install("en", qapp)
    QLocale.setDefault(QLocale.c())


def type_into(widget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks takes ASCII only: an Arabic-Indic
    digit comes as a key event with its text, as an Arabic keyboard layout sends it)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QKeyEvent.KeyPress, QKeyEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))


def test_an_arabic_window_hints_in_arabic_and_takes_either_digits(qtbot, arabic_window):
    """The hint is in the window's language and in the order the field reads (day, month,
    year, as the example shown); 0-9 and Arabic-Indic digits are both taken, with or without
    the direction marks the shown date carries; anything else is refused in Arabic words."""
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    assert field.placeholderText() == "يي/شش/سسسس"
    assert "يي/شش/سسسس" in field.toolTip() and "DD/MM" not in field.toolTip()   # ISO stays YYYY-MM-DD
    assert format_date(dt.date(2026, 3, 14)) == "١٤\u200f/٣\u200f/٢٠٢٦"     # day first, as the hint says
    for typed in ("14/03/2026", "١٤/٠٣/٢٠٢٦", "14/3/26", "٢٠٢٦-٠٣-١٤", "2026-03-14"):
        field.clear()
        type_into(field, typed)
        field.editingFinished.emit()                                         # as leaving the field does
        assert field.date() == dt.date(2026, 3, 14), typed
        assert field.text() == "١٤\u200f/٣\u200f/٢٠٢٦"                       # shown the window's way
    field.clear()
    type_into(field, "٣١/٠٢/٢٠٢٦")
    with pytest.raises(UserError) as refused:
        field.date()
    assert "ليس تاريخًا" in str(refused.value) and "يي/شش/سسسس" in str(refused.value)
    assert "٣١/٠٢/٢٠٢٦" in str(refused.value)                               # what was typed, as typed
    with pytest.raises(UserError):
        parse_local_date("03/14/2026")                                       # month 14: refused, not swapped
