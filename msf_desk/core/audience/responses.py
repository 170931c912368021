"""The reasoned-response report and the open data, as each audience may see them."""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import field

from msf_desk.core.language import N_, _, current, ngettext, number
from msf_desk.core.language import day as written_day
from msf_desk.core import forum
from msf_desk.core.audience.privacy import contributor_for, public_contributor
from msf_desk.core.consultations_due import refresh_due_dates
from msf_desk.core.responses import AUDIENCES, ThemeOverview, consultation_warnings, get_consultation, theme_overview
from msf_desk.model import consumed
from msf_desk.model.errors import UserError
from msf_desk.model.responses import (CHANNELS, CONTRIBUTOR_TYPES, NOT_ANSWERED, OUTCOMES, Consultation,
                                      Contribution)
from msf_desk.store import responses as store
from msf_desk.model.messages import M_
from msf_desk.model.records import record


@record
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


@record
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
# model.responses.NOT_ANSWERED (the model cannot mark its words for the catalogue): the documents
# and the open data print it through _(), so it is marked here, word for word the same.
N_("Not yet answered")
NO_THEME = N_("No theme")
RANKED_PROPOSALS = 25


@record
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


@record
class _Tally:
    """What the report counts of the contributions, gathered in one pass over them (read one at a
    time from SQLite: the report's memory does not grow with their number)."""
    audience: str
    today: dt.date
    meetings: dict[int, str]
    keep_annex: bool
    total: int = 0
    annex: list[AnnexRow] = field(default_factory=list)
    by_outcome: Counter = field(default_factory=Counter)
    by_channel: Counter = field(default_factory=Counter)
    by_type: Counter = field(default_factory=Counter)
    deciders: Counter = field(default_factory=Counter)
    imported: Counter = field(default_factory=Counter)
    withdrawn: int = 0
    unanswered: int = 0
    answered: int = 0
    answered_late: int = 0
    overdue: int = 0
    with_votes: int = 0
    anonymous: int = 0
    untyped: int = 0
    linked: int = 0
    last_due: dt.date | None = None
    # The most supported proposals: a heap of at most RANKED_PROPOSALS, the weakest on top.
    top: list = field(default_factory=list)

    def add(self, c: Contribution) -> None:
        self.total += 1
        if self.keep_annex:
            self.annex.append(_annex_row(c, self.audience, self.today, self.meetings))
        self.by_outcome["withdrawn" if c.withdrawn_on else (c.response.outcome or "none")] += 1
        self.by_channel[c.channel] += 1
        self.by_type[c.contributor_type] += 1
        if c.withdrawn_on:
            self.withdrawn += 1
        if c.answered:
            self.answered += 1
        elif not c.withdrawn_on:
            self.unanswered += 1
            if c.due_on and (self.last_due is None or c.due_on > self.last_due):
                self.last_due = c.due_on
        if c.late:
            self.answered_late += 1
        if c.overdue_on(self.today):
            self.overdue += 1
        if c.response.outcome:
            self.deciders[(c.response.decided_by.strip() or _("Not recorded"),
                           self.meetings.get(c.response.meeting_id, ""))] += 1
        name, organisation = c.contributor_name.strip(), c.organisation.strip()
        if not name and not organisation:
            self.anonymous += 1
        if c.contributor_type == "individual" and not organisation:
            self.untyped += 1
        if c.source_platform:
            self.imported[c.source_platform] += 1
        if c.duplicate_of or c.merged_into:
            self.linked += 1
        if c.votes_for is not None:
            self.with_votes += 1
            # Most net support first, then most votes for, then the older number.
            rank = (c.votes_for - (c.votes_against or 0), c.votes_for, -c.id)
            if len(self.top) < RANKED_PROPOSALS:
                heapq.heappush(self.top, (rank, self._ranked(c)))
            elif rank > self.top[0][0]:
                heapq.heapreplace(self.top, (rank, self._ranked(c)))

    def _ranked(self, c: Contribution) -> RankedProposal:
        return RankedProposal(c.id, c.votes_for, c.votes_against, _excerpt(c.text, 220),
                              contributor_for(c, self.audience), c.theme or NO_THEME,
                              WITHDRAWN if c.withdrawn_on else c.response.outcome_label)

    def ranked(self) -> list[RankedProposal]:
        return [p for _rank, p in sorted(self.top, key=lambda item: item[0], reverse=True)]


