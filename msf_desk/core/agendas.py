"""Agendas: items and their timings, co-chairs' approval and the notice.

The records (AgendaItem, StandingItem) live in msf_desk.model.meetings; the standing items a
new agenda starts with and the record of changes after the notice live with the meeting
(core.meetings); the pack each audience may see is in core.audience.pack."""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.core import forum
from msf_desk.model.dates import to_local
from msf_desk.core.meetings import _is_closing, note_change
from msf_desk.core.meetings import cochairs_on, ensure_unlocked, get_meeting
from msf_desk.core.language import _, clock, ngettext
from msf_desk.model.dates import human
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.meetings import PURPOSES, AgendaItem
from msf_desk.store import meetings as store, members as member_store
from msf_desk.store import record_locks as lock_store
from msf_desk.store.db import transaction
from msf_desk.model.messages import M_
from msf_desk.core.messages import message_day, message_label
from msf_desk.model.records import record

AUDIENCES = ("members", "public")


def validate_item(item: AgendaItem) -> None:
    problems: dict[str, str] = {}
    if not item.title.strip():
        problems["title"] = M_("an agenda item needs a title")
    if item.purpose not in PURPOSES:
        problems["purpose"] = M_("choose information, discussion or decision")
    try:
        minutes = int(item.duration_minutes)
        if not 0 <= minutes <= 600:
            raise ValueError
    except (TypeError, ValueError):
        problems["duration_minutes"] = M_("a duration between 0 and 600 minutes")
    if item.draft_decision.strip() and item.purpose != "decision":
        problems["draft_decision"] = M_("a draft decision belongs to an item for decision")
    if item.is_break and item.draft_decision.strip():
        problems["draft_decision"] = M_("a break has no decision")
    if problems:
        raise ValidationError(problems)


# --- timings --------------------------------------------------------------------------

@record
class TimedItem:
    """An agenda item with its start and end in the meeting's time."""

    item: AgendaItem
    number: int  # 0 for a break: breaks take time but have no number
    start: dt.datetime  # local wall time in the meeting's zone
    end: dt.datetime
    overruns: bool  # ends after the meeting's scheduled end

    @property
    def start_text(self) -> str:
        return clock(self.start)

    @property
    def end_text(self) -> str:
        return clock(self.end)


