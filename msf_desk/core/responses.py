"""The reasoned-response register: consultations, contributions, outcomes with reasons.

The rules of the field live here: which outcomes need a reason, when an answer is
due (working days after receipt), when a consultation is open too briefly, and what
the public may see of a contributor (the name only with their consent).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from msf_desk.core.calendar import add_working_days, working_days_between
from msf_desk.core.errors import UserError, ValidationError

STAGES = {
    "theme_scoping": "Theme scoping",
    "specific_proposals": "Specific proposals",
    "draft_plan": "Draft plan (draft commitments)",
    "self_assessment": "Self-assessment",
    "other": "Other",
}
# The standards' minimum time open for feedback, in calendar days.
MIN_OPEN_DAYS = {"draft_plan": 14, "self_assessment": 28}

CHANNELS = {
    "online_platform": "Online platform",
    "email": "E-mail",
    "written": "Written submission",
    "meeting": "Meeting or event",
    "phone": "Phone",
}
CONTRIBUTOR_TYPES = {
    "individual": "Individual",
    "civil_society": "Civil society",
    "government": "Government",
    "private_sector": "Private sector",
    "academia": "Academia",
    "other": "Other",
}
OUTCOMES = {
    "included": "Included",
    "amended": "Included with amendment",
    "merged": "Merged into another proposal",
    "not_included": "Not included",
    "out_of_scope": "Outside the scope of open government",
    "deferred": "Deferred to a later plan",
    "under_consideration": "Under consideration",
}
# Every outcome but "under consideration" closes the contribution and needs a reason.
FINAL_OUTCOMES = tuple(k for k in OUTCOMES if k != "under_consideration")
NOT_ANSWERED = "Not yet answered"
LINK_KINDS = {"duplicate_of": "Duplicate of", "merged_into": "Merged into", "related": "Related to"}
AUDIENCES = ("public", "members")
DUE_SOON_WORKING_DAYS = 5


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
@dataclass
class Consultation:
    id: int | None = None
    name: str = ""
    stage: str = "other"
    opens_on: dt.date | None = None
    closes_on: dt.date | None = None
    channels: list[str] = field(default_factory=list)
    document: str = ""
    description: str = ""

    @property
    def stage_label(self) -> str:
        return STAGES.get(self.stage, self.stage)

    @property
    def open_days(self) -> int | None:
        if self.opens_on and self.closes_on:
            return (self.closes_on - self.opens_on).days
        return None

    def status_on(self, day: dt.date) -> str:
        if self.opens_on and day < self.opens_on:
            return "planned"
        if self.closes_on and day > self.closes_on:
            return "closed"
        return "open"

    def channels_text(self) -> str:
        return ", ".join(CHANNELS.get(c, c) for c in self.channels)


@dataclass
class Response:
    outcome: str | None = None
    reason: str = ""
    decided_by: str = ""
    meeting_id: int | None = None
    decision_id: int | None = None
    answered_on: dt.date | None = None
    commitment: str = ""

    @property
    def final(self) -> bool:
        return self.outcome in FINAL_OUTCOMES

    @property
    def outcome_label(self) -> str:
        return OUTCOMES.get(self.outcome, NOT_ANSWERED) if self.outcome else NOT_ANSWERED


@dataclass
class Contribution:
    id: int | None = None
    consultation_id: int | None = None
    received_on: dt.date | None = None
    channel: str = "online_platform"
    contributor_name: str = ""
    organisation: str = ""
    contributor_type: str = "individual"
    publish_name: bool = False
    text: str = ""
    theme: str = ""
    section: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    opinions: int | None = None
    average_support: float | None = None
    due_on: dt.date | None = None
    due_set_by_hand: bool = False
    response: Response = field(default_factory=Response)
    import_fingerprint: str | None = None
    duplicate_of: int | None = None
    merged_into: int | None = None
    # Where an imported row came from (see store migration 0010): re-imports update it.
    source_platform: str = ""
    source_id: str = ""
    source_parent: str = ""
    withdrawn_on: dt.date | None = None   # withdrawn by its author on the platform: nothing to answer

    @property
    def answered(self) -> bool:
        return self.response.final

    @property
    def late(self) -> bool:
        """Answered after its due date."""
        r = self.response
        return bool(r.final and r.answered_on and self.due_on and r.answered_on > self.due_on)

    def overdue_on(self, day: dt.date) -> bool:
        return not self.answered and self.withdrawn_on is None and self.due_on is not None and day > self.due_on

    @property
    def channel_label(self) -> str:
        return CHANNELS.get(self.channel, self.channel)

    @property
    def contributor_type_label(self) -> str:
        return CONTRIBUTOR_TYPES.get(self.contributor_type, self.contributor_type)


def public_contributor(c: Contribution) -> str:
    """What the public sees of who sent a contribution.

    The contributor's own consent decides (the forum's publish_names setting is
    about members, not the public): the name with consent, else the organisation,
    else "Individual".
    """
    if c.publish_name and c.contributor_name.strip():
        return c.contributor_name.strip()
    if c.organisation.strip():
        return c.organisation.strip()
    return "Individual"


def contributor_for(c: Contribution, audience: str) -> str:
    if audience == "public":
        return public_contributor(c)
    name = c.contributor_name.strip()
    parts = [p for p in (name, c.organisation.strip()) if p]
    text = ", ".join(parts) or "Individual"
    if name and not c.publish_name:
        text += " (name not for publication)"
    return text


# --- rules ---------------------------------------------------------------------------------
def validate_consultation(c: Consultation) -> None:
    problems: dict[str, str] = {}
    if not c.name.strip():
        problems["name"] = "the consultation needs a name"
    if c.stage not in STAGES:
        problems["stage"] = "choose a stage"
    if c.opens_on and c.closes_on and c.closes_on < c.opens_on:
        problems["closes_on"] = "the consultation closes before it opens"
    wrong = [ch for ch in c.channels if ch not in CHANNELS]
    if wrong:
        problems["channels"] = f"unknown channel(s): {', '.join(wrong)}"
    if problems:
        raise ValidationError(problems)


def consultation_warnings(c: Consultation) -> list[str]:
    """What the standards would flag (not errors: the secretariat may have reasons)."""
    warnings = []
    minimum = MIN_OPEN_DAYS.get(c.stage)
    days = c.open_days
    if minimum and days is not None and days < minimum:
        what = "draft commitments" if c.stage == "draft_plan" else "a self-assessment"
        warnings.append(
            f"Open for {days} day(s): a consultation on {what} should stay open at least "
            f"{minimum // 7} weeks ({minimum} days)."
        )
    if not c.channels:
        warnings.append("No channels recorded: say how people could send contributions.")
    return warnings


def validate_contribution(c: Contribution) -> None:
    problems: dict[str, str] = {}
    if not c.consultation_id:
        problems["consultation_id"] = "choose the consultation it belongs to"
    if c.received_on is None:
        problems["received_on"] = "the date it was received is missing"
    if not c.text.strip():
        problems["text"] = "the contribution has no text"
    if c.channel not in CHANNELS:
        problems["channel"] = "choose a channel"
    if c.contributor_type not in CONTRIBUTOR_TYPES:
        problems["contributor_type"] = "choose a contributor type"
    for name in ("votes_for", "votes_against", "opinions"):
        value = getattr(c, name)
        if value is not None and value < 0:
            problems[name] = "cannot be negative"
    if c.average_support is not None and not -1 <= c.average_support <= 1:
        problems["average_support"] = "between −1 (oppose) and 1 (support)"
    if problems:
        raise ValidationError(problems)


def validate_response(r: Response, contribution: Contribution | None = None) -> None:
    problems: dict[str, str] = {}
    if r.outcome is not None and r.outcome not in OUTCOMES:
        problems["outcome"] = "choose an outcome"
    elif r.outcome in FINAL_OUTCOMES and not r.reason.strip():
        problems["reason"] = (
            f"a reason is required when the outcome is '{OUTCOMES[r.outcome].lower()}': "
            "say why, in words the contributor will understand"
        )
    if r.outcome is None and (r.reason.strip() or r.answered_on):
        problems["outcome"] = "choose an outcome for this reason"
    if contribution and r.answered_on and contribution.received_on and r.answered_on < contribution.received_on:
        problems["answered_on"] = "the answer is dated before the contribution was received"
    if problems:
        raise ValidationError(problems)


def due_date(received: dt.date, working_days: int, holidays=()) -> dt.date:
    """When an answer is due: `working_days` after receipt, skipping weekends and holidays."""
    return add_working_days(received, working_days, holidays)


def due_rule(db) -> tuple[int, list[dt.date]]:
    from msf_desk.core import forum
    from msf_desk.core.calendar import holidays

    return forum.load(db).response_working_days, holidays(db)


def working_days_late(c: Contribution, holidays=()) -> int:
    if not c.late:
        return 0
    return working_days_between(c.due_on, c.response.answered_on, holidays)


# --- consultations -------------------------------------------------------------------------
def list_consultations(db) -> list[Consultation]:
    from msf_desk.store import responses as store

    return store.all_consultations(db)


def get_consultation(db, consultation_id: int) -> Consultation:
    from msf_desk.store import responses as store

    c = store.get_consultation(db, consultation_id)
    if c is None:
        raise UserError(f"There is no consultation with id {consultation_id}.", field="consultation")
    return c


def save_consultation(db, c: Consultation) -> Consultation:
    from msf_desk.store import responses as store

    c = dataclasses.replace(c, name=c.name.strip(), channels=list(dict.fromkeys(c.channels)))
    validate_consultation(c)
    if c.id is None:
        return store.insert_consultation(db, c)
    store.update_consultation(db, c)
    return c


def delete_consultation(db, consultation_id: int) -> None:
    from msf_desk.store import responses as store

    store.delete_consultation(db, consultation_id)


# --- contributions -------------------------------------------------------------------------
def get_contribution(db, contribution_id: int) -> Contribution:
    from msf_desk.store import responses as store

    c = store.get_contribution(db, contribution_id)
    if c is None:
        raise UserError(f"There is no contribution with id {contribution_id}.")
    return c


def add_contribution(db, c: Contribution) -> Contribution:
    from msf_desk.store import responses as store

    validate_contribution(c)
    if c.due_on is None or not c.due_set_by_hand:
        days, off = due_rule(db)
        c = dataclasses.replace(c, due_on=due_date(c.received_on, days, off))
    validate_response(c.response, c)
    return store.insert_contributions(db, [c])[0]


def update_contribution(db, c: Contribution) -> None:
    from msf_desk.store import responses as store

    validate_contribution(c)
    if not c.due_set_by_hand:
        days, off = due_rule(db)
        c = dataclasses.replace(c, due_on=due_date(c.received_on, days, off))
    store.update_contribution(db, c)


def answer(db, contribution_id: int, response: Response, *, today: dt.date | None = None) -> Response:
    """Record the response to a contribution; returns the response it replaces (for undo).

    A final outcome without a date is dated today.
    """
    from msf_desk.store import responses as store

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
    from msf_desk.store import responses as store

    get_consultation(db, consultation_id)
    chosen = [x is not None and x != [] for x in (ids, theme, duplicates_of)]
    if sum(chosen) != 1:
        raise UserError("Say which contributions to answer: --ids, --theme or --duplicates-of (one of them).")
    if ids is not None:
        rows = store.answer_candidates(db, consultation_id, ids=ids)
        found = {row["id"] for row in rows}
        missing = [i for i in ids if i not in found]
        if missing:
            raise UserError(f"Contribution(s) {', '.join(f'no. {i}' for i in missing)} are not in this consultation.")
        withdrawn = [row["id"] for row in rows if row["withdrawn_on"]]
        if withdrawn:
            raise UserError(f"Contribution(s) {', '.join(f'no. {i}' for i in withdrawn)} were withdrawn by "
                            "their authors: there is nothing to answer.")
    elif theme is not None:
        rows = store.answer_candidates(db, consultation_id, theme=theme)
        if not rows:
            raise UserError(f"No contribution in this consultation has the theme '{theme}'.")
    else:
        original = get_contribution(db, duplicates_of)
        if original.consultation_id != consultation_id:
            raise UserError(f"Contribution no. {duplicates_of} is not in this consultation.")
        rows = store.answer_candidates(db, consultation_id, duplicates_of=duplicates_of)
        if not rows:
            raise UserError(f"No contribution is marked as a duplicate of no. {duplicates_of}.")
    rows = [row for row in rows if not row["withdrawn_on"]]
    if unanswered:   # not answered yet: no outcome, or only an interim "under consideration"
        rows = [row for row in rows if row["outcome"] is None or row["outcome"] == "under_consideration"]
    return [row["id"] for row in rows]


def answer_many(db, ids: list[int], response: Response, *, today: dt.date | None = None
                ) -> list[tuple[int, Response]]:
    """Give one response to many contributions at once, all or nothing.

    Returns (id, the response it replaced) for each, for undo. Each is checked as if answered
    alone (a final outcome needs its reason; an answer cannot precede receipt)."""
    from msf_desk.store import responses as store

    if not ids:
        raise UserError("No contribution to answer: the selection is empty (or every one is already answered).")
    response = dataclasses.replace(response, reason=response.reason.strip())
    if response.final and response.answered_on is None:
        response = dataclasses.replace(response, answered_on=today or dt.date.today())
    if response.outcome == "under_consideration":
        response = dataclasses.replace(response, answered_on=None)
    if response.outcome is None:
        raise ValidationError({"outcome": "choose an outcome"})
    validate_response(response)
    previous = []
    for contribution_id in ids:
        contribution = get_contribution(db, contribution_id)
        try:
            validate_response(response, contribution)
        except ValidationError as exc:
            raise UserError(f"Contribution no. {contribution_id}: {exc.message}") from None
        previous.append((contribution_id, contribution.response))
    store.set_responses(db, [(i, response) for i in ids])
    if response.reason:
        store.remember_reason(db, response.reason)
    return previous


def restore_responses(db, previous: list[tuple[int, Response]]) -> None:
    """Undo answer_many: every contribution gets back exactly what it had."""
    from msf_desk.store import responses as store

    store.set_responses(db, previous)


def reusable_reasons(db) -> list[str]:
    """Reasons the forum gave before, most used first (for answering many at once)."""
    from msf_desk.store import responses as store

    return store.reasons(db)


def restore_response(db, contribution_id: int, response: Response) -> None:
    """Put back an earlier response exactly (undo); it was valid when it was saved."""
    from msf_desk.store import responses as store

    store.set_response(db, contribution_id, response)


def set_link(db, contribution_id: int, kind: str, target_id: int | None) -> None:
    """Mark a contribution as a duplicate of / merged into another (None removes the link)."""
    from msf_desk.store import responses as store

    check_link(db, contribution_id, kind, target_id)
    store.replace_link(db, contribution_id, kind, target_id)


def check_link(db, contribution_id: int, kind: str, target_id: int | None) -> None:
    """Raise ValidationError({kind: message}) unless the link may be made."""
    from msf_desk.store import responses as store

    if kind not in LINK_KINDS:
        raise UserError(f"'{kind}' is not a kind of link.")
    if target_id is not None:
        if target_id == contribution_id:
            raise ValidationError({kind: "a contribution cannot be linked to itself"})
        source = get_contribution(db, contribution_id)
        target = store.get_contribution(db, target_id)
        if target is None:
            raise ValidationError({kind: f"there is no contribution no. {target_id}"})
        if kind != "related" and target.consultation_id != source.consultation_id:
            raise ValidationError({kind: f"no. {target_id} belongs to another consultation"})
        if kind != "related" and _link_chain_reaches(db, target_id, kind, contribution_id):
            raise ValidationError({kind: f"no. {target_id} already points back to no. {contribution_id}"})


def _link_chain_reaches(db, start: int, kind: str, wanted: int) -> bool:
    from msf_desk.store import responses as store

    seen, current = set(), start
    while current is not None and current not in seen:
        if current == wanted:
            return True
        seen.add(current)
        current = store.link_target(db, current, kind)
    return False


def refresh_due_dates(db) -> int:
    """Recompute due dates after the forum's holidays or working-day rule changed.

    Dates set by hand are kept. Returns how many contributions changed.
    """
    from msf_desk.store import forum as forum_store
    from msf_desk.store import responses as store

    days, off = due_rule(db)
    basis = hashlib.sha256(f"{days}|{','.join(d.isoformat() for d in off)}".encode()).hexdigest()
    if forum_store.get_setting(db, "responses.due_basis") == basis:
        return 0
    changed = store.recompute_due_dates(db, lambda received: due_date(received, days, off))
    forum_store.set_setting(db, "responses.due_basis", basis)
    return changed


def overdue(db, today: dt.date) -> list[Contribution]:
    from msf_desk.store import responses as store

    refresh_due_dates(db)
    return store.open_contributions_due(db, before=today)


def due_soon(db, today: dt.date, within: int = DUE_SOON_WORKING_DAYS) -> list[Contribution]:
    """Open contributions due today or within `within` working days."""
    from msf_desk.store import responses as store

    refresh_due_dates(db)
    _, off = due_rule(db)
    limit = add_working_days(today, within, off)
    return [c for c in store.open_contributions_due(db, before=limit + dt.timedelta(days=1))
            if c.due_on >= today]


# --- search --------------------------------------------------------------------------------
@dataclass
class ContributionFilter:
    text: str = ""
    consultation_id: int | None = None
    theme: str | None = None
    outcome: str | None = None      # an outcome key, or "none" for not yet answered
    channel: str | None = None
    contributor_type: str | None = None
    overdue_on: dt.date | None = None  # only those overdue on this day


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
    from msf_desk.store import responses as store

    return store.filtered_ids(db, flt, fts_query(flt.text), order=order, descending=descending)


# --- attachments ---------------------------------------------------------------------------
ATTACHMENT_MAX_BYTES = 200 * 1024 * 1024


def attach_file(db, forum_path: str | Path, contribution_id: int, source: str | Path) -> dict:
    """Copy a file into the forum's storage folder and record it with its SHA-256."""
    from msf_desk.paths import forum_files_dir
    from msf_desk.store import responses as store

    from msf_desk.core.attachments import store_file

    get_contribution(db, contribution_id)
    stored = store_file(forum_files_dir(Path(forum_path)), source, folder="contributions",
                        max_bytes=ATTACHMENT_MAX_BYTES, what="an attachment")
    record = {"contribution_id": contribution_id, **stored}
    record["id"] = store.insert_attachment(db, record)
    return record


# --- the summary of major categories -------------------------------------------------------
@dataclass
class ThemeOverview:
    theme: str
    total: int
    counts: dict[str, int]          # outcome key (or "none") → count
    heard: str = ""
    response: str = ""

    @property
    def label(self) -> str:
        return self.theme or "No theme"

    def counts_text(self) -> str:
        parts = [f"{OUTCOMES[k].lower()} {n}" for k, n in self.counts.items() if n and k in OUTCOMES]
        if self.counts.get("none"):
            parts.append(f"not yet answered {self.counts['none']}")
        return "; ".join(parts)


def theme_overview(db, consultation_id: int) -> list[ThemeOverview]:
    from msf_desk.store import responses as store

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
    from msf_desk.store import responses as store

    get_consultation(db, consultation_id)
    previous = store.theme_summaries(db, consultation_id).get(theme, ("", ""))
    store.save_theme_summary(db, consultation_id, theme, heard.strip(), response.strip())
    return previous


# --- what each audience sees ---------------------------------------------------------------
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
    from msf_desk.core import forum
    from msf_desk.store import responses as store

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
    from msf_desk.store import responses as store

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
    from msf_desk.core import forum
    from msf_desk.store import responses as store

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