def _contributor_key(name: str | None, organisation: str | None) -> str | None:
    """Contributors with the same name and organisation (case and spaces aside) are one; a
    contribution with neither counts as one participant (None)."""
    name, organisation = (name or "").strip().lower(), (organisation or "").strip().lower()
    return f"{len(name)}:{name}{organisation}" if name or organisation else None


def inputs_fingerprint(db, consultation_id: int) -> str:
    """A SHA-256 of every record the consultation's report and open data are made from (due dates
    brought up to date first): the same fingerprint, the same records. The repository export keeps
    it in its manifest and writes these files again only when it changed (or the day, the language
    or the program did). Reading it costs one pass over the rows, not the reading of each
    contribution into a record and its report."""
    refresh_due_dates(db)
    digest = hashlib.sha256()
    store.inputs_digest(db, consultation_id, digest)
    return digest.hexdigest()


def records_fingerprint(db, consultation_id: int) -> str:
    """`inputs_fingerprint` but for the forum-wide records read through a watched record (the forum's
    profile, the meetings' names: store.responses.WATCHED_TABLES): a document's key adds the values
    its making read of those (`consumed_values`)."""
    refresh_due_dates(db)
    digest = hashlib.sha256()
    store.inputs_digest(db, consultation_id, digest, leave_out=store.WATCHED_TABLES)
    return digest.hexdigest()


# The tables a consultation's files may read (the authorizer check of exports.repository), and those
# of them read through a watched record, whose values each document is keyed on as it read them.
INPUT_TABLES = store.INPUT_TABLES
WATCHED_TABLES = store.WATCHED_TABLES

# Each watched source, as the making of a document reads it (model.consumed): its values by place.
_SOURCES = {
    "forum": lambda db: {name: getattr(profile, name) for profile in [forum.load(db)]
                         for name in type(profile).field_names()},
    "meetings": lambda db: meeting_words(db),
}


def consumed_values(db, reads: dict | None, cache: dict | None = None) -> str | None:
    """The values now at every place `reads` (model.consumed.Reads.to_json) noted, as text for a
    key; None when they cannot be told (a source read past its watch, or one not known here): the
    document is then always made again. `cache` keeps each source's values for the export."""
    if not isinstance(reads, dict) or "?" in reads or not set(reads) <= set(_SOURCES):
        return None
    cache = {} if cache is None else cache
    parts = []
    for source, places in sorted(reads.items()):
        if source not in cache:
            cache[source] = _SOURCES[source](db)
        values = cache[source]
        if places == consumed.EVERYTHING:
            parts.append((source, sorted(values.items(), key=lambda kv: repr(kv[0]))))
        elif isinstance(places, list):
            parts.append((source, [(p, repr(values[p]) if p in values else "\0absent") for p in places]))
        else:
            return None
    return repr(parts)


def meeting_words(db) -> dict[int, str]:
    """Each meeting as the report names the one an answer was decided at: 'Title (YYYY-MM-DD)'."""
    return {mid: f"{title} ({starts[:10]})" for mid, title, starts in store.meetings_for_choice(db)}


