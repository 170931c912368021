"""Minutes of a meeting: the record and its lifecycle.

Draft → circulated to members → approved (at a later meeting, on its date) → published.
Approved minutes never change (the database refuses it); a correction is a dated
amendment. The records live in msf_desk.model.minutes; attendance and quorum rules in
core.attendance, verdicts in core.decisions, actions in core.actions, and what each
audience may read of the minutes in core.audience.minutes.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from msf_desk.core.language import _
from msf_desk.core import forum
from msf_desk.core.agendas import get_item
from msf_desk.model.minutes import PRESENCE, Attendee
from msf_desk.core.attendance import Quorum, on_roll, quorum, roll_kind, seat_of, seats_present
from msf_desk.model.minutes import RULES, Decision
from msf_desk.core.decisions import Count, Verdict, verdict
from msf_desk.model.meetings import FORUM_KINDS
from msf_desk.core.meetings import get_meeting, list_meetings
from msf_desk.core.members import get_member, list_members
from msf_desk.core.audit import logged
from msf_desk.model.dates import human
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.minutes import LOCKED, DECLARATION_KINDS, Minutes, Declaration, Amendment
from msf_desk.store import meetings as meeting_store, minutes as store
from msf_desk.store.db import transaction
from msf_desk.model.messages import M_, M_mark
from msf_desk.core.messages import message_day, message_label
from msf_desk.core.minutes_reads import get_minutes

LOCKED_MESSAGE = M_mark("These minutes are approved and locked; record a dated amendment instead.")
AUDIENCES = ("members", "public")


# --- the minutes row and the lock -------------------------------------------------------

def _minutes_of(db, meeting_id: int) -> str:
    """"the minutes of 12 March 2026", for the history."""
    return f"the minutes of {human(get_meeting(db, meeting_id).day)}"


def is_locked(db, meeting_id: int) -> bool:
    return store.status_of(db, meeting_id) in LOCKED


def ensure_editable(db, meeting_id: int) -> Minutes:
    """The minutes exist and may still change; started on first use."""
    minutes = get_minutes(db, meeting_id) or start_minutes(db, meeting_id)
    if minutes.locked:
        raise UserError(M_(LOCKED_MESSAGE))
    return minutes


@logged(lambda db, meeting_id: f"Started {_minutes_of(db, meeting_id)}", action="add")
def start_minutes(db, meeting_id: int) -> Minutes:
    """Open the minutes of a meeting, with everyone serving that day on the attendance list.

    Safe to call again: members who joined since are added while the minutes are a draft.
    """
    meeting = get_meeting(db, meeting_id)
    if meeting.status == "cancelled":
        raise UserError(M_("“{title}” was cancelled; a cancelled meeting has no minutes.").format(title=meeting.title))
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


def undo_start_minutes(db, meeting_id: int, added: list[int] | None) -> None:
    """Take back one start_minutes: the whole draft when it created the minutes (`added` is
    None), else only the attendance lines it added to a draft that was already there."""
    if added is None:
        remove_minutes(db, meeting_id)
        return
    if not added:
        return
    ensure_editable(db, meeting_id)
    with transaction(db):
        for attendee_id in added:
            store.delete_attendee(db, attendee_id)


def _roll_order(members):
    role_order = {"co_chair": 0, "member": 1, "alternate": 2, "observer": 3, "secretariat": 4}
    return sorted(members, key=lambda m: (m.side != "government", role_order.get(m.role, 9), m.name.lower()))


def set_summary(db, meeting_id: int, text: str) -> None:
    ensure_editable(db, meeting_id)
    store.set_minutes_fields(db, meeting_id, summary=text)


# --- attendance -----------------------------------------------------------------------

def attendance_of(db, meeting_id: int) -> list[Attendee]:
    return store.attendance_of(db, meeting_id)


def set_presence(db, meeting_id: int, member_id: int, presence: str,
                 substitute_for: int | None = None) -> Attendee:
    """Mark a member on the list: in person, remote, apologies or absent; an alternate may
    sit for a named member (the seat counts once)."""
    if presence not in PRESENCE:
        raise ValidationError({"presence": M_("'{presence}' is not a way of attending").format(presence=presence)})
    ensure_editable(db, meeting_id)
    person = get_member(db, member_id)
    if substitute_for is not None:
        day = get_meeting(db, meeting_id).day
        holder = get_member(db, substitute_for)
        if substitute_for == member_id:
            raise ValidationError({"substitute_for": M_("a member cannot sit in their own place")})
        if person.role != "alternate":
            raise ValidationError({"substitute_for": M_("{name} is not an alternate").format(name=person.name)})
        if not holder.holds_voting_seat_on(day):
            raise ValidationError({"substitute_for": M_("{name} holds no voting seat on that day").format(name=holder.name)})
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
    problems = {}
    if not name.strip() and not organisation.strip():
        problems["name"] = M_("give the guest's name or organisation")
    if kind not in ("guest", "observer", "secretariat"):
        problems["kind"] = M_("a guest, an observer or secretariat staff")
    if presence not in ("in_person", "remote"):
        problems["presence"] = M_("a guest is present in person or remotely")
    if problems:
        raise ValidationError(problems)
    ensure_editable(db, meeting_id)
    return store.insert_attendee(db, Attendee(meeting_id, None, name.strip(), organisation.strip(), kind,
                                              presence, None, publish_name))


def remove_attendee(db, attendee_id: int) -> Attendee:
    """Take a guest off the list (members stay on it: mark them absent instead)."""
    a = store.get_attendee(db, attendee_id)
    if a is None:
        raise UserError(M_("There is no attendance line with id {attendee_id}.").format(attendee_id=attendee_id))
    ensure_editable(db, a.meeting_id)
    if a.member_id is not None:
        raise UserError(M_("Members stay on the attendance list; mark them absent instead."))
    store.delete_attendee(db, attendee_id)
    return a


def restore_attendee(db, attendee: Attendee) -> None:
    ensure_editable(db, attendee.meeting_id)
    store.restore_attendee(db, attendee)


def meeting_quorum(db, meeting_id: int) -> Quorum:
    meeting = get_meeting(db, meeting_id)
    return quorum(forum.load(db), list_members(db), attendance_of(db, meeting_id), meeting.day)


def quorum_applies(meeting) -> bool:
    """Quorum is a rule of the whole forum's meetings, not of working groups or open events."""
    return meeting.kind in FORUM_KINDS


