"""Agendas: items and their timings, standing items, co-chairs' approval, the notice, and the
pack each audience may see."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from msf_desk.core.calendar import clock, to_local
from msf_desk.core.dates import human
from msf_desk.core.errors import UserError, ValidationError

PURPOSES = {"information": "For information", "discussion": "For discussion", "decision": "For decision"}
AGENDA_STATUSES = {"draft": "Draft", "approved": "Approved by the co-chairs", "sent": "Sent with the notice"}
AUDIENCES = ("members", "public")
# Standing items placed before this position open the agenda; the rest close it.
_CLOSING_FROM = 50


@dataclass
class AgendaItem:
    meeting_id: int
    title: str
    position: int = 0
    purpose: str = "discussion"
    presenters: str = ""
    duration_minutes: int = 15
    description: str = ""
    questions: str = ""  # one question per line
    draft_decision: str = ""
    topics: str = ""  # ';'-separated keywords, for finding conflicts of interest
    organisations: str = ""  # ';'-separated organisations concerned
    standing: str = ""  # the standing item's key, if it came from the template
    id: int | None = None

    @property
    def purpose_label(self) -> str:
        return PURPOSES.get(self.purpose, self.purpose)

    @property
    def question_list(self) -> list[str]:
        return [q.strip().lstrip("•·-* ").strip() for q in self.questions.splitlines() if q.strip()]

    @property
    def topic_list(self) -> list[str]:
        return _split(self.topics)

    @property
    def organisation_list(self) -> list[str]:
        return _split(self.organisations)


@dataclass
class StandingItem:
    key: str
    position: int
    title: str
    purpose: str = "information"
    duration_minutes: int = 5
    enabled: bool = True
    id: int | None = None


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ";").split(";") if part.strip()]


def validate_item(item: AgendaItem) -> None:
    problems: dict[str, str] = {}
    if not item.title.strip():
        problems["title"] = "an agenda item needs a title"
    if item.purpose not in PURPOSES:
        problems["purpose"] = "choose information, discussion or decision"
    try:
        minutes = int(item.duration_minutes)
        if not 0 <= minutes <= 600:
            raise ValueError
    except (TypeError, ValueError):
        problems["duration_minutes"] = "a duration between 0 and 600 minutes"
    if item.draft_decision.strip() and item.purpose != "decision":
        problems["draft_decision"] = "a draft decision belongs to an item for decision"
    if problems:
        raise ValidationError(problems)


# --- timings --------------------------------------------------------------------------

@dataclass
class TimedItem:
    item: AgendaItem
    number: int
    start: dt.datetime  # local wall time in the meeting's zone
    end: dt.datetime
    overruns: bool  # ends after the meeting's scheduled end

    @property
    def start_text(self) -> str:
        return clock(self.start)

    @property
    def end_text(self) -> str:
        return clock(self.end)


@dataclass
class Timetable:
    items: list[TimedItem]
    ends: dt.datetime  # local
    scheduled_end: dt.datetime  # local
    overrun_minutes: int

    def warning(self) -> str:
        if self.overrun_minutes <= 0:
            return ""
        return (f"The agenda runs {_minutes_text(self.overrun_minutes)} past the meeting's end "
                f"({clock(self.scheduled_end)}): it would finish at {clock(self.ends)}.")

    @property
    def spare_minutes(self) -> int:
        return max(0, int((self.scheduled_end - self.ends).total_seconds() // 60))


def _minutes_text(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if mins or not hours:
        parts.append(f"{mins} minute{'s' if mins != 1 else ''}")
    return " ".join(parts)


def timings(meeting, items: list[AgendaItem]) -> Timetable:
    """Each item's start and end from the meeting's start, in the meeting's wall time.

    Arithmetic runs in UTC and is converted item by item, so a meeting across a
    daylight-saving change still prints the clock people will see.
    """
    cursor = meeting.starts_at
    timed = []
    for number, item in enumerate(sorted(items, key=lambda i: (i.position, i.id or 0)), start=1):
        end = cursor + dt.timedelta(minutes=int(item.duration_minutes))
        timed.append(TimedItem(item, number, to_local(cursor, meeting.timezone), to_local(end, meeting.timezone),
                               end > meeting.ends_at))
        cursor = end
    overrun = max(0, int((cursor - meeting.ends_at).total_seconds() // 60))
    return Timetable(timed, to_local(cursor, meeting.timezone), meeting.local_end, overrun)


# --- the agenda's lifecycle -----------------------------------------------------------

@dataclass
class AgendaState:
    """What an undo puts back: the status, approvals and revisions as they were."""

    agenda_status: str
    agenda_sent_on: dt.date | None
    approvals: dict[int, dt.date]
    revision_ids: list[int]
    sequence: int


def agenda_state(db, meeting_id: int) -> AgendaState:
    from msf_desk.core.meetings import get_meeting
    from msf_desk.store import meetings as store

    meeting = get_meeting(db, meeting_id)
    return AgendaState(meeting.agenda_status, meeting.agenda_sent_on, store.approvals_of(db, meeting_id),
                       [r[0] for r in store.revisions_of(db, meeting_id)], meeting.sequence)


def restore_agenda_state(db, meeting_id: int, state: AgendaState) -> None:
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

    with transaction(db):
        # SEQUENCE is left as it is: calendars only accept an update with a higher one.
        store.set_meeting_fields(db, meeting_id, agenda_status=state.agenda_status,
                                 agenda_sent_on=state.agenda_sent_on)
        store.clear_approvals(db, meeting_id)
        for member_id, on in state.approvals.items():
            store.add_approval(db, meeting_id, member_id, on)
        for revision_id, _, _ in store.revisions_of(db, meeting_id):
            if revision_id not in state.revision_ids:
                store.delete_revision(db, revision_id)


def note_change(db, meeting_id: int, description: str, *, today: dt.date | None = None) -> None:
    """Every change to an agenda goes through here.

    After the notice went out it becomes a dated revision listed in the next pack; an
    approved agenda goes back to draft, because the co-chairs approved something else.
    """
    from msf_desk.core.meetings import get_meeting
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

    meeting = get_meeting(db, meeting_id)
    with transaction(db):
        if meeting.agenda_status == "sent":
            store.add_revision(db, meeting_id, today or dt.date.today(), description)
        elif meeting.agenda_status == "approved":
            store.set_meeting_fields(db, meeting_id, agenda_status="draft")
            store.clear_approvals(db, meeting_id)
        elif store.approvals_of(db, meeting_id):
            # One co-chair approved a version that has now changed.
            store.clear_approvals(db, meeting_id)


def items_of(db, meeting_id: int) -> list[AgendaItem]:
    from msf_desk.store import meetings as store

    return store.items_of(db, meeting_id)


def get_item(db, item_id: int) -> AgendaItem:
    from msf_desk.store import meetings as store

    item = store.get_item(db, item_id)
    if item is None:
        raise UserError(f"There is no agenda item with id {item_id}.")
    return item


def add_item(db, item: AgendaItem, *, today: dt.date | None = None) -> AgendaItem:
    """Add an item: at its position if given, else before any closing standing item (AOB)."""
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

    validate_item(item)
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


def _is_closing(db, key: str) -> bool:
    from msf_desk.store import meetings as store

    for s in store.standing_items(db, enabled_only=False):
        if s.key == key:
            return s.position >= _CLOSING_FROM
    return False


def update_item(db, item: AgendaItem, *, today: dt.date | None = None) -> AgendaItem:
    from msf_desk.store import meetings as store

    validate_item(item)
    old = get_item(db, item.id)
    item = dataclasses.replace(item, meeting_id=old.meeting_id, position=old.position)
    if item == old:
        return item
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
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

    item = get_item(db, item_id)
    with transaction(db):
        store.delete_item(db, item_id)
        store.set_positions(db, [i.id for i in store.items_of(db, item.meeting_id)])
        note_change(db, item.meeting_id, f"Item removed: {item.title}.", today=today)
    return item


def restore_item(db, item: AgendaItem, paper_ids: list[int] = ()) -> None:
    """Put a removed item back where it was (undo), with its papers tied to it again."""
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

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
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

    current = [i.id for i in store.items_of(db, meeting_id)]
    if sorted(current) != sorted(ordered_ids):
        raise UserError("The agenda changed meanwhile; reload it and try again.")
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


def standing_items(db) -> list[StandingItem]:
    from msf_desk.store import meetings as store

    return store.standing_items(db)


def add_standing_items(db, meeting_id: int, *, today: dt.date | None = None) -> list[AgendaItem]:
    """Put the forum's standing items on the agenda (those not there yet): opening items
    first, closing ones (any other business) last. "Matters arising" is an ordinary item
    that the minutes step fills from open actions."""
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

    existing = store.items_of(db, meeting_id)
    present = {i.standing for i in existing if i.standing}
    added = []
    with transaction(db):
        opening, closing = [], []
        for s in store.standing_items(db):
            if s.key in present:
                continue
            saved = store.insert_item(db, AgendaItem(
                meeting_id=meeting_id, title=s.title, purpose=s.purpose,
                duration_minutes=s.duration_minutes, standing=s.key, position=999))
            added.append(saved)
            (opening if s.position < _CLOSING_FROM else closing).append(saved.id)
        if not added:
            return []
        lead = [i.id for i in existing if i.standing and not _is_closing(db, i.standing)]
        tail = [i.id for i in existing if i.standing and _is_closing(db, i.standing)]
        middle = [i.id for i in existing if i.id not in lead and i.id not in tail]
        store.set_positions(db, lead + opening + middle + tail + closing)
        note_change(db, meeting_id, "Standing items added.", today=today)
    return added


def copy_agenda(db, source_meeting_id: int, target_meeting_id: int, *, replace: bool = True,
                today: dt.date | None = None) -> list[AgendaItem]:
    """Copy an earlier meeting's items (without papers or decisions taken) to another meeting."""
    from msf_desk.core.meetings import get_meeting
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

    if source_meeting_id == target_meeting_id:
        raise UserError("Choose a different meeting to copy the agenda from.")
    target = get_meeting(db, target_meeting_id)
    source_items = store.items_of(db, source_meeting_id)
    if not source_items:
        raise UserError(f"“{get_meeting(db, source_meeting_id).title}” has no agenda items to copy.")
    if target.agenda_status == "sent" and replace:
        raise UserError(f"The agenda of “{target.title}” has been sent; add items one by one instead.")
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
    from msf_desk.core import forum
    from msf_desk.core.meetings import cochairs_on, get_meeting
    from msf_desk.store import meetings as store
    from msf_desk.store import members as member_store

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
    from msf_desk.core import forum
    from msf_desk.core.meetings import cochairs_on, get_meeting
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

    on = on or dt.date.today()
    meeting = get_meeting(db, meeting_id)
    if meeting.agenda_status == "sent":
        raise UserError(f"The agenda of “{meeting.title}” has already been sent.")
    if not store.items_of(db, meeting_id):
        raise UserError(f"The agenda of “{meeting.title}” has no items yet.")
    chairs = cochairs_on(db, on)
    if member_id not in {c.id for c in chairs}:
        raise UserError("Only a serving co-chair can approve the agenda.")
    with transaction(db):
        store.add_approval(db, meeting_id, member_id, on)
        approvals = store.approvals_of(db, meeting_id)
        both = forum.load(db).both_cochairs_approve
        complete = all(c.id in approvals for c in chairs) if both else True
        if complete:
            store.set_meeting_fields(db, meeting_id, agenda_status="approved")
    return "approved" if complete else "draft"


