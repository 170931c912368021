"""The forum's holidays, where they are managed (the Forum page): days its offices are closed,
on which no meeting is planned and no answer falls due. Added and removed through the undo
stack; the year planner adds to the same list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from msf_desk.core import calendar
from msf_desk.model.errors import UserError
from msf_desk.ui.commands.base import run
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, window_weekday_day
from msf_desk.ui.local_dates import format_hint
from msf_desk.ui.models.base import RowsTableModel
from msf_desk.ui.widgets.dates import DateField
from msf_desk.ui.widgets.fields import ErrorLabel
from msf_desk.ui.widgets.tables import fit_columns, record_table

WIDGETS_HOLIDAYS = Context("WIDGETS_HOLIDAYS")


class HolidaysModel(RowsTableModel):
    COLUMNS = [QT_TRANSLATE_NOOP("WIDGETS_HOLIDAYS", "Day"), QT_TRANSLATE_NOOP("WIDGETS_HOLIDAYS", "Holiday")]
    DAY, NAME = range(2)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        h: calendar.Holiday = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return window_weekday_day(h.day) if index.column() == self.DAY else h.name
        return None


class HolidaysBox(QGroupBox):
    def __init__(self, session, parent=None) -> None:
        super().__init__(WIDGETS_HOLIDAYS.tr("Holidays"), parent)
        self.setObjectName("holidays")
        self.session = session
        note = QLabel(WIDGETS_HOLIDAYS.tr("Days the forum's offices are closed: the year planner proposes no "
                                          "meeting on them, and answers do not fall due on them."))
        note.setWordWrap(True)
        self.model = HolidaysModel(self)
        self.table = record_table("holidays_table", self.model, word_wrap=False)
        fit_columns(self.table, HolidaysModel.NAME)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.day = DateField()
        self.day.setObjectName("holiday_day")
        self.name = QLineEdit()
        self.name.setObjectName("holiday_name")
        self.name.setPlaceholderText(WIDGETS_HOLIDAYS.tr("Name, e.g. Labour Day"))
        self.add_button = QPushButton(WIDGETS_HOLIDAYS.tr("Add"))
        self.add_button.setObjectName("add_holiday")
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.remove_button = QPushButton(WIDGETS_HOLIDAYS.tr("Remove"))
        self.remove_button.setObjectName("remove_holiday")
        self.remove_button.clicked.connect(self.remove)
        self.error = ErrorLabel("holiday_error")
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        box.addWidget(self.error)
        self.table.selectionModel().selectionChanged.connect(self._update)
        session.changed.connect(self._on_changed)
        self.read_only = False
        self.reload()

    def _on_changed(self, topic: str) -> None:
        if topic == "holidays":
            self.reload()

    def reload(self) -> None:
        holidays = calendar.list_holidays(self.session.db)
        self.model.set_rows(holidays)
        # The coming ones in view (the list keeps the years gone by, oldest first).
        today = dt.date.today()
        coming = next((n for n, h in enumerate(holidays) if h.day >= today), None)
        if coming is not None:
            self.table.scrollTo(self.model.index(coming, 0), QAbstractItemView.PositionAtTop)
        self._update()

    def selected(self) -> calendar.Holiday | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        self.add_button.setEnabled(not self.read_only)
        self.remove_button.setEnabled(not self.read_only and self.selected() is not None)

    def add(self) -> None:
        try:
            day = self.day.date()
        except UserError as exc:
            self.error.set_message(str(exc))
            return
        if day is None:
            self.error.set_message(WIDGETS_HOLIDAYS.tr("Type the day, as {format}, or pick it from the calendar.").format(
                format=format_hint()))
            return
        from msf_desk.ui.commands.meetings import AddHoliday   # the meetings' commands load with the first edit

        error = run(self.session, AddHoliday(self.session, calendar.Holiday(day, self.name.text().strip())))
        if error is not None:
            self.error.set_message(str(error))
            return
        self.error.set_message("")
        self.day.clear()
        self.name.clear()

    def remove(self) -> None:
        holiday = self.selected()
        if holiday is None:
            return
        from msf_desk.ui.commands.meetings import RemoveHoliday

        error = run(self.session, RemoveHoliday(self.session, holiday))
        self.error.set_message(str(error) if error is not None else "")

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in (self.day, self.name):
            widget.setEnabled(not read_only)
        self._update()