def quorum_lines(db, meeting_id: int) -> list[str]:
    """What the minutes say about quorum: frozen at approval, live before."""
    minutes = get_minutes(db, meeting_id)
    if minutes is not None and minutes.locked and minutes.quorum_text:
        return minutes.quorum_text.splitlines()
    return live_quorum_lines(db, meeting_id)


def live_quorum_lines(db, meeting_id: int) -> list[str]:
    """What the records say about quorum now, in the current document language."""
    meeting = get_meeting(db, meeting_id)
    q = meeting_quorum(db, meeting_id)
    if not quorum_applies(meeting):
        return [_("No quorum applies to this {kind}.").format(kind=_(meeting.kind_label).lower()), q.balance_text()]
    return q.statements()


# --- declarations, recusals -------------------------------------------------------------

def add_declaration(db, item_id: int, member_id: int, kind: str = "declaration", note: str = "") -> Declaration:
    """Record that a member declared an interest in, recused from, or was waived on an item."""
    if kind not in DECLARATION_KINDS:
        raise ValidationError({"kind": M_("a declaration, a recusal or a waiver")})
    item = get_item(db, item_id)
    get_member(db, member_id)
    ensure_editable(db, item.meeting_id)
    new_id = store.insert_declaration(db, item.meeting_id, {"item_id": item_id, "member_id": member_id,
                                                             "kind": kind, "note": note.strip()})
    return Declaration(item_id, member_id, kind, note.strip(), new_id)


def declarations_of(db, item_id: int) -> list[Declaration]:
    return [Declaration(**r) for r in store.declarations_of(db, item_id)]


def declarations_for_meeting(db, meeting_id: int) -> list[Declaration]:
    return [Declaration(**r) for r in store.declarations_for_meeting(db, meeting_id)]


def remove_declaration(db, declaration_id: int) -> Declaration:
    row = store.get_declaration(db, declaration_id)
    if row is None:
        raise UserError(M_("There is no declaration with id {declaration_id}.").format(declaration_id=declaration_id))
    ensure_editable(db, get_item(db, row["item_id"]).meeting_id)
    store.delete_declaration(db, declaration_id)
    return Declaration(**row)


# --- item notes and breakout groups ----------------------------------------------------

def discussion_of(db, item_id: int) -> str:
    return store.discussion_of(db, item_id)


