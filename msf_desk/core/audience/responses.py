"""The reasoned-response report and the open data, as each audience may see them."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from msf_desk.core import forum
from msf_desk.core.audience.privacy import contributor_for, public_contributor
from msf_desk.core.responses import (AUDIENCES, ThemeOverview, consultation_warnings, get_consultation,
                                     refresh_due_dates, theme_overview)
from msf_desk.model.errors import UserError
from msf_desk.model.responses import CHANNELS, CONTRIBUTOR_TYPES, OUTCOMES, Consultation, Contribution
from msf_desk.store import responses as store


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


def support_text(c: Contribution) -> str:
    parts = []
    if c.votes_for is not None or c.votes_against is not None:
        parts.append(f"{c.votes_for or 0} for, {c.votes_against or 0} against")
    if c.opinions is not None:
        parts.append(f"{c.opinions} opinion{'s' if c.opinions != 1 else ''}")
    if c.average_support is not None:
        parts.append(f"average support {c.average_support:+.2f}")
    return "; ".join(parts)


def report(db, consultation_id: int, audience: str = "public", *, today: dt.date | None = None,
           progress=None) -> ResponseReport:
    """Everything the reasoned-response report shows, already cut to what `audience` may see."""
    if audience not in AUDIENCES:
        raise UserError(f"--audience is public or members, not '{audience}'.")
    today = today or dt.date.today()
    refresh_due_dates(db)
    consultation = get_consultation(db, consultation_id)
    contributions = store.contributions_of(db, consultation_id)
    annex = []
    contributors = set()
    for n, c in enumerate(contributions, start=1):
        who = contributor_for(c, audience)
        # Anonymous contributions each count as one participant.
        contributors.add((c.contributor_name.strip().lower(), c.organisation.strip().lower()) if
                         (c.contributor_name.strip() or c.organisation.strip()) else ("#", c.id))
        notes = []
        if c.duplicate_of:
            notes.append(f"Duplicate of no. {c.duplicate_of}")
        if c.merged_into:
            notes.append(f"Merged into no. {c.merged_into}")
        if c.response.commitment:
            notes.append(f"Commitment: {c.response.commitment}")
        if c.late:
            notes.append("Answered late")
        elif c.overdue_on(today):
            notes.append("Overdue")
        annex.append(AnnexRow(
            number=c.id, received=c.received_on, channel=c.channel_label, contributor=who,
            contributor_type=c.contributor_type_label, theme=c.theme or "No theme", section=c.section,
            text=c.text, support=support_text(c), outcome=c.response.outcome_label,
            reason=c.response.reason, answered=c.response.answered_on, due=c.due_on, late=c.late,
            note="; ".join(notes),
        ))
        if progress and n % 500 == 0:
            progress(n, len(contributions))
    by_outcome = Counter(c.response.outcome or "none" for c in contributions)
    return ResponseReport(
        forum_name=forum.load(db).name,
        audience=audience,
        consultation=consultation,
        today=today,
        total=len(contributions),
        contributors=len(contributors),
        by_channel=dict(Counter(c.channel for c in contributions).most_common()),
        by_type=dict(Counter(c.contributor_type for c in contributions).most_common()),
        by_outcome={k: by_outcome[k] for k in list(OUTCOMES) + ["none"] if by_outcome[k]},
        answered=sum(1 for c in contributions if c.answered),
        answered_late=sum(1 for c in contributions if c.late),
        overdue=sum(1 for c in contributions if c.overdue_on(today)),
        themes=theme_overview(db, consultation_id),
        annex=annex,
        warnings=consultation_warnings(consultation),
        response_working_days=forum.load(db).response_working_days,
    )


# Open data: the public fields of each contribution and its response. The schema is
# published with the data (JSON "schema" section; README) so that it can be reused.
OPEN_DATA_FIELDS: list[tuple[str, str, str]] = [
    ("id", "integer", "The contribution's number in the forum's register."),
    ("consultation_id", "integer", "The consultation's number."),
    ("consultation", "string", "The consultation's name."),
    ("received", "date", "The day the contribution was received (YYYY-MM-DD)."),
    ("channel", "string", "How it was sent: " + ", ".join(CHANNELS) + "."),
    ("contributor", "string", "The contributor's name if they agreed to publish it; otherwise their "
                              "organisation; otherwise 'Individual'."),
    ("contributor_type", "string", "One of: " + ", ".join(CONTRIBUTOR_TYPES) + "."),
    ("theme", "string", "The theme or category it was filed under (may be empty)."),
    ("section", "string", "The section or paragraph of the draft it refers to (may be empty)."),
    ("text", "string", "The contribution as received."),
    ("votes_for", "integer|null", "Votes for, when it came from a platform."),
    ("votes_against", "integer|null", "Votes against, when it came from a platform."),
    ("opinions", "integer|null", "Number of opinions given on the platform."),
    ("average_support", "number|null", "Average support from -1 (oppose) to 1 (support)."),
    ("duplicate_of", "integer|null", "The contribution this one repeats."),
    ("merged_into", "integer|null", "The contribution this one was merged into."),
    ("outcome", "string|null", "One of: " + ", ".join(OUTCOMES) + "; null when not yet answered."),
    ("outcome_label", "string", "The outcome in words."),
    ("reason", "string", "Why: required for every outcome but under_consideration."),
    ("decided_by", "string", "Who decided (e.g. the forum at a meeting, the secretariat)."),
    ("meeting_id", "integer|null", "The forum meeting where it was decided, if recorded."),
    ("decision_id", "integer|null", "The recorded decision, if any."),
    ("commitment", "string", "The commitment it became or fed into."),
    ("due", "date", "When the answer was due (working days after receipt)."),
    ("answered", "date|null", "The day it was answered."),
    ("answered_late", "boolean", "True when answered after the due date."),
]


def members_list(db, consultation_id: int) -> list[dict]:
    """The members' view of every contribution: every open-data field, with the contributor's
    own name and organisation (not for publication), where it came from and whether it was withdrawn."""
    _, rows = open_data(db, consultation_id)
    by_id = {c.id: c for c in store.contributions_of(db, consultation_id)}
    listed = []
    for row in rows:
        c = by_id[row["id"]]
        listed.append({**row, "contributor": contributor_for(c, "members"), "contributor_name": c.contributor_name,
                       "organisation": c.organisation, "publish_name": c.publish_name,
                       "withdrawn": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
                       "source": c.source_platform, "source_id": c.source_id, "source_parent": c.source_parent})
    return listed


def open_data(db, consultation_id: int) -> tuple[dict, list[dict]]:
    """(metadata, rows) for the open-data files: public fields only."""
    refresh_due_dates(db)
    consultation = get_consultation(db, consultation_id)
    rows = []
    for c in store.contributions_of(db, consultation_id):
        r = c.response
        rows.append({
            "id": c.id, "consultation_id": consultation.id, "consultation": consultation.name,
            "received": c.received_on.isoformat(), "channel": c.channel,
            "contributor": public_contributor(c), "contributor_type": c.contributor_type,
            "theme": c.theme, "section": c.section, "text": c.text,
            "votes_for": c.votes_for, "votes_against": c.votes_against, "opinions": c.opinions,
            "average_support": c.average_support, "duplicate_of": c.duplicate_of,
            "merged_into": c.merged_into, "outcome": r.outcome, "outcome_label": r.outcome_label,
            "reason": r.reason, "decided_by": r.decided_by, "meeting_id": r.meeting_id,
            "decision_id": r.decision_id, "commitment": r.commitment,
            "due": c.due_on.isoformat(), "answered": r.answered_on.isoformat() if r.answered_on else None,
            "answered_late": c.late,
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
