"""Plan a year of meetings: the planner's proposals to keep, move or drop, on the chosen
weekday and times (remembered for the forum), with the days it avoids and why."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
)

from msf_desk.core import calendar
from msf_desk.core import meetings as core_meetings
from msf_desk.core.calendar import Holiday
from msf_desk.core.meetings import Proposal, check_regularity

from msf_desk.model.errors import UserError
from msf_desk.model.meetings import Meeting
from msf_desk.ui import settings as ui_settings
from msf_desk.ui import words
from msf_desk.ui.commands.base import run
from msf_desk.ui.commands.meetings import AddHoliday
from msf_desk.ui.i18n import Context, window_day, window_weekday
from msf_desk.ui.local_dates import format_date, format_hint
from msf_desk.ui.models.meetings import ProposalsModel
from msf_desk.ui.widgets.dates import DateDelegate
from msf_desk.ui.widgets.fields import DateField, ErrorLabel
from msf_desk.ui.widgets.forms import combo as _combo, dialog_buttons as _buttons


DIALOGS_PLANNING = Context("DIALOGS_PLANNING")


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class PlanDialog(QDialog):
    """Propose a year of meetings; the user keeps, moves (edit the date) or drops each."""

    def __init__(self, db, today: dt.date, year: int | None = None, parent=None, session=None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self.setWindowTitle(DIALOGS_PLANNING.tr("Plan a year of meetings"))
        self.db, self.today = db, today
        self.session = session      # to save avoided days in the forum's holidays (undoable)
        self.proposals: list[Proposal] = []
        self.extra_holidays: set[dt.date] = set()
        from msf_desk.core import forum

        self.profile = forum.load(db)
        layout = QVBoxLayout(self)
        intro = QLabel(DIALOGS_PLANNING.tr("The forum meets {frequency}. The planner proposes forum meetings on the weekday "
                                         "and at the times you choose, away from public holidays and the first "
                                         "working days of January, so that no gap is longer than that.").format(
            frequency=words.lower_first(words.frequency(self.profile))))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        controls = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(today.year, today.year + 5)
        self.year.setValue(year or (today.year + 1 if today.month >= 10 else today.year))
        # The weekday, times and place chosen last time for this forum (the user's settings).
        forum_path = getattr(db, "path", None)
        self.forum_path = forum_path
        chosen = ui_settings.value(forum_path, "plan/choice", {}) or {}
        self.weekday = _combo({0: DIALOGS_PLANNING.tr("Monday"), 1: DIALOGS_PLANNING.tr("Tuesday"), 2: DIALOGS_PLANNING.tr("Wednesday"), 3: DIALOGS_PLANNING.tr("Thursday"),
                               4: DIALOGS_PLANNING.tr("Friday")},
                              int(chosen.get("weekday", 1)))
        self.start = QTimeEdit(QTime.fromString(chosen.get("start", "10:00"), "HH:mm"))
        self.end = QTimeEdit(QTime.fromString(chosen.get("end", "12:00"), "HH:mm"))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.location = QLineEdit(chosen.get("location", ""))
        self.location.setPlaceholderText(DIALOGS_PLANNING.tr("Location"))
        for label, widget in ((DIALOGS_PLANNING.tr("Year"), self.year), (DIALOGS_PLANNING.tr("Preferred day"), self.weekday),
                              (DIALOGS_PLANNING.tr("From"), self.start),
                              (DIALOGS_PLANNING.tr("to", "from … to … (times)"), self.end)):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addWidget(self.location, 1)
        layout.addLayout(controls)
        holidays = QHBoxLayout()
        self.holiday = DateField()
        self.holiday.setObjectName("holiday")
        mark = QPushButton(DIALOGS_PLANNING.tr("Mark as holiday"))
        mark.setObjectName("mark_holiday")
        mark.clicked.connect(self.mark_holiday)
        self.holiday_list = QLabel()
        self.holiday_list.setWordWrap(True)
        holidays.addWidget(QLabel(DIALOGS_PLANNING.tr("Avoid this date too:")))
        holidays.addWidget(self.holiday)
        holidays.addWidget(mark)
        holidays.addWidget(self.holiday_list, 1)
        layout.addLayout(holidays)
        # The days avoided for this plan only may be kept as the forum's holidays, for every
        # plan and for the working days answers are due in (undoable; listed on the Forum page).
        keep = QHBoxLayout()
        self.holiday_name = QLineEdit()
        self.holiday_name.setObjectName("holiday_name")
        self.holiday_name.setPlaceholderText(DIALOGS_PLANNING.tr("Its name, e.g. Labour Day"))
        self.save_holidays = QPushButton(DIALOGS_PLANNING.tr("Add to the forum's holidays"))
        self.save_holidays.setObjectName("save_holidays")
        self.save_holidays.setToolTip(DIALOGS_PLANNING.tr(
            "Keep the days avoided for this plan as the forum's holidays: every plan avoids them and answers "
            "do not fall due on them. They are listed on the Forum page; Undo takes them back."))
        self.save_holidays.clicked.connect(self.keep_holidays)
        self.save_holidays.setEnabled(False)          # until a day is marked
        self.save_holidays.setVisible(session is not None)
        self.holiday_name.setVisible(session is not None)
        self.holidays_saved = QLabel()
        self.holidays_saved.setObjectName("holidays_saved")
        self.holidays_saved.setWordWrap(True)
        keep.addWidget(self.holiday_name, 1)
        keep.addWidget(self.save_holidays)
        keep.addWidget(self.holidays_saved, 2)
        layout.addLayout(keep)
        self.holiday_error = ErrorLabel("holiday")
        layout.addWidget(self.holiday_error)
        self.avoided = QLabel()
        self.avoided.setObjectName("plan_avoided")
        self.avoided.setWordWrap(True)
        self.avoided.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.avoided)
        self.model = ProposalsModel(self)
        self.table = QTableView()
        self.table.setObjectName("proposals")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ProposalsModel.DATE, DateDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(ProposalsModel.TITLE, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.model.dataChanged.connect(self._check)
        layout.addWidget(self.table, 1)
        self.check = QLabel()
        self.check.setObjectName("plan_check")
        self.check.setWordWrap(True)
        layout.addWidget(self.check)
        buttons = _buttons(self, DIALOGS_PLANNING.tr("Create the kept meetings"))
        again = buttons.addButton(DIALOGS_PLANNING.tr("Propose again"), QDialogButtonBox.ResetRole)
        again.clicked.connect(self.propose)
        layout.addWidget(buttons)
        for signal in (self.year.valueChanged, self.weekday.currentIndexChanged, self.start.timeChanged,
                       self.end.timeChanged):
            signal.connect(self.propose)
        self.resize(900, 480)
        self.propose()

    def mark_holiday(self) -> None:
        try:
            day = self.holiday.date()
        except UserError as exc:
            self.holiday_error.set_message(str(exc))
            return
        if day is None:
            self.holiday_error.set_message(DIALOGS_PLANNING.tr("Type the date to avoid, as {format}, or pick it from the calendar.").format(
                format=format_hint()))
            return
        self.holiday_error.set_message("")
        self.extra_holidays.add(day)
        self.holiday.clear()
        self._show_extra_holidays()
        self.propose()

    def _show_extra_holidays(self) -> None:
        self.holiday_list.setText(DIALOGS_PLANNING.tr("Avoiding: {days}").format(
            days=", ".join(format_date(d) for d in sorted(self.extra_holidays))) if self.extra_holidays else "")
        self.save_holidays.setEnabled(bool(self.extra_holidays))

    def keep_holidays(self) -> None:
        """Save the days avoided for this plan in the forum's holidays, one undoable step each."""
        if self.session is None or not self.extra_holidays:
            return
        saved = []
        for day in sorted(self.extra_holidays):
            error = run(self.session, AddHoliday(self.session, Holiday(day, self.holiday_name.text().strip())))
            if error is not None:
                self.holiday_error.set_message(str(error))
                break
            saved.append(day)
        self.extra_holidays -= set(saved)
        self.holiday_name.clear()
        self._show_extra_holidays()
        if saved:
            self.holidays_saved.setText(DIALOGS_PLANNING.tr(
                "Added to the forum's holidays (Forum page): {days}. Undo (Ctrl+Z) takes them back.").format(
                days=", ".join(format_date(d) for d in saved)))
        self.propose()

    def propose(self) -> None:
        self.proposals = core_meetings.plan_for(
            self.db, self.year.value(), today=self.today, extra_holidays=self.extra_holidays,
            weekday=self.weekday.currentData(), start=_pytime(self.start.time()), end=_pytime(self.end.time()))
        self.avoided.setText(calendar.avoided_summary(self.year.value(),
                                                      set(calendar.holidays(self.db)) | self.extra_holidays))
        self.model.set_proposals(self.proposals)
        self.table.resizeColumnsToContents()
        self._check()

    def _problems(self) -> list[str]:
        problems = [DIALOGS_PLANNING.tr("Row {row}: '{text}' is not a date; write it as {format} or YYYY-MM-DD.").format(
                        row=row + 1, text=text, format=format_hint())
                    for row, text in sorted(self.model.bad_dates.items())]
        for row, p in enumerate(self.proposals):
            if p.accepted and row not in self.model.bad_dates and p.day.weekday() >= 5:
                problems.append(DIALOGS_PLANNING.tr("Row {row}: {day} is a {weekday}.").format(
                    row=row + 1, day=window_day(p.day), weekday=window_weekday(p.day)))
        return problems

    def _check(self, *_args) -> None:
        if not self.proposals:
            self.check.setStyleSheet("")
            self.check.setText(DIALOGS_PLANNING.tr("Nothing to propose: every period of the year already has a forum meeting, "
                               "or the year is past."))
            return
        planned = [Meeting.at(p.title, p.day, p.start, p.end, self.profile.timezone, status="planned")
                   for row, p in enumerate(self.proposals) if p.accepted and row not in self.model.bad_dates]
        report = check_regularity(core_meetings.list_meetings(self.db) + planned, self.profile.target_months,
                                  self.today)
        year = self.year.value()
        gaps = [g for g in report.gaps if g.kind != "open" and year in (g.start.year, g.end.year)]
        lines = self._problems() + [g.message() for g in gaps]
        if lines:
            self.check.setStyleSheet("color: #c62828;")
            self.check.setText("\n".join(lines))
        else:
            self.check.setStyleSheet("color: #2e7d32;")
            self.check.setText(DIALOGS_PLANNING.tr("With these meetings, no gap around {year} is longer than %n month(s).",
                                                "", self.profile.target_months).format(year=year))

    def accept(self) -> None:
        if self._problems():
            self._check()
            return
        ui_settings.set_value(self.forum_path, "plan/choice", {
            "weekday": self.weekday.currentData(), "start": self.start.time().toString("HH:mm"),
            "end": self.end.time().toString("HH:mm"), "location": self.location.text().strip()})
        super().accept()
