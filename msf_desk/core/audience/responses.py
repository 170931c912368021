"""The reasoned-response report and the open data, as each audience may see them."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from msf_desk.core.language import N_, _, current, ngettext, number
from msf_desk.core import forum
from msf_desk.core.audience.privacy import contributor_for, public_contributor
from msf_desk.core.responses import (AUDIENCES, ThemeOverview, consultation_warnings, get_consultation,
                                     refresh_due_dates, theme_overview)
from msf_desk.model.errors import UserError
from msf_desk.model.responses import CHANNELS, CONTRIBUTOR_TYPES, OUTCOMES, Consultation, Contribution
from msf_desk.store import responses as store
from msf_desk.model.messages import M_


@dataclass
class AnnexRow:
    number: int
    received: dt.date
    channel: str
    contributor: str
    contributor_type: str
    theme: str
    section: str
    text: str
    support: str
    outcome: str
    reason: str
    answered: dt.date | None
    due: dt.date
    late: bool
    note: str
    decided_by: str = ""
    meeting: str = ""          # the forum meeting where it was decided, in words


@dataclass
class RankedProposal:
    number: int
    votes_for: int
    votes_against: int | None
    text: str
    contributor: str
    theme: str
    outcome: str


# Above this many contributions the report carries the summary and the per-theme tables and points
# to the open-data file for every contribution and its answer: a 100,000-row annex would make a
# report of thousands of pages nobody can use (and the open data holds the same rows, searchable).
ANNEX_ROW_LIMIT = 2000
WITHDRAWN = N_("Withdrawn by its author")
NO_THEME = N_("No theme")
RANKED_PROPOSALS = 25


@dataclass
class ResponseReport:
    forum_name: str
    audience: str
    consultation: Consultation
    today: dt.date
    total: int
    contributors: int
    by_channel: dict[str, int]
    by_type: dict[str, int]
    by_outcome: dict[str, int]
    answered: int
    answered_late: int
    overdue: int
    themes: list[ThemeOverview]
    annex: list[AnnexRow]
    warnings: list[str]
    response_working_days: int = 20
    interim: bool = False
    interim_reasons: list[str] = field(default_factory=list)
    withdrawn: int = 0
    unanswered: int = 0
    ranked: list[RankedProposal] = field(default_factory=list)
    with_votes: int = 0
    deciders: list[tuple[str, str, int]] = field(default_factory=list)   # (decided by, meeting, answers)
    limitations: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    annex_omitted: bool = False
    last_due: dt.date | None = None
    contact: str = ""


def support_text(c: Contribution) -> str:
    parts = []
    if c.votes_for is not None or c.votes_against is not None:
        parts.append(_("{yes} for, {no} against").format(yes=c.votes_for or 0, no=c.votes_against or 0))
    if c.opinions is not None:
        parts.append(ngettext("{n} opinion", "{n} opinions", c.opinions).format(n=c.opinions))
    if c.average_support is not None:
        parts.append(_("average support {value}").format(value=f"{c.average_support:+.2f}"))
    return "; ".join(parts)


def contributions_for(db, consultation_id: int, progress=None) -> list[Contribution]:
    """Every contribution of the consultation with its due date up to date: read once, handed to
    `report` and `open_data` (`contributions=`) when both are written."""
    refresh_due_dates(db)
    return store.contributions_of(db, consultation_id, progress)


def report(db, consultation_id: int, audience: str = "public", *, today: dt.date | None = None,
           progress=None, contributions: list[Contribution] | None = None) -> ResponseReport:
    """Everything the reasoned-response report shows, already cut to what `audience` may see."""
    if audience not in AUDIENCES:
        raise UserError(M_("--audience is public or members, not '{audience}'.").format(audience=audience))
    today = today or dt.date.today()
    refresh_due_dates(db)
    consultation = get_consultation(db, consultation_id)
    profile = forum.load(db)
    if contributions is None:   # the repository export reads them once for the report and the open data
        contributions = store.contributions_of(db, consultation_id, progress)
    meetings = {mid: f"{title} ({starts[:10]})" for mid, title, starts in store.meetings_for_choice(db)}
    full_annex = len(contributions) <= ANNEX_ROW_LIMIT
    annex = []
    contributors = set()
    for n, c in enumerate(contributions, start=1):
        # Anonymous contributions each count as one participant.
        contributors.add((c.contributor_name.strip().lower(), c.organisation.strip().lower()) if
                         (c.contributor_name.strip() or c.organisation.strip()) else ("#", c.id))
        if full_annex:
            annex.append(_annex_row(c, audience, today, meetings))
        if progress and n % 500 == 0:
            progress(n, len(contributions))
    def tick() -> None:   # between the passes over every contribution: where a Cancel takes effect
        if progress:
            progress(0, 0)

    tick()
    by_outcome = Counter("withdrawn" if c.withdrawn_on else (c.response.outcome or "none") for c in contributions)
    withdrawn = sum(1 for c in contributions if c.withdrawn_on)
    tick()
    unanswered = sum(1 for c in contributions if not c.answered and not c.withdrawn_on)
    status = consultation.status_on(today)
    interim_reasons = []
    if status != "closed":
        interim_reasons.append(_("the consultation is still open") if status == "open" else
                               _("the consultation has not opened yet"))
    if unanswered:
        interim_reasons.append(ngettext("{n} contribution is not answered yet", "{n} contributions are not "
                                        "answered yet", unanswered).format(n=number(unanswered)))
    tick()
    voted = [c for c in contributions if c.votes_for is not None]
    voted.sort(key=lambda c: (-(c.votes_for - (c.votes_against or 0)), -c.votes_for, c.id))
    ranked = [RankedProposal(c.id, c.votes_for, c.votes_against, _excerpt(c.text, 220),
                             contributor_for(c, audience), c.theme or NO_THEME,
                             WITHDRAWN if c.withdrawn_on else c.response.outcome_label)
              for c in voted[:RANKED_PROPOSALS]]
    tick()
    deciders = Counter((c.response.decided_by.strip() or _("Not recorded"), meetings.get(c.response.meeting_id, ""))
                       for c in contributions if c.response.outcome)
    tick()
    open_dues = [c.due_on for c in contributions if not c.answered and not c.withdrawn_on and c.due_on]
    tick()
    by_channel = dict(Counter(c.channel for c in contributions).most_common())
    by_type = dict(Counter(c.contributor_type for c in contributions).most_common())
    tick()
    answered = sum(1 for c in contributions if c.answered)
    answered_late = sum(1 for c in contributions if c.late)
    tick()
    overdue_now = sum(1 for c in contributions if c.overdue_on(today))
    tick()
    themes = theme_overview(db, consultation_id)
    tick()
    limitations = _limitations(contributions)
    tick()
    return ResponseReport(
        forum_name=profile.name,
        audience=audience,
        consultation=consultation,
        today=today,
        total=len(contributions),
        contributors=len(contributors),
        by_channel=by_channel,
        by_type=by_type,
        by_outcome={k: by_outcome[k] for k in list(OUTCOMES) + ["withdrawn", "none"] if by_outcome[k]},
        answered=answered,
        answered_late=answered_late,
        overdue=overdue_now,
        themes=themes,
        annex=annex,
        warnings=consultation_warnings(consultation, language=current()),
        response_working_days=profile.response_working_days,
        interim=bool(interim_reasons),
        interim_reasons=interim_reasons,
        withdrawn=withdrawn,
        unanswered=unanswered,
        ranked=ranked,
        with_votes=len(voted),
        deciders=[(who, meeting, k) for (who, meeting), k in deciders.most_common()],
        limitations=limitations,
        annex_omitted=not full_annex,
        last_due=max(open_dues) if open_dues else None,
        contact=", ".join(x for x in (profile.contact_name.strip(), profile.contact_email.strip()) if x),
    )


def _excerpt(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


def _annex_row(c: Contribution, audience: str, today: dt.date, meetings: dict[int, str]) -> AnnexRow:
    notes = []
    if c.duplicate_of:
        notes.append(_("Duplicate of no. {n}").format(n=c.duplicate_of))
    if c.merged_into:
        notes.append(_("Merged into no. {n}").format(n=c.merged_into))
    if c.response.commitment:
        notes.append(_("Commitment: {text}").format(text=c.response.commitment))
    if c.withdrawn_on:
        notes.append(_("Withdrawn by its author on {day}").format(day=c.withdrawn_on.isoformat()))
    elif c.late:
        notes.append(_("Answered late"))
    elif c.overdue_on(today):
        notes.append(_("Overdue"))
    return AnnexRow(
        number=c.id, received=c.received_on, channel=c.channel_label, contributor=contributor_for(c, audience),
        contributor_type=c.contributor_type_label, theme=c.theme or NO_THEME, section=c.section,
        text=c.text, support=support_text(c), outcome=WITHDRAWN if c.withdrawn_on else c.response.outcome_label,
        reason=c.response.reason, answered=c.response.answered_on, due=c.due_on, late=c.late,
        note="; ".join(notes), decided_by=c.response.decided_by if c.response.outcome else "",
        meeting=meetings.get(c.response.meeting_id, "") if c.response.outcome else "",
    )


def _limitations(contributions: list[Contribution]) -> list[str]:
    """What the counts cannot tell, in plain words (stated in the report, as good practice asks)."""
    total = len(contributions)
    if not total:
        return []
    notes = [_("The figures count contributions, not people: one person or organisation may have sent several, "
               "and a contribution may speak for many.")]
    anonymous = sum(1 for c in contributions if not c.contributor_name.strip() and not c.organisation.strip())
    if anonymous:
        notes.append(ngettext(
            "{n} contribution ({share}) came without a name or organisation; each is counted as one contributor.",
            "{n} contributions ({share}) came without a name or organisation; each is counted as one contributor.",
            anonymous).format(n=number(anonymous), share=f"{anonymous / total:.0%}"))
    untyped = sum(1 for c in contributions if c.contributor_type == "individual" and not c.organisation.strip())
    if untyped:
        notes.append(_("Contributors who did not say what kind of contributor they are ({n}) are counted "
                       "as individuals.").format(n=number(untyped)))
    imported = Counter(c.source_platform for c in contributions if c.source_platform)
    for platform, n in imported.items():
        notes.append(ngettext(
            "{n} contribution came from the export of an online platform ({platform}); the platform's votes are "
            "shown as it counted them.",
            "{n} contributions came from the export of an online platform ({platform}); the platform's votes are "
            "shown as it counted them.", n).format(n=number(n), platform=platform.replace('_', ' ').title()))
    linked = sum(1 for c in contributions if c.duplicate_of or c.merged_into)
    if linked:
        notes.append(ngettext("{n} contribution repeats or was merged into another; it is counted and answered "
                              "individually.", "{n} contributions repeat or were merged into another; they are "
                              "counted and answered individually.", linked).format(n=number(linked)))
    return notes


# Open data: the public fields of each contribution and its response. The schema is
# published with the data (JSON "schema" section; README) so that it can be reused.
# The descriptions are words for people (translated in a document's language); {values} stands
# for the coded values, which, like the field names, never change with the language.
_FIELDS: list[tuple[str, str, str, str]] = [
    ("id", "integer", N_("The contribution's number in the forum's register."), ""),
    ("consultation_id", "integer", N_("The consultation's number."), ""),
    ("consultation", "string", N_("The consultation's name."), ""),
    ("received", "date", N_("The day the contribution was received (YYYY-MM-DD)."), ""),
    ("channel", "string", N_("How it was sent: {values}."), ", ".join(CHANNELS)),
    ("contributor", "string", N_("The contributor's name if they agreed to publish it; otherwise their "
                                 "organisation; otherwise 'Individual'."), ""),
    ("contributor_type", "string", N_("One of: {values}."), ", ".join(CONTRIBUTOR_TYPES)),
    ("theme", "string", N_("The theme or category it was filed under (may be empty)."), ""),
    ("section", "string", N_("The section or paragraph of the draft it refers to (may be empty)."), ""),
    ("text", "string", N_("The contribution as received."), ""),
    ("votes_for", "integer|null", N_("Votes for, when it came from a platform."), ""),
    ("votes_against", "integer|null", N_("Votes against, when it came from a platform."), ""),
    ("opinions", "integer|null", N_("Number of opinions given on the platform."), ""),
    ("average_support", "number|null", N_("Average support from -1 (oppose) to 1 (support)."), ""),
    ("duplicate_of", "integer|null", N_("The contribution this one repeats."), ""),
    ("merged_into", "integer|null", N_("The contribution this one was merged into."), ""),
    ("outcome", "string|null", N_("One of: {values}; null when not yet answered."), ", ".join(OUTCOMES)),
    ("outcome_label", "string", N_("The outcome in words (in the language of the export)."), ""),
    ("reason", "string", N_("Why: required for every outcome but under_consideration."), ""),
    ("decided_by", "string", N_("Who decided (e.g. the forum at a meeting, the secretariat)."), ""),
    ("meeting_id", "integer|null", N_("The forum meeting where it was decided, if recorded."), ""),
    ("decision_id", "integer|null", N_("The recorded decision, if any."), ""),
    ("commitment", "string", N_("The commitment it became or fed into."), ""),
    ("due", "date", N_("When the answer was due (working days after receipt)."), ""),
    ("answered", "date|null", N_("The day it was answered."), ""),
    ("answered_late", "boolean", N_("True when answered after the due date."), ""),
    ("withdrawn", "date|null", N_("The day its author withdrew it on the platform it came from (it needs no "
                                  "answer)."), ""),
]


def open_data_fields() -> list[tuple[str, str, str, str]]:
    """(name, type, description to translate with {values} in it, the coded values)."""
    return list(_FIELDS)


OPEN_DATA_FIELDS: list[tuple[str, str, str]] = [(n, t, d.replace("{values}", v)) for n, t, d, v in _FIELDS]


def members_list(db, consultation_id: int) -> list[dict]:
    """The members' view of every contribution: every open-data field, with the contributor's
    own name and organisation (not for publication), where it came from and whether it was withdrawn."""
    _meta, rows = open_data(db, consultation_id)
    by_id = {c.id: c for c in store.contributions_of(db, consultation_id)}
    listed = []
    for row in rows:
        c = by_id[row["id"]]
        listed.append({**row, "contributor": contributor_for(c, "members"), "contributor_name": c.contributor_name,
                       "organisation": c.organisation, "publish_name": c.publish_name,
                       "withdrawn": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
                       "source": c.source_platform, "source_id": c.source_id, "source_parent": c.source_parent})
    return listed


def open_data(db, consultation_id: int, progress=None, *,
              contributions: list[Contribution] | None = None) -> tuple[dict, list[dict]]:
    """(metadata, rows) for the open-data files: public fields only. `progress(done, total)`, when
    given, is called as rows are read and prepared (it may stop the work by raising)."""
    refresh_due_dates(db)
    consultation = get_consultation(db, consultation_id)
    rows = []
    if contributions is None:
        contributions = store.contributions_of(db, consultation_id, progress)
    for n, c in enumerate(contributions, start=1):
        if progress is not None:
            progress(n, 0)
        r = c.response
        rows.append({
            "id": c.id, "consultation_id": consultation.id, "consultation": consultation.name,
            "received": c.received_on.isoformat(), "channel": c.channel,
            "contributor": public_contributor(c), "contributor_type": c.contributor_type,
            "theme": c.theme, "section": c.section, "text": c.text,
            "votes_for": c.votes_for, "votes_against": c.votes_against, "opinions": c.opinions,
            "average_support": c.average_support, "duplicate_of": c.duplicate_of,
            "merged_into": c.merged_into, "outcome": r.outcome, "outcome_label": _(r.outcome_label),
            "reason": r.reason, "decided_by": r.decided_by, "meeting_id": r.meeting_id,
            "decision_id": r.decision_id, "commitment": r.commitment,
            "due": c.due_on.isoformat(), "answered": r.answered_on.isoformat() if r.answered_on else None,
            "answered_late": c.late,
            "withdrawn": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
        })
    meta = {
        "forum": forum.load(db).name,
        "consultation": {
            "id": consultation.id, "name": consultation.name, "stage": consultation.stage,
            "opens_on": consultation.opens_on.isoformat() if consultation.opens_on else None,
            "closes_on": consultation.closes_on.isoformat() if consultation.closes_on else None,
            "channels": consultation.channels, "document": consultation.document,
        },
    }
    return meta, rows
