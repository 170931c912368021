"""Today: what is due or late, the late first; double-click a line to go where it is done."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from msf_desk.core import actions
from msf_desk.core.today import today
from msf_desk.ui.models.today import TodayModel
from msf_desk.ui.pages.base import PageBase


class TodayPage(PageBase, QWidget):
    def __init__(self, session, parent=None, *, on: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.on = on
        layout = QVBoxLayout(self)
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
        self.refresh()

    def day(self) -> dt.date:
        return self.on or dt.date.today()

    def refresh(self, *_: object) -> None:
        items = today(self.session.db, self.day())
        self.model.set_rows(items)
        late = sum(1 for i in items if i.severity == "late")
        if not items:
            self.heading.setText("Nothing is due or late today.")
        else:
            self.heading.setText(f"{len(items)} thing(s) to do, {late} late. Double-click a line to act on it.")

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
