"""The pack for a meeting, as each audience may see it."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import field

from msf_desk.core import calendar, forum, snapshots
from msf_desk.core.matters_arising import is_overdue, matters_arising
from msf_desk.core.agendas import AUDIENCES, revisions, timings
from msf_desk.core.attachments import size_text
from msf_desk.core.audience.privacy import redact_names, replace_names, shown_name, withdrawn_names
from msf_desk.core.language import N_, _, clock, typed, weekday_day
from msf_desk.core.language import day as human
from msf_desk.core.conflicts import conflicts_for_meeting, flagged_decisions, lines_by_item
from msf_desk.core.meetings import get_meeting, notice_deadline, papers_deadline
from msf_desk.core.members import list_members
from msf_desk.model.dates import parse_date
from msf_desk.model.errors import UserError
from msf_desk.store import meetings as store, minutes_reads, record_locks as lock_store
from msf_desk.store.db import transaction
from msf_desk.model.messages import M_
from msf_desk.model.records import record


@record
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
    tabled: bool = False  # to be distributed at the meeting
    version: int = 1
    revised_on: dt.date | None = None  # the current version's date, when revised
    paper_id: int | None = None  # only for a paper this audience may read in full

    @property
    def label(self) -> str:
        return _("Paper {number}").format(number=self.number)

    @property
    def status_note(self) -> str:
        """'tabled: to be distributed at the meeting', 'revised: version 2 of 3 June 2026'."""
        notes = []
        if self.version > 1 and not self.withheld:
            notes.append(_("revised: version {version} of {day}").format(version=self.version,
                                                                         day=human(self.revised_on))
                         if self.revised_on else _("revised: version {version}").format(version=self.version))
        if self.tabled:
            notes.append(_("tabled: to be distributed at the meeting"))
        return "; ".join(notes)

    def listing(self) -> str:
        """'Paper 3: Draft bylaws (withheld as pre-decision)', as packs list them."""
        notes = []
        if self.disclosure == "withheld":
            notes.append(_("withheld as pre-decision"))
        elif self.disclosure == "confidential":
            notes.append(_("confidential"))
        if self.status_note:
            notes.append(self.status_note)
        note = f" ({'; '.join(notes)})" if notes else ""
        return _("{label}: {value}").format(label=self.label, value=typed(self.title)) + note


@record
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
    is_break: bool = False  # a timed pause: no number, no paper, no decision


@record
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
    objective: str = ""
    joining: list[str] = field(default_factory=list)  # members whose term began since the last forum meeting
    leaving: list[str] = field(default_factory=list)  # whose term ended since, or ends before the next one
    extra: dict = field(default_factory=dict)

    @property
    def welcome_lines(self) -> list[str]:
        lines = []
        if self.joining:
            lines.append(_("First meeting for new members: {names}.").format(names="; ".join(self.joining)))
        if self.leaving:
            lines.append(_("Members leaving the forum: {names}.").format(names="; ".join(self.leaving)))
        return lines

    @property
    def is_public(self) -> bool:
        return self.audience == "public"


def _arising_lines(db, meeting_id: int, by_id: dict, profile, public: bool, name, today,
                   as_of: dt.date | None = None) -> list[str]:
    """The open actions of earlier meetings, one line each, for the "matters arising" item.

    With `as_of`, the actions that were open on that day (closed later counts as open then)."""
    if as_of is None:
        arising = matters_arising(db, meeting_id)
    else:
        arising = [dataclasses.replace(a, status="open", closed_on=None)
                   for a in minutes_reads.actions_before(db, get_meeting(db, meeting_id).starts_at)
                   if a.status == "open" or (a.closed_on is not None and a.closed_on > as_of)]
    lines = []
    for a in arising:
        owner = by_id.get(a.owner_member_id)
        who = (_visible_name(owner, profile) if public else owner.name) if owner else (a.owner_text or _("Secretariat"))
        due = _(", due {day}").format(day=human(a.due)) if a.due else ""
        late = _(" — overdue") if is_overdue(a, today or dt.date.today()) else ""
        lines.append(f"{typed(name(a.text))} ({typed(who)}{due}){late}")
    return lines


def freeze_pack(db, meeting_id: int, *, origin: str = "notice") -> None:
    """Freeze what a pack says beyond the meeting's own agenda, when its notice goes out:
    the matters arising (actions of earlier meetings open on the notice day, "overdue" as
    of that day), for each audience. The agenda itself may still be revised after the
    notice (each change is a dated revision in the pack) until the minutes are approved.
    `origin` 'upgrade' marks a notice sent before snapshots existed (taken on first use)."""
    meeting = get_meeting(db, meeting_id)
    as_of = meeting.agenda_sent_on or meeting.notice_sent_on or meeting.day
    profile = forum.load(db)
    members = list_members(db)
    by_id = {m.id: m for m in members}
    people = {str(m.id): [m.name, m.organisation] for m in members}
    have = lock_store.kinds_of(db, meeting_id)
    with transaction(db):
        for audience in AUDIENCES:
            if ("pack", audience) in have or (audience == "public" and not meeting.public):
                continue
            public = audience == "public"

            def name(text: str, public=public) -> str:
                return redact_names(text, members, profile) if public else text

            lines = _arising_lines(db, meeting_id, by_id, profile, public, name, as_of, as_of=as_of)
            lock_store.insert(db, meeting_id, "pack", audience, as_of=as_of, origin=origin,
                              content=snapshots.dumps({"arising": lines, "people": people}))


def frozen_arising(db, meeting_id: int, audience: str, members, profile) -> list[str]:
    """The matters arising a sent pack carries: as frozen at the notice, with the names of
    members who may no longer be named in public replaced by their organisation."""
    row = lock_store.get(db, meeting_id, "pack", audience)
    if row is None:
        freeze_pack(db, meeting_id, origin="upgrade")
        row = lock_store.get(db, meeting_id, "pack", audience)
    data = json.loads(row["content"])
    lines = list(data["arising"])
    if audience == "public":
        lines = replace_names(lines, withdrawn_names(members, profile, data.get("people", {})))
    return lines


def pack_for(db, meeting_id: int, audience: str, *, today: dt.date | None = None) -> PackData:
    """Everything a pack shows, already cut to what `audience` may see.

    members: all of it; withheld and confidential papers are marked as such.
    public: withheld and confidential papers are listed without content or file; no
    e-mail, phone or remote link; names only where the forum and the member allow it;
    draft decision texts stay with the members until the minutes are published.
    """
    if audience not in AUDIENCES:
        raise UserError(M_("The audience is 'members' or 'public' (got '{audience}').").format(audience=audience))
    public = audience == "public"
    meeting = get_meeting(db, meeting_id)
    if public and not meeting.public:
        raise UserError(M_("“{title}” is not a public meeting; export the members' pack instead.").format(title=meeting.title))
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
            title = p.title if p.disclosure == "withheld" else _("Confidential paper")
            views.append(PaperView(n, title, p.disclosure, p.disclosure_label, True,
                                   number_of_item.get(p.item_id), tabled=p.tabled))
        else:
            views.append(PaperView(
                n, p.title, p.disclosure, p.disclosure_label, False, number_of_item.get(p.item_id),
                reference=p.reference, file_name=p.file_name, size=size_text(p.size) if p.size else "",
                sha256=p.sha256, summary=p.summary, tabled=p.tabled, version=p.version,
                revised_on=parse_date(p.revised_on) if p.revised_on else None, paper_id=p.id))
    papers_by_item: dict[int | None, list[PaperView]] = {}
    for view in views:
        papers_by_item.setdefault(view.item_number, []).append(view)

    conflict_lines: dict[int, list[str]] = {}
    if not public:
        found = conflicts_for_meeting(db, meeting_id)
        conflict_lines = lines_by_item(found, flagged_decisions(db, meeting_id, found))

    arising: list[str] = []
    if any(t.item.standing == "matters_arising" for t in table.items):
        if meeting.agenda_status == "sent":
            arising = frozen_arising(db, meeting_id, audience, members, profile)
        else:
            arising = _arising_lines(db, meeting_id, by_id, profile, public, name, today)
    joining, leaving = welcome_lists(db, meeting, members, profile, public)
    items = []
    for t in table.items:
        it = t.item
        if it.is_break:
            items.append(ItemView(number=0, title=it.title, purpose="", purpose_label="Break", presenters="",
                                  start=t.start_text, end=t.end_text, duration_minutes=int(it.duration_minutes),
                                  description=name(it.description), questions=[], draft_decision="", papers=[],
                                  overruns=t.overruns, is_break=True))
            continue
        draft, note = it.draft_decision.strip(), ""
        if public and draft:
            draft, note = "", _("A draft decision is before the forum; the decision will be published with the minutes.")
        items.append(ItemView(
            number=t.number, title=it.title, purpose=it.purpose, purpose_label=it.purpose_label,
            presenters=name(it.presenters), start=t.start_text, end=t.end_text,
            duration_minutes=int(it.duration_minutes), description=name(it.description),
            questions=[name(q) for q in it.question_list], draft_decision=draft,
            papers=papers_by_item.get(t.number, []), overruns=t.overruns, standing=it.standing,
            decision_note=note, arising=arising if it.standing == "matters_arising" else [],
            conflicts=conflict_lines.get(it.id, [])))

    if meeting.remote_offered:
        if public:
            remote = _("Offered; ask the secretariat how to join.")
        else:
            remote = meeting.remote_details.strip() or _("Offered; the secretariat will send the details.")
    else:
        remote = _("In person only.")
    chair = by_id.get(meeting.chair_id)
    chair_text = ""
    if chair is not None:
        chair_text = _visible_name(chair, profile) if public else chair.name
        if chair.organisation and chair_text != chair.organisation:
            chair_text = f"{typed(chair_text)} ({typed(chair.organisation)})"

    approvals = []
    for member_id, on in store.approvals_of(db, meeting_id).items():
        who = by_id.get(member_id)
        label = (_visible_name(who, profile) if public else who.name) if who else _("a former co-chair")
        approvals.append(f"{typed(label)} ({human(on)})")

    if public:
        contact = [(N_("Secretariat"), profile.lead_agency or profile.contact_name or profile.name)]
    else:
        contact = [(k, v) for k, v in (
            (N_("Secretariat"), profile.contact_name or profile.lead_agency),
            (N_("E-mail"), profile.contact_email), (N_("Telephone"), profile.contact_phone)) if v]

    start = meeting.local_start
    end = meeting.local_end
    revs = [(on, _unnamed_papers(name(text), all_papers) if public else text)
            for on, text in revisions(db, meeting_id)] if meeting.agenda_status == "sent" else []
    return PackData(
        audience=audience, forum_name=profile.name, meeting_id=meeting.id, title=meeting.title,
        kind_label=meeting.kind_label, date_text=weekday_day(start.date()),
        time_text=f"{clock(start)}–{clock(end)} ({meeting.timezone})", location=meeting.location,
        remote_text=remote, chair_text=chair_text, status_label=meeting.status_label,
        agenda_status=meeting.agenda_status, approvals=approvals,
        notice_deadline=notice_deadline(meeting, profile.notice_days, off),
        papers_deadline=papers_deadline(meeting, profile.notice_days, off),
        items=items, papers=views, revisions=revs, overrun_text=table.warning(), contact=contact,
        generated_on=today or dt.date.today(), decision_rule=forum.decision_rule_words(profile),
        quorum=forum.quorum_words(profile), status_reason=meeting.status_reason, uid=meeting.uid,
        sequence=meeting.sequence, starts_at=meeting.starts_at, ends_at=meeting.ends_at,
        timezone=meeting.timezone, public=meeting.public, objective=name(meeting.objective.strip()),
        joining=joining, leaving=leaving,
    )


WELCOME_ROLES = ("co_chair", "member", "alternate")


def welcome_lists(db, meeting, members, profile, public: bool) -> tuple[list[str], list[str]]:
    """Who the chair welcomes and thanks: members whose term began since the previous forum
    meeting (up to this one), and those whose term ended since then or ends before the next
    forum meeting. Names as the audience may read them (the public reads a name only where
    the forum and the member allow it, else the organisation)."""
    def forum_meeting(m) -> bool:
        return m.counts_for_regularity and m.status not in ("cancelled", "postponed") and m.id != meeting.id

    others = [m for m in store.all_meetings(db) if forum_meeting(m)]
    before = [m.day for m in others if m.starts_at < meeting.starts_at]
    after = [m.day for m in others if m.starts_at > meeting.starts_at]
    if not before:
        return [], []  # the first meeting: everyone is new, nobody is welcomed by name
    previous, day = max(before), meeting.day
    following = min(after) if after else None

    def label(m) -> str:
        shown = _visible_name(m, profile) if public else m.name
        if m.organisation and shown != m.organisation:
            return f"{typed(shown)} ({typed(m.organisation)})"
        return typed(shown)

    joining, leaving = [], []
    for m in sorted(members, key=lambda m: m.name.casefold()):
        if m.role not in WELCOME_ROLES:
            continue
        if m.term_start is not None and previous < m.term_start <= day:
            joining.append(label(m))
        elif m.term_end is not None and (previous <= m.term_end < day
                                         or (following is not None and day <= m.term_end < following)):
            leaving.append(label(m))
    return joining, leaving


def _visible_name(member, profile) -> str:
    if member is None:
        return ""
    return shown_name(member, profile.publish_names, fallback=_("a member of the forum"))


def _unnamed_papers(text: str, papers: list) -> str:
    """A revision written while a paper was public ('Paper added: …') no longer names it in
    the public pack once the paper is confidential."""
    for p in sorted(papers, key=lambda p: -len(p.title)):
        if p.disclosure == "confidential" and p.title.strip():
            text = text.replace(f"“{p.title}”", _("(title not published)")).replace(p.title, _("a confidential paper"))
    return text


# --- who receives the notice --------------------------------------------------------------

NOTICE_ROLES = ("co_chair", "member", "alternate", "observer")


@record(frozen=True)
class Recipient:
    name: str
    email: str


def notice_recipients(db, meeting_id: int) -> tuple[list[Recipient], list[str]]:
    """Who the members' notice goes to: everyone serving on the meeting's day (co-chairs,
    members, alternates, observers) who has an e-mail address; and the names of those without
    one (to be sent by other means). The addresses are for the members' notice only: never
    put them in anything public."""
    meeting = get_meeting(db, meeting_id)
    day = meeting.day
    with_email, without = [], []
    for m in list_members(db):
        if m.role not in NOTICE_ROLES or not m.serving_on(day):
            continue
        email = m.email.strip()
        if email:
            with_email.append(Recipient(m.name, email))
        else:
            without.append(m.name)
    return with_email, without
