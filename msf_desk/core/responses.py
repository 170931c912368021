"""The reasoned-response register: consultations, contributions, outcomes with reasons.

The rules of the field live here: which outcomes need a reason, when an answer is
due (working days after receipt: core.consultations_due, which keeps the due dates), when a
consultation is open too briefly. The records live
in msf_desk.model.responses; what the public may see of a contributor (the name only with
their consent) is decided in core.audience.privacy, the report and open data in
core.audience.responses.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from msf_desk.core.language import _, semicolons
from msf_desk.core.attachments import store_file
from msf_desk.model.dates import working_days_between
from msf_desk.core.consultations_due import DUE_SOON_WORKING_DAYS, due_soon_limit, due_date, due_rule, refresh_due_dates
from msf_desk.core import trash
from msf_desk.core.audit import check_unchanged, logged
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.responses import (STAGES, CHANNELS, CONTRIBUTOR_TYPES, OUTCOMES, FINAL_OUTCOMES,
                                      LINK_KINDS, Consultation, Response, Contribution, ContributionFilter)
from msf_desk.paths import forum_files_dir
from msf_desk.store import responses as store
from msf_desk.store.db import transaction
from msf_desk.model import messages as person
from msf_desk.model.messages import M_, M_n
from msf_desk.core.messages import catalogue
from msf_desk.model.records import record

# The standards' minimum time open for feedback, in calendar days.
MIN_OPEN_DAYS = {"draft_plan": 14, "self_assessment": 28}

AUDIENCES = ("public", "members")


def _norm(text: str) -> str:
    return re.sub(r"[\s_\-/.]+", "", str(text or "").strip().lower())


def _lookup(value: str, table: dict[str, str], aliases: dict[str, str] | None = None) -> str | None:
    wanted = _norm(value)
    for key, label in table.items():
        if wanted in (_norm(key), _norm(label)):
            return key
    return (aliases or {}).get(wanted)


def stage_key(value: str) -> str | None:
    return _lookup(value, STAGES, {
        "themes": "theme_scoping", "themescoping": "theme_scoping", "proposals": "specific_proposals",
        "draftplan": "draft_plan", "draftcommitments": "draft_plan", "selfassessment": "self_assessment",
    })


def channel_key(value: str) -> str | None:
    return _lookup(value, CHANNELS, {
        "online": "online_platform", "platform": "online_platform", "web": "online_platform",
        "website": "online_platform", "portal": "online_platform", "onlineplatform": "online_platform",
        "mail": "email", "emails": "email", "letter": "written", "post": "written",
        "writtensubmission": "written", "paper": "written", "event": "meeting", "meetings": "meeting",
        "workshop": "meeting", "townhall": "meeting", "meetingorevent": "meeting",
        "telephone": "phone", "call": "phone", "phonecall": "phone",
    })


def contributor_type_key(value: str) -> str | None:
    return _lookup(value, CONTRIBUTOR_TYPES, {
        "citizen": "individual", "person": "individual", "private": "private_sector",
        "cso": "civil_society", "ngo": "civil_society", "civilsocietyorganisation": "civil_society",
        "civilsocietyorganization": "civil_society", "business": "private_sector",
        "company": "private_sector", "university": "academia", "research": "academia",
        "publicsector": "government", "gov": "government", "publicadministration": "government",
    })


def outcome_key(value: str) -> str | None:
    return _lookup(value, OUTCOMES, {
        "includedwithamendment": "amended", "amendment": "amended", "rejected": "not_included",
        "notincluded": "not_included", "outofscope": "out_of_scope", "outsidescope": "out_of_scope",
        "later": "deferred", "pending": "under_consideration",
    })


# --- records -------------------------------------------------------------------------------


# --- rules ---------------------------------------------------------------------------------
def validate_consultation(c: Consultation) -> None:
    problems: dict[str, str] = {}
    if not c.name.strip():
        problems["name"] = M_("the consultation needs a name")
    if c.stage not in STAGES:
        problems["stage"] = M_("choose a stage")
    if c.opens_on and c.closes_on and c.closes_on < c.opens_on:
        problems["closes_on"] = M_("the consultation closes before it opens")
    wrong = [ch for ch in c.channels if ch not in CHANNELS]
    if wrong:
        problems["channels"] = M_n("unknown channel: {wrong}", "unknown channels: {wrong}", len(wrong)).format(wrong=', '.join(wrong))
    if problems:
        raise ValidationError(problems)


def consultation_warnings(c: Consultation, language: str | None = None) -> list[str]:
    """What the standards would flag (not errors: the secretariat may have reasons).

    Said in the person's language, or in `language` when a document prints them (the internal
    response report is written in its own language, whatever the window speaks)."""
    document = catalogue(language) if language else None
    # The same marks, bound to the document's catalogue when it asks: one text to translate.
    M_, M_n = (document.gettext, document.ngettext) if document else (person.M_, person.M_n)  # noqa: N806
    warnings = []
    minimum = MIN_OPEN_DAYS.get(c.stage)
    days = c.open_days
    if minimum and days is not None and days < minimum:
        weeks = minimum // 7
        if c.stage == "draft_plan":
            said = M_n("Open for {days} day: a consultation on draft commitments should stay open at least "
                       "{weeks} weeks ({minimum} days).",
                       "Open for {days} days: a consultation on draft commitments should stay open at least "
                       "{weeks} weeks ({minimum} days).", days)
        else:
            said = M_n("Open for {days} day: a consultation on a self-assessment should stay open at least "
                       "{weeks} weeks ({minimum} days).",
                       "Open for {days} days: a consultation on a self-assessment should stay open at least "
                       "{weeks} weeks ({minimum} days).", days)
        warnings.append(said.format(days=days, weeks=weeks, minimum=minimum))
    if not c.channels:
        warnings.append(M_("No channels recorded: say how people could send contributions."))
    if document:    # a document's writer sets direction itself: no window direction marks in it
        warnings = [w.translate(_WINDOW_MARKS) for w in warnings]
    return warnings


_WINDOW_MARKS = dict.fromkeys(map(ord, "\u200f\u2068\u2069"))


def validate_contribution(c: Contribution) -> None:
    problems: dict[str, str] = {}
    if not c.consultation_id:
        problems["consultation_id"] = M_("choose the consultation it belongs to")
    if c.received_on is None:
        problems["received_on"] = M_("the date it was received is missing")
    if not c.text.strip():
        problems["text"] = M_("the contribution has no text")
    if c.channel not in CHANNELS:
        problems["channel"] = M_("choose a channel")
    if c.contributor_type not in CONTRIBUTOR_TYPES:
        problems["contributor_type"] = M_("choose a contributor type")
    for name in ("votes_for", "votes_against", "opinions"):
        value = getattr(c, name)
        if value is not None and value < 0:
            problems[name] = M_("cannot be negative")
    if c.average_support is not None and not -1 <= c.average_support <= 1:
        problems["average_support"] = M_("between −1 (oppose) and 1 (support)")
    if problems:
        raise ValidationError(problems)


def validate_response(r: Response, contribution: Contribution | None = None) -> None:
    problems: dict[str, str] = {}
    if r.outcome is not None and r.outcome not in OUTCOMES:
        problems["outcome"] = M_("choose an outcome")
    elif r.outcome in FINAL_OUTCOMES and not r.reason.strip():
        problems["reason"] = (
            M_("a reason is required when the outcome is '{outcomes}': say why, in words the contributor will understand").format(outcomes=OUTCOMES[r.outcome].lower())
        )
    if r.outcome is None and (r.reason.strip() or r.answered_on):
        problems["outcome"] = M_("choose an outcome for this reason")
    if contribution and r.answered_on and contribution.received_on and r.answered_on < contribution.received_on:
        problems["answered_on"] = M_("the answer is dated before the contribution was received")
    if problems:
        raise ValidationError(problems)


def working_days_late(c: Contribution, holidays=()) -> int:
    if not c.late:
        return 0
    return working_days_between(c.due_on, c.response.answered_on, holidays)


def get_consultation(db, consultation_id: int) -> Consultation:
    c = store.get_consultation(db, consultation_id)
    if c is None:
        raise UserError(M_("There is no consultation with id {consultation_id}.").format(consultation_id=consultation_id), field="consultation")
    return c


def save_consultation(db, c: Consultation) -> Consultation:
    c = dataclasses.replace(c, name=c.name.strip(), channels=list(dict.fromkeys(c.channels)))
    validate_consultation(c)
    if c.id is None:
        return store.insert_consultation(db, c)
    store.update_consultation(db, c)
    return c


def delete_consultation(db, consultation_id: int) -> None:
    store.delete_consultation(db, consultation_id)


def trash_consultation(db, consultation_id: int, *, now: dt.datetime | None = None, progress=None) -> int:
    """Move a consultation, with its contributions, their answers, links and attachments and
    its theme summaries, into the trash; return the entry. `progress` as for trash.move."""
    c = get_consultation(db, consultation_id)
    count = store.consultation_counts(db, dt.date.today()).get(consultation_id, {}).get("contributions", 0)
    label = c.name + (f" (with {count} contribution{'s' if count != 1 else ''})" if count else "")
    return trash.move(db, "consultation", consultation_id, label, now=now, progress=progress)


def trash_contribution(db, contribution_id: int, *, now: dt.datetime | None = None) -> int:
    """Move one contribution (its answer, links and attachments with it) into the trash."""
    c = get_contribution(db, contribution_id)
    who = c.contributor_name or c.organisation or "an individual"
    text = " ".join(c.text.split())
    label = f"No. {c.id} from {who}: {text[:70]}{'…' if len(text) > 70 else ''}"
    return trash.move(db, "contribution", contribution_id, label, now=now)


def trash_contributions(db, ids: list[int], *, now: dt.datetime | None = None, progress=None) -> list[int]:
    """Move several contributions to the trash, all or none; one trash entry each.
    `progress(done, total)` counts them (a worker's: it may raise to stop, nothing is written)."""
    entries = []
    with transaction(db):
        for n, cid in enumerate(ids):
            if progress is not None and n % 50 == 0:
                progress(n, len(ids))
            entries.append(trash_contribution(db, cid, now=now))
    return entries


# --- contributions -------------------------------------------------------------------------
def get_contribution(db, contribution_id: int) -> Contribution:
    c = store.get_contribution(db, contribution_id)
    if c is None:
        raise UserError(M_("There is no contribution with id {contribution_id}.").format(contribution_id=contribution_id))
    return c


@logged(lambda db, c: f"Added a contribution from {c.contributor_name or c.organisation or 'an unnamed contributor'}", action="add")
def add_contribution(db, c: Contribution) -> Contribution:
    validate_contribution(c)
    if c.due_on is None or not c.due_set_by_hand:
        days, off = due_rule(db)
        c = dataclasses.replace(c, due_on=due_date(c.received_on, days, off))
    validate_response(c.response, c)
    return store.insert_contributions(db, [c])[0]


@logged(lambda db, c, **_: f"Changed contribution no. {c.id}")
def update_contribution(db, c: Contribution, *, loaded: Contribution | None = None) -> None:
    """Save a contribution typed in again. With `loaded` (as the editor loaded it), refuse when
    someone changed it since (StaleRecord) rather than overwrite their change."""
    check_unchanged(db, "contributions", c.id, loaded, store.get_contribution(db, c.id), f"contribution no. {c.id}")
    validate_contribution(c)
    if not c.due_set_by_hand:
        days, off = due_rule(db)
        c = dataclasses.replace(c, due_on=due_date(c.received_on, days, off))
    store.update_contribution(db, c)


@logged(lambda db, contribution_id, response, **_: f"Answered contribution no. {contribution_id} ({response.outcome.replace('_', ' ')})", action="answer")
def answer(db, contribution_id: int, response: Response, *, today: dt.date | None = None) -> Response:
    """Record the response to a contribution; returns the response it replaces (for undo).

    A final outcome without a date is dated today.
    """
    contribution = get_contribution(db, contribution_id)
    response = dataclasses.replace(response, reason=response.reason.strip())
    if response.final and response.answered_on is None:
        response = dataclasses.replace(response, answered_on=today or dt.date.today())
    if response.outcome == "under_consideration":
        # An interim note; the contribution stays open and keeps counting towards its due date.
        response = dataclasses.replace(response, answered_on=None)
    validate_response(response, contribution)
    store.set_response(db, contribution_id, response)
    return contribution.response


def select_for_answer(db, consultation_id: int, *, ids: list[int] | None = None, theme: str | None = None,
                      duplicates_of: int | None = None, unanswered: bool = False) -> list[int]:
    """The contributions one answer is given to: listed ids, every one in a theme, or every duplicate
    of one contribution — always within one consultation. Withdrawn ones are left out of a theme or
    a set of duplicates (their authors took them back); listing one by id is refused."""
    get_consultation(db, consultation_id)
    chosen = [x is not None and x != [] for x in (ids, theme, duplicates_of)]
    if sum(chosen) != 1:
        raise UserError(M_("Say which contributions to answer: --ids, --theme or --duplicates-of (one of them)."))
    if ids is not None:
        rows = store.answer_candidates(db, consultation_id, ids=ids)
        found = {row["id"] for row in rows}
        missing = [i for i in ids if i not in found]
        if missing:
            raise UserError(M_n("Contribution {numbers} is not in this consultation.", "Contributions {numbers} are not in this consultation.",
                len(missing)).format(numbers=', '.join(M_("no. {number}").format(number=i) for i in missing)))
        withdrawn = [row["id"] for row in rows if row["withdrawn_on"]]
        if withdrawn:
            raise UserError(M_n("Contribution {numbers} was withdrawn by its author: there is nothing to answer.",
                "Contributions {numbers} were withdrawn by their authors: there is nothing to answer.",
                len(withdrawn)).format(numbers=', '.join(M_("no. {number}").format(number=i) for i in withdrawn)))
    elif theme is not None:
        rows = store.answer_candidates(db, consultation_id, theme=theme)
        if not rows:
            raise UserError(M_("No contribution in this consultation has the theme '{theme}'.").format(theme=theme))
    else:
        original = get_contribution(db, duplicates_of)
        if original.consultation_id != consultation_id:
            raise UserError(M_("Contribution no. {duplicates_of} is not in this consultation.").format(duplicates_of=duplicates_of))
        rows = store.answer_candidates(db, consultation_id, duplicates_of=duplicates_of)
        if not rows:
            raise UserError(M_("No contribution is marked as a duplicate of no. {duplicates_of}.").format(duplicates_of=duplicates_of))
    rows = [row for row in rows if not row["withdrawn_on"]]
    if unanswered:   # not answered yet: no outcome, or only an interim "under consideration"
        rows = [row for row in rows if row["outcome"] is None or row["outcome"] == "under_consideration"]
    return [row["id"] for row in rows]


def answer_many(db, ids: list[int], response: Response, *, today: dt.date | None = None
                ) -> list[tuple[int, Response]]:
    """Give one response to many contributions at once, all or nothing.

    Returns (id, the response it replaced) for each, for undo. Each is checked as if answered
    alone (a final outcome needs its reason; an answer cannot precede receipt)."""
    if not ids:
        raise UserError(M_("No contribution to answer: the selection is empty (or every one is already answered)."))
    response = dataclasses.replace(response, reason=response.reason.strip())
    if response.final and response.answered_on is None:
        response = dataclasses.replace(response, answered_on=today or dt.date.today())
    if response.outcome == "under_consideration":
        response = dataclasses.replace(response, answered_on=None)
    if response.outcome is None:
        raise ValidationError({"outcome": M_("choose an outcome")})
    validate_response(response)
    previous = []
    for contribution_id in ids:
        contribution = get_contribution(db, contribution_id)
        try:
            validate_response(response, contribution)
        except ValidationError as exc:
            raise UserError(M_("Contribution no. {contribution_id}: {message}").format(contribution_id=contribution_id, message=exc.message)) from None
        previous.append((contribution_id, contribution.response))
    store.set_responses(db, [(i, response) for i in ids])
    if response.reason:
        store.remember_reason(db, response.reason)
    return previous


def restore_responses(db, previous: list[tuple[int, Response]]) -> None:
    """Undo answer_many: every contribution gets back exactly what it had."""
    store.set_responses(db, previous)


def reusable_reasons(db) -> list[str]:
    """Reasons the forum gave before, most used first (for answering many at once)."""
    return store.reasons(db)


def restore_response(db, contribution_id: int, response: Response) -> None:
    """Put back an earlier response exactly (undo); it was valid when it was saved."""
    store.set_response(db, contribution_id, response)


def set_link(db, contribution_id: int, kind: str, target_id: int | None) -> None:
    """Mark a contribution as a duplicate of / merged into another (None removes the link)."""
    check_link(db, contribution_id, kind, target_id)
    store.replace_link(db, contribution_id, kind, target_id)


def check_link(db, contribution_id: int, kind: str, target_id: int | None) -> None:
    """Raise ValidationError({kind: message}) unless the link may be made."""
    if kind not in LINK_KINDS:
        raise UserError(M_("'{kind}' is not a kind of link.").format(kind=kind))
    if target_id is not None:
        if target_id == contribution_id:
            raise ValidationError({kind: M_("a contribution cannot be linked to itself")})
        source = get_contribution(db, contribution_id)
        target = store.get_contribution(db, target_id)
        if target is None:
            raise ValidationError({kind: M_("there is no contribution no. {target_id}").format(target_id=target_id)})
        if kind != "related" and target.consultation_id != source.consultation_id:
            raise ValidationError({kind: M_("no. {target_id} belongs to another consultation").format(target_id=target_id)})
        if kind != "related" and _link_chain_reaches(db, target_id, kind, contribution_id):
            raise ValidationError({kind: M_("no. {target_id} already points back to no. {contribution_id}").format(target_id=target_id, contribution_id=contribution_id)})


def _link_chain_reaches(db, start: int, kind: str, wanted: int) -> bool:
    seen, current = set(), start
    while current is not None and current not in seen:
        if current == wanted:
            return True
        seen.add(current)
        current = store.link_target(db, current, kind)
    return False


def overdue(db, today: dt.date) -> list[Contribution]:
    refresh_due_dates(db)
    return store.open_contributions_due(db, before=today)


def due_soon(db, today: dt.date, within: int = DUE_SOON_WORKING_DAYS) -> list[Contribution]:
    """Open contributions due today or within `within` working days."""
    refresh_due_dates(db)
    return [c for c in store.open_contributions_due(db, before=due_soon_limit(db, today, within) + dt.timedelta(days=1))
            if c.due_on >= today]


# --- search --------------------------------------------------------------------------------


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Words typed in the search box → an FTS5 expression: every word must appear,
    each matched as a prefix so that results follow the typing.

    Single letters are left out: they would match nearly everything, slowly."""
    words = [w for w in _TOKEN.findall(text or "") if len(w) > 1]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search_ids(db, flt: ContributionFilter, *, order: str = "received_on", descending: bool = True) -> list[int]:
    return store.filtered_ids(db, flt, fts_query(flt.text), order=order, descending=descending)


# --- attachments ---------------------------------------------------------------------------
ATTACHMENT_MAX_BYTES = 200 * 1024 * 1024


def attach_file(db, forum_path: str | Path, contribution_id: int, source: str | Path) -> dict:
    """Copy a file into the forum's storage folder and record it with its SHA-256."""
    get_contribution(db, contribution_id)
    stored = store_file(forum_files_dir(Path(forum_path)), source, folder="contributions",
                        max_bytes=ATTACHMENT_MAX_BYTES, what=M_("an attachment"))
    record = {"contribution_id": contribution_id, **stored}
    record["id"] = store.insert_attachment(db, record)
    return record


# --- the summary of major categories -------------------------------------------------------
@record
class ThemeOverview:
    """One theme of a consultation: its contributions counted by outcome."""

    theme: str
    total: int
    counts: dict[str, int]          # outcome key (or "none") → count
    heard: str = ""
    response: str = ""

    @property
    def label(self) -> str:
        return self.theme or "No theme"

    def counts_text(self) -> str:
        """"included 3; not included 1", in the document's language."""
        parts = [f"{_(OUTCOMES[k]).lower()} {n}" for k, n in self.counts.items() if n and k in OUTCOMES]
        if self.counts.get("none"):
            parts.append(f"{_('not yet answered')} {self.counts['none']}")
        return semicolons(parts)


def theme_overview(db, consultation_id: int) -> list[ThemeOverview]:
    counts = store.outcome_counts_by_theme(db, consultation_id)
    summaries = store.theme_summaries(db, consultation_id)
    themes = sorted(set(counts) | set(summaries), key=lambda t: (t == "", t.lower()))
    result = []
    for theme in themes:
        by_outcome = counts.get(theme, {})
        ordered = {k: by_outcome.get(k, 0) for k in list(OUTCOMES) + ["none"]}
        heard, response = summaries.get(theme, ("", ""))
        result.append(ThemeOverview(theme, sum(ordered.values()), ordered, heard, response))
    return result


def save_theme_summary(db, consultation_id: int, theme: str, heard: str, response: str) -> tuple[str, str]:
    """Returns the previous (heard, response) so the change can be undone."""
    get_consultation(db, consultation_id)
    previous = store.theme_summaries(db, consultation_id).get(theme, ("", ""))
    store.save_theme_summary(db, consultation_id, theme, heard.strip(), response.strip())
    return previous


# --- for the window: undo, and what its pages read -----------------------------------------

TABLE_COLUMNS = store.TABLE_COLUMNS


def answer_with_links(db, contribution_id: int, response: Response, links: dict[str, int | None], *,
                      today: dt.date | None = None) -> tuple[Response, dict[str, int | None]]:
    """Record a response and the duplicate-of / merged-into links given with it, in one transaction.

    Returns (the response it replaced, the links as they were), for undo."""
    before = get_contribution(db, contribution_id)
    with transaction(db):
        for kind, target in links.items():
            if getattr(before, kind) != target:
                set_link(db, contribution_id, kind, target)
        previous = answer(db, contribution_id, response, today=today)
    return previous, {kind: getattr(before, kind) for kind in links}


def restore_answer_with_links(db, contribution_id: int, response: Response, links: dict[str, int | None]) -> None:
    """Undo answer_with_links: the earlier response and links, in one transaction."""
    with transaction(db):
        restore_response(db, contribution_id, response)
        for kind, target in links.items():
            set_link(db, contribution_id, kind, target)


def restore_contribution(db, c: Contribution) -> None:
    """Put a contribution back exactly as it was, under its own number (redo of an add)."""
    store.insert_contributions(db, [c])


def remove_contribution(db, contribution_id: int) -> None:
    """Take away a contribution typed in by hand (undo of an add)."""
    store.delete_contributions(db, [contribution_id])


def restore_consultation(db, c: Consultation) -> None:
    """Put a consultation back under its own number (redo of an add)."""
    store.insert_consultation(db, c)


def restore_attachment(db, record: dict) -> None:
    """Attach again a file already in the forum's storage (redo)."""
    store.insert_attachment(db, record)


def remove_attachment(db, attachment_id: int) -> None:
    """Detach a file (undo); the stored copy stays, harmless."""
    store.delete_attachment(db, attachment_id)


def find_contribution(db, contribution_id: int) -> Contribution | None:
    """The contribution, or None when it is gone (a page showing a row just undone)."""
    return store.get_contribution(db, contribution_id)


def attachments_of(db, contribution_id: int) -> list[dict]:
    return store.attachments_of(db, contribution_id)


def linked_to(db, target_id: int) -> list[tuple[int, str]]:
    return store.linked_to(db, target_id)


def themes(db, consultation_id: int | None = None) -> list[str]:
    return store.themes(db, consultation_id)


def total_contributions(db) -> int:
    """How many contributions the forum holds, in every consultation."""
    return store.total_contributions(db)


def consultation_counts(db, today: dt.date) -> dict[int, dict[str, int]]:
    return store.consultation_counts(db, today)


def meeting_label(db, meeting_id: int | None) -> str:
    return store.meeting_label(db, meeting_id)


def meetings_for_choice(db) -> list[tuple[int, str, str]]:
    return store.meetings_for_choice(db)


def decisions_for_choice(db, meeting_id: int) -> list[tuple[int, str]]:
    return store.decisions_for_choice(db, meeting_id)


def table_page(db, ids: list[int]) -> dict[int, tuple]:
    """One page of the contributions table: {id: row in TABLE_COLUMNS order}."""
    return store.table_rows(db, ids)