def report(db, consultation_id: int, audience: str = "public", *, today: dt.date | None = None,
           progress=None) -> ResponseReport:
    """Everything the reasoned-response report shows, already cut to what `audience` may see.

    The contributions are read one at a time and counted as they come, so that the memory this
    takes does not grow with their number; each is listed in the annex only up to ANNEX_ROW_LIMIT
    (above it, `answer_groups` gives the compact annex). `progress(done, total)` is called every
    500 contributions and may stop the work by raising."""
    if audience not in AUDIENCES:
        raise UserError(M_("--audience is public or members, not '{audience}'.").format(audience=audience))
    today = today or dt.date.today()
    refresh_due_dates(db)
    consultation = get_consultation(db, consultation_id)
    profile = forum.load(db)
    with consumed.loading("meetings"):
        meetings = consumed.watch_mapping("meetings", meeting_words(db))
    expected = store.count_contributions(db, consultation_id)
    tally = _Tally(audience, today, meetings, keep_annex=expected <= ANNEX_ROW_LIMIT)
    for n, c in enumerate(store.iter_contributions(db, consultation_id), start=1):
        tally.add(c)
        if progress and n % 500 == 0:
            progress(n, expected)
    if progress:
        progress(0, 0)   # a Cancel takes effect here too
    contributors = store.count_contributors(db, consultation_id, _contributor_key)
    status = consultation.status_on(today)
    interim_reasons = []
    if status != "closed":
        interim_reasons.append(_("the consultation is still open") if status == "open" else
                               _("the consultation has not opened yet"))
    if tally.unanswered:
        interim_reasons.append(ngettext("{n} contribution is not answered yet", "{n} contributions are not "
                                        "answered yet", tally.unanswered).format(n=number(tally.unanswered)))
    themes = theme_overview(db, consultation_id)
    if progress:
        progress(0, 0)
    return ResponseReport(
        forum_name=profile.name,
        audience=audience,
        consultation=consultation,
        today=today,
        total=tally.total,
        contributors=contributors,
        by_channel=dict(tally.by_channel.most_common()),
        by_type=dict(tally.by_type.most_common()),
        by_outcome={k: tally.by_outcome[k] for k in list(OUTCOMES) + ["withdrawn", "none"] if tally.by_outcome[k]},
        answered=tally.answered,
        answered_late=tally.answered_late,
        overdue=tally.overdue,
        themes=themes,
        annex=tally.annex,
        warnings=consultation_warnings(consultation, language=current()),
        response_working_days=profile.response_working_days,
        interim=bool(interim_reasons),
        interim_reasons=interim_reasons,
        withdrawn=tally.withdrawn,
        unanswered=tally.unanswered,
        ranked=tally.ranked(),
        with_votes=tally.with_votes,
        deciders=[(who, meeting, k) for (who, meeting), k in tally.deciders.most_common()],
        limitations=_limitations(tally),
        # Decided on the count read first: a contribution added meanwhile cannot make a list
        # that was meant to be complete silently short.
        annex_omitted=not tally.keep_annex or tally.total > ANNEX_ROW_LIMIT,
        last_due=tally.last_due,
        contact=", ".join(x for x in (profile.contact_name.strip(), profile.contact_email.strip()) if x),
    )


@record
class AnswerGroup:
    """One answer given to one or more contributions of a theme: for the compact annex of a
    consultation too large to list every contribution."""
    theme: str            # as the forum named it, or NO_THEME
    outcome: str          # an OUTCOMES key, "withdrawn" or "none" (not yet answered)
    reason: str
    numbers: Sequence[int]   # the contributions' numbers, in order

    @property
    def outcome_label(self) -> str:   # to translate
        if self.outcome == "withdrawn":
            return WITHDRAWN
        return OUTCOMES.get(self.outcome, NOT_ANSWERED) if self.outcome != "none" else NOT_ANSWERED