def send_notice(db, meeting_id: int, *, on: dt.date | None = None) -> None:
    """Record that the notice and pack went to members: the agenda is sent, the meeting notified."""
    from msf_desk.core.meetings import get_meeting
    from msf_desk.store import meetings as store
    from msf_desk.store.db import transaction

    on = on or dt.date.today()
    meeting = get_meeting(db, meeting_id)
    if meeting.agenda_status == "sent":
        raise UserError(f"The notice for “{meeting.title}” was already sent on {human(meeting.agenda_sent_on)}.")
    if meeting.agenda_status != "approved":
        raise UserError(f"The co-chairs have not approved the agenda of “{meeting.title}” yet.")
    if not meeting.is_open:
        raise UserError(f"“{meeting.title}” is {meeting.status_label.lower()}; no notice can be sent.")
    with transaction(db):
        store.set_meeting_fields(db, meeting_id, agenda_status="sent", agenda_sent_on=on,
                                 status="notice_sent", notice_sent_on=on)


def revisions(db, meeting_id: int) -> list[tuple[dt.date, str]]:
    from msf_desk.store import meetings as store

    return [(on, text) for _, on, text in store.revisions_of(db, meeting_id)]


# --- what each audience may see --------------------------------------------------------

@dataclass
class PaperView:
    number: int
    title: str
    disclosure: str
    disclosure_label: str
    withheld: bool  # listed, but its content is not in this pack
    item_number: int | None = None
    reference: str = ""
    file_name: str = ""
    size: str = ""
    sha256: str = ""
    summary: str = ""

    @property
    def label(self) -> str:
        return f"Paper {self.number}"

    def listing(self) -> str:
        """'Paper 3: Draft bylaws (withheld as pre-decision)', as packs list them."""
        note = ""
        if self.disclosure == "withheld":
            note = " (withheld as pre-decision)"
        elif self.disclosure == "confidential":
            note = " (confidential)"
        return f"{self.label}: {self.title}{note}"


