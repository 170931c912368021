"""Undoable edits of meetings, agendas and papers.

Each command calls core, then tells the session that "meetings" changed. Agenda commands
remember the agenda's state (status, approvals, revisions) before they run, so an undo
also takes back the approval reset or the revision the change caused.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.core import agendas, calendar, meetings, papers, trash
from msf_desk.core import records
from msf_desk.model.meetings import AgendaItem
from msf_desk.model.errors import UserError
from msf_desk.model.meetings import Meeting
from msf_desk.core.meetings import Proposal
from msf_desk.model.meetings import Paper
from msf_desk.ui.commands.base import CoreCommand, said
from msf_desk.ui.i18n import Context, window_day
from msf_desk.core.meetings import add_standing_items, note_change


COMMANDS_MEETINGS = Context("COMMANDS_MEETINGS")


class _Command(CoreCommand):
    topics = ("meetings",)


# --- meetings ------------------------------------------------------------------------------

class AddMeeting(_Command):
    def __init__(self, session, meeting: Meeting) -> None:
        super().__init__(session, said(COMMANDS_MEETINGS.tr("add meeting {title}"), title=meeting.title))
        self.meeting = meeting
        self.record: meetings.MeetingRecord | None = None

    @property
    def meeting_id(self) -> int | None:
        return self.record.meeting.id if self.record else None

    def _redo(self) -> None:
        if self.record is None:
            saved = meetings.add_meeting(self.db, self.meeting)
            self.record = meetings.meeting_record(self.db, saved.id)
        else:
            meetings.restore_meeting_record(self.db, self.record)

    def _undo(self) -> None:
        meetings.remove_meeting(self.db, self.record.meeting.id)


class EditMeeting(_Command):
    def __init__(self, session, before: Meeting, after: Meeting, today: dt.date) -> None:
        super().__init__(session, said(COMMANDS_MEETINGS.tr("edit meeting {title}"), title=after.title))
        self.before, self.after, self.today = before, dataclasses.replace(after, id=before.id), today
        self.state: agendas.AgendaState | None = None

    def _redo(self) -> None:
        self.state = agendas.agenda_state(self.db, self.before.id)
        # The first time, `before` is the meeting as the page loaded it: core refuses if it changed since.
        meetings.update_meeting(self.db, self.after, today=self.today,
                                loaded=None if self.done_once else self.before)

    def _undo(self) -> None:
        meetings.put_back(self.db, self.before)
        agendas.restore_agenda_state(self.db, self.before.id, self.state)


class SetStatus(_Command):

    def __init__(self, session, meeting: Meeting, status: str, reason: str, today: dt.date) -> None:
        verbs = {"held": said(COMMANDS_MEETINGS.tr("record as held {title}"), title=meeting.title),
                 "cancelled": said(COMMANDS_MEETINGS.tr("cancel {title}"), title=meeting.title),
                 "postponed": said(COMMANDS_MEETINGS.tr("postpone {title}"), title=meeting.title),
                 "planned": said(COMMANDS_MEETINGS.tr("reinstate {title}"), title=meeting.title)}
        super().__init__(session, verbs.get(status) or f"{status} {meeting.title}")
        self.before, self.status, self.reason, self.today = meeting, status, reason, today
        self.state: agendas.AgendaState | None = None

    def _redo(self) -> None:
        self.state = agendas.agenda_state(self.db, self.before.id)
        meetings.set_status(self.db, self.before.id, self.status, self.reason, today=self.today)

    def _undo(self) -> None:
        meetings.put_back(self.db, self.before)
        agendas.restore_agenda_state(self.db, self.before.id, self.state)


class RemoveMeeting(_Command):
    def __init__(self, session, meeting_id: int) -> None:
        super().__init__(session, said(COMMANDS_MEETINGS.tr("delete meeting")))
        self.meeting_id = meeting_id
        self.record: meetings.MeetingRecord | None = None

    def _redo(self) -> None:
        self.record = meetings.meeting_record(self.db, self.meeting_id)
        self.describe(said(COMMANDS_MEETINGS.tr("delete meeting {title}"), title=self.record.meeting.title))
        meetings.remove_meeting(self.db, self.meeting_id)

    def _undo(self) -> None:
        meetings.restore_meeting_record(self.db, self.record)


class ApplyPlan(_Command):
    def __init__(self, session, proposals: list[Proposal], location: str = "") -> None:
        count = sum(1 for p in proposals if p.accepted)
        super().__init__(session, said(COMMANDS_MEETINGS.tr("plan %n meeting(s)", "", count),
                                       english=f"plan {count} meeting{'s' if count != 1 else ''}"))
        self.proposals, self.location = proposals, location
        self.records: list[meetings.MeetingRecord] = []

    def _redo(self) -> None:
        if not self.records:
            created = meetings.apply_plan(self.db, self.proposals, location=self.location)
            self.records = [meetings.meeting_record(self.db, m.id) for m in created]
        else:
            for record in self.records:
                meetings.restore_meeting_record(self.db, record)

    def _undo(self) -> None:
        for record in self.records:
            meetings.remove_meeting(self.db, record.meeting.id)


# --- agendas -------------------------------------------------------------------------------

class _AgendaCommand(_Command):
    def __init__(self, session, meeting_id: int, text: str, today: dt.date | None = None) -> None:
        super().__init__(session, text)
        self.meeting_id = meeting_id
        self.today = today
        self.state: agendas.AgendaState | None = None

    def redo(self) -> None:
        self.state = agendas.agenda_state(self.db, self.meeting_id)
        super().redo()

    def undo(self) -> None:
        self._undo()
        agendas.restore_agenda_state(self.db, self.meeting_id, self.state)
        self._notify()


class AddItem(_AgendaCommand):
    def __init__(self, session, item: AgendaItem, today: dt.date | None = None) -> None:
        super().__init__(session, item.meeting_id, said(COMMANDS_MEETINGS.tr("add item {title}"), title=item.title), today)
        self.item = item
        self.saved: AgendaItem | None = None

    @property
    def item_id(self) -> int | None:
        return self.saved.id if self.saved else None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = agendas.add_item(self.db, self.item, today=self.today)
        else:
            agendas.restore_item(self.db, self.saved)
            note_change(self.db, self.meeting_id, f"Item added: {self.saved.title}.", today=self.today)

    def _undo(self) -> None:
        agendas.remove_item(self.db, self.saved.id)


class EditItem(_AgendaCommand):
    def __init__(self, session, before: AgendaItem, after: AgendaItem, today: dt.date | None = None) -> None:
        super().__init__(session, before.meeting_id, said(COMMANDS_MEETINGS.tr("edit item {title}"), title=after.title), today)
        self.before, self.after = before, dataclasses.replace(after, id=before.id)

    def _redo(self) -> None:
        agendas.update_item(self.db, self.after, today=self.today)

    def _undo(self) -> None:
        agendas.update_item(self.db, self.before, today=self.today)


class RemoveItem(_AgendaCommand):
    def __init__(self, session, item: AgendaItem, today: dt.date | None = None) -> None:
        super().__init__(session, item.meeting_id, said(COMMANDS_MEETINGS.tr("remove item {title}"), title=item.title), today)
        self.item = item
        self.paper_ids: list[int] = []

    def _redo(self) -> None:
        self.paper_ids = [p.id for p in papers.papers_of(self.db, self.meeting_id) if p.item_id == self.item.id]
        self.item = agendas.remove_item(self.db, self.item.id, today=self.today)

    def _undo(self) -> None:
        agendas.restore_item(self.db, self.item, self.paper_ids)


class ReorderItems(_AgendaCommand):
    def __init__(self, session, meeting_id: int, before: list[int], after: list[int],
                 today: dt.date | None = None) -> None:
        super().__init__(session, meeting_id, said(COMMANDS_MEETINGS.tr("reorder the agenda")), today)
        self.before, self.after = list(before), list(after)

    def _redo(self) -> None:
        agendas.reorder(self.db, self.meeting_id, self.after, today=self.today)

    def _undo(self) -> None:
        agendas.reorder(self.db, self.meeting_id, self.before, today=self.today)


class _ReplaceAgenda(_AgendaCommand):
    """Commands that add or replace many items: undo puts the whole agenda back as it was."""

    def _snapshot(self) -> tuple[list[AgendaItem], list[Paper]]:
        return agendas.items_of(self.db, self.meeting_id), papers.papers_of(self.db, self.meeting_id)

    def redo(self) -> None:
        self.before_items, self.before_papers = self._snapshot()
        super().redo()

    def _undo(self) -> None:
        for item in agendas.items_of(self.db, self.meeting_id):
            if item.id not in {i.id for i in self.before_items}:
                agendas.remove_item(self.db, item.id)
        present = {i.id for i in agendas.items_of(self.db, self.meeting_id)}
        for item in self.before_items:
            if item.id not in present:
                agendas.restore_item(self.db, item)
        for paper in self.before_papers:
            papers.restore_paper(self.db, paper)
        agendas.reorder(self.db, self.meeting_id, [i.id for i in self.before_items])


class AddStandingItems(_ReplaceAgenda):
    def __init__(self, session, meeting_id: int, today: dt.date | None = None) -> None:
        super().__init__(session, meeting_id, said(COMMANDS_MEETINGS.tr("add the standing items")), today)

    def _redo(self) -> None:
        if not add_standing_items(self.db, self.meeting_id, today=self.today):
            raise UserError("Every standing item is already on this agenda.")


class CopyAgenda(_ReplaceAgenda):
    def __init__(self, session, source_id: int, target_id: int, replace: bool, today: dt.date | None = None) -> None:
        super().__init__(session, target_id, said(COMMANDS_MEETINGS.tr("copy an agenda")), today)
        self.source_id, self.replace = source_id, replace

    def _redo(self) -> None:
        agendas.copy_agenda(self.db, self.source_id, self.meeting_id, replace=self.replace, today=self.today)


class ApproveAgenda(_AgendaCommand):
    def __init__(self, session, meeting_id: int, member_id: int, name: str, on: dt.date) -> None:
        super().__init__(session, meeting_id, said(COMMANDS_MEETINGS.tr("approval by {name}"), name=name))
        self.member_id, self.on = member_id, on

    def _redo(self) -> None:
        agendas.approve_agenda(self.db, self.meeting_id, self.member_id, on=self.on)

    def _undo(self) -> None:
        """The agenda state restored by the base class removes the approval."""


class SendNotice(_AgendaCommand):
    def __init__(self, session, meeting: Meeting, on: dt.date) -> None:
        super().__init__(session, meeting.id, said(COMMANDS_MEETINGS.tr("record the notice for {title} as sent"), title=meeting.title))
        self.before, self.on = meeting, on

    def _redo(self) -> None:
        self.before = meetings.get_meeting(self.db, self.meeting_id)
        records.send_notice(self.db, self.meeting_id, on=self.on)

    def _undo(self) -> None:
        meetings.put_back(self.db, self.before)


# --- papers --------------------------------------------------------------------------------

class AddPaper(_AgendaCommand):
    def __init__(self, session, paper: Paper, *, files_dir=None, source=None, today: dt.date | None = None) -> None:
        super().__init__(session, paper.meeting_id, said(COMMANDS_MEETINGS.tr("add paper {title}"), title=paper.title), today)
        self.paper, self.files_dir, self.source = paper, files_dir, source
        self.saved: Paper | None = None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = papers.add_paper(self.db, self.paper, files_dir=self.files_dir, source=self.source,
                                          today=self.today)
        else:
            papers.restore_paper(self.db, self.saved)
            note_change(self.db, self.meeting_id, f"Paper added: {self.saved.title}.", today=self.today)

    def _undo(self) -> None:
        papers.remove_paper(self.db, self.saved.id)


class EditPaper(_AgendaCommand):
    def __init__(self, session, before: Paper, after: Paper, today: dt.date | None = None) -> None:
        super().__init__(session, before.meeting_id, said(COMMANDS_MEETINGS.tr("edit paper {title}"), title=after.title), today)
        self.before, self.after = before, dataclasses.replace(after, id=before.id)

    def _redo(self) -> None:
        papers.update_paper(self.db, self.after, today=self.today)

    def _undo(self) -> None:
        papers.update_paper(self.db, self.before, today=self.today)


class RemovePaper(_AgendaCommand):
    def __init__(self, session, paper: Paper, today: dt.date | None = None) -> None:
        super().__init__(session, paper.meeting_id, said(COMMANDS_MEETINGS.tr("remove paper {title}"), title=paper.title), today)
        self.paper = paper

    def _redo(self) -> None:
        self.trash_id = papers.trash_paper(self.db, self.paper.id, today=self.today)

    def _undo(self) -> None:
        trash.restore(self.db, self.trash_id)


# --- the forum's holidays ------------------------------------------------------------------

class _HolidayCommand(CoreCommand):
    # The Meetings page counts notice deadlines and Responses due dates in working days.
    topics = ("holidays", "meetings")


class AddHoliday(_HolidayCommand):
    def __init__(self, session, holiday: calendar.Holiday) -> None:
        super().__init__(session, said(COMMANDS_MEETINGS.tr("add holiday {day}"), day=window_day(holiday.day)))
        self.holiday = holiday

    def _redo(self) -> None:
        calendar.add_holiday(self.db, self.holiday)

    def _undo(self) -> None:
        calendar.remove_holiday(self.db, self.holiday)


class RemoveHoliday(_HolidayCommand):
    def __init__(self, session, holiday: calendar.Holiday) -> None:
        super().__init__(session, said(COMMANDS_MEETINGS.tr("remove holiday {day}"), day=window_day(holiday.day)))
        self.holiday = holiday

    def _redo(self) -> None:
        calendar.remove_holiday(self.db, self.holiday)

    def _undo(self) -> None:
        calendar.add_holiday(self.db, self.holiday)