def answer_groups(db, consultation_id: int, progress=None) -> Iterator[AnswerGroup]:
    """Every contribution of the consultation, by the answer it received: theme by theme (as the
    annex orders them), then by outcome and reason. Each contribution is in exactly one group.
    Read from SQLite a row at a time; public whatever the audience (numbers, outcomes, reasons:
    all in the open data)."""
    n = 0
    for theme, outcome, reason, numbers in store.answer_groups(db, consultation_id, str.lower):
        n += len(numbers)
        if progress:
            progress(n, 0)
        yield AnswerGroup(theme or NO_THEME, outcome, reason, numbers)


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
        notes.append(_("Withdrawn by its author on {day}").format(day=written_day(c.withdrawn_on)))
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


def _limitations(tally: _Tally) -> list[str]:
    """What the counts cannot tell, in plain words (stated in the report, as good practice asks)."""
    total = tally.total
    if not total:
        return []
    notes = [_("The figures count contributions, not people: one person or organisation may have sent several, "
               "and a contribution may speak for many.")]
    anonymous = tally.anonymous
    if anonymous:
        notes.append(ngettext(
            "{n} contribution ({share}) came without a name or organisation; each is counted as one contributor.",
            "{n} contributions ({share}) came without a name or organisation; each is counted as one contributor.",
            anonymous).format(n=number(anonymous), share=f"{anonymous / total:.0%}"))
    untyped = tally.untyped
    if untyped:
        notes.append(_("Contributors who did not say what kind of contributor they are ({n}) are counted "
                       "as individuals.").format(n=number(untyped)))
    for platform, n in tally.imported.items():
        notes.append(ngettext(
            "{n} contribution came from the export of an online platform ({platform}); the platform's votes are "
            "shown as it counted them.",
            "{n} contributions came from the export of an online platform ({platform}); the platform's votes are "
            "shown as it counted them.", n).format(n=number(n), platform=platform.replace('_', ' ').title()))
    linked = tally.linked
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
    """(metadata, rows) for the open-data files: public fields only, every row in a list (for the
    members' list; the open-data files and forum.sqlite are written from `open_data_rows`, a row
    at a time). `progress(done, total)`, when given, is called as rows are
    read and prepared (it may stop the work by raising)."""
    refresh_due_dates(db)
    if contributions is None:
        contributions = store.contributions_of(db, consultation_id, progress)
    return open_data_meta(db, consultation_id), list(open_data_rows(db, consultation_id, progress,
                                                                    contributions=contributions))


def open_data_rows(db, consultation_id: int, progress=None, *,
                   contributions: Iterable[Contribution] | None = None) -> Iterator[dict]:
    """The open-data row of each contribution (public fields only), oldest first, made as the
    contributions are read from SQLite one at a time unless `contributions` are given."""
    refresh_due_dates(db)
    consultation = get_consultation(db, consultation_id)
    if contributions is None:
        contributions = store.iter_contributions(db, consultation_id)
    for n, c in enumerate(contributions, start=1):
        if progress is not None:
            progress(n, 0)
        r = c.response
        yield {
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
        }


# Above this many answers given to one contribution each, the compact annex lists those
# contributions' numbers under their outcome and leaves their reasons to the open data (a line
# each would make the annex as long as the full one).
LONE_ANSWERS_LISTED = 2000


def lone_answers_listed(db, consultation_id: int) -> bool:
    """Whether the compact annex prints the reason of each answer given to one contribution."""
    return store.lone_answers(db, consultation_id) <= LONE_ANSWERS_LISTED


def contribution_count(db, consultation_id: int) -> int:
    return store.count_contributions(db, consultation_id)


def open_data_meta(db, consultation_id: int) -> dict:
    """The open-data files' description of the forum and the consultation."""
    consultation = get_consultation(db, consultation_id)
    return {
        "forum": forum.load(db).name,
        "consultation": {
            "id": consultation.id, "name": consultation.name, "stage": consultation.stage,
            "opens_on": consultation.opens_on.isoformat() if consultation.opens_on else None,
            "closes_on": consultation.closes_on.isoformat() if consultation.closes_on else None,
            "channels": consultation.channels, "document": consultation.document,
        },
    }