def set_discussion(db, item_id: int, text: str) -> None:
    """Save the discussion summary of one item (one transaction; the editor's autosave)."""
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
    return store.breakouts_of(db, item_id)


def set_breakout_notes(db, item_id: int, text: str) -> list[dict]:
    """Replace an item's breakout groups with the notes as typed (one transaction)."""
    item = get_item(db, item_id)
    ensure_editable(db, item.meeting_id)
    groups = parse_breakout_notes(text)
    store.replace_breakouts(db, item_id, item.meeting_id, groups)
    return groups


# --- decisions ---------------------------------------------------------------------------

def validate_decision(decision: Decision) -> None:
    problems = {}
    if not decision.text.strip():
        problems["text"] = M_("write what the forum decided (or was asked to decide)")
    if decision.rule not in RULES:
        problems["rule"] = M_("'{rule}' is not a decision rule").format(rule=decision.rule)
    numbers = dataclasses.asdict(decision.votes)
    numbers["objections"] = decision.objections
    for name, value in numbers.items():
        if int(value) < 0:
            problems[name] = M_("cannot be negative")
    if problems:
        raise ValidationError(problems)


def decisions_of(db, meeting_id: int) -> list[Decision]:
    return store.decisions_of(db, meeting_id)


def get_decision(db, decision_id: int) -> Decision:
    d = store.get_decision(db, decision_id)
    if d is None:
        raise UserError(M_("There is no decision with id {decision_id}.").format(decision_id=decision_id))
    return d


def add_decision(db, decision: Decision) -> Decision:
    validate_decision(decision)
    ensure_editable(db, decision.meeting_id)
    _check_item(db, decision.meeting_id, decision.item_id)
    if not decision.position:
        decision = dataclasses.replace(decision, position=store.next_decision_position(db, decision.meeting_id))
    return store.insert_decision(db, decision)


def update_decision(db, decision: Decision) -> Decision:
    validate_decision(decision)
    old = get_decision(db, decision.id)
    ensure_editable(db, old.meeting_id)
    _check_item(db, decision.meeting_id, decision.item_id)
    store.update_decision(db, decision)
    return decision


def remove_decision(db, decision_id: int) -> Decision:
    d = get_decision(db, decision_id)
    ensure_editable(db, d.meeting_id)
    store.delete_decision(db, decision_id)
    return d


def restore_decision(db, decision: Decision) -> None:
    ensure_editable(db, decision.meeting_id)
    store.restore_decision(db, decision)


def _check_item(db, meeting_id: int, item_id: int | None) -> None:
    if item_id is None:
        return

    if get_item(db, item_id).meeting_id != meeting_id:
        raise ValidationError({"item_id": M_("the item is on another meeting's agenda")})


def decision_count(db, decision: Decision, *, members=None, attendance=None, day=None) -> Count:
    """The numbers behind a verdict: seats present and eligible by side, active seats,
    recused seats (recusals on the decision's item; an alternate's recusal covers the seat
    they sit in)."""
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
    if decision.outcome and is_locked(db, decision.meeting_id):
        return Verdict(decision.outcome, decision.rule_applied or decision.rule, decision.verdict_text)
    profile = profile or forum.load(db)
    result = verdict(decision.rule, profile, decision_count(db, decision, **known),
                     vote_held=decision.vote_held, votes=decision.votes, objections=decision.objections,
                     deferred=decision.deferred)
    if quorum_met is None:
        quorum_met = (meeting_quorum(db, decision.meeting_id).met
                      or not quorum_applies(get_meeting(db, decision.meeting_id)))
    if not quorum_met and result.outcome != "deferred":
        result.warnings.append(_("The meeting was not quorate: the forum may need to confirm this "
                                 "decision at a quorate meeting."))
    return result


def verdicts_of(db, meeting_id: int) -> dict[int, Verdict]:
    """Every decision's verdict for one meeting, reading the records once."""
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

@logged(lambda db, meeting_id, **_: f"Circulated {_minutes_of(db, meeting_id)}", action="circulate")
def circulate(db, meeting_id: int, *, on: dt.date | None = None) -> Minutes:
    """The draft goes to members for comment; it can still be corrected until approved."""
    ensure_editable(db, meeting_id)
    on = on or dt.date.today()
    meeting = get_meeting(db, meeting_id)
    if on < meeting.day:
        raise UserError(M_("The minutes cannot be circulated before the meeting ({day}).").format(day=message_day(meeting.day)))
    store.set_minutes_fields(db, meeting_id, status="circulated", circulated_on=on)
    return get_minutes(db, meeting_id)


