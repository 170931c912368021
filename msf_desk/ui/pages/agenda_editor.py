"""The agenda of one meeting: items with their times, reordered by drag and drop or with
Alt+Up / Alt+Down, its approval by the co-chairs, and the meeting's papers."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from msf_desk.model.meetings import Meeting
from msf_desk.ui import shortcuts
from msf_desk.ui.models.meetings import AgendaModel, PapersModel
from msf_desk.ui.widgets.forms import esc as _esc
from msf_desk.ui.widgets.tables import RecordTable, fit_columns, record_table, select_row, text_toolbar
from msf_desk.ui.i18n import Context, in_window_language, record_label, window_clock, window_day
from msf_desk.ui.words import meeting_when

PAGES_AGENDA_EDITOR = Context("PAGES_AGENDA_EDITOR")


class AgendaTable(RecordTable):
    """Rows move with Alt+Up / Alt+Down (or Ctrl+Up / Ctrl+Down) as well as by dragging."""

    move_requested = Signal(int)  # -1 up, +1 down

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Up, Qt.Key_Down) and event.modifiers() & (Qt.AltModifier | Qt.ControlModifier):
            self.move_requested.emit(-1 if event.key() == Qt.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class AgendaEditor(QWidget):
    """Shows one meeting's agenda and papers; the page connects the actions to commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting: Meeting | None = None

        self.header = QLabel()
        self.header.setObjectName("meeting_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.RichText)
        self.header.setTextInteractionFlags(Qt.TextSelectableByMouse)

        # --- approval strip ------------------------------------------------------------
        self.approval = QLabel()
        self.approval.setObjectName("approval")
        self.approval.setWordWrap(True)
        self.approve_button = QPushButton(PAGES_AGENDA_EDITOR.tr("Approve…"))
        self.approve_button.setObjectName("approve")
        self.notice_button = QPushButton(PAGES_AGENDA_EDITOR.tr("Notice…"))
        self.notice_button.setObjectName("notice")
        self.export_button = QPushButton(PAGES_AGENDA_EDITOR.tr("Export pack…"))
        self.export_button.setObjectName("export_pack")
        strip = QHBoxLayout()
        strip.addWidget(self.approval, 1)
        for button in (self.approve_button, self.notice_button, self.export_button):
            strip.addWidget(button)

        # --- agenda ----------------------------------------------------------------------
        self.add_item_action = QAction(PAGES_AGENDA_EDITOR.tr("Add item…"), self)
        self.edit_item_action = QAction(PAGES_AGENDA_EDITOR.tr("Edit…"), self)
        self.remove_item_action = QAction(PAGES_AGENDA_EDITOR.tr("Remove"), self)
        self.up_action = QAction(PAGES_AGENDA_EDITOR.tr("Move up"), self)
        self.up_action.setToolTip(PAGES_AGENDA_EDITOR.tr("Move the item up (Alt+Up), or drag it"))
        self.down_action = QAction(PAGES_AGENDA_EDITOR.tr("Move down"), self)
        self.down_action.setToolTip(PAGES_AGENDA_EDITOR.tr("Move the item down (Alt+Down), or drag it"))
        self.standing_action = QAction(PAGES_AGENDA_EDITOR.tr("Standing items"), self)
        self.standing_action.setToolTip(PAGES_AGENDA_EDITOR.tr("Add the forum's standing items (welcome, declarations of interest, "
                                        "previous minutes, matters arising, any other business)"))
        self.copy_action = QAction(PAGES_AGENDA_EDITOR.tr("Copy from…"), self)
        self.copy_action.setToolTip(PAGES_AGENDA_EDITOR.tr("Copy the items of an earlier meeting"))
        self.agenda_bar = text_toolbar(self.add_item_action, self.edit_item_action, self.remove_item_action,
                                   self.up_action, self.down_action, self.standing_action, self.copy_action)

        self.agenda_model = AgendaModel(self)
        self.agenda_table = record_table("agenda_table", view=AgendaTable())
        self.agenda_table.setModel(self.agenda_model)
        self.agenda_table.setDragEnabled(True)
        self.agenda_table.setAcceptDrops(True)
        self.agenda_table.setDropIndicatorShown(True)
        self.agenda_table.setDragDropMode(QAbstractItemView.InternalMove)
        self.agenda_table.setDefaultDropAction(Qt.MoveAction)
        self.agenda_table.setDragDropOverwriteMode(False)
        # The item's title takes the spare width; on a narrow window who presents it (shown
        # when the item is opened) makes room for it.
        fit_columns(self.agenda_table, AgendaModel.TITLE, interactive=(AgendaModel.PRESENTERS,),
                    optional=(AgendaModel.PRESENTERS,), min_text=260)
        self.timing = QLabel()
        self.timing.setObjectName("timing")
        self.timing.setWordWrap(True)

        agenda_tab = QWidget()
        box = QVBoxLayout(agenda_tab)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.agenda_bar)
        box.addWidget(self.agenda_table, 1)
        box.addWidget(self.timing)

        # --- papers ----------------------------------------------------------------------
        self.add_paper_action = QAction(PAGES_AGENDA_EDITOR.tr("Add paper…"), self)
        self.edit_paper_action = QAction(PAGES_AGENDA_EDITOR.tr("Edit…"), self)
        self.remove_paper_action = QAction(PAGES_AGENDA_EDITOR.tr("Remove"), self)
        self.papers_bar = text_toolbar(self.add_paper_action, self.edit_paper_action, self.remove_paper_action)
        self.papers_model = PapersModel(self)
        self.papers_table = record_table("papers_table")
        self.papers_table.setModel(self.papers_model)
        # Links can be long: they get a fixed share and are elided; the title takes the rest,
        # and on a narrow window the link (shown when the paper is opened) makes room for it.
        fit_columns(self.papers_table, PapersModel.TITLE, interactive=(PapersModel.SOURCE,),
                    optional=(PapersModel.SOURCE,))
        self.papers_table.horizontalHeader().resizeSection(PapersModel.SOURCE, 200)
        self.papers_table.setTextElideMode(Qt.ElideMiddle)
        legend = QLabel(PAGES_AGENDA_EDITOR.tr("<span style='background:#fde7b0'>&nbsp;Withheld as pre-decision&nbsp;</span>&nbsp; "
                        "<span style='background:#f8c9c4'>&nbsp;Confidential&nbsp;</span>&nbsp; "
                        "listed in the public pack without content."))
        papers_tab = QWidget()
        box = QVBoxLayout(papers_tab)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.papers_bar)
        box.addWidget(self.papers_table, 1)
        box.addWidget(legend)

        self.tabs = QTabWidget()
        self.tabs.addTab(agenda_tab, PAGES_AGENDA_EDITOR.tr("Agenda"))
        self.tabs.addTab(papers_tab, PAGES_AGENDA_EDITOR.tr("Papers"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(strip)
        layout.addWidget(self.tabs, 1)

        shortcuts.bind(self.up_action, "agenda_up", agenda_tab)
        shortcuts.bind(self.down_action, "agenda_down", agenda_tab)
        self.show_meeting(None)

    # --- showing ---------------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting | None, *, items=(), papers=(), table=None, approval=None,
                     deadlines: tuple[dt.date, dt.date] | None = None, chair: str = "",
                     locked: bool = False) -> None:
        """`locked`: the meeting's minutes are approved; its agenda and papers are shown but
        cannot be edited (only a paper's disclosure may still change, through Edit)."""
        self.meeting = meeting
        self.locked = locked
        enabled = meeting is not None
        for widget in (self.tabs, self.approve_button, self.notice_button, self.export_button):
            widget.setEnabled(enabled)
        if meeting is None:
            self.header.setText(PAGES_AGENDA_EDITOR.tr("<h3>No meeting selected</h3>Choose a meeting in the list or the calendar, "
                                "or add one."))
            self.approval.setText("")
            self.timing.setText("")
            self.agenda_model.set_agenda([], None, {})
            self.papers_model.set_papers([], {})
            return
        counts: dict[int, int] = {}
        for p in papers:
            if p.item_id is not None:
                counts[p.item_id] = counts.get(p.item_id, 0) + 1
        self.agenda_model.set_agenda(list(items), table, counts)
        numbers = {t.item.id: t.number for t in table.items} if table else {}
        self.papers_model.set_papers(list(papers), numbers)
        header = self._header_html(meeting, deadlines, chair)
        if locked:
            header += (PAGES_AGENDA_EDITOR.tr("<br><span style='color:#8a4b00'><b>Minutes approved:</b> this meeting, its agenda and "
                       "papers are locked as approved. A correction is a dated amendment to the minutes.</span>"))
        self.header.setText(header)
        self._show_timing(table)
        self._show_approval(meeting, approval)
        if locked and meeting.agenda_status == "sent":
            # No more revisions: the meeting is a record now.
            self.approval.setText(PAGES_AGENDA_EDITOR.tr("<b>Agenda sent</b> with the notice on {agenda_sent_on}.").format(agenda_sent_on=window_day(meeting.agenda_sent_on)))
        sent = meeting.agenda_status == "sent"
        self.notice_button.setText(PAGES_AGENDA_EDITOR.tr("Notice (sent)…") if sent else PAGES_AGENDA_EDITOR.tr("Notice…"))
        open_meeting = meeting.is_open
        for action in (self.add_item_action, self.standing_action, self.copy_action, self.add_paper_action):
            action.setEnabled(open_meeting and not locked)
        for action in (self.edit_item_action, self.remove_item_action, self.up_action, self.down_action,
                       self.remove_paper_action):
            action.setEnabled(not locked)
        self.agenda_table.setDragEnabled(not locked)
        complete = bool(approval and approval["complete"]) and meeting.agenda_status == "approved"
        self.approve_button.setEnabled(open_meeting and not sent and not complete and bool(items) and not locked)

    def _header_html(self, m: Meeting, deadlines, chair: str) -> str:
        esc = _esc
        status = record_label(m.status_label)
        if m.status_reason:
            status += f": {esc(m.status_reason)}"
        not_public = "" if m.public else PAGES_AGENDA_EDITOR.tr(", not public")
        location = m.location or PAGES_AGENDA_EDITOR.tr("location to be confirmed")
        remote = (esc(m.remote_details or PAGES_AGENDA_EDITOR.tr("offered")) if m.remote_offered
                  else PAGES_AGENDA_EDITOR.tr("not offered"))
        lines = [f"<span style='font-size:15px; font-weight:bold'>{esc(m.title)}</span> "
                 f"<span style='color:#555'>({esc(record_label(m.kind_label))}{not_public})</span>",
                 f"{esc(meeting_when(m))} · {esc(location)}",
                 PAGES_AGENDA_EDITOR.tr("Remote participation: {remote}").format(remote=remote)]
        more = [PAGES_AGENDA_EDITOR.tr("Status: <b>{status}</b>").format(status=status)]
        if chair:
            more.append(PAGES_AGENDA_EDITOR.tr("Chair: {chair}").format(chair=esc(chair)))
        if deadlines and m.status == "planned":
            papers_due, notice_due = deadlines
            more.append(PAGES_AGENDA_EDITOR.tr("Papers due {papers_due} · notice due {notice_due}").format(papers_due=window_day(papers_due), notice_due=window_day(notice_due)))
        elif m.notice_sent_on:
            more.append(PAGES_AGENDA_EDITOR.tr("Notice sent {notice_sent_on}").format(notice_sent_on=window_day(m.notice_sent_on)))
        lines.append(" · ".join(more))
        if m.objective:
            lines.append(PAGES_AGENDA_EDITOR.tr("Objective: {objective}").format(objective=esc(m.objective)))
        return "<br>".join(lines)

    def _show_timing(self, table) -> None:
        if table is None or not table.items:
            self.timing.setStyleSheet("")
            self.timing.setText(PAGES_AGENDA_EDITOR.tr("No items yet: add items, the standing items, or copy an earlier agenda."))
            return
        if table.overrun_minutes:
            self.timing.setStyleSheet("color: #c62828; font-weight: bold;")
            with in_window_language():
                self.timing.setText(table.warning())
        else:
            self.timing.setStyleSheet("color: #2e7d32;")
            spare = table.spare_minutes
            end = window_clock(table.items[-1].end)
            self.timing.setText(
                PAGES_AGENDA_EDITOR.tr("Ends at {end}, %n minute(s) before the meeting's end.", "", spare).format(end=end)
                if spare else PAGES_AGENDA_EDITOR.tr("Ends at {end}, on time.").format(end=end))

    def _show_approval(self, m: Meeting, approval: dict | None) -> None:
        if m.agenda_status == "sent":
            text = PAGES_AGENDA_EDITOR.tr("<b>Agenda sent</b> with the notice on {agenda_sent_on}. Changes now are listed as dated "
                    "revisions in the next pack.").format(agenda_sent_on=window_day(m.agenda_sent_on))
        elif approval is None:
            text = ""
        else:
            done = ", ".join(f"{_esc(n)} ({window_day(d)})" for n, d in approval["approved"])
            if approval["complete"]:
                text = PAGES_AGENDA_EDITOR.tr("<b>Agenda approved</b> by {done}. Ready to send with the notice.").format(done=done)
            else:
                waiting = ", ".join(_esc(n) for n in approval["pending"]) or PAGES_AGENDA_EDITOR.tr("a co-chair")
                text = (PAGES_AGENDA_EDITOR.tr("<b>Draft agenda</b>: approved by {done}; waiting for {waiting}.")
                        if done else PAGES_AGENDA_EDITOR.tr("<b>Draft agenda</b>: waiting for {waiting}.")).format(
                    done=done, waiting=waiting)
        self.approval.setText(text)

    # --- selection -------------------------------------------------------------------------
    def selected_item_row(self) -> int | None:
        rows = self.agenda_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_item(self, item_id: int | None) -> None:
        row = self.agenda_model.row_of(item_id) if item_id is not None else None
        if row is not None:
            select_row(self.agenda_table, row)

    def selected_paper_row(self) -> int | None:
        rows = self.papers_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None
