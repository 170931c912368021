"""Importing contributions from .csv or .xlsx: columns mapped to fields, every row
checked, all or nothing, and the same row never imported twice.

Headers are recognised without help when they use our names (see HEADERS) or the
usual names of consultation platforms' paragraph-by-paragraph exports
("Paragraph", "Comment", "Agree", "Disagree" …). Otherwise the user maps the
columns once; the mapping is remembered for files with the same headers.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from msf_desk.core import responses as core
from msf_desk.core.errors import ImportFailed, Problem, UserError
from msf_desk.core.tabular import Sheet, normalise_header, parse_yes_no, read_table, write_template

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
}
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
                 "in_favour in_favor votes_in_favour support supporters for",
    "votes_against": "votes_against disagree disagrees disagreed votes_disagree negative_votes negative down_votes "
                     "downvotes dislikes oppose against",
    "opinions": "opinions number_of_opinions opinion_count opinions_count",
    "average_support": "average_support avg_support average_level_of_support support_average mean_support",
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
        raise UserError(f"There is no mapping file at {path}.") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(f"{path.name}: not a JSON mapping ({exc}).") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, (str, type(None)))
                                             for k, v in data.items()):
        raise UserError(f'{path.name}: write the mapping as {{"Source column": "field", …}}.')
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
            problems.append(Problem(0, column, "the file has no such column"))
            continue
        if name not in FIELDS:
            problems.append(Problem(0, column, f"'{name}' is not a field (use one of: {', '.join(FIELDS)})"))
            continue
        if name in used:
            problems.append(Problem(0, column, f"'{name}' is already read from the column '{used[name]}'"))
            continue
        used[name] = column
        result[key] = name
    if "publish_name" in used and "anonymous" in used:
        problems.append(Problem(0, used["anonymous"], "choose consent or anonymous, not both"))
    if "text" not in used and not problems:
        problems.append(Problem(0, "text", "no column holds the contribution text: map one to 'text'"))
    if problems:
        raise ImportFailed(source, problems)
    return result


@dataclass
class ImportResult:
    source: str
    consultation_id: int
    rows: int = 0
    added: int = 0
    already_imported: int = 0
    mapping: dict[str, str] = field(default_factory=dict)
    mapping_from: str = "recognised"   # "given", "remembered" or "recognised"
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False
    fingerprints: list[str] = field(default_factory=list, repr=False)  # of the rows added

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        text = f"{self.source}: {verb} {self.added} contribution(s)"
        if self.already_imported:
            text += f"; {self.already_imported} already imported (skipped)"
        return text + "."


@dataclass
class _Parsed:
    rows: list[dict]
    fingerprints: list[str]
    problems: list[Problem]
    notes: list[str]


def _number(text: str, column: str, row_no: int, problems: list[Problem], *, whole: bool) -> float | int | None:
    text = text.strip().replace("\u2212", "-")
    if not text:
        return None
    try:
        if whole:
            value = float(text)
            if not value.is_integer():
                raise ValueError
            value = int(value)
            if value < 0:
                problems.append(Problem(row_no, column, f"'{text}' cannot be negative"))
                return None
            return value
        value = float(text.replace(",", "."))
    except ValueError:
        kind = "a whole number" if whole else "a number"
        problems.append(Problem(row_no, column, f"'{text}' is not {kind}"))
        return None
    if not -1 <= value <= 1:
        problems.append(Problem(row_no, column, f"'{text}' is outside −1 (oppose) to 1 (support)"))
        return None
    return value


def _date(text: str) -> dt.date | None:
    text = text.strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[ T].*)?$", text)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _fingerprint(consultation_id: int, values: dict, occurrence: int) -> str:
    # Identity, not attributes: a newer export with more votes or a corrected theme is
    # still the same contribution, so only who/when/what/where count.
    key = [consultation_id, values["received"], " ".join(values["contributor"].lower().split()),
           " ".join(values["organisation"].lower().split()), " ".join(values["text"].split()),
           " ".join(values["section"].lower().split()), occurrence]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode()).hexdigest()


def parse_sheet(sheet: Sheet, consultation: core.Consultation, columns: dict[str, str], *,
                today: dt.date, due_rule) -> _Parsed:
    """Check every row against the mapping; return rows ready for the store and the problems."""
    field_to_column = {name: key for key, name in columns.items()}
    originals = {normalise_header(h): h for h in sheet.headers}
    problems: list[Problem] = []
    notes: list[str] = []
    default_received = None
    if "received" not in field_to_column:
        default_received = min(consultation.closes_on, today) if consultation.closes_on else today
        notes.append(f"No date column: every contribution is dated {default_received.isoformat()} "
                     "(the consultation's closing day, or today).")
    if "channel" not in field_to_column:
        notes.append("No channel column: every contribution is recorded as sent through the online platform.")
    rows: list[dict] = []
    fingerprints: list[str] = []
    seen: dict[str, int] = {}
    due_cache: dict[dt.date, dt.date] = {}
    for index, raw in enumerate(sheet.rows):
        row_no = index + sheet.first_row_number()
        if raw is None:
            continue
        row_problems: list[Problem] = []

        def cell(name: str) -> str:
            key = field_to_column.get(name)
            return (raw.get(key) or "").strip() if key else ""

        def bad(name: str, message: str) -> None:
            row_problems.append(Problem(row_no, originals.get(field_to_column.get(name, ""), name), message))

        received_text = cell("received")
        if "received" in field_to_column:
            received = _date(received_text)
            if not received_text:
                bad("received", "the date received is missing")
            elif received is None:
                bad("received", f"'{received_text}' is not a date in the form YYYY-MM-DD")
            elif received > today:
                bad("received", f"{received.isoformat()} is in the future")
        else:
            received = default_received
        channel = "online_platform"
        if cell("channel"):
            channel = core.channel_key(cell("channel"))
            if channel is None:
                bad("channel", f"'{cell('channel')}' is not a channel (online platform, e-mail, "
                               "written submission, meeting or event, phone)")
        organisation = cell("organisation")
        ctype = "other" if organisation else "individual"
        if cell("contributor_type"):
            ctype = core.contributor_type_key(cell("contributor_type"))
            if ctype is None:
                bad("contributor_type", f"'{cell('contributor_type')}' is not a contributor type "
                                        "(individual, civil society, government, private sector, academia, other)")
        publish = False
        for name, invert in (("publish_name", False), ("anonymous", True)):
            text = cell(name)
            if text:
                answer = parse_yes_no(text)
                if answer is None:
                    bad(name, f"'{text}' is not yes or no")
                else:
                    publish = (not answer) if invert else answer
        text = cell("text")
        if not text:
            bad("text", "the contribution text is empty")
        numbers = {}
        for name in ("votes_for", "votes_against", "opinions"):
            numbers[name] = _number(cell(name), originals.get(field_to_column.get(name, ""), name),
                                    row_no, row_problems, whole=True)
        numbers["average_support"] = _number(
            cell("average_support"), originals.get(field_to_column.get("average_support", ""), "average_support"),
            row_no, row_problems, whole=False)
        problems += row_problems
        if row_problems:
            continue
        values = {"received": received_text and received.isoformat(), "contributor": cell("contributor"),
                  "organisation": organisation, "text": text, "section": cell("section")}
        identity = json.dumps(values, ensure_ascii=False, sort_keys=True)
        occurrence = seen.get(identity, 0)
        seen[identity] = occurrence + 1
        fingerprint = _fingerprint(consultation.id, values, occurrence)
        if received not in due_cache:
            due_cache[received] = due_rule(received)
        fingerprints.append(fingerprint)
        rows.append({
            "consultation_id": consultation.id, "received_on": received.isoformat(), "channel": channel,
            "contributor_name": cell("contributor"), "organisation": organisation, "contributor_type": ctype,
            "publish_name": int(publish), "text": text, "theme": cell("theme"), "section": cell("section"),
            **numbers, "due_on": due_cache[received].isoformat(), "due_set_by_hand": 0,
            "outcome": None, "reason": "", "decided_by": "", "answered_on": None, "commitment": "",
            "import_fingerprint": fingerprint,
        })
    return _Parsed(rows, fingerprints, problems, notes)


def choose_mapping(db, sheet: Sheet, given: dict[str, str] | None) -> tuple[dict[str, str], str]:
    """The mapping to use: the one given, else the one remembered for these headers, else recognised."""
    from msf_desk.store import responses as store

    if given is not None:
        return given, "given"
    remembered = store.get_mapping(db, headers_key(sheet.headers))
    if remembered is not None:
        return remembered, "remembered"
    return auto_mapping(sheet.headers), "recognised"


def preview(db, path: str | Path) -> tuple[Sheet, dict[str, str], str]:
    """Read a file and propose a mapping (for the column-mapping dialog)."""
    sheet = read_table(path)
    mapping, origin = choose_mapping(db, sheet, None)
    return sheet, mapping, origin


def import_contributions(db, path: str | Path, consultation_id: int, *, mapping: dict[str, str] | None = None,
                         dry_run: bool = False, today: dt.date | None = None, remember: bool = True,
                         sheet: Sheet | None = None) -> ImportResult:
    """Check every row; write the new ones in one transaction, or nothing if any row is bad.

    Rows already imported (same consultation, same contributor, date, text and section)
    are skipped, so importing the same file twice adds nothing the second time.
    """
    from msf_desk.store import responses as store

    today = today or dt.date.today()
    path = Path(path)
    consultation = core.get_consultation(db, consultation_id)
    sheet = sheet or read_table(path)
    chosen, origin = choose_mapping(db, sheet, mapping)
    columns = check_mapping(chosen, sheet.headers, sheet.source)
    days, off = core.due_rule(db)
    parsed = parse_sheet(sheet, consultation, columns, today=today,
                         due_rule=lambda received: core.due_date(received, days, off))
    if parsed.problems:
        raise ImportFailed(sheet.source, sorted(parsed.problems, key=lambda p: (p.row, p.column)))
    if not parsed.rows:
        raise UserError(f"{sheet.source} has a header but no contributions in it.")
    existing = store.existing_fingerprints(db, parsed.fingerprints)
    new_rows = [r for r in parsed.rows if r["import_fingerprint"] not in existing]
    result = ImportResult(
        source=sheet.source, consultation_id=consultation_id, rows=len(parsed.rows), added=len(new_rows),
        already_imported=len(parsed.rows) - len(new_rows),
        mapping={h: columns[normalise_header(h)] for h in sheet.headers if normalise_header(h) in columns},
        mapping_from=origin, notes=parsed.notes, dry_run=dry_run,
        fingerprints=[r["import_fingerprint"] for r in new_rows],
    )
    if dry_run:
        return result
    from msf_desk.store.db import transaction

    with transaction(db):
        store.insert_contribution_rows(db, new_rows)
        if remember and origin != "recognised":
            store.save_mapping(db, headers_key(sheet.headers), sheet.headers, result.mapping)
    return result
