"""Minutes of a meeting: the record, its lifecycle, and what each audience may read.

Draft → circulated to members → approved (at a later meeting, on its date) → published.
Approved minutes never change (the database refuses it); a correction is a dated
amendment. Attendance and quorum rules live in core.attendance, verdicts in
core.decisions, actions in core.actions.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from msf_desk.core import actions as core_actions
from msf_desk.core.attendance import (KINDS, PRESENCE, Attendee, Quorum, on_roll, quorum, roll_kind,
                                      seat_of, seats_present)
from msf_desk.core.dates import human
from msf_desk.core.decisions import OUTCOMES, RULES, Count, Decision, Verdict, Votes, rule_text, verdict
from msf_desk.core.errors import UserError, ValidationError

STATUSES = {
    "draft": "Draft",
    "circulated": "Circulated to members",
    "approved": "Approved",
    "published": "Published",
}
LOCKED = ("approved", "published")
LOCKED_MESSAGE = "These minutes are approved and locked; record a dated amendment instead."
DECLARATION_KINDS = {"declaration": "Declared an interest", "recusal": "Recused", "waiver": "Waiver granted"}
AUDIENCES = ("members", "public")


@dataclass
class Minutes:
    meeting_id: int
    status: str = "draft"
    circulated_on: dt.date | None = None
    approved_at_meeting_id: int | None = None
    approved_on: dt.date | None = None
    published_on: dt.date | None = None
    summary: str = ""
    quorum_text: str = ""
    updated: str = ""

    @property
    def locked(self) -> bool:
        return self.status in LOCKED

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)


@dataclass
class Declaration:
    """A declaration of interest, a recusal or a waiver on one agenda item (read by ethics)."""

    item_id: int
    member_id: int
    kind: str = "declaration"
    note: str = ""
    id: int | None = None

    @property
    def kind_label(self) -> str:
        return DECLARATION_KINDS.get(self.kind, self.kind)


@dataclass
class Amendment:
    meeting_id: int
    made_on: dt.date
    text: str
    agreed_at_meeting_id: int | None = None
    id: int | None = None


# --- the minutes row and the lock -------------------------------------------------------

def get_minutes(db, meeting_id: int) -> Minutes | None:
    from msf_desk.store import minutes as store

    row = store.get_minutes(db, meeting_id)
    return Minutes(**row) if row else None


def is_locked(db, meeting_id: int) -> bool:
    from msf_desk.store import minutes as store

    return store.status_of(db, meeting_id) in LOCKED


def ensure_editable(db, meeting_id: int) -> Minutes:
    """The minutes exist and may still change; started on first use."""
    minutes = get_minutes(db, meeting_id) or start_minutes(db, meeting_id)
    if minutes.locked:
        raise UserError(LOCKED_MESSAGE)
    return minutes


def start_minutes(db, meeting_id: int) -> Minutes:
    """Open the minutes of a meeting, with everyone serving that day on the attendance list.

    Safe to call again: members who joined since are added while the minutes are a draft.
    """
    from msf_desk.core.meetings import get_meeting
    from msf_desk.core.members import list_members
    from msf_desk.store import minutes as store

    meeting = get_meeting(db, meeting_id)
    if meeting.status == "cancelled":
        raise UserError(f"“{meeting.title}” was cancelled; a cancelled meeting has no minutes.")
    existing = get_minutes(db, meeting_id)
    if existing is not None and existing.locked:
        return existing
    listed = {a.member_id for a in store.attendance_of(db, meeting_id)} if existing else set()
    roll = [Attendee(meeting_id, m.id, kind=roll_kind(m))
            for m in _roll_order(list_members(db)) if on_roll(m, meeting.day) and m.id not in listed]
    if existing is None:
        store.insert_minutes(db, meeting_id, roll)
    elif roll:
        store.add_to_roll(db, roll)
    return get_minutes(db, meeting_id)


def _roll_order(members):
    role_order = {"co_chair": 0, "member": 1, "alternate": 2, "observer": 3, "secretariat": 4}
    return sorted(members, key=lambda m: (m.side != "government", role_order.get(m.role, 9), m.name.lower()))


def set_summary(db, meeting_id: int, text: str) -> None:
    from msf_desk.store import minutes as store

    ensure_editable(db, meeting_id)
    store.set_minutes_fields(db, meeting_id, summary=text)


# --- attendance -----------------------------------------------------------------------

def attendance_of(db, meeting_id: int) -> list[Attendee]:
    from msf_desk.store import minutes as store

    return store.attendance_of(db, meeting_id)


def set_presence(db, meeting_id: int, member_id: int, presence: str,
                 substitute_for: int | None = None) -> Attendee:
    """Mark a member on the list: in person, remote, apologies or absent; an alternate may
    sit for a named member (the seat counts once)."""
    from msf_desk.core.meetings import get_meeting
    from msf_desk.core.members import get_member
    from msf_desk.store import minutes as store

    if presence not in PRESENCE:
        raise ValidationError({"presence": f"'{presence}' is not a way of attending"})
    ensure_editable(db, meeting_id)
    person = get_member(db, member_id)
    if substitute_for is not None:
        day = get_meeting(db, meeting_id).day
        holder = get_member(db, substitute_for)
        if substitute_for == member_id:
            raise ValidationError({"substitute_for": "a member cannot sit in their own place"})
        if person.role != "alternate":
            raise ValidationError({"substitute_for": f"{person.name} is not an alternate"})
        if not holder.holds_voting_seat_on(day):
            raise ValidationError({"substitute_for": f"{holder.name} holds no voting seat on that day"})
    current = next((a for a in store.attendance_of(db, meeting_id) if a.member_id == member_id), None)
    if current is None:
        current = store.insert_attendee(db, Attendee(meeting_id, member_id, kind=roll_kind(person)))
    changed = dataclasses.replace(current, presence=presence,
                                  substitute_for=substitute_for if presence in ("in_person", "remote") else None)
    store.update_attendee(db, changed)
    return changed


def add_guest(db, meeting_id: int, name: str, organisation: str = "", *, kind: str = "guest",
              presence: str = "in_person", publish_name: bool = True) -> Attendee:
    """A guest or observer who is not on the forum's list."""
    from msf_desk.store import minutes as store

    problems = {}
    if not name.strip() and not organisation.strip():
        problems["name"] = "give the guest's name or organisation"
    if kind not in ("guest", "observer", "secretariat"):
        problems["kind"] = "a guest, an observer or secretariat staff"
    if presence not in ("in_person", "remote"):
        problems["presence"] = "a guest is present in person or remotely"
    if problems:
        raise ValidationError(problems)
    ensure_editable(db, meeting_id)
    return store.insert_attendee(db, Attendee(meeting_id, None, name.strip(), organisation.strip(), kind,
                                              presence, None, publish_name))


