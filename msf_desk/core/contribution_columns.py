"""The columns of a contributions file: our own names (the template's headers), the usual names
other tools give them, guessing a field from a header, and checking a mapping the user gave.
msf_desk.core.contributions_import reads the rows with it."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from msf_desk.core.tabular import normalise_header, write_template
from msf_desk.model.errors import ImportFailed, Problem, UserError
from msf_desk.model.messages import M_

HEADERS = [
    "received", "channel", "contributor", "organisation", "contributor_type", "publish_name",
    "text", "theme", "section", "votes_for", "votes_against", "opinions", "average_support",
]
# "anonymous" is publish_name turned round: some forms ask it that way.
FIELDS = {
    "received": "Date received",
    "channel": "Channel",
    "contributor": "Contributor's name",
    "organisation": "Organisation",
    "contributor_type": "Contributor type",
    "publish_name": "Consent to publish the name (yes/no)",
    "anonymous": "Anonymous (yes/no)",
    "text": "Contribution text",
    "theme": "Theme or category",
    "section": "Section or paragraph of the draft",
    "votes_for": "Votes for",
    "votes_against": "Votes against",
    "opinions": "Number of opinions",
    "average_support": "Average support (−1 to 1)",
    "outcome": "Outcome already given",
    "reason": "Reason for the outcome",
    "answered": "Date answered",
    "source_id": "Id on the source platform",
}
# What only a platform's own export gives (never offered in a mapping).
PLATFORM_FIELDS = ("decided_by", "source_parent", "withdrawn", "platform_state")
EXAMPLE = [
    "2026-03-02", "e-mail", "Ana Silva", "Citizens' Data Lab", "civil society", "yes",
    "Publish contract data in an open format every month.", "Open contracting", "Commitment 3",
    "", "", "", "",
]

_EXACT = {
    "received": "received received_on date date_received received_date submitted submitted_on submission_date "
                "date_submitted created created_at created_on posted posted_on timestamp",
    "channel": "channel via medium source_channel",
    "contributor": "contributor contributor_name name author author_name submitted_by user username user_name "
                   "full_name participant",
    "organisation": "organisation organization org affiliation organisation_name organization_name institution",
    "contributor_type": "contributor_type type sector stakeholder_type stakeholder contributor_category",
    "publish_name": "publish_name consent publish consent_to_publish publish_my_name name_public may_publish_name",
    "anonymous": "anonymous anonymity keep_anonymous",
    "text": "text comment comments contribution proposal body message content feedback suggestion comment_text "
            "your_comment idea submission",
    "theme": "theme category topic tag tags subject area",
    "section": "section paragraph paragraph_reference paragraph_ref paragraph_number para paragraph_no reference "
               "ref clause article draft_section chapter",
    "votes_for": "votes_for agree agrees agreed votes_agree positive_votes positive up_votes upvotes likes "
                 "in_favour in_favor votes_in_favour support supports supporters votes for",
    "votes_against": "votes_against disagree disagrees disagreed votes_disagree negative_votes negative down_votes "
                     "downvotes dislikes oppose against",
    "opinions": "opinions number_of_opinions opinion_count opinions_count",
    "average_support": "average_support avg_support average_level_of_support support_average mean_support",
    "outcome": "outcome response_outcome decision_outcome",
    "reason": "reason reason_for_outcome justification rationale",
    "answered": "answered answered_on answered_at date_answered",
    "source_id": "source_id platform_id external_id",
}
ALIASES = {alias: name for name, words in _EXACT.items() for alias in words.split()}


def guess_field(header: str) -> str | None:
    """The field a column header most likely holds, or None."""
    h = normalise_header(header)
    if h in ALIASES:
        return ALIASES[h]
    words = set(h.split("_"))
    if "average" in words and "support" in words:
        return "average_support"
    if "opinions" in words or "opinion" in words:
        return "opinions" if words & {"number", "count", "no"} else None
    if h.startswith(("disagree", "votes_against", "negative")):
        return "votes_against"
    if h.startswith(("agree", "votes_for", "positive")):
        return "votes_for"
    if h.startswith("paragraph"):
        return "section"
    return None


def auto_mapping(headers: list[str]) -> dict[str, str]:
    """Source header → field for the headers we recognise (the first column wins a field)."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        name = guess_field(header)
        if name and name not in taken and not (name in ("publish_name", "anonymous") and
                                               taken & {"publish_name", "anonymous"}):
            mapping[header] = name
            taken.add(name)
    return mapping


def headers_key(headers: list[str]) -> str:
    """The same set of columns (in any order, any case) gives the same key."""
    names = sorted(normalise_header(h) for h in headers if normalise_header(h))
    return hashlib.sha256(json.dumps(names).encode()).hexdigest()


def template(path: str | Path) -> Path:
    return write_template(path, HEADERS, EXAMPLE)


def load_mapping_file(path: str | Path) -> dict[str, str]:
    """A --mapping file: JSON {"Source column": "field", …} (a field of "" ignores the column)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UserError(M_("There is no mapping file at {path}.").format(path=path)) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(M_("{name}: not a JSON mapping ({exc}).").format(name=path.name, exc=exc)) from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, (str, type(None)))
                                             for k, v in data.items()):
        raise UserError(M_('{name}: write the mapping as {{"Source column": "field", …}}.').format(name=path.name))
    return {k: v or "" for k, v in data.items()}


def check_mapping(mapping: dict[str, str], headers: list[str], source: str) -> dict[str, str]:
    """Normalise a mapping to {normalised header: field}; problems are reported on the header row."""
    known = {normalise_header(h): h for h in headers}
    problems: list[Problem] = []
    result: dict[str, str] = {}
    used: dict[str, str] = {}
    for column, name in mapping.items():
        if not name:
            continue
        key = normalise_header(column)
        if key not in known:
            problems.append(Problem(0, column, M_("the file has no such column")))
            continue
        if name not in FIELDS:
            problems.append(Problem(0, column, M_("'{name}' is not a field (use one of: {fields})").format(name=name, fields=', '.join(FIELDS))))
            continue
        if name in used:
            problems.append(Problem(0, column, M_("'{name}' is already read from the column '{used}'").format(name=name, used=used[name])))
            continue
        used[name] = column
        result[key] = name
    if "publish_name" in used and "anonymous" in used:
        problems.append(Problem(0, used["anonymous"], M_("choose consent or anonymous, not both")))
    if "text" not in used and not problems:
        problems.append(Problem(0, "text", M_("no column holds the contribution text: map one to 'text'")))
    if problems:
        raise ImportFailed(source, problems)
    return result
