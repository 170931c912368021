"""A panel listing the potential conflicts of interest on a meeting's agenda (or one item),
with recusals and waivers, and the decisions flagged because a conflicted member took part.

Reusable: the Ethics page, the agenda builder and the minutes page each embed one.

    panel = ConflictsPanel(session, can_record=True)   # can_record: the minutes page
    panel.set_meeting(meeting_id)                       # or set_meeting(meeting_id, item_id)

Its page gives it what it read with the meeting (`read=`); what the panel reads itself (a
meeting set without them, a change) it reads as a page does (PageBase.read_then_show): off the
GUI thread when `later` (its page's), a newer reading dropping an older; meanwhile nothing to
record. `covered(topic)`: the page reads the conflicts again itself after such a change.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msf_desk.core.conflicts import Conflict, FlaggedDecision, conflicts_for_meeting, flagged_decisions
from msf_desk.model.errors import UserError
from msf_desk.ui.commands.ethics import RecordOnItem
from msf_desk.ui.commands.base import run
from msf_desk.ui.errors import show_error
from msf_desk.ui.models.ethics import ConflictsModel
from msf_desk.ui.widgets.forms import esc as _esc
from msf_desk.ui.i18n import Context
from msf_desk.ui.pages.base import PageBase, not_read_text
from msf_desk.ui.widgets.tables import select_row

WIDGETS_CONFLICTS = Context("WIDGETS_CONFLICTS")

TOPICS = ("ethics", "members", "meetings", "minutes", "agendas")


def read_conflicts(db, meeting_id: int) -> tuple[list[Conflict], list[FlaggedDecision]]:
    """A meeting's conflicts and flagged decisions, as the panel shows them (nothing for a
    meeting deleted meanwhile). Only core: a page may read it off the GUI thread."""
    try:
        found = conflicts_for_meeting(db, meeting_id)
        return found, flagged_decisions(db, meeting_id, found)
    except UserError:
        return [], []


class ConflictsPanel(PageBase, QWidget):
    """Conflicts for one meeting (or item). `updated(count)` after each refresh."""

    updated = Signal(int)
    filled = Signal()              # what it read is shown
    fill_failed = Signal(object)   # its own reading failed (the exception)

    def __init__(self, session, parent: QWidget | None = None, *, can_record: bool = False,
                 later: bool = False, covered=None) -> None:
        super().__init__(parent)
        self.session = session
        self.later = later
        self.covered = covered or (lambda _topic: False)
        self.can_record = can_record
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.conflicts: list[Conflict] = []
        self.flagged: list[FlaggedDecision] = []

        self.summary = QLabel()
        self.summary.setObjectName("conflicts_summary")
        self.summary.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.table = QTableView()
        self.table.setObjectName("conflicts_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)          # the reason takes the spare width, wrapped
        self.flags = QLabel()
        self.flags.setObjectName("flagged_decisions")
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.RichText)
        self.flags.setStyleSheet("color: #b71c1c;")
        self.flags.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.flags)

        self.note = QLineEdit()
        self.note.setObjectName("conflict_note")
        self.note.setPlaceholderText(WIDGETS_CONFLICTS.tr("Note for the minutes (e.g. left the room for the item)"))
        self.recuse_button = QPushButton(WIDGETS_CONFLICTS.tr("Record recusal"))
        self.recuse_button.setObjectName("record_recusal")
        self.waiver_button = QPushButton(WIDGETS_CONFLICTS.tr("Record waiver"))
        self.waiver_button.setObjectName("record_waiver")
        self.waiver_button.setToolTip(WIDGETS_CONFLICTS.tr("The co-chairs allowed the member to take part despite the interest."))
        self.declare_button = QPushButton(WIDGETS_CONFLICTS.tr("Record declaration"))
        self.declare_button.setObjectName("record_declaration")
        self.declare_button.setToolTip(WIDGETS_CONFLICTS.tr("The member declared the interest at the meeting."))
        self.recuse_button.clicked.connect(lambda: self.record("recusal"))
        self.waiver_button.clicked.connect(lambda: self.record("waiver"))
        self.declare_button.clicked.connect(lambda: self.record("declaration"))
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        for button in (self.declare_button, self.recuse_button, self.waiver_button):
            row.addWidget(button)
        self.record_row = QWidget()
        self.record_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.record_row.setVisible(can_record)
        layout.addWidget(self.record_row)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.changed.connect(self._on_changed)
        self.fill_failed.connect(lambda exc: self.show_reading(not_read_text(exc)))
        self.set_meeting(None)

    # --- what it shows -------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None, item_id: int | None = None, *, read=None) -> None:
        """Show the meeting's conflicts; `read` is read_conflicts(db, meeting_id) when the page
        has read them already (off the GUI thread)."""
        other = (meeting_id, item_id) != (self.meeting_id, self.item_id)
        self.meeting_id, self.item_id = meeting_id, item_id
        if other and read is None and meeting_id is not None and self.later:
            self.show_reading(WIDGETS_CONFLICTS.tr("Reading the potential conflicts of interest…"))
        self.refresh(read)

    def show_reading(self, text: str) -> None:
        """While its page reads the conflicts (or could not): none shown, nothing to record."""
        self.conflicts, self.flagged = [], []
        self.model.set_conflicts([], [])
        self.summary.setText(text)
        self.flags.hide()
        for button in (self.recuse_button, self.waiver_button, self.declare_button):
            button.setEnabled(False)

    def _on_changed(self, topic: str) -> None:
        if topic in TOPICS and self.meeting_id is not None and not self.covered(topic):
            self.refresh()

    def refresh(self, read=None) -> None:
        """Show `read` (what the page read for this meeting), else read them (see the module notes)."""
        if read is None and self.meeting_id is not None:
            meeting_id = self.meeting_id
            self.read_then_show(lambda db: read_conflicts(db, meeting_id), self._show)
            self._update_buttons()         # nothing to record on what is being read again
            return
        self._reading += 1                 # an older reading of the panel's comes back to nobody
        self._show(read)
        self._filled(self._reading)

    def _show(self, read) -> None:
        if self.meeting_id is None:
            self.conflicts, self.flagged = [], []
        else:
            found, flagged = read
            if self.item_id is not None:
                found = [c for c in found if c.item_id == self.item_id]
                flagged = [f for f in flagged if f.item_id == self.item_id]
            self.conflicts, self.flagged = found, flagged
        self.model.set_conflicts(self.conflicts, self.flagged)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, widest in ((0, 200), (1, 160), (2, 140)):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary_text())
        if self.flagged:
            items = "".join(f"<li>{_esc(f.reason)}</li>" for f in self.flagged)
            self.flags.setText(WIDGETS_CONFLICTS.tr("<b>Decisions flagged:</b><ul style='margin-left:-20px'>{items}</ul>").format(items=items))
        self.flags.setVisible(bool(self.flagged))
        self._update_buttons()
        self.updated.emit(len(self.conflicts))

    def _summary_text(self) -> str:
        if self.meeting_id is None:
            return WIDGETS_CONFLICTS.tr("Choose a meeting to see potential conflicts of interest.")
        where = WIDGETS_CONFLICTS.tr("this item") if self.item_id is not None else WIDGETS_CONFLICTS.tr("this agenda")
        if not self.conflicts:
            return (WIDGETS_CONFLICTS.tr("No potential conflict of interest on {where}, from the interests members have declared "
                    "and the organisations and topics the items name.").format(where=where))
        n = len(self.conflicts)
        parts = [WIDGETS_CONFLICTS.tr("%n potential conflict(s) of interest on {where}", "", n).format(where=where)]
        recused = sum(1 for c in self.conflicts if c.recused)
        waived = sum(1 for c in self.conflicts if c.waived and not c.recused)
        if recused:
            parts.append(f"{recused} recus{'als' if recused != 1 else 'al'}")
        if waived:
            parts.append(f"{waived} waiver{'s' if waived != 1 else ''}")
        if self.flagged:
            parts.append(WIDGETS_CONFLICTS.tr("%n decision(s) flagged", "", len(self.flagged)))
        return "; ".join(parts) + "."

    # --- recording at the meeting ----------------------------------------------------------
    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _locked(self) -> bool:
        from msf_desk.core.minutes import is_locked

        return self.meeting_id is None or is_locked(self.session.db, self.meeting_id)

    def _update_buttons(self, *_args) -> None:
        if not self.can_record:
            return
        chosen = None if self.filling else self.selected()
        open_minutes = not self._locked()
        self.recuse_button.setEnabled(open_minutes and chosen is not None and not chosen.recused)
        self.waiver_button.setEnabled(open_minutes and chosen is not None and not chosen.handled)
        self.declare_button.setEnabled(open_minutes and chosen is not None and not chosen.declared_at_meeting)
        self.record_row.setToolTip("" if open_minutes else WIDGETS_CONFLICTS.tr("The minutes of this meeting are approved and locked."))

    def record(self, kind: str) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        command = RecordOnItem(self.session, chosen.item_id, chosen.member_id, kind, self.note.text().strip(),
                               member_name=chosen.member_name)
        error = run(self.session, command)
        if error is not None:
            show_error(self, error, WIDGETS_CONFLICTS.tr("Cannot record it"))
            return
        self.note.clear()
        self.when_filled(lambda: self._reselect(chosen))   # once the list is read again

    def _reselect(self, chosen: Conflict) -> None:
        for row, c in enumerate(self.model.rows):
            if (c.item_id, c.member_id) == (chosen.item_id, chosen.member_id):
                select_row(self.table, row)
                return