def remove_attendee(db, attendee_id: int) -> Attendee:
    """Take a guest off the list (members stay on it: mark them absent instead)."""
    from msf_desk.store import minutes as store

    a = store.get_attendee(db, attendee_id)
    if a is None:
        raise UserError(f"There is no attendance line with id {attendee_id}.")
    ensure_editable(db, a.meeting_id)
    if a.member_id is not None:
        raise UserError("Members stay on the attendance list; mark them absent instead.")
    store.delete_attendee(db, attendee_id)
    return a


def restore_attendee(db, attendee: Attendee) -> None:
    from msf_desk.store import minutes as store

    ensure_editable(db, attendee.meeting_id)
    store.restore_attendee(db, attendee)


def meeting_quorum(db, meeting_id: int) -> Quorum:
    from msf_desk.core import forum
    from msf_desk.core.meetings import get_meeting
    from msf_desk.core.members import list_members

    meeting = get_meeting(db, meeting_id)
    return quorum(forum.load(db), list_members(db), attendance_of(db, meeting_id), meeting.day)


def quorum_applies(meeting) -> bool:
    """Quorum is a rule of the whole forum's meetings, not of working groups or open events."""
    from msf_desk.core.meetings import FORUM_KINDS

    return meeting.kind in FORUM_KINDS


def quorum_lines(db, meeting_id: int) -> list[str]:
    """What the minutes say about quorum: frozen at approval, live before."""
    from msf_desk.core.meetings import get_meeting

    minutes = get_minutes(db, meeting_id)
    if minutes is not None and minutes.locked and minutes.quorum_text:
        return minutes.quorum_text.splitlines()
    meeting = get_meeting(db, meeting_id)
    q = meeting_quorum(db, meeting_id)
    if not quorum_applies(meeting):
        return [f"No quorum applies to this {meeting.kind_label.lower()}.", q.balance_text()]
    return q.statements()


# --- declarations, recusals -------------------------------------------------------------

def add_declaration(db, item_id: int, member_id: int, kind: str = "declaration", note: str = "") -> Declaration:
    """Record that a member declared an interest in, recused from, or was waived on an item."""
    from msf_desk.core.agendas import get_item
    from msf_desk.core.members import get_member
    from msf_desk.store import minutes as store

    if kind not in DECLARATION_KINDS:
        raise ValidationError({"kind": "a declaration, a recusal or a waiver"})
    item = get_item(db, item_id)
    get_member(db, member_id)
    ensure_editable(db, item.meeting_id)
    new_id = store.insert_declaration(db, item.meeting_id, {"item_id": item_id, "member_id": member_id,
                                                             "kind": kind, "note": note.strip()})
    return Declaration(item_id, member_id, kind, note.strip(), new_id)


def declarations_of(db, item_id: int) -> list[Declaration]:
    from msf_desk.store import minutes as store

    return [Declaration(**r) for r in store.declarations_of(db, item_id)]