@dataclass
class ItemView:
    number: int
    title: str
    purpose: str
    purpose_label: str
    presenters: str
    start: str  # '4:05pm'
    end: str
    duration_minutes: int
    description: str
    questions: list[str]
    draft_decision: str
    papers: list[PaperView]
    overruns: bool = False
    standing: str = ""
    decision_note: str = ""  # shown instead of the draft text where it may not be published
    arising: list[str] = field(default_factory=list)  # "matters arising": open actions of earlier meetings
    conflicts: list[str] = field(default_factory=list)  # members' pack only: may name forum-only interests


@dataclass
class PackData:
    audience: str
    forum_name: str
    meeting_id: int
    title: str
    kind_label: str
    date_text: str  # 'Tuesday 14 March 2026'
    time_text: str  # '4pm–7pm (Europe/Paris)'
    location: str
    remote_text: str
    chair_text: str
    status_label: str
    agenda_status: str
    approvals: list[str]
    notice_deadline: dt.date
    papers_deadline: dt.date
    items: list[ItemView]
    papers: list[PaperView]
    revisions: list[tuple[dt.date, str]]
    overrun_text: str
    contact: list[tuple[str, str]]
    generated_on: dt.date
    decision_rule: str = ""
    quorum: str = ""
    status_reason: str = ""
    uid: str = ""
    sequence: int = 0
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    timezone: str = "UTC"
    public: bool = True
    extra: dict = field(default_factory=dict)

    @property
    def is_public(self) -> bool:
        return self.audience == "public"


