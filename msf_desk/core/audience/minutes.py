"""Minutes, the decisions register and the action tracker, as each audience may read them."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import field

from msf_desk.core import action_tracker as tracking, actions as core_actions, forum, snapshots
from msf_desk.core.matters_arising import arising_at, is_overdue
from msf_desk.core.agendas import items_of, timings
from msf_desk.model.minutes import KINDS
from msf_desk.core.audience.privacy import guest_name, redact_names, replace_names, visible_name, withdrawn_names
from msf_desk.model.minutes import OUTCOMES, Votes
from msf_desk.core.decisions import rule_text
from msf_desk.core import language
from msf_desk.core.language import _, clock, typed, weekday_day
from msf_desk.core.language import day as human
from msf_desk.core.meetings import get_meeting, list_meetings
from msf_desk.core.members import list_members
from msf_desk.model.members import ROLES, SIDES
from msf_desk.core.minutes import AUDIENCES, amendments_of, attendance_of, breakouts_of, decisions_of, declarations_for_meeting, quorum_lines, live_quorum_lines, text_blocks, verdicts_of
from msf_desk.core.minutes_reads import get_minutes
from msf_desk.model.errors import UserError
from msf_desk.model.minutes import LOCKED
from msf_desk.store import minutes as store, record_locks as lock_store
from msf_desk.store.db import transaction
from msf_desk.core.messages import message_label
from msf_desk.model.messages import M_
from msf_desk.model.records import record


@record
class AttendanceLine:
    name: str
    organisation: str
    side: str
    role: str
    presence: str
    note: str = ""


@record
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


@record
class ActionView:
    number: int
    text: str
    owner: str
    due: dt.date | None
    status: str
    status_label: str
    item_number: int | None
    overdue: bool


@record
class BreakoutView:
    session: str
    group: str
    facilitator: str
    sections: list[tuple[str, str, list[str]]]   # (heading, 'theme'|'commitment', points)


@record
class ItemView:
    number: int
    title: str
    discussion: list[tuple[str, object]]
    declarations: list[str]
    breakouts: list[BreakoutView]
    decisions: list[DecisionView]
    actions: list[ActionView]
    arising: list[ActionView] = field(default_factory=list)   # on the "matters arising" item


@record
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
    # Set when read from the frozen record: the day of its last change (approval, an
    # amendment, publication). Files are dated with it, so a re-export is identical.
    record_date: dt.date | None = None

    @property
    def is_public(self) -> bool:
        return self.audience == "public"

    @property
    def is_draft(self) -> bool:
        return self.status in ("draft", "circulated")


def minutes_for(db, meeting_id: int, audience: str, *, today: dt.date | None = None) -> MinutesView:
    """Everything the minutes show, already cut to what `audience` may see.

    members: the full record (drafts marked as drafts).
    public: only approved (or published) minutes of public meetings; names only where the
    forum and the person allow it, else the organisation; facilitators' names likewise;
    never an e-mail or a phone number (they are not part of the minutes at all).

    Approved minutes are read from their frozen snapshot (taken at approval): what they
    say is what was true when the forum approved them, whatever happened since (an action
    closed, a member renamed, the forum's rules changed). Only the dated amendments and
    the publication date are added, and names their owners no longer agree to publish are
    taken out of the public version.
    """
    if audience not in AUDIENCES:
        raise UserError(M_("The audience is 'members' or 'public' (got '{audience}').").format(audience=audience))
    public = audience == "public"
    meeting = get_meeting(db, meeting_id)
    minutes = get_minutes(db, meeting_id)
    if minutes is None:
        raise UserError(M_("“{title}” has no minutes yet.").format(title=meeting.title))
    if public and not minutes.locked:
        raise UserError(M_("The minutes of “{title}” are a draft ({status_label}); only approved minutes are published.").format(title=meeting.title, status_label=message_label(minutes.status_label).lower()))
    if public and not meeting.public:
        raise UserError(M_("“{title}” was a closed meeting; its minutes are for members only.").format(title=meeting.title))
    if minutes.locked:
        return _frozen_view(db, meeting_id, audience, minutes)
    return _live_view(db, meeting, minutes, audience, today=today or dt.date.today())


def _as_of(action, day: dt.date | None):
    """An action as it stood on `day`: closed later means still open then."""
    if day is not None and action.status != "open" and action.closed_on is not None and action.closed_on > day:
        return dataclasses.replace(action, status="open", closed_on=None)
    return action


def _live_view(db, meeting, minutes, audience: str, *, today: dt.date, as_of: dt.date | None = None,
               with_publication: bool = True) -> MinutesView:
    """The minutes computed from the records now. With `as_of`, actions closed after that
    day are shown open (the state they were in on that day)."""
    meeting_id = meeting.id
    public = audience == "public"
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
            others.append(AttendanceLine(guest_name(a, profile, audience), a.organisation, "",
                                         KINDS.get(a.kind, a.kind), a.presence_label))

    table = timings(meeting, items_of(db, meeting_id))
    number_of = {t.item.id: t.number for t in table.items if not t.item.is_break}
    title_of = {t.item.id: t.item.title for t in table.items if not t.item.is_break}
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
        owner = who(a.owner_member_id) if a.owner_member_id is not None else (a.owner_text or _("Secretariat"))
        return ActionView(n, words(a.text), owner, a.due, a.status, a.status_label,
                          number_of.get(a.item_id), is_overdue(a, today))

    action_views = [action_view(n, _as_of(a, as_of))
                    for n, a in enumerate(core_actions.actions_of(db, meeting_id), start=1)]
    arising = [action_view(a.id, _as_of(a, as_of)) for a in arising_at(db, meeting_id)]
    discussions = store.discussions_of(db, meeting_id)
    declarations = declarations_for_meeting(db, meeting_id)
    items = []
    for t in table.items:
        if t.item.is_break:  # a pause has no minutes of its own
            continue
        item_id = t.item.id
        decl = [_("{label}: {value}").format(label=typed(who(x.member_id)), value=_(x.kind_label).lower())
                + (f" — {words(x.note)}" if x.note else "") for x in declarations if x.item_id == item_id]
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
    approval_text = _approval_text(db, minutes, public, with_publication)
    start, end = meeting.local_start, meeting.local_end
    amendments = []
    for am in amendments_of(db, meeting_id):
        agreed = ""
        if am.agreed_at_meeting_id:
            agreed = _("agreed at “{meeting}”").format(meeting=typed(get_meeting(db, am.agreed_at_meeting_id).title))
        amendments.append((am.made_on, words(am.text), agreed))
    return MinutesView(
        audience=audience, forum_name=profile.name, meeting_id=meeting_id, title=meeting.title,
        date_text=weekday_day(start.date()),
        time_text=f"{clock(start)}–{clock(end)} ({meeting.timezone})",
        location=meeting.location, chair=who(meeting.chair_id) if chair else "",
        status=minutes.status, status_text=minutes.status_label, approval_text=approval_text,
        quorum=quorum_lines(db, meeting_id), members=member_lines, others=others,
        summary=text_blocks(words(minutes.summary)), items=items, decisions=decision_views,
        actions=action_views, amendments=amendments, generated_on=today,
        decision_rule=forum.decision_rule_words(profile),
    )


def _approval_text(db, minutes, public: bool, with_publication: bool = True) -> str:
    """"Approved on 14 March 2026 at “Forum meeting, March 2026”. Published on ...", in the
    document's language."""
    if minutes.locked:
        at = get_meeting(db, minutes.approved_at_meeting_id) if minutes.approved_at_meeting_id else None
        if at is not None and public and not at.public:
            at = None  # a closed meeting is not named in public documents
        text = (_("Approved on {day} at “{meeting}”.").format(day=human(minutes.approved_on), meeting=typed(at.title))
                if at else _("Approved on {day}.").format(day=human(minutes.approved_on)))
        if minutes.published_on and with_publication:
            text += " " + _("Published on {day}.").format(day=human(minutes.published_on))
        return text
    if minutes.status == "circulated":
        return _("DRAFT circulated to members on {day}; not yet approved by the forum.").format(
            day=human(minutes.circulated_on))
    return _("DRAFT: not yet circulated or approved.")


# --- the frozen record -----------------------------------------------------------------------

def freeze_minutes(db, meeting_id: int, *, origin: str = "approval") -> None:
    """Write the snapshot of approved minutes, once per audience (public only for a public
    meeting), as they read on their approval date: actions closed after that day are shown
    open, "overdue" is counted on that day. `origin` 'upgrade' marks minutes approved before
    snapshots existed (taken on their first export, from the records as they are then)."""
    meeting = get_meeting(db, meeting_id)
    minutes = get_minutes(db, meeting_id)
    if minutes is None or not minutes.locked:
        raise UserError(M_("The minutes of “{title}” are not approved; there is nothing to freeze.").format(title=meeting.title))
    as_of = minutes.approved_on or meeting.day
    people = {str(m.id): [m.name, m.organisation] for m in list_members(db)}
    have = lock_store.kinds_of(db, meeting_id)
    with transaction(db):
        for audience in AUDIENCES:
            if ("minutes", audience) in have or (audience == "public" and not meeting.public):
                continue
            # The record is kept in the source language: the words the forum approved. A document in
            # another language writes its own headings, dates and approval line around it.
            with language.using(language.SOURCE):
                view = _live_view(db, meeting, minutes, audience, today=as_of, as_of=as_of,
                                  with_publication=False)
            view = dataclasses.replace(view, amendments=[])
            lock_store.insert(db, meeting_id, "minutes", audience, as_of=as_of, origin=origin,
                              content=snapshots.dumps({"view": view, "people": people}))


def _frozen_view(db, meeting_id: int, audience: str, minutes) -> MinutesView:
    row = lock_store.get(db, meeting_id, "minutes", audience)
    if row is None:
        freeze_minutes(db, meeting_id, origin="upgrade")
        row = lock_store.get(db, meeting_id, "minutes", audience)
    data = json.loads(row["content"])
    view = snapshots.from_plain(MinutesView, data["view"])
    public = audience == "public"
    amendments_list = amendments_of(db, meeting_id)
    profile = forum.load(db)
    members = list_members(db) if public else []
    if public:
        hidden = withdrawn_names(members, profile, data.get("people", {}))
        if hidden:
            plain = snapshots.to_plain(view)
            for key in ("members", "others"):
                for line in plain[key]:
                    if line["name"] in hidden:
                        line["name"] = ""
            view = snapshots.from_plain(MinutesView, replace_names(plain, hidden))
    amendments = []
    for am in amendments_list:
        agreed = ""
        if am.agreed_at_meeting_id:
            agreed = _("agreed at “{meeting}”").format(meeting=typed(get_meeting(db, am.agreed_at_meeting_id).title))
        amendments.append((am.made_on, redact_names(am.text, members, profile) if public else am.text, agreed))
    approval_text = view.approval_text
    if minutes.published_on:
        approval_text += " " + _("Published on {day}.").format(day=human(minutes.published_on))
    meeting = get_meeting(db, meeting_id)
    start, end = meeting.local_start, meeting.local_end
    if language.current() != language.SOURCE:
        # The frozen words stay as approved; the dates and times around them follow the document.
        approval_text = _approval_text(db, minutes, public)
        # The quorum sentences were frozen in English at approval. When the records still say
        # exactly that, say it in this document's language; otherwise keep the frozen words.
        with language.using(language.SOURCE):
            english = live_quorum_lines(db, meeting_id)
        if english == list(view.quorum):
            view = dataclasses.replace(view, quorum=live_quorum_lines(db, meeting_id))
        view = dataclasses.replace(view, date_text=weekday_day(start.date()),
                                   time_text=f"{clock(start)}–{clock(end)} ({meeting.timezone})",
                                   decision_rule=forum.decision_rule_words(profile))
    record_date = max([row["as_of"], minutes.published_on or row["as_of"]] + [a.made_on for a in amendments_list])
    return dataclasses.replace(view, status=minutes.status, status_text=minutes.status_label,
                               approval_text=approval_text, amendments=amendments, generated_on=record_date,
                               record_date=record_date)


# --- the decisions register ------------------------------------------------------------------

@record
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
    if audience not in AUDIENCES:
        raise UserError(M_("The audience is 'members' or 'public' (got '{audience}').").format(audience=audience))
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
                   overdue_only: bool = False) -> list[tracking.TrackedAction]:
    """The action tracker as `audience` may read it: the public sees actions from approved
    minutes of public meetings, with owners named only where names may be published."""
    if audience not in AUDIENCES:
        raise UserError(M_("The audience is 'members' or 'public' (got '{audience}').").format(audience=audience))
    tracked = tracking.tracker(db, today=today, overdue_only=overdue_only)
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