def declarations_for_meeting(db, meeting_id: int) -> list[Declaration]:
    from msf_desk.store import minutes as store

    return [Declaration(**r) for r in store.declarations_for_meeting(db, meeting_id)]


def remove_declaration(db, declaration_id: int) -> Declaration:
    from msf_desk.core.agendas import get_item
    from msf_desk.store import minutes as store

    row = store.get_declaration(db, declaration_id)
    if row is None:
        raise UserError(f"There is no declaration with id {declaration_id}.")
    ensure_editable(db, get_item(db, row["item_id"]).meeting_id)
    store.delete_declaration(db, declaration_id)
    return Declaration(**row)


# --- item notes and breakout groups ----------------------------------------------------

def discussion_of(db, item_id: int) -> str:
    from msf_desk.store import minutes as store

    return store.discussion_of(db, item_id)


def set_discussion(db, item_id: int, text: str) -> None:
    """Save the discussion summary of one item (one transaction; the editor's autosave)."""
    from msf_desk.core.agendas import get_item
    from msf_desk.store import minutes as store

    item = get_item(db, item_id)
    ensure_editable(db, item.meeting_id)
    store.set_discussion(db, item_id, item.meeting_id, text)


def text_blocks(text: str) -> list[tuple[str, object]]:
    """A summary as typed → paragraphs and bullet lists.

    Blank lines separate paragraphs; lines starting with -, *, • or · are bullets.
    Returns [("paragraph", str) | ("bullets", [str])].
    """
    blocks: list[tuple[str, object]] = []
    para: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(("paragraph", " ".join(para)))
            para.clear()
        if bullets:
            blocks.append(("bullets", list(bullets)))
            bullets.clear()

    for raw in (text or "").splitlines():
        line = raw.strip()
        bullet = _BULLET.match(line)
        if not line:
            flush()
        elif bullet:
            if para:
                blocks.append(("paragraph", " ".join(para)))
                para.clear()
            bullets.append(bullet.group(1).strip())
        else:
            if bullets:
                blocks.append(("bullets", list(bullets)))
                bullets.clear()
            para.append(line)
    flush()
    return blocks


_BULLET = re.compile(r"^[-*•·–]\s*(\S.*)$")
_SESSION = re.compile(r"^session\b", re.IGNORECASE)
_GROUP = re.compile(r"^(group\b[^()]*?)\s*(?:\(([^()]*)\))?\s*$", re.IGNORECASE)
_COMMITMENT_HEADING = re.compile(r"^commitments?\b", re.IGNORECASE)
_COMMITMENT_POINT = re.compile(r"^(commitments?\s+[\w.\-]+(?:\s*(?:,|and|&)\s*[\w.\-]+)*)\s*:\s*(\S.*)$",
                               re.IGNORECASE)
PLENARY = "Plenary"


def parse_breakout_notes(text: str) -> list[dict]:
    """Breakout notes as a secretariat types them, into groups and points.

        Session 1
        Group 1 (Paul)              ← a group and its facilitator
        Engagement on the plan      ← a theme
        - a point under that theme
        Commitments                 ← points by commitment
        - Commitment 2: lack of clarity

    Points in a session with no group go to a "Plenary" group. A line that reads like a
    sentence (ends with a full stop, or is long) is a point even without a bullet.
    """
    groups: list[dict] = []
    session = ""
    group: dict | None = None
    heading, kind = "", "theme"
    for raw in (text or "").splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if _SESSION.match(line) and len(line) < 40:
            session = line.capitalize() if line.isupper() else line
            group, heading, kind = None, "", "theme"
            continue
        g = _GROUP.match(line)
        if g and len(line) < 80:
            name = g.group(1).strip()
            if name.lower().startswith("group:"):
                name = name[6:].strip()
            group = {"session": session, "group_name": name, "facilitator": (g.group(2) or "").strip(),
                     "points": []}
            groups.append(group)
            heading, kind = "", "theme"
            continue
        bullet = _BULLET.match(line)
        if not bullet and not line.endswith(".") and len(line) <= 80:
            heading = line
            kind = "commitment" if _COMMITMENT_HEADING.match(line) else "theme"
            continue
        point = bullet.group(1).strip() if bullet else line
        if group is None:
            group = {"session": session, "group_name": PLENARY, "facilitator": "", "points": []}
            groups.append(group)
        point_heading, point_kind = heading, kind
        c = _COMMITMENT_POINT.match(point)
        if c and kind == "commitment":
            point_heading, point = c.group(1).strip(), c.group(2).strip()
        group["points"].append({"heading_kind": point_kind, "heading": point_heading, "point": point})
    return groups


