"""The one date field of the window: typed in the user's own date format (or as
YYYY-MM-DD, which always works), or picked from a calendar that drops down under it.

Why not QDateEdit: many of the forum's dates are optional (a term with no end yet, an
action with no due date) and a QDateEdit cannot be empty; nor can it take an ISO date
typed into a field laid out as day/month/year. This field is a line edit, so it can be
empty and takes either form, with the same calendar popup (the button at its right end,
or Alt+Down / F4) and the same display in the local format.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QStyledItemDelegate, QVBoxLayout, QWidget

from msf_desk.model.errors import UserError
from msf_desk.ui.i18n import Context
from msf_desk.ui.local_dates import display_format, format_date, format_hint, parse_local_date


WIDGETS_DATES = Context("WIDGETS_DATES")


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#4b5563"))
    painter.setBrush(QColor("white"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#3d5a80"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#4b5563"))
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The calendar under a date field; choosing a day (click or Enter) fills the field."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.Popup)
        self.setObjectName("date_popup")
        self.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("date_popup_calendar")
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        self.calendar.setGridVisible(True)
        self.calendar.setLocale(QLocale())
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._chosen)
        self.calendar.activated.connect(self._chosen)

    def _chosen(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(dt.date(day.year(), day.month(), day.day()))


class DateField(QLineEdit):
    """A date typed in the local format or as YYYY-MM-DD, or picked from a calendar, or
    left empty. `date()` reads it (UserError when it is not a date)."""

    def __init__(self, parent: QWidget | None = None, value: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(format_hint())
        self.setClearButtonEnabled(True)
        self.setMaxLength(24)
        self.setToolTip(WIDGETS_DATES.tr("Type the date as {format} or YYYY-MM-DD, or pick it from the calendar "
                                          "(the button at the right, or Alt+Down).").format(format=format_hint()))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(format_date(dt.date(2026, 12, 28))) + 80)
        self.popup: CalendarPopup | None = None
        self.pick_action = QAction(_calendar_icon(), WIDGETS_DATES.tr("Pick a date"), self)
        self.pick_action.setObjectName("pick_date")
        self.pick_action.triggered.connect(self.show_calendar)
        self.addAction(self.pick_action, QLineEdit.TrailingPosition)
        self.editingFinished.connect(self._tidy)
        if value is not None:
            self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def date(self) -> dt.date | None:
        """The date, None when empty; UserError in plain words when it is not a date."""
        return parse_local_date(self.text())

    def _tidy(self) -> None:
        """Once typed, show the date in the local format (so 2026-3-4 reads as the user writes it)."""
        try:
            value = self.date()
        except UserError:
            return
        if value is not None and self.text() != format_date(value):
            self.setText(format_date(value))

    def show_calendar(self) -> CalendarPopup:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.chosen.connect(self._picked)
        try:
            current = self.date()
        except UserError:
            current = None
        current = current or dt.date.today()
        self.popup.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus()
        return self.popup

    def _picked(self, value: dt.date) -> None:
        self.set_date(value)
        self.setFocus()
        self.textEdited.emit(self.text())
        self.editingFinished.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key_F4 or (event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier):
            self.show_calendar()
            return
        super().keyPressEvent(event)


class DateDelegate(QStyledItemDelegate):
    """Edit a table's date cell with the same field (typed in the local format, or picked)."""

    def createEditor(self, parent, _option, _index):  # noqa: N802 (Qt's name)
        return DateField(parent)

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setText(str(index.data(Qt.EditRole) or ""))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.text(), Qt.EditRole)


__all__ = ["DateDelegate", "DateField", "display_format", "format_date", "format_hint", "parse_local_date"]