@logged(lambda db, meeting_id: f"Took {_minutes_of(db, meeting_id)} back to draft", action="undo")
def withdraw_circulation(db, meeting_id: int) -> Minutes:
    """Back to draft (undo of circulating): only before approval."""
    ensure_editable(db, meeting_id)
    store.set_minutes_fields(db, meeting_id, status="draft", circulated_on=None)
    return get_minutes(db, meeting_id)


def approval_problems(db, meeting_id: int) -> list[str]:
    """What stands in the way of approval, in plain words (empty: ready)."""
    minutes = get_minutes(db, meeting_id)
    if minutes is None:
        return [M_("There are no minutes for this meeting yet.")]
    if minutes.locked:
        return [M_("These minutes are already approved.")]
    problems = []
    if minutes.status != "circulated":
        problems.append(M_("Circulate the minutes to members before the forum approves them."))
    verdicts = verdicts_of(db, meeting_id)
    for n, d in enumerate(decisions_of(db, meeting_id), start=1):
        v = verdicts[d.id]
        if v.outcome == "incomplete":
            problems.append(M_("Decision {number}: {explanation}").format(number=n, explanation=v.explanation))
    return problems


def approval_meetings(db, meeting_id: int, *, today: dt.date | None = None) -> list:
    """The meetings at which these minutes may be approved, newest first: forum meetings
    (regular or extraordinary) after this one, recorded as held, on or before today."""
    today = today or dt.date.today()
    meeting = get_meeting(db, meeting_id)
    chosen = [m for m in list_meetings(db) if m.id != meeting_id and m.starts_at > meeting.starts_at
              and m.kind in FORUM_KINDS and m.status == "held" and m.day <= today]
    return sorted(chosen, key=lambda m: (m.starts_at, m.id), reverse=True)


def approval_refusal(meeting, at, today: dt.date) -> str | None:
    """Why `at` cannot approve the minutes of `meeting` (None: it can)."""
    if at.id == meeting.id or at.starts_at <= meeting.starts_at:
        return M_("Minutes are approved at a later meeting than “{title}” ({day}); “{at}” is not later.").format(
            title=meeting.title, day=message_day(meeting.day), at=at.title)
    if at.status in ("cancelled", "postponed"):
        return M_("“{at}” is {status}; the minutes cannot be approved there.").format(
            at=at.title, status=message_label(at.status_label).lower())
    if at.kind not in FORUM_KINDS:
        return M_("“{at}” is a {kind}; minutes are approved by the forum at a regular or extraordinary "
                  "meeting.").format(at=at.title, kind=message_label(at.kind_label).lower())
    if at.day > today:
        return M_("“{at}” is on {day}, which has not come yet; minutes are approved at a meeting that has "
                  "taken place.").format(at=at.title, day=message_day(at.day))
    if at.status != "held":
        return M_("“{at}” is not recorded as held; record it as held on the Meetings page first.").format(at=at.title)
    return None