def _visible_name(member, profile) -> str:
    if member is None:
        return ""
    if profile.publish_names and member.publish_name:
        return member.name
    return member.organisation or "a member of the forum"


def redact_names(text: str, members, profile) -> str:
    """Replace the names of members who may not be named in public by their organisation."""
    out = text
    for m in sorted(members, key=lambda m: -len(m.name)):
        if m.name and m.name in out and not (profile.publish_names and m.publish_name):
            out = out.replace(m.name, m.organisation or "a member of the forum")
    return out


def _arising_lines(db, meeting_id: int, by_id: dict, profile, public: bool, name, today) -> list[str]:
    """The open actions of earlier meetings, one line each, for the "matters arising" item."""
    from msf_desk.core.actions import is_overdue, matters_arising

    lines = []
    for a in matters_arising(db, meeting_id):
        owner = by_id.get(a.owner_member_id)
        who = (_visible_name(owner, profile) if public else owner.name) if owner else (a.owner_text or "Secretariat")
        due = f", due {human(a.due)}" if a.due else ""
        late = " — overdue" if is_overdue(a, today or dt.date.today()) else ""
        lines.append(f"{name(a.text)} ({who}{due}){late}")
    return lines


def pack_for(db, meeting_id: int, audience: str, *, today: dt.date | None = None) -> PackData:
    """Everything a pack shows, already cut to what `audience` may see.

    members: all of it; withheld and confidential papers are marked as such.
    public: withheld and confidential papers are listed without content or file; no
    e-mail, phone or remote link; names only where the forum and the member allow it;
    draft decision texts stay with the members until the minutes are published.
    """
    from msf_desk.core import calendar, forum
    from msf_desk.core.meetings import get_meeting, notice_deadline, papers_deadline
    from msf_desk.core.members import list_members
    from msf_desk.store import meetings as store

    if audience not in AUDIENCES:
        raise UserError(f"The audience is 'members' or 'public' (got '{audience}').")
    public = audience == "public"
    meeting = get_meeting(db, meeting_id)
    if public and not meeting.public:
        raise UserError(f"“{meeting.title}” is not a public meeting; export the members' pack instead.")
    profile = forum.load(db)
    members = list_members(db)
    by_id = {m.id: m for m in members}
    off = calendar.holidays(db)
    table = timings(meeting, store.items_of(db, meeting_id))
    all_papers = store.papers_of(db, meeting_id)
    number_of_item = {t.item.id: t.number for t in table.items}

    def name(text: str) -> str:
        return redact_names(text, members, profile) if public else text

    # Papers are numbered in the order the agenda reaches them; papers for no item come last.
    ordered = sorted(all_papers, key=lambda p: (number_of_item.get(p.item_id, 10_000), p.position, p.id))
    views: list[PaperView] = []
    for n, p in enumerate(ordered, start=1):
        hidden = public and not p.is_public
        if hidden:
            title = p.title if p.disclosure == "withheld" else "Confidential paper"
            views.append(PaperView(n, title, p.disclosure, p.disclosure_label, True,
                                   number_of_item.get(p.item_id)))
        else:
            from msf_desk.core.papers import size_text

            views.append(PaperView(
                n, p.title, p.disclosure, p.disclosure_label, False, number_of_item.get(p.item_id),
                reference=p.reference, file_name=p.file_name, size=size_text(p.size) if p.size else "",
                sha256=p.sha256, summary=p.summary))
    papers_by_item: dict[int | None, list[PaperView]] = {}
    for view in views:
        papers_by_item.setdefault(view.item_number, []).append(view)

    conflict_lines: dict[int, list[str]] = {}
    if not public:
        from msf_desk.core.conflicts import conflicts_for_meeting, flagged_decisions, lines_by_item

        found = conflicts_for_meeting(db, meeting_id)
        conflict_lines = lines_by_item(found, flagged_decisions(db, meeting_id, found))

    items = []
    for t in table.items:
        it = t.item
        draft, note = it.draft_decision.strip(), ""
        if public and draft:
            draft, note = "", "A draft decision is before the forum; the decision will be published with the minutes."
        items.append(ItemView(
            number=t.number, title=it.title, purpose=it.purpose, purpose_label=it.purpose_label,
            presenters=name(it.presenters), start=t.start_text, end=t.end_text,
            duration_minutes=int(it.duration_minutes), description=name(it.description),
            questions=[name(q) for q in it.question_list], draft_decision=draft,
            papers=papers_by_item.get(t.number, []), overruns=t.overruns, standing=it.standing,
            decision_note=note, arising=_arising_lines(db, meeting_id, by_id, profile, public, name, today)
            if it.standing == "matters_arising" else [],
            conflicts=conflict_lines.get(it.id, [])))

    if meeting.remote_offered:
        if public:
            remote = "Offered; ask the secretariat how to join."
        else:
            remote = meeting.remote_details.strip() or "Offered; the secretariat will send the details."
    else:
        remote = "In person only."
    chair = by_id.get(meeting.chair_id)
    chair_text = ""
    if chair is not None:
        chair_text = _visible_name(chair, profile) if public else chair.name
        if chair.organisation and chair_text != chair.organisation:
            chair_text += f" ({chair.organisation})"

    approvals = []
    for member_id, on in store.approvals_of(db, meeting_id).items():
        who = by_id.get(member_id)
        label = (_visible_name(who, profile) if public else who.name) if who else "a former co-chair"
        approvals.append(f"{label} ({human(on)})")

    if public:
        contact = [("Secretariat", profile.lead_agency or profile.contact_name or profile.name)]
    else:
        contact = [(k, v) for k, v in (
            ("Secretariat", profile.contact_name or profile.lead_agency),
            ("E-mail", profile.contact_email), ("Telephone", profile.contact_phone)) if v]

    start = meeting.local_start
    end = meeting.local_end
    revs = [(on, name(text)) for on, text in revisions(db, meeting_id)] if meeting.agenda_status == "sent" else []
    return PackData(
        audience=audience, forum_name=profile.name, meeting_id=meeting.id, title=meeting.title,
        kind_label=meeting.kind_label, date_text=f"{start.strftime('%A')} {human(start.date())}",
        time_text=f"{clock(start)}–{clock(end)} ({meeting.timezone})", location=meeting.location,
        remote_text=remote, chair_text=chair_text, status_label=meeting.status_label,
        agenda_status=meeting.agenda_status, approvals=approvals,
        notice_deadline=notice_deadline(meeting, profile.notice_days, off),
        papers_deadline=papers_deadline(meeting, profile.notice_days, off),
        items=items, papers=views, revisions=revs, overrun_text=table.warning(), contact=contact,
        generated_on=today or dt.date.today(), decision_rule=profile.decision_rule_text(),
        quorum=profile.quorum_text(), status_reason=meeting.status_reason, uid=meeting.uid,
        sequence=meeting.sequence, starts_at=meeting.starts_at, ends_at=meeting.ends_at,
        timezone=meeting.timezone, public=meeting.public,
    )