def breakout_notes_text(groups: list[dict]) -> str:
    """The inverse of parse_breakout_notes: groups back to the text the editor shows."""
    lines: list[str] = []
    session = None
    for g in groups:
        if g.get("session", "") != session:
            session = g.get("session", "")
            if session:
                if lines:
                    lines.append("")
                lines.append(session)
        if g["group_name"] != PLENARY or g.get("facilitator"):
            name = g["group_name"]
            label = name if name.lower().startswith("group") else f"Group: {name}"
            lines.append(f"{label} ({g['facilitator']})" if g.get("facilitator") else label)
        heading = None
        for p in g.get("points", []):
            shown = p["heading"]
            point = p["point"]
            if p["heading_kind"] == "commitment" and not _COMMITMENT_HEADING.fullmatch(shown or "x") \
                    and shown and not shown.lower() == "commitments":
                point = f"{shown}: {point}"
                shown = "Commitments"
            if shown != heading:
                heading = shown
                if shown:
                    lines.append(shown)
            lines.append(f"- {point}")
    return "\n".join(lines)


def breakouts_of(db, item_id: int) -> list[dict]:
    from msf_desk.store import minutes as store

    return store.breakouts_of(db, item_id)


def set_breakout_notes(db, item_id: int, text: str) -> list[dict]:
    """Replace an item's breakout groups with the notes as typed (one transaction)."""
    from msf_desk.core.agendas import get_item
    from msf_desk.store import minutes as store

    item = get_item(db, item_id)
    ensure_editable(db, item.meeting_id)
    groups = parse_breakout_notes(text)
    store.replace_breakouts(db, item_id, item.meeting_id, groups)
    return groups


# --- decisions ---------------------------------------------------------------------------

def validate_decision(decision: Decision) -> None:
    problems = {}
    if not decision.text.strip():
        problems["text"] = "write what the forum decided (or was asked to decide)"
    if decision.rule not in RULES:
        problems["rule"] = f"'{decision.rule}' is not a decision rule"
    numbers = dataclasses.asdict(decision.votes)
    numbers["objections"] = decision.objections
    for name, value in numbers.items():
        if int(value) < 0:
            problems[name] = "cannot be negative"
    if problems:
        raise ValidationError(problems)


def decisions_of(db, meeting_id: int) -> list[Decision]:
    from msf_desk.store import minutes as store

    return store.decisions_of(db, meeting_id)


def get_decision(db, decision_id: int) -> Decision:
    from msf_desk.store import minutes as store

    d = store.get_decision(db, decision_id)
    if d is None:
        raise UserError(f"There is no decision with id {decision_id}.")
    return d


def add_decision(db, decision: Decision) -> Decision:
    from msf_desk.store import minutes as store

    validate_decision(decision)
    ensure_editable(db, decision.meeting_id)
    _check_item(db, decision.meeting_id, decision.item_id)
    if not decision.position:
        decision = dataclasses.replace(decision, position=store.next_decision_position(db, decision.meeting_id))
    return store.insert_decision(db, decision)


def update_decision(db, decision: Decision) -> Decision:
    from msf_desk.store import minutes as store

    validate_decision(decision)
    old = get_decision(db, decision.id)
    ensure_editable(db, old.meeting_id)
    _check_item(db, decision.meeting_id, decision.item_id)
    store.update_decision(db, decision)
    return decision


def remove_decision(db, decision_id: int) -> Decision:
    from msf_desk.store import minutes as store

    d = get_decision(db, decision_id)
    ensure_editable(db, d.meeting_id)
    store.delete_decision(db, decision_id)
    return d


def restore_decision(db, decision: Decision) -> None:
    from msf_desk.store import minutes as store

    ensure_editable(db, decision.meeting_id)
    store.restore_decision(db, decision)


def _check_item(db, meeting_id: int, item_id: int | None) -> None:
    if item_id is None:
        return
    from msf_desk.core.agendas import get_item

    if get_item(db, item_id).meeting_id != meeting_id:
        raise ValidationError({"item_id": "the item is on another meeting's agenda"})


def decision_count(db, decision: Decision, *, members=None, attendance=None, day=None) -> Count:
    """The numbers behind a verdict: seats present and eligible by side, active seats,
    recused seats (recusals on the decision's item; an alternate's recusal covers the seat
    they sit in)."""
    from msf_desk.core.meetings import get_meeting
    from msf_desk.core.members import list_members
    from msf_desk.store import minutes as store

    day = day or get_meeting(db, decision.meeting_id).day
    members = members if members is not None else list_members(db)
    attendance = attendance if attendance is not None else attendance_of(db, decision.meeting_id)
    holders = {m.id: m for m in members if m.holds_voting_seat_on(day)}
    seats = seats_present(members, attendance, day)
    recused = set()
    if decision.item_id is not None:
        recused = {seat_of(mid, attendance) for mid in store.recused_members(db, decision.item_id)}
    recused &= set(holders)
    eligible = [s for s in seats if s not in recused]
    return Count(
        present_government=sum(1 for s in eligible if holders[s].side == "government"),
        present_non_government=sum(1 for s in eligible if holders[s].side != "government"),
        active=len(holders) - len(recused),
        recused=len(recused),
    )


