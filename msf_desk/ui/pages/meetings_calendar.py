"""The Meetings page's calendar: the month view painted with the meetings (by status, late
ones in amber) and the public calendar exported as an .ics file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QFileDialog

from msf_desk.ui.i18n import Context, record_label
from msf_desk.ui.pages.base import waits_for_fill, writes_documents
from msf_desk.ui.widgets import folders
from msf_desk.ui.workers import ExportJob

PAGES_MEETINGS = Context("PAGES_MEETINGS")

DAY_COLOURS = {"held": "#d7ecd9", "planned": "#d6e4f5", "notice_sent": "#bcd4f0", "cancelled": "#e6e6e6",
               "postponed": "#e6e6e6"}
OVERDUE = "#fde7b0"


class MeetingsCalendar:
    """Mixed into MeetingsPage (msf_desk.ui.pages.meetings): uses its calendar, meetings,
    overdue work, today, profile and session."""

    def _day_clicked(self, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        on_day = [m for m in self.meetings if m.day == day]
        if on_day:
            self.select_meeting(on_day[0].id)

    def _paint_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every date
        late = {w.meeting.id for w in self.overdue}
        for m in self.meetings:
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(OVERDUE if m.id in late else DAY_COLOURS.get(m.status, "#d6e4f5"))))
            fmt.setFontWeight(QFont.Bold)
            if m.status in ("cancelled", "postponed"):
                fmt.setFontStrikeOut(True)
            fmt.setToolTip(f"{m.title} — {record_label(m.status_label)}")
            self.calendar.setDateTextFormat(QDate(m.day.year, m.day.month, m.day.day), fmt)
        today = QTextCharFormat(self.calendar.dateTextFormat(_qdate(self.today)))
        today.setFontUnderline(True)
        self.calendar.setDateTextFormat(_qdate(self.today), today)

    @waits_for_fill
    def export_calendar(self) -> None:
        suggested = folders.start_folder("calendar", self.session.path) / f"{Path(self.session.path).stem}-meetings.ics"
        path, _ = QFileDialog.getSaveFileName(self, PAGES_MEETINGS.tr("Export the public calendar"), str(suggested),
                                              PAGES_MEETINGS.tr("iCalendar (*.ics)"))
        if path:
            folders.remember("calendar", self.session.path, Path(path).parent)
            self.start_calendar_export(Path(path))

    @writes_documents
    def start_calendar_export(self, path: Path) -> ExportJob | None:
        from msf_desk.exports.ics import public_calendar, write_file

        meetings = list(self.meetings)
        name = self.profile.name

        def write(progress) -> list[Path]:
            data = public_calendar(meetings, name)
            progress(1, 2)
            written = write_file(path, data)
            progress(2, 2)
            return [written]

        return self.run_export_job(
            PAGES_MEETINGS.tr("Writing the calendar…"), write,
            lambda paths: self._say(PAGES_MEETINGS.tr("Wrote {file} (%n public meeting(s)).", "",
                                                      sum(m.public for m in meetings)).format(file=paths[0])),
            title=PAGES_MEETINGS.tr("Export the public calendar"))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