@record
class Timetable:
    """A meeting's agenda laid out in time, and by how much it overruns."""

    items: list[TimedItem]
    ends: dt.datetime  # local
    scheduled_end: dt.datetime  # local
    overrun_minutes: int

    def warning(self) -> str:
        if self.overrun_minutes <= 0:
            return ""
        return _("The agenda runs {length} past the meeting's end ({end}): it would finish at {finish}.").format(
            length=_minutes_text(self.overrun_minutes), end=clock(self.scheduled_end), finish=clock(self.ends))

    @property
    def spare_minutes(self) -> int:
        return max(0, int((self.scheduled_end - self.ends).total_seconds() // 60))


def _minutes_text(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(ngettext("{n} hour", "{n} hours", hours).format(n=hours))
    if mins or not hours:
        parts.append(ngettext("{n} minute", "{n} minutes", mins).format(n=mins))
    return " ".join(parts)


def timings(meeting, items: list[AgendaItem]) -> Timetable:
    """Each item's start and end from the meeting's start, in the meeting's wall time.

    Arithmetic runs in UTC and is converted item by item, so a meeting across a
    daylight-saving change still prints the clock people will see.
    """
    cursor = meeting.starts_at
    timed = []
    number = 0
    for item in sorted(items, key=lambda i: (i.position, i.id or 0)):
        end = cursor + dt.timedelta(minutes=int(item.duration_minutes))
        if not item.is_break:
            number += 1
        timed.append(TimedItem(item, 0 if item.is_break else number, to_local(cursor, meeting.timezone),
                               to_local(end, meeting.timezone), end > meeting.ends_at))
        cursor = end
    overrun = max(0, int((cursor - meeting.ends_at).total_seconds() // 60))
    return Timetable(timed, to_local(cursor, meeting.timezone), meeting.local_end, overrun)


# --- the agenda's lifecycle -----------------------------------------------------------

@record
class AgendaState:
    """What an undo puts back: the status, approvals and revisions as they were."""

    agenda_status: str
    agenda_sent_on: dt.date | None
    approvals: dict[int, dt.date]
    revision_ids: list[int]
    sequence: int


def agenda_state(db, meeting_id: int) -> AgendaState:
    meeting = get_meeting(db, meeting_id)
    return AgendaState(meeting.agenda_status, meeting.agenda_sent_on, store.approvals_of(db, meeting_id),
                       [r[0] for r in store.revisions_of(db, meeting_id)], meeting.sequence)


def restore_agenda_state(db, meeting_id: int, state: AgendaState) -> None:
    ensure_unlocked(db, meeting_id, M_("its agenda"))
    with transaction(db):
        # SEQUENCE is left as it is: calendars only accept an update with a higher one.
        store.set_meeting_fields(db, meeting_id, agenda_status=state.agenda_status,
                                 agenda_sent_on=state.agenda_sent_on)
        store.clear_approvals(db, meeting_id)
        for member_id, on in state.approvals.items():
            store.add_approval(db, meeting_id, member_id, on)
        for revision_id, _on, _text in store.revisions_of(db, meeting_id):
            if revision_id not in state.revision_ids:
                store.delete_revision(db, revision_id)
        if state.agenda_status != "sent":
            # The notice is undone: the matters arising frozen with it go too.
            lock_store.delete_pack(db, meeting_id)


def items_of(db, meeting_id: int) -> list[AgendaItem]:
    return store.items_of(db, meeting_id)


def get_item(db, item_id: int) -> AgendaItem:
    item = store.get_item(db, item_id)
    if item is None:
        raise UserError(M_("There is no agenda item with id {item_id}.").format(item_id=item_id))
    return item


def add_item(db, item: AgendaItem, *, today: dt.date | None = None) -> AgendaItem:
    """Add an item: at its position if given, else before any closing standing item (AOB)."""
    validate_item(item)
    ensure_unlocked(db, item.meeting_id, M_("its agenda"))
    with transaction(db):
        existing = store.items_of(db, item.meeting_id)
        if item.position and 1 <= item.position <= len(existing):
            at = item.position - 1
        else:
            closing = [i for i, e in enumerate(existing) if e.standing and _is_closing(db, e.standing)]
            at = closing[0] if closing and not item.standing else len(existing)
        saved = store.insert_item(db, dataclasses.replace(item, position=len(existing) + 1))
        order = [e.id for e in existing]
        order.insert(at, saved.id)
        store.set_positions(db, order)
        note_change(db, item.meeting_id, f"Item added: {item.title}.", today=today)
    return store.get_item(db, saved.id)


def update_item(db, item: AgendaItem, *, today: dt.date | None = None) -> AgendaItem:
    validate_item(item)
    old = get_item(db, item.id)
    ensure_unlocked(db, old.meeting_id, M_("its agenda"))
    item = dataclasses.replace(item, meeting_id=old.meeting_id, position=old.position)
    if item == old:
        return item
    if item.is_break and any(p.item_id == item.id for p in store.papers_of(db, old.meeting_id)):
        raise ValidationError({"is_break": M_("“{title}” has papers; move them to another item before making it a break").format(title=old.title)})
    store.update_item(db, item)
    what = []
    if old.title != item.title:
        what.append(f"now titled “{item.title}”")
    if old.duration_minutes != item.duration_minutes:
        what.append(f"{item.duration_minutes} minutes instead of {old.duration_minutes}")
    if old.purpose != item.purpose:
        what.append(item.purpose_label.lower())
    detail = f" ({'; '.join(what)})" if what else ""
    note_change(db, item.meeting_id, f"Item “{old.title}” changed{detail}.", today=today)
    return item


def remove_item(db, item_id: int, *, today: dt.date | None = None) -> AgendaItem:
    """Take an item off the agenda; its papers stay with the meeting, no longer tied to an item."""
    item = get_item(db, item_id)
    ensure_unlocked(db, item.meeting_id, M_("its agenda"))
    with transaction(db):
        store.delete_item(db, item_id)
        store.set_positions(db, [i.id for i in store.items_of(db, item.meeting_id)])
        note_change(db, item.meeting_id, f"Item removed: {item.title}.", today=today)
    return item


def restore_item(db, item: AgendaItem, paper_ids: list[int] = ()) -> None:
    """Put a removed item back where it was (undo), with its papers tied to it again."""
    ensure_unlocked(db, item.meeting_id, M_("its agenda"))
    with transaction(db):
        order = [i.id for i in store.items_of(db, item.meeting_id)]
        store.restore_item(db, item)
        order.insert(max(0, min(len(order), item.position - 1)), item.id)
        store.set_positions(db, order)
        for paper_id in paper_ids:
            paper = store.get_paper(db, paper_id)
            if paper is not None:
                store.update_paper(db, dataclasses.replace(paper, item_id=item.id))


def reorder(db, meeting_id: int, ordered_ids: list[int], *, today: dt.date | None = None) -> None:
    """Set the order of the whole agenda (drag and drop, or moving an item up or down)."""
    ensure_unlocked(db, meeting_id, M_("its agenda"))
    current = [i.id for i in store.items_of(db, meeting_id)]
    if sorted(current) != sorted(ordered_ids):
        raise UserError(M_("The agenda changed meanwhile; reload it and try again."))
    if current == list(ordered_ids):
        return
    with transaction(db):
        store.set_positions(db, list(ordered_ids))
        note_change(db, meeting_id, "Items reordered.", today=today)


def move_item(db, item_id: int, to_index: int, *, today: dt.date | None = None) -> list[int]:
    """Move one item to `to_index` (0-based) and return the new order of ids."""
    item = get_item(db, item_id)
    order = [i.id for i in items_of(db, item.meeting_id)]
    order.remove(item_id)
    to_index = max(0, min(len(order), to_index))
    order.insert(to_index, item_id)
    reorder(db, item.meeting_id, order, today=today)
    return order


def copy_agenda(db, source_meeting_id: int, target_meeting_id: int, *, replace: bool = True,
                today: dt.date | None = None) -> list[AgendaItem]:
    """Copy an earlier meeting's items (without papers or decisions taken) to another meeting."""
    if source_meeting_id == target_meeting_id:
        raise UserError(M_("Choose a different meeting to copy the agenda from."))
    target = get_meeting(db, target_meeting_id)
    ensure_unlocked(db, target_meeting_id, M_("its agenda"))
    source_items = store.items_of(db, source_meeting_id)
    if not source_items:
        raise UserError(M_("“{title}” has no agenda items to copy.").format(title=get_meeting(db, source_meeting_id).title))
    if target.agenda_status == "sent" and replace:
        raise UserError(M_("The agenda of “{title}” has been sent; add items one by one instead.").format(title=target.title))
    copied = []
    with transaction(db):
        if replace:
            for item in store.items_of(db, target_meeting_id):
                store.delete_item(db, item.id)
        start = len(store.items_of(db, target_meeting_id))
        for n, item in enumerate(source_items, start=start + 1):
            copied.append(store.insert_item(db, dataclasses.replace(
                item, id=None, meeting_id=target_meeting_id, position=n)))
        note_change(db, target_meeting_id, "Agenda copied from an earlier meeting.", today=today)
    return copied


def approval_status(db, meeting_id: int, *, on: dt.date | None = None) -> dict:
    """Who has approved, who still must (the co-chairs serving `on`), and whether it is approved."""
    meeting = get_meeting(db, meeting_id)
    approvals = store.approvals_of(db, meeting_id)
    chairs = cochairs_on(db, on or dt.date.today())
    both = forum.load(db).both_cochairs_approve
    pending = [c for c in chairs if c.id not in approvals]
    done = [(member_store.get_member(db, mid), on) for mid, on in approvals.items()]
    complete = bool(approvals) and (not pending if both else True)
    return {"approved": [(m.name if m else "a former member", on) for m, on in done],
            "pending": [c.name for c in pending], "complete": complete, "both_required": both,
            "status": meeting.agenda_status}


def approve_agenda(db, meeting_id: int, member_id: int, *, on: dt.date | None = None) -> str:
    """Record a co-chair's approval; return the agenda's status afterwards."""
    on = on or dt.date.today()
    meeting = get_meeting(db, meeting_id)
    ensure_unlocked(db, meeting_id, M_("its agenda"))
    if meeting.agenda_status == "sent":
        raise UserError(M_("The agenda of “{title}” has already been sent.").format(title=meeting.title))
    if not store.items_of(db, meeting_id):
        raise UserError(M_("The agenda of “{title}” has no items yet.").format(title=meeting.title))
    chairs = cochairs_on(db, on)
    if member_id not in {c.id for c in chairs}:
        raise UserError(M_("Only a serving co-chair can approve the agenda."))
    with transaction(db):
        store.add_approval(db, meeting_id, member_id, on)
        approvals = store.approvals_of(db, meeting_id)
        both = forum.load(db).both_cochairs_approve
        complete = all(c.id in approvals for c in chairs) if both else True
        if complete:
            store.set_meeting_fields(db, meeting_id, agenda_status="approved")
    return "approved" if complete else "draft"


def record_notice(db, meeting_id: int, *, on: dt.date | None = None) -> None:
    """Record that the notice and pack went to members: the agenda is sent, the meeting notified.

    Call `send_notice` (core.records): it also freezes what the pack says about the rest of
    the forum (its matters arising) in the same transaction."""
    on = on or dt.date.today()
    meeting = get_meeting(db, meeting_id)
    ensure_unlocked(db, meeting_id, M_("its notice"))
    if meeting.agenda_status == "sent":
        raise UserError(M_("The notice for “{title}” was already sent on {agenda_sent_on}.").format(title=meeting.title, agenda_sent_on=message_day(meeting.agenda_sent_on)))
    if meeting.agenda_status != "approved":
        raise UserError(M_("The co-chairs have not approved the agenda of “{title}” yet.").format(title=meeting.title))
    if not meeting.is_open:
        raise UserError(M_("“{title}” is {status_label}; no notice can be sent.").format(title=meeting.title, status_label=message_label(meeting.status_label).lower()))
    with transaction(db):
        store.set_meeting_fields(db, meeting_id, agenda_status="sent", agenda_sent_on=on,
                                 status="notice_sent", notice_sent_on=on)


def revisions(db, meeting_id: int) -> list[tuple[dt.date, str]]:
    return [(on, text) for _id, on, text in store.revisions_of(db, meeting_id)]