def decision_verdict(db, decision: Decision, *, profile=None, quorum_met: bool | None = None, **known) -> Verdict:
    """The verdict shown beside a decision: frozen once the minutes are approved."""
    from msf_desk.core import forum

    if decision.outcome and is_locked(db, decision.meeting_id):
        return Verdict(decision.outcome, decision.rule_applied or decision.rule, decision.verdict_text)
    profile = profile or forum.load(db)
    result = verdict(decision.rule, profile, decision_count(db, decision, **known),
                     vote_held=decision.vote_held, votes=decision.votes, objections=decision.objections,
                     deferred=decision.deferred)
    if quorum_met is None:
        from msf_desk.core.meetings import get_meeting

        quorum_met = (meeting_quorum(db, decision.meeting_id).met
                      or not quorum_applies(get_meeting(db, decision.meeting_id)))
    if not quorum_met and result.outcome != "deferred":
        result.warnings.append("The meeting was not quorate: the forum may need to confirm this "
                               "decision at a quorate meeting.")
    return result


def verdicts_of(db, meeting_id: int) -> dict[int, Verdict]:
    """Every decision's verdict for one meeting, reading the records once."""
    from msf_desk.core import forum
    from msf_desk.core.meetings import get_meeting
    from msf_desk.core.members import list_members

    profile = forum.load(db)
    members = list_members(db)
    attendance = attendance_of(db, meeting_id)
    meeting = get_meeting(db, meeting_id)
    day = meeting.day
    met = quorum(profile, members, attendance, day).met or not quorum_applies(meeting)
    return {d.id: decision_verdict(db, d, profile=profile, quorum_met=met, members=members,
                                   attendance=attendance, day=day)
            for d in decisions_of(db, meeting_id)}


# --- the lifecycle -----------------------------------------------------------------------

def circulate(db, meeting_id: int, *, on: dt.date | None = None) -> Minutes:
    """The draft goes to members for comment; it can still be corrected until approved."""
    from msf_desk.core.meetings import get_meeting
    from msf_desk.store import minutes as store

    ensure_editable(db, meeting_id)
    on = on or dt.date.today()
    meeting = get_meeting(db, meeting_id)
    if on < meeting.day:
        raise UserError(f"The minutes cannot be circulated before the meeting ({human(meeting.day)}).")
    store.set_minutes_fields(db, meeting_id, status="circulated", circulated_on=on)
    return get_minutes(db, meeting_id)


def withdraw_circulation(db, meeting_id: int) -> Minutes:
    """Back to draft (undo of circulating): only before approval."""
    from msf_desk.store import minutes as store

    ensure_editable(db, meeting_id)
    store.set_minutes_fields(db, meeting_id, status="draft", circulated_on=None)
    return get_minutes(db, meeting_id)


def approval_problems(db, meeting_id: int) -> list[str]:
    """What stands in the way of approval, in plain words (empty: ready)."""
    minutes = get_minutes(db, meeting_id)
    if minutes is None:
        return ["There are no minutes for this meeting yet."]
    if minutes.locked:
        return ["These minutes are already approved."]
    problems = []
    if minutes.status != "circulated":
        problems.append("Circulate the minutes to members before the forum approves them.")
    verdicts = verdicts_of(db, meeting_id)
    for n, d in enumerate(decisions_of(db, meeting_id), start=1):
        v = verdicts[d.id]
        if v.outcome == "incomplete":
            problems.append(f"Decision {n}: {v.explanation}")
    return problems


def approve(db, meeting_id: int, at_meeting_id: int, *, on: dt.date | None = None) -> Minutes:
    """The forum approves the minutes at a later meeting; from then on they are locked.

    `on` defaults to the date of that later meeting. What core computed (each decision's
    verdict, the quorum statement, the names on the attendance list) is frozen with them.
    """
    from msf_desk.core.meetings import get_meeting
    from msf_desk.core.members import list_members
    from msf_desk.store import minutes as store

    meeting = get_meeting(db, meeting_id)
    at = get_meeting(db, at_meeting_id)
    if at_meeting_id == meeting_id or at.starts_at <= meeting.starts_at:
        raise UserError(f"Minutes are approved at a later meeting than “{meeting.title}” "
                        f"({human(meeting.day)}); “{at.title}” is not later.")
    if at.status in ("cancelled", "postponed"):
        raise UserError(f"“{at.title}” is {at.status_label.lower()}; the minutes cannot be approved there.")
    on = on or at.day
    if on < at.day:
        raise UserError(f"The approval date ({human(on)}) is before “{at.title}” ({human(at.day)}).")
    problems = approval_problems(db, meeting_id)
    if problems:
        raise UserError("The minutes cannot be approved yet:\n" + "\n".join(f"- {p}" for p in problems))
    verdicts = verdicts_of(db, meeting_id)
    frozen = {d_id: (v.rule, v.outcome, " ".join([v.explanation] + v.warnings)) for d_id, v in verdicts.items()}
    people = {m.id: m for m in list_members(db)}
    names = {a.id: (people[a.member_id].name, people[a.member_id].organisation)
             for a in attendance_of(db, meeting_id) if a.member_id in people}
    store.approve(db, meeting_id, at_meeting_id=at_meeting_id, on=on,
                  quorum_text="\n".join(quorum_lines(db, meeting_id)),
                  verdicts=frozen, names=names)
    return get_minutes(db, meeting_id)