@logged(lambda db, meeting_id, *a, **k: f"Approved {_minutes_of(db, meeting_id)}", action="approve")
def lock(db, meeting_id: int, at_meeting_id: int, *, on: dt.date | None = None,
         today: dt.date | None = None) -> Minutes:
    """Check and record the approval (the rules of `approve`, in core.records, which also
    freezes the record as each audience reads it, in the same transaction).

    Only at a forum meeting held on or before today (see `approval_meetings`). `on`
    defaults to the date of that later meeting, and may not be before it nor after today.
    What core computed (each decision's verdict, the quorum statement, the names on the
    attendance list) is frozen in the rows themselves.
    """
    today = today or dt.date.today()
    meeting = get_meeting(db, meeting_id)
    at = get_meeting(db, at_meeting_id)
    refusal = approval_refusal(meeting, at, today)
    if refusal:
        raise UserError(refusal, field="at_meeting_id")
    if meeting.status in ("cancelled", "postponed"):
        raise UserError(M_("“{title}” is {status_label}; its minutes cannot be approved.").format(title=meeting.title, status_label=message_label(meeting.status_label).lower()))
    on = on or at.day
    if on < at.day:
        raise UserError(M_("The approval date ({on}) is before “{title}” ({day}).").format(on=message_day(on), title=at.title, day=message_day(at.day)), field="on")
    if on > today:
        raise UserError(M_("The approval date ({on}) is after today ({today}); an approval is recorded once it has happened.").format(on=message_day(on), today=message_day(today)), field="on")
    problems = approval_problems(db, meeting_id)
    if problems:
        raise UserError(M_("The minutes cannot be approved yet:\n{problems}").format(problems="\n".join(f"- {p}" for p in problems)))
    verdicts = verdicts_of(db, meeting_id)
    frozen = {d_id: (v.rule, v.outcome, " ".join([v.explanation] + v.warnings)) for d_id, v in verdicts.items()}
    people = {m.id: m for m in list_members(db)}
    names = {a.id: (people[a.member_id].name, people[a.member_id].organisation)
             for a in attendance_of(db, meeting_id) if a.member_id in people}
    with transaction(db):
        if meeting.is_open:
            # Minutes approved by the forum are the proof that the meeting took place.
            meeting_store.set_meeting_fields(db, meeting_id, status="held")
        store.approve(db, meeting_id, at_meeting_id=at_meeting_id, on=on,
                      quorum_text="\n".join(quorum_lines(db, meeting_id)),
                      verdicts=frozen, names=names)
    return get_minutes(db, meeting_id)


@logged(lambda db, meeting_id, **_: f"Published {_minutes_of(db, meeting_id)}", action="publish")
def publish(db, meeting_id: int, *, on: dt.date | None = None) -> Minutes:
    """Approved minutes are published (the public version goes to the repository), once."""
    minutes = get_minutes(db, meeting_id)
    if minutes is None or minutes.status not in LOCKED:
        raise UserError(M_("Only approved minutes can be published; approve them at a forum meeting first."))
    if minutes.published_on is not None:
        raise UserError(M_("These minutes were published on {published_on}; the publication date is recorded once.").format(published_on=message_day(minutes.published_on)))
    on = on or dt.date.today()
    if minutes.approved_on and on < minutes.approved_on:
        raise UserError(M_("The minutes were approved on {approved_on}; they cannot be published before that.").format(approved_on=message_day(minutes.approved_on)))
    store.set_minutes_fields(db, meeting_id, status="published", published_on=on)
    return get_minutes(db, meeting_id)


@logged(lambda db, meeting_id, *a, **k: f"Amended {_minutes_of(db, meeting_id)}", action="amend")
def amend(db, meeting_id: int, text: str, *, on: dt.date | None = None,
          agreed_at_meeting_id: int | None = None) -> Amendment:
    """A dated correction to approved minutes, shown in every later export."""
    minutes = get_minutes(db, meeting_id)
    if not text.strip():
        raise ValidationError({"text": M_("write the correction")})
    if minutes is None or not minutes.locked:
        raise UserError(M_("These minutes are not approved yet: correct them directly instead of amending."))
    on = on or dt.date.today()
    if minutes.approved_on and on < minutes.approved_on:
        raise ValidationError({"made_on": M_("an amendment comes after the approval ({approved_on})").format(approved_on=message_day(minutes.approved_on))})
    new_id = store.insert_amendment(db, meeting_id, on, text.strip(), agreed_at_meeting_id)
    return Amendment(meeting_id, on, text.strip(), agreed_at_meeting_id, new_id)


def amendments_of(db, meeting_id: int) -> list[Amendment]:
    return [Amendment(**r) for r in store.amendments_of(db, meeting_id)]


def remove_minutes(db, meeting_id: int) -> None:
    """Throw away draft minutes with all that was recorded in them (undo of starting)."""
    ensure_editable(db, meeting_id)
    store.delete_minutes(db, meeting_id)


# --- for the window: what the minutes page reads ------------------------------------------

def minutes_statuses(db) -> dict[int, str]:
    """{meeting id: status of its minutes} for every meeting that has minutes."""
    return {row["meeting_id"]: row["status"] for row in store.all_minutes(db)}


def discussions_for_meeting(db, meeting_id: int) -> dict[int, str]:
    """{item id: the discussion noted under it} for one meeting."""
    return store.discussions_of(db, meeting_id)


def item_titles(db) -> dict[int, str]:
    """{item id: title} across all meetings (for matters arising from earlier ones)."""
    return store.item_titles(db)
