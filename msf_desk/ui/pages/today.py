"""Today: what is due or late, the late first; double-click a line to go where it is done."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QGroupBox, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from msf_desk.model.messages import M_
from msf_desk.ui.models.today import TodayModel, scripts_shown
from msf_desk.ui.pages.base import PageBase
from msf_desk.ui.i18n import Context

PAGES_TODAY = Context("PAGES_TODAY")


def read_today(db, day: dt.date):
    """What the page shows: the checklist's steps and what is due or late on `day`.

    The rules (core.standing, core.checklist, core.today and all they read; not the compliance
    check) are loaded with the first reading: when the page reads off the GUI thread, they load
    there too, and the window keeps answering meanwhile."""
    from msf_desk.core import standing
    from msf_desk.core.checklist import steps_from
    from msf_desk.core.today import today

    records = standing.read(db, day)
    return steps_from(records, day), today(db, day, records)


def _with_scripts(read):
    steps, items = read
    return steps, items, scripts_shown(items)


class TodayPage(PageBase, QWidget):
    # The window may build this page with later=True: it then reads what is due off the GUI
    # thread (on a large forum that takes seconds) and fills in when the reading comes back.
    FILLS_LATER = True
    filled = Signal()              # the page shows what was read (after each refresh)
    fill_failed = Signal(object)   # a reading off the GUI thread failed (the exception)

    def __init__(self, session, parent=None, *, on: dt.date | None = None, later: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.on = on
        self.later = later
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_checklist())
        self.heading = QLabel()
        self.heading.setObjectName("today_heading")
        layout.addWidget(self.heading)
        self.model = TodayModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("today_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        # rows follow the wrapped text as the window is resized (the list is short)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)  # the text takes the spare width
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table)
        self.message = QLabel()
        layout.addWidget(self.message)
        session.changed.connect(self.refresh)
        if later:
            self.heading.setText(PAGES_TODAY.tr("Reading what is due…"))
            self.checklist_box.hide()
        self.refresh()

    def day(self) -> dt.date:
        return self.on or dt.date.today()

    def _build_checklist(self) -> QGroupBox:
        """A new forum's first steps: a mark, the step, what the records show, and a button to
        the page where it is done. Shown while a step is open."""
        self.checklist_box = QGroupBox(self)
        self.checklist_box.setObjectName("checklist")
        self.checklist_grid = QGridLayout(self.checklist_box)
        self.checklist_grid.setColumnStretch(2, 1)
        self.step_marks, self.step_texts, self.step_buttons = {}, {}, {}
        return self.checklist_box

    def _add_steps(self) -> None:
        from msf_desk.core.checklist import TITLES   # loaded by the first reading (read_today)

        grid = self.checklist_grid
        for row, (key, (title, target)) in enumerate(TITLES.items()):
            mark, text = QLabel(), QLabel()
            mark.setObjectName(f"step_mark_{key}")
            text.setWordWrap(True)
            button = QPushButton(f"{row + 1}. {M_(title)}")
            button.setObjectName(f"step_{key}")
            button.clicked.connect(lambda _=False, t=target: self.open_target(t))
            grid.addWidget(mark, row, 0)
            grid.addWidget(button, row, 1)
            grid.addWidget(text, row, 2)
            self.step_marks[key], self.step_texts[key], self.step_buttons[key] = mark, text, button

    def _show_steps(self, steps) -> None:
        from msf_desk.core.checklist import complete

        if not self.step_marks:
            self._add_steps()
        done = sum(s.done for s in steps)
        self.checklist_box.setTitle(PAGES_TODAY.tr("A new forum, step by step: {done} of {total} done").format(
            done=done, total=len(steps)))
        self.checklist_box.setVisible(not complete(steps))
        first_open = next((s.key for s in steps if not s.done), None)
        for s in steps:
            self.step_marks[s.key].setText("✔" if s.done else ("➜" if s.key == first_open else "○"))
            self.step_marks[s.key].setStyleSheet("color: #1b7f3b; font-weight: bold;" if s.done else "")
            self.step_texts[s.key].setText(s.summary)
            button = self.step_buttons[s.key]
            button.setDefault(s.key == first_open)
            font = button.font()
            font.setBold(s.key == first_open)
            button.setFont(font)
        self.steps = steps

    def refresh(self, *_: object) -> None:
        day = self.day()
        if self.later and getattr(self, "_shown", None) is None:
            # The first reading off the window's thread also works out there the scripts of the
            # table's words, which the window notes once the page is filled (fonts.remember_scripts)
            # and would otherwise read from the table's cells on its own thread.
            self.read_then_show(lambda db: _with_scripts(read_today(db, day)), lambda result: self._show(*result))
        else:
            self.read_then_show(lambda db: read_today(db, day), lambda result: self._show(*result))

    def _show(self, steps, items, scripts: frozenset[str] | None = None) -> None:
        if (steps, items) == getattr(self, "_shown", None):
            # As shown (an edit elsewhere that changes nothing due): the steps' marks and fonts
            # are not styled again, nor the table reset and measured, on the window's thread.
            return
        self._shown = (list(steps), list(items))
        self._show_steps(steps)
        late = sum(1 for i in items if i.severity == "late")
        if not items:
            self.heading.setText(PAGES_TODAY.tr("Nothing is due or late today."))
        else:
            self.heading.setText(PAGES_TODAY.tr("%n thing(s) to do, {late} late. Double-click a line to act on it.", "", len(items)).format(
                late=late))
        # The page takes its new layout (the checklist shown or hidden, the heading's new words)
        # before the rows come: the table is resized while it has none to size. Resized after,
        # Qt sized each column and row to its contents for the new size, then again when the
        # page was painted (3,964 readings of the cells for the demo's 16 rows, 1,092 now;
        # the same widths and heights).
        self.layout().activate()
        self.model.set_rows(items, scripts)

    def _open(self, index) -> None:
        if not index.isValid():
            return
        self.open_target(self.model.rows[index.row()].target)

    def open_target(self, target: str) -> QWidget | None:
        """Show the page named by `target` ("page" or "page:id") with its record selected."""
        window = self.window()
        page_key, _, ident = target.partition(":")
        record = int(ident) if ident else None
        if page_key == "actions":  # actions are kept with their meeting's minutes
            from msf_desk.core import actions   # loaded by the first reading (read_today)

            page_key, record = "minutes", actions.get_action(self.session.db, record).meeting_id
        if not hasattr(window, "show_page"):
            return None
        page = window.show_page(page_key)
        if record is not None:
            if page_key in ("meetings", "minutes") and hasattr(page, "select_meeting"):
                page.select_meeting(record)
            elif page_key == "ethics" and hasattr(page, "select_member"):
                page.select_member(record)
        return page