def publish(db, meeting_id: int, *, on: dt.date | None = None) -> Minutes:
    """Approved minutes are published (the public version goes to the repository)."""
    from msf_desk.store import minutes as store

    minutes = get_minutes(db, meeting_id)
    if minutes is None or minutes.status not in LOCKED:
        raise UserError("Only approved minutes can be published; approve them at a forum meeting first.")
    on = on or dt.date.today()
    if minutes.approved_on and on < minutes.approved_on:
        raise UserError(f"The minutes were approved on {human(minutes.approved_on)}; "
                        "they cannot be published before that.")
    store.set_minutes_fields(db, meeting_id, status="published", published_on=on)
    return get_minutes(db, meeting_id)


def amend(db, meeting_id: int, text: str, *, on: dt.date | None = None,
          agreed_at_meeting_id: int | None = None) -> Amendment:
    """A dated correction to approved minutes, shown in every later export."""
    from msf_desk.store import minutes as store

    minutes = get_minutes(db, meeting_id)
    if not text.strip():
        raise ValidationError({"text": "write the correction"})
    if minutes is None or not minutes.locked:
        raise UserError("These minutes are not approved yet: correct them directly instead of amending.")
    on = on or dt.date.today()
    if minutes.approved_on and on < minutes.approved_on:
        raise ValidationError({"made_on": f"an amendment comes after the approval ({human(minutes.approved_on)})"})
    new_id = store.insert_amendment(db, meeting_id, on, text.strip(), agreed_at_meeting_id)
    return Amendment(meeting_id, on, text.strip(), agreed_at_meeting_id, new_id)


def amendments_of(db, meeting_id: int) -> list[Amendment]:
    from msf_desk.store import minutes as store

    return [Amendment(**r) for r in store.amendments_of(db, meeting_id)]


def remove_minutes(db, meeting_id: int) -> None:
    """Throw away draft minutes with all that was recorded in them (undo of starting)."""
    from msf_desk.store import minutes as store

    ensure_editable(db, meeting_id)
    store.delete_minutes(db, meeting_id)


# --- what each audience may read -------------------------------------------------------------

@dataclass
class AttendanceLine:
    name: str
    organisation: str
    side: str
    role: str
    presence: str
    note: str = ""


@dataclass
class DecisionView:
    number: int
    item_number: int | None
    item_title: str
    text: str
    rule: str
    outcome: str
    outcome_label: str
    explanation: str
    vote_held: bool
    votes: Votes
    objections: int
    warnings: list[str] = field(default_factory=list)


@dataclass
class ActionView:
    number: int
    text: str
    owner: str
    due: dt.date | None
    status: str
    status_label: str
    item_number: int | None
    overdue: bool


@dataclass
class BreakoutView:
    session: str
    group: str
    facilitator: str
    sections: list[tuple[str, str, list[str]]]   # (heading, 'theme'|'commitment', points)


@dataclass
class ItemView:
    number: int
    title: str
    discussion: list[tuple[str, object]]
    declarations: list[str]
    breakouts: list[BreakoutView]
    decisions: list[DecisionView]
    actions: list[ActionView]
    arising: list[ActionView] = field(default_factory=list)   # on the "matters arising" item


@dataclass
class MinutesView:
    audience: str
    forum_name: str
    meeting_id: int
    title: str
    date_text: str
    time_text: str
    location: str
    chair: str
    status: str
    status_text: str
    approval_text: str
    quorum: list[str]
    members: list[AttendanceLine]
    others: list[AttendanceLine]          # guests, observers, secretariat
    summary: list[tuple[str, object]]
    items: list[ItemView]
    decisions: list[DecisionView]
    actions: list[ActionView]
    amendments: list[tuple[dt.date, str, str]]
    generated_on: dt.date
    decision_rule: str = ""

    @property
    def is_public(self) -> bool:
        return self.audience == "public"

    @property
    def is_draft(self) -> bool:
        return self.status in ("draft", "circulated")


def visible_name(member, profile, audience: str) -> str:
    """A member's name as `audience` may see it: the organisation where a name may not be published."""
    if member is None:
        return ""
    if audience == "public" and not (profile.publish_names and member.publish_name):
        return member.organisation or "A member of the forum"
    return member.name


def _guest_name(a: Attendee, profile, audience: str) -> str:
    if audience == "public" and not (profile.publish_names and a.publish_name):
        return ""
    return a.name


