"""What the Minutes page reads, in functions of the forum alone (`db`): the page may run them
off the GUI thread (ui/pages/base.py, read_then_show) and shows what they return."""
from __future__ import annotations

import datetime as dt
from dataclasses import field
from msf_desk.model.records import record

from msf_desk.core import actions as core_actions
from msf_desk.core import matters_arising as arising_rules
from msf_desk.core import minutes as core
from msf_desk.core import minutes_reads
from msf_desk.core.agendas import items_of, timings
from msf_desk.core.meetings import get_meeting, list_meetings
from msf_desk.core.members import list_members
from msf_desk.core import forum as core_forum
from msf_desk.ui.models.minutes import attendance_cells
from msf_desk.ui.widgets.conflicts import read_conflicts


@record
class MeetingReading:
    """One meeting's minutes as the page's tables show them."""

    meeting_id: int | None
    minutes: object = None                  # msf_desk.model.minutes.Minutes, None before they start
    approved_at_title: str = ""             # the meeting where locked minutes were approved
    items: list = field(default_factory=list)          # the agenda's timed items, pauses left out
    decisions: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)          # item id -> discussion notes
    attendance: list = field(default_factory=list)
    quorum: object = None
    quorum_lines: list = field(default_factory=list)
    arising: list = field(default_factory=list)        # open actions from earlier meetings
    arising_titles: dict = field(default_factory=dict)
    amendments: list = field(default_factory=list)
    item: object = None      # the item to show, when read with the meeting
    # The attendance table's cells, prepared here (off the window's thread) with `cells_for`,
    # the members they name (the page uses them when it shows those same members).
    attendance_cells: list | None = field(default=None, compare=False, repr=False)
    cells_for: object = field(default=None, compare=False, repr=False)


@record
class ItemReading:
    """One agenda item as the Item tab shows it: its notes, breakout groups, declarations, the
    decisions with their verdicts, and the agenda's conflicts (the panel shows the item's)."""

    meeting_id: int
    item_id: int | None
    standing: str = ""
    discussion: str = ""
    breakouts: str = ""
    declarations: list = field(default_factory=list)
    profile: object = None
    decisions: list = field(default_factory=list)      # the meeting's decisions, in order
    verdicts: dict = field(default_factory=dict)       # decision id -> verdict
    counts: dict = field(default_factory=dict)         # the item's decisions: id -> the numbers behind a verdict
    conflicts: tuple = ((), ())                        # (found, flagged) for the agenda


@record
class MinutesReading:
    meetings: list                          # the meetings one may minute, newest first
    members: dict
    statuses: dict                          # meeting id -> minutes status
    meeting: MeetingReading


def choices(db, today: dt.date, statuses: dict) -> list:
    """Meetings with minutes, and those held (or due) by `today` not cancelled or postponed."""
    chosen = [m for m in list_meetings(db)
              if m.id in statuses or (m.status not in ("cancelled", "postponed") and m.day <= today)]
    return sorted(chosen, key=lambda m: m.starts_at, reverse=True)


def read_item(db, meeting_id: int, item_id: int | None, words, *, started: bool) -> ItemReading:
    """The item's records (`started`: the meeting's minutes exist, so it has decisions and
    declarations to show); `words` as for read_meeting (the verdicts' explanations)."""
    reading = ItemReading(meeting_id, item_id, profile=core_forum.load(db), conflicts=read_conflicts(db, meeting_id))
    if item_id is None:
        return reading
    reading.standing = next((i.standing for i in items_of(db, meeting_id) if i.id == item_id), "")
    reading.discussion = core.discussion_of(db, item_id)
    reading.breakouts = core.breakout_notes_text(core.breakouts_of(db, item_id))
    if started:
        reading.declarations = core.declarations_of(db, item_id)
        reading.decisions = core.decisions_of(db, meeting_id)
        with words:
            reading.verdicts = core.verdicts_of(db, meeting_id)
        mine = [d for d in reading.decisions if d.item_id == item_id]
        if mine:
            members, attendance = list_members(db), core.attendance_of(db, meeting_id)
            day = get_meeting(db, meeting_id).day
            reading.counts = {d.id: core.decision_count(db, d, members=members, attendance=attendance, day=day)
                              for d in mine}
    return reading


def read_meeting(db, meeting, words, *, item: int | None = None, with_item: bool = False,
                 members: dict | None = None) -> MeetingReading:
    """`meeting` (or None); `words` is the context the quorum lines are written in (the window's
    language: msf_desk.ui.i18n.in_window_language(), made on the GUI thread). `with_item`: the
    item to show is read too (`item`, else the agenda's first). `members` (id -> Member, as the
    page shows them): the attendance table's cells are prepared with them."""
    if meeting is None:
        return MeetingReading(None)
    mid = meeting.id
    minutes = minutes_reads.get_minutes(db, mid)
    reading = MeetingReading(mid, minutes)
    reading.items = [t for t in timings(meeting, items_of(db, mid)).items if not t.item.is_break]
    if minutes is not None:
        reading.decisions = core.decisions_of(db, mid)
        reading.actions = core_actions.actions_of(db, mid)
        reading.notes = core.discussions_for_meeting(db, mid)
        reading.attendance = core.attendance_of(db, mid)
        if members is not None:
            reading.attendance_cells = [attendance_cells(a, members) for a in reading.attendance]
            reading.cells_for = members
        reading.quorum = core.meeting_quorum(db, mid)
        with words:   # live lines in the window's language; approved ones as approved
            reading.quorum_lines = core.quorum_lines(db, mid)
        reading.amendments = core.amendments_of(db, mid)
        if minutes.locked:
            at = next((x for x in list_meetings(db) if x.id == minutes.approved_at_meeting_id), None)
            reading.approved_at_title = at.title if at else ""
    reading.arising = arising_rules.matters_arising(db, mid)
    reading.arising_titles = core.item_titles(db) if reading.arising else {}
    if with_item:
        if item is None and reading.items:
            item = reading.items[0].item.id
        reading.item = read_item(db, mid, item, words, started=minutes is not None)
    return reading


def read_minutes(db, today: dt.date, keep: int | None, words, item: int | None = None) -> MinutesReading:
    """The meetings to choose from and the one to show: `keep` if it is still there, else the
    newest held meeting whose minutes are not approved yet, else the newest; and its item to
    show (`item` when `keep` is shown, else the first)."""
    statuses = core.minutes_statuses(db)
    meetings = choices(db, today, statuses)
    members = {m.id: m for m in list_members(db)}
    if keep is None or all(m.id != keep for m in meetings):
        item = None                         # another meeting shown: its first item
        keep = next((m.id for m in meetings if statuses.get(m.id) in (None, "draft", "circulated")
                     and m.status == "held"), meetings[0].id if meetings else None)
    meeting = next((m for m in meetings if m.id == keep), None)
    return MinutesReading(meetings, members, statuses,
                          read_meeting(db, meeting, words, item=item, with_item=True, members=members))
