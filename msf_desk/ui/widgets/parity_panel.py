"""The parity panel: the balance of seats on a chosen date, in numbers, words and bars,
and the coming changes as terms end and start."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from msf_desk.model.forum import ForumProfile
from msf_desk.model.members import GOVERNMENT_SECTORS, SECTORS, Member
from msf_desk.core.parity import Parity, parity_on, projection
from msf_desk.ui.models.members import ProjectionModel
from msf_desk.ui.widgets.parity_chart import GOVERNMENT_COLOUR, NON_GOVERNMENT_COLOUR, Bar, ParityChart
from msf_desk.ui.widgets.forms import esc as _esc
from msf_desk.ui.i18n import Context, in_window_language, record_label
from msf_desk.ui.local_dates import display_format, format_date
from msf_desk.ui.widgets.tables import RecordTable, fit_columns

WIDGETS_PARITY_PANEL = Context("WIDGETS_PARITY_PANEL")

PROJECTION_DAYS = 730


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class _Count(QFrame):
    """A big number with its caption, framed in the side's colour."""

    def __init__(self, caption: str, colour, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet(
            f"QFrame#{name} {{ border: 1px solid {colour.name()}; border-left: 6px solid {colour.name()};"
            " border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.number = QLabel("0")
        self.number.setObjectName(f"{name}_number")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setStyleSheet(f"color: {colour.name()}; border: none;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("border: none;")
        # "Sièges non gouvernementaux" goes on two lines rather than take the coming
        # changes' room.
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int, target: int | None) -> None:
        self.number.setText(str(value))
        self.setToolTip(WIDGETS_PARITY_PANEL.tr("{filled} of %n seat(s) filled", "", target).format(filled=value) if target else WIDGETS_PARITY_PANEL.tr("%n seat(s) filled", "", value))


class ParityPanel(QWidget):
    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members: list[Member] = []
        self.profile = ForumProfile()
        self.parity: Parity | None = None

        # Three columns side by side: the balance in numbers and words, the bars, what comes next.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(18)

        first = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(_heading(WIDGETS_PARITY_PANEL.tr("Parity on")))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("parity_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(display_format())  # as the user writes dates
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setToolTip(WIDGETS_PARITY_PANEL.tr("Look at the balance of seats on another date"))
        self.today_button = QPushButton(WIDGETS_PARITY_PANEL.tr("Today"))
        self.today_button.clicked.connect(lambda: self.set_date(dt.date.today()))
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addStretch(1)
        first.addLayout(top)
        counts = QGridLayout()
        self.government = _Count(WIDGETS_PARITY_PANEL.tr("Government seats"), GOVERNMENT_COLOUR, "government_count")
        self.non_government = _Count(WIDGETS_PARITY_PANEL.tr("Non-government seats"), NON_GOVERNMENT_COLOUR, "non_government_count")
        counts.addWidget(self.government, 0, 0)
        counts.addWidget(self.non_government, 0, 1)
        first.addLayout(counts)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.RichText)
        self.verdict_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.verdict_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        first.addWidget(self.verdict_label, 1)

        self.chart = ParityChart()

        third = QVBoxLayout()
        third.addWidget(_heading(WIDGETS_PARITY_PANEL.tr("Coming changes")))
        self.projection_note = QLabel()
        self.projection_note.setWordWrap(True)
        third.addWidget(self.projection_note)
        self.projection_model = ProjectionModel(self)
        self.projection_view = RecordTable()
        self.projection_view.setObjectName("projection")
        self.projection_view.setModel(self.projection_model)
        self.projection_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.projection_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.projection_view.verticalHeader().hide()
        self.projection_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.projection_view.setWordWrap(False)
        self.projection_view.measure_by_text = True    # words on one line: see RecordTable
        # What changes takes the spare width; on a narrow window the balance (which the seats
        # column also shows) makes room for it.
        fit_columns(self.projection_view, ProjectionModel.CHANGE, optional=(ProjectionModel.BALANCE,), min_text=150)
        # The table's natural width would crowd out the chart; let the columns' stretch decide.
        self.projection_view.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Expanding)
        third.addWidget(self.projection_view, 1)

        second = QVBoxLayout()
        second.addWidget(self.chart)
        second.addStretch(1)
        # The coming changes name members: they get the larger share (the chart's bars
        # read at any width).
        layout.addLayout(first, 4)
        layout.addLayout(second, 4)
        layout.addLayout(third, 6)

        self.date_edit.dateChanged.connect(self._on_date)

    # --- data ---------------------------------------------------------------------
    @property
    def day(self) -> dt.date:
        return self.date_edit.date().toPython()

    def set_date(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def show_members(self, members: list[Member], profile: ForumProfile, *,
                     coming: tuple[dt.date, list] | None = None) -> None:
        """Show the balance of `members`. `coming` is the projection already worked out for a
        day (`(day, projection(members, day, PROJECTION_DAYS))`, e.g. in the page's reading, off
        the GUI thread); it is used when that day is still the panel's date."""
        self.members = list(members)
        self.profile = profile
        self.refresh(coming)

    def show_reading(self, text: str) -> None:
        """While the members are being read: no counts and no verdict (they would say that no
        seat is filled), `text` instead."""
        for count in (self.government, self.non_government):
            count.number.setText("…")
            count.setToolTip("")
        self.verdict_label.setText(text)
        self.chart.hide()                  # its empty state says that no seat is filled
        self.projection_note.setText("")

    def _on_date(self, _date: QDate) -> None:
        self.refresh()
        self.date_changed.emit(self.day)

    @property
    def government_count(self) -> int:
        return int(self.government.number.text())

    @property
    def non_government_count(self) -> int:
        return int(self.non_government.number.text())

    def refresh(self, coming: tuple[dt.date, list] | None = None) -> None:
        day = self.day
        p = parity_on(self.members, day, self.profile)
        self.parity = p
        targets = (self.profile.seats_government or None, self.profile.seats_non_government or None)
        self.government.set_value(p.government, targets[0])
        self.non_government.set_value(p.non_government, targets[1])

        colour = "#2e7d32" if p.is_even else ("#b26a00" if abs(p.difference) == 1 else "#c62828")
        with in_window_language():   # the rules' sentences, in the window's language
            lines = p.verdict()
        html = f"<p style='margin:0'><b style='color:{colour}'>{_esc(lines[0])}</b></p><ul style='margin:4px 0 0 -24px'>"
        html += "".join(f"<li>{_esc(line)}</li>" for line in lines[1:]) + "</ul>"
        self.verdict_label.setText(html)

        sides = [
            Bar(WIDGETS_PARITY_PANEL.tr("Government"), p.government, GOVERNMENT_COLOUR, targets[0]),
            Bar(WIDGETS_PARITY_PANEL.tr("Non-government"), p.non_government, NON_GOVERNMENT_COLOUR, targets[1]),
        ]
        sectors = [
            Bar(record_label(label), p.by_sector.get(key, 0),
                GOVERNMENT_COLOUR if key in GOVERNMENT_SECTORS else NON_GOVERNMENT_COLOUR)
            for key, label in SECTORS.items()
        ]
        self.chart.set_data(sides, sectors)
        self.chart.show()

        changes = coming[1] if coming is not None and coming[0] == day else projection(self.members, day, PROJECTION_DAYS)
        self.projection_model.set_changes(changes)
        if changes:
            self.projection_note.setText(
                WIDGETS_PARITY_PANEL.tr("How the balance moves as terms end and start over the next two years from {day}.").format(day=format_date(day))
            )
        else:
            self.projection_note.setText(WIDGETS_PARITY_PANEL.tr("No seat changes hands in the next two years."))

    def verdict_text(self) -> str:
        if not self.parity:
            return ""
        with in_window_language():   # as the panel shows it
            return "\n".join(self.parity.verdict())