def minutes_for(db, meeting_id: int, audience: str, *, today: dt.date | None = None) -> MinutesView:
    """Everything the minutes show, already cut to what `audience` may see.

    members: the full record (drafts marked as drafts).
    public: only approved (or published) minutes of public meetings; names only where the
    forum and the person allow it, else the organisation; facilitators' names likewise;
    never an e-mail or a phone number (they are not part of the minutes at all).
    """
    from msf_desk.core import forum
    from msf_desk.core.agendas import items_of, redact_names, timings
    from msf_desk.core.calendar import clock
    from msf_desk.core.meetings import get_meeting
    from msf_desk.core.members import ROLES, SIDES, list_members
    from msf_desk.store import minutes as store

    if audience not in AUDIENCES:
        raise UserError(f"The audience is 'members' or 'public' (got '{audience}').")
    public = audience == "public"
    today = today or dt.date.today()
    meeting = get_meeting(db, meeting_id)
    minutes = get_minutes(db, meeting_id)
    if minutes is None:
        raise UserError(f"“{meeting.title}” has no minutes yet.")
    if public and not minutes.locked:
        raise UserError(f"The minutes of “{meeting.title}” are a draft ({minutes.status_label.lower()}); "
                        "only approved minutes are published.")
    if public and not meeting.public:
        raise UserError(f"“{meeting.title}” was a closed meeting; its minutes are for members only.")
    profile = forum.load(db)
    members = list_members(db)
    by_id = {m.id: m for m in members}

    def words(text: str) -> str:
        return redact_names(text, members, profile) if public else text

    def who(member_id: int | None) -> str:
        return visible_name(by_id.get(member_id), profile, audience)

    attendance = attendance_of(db, meeting_id)
    member_lines, others = [], []
    for a in attendance:
        m = by_id.get(a.member_id)
        if m is not None:
            name = a.name if (minutes.locked and a.name) else m.name
            shown = name if not public or (profile.publish_names and m.publish_name) else ""
            organisation = (a.organisation if minutes.locked and a.organisation else m.organisation)
            note = ""
            if a.substitute_for is not None and a.present:
                note = f"for {who(a.substitute_for)}"
            elif m.role == "alternate":
                note = f"alternate for {who(m.alternate_for)}" if m.alternate_for else "alternate"
            line = AttendanceLine(shown, organisation, SIDES.get(m.side, m.side), ROLES.get(m.role, m.role),
                                  a.presence_label, note)
            (member_lines if a.kind == "member" else others).append(line)
        else:
            others.append(AttendanceLine(_guest_name(a, profile, audience), a.organisation, "",
                                         KINDS.get(a.kind, a.kind), a.presence_label))

    table = timings(meeting, items_of(db, meeting_id))
    number_of = {t.item.id: t.number for t in table.items}
    title_of = {t.item.id: t.item.title for t in table.items}
    verdicts = verdicts_of(db, meeting_id)
    decision_views = []
    for n, d in enumerate(decisions_of(db, meeting_id), start=1):
        v = verdicts[d.id]
        decision_views.append(DecisionView(
            n, number_of.get(d.item_id), title_of.get(d.item_id, ""), words(d.text),
            rule_text(v.rule, profile) if not (minutes.locked and d.rule_applied) else
            rule_text(d.rule_applied, profile), v.outcome, OUTCOMES[v.outcome], v.explanation,
            d.vote_held, d.votes, d.objections, list(v.warnings)))
    def action_view(n: int, a) -> ActionView:
        owner = who(a.owner_member_id) if a.owner_member_id is not None else (a.owner_text or "Secretariat")
        return ActionView(n, words(a.text), owner, a.due, a.status, a.status_label,
                          number_of.get(a.item_id), core_actions.is_overdue(a, today))

    action_views = [action_view(n, a) for n, a in enumerate(core_actions.actions_of(db, meeting_id), start=1)]
    arising = [action_view(a.id, a) for a in core_actions.arising_at(db, meeting_id)]
    discussions = store.discussions_of(db, meeting_id)
    declarations = declarations_for_meeting(db, meeting_id)
    items = []
    for t in table.items:
        item_id = t.item.id
        decl = [f"{who(x.member_id)}: {x.kind_label.lower()}" + (f" — {words(x.note)}" if x.note else "")
                for x in declarations if x.item_id == item_id]
        groups = []
        for g in breakouts_of(db, item_id):
            sections: list[tuple[str, str, list[str]]] = []
            for p in g["points"]:
                if not sections or sections[-1][0] != p["heading"] or sections[-1][1] != p["heading_kind"]:
                    sections.append((words(p["heading"]), p["heading_kind"], []))
                sections[-1][2].append(words(p["point"]))
            facilitator = g["facilitator"]
            if public:
                facilitator = words(facilitator) if profile.publish_names else ""
            groups.append(BreakoutView(g["session"], g["group_name"], facilitator, sections))
        items.append(ItemView(
            t.number, t.item.title, text_blocks(words(discussions.get(item_id, ""))), decl, groups,
            [d for d in decision_views if d.item_number == t.number],
            [a for a in action_views if a.item_number == t.number],
            arising if t.item.standing == "matters_arising" else []))

    chair = by_id.get(meeting.chair_id)
    approval_text = ""
    if minutes.locked:
        at = get_meeting(db, minutes.approved_at_meeting_id) if minutes.approved_at_meeting_id else None
        if at is not None and public and not at.public:
            at = None  # a closed meeting is not named in public documents
        approval_text = f"Approved on {human(minutes.approved_on)}" + (f" at “{at.title}”" if at else "") + "."
        if minutes.published_on:
            approval_text += f" Published on {human(minutes.published_on)}."
    elif minutes.status == "circulated":
        approval_text = (f"DRAFT circulated to members on {human(minutes.circulated_on)}; "
                         "not yet approved by the forum.")
    else:
        approval_text = "DRAFT: not yet circulated or approved."
    start, end = meeting.local_start, meeting.local_end
    amendments = []
    for am in amendments_of(db, meeting_id):
        agreed = ""
        if am.agreed_at_meeting_id:
            agreed = f"agreed at “{get_meeting(db, am.agreed_at_meeting_id).title}”"
        amendments.append((am.made_on, words(am.text), agreed))
    return MinutesView(
        audience=audience, forum_name=profile.name, meeting_id=meeting_id, title=meeting.title,
        date_text=f"{start.strftime('%A')} {human(start.date())}",
        time_text=f"{clock(start)}–{clock(end)} ({meeting.timezone})",
        location=meeting.location, chair=who(meeting.chair_id) if chair else "",
        status=minutes.status, status_text=minutes.status_label, approval_text=approval_text,
        quorum=quorum_lines(db, meeting_id), members=member_lines, others=others,
        summary=text_blocks(words(minutes.summary)), items=items, decisions=decision_views,
        actions=action_views, amendments=amendments, generated_on=today,
        decision_rule=profile.decision_rule_text(),
    )


# --- the decisions register ------------------------------------------------------------------

@dataclass
class RegisterEntry:
    meeting_id: int
    meeting_title: str
    meeting_day: dt.date
    minutes_status: str
    decision: DecisionView
    amendments: list[tuple[dt.date, str, str]] = field(default_factory=list)


def decisions_register(db, audience: str = "members", *, today: dt.date | None = None) -> list[RegisterEntry]:
    """All decisions of the forum, meeting by meeting, as `audience` may read them.

    The public register holds only decisions in approved minutes of public meetings.
    """
    from msf_desk.core.meetings import list_meetings
    from msf_desk.store import minutes as store

    if audience not in AUDIENCES:
        raise UserError(f"The audience is 'members' or 'public' (got '{audience}').")
    status = {row["meeting_id"]: row["status"] for row in store.all_minutes(db)}
    with_decisions = {d.meeting_id for d in store.all_decisions(db)}
    out = []
    for meeting in sorted(list_meetings(db), key=lambda m: m.starts_at):
        if meeting.id not in with_decisions or meeting.id not in status:
            continue
        if audience == "public" and (status[meeting.id] not in LOCKED or not meeting.public):
            continue
        view = minutes_for(db, meeting.id, audience, today=today)
        out += [RegisterEntry(meeting.id, meeting.title, meeting.day, status[meeting.id], d, view.amendments)
                for d in view.decisions]
    return out


def action_tracker(db, audience: str = "members", *, today: dt.date | None = None,
                   overdue_only: bool = False) -> list[core_actions.TrackedAction]:
    """The action tracker as `audience` may read it: the public sees actions from approved
    minutes of public meetings, with owners named only where names may be published."""
    from msf_desk.core import forum
    from msf_desk.core.agendas import redact_names
    from msf_desk.core.meetings import list_meetings
    from msf_desk.core.members import list_members
    from msf_desk.store import minutes as store

    if audience not in AUDIENCES:
        raise UserError(f"The audience is 'members' or 'public' (got '{audience}').")
    tracked = core_actions.tracker(db, today=today, overdue_only=overdue_only)
    if audience == "members":
        return tracked
    profile = forum.load(db)
    members = list_members(db)
    by_id = {m.id: m for m in members}
    public_meetings = {m.id for m in list_meetings(db) if m.public}
    locked = {row["meeting_id"] for row in store.all_minutes(db) if row["status"] in LOCKED}
    out = []
    for t in tracked:
        a = t.action
        if a.meeting_id not in locked or a.meeting_id not in public_meetings:
            continue
        owner = visible_name(by_id.get(a.owner_member_id), profile, "public") if a.owner_member_id else t.owner
        text = redact_names(a.text, members, profile)
        out.append(dataclasses.replace(t, action=dataclasses.replace(a, text=text), owner=owner))
    return out
