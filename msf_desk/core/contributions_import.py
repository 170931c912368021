"""Importing contributions from .csv or .xlsx: columns mapped to fields, every row
checked, all or nothing, and the same row never imported twice.

Platforms' own exports (Decidim proposals and comments, OpenSlides motions, CONSUL
comments, Microsoft and Google Forms: see core/platforms.py) are read field by field
without a mapping. Other files are taken without help only when every column has one of
our names (see HEADERS) or the usual names of paragraph-by-paragraph exports
("Paragraph", "Comment", "Agree", "Disagree" …) and the text column holds words.
Anything else is refused with the mapping we would propose, to be confirmed by the
user; the mapping is then remembered for files with the same headers.

Rows that carry their platform id are updated on a later import of a newer export
(answers, withdrawals, votes), not added again.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import field
from pathlib import Path

from msf_desk.core import forum as forum_core
from msf_desk.core import platforms
from msf_desk.core.contribution_columns import FIELDS, auto_mapping, headers_key, check_mapping
from msf_desk.core import responses as core
from msf_desk.core import consultations_due
from msf_desk.core.tabular import Sheet, normalise_header, parse_yes_no, read_table
from msf_desk.model.errors import ImportFailed, Problem, UserError
from msf_desk.store import responses as store
from msf_desk.store.db import transaction
from msf_desk.model.responses import CHANNELS, CONTRIBUTOR_TYPES, Consultation, FINAL_OUTCOMES, OUTCOMES
from msf_desk.model.messages import M_, M_n
from msf_desk.core.messages import message_number
from msf_desk.model.records import record


class LayoutNotRecognised(ImportFailed):
    """The columns are not a layout we know for certain: nothing was imported; here is the
    mapping we would use, for the user to check and confirm."""

    def __init__(self, source: str, problems: list[Problem], proposed: dict[str, str]) -> None:
        super().__init__(source, problems)
        self.proposed = proposed
        lines = [f"{source}: MSF Desk does not recognise these columns with certainty, so nothing was imported."]
        lines += [f"  {p}" for p in problems[:50]]
        lines.append("The mapping it would use (column → field; \"\" leaves a column out) is below. Check it, "
                     "save it as a .json file and import again with --mapping that file:")
        lines.append(json.dumps(proposed, ensure_ascii=False, indent=2))
        lines.append(f"Fields: {', '.join(FIELDS)}.")
        self.message = "\n".join(lines)
        self.args = (self.message,)


# The fields of a stored row a preview shows, in order, with their labels.
PREVIEW_FIELDS = {
    "received_on": "Received", "contributor_name": "Contributor", "organisation": "Organisation",
    "text": "Text", "theme": "Theme", "section": "Section", "outcome": "Outcome", "reason": "Reason",
    "decided_by": "Decided by", "answered_on": "Answered", "withdrawn_on": "Withdrawn", "votes_for": "Votes for",
    "votes_against": "Votes against", "opinions": "Opinions", "average_support": "Support",
    "channel": "Channel", "contributor_type": "Contributor type", "publish_name": "Name published",
    "source_platform": "Source", "source_id": "Source id", "source_parent": "Answers",
}


@record
class ImportResult:
    source: str
    consultation_id: int
    rows: int = 0
    added: int = 0
    already_imported: int = 0
    updated: int = 0
    mapping: dict[str, str] = field(default_factory=dict)
    mapping_from: str = "recognised"   # "platform", "given", "remembered" or "recognised"
    layout: str = ""                   # the platform layout recognised, if any
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False
    fingerprints: list[str] = field(default_factory=list, repr=False)  # of the rows added
    preview: list[dict[str, str]] = field(default_factory=list)         # first rows as they will be stored
    unused_columns: list[str] = field(default_factory=list)
    previous: list[dict] = field(default_factory=list, repr=False)      # rows updated, as they were (undo)

    def summary(self) -> str:
        if self.dry_run:
            text = M_n("{source}: would add {count} contribution", "{source}: would add {count} contributions",
                       self.added).format(source=self.source, count=message_number(self.added))
        else:
            text = M_n("{source}: added {count} contribution", "{source}: added {count} contributions",
                       self.added).format(source=self.source, count=message_number(self.added))
        if self.updated:
            text += (M_n("; would update {count} from the newer export", "; would update {count} from the newer export",
                         self.updated) if self.dry_run else
                     M_n("; updated {count} from the newer export", "; updated {count} from the newer export",
                         self.updated)).format(count=message_number(self.updated))
        if self.already_imported:
            text += M_n("; {count} already imported (skipped)", "; {count} already imported (skipped)",
                        self.already_imported).format(count=message_number(self.already_imported))
        return text + "."


@record
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
                problems.append(Problem(row_no, column, M_("'{text}' cannot be negative").format(text=text)))
                return None
            return value
        value = float(text.replace(",", "."))
    except ValueError:
        problems.append(Problem(row_no, column, (M_("'{text}' is not a whole number") if whole
                                                 else M_("'{text}' is not a number")).format(text=text)))
        return None
    if not -1 <= value <= 1:
        problems.append(Problem(row_no, column, M_("'{text}' is outside −1 (oppose) to 1 (support)").format(text=text)))
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


def _source_fingerprint(consultation_id: int, platform: str, source_id: str) -> str:
    return hashlib.sha256(json.dumps([consultation_id, "source", platform, source_id]).encode()).hexdigest()


def parse_sheet(sheet: Sheet, consultation: Consultation, columns: dict[str, str], *,
                today: dt.date, due_rule, platform: str = "", platform_label: str = "",
                labels: dict[str, str] | None = None, progress=None) -> _Parsed:
    """Check every row against the mapping; return rows ready for the store and the problems.

    `platform` is set when the sheet is a platform's export already turned into our fields
    (core/platforms.py); `labels` then names the platform's column for each field in messages.
    """
    field_to_column = {name: key for key, name in columns.items()}
    originals = {normalise_header(h): h for h in sheet.headers}
    if labels:
        originals.update({key: labels.get(name, key) for key, name in columns.items()})
    problems: list[Problem] = []
    notes: list[str] = []
    default_received = None
    if "received" not in field_to_column:
        default_received = min(consultation.closes_on, today) if consultation.closes_on else today
        notes.append(M_("No date column: every contribution is dated {day} (the consultation's closing day, "
                        "or today).").format(day=default_received.isoformat()))
    if "channel" not in field_to_column:
        notes.append(M_("No channel column: every contribution is recorded as sent through the online platform."))
    rows: list[dict] = []
    fingerprints: list[str] = []
    seen: dict[str, int] = {}
    due_cache: dict[dt.date, dt.date] = {}
    undated_answers = 0
    unknown_states: dict[str, int] = {}
    for index, raw in enumerate(sheet.rows):
        if progress is not None and index % 5000 == 0:
            progress(index, len(sheet.rows))
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
                if default_received is None and platform:
                    received = min(consultation.closes_on, today) if consultation.closes_on else today
                else:
                    bad("received", M_("the date received is missing"))
            elif received is None:
                bad("received", M_("'{received_text}' is not a date in the form YYYY-MM-DD").format(received_text=received_text))
            elif received > today:
                bad("received", M_("{received} is in the future").format(received=received.isoformat()))
        else:
            received = default_received
        channel = "online_platform"
        if cell("channel"):
            channel = core.channel_key(cell("channel"))
            if channel is None:
                bad("channel", M_("'{cell}' is not a channel (online platform, e-mail, written submission, meeting or event, phone)").format(cell=cell('channel')))
        organisation = cell("organisation")
        ctype = "other" if organisation else "individual"
        if cell("contributor_type"):
            ctype = core.contributor_type_key(cell("contributor_type"))
            if ctype is None:
                bad("contributor_type", M_("'{cell}' is not a contributor type (individual, civil society, government, private sector, academia, other)").format(cell=cell('contributor_type')))
        publish = False
        for name, invert in (("publish_name", False), ("anonymous", True)):
            text = cell(name)
            if text:
                answer = parse_yes_no(text)
                if answer is None:
                    bad(name, M_("'{text}' is not yes or no").format(text=text))
                else:
                    publish = (not answer) if invert else answer
        text = cell("text")
        if not text:
            bad("text", M_("the contribution text is empty"))
        numbers = {}
        for name in ("votes_for", "votes_against", "opinions"):
            numbers[name] = _number(cell(name), originals.get(field_to_column.get(name, ""), name),
                                    row_no, row_problems, whole=True)
        numbers["average_support"] = _number(
            cell("average_support"), originals.get(field_to_column.get("average_support", ""), "average_support"),
            row_no, row_problems, whole=False)
        # An answer already given (on the platform, or in the file's own columns).
        outcome = None
        reason = cell("reason")
        answered = None
        decided_by = cell("decided_by")
        if cell("outcome"):
            outcome = core.outcome_key(cell("outcome"))
            if outcome is None:
                bad("outcome", M_("'{cell}' is not an outcome ({values})").format(cell=cell('outcome'), values=', '.join(OUTCOMES.values())))
        elif platform and cell("platform_state") and cell("platform_state") not in ("not_answered", "published") \
                and not cell("withdrawn"):
            unknown_states[cell("platform_state")] = unknown_states.get(cell("platform_state"), 0) + 1
        if outcome in FINAL_OUTCOMES:
            answered_text = cell("answered")
            if answered_text:
                answered = _date(answered_text)
                if answered is None:
                    bad("answered", M_("'{answered_text}' is not a date in the form YYYY-MM-DD").format(answered_text=answered_text))
            else:
                answered = today
                undated_answers += 1
            if not reason:
                if platform:
                    reason = (f"Answered '{cell('platform_state') or outcome}' on {platform_label} "
                              "without a published reason.")
                else:
                    bad("reason", M_("an outcome needs its reason"))
        withdrawn = None
        if cell("withdrawn"):
            withdrawn = _date(cell("withdrawn")) or received
        problems += row_problems
        if row_problems:
            continue
        source_id = cell("source_id")
        if source_id:
            fingerprint = _source_fingerprint(consultation.id, platform, source_id)
        else:
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
            "outcome": outcome, "reason": reason, "decided_by": decided_by if outcome else "",
            "answered_on": answered.isoformat() if answered else None, "commitment": "",
            "import_fingerprint": fingerprint, "source_platform": platform if source_id or platform else "",
            "source_id": source_id, "source_parent": cell("source_parent"),
            "withdrawn_on": withdrawn.isoformat() if withdrawn else None,
        })
    if undated_answers:
        notes.append(M_n("{count} answer carries no date in the file: dated {day}, the day of this import.",
                         "{count} answers carry no date in the file: dated {day}, the day of this import.",
                         undated_answers).format(count=undated_answers, day=today.isoformat()))
    for state, n in sorted(unknown_states.items()):
        notes.append(M_n("{count} row has the state '{state}' on the platform, which is not an answer MSF Desk "
                         "knows: it is imported as not yet answered.",
                         "{count} rows have the state '{state}' on the platform, which is not an answer MSF Desk "
                         "knows: they are imported as not yet answered.", n).format(count=n, state=state))
    return _Parsed(rows, fingerprints, problems, notes)


def choose_mapping(db, sheet: Sheet, given: dict[str, str] | None) -> tuple[dict[str, str], str]:
    """The mapping to use: the one given, else the one remembered for these headers, else recognised."""
    if given is not None:
        return given, "given"
    remembered = store.get_mapping(db, headers_key(sheet.headers))
    if remembered is not None:
        return remembered, "remembered"
    return auto_mapping(sheet.headers), "recognised"


def _text_column_problem(sheet: Sheet, columns: dict[str, str]) -> Problem | None:
    """A column of only numbers (a count of comments) or only web addresses is never the text."""
    key = next((k for k, name in columns.items() if name == "text"), None)
    if key is None:
        return None
    kind = platforms.numbers_or_urls([(r or {}).get(key, "") for r in sheet.rows])
    if kind is None:
        return None
    header = next((h for h in sheet.headers if normalise_header(h) == key), key)
    return Problem(0, header, (M_("holds only numbers, so it cannot be the contribution text: map the column that holds the words to 'text'")
                               if kind == "numbers" else
                               M_("holds only web addresses, so it cannot be the contribution text: map the column that "
                                  "holds the words to 'text'")))


def _refuse_unless_certain(sheet: Sheet, mapping: dict[str, str]) -> None:
    """A recognised (not given, not remembered) mapping must cover every column and find words."""
    problems = []
    mapped = {normalise_header(h) for h in mapping}
    unknown = [h for h in sheet.headers if normalise_header(h) and normalise_header(h) not in mapped]
    text_problem = _text_column_problem(sheet, {normalise_header(h): f for h, f in mapping.items()})
    proposed = {h: mapping.get(h, "") for h in sheet.headers if normalise_header(h)}
    if text_problem:
        problems.append(text_problem)
        proposed = {h: ("" if f == "text" else f) for h, f in proposed.items()}
    if "text" not in mapping.values() or text_problem:
        problems.insert(0, Problem(0, "text", M_("no column holds the contribution text: map one to 'text'")))
    for header in unknown:
        problems.append(Problem(0, header, M_('not a column MSF Desk knows: say which field it holds, or "" to leave it out')))
    if problems:
        raise LayoutNotRecognised(sheet.source, problems, proposed)


def forum_context(db) -> platforms.Context:
    profile = forum_core.load(db)
    return platforms.Context(timezone=profile.timezone or "UTC",
                             languages=platforms.language_codes(profile.languages))


def platform_sheet(sheet: Sheet, fmt: platforms.Format, ctx: platforms.Context) -> tuple[Sheet, list[str]]:
    """The platform's rows turned into our fields (one column per field), row numbers kept; and the
    columns left out because they hold only numbers or web addresses (forms' ratings, links)."""
    if fmt.key.endswith("forms"):
        used = fmt.used_columns(sheet.headers)
        stamp = next((h for h in sheet.headers if h.strip().lower() in ("completion time", "timestamp")), None)
        stamps = [(r or {}).get(normalise_header(stamp), "") for r in sheet.rows] if stamp else []
        ctx = platforms.Context(ctx.timezone, ctx.languages, date_order=platforms.forms_date_order(stamps),
                                skip={h for h in used if h.strip().lower() not in ("id", "completion time",
                                                                                   "name", "timestamp")
                                      and platforms.numbers_or_urls(
                                          [(r or {}).get(normalise_header(h), "") for r in sheet.rows])})
    rows: list[dict[str, str] | None] = []
    names: list[str] = []
    for raw in sheet.rows:
        if raw is None:
            rows.append(None)
            continue
        values = fmt.convert(platforms.Row(sheet.headers, raw), ctx)
        for name in ("received", "answered", "withdrawn"):
            text = values.get(name) or ""
            if text and text != "today":
                day = platforms.local_date(text, ctx.timezone)
                values[name] = day.isoformat() if day else text
        if values.get("withdrawn") == "today":
            values["withdrawn"] = values.get("received") or "yes"
        for name in values:
            if name not in names:
                names.append(name)
        rows.append(values)
    skipped = [h for h in sheet.headers if h in ctx.skip]
    return Sheet(source=sheet.source, headers=names, rows=rows, encoding=sheet.encoding), skipped


@record
class Plan:
    """How a file will be read: a platform's layout, or a mapping (and where it came from)."""

    sheet: Sheet
    layout: platforms.Format | None
    mapping: dict[str, str]
    origin: str

    def unused_columns(self) -> list[str]:
        if self.layout is not None:
            used = self.layout.used_columns(self.sheet.headers)
        else:
            used = {h for h, f in self.mapping.items() if f}
            used = {h for h in self.sheet.headers if normalise_header(h) in {normalise_header(u) for u in used}}
        return [h for h in self.sheet.headers if h.strip() and h not in used]


def plan_import(db, sheet: Sheet, mapping: dict[str, str] | None = None) -> Plan:
    """A given mapping wins; then a platform layout; then a remembered mapping; then our own names."""
    if mapping is None:
        layout = platforms.recognise(sheet.headers)
        if layout is not None:
            return Plan(sheet, layout, {}, "platform")
    chosen, origin = choose_mapping(db, sheet, mapping)
    return Plan(sheet, None, chosen, origin)


def _preview_rows(rows: list[dict], limit: int = 5) -> list[dict[str, str]]:
    shown = []
    for row in rows[:limit]:
        item = {}
        for key, label in PREVIEW_FIELDS.items():
            value = row.get(key)
            if key == "channel":
                value = CHANNELS.get(value, value)
            elif key == "contributor_type":
                value = CONTRIBUTOR_TYPES.get(value, value)
            elif key == "outcome":
                value = OUTCOMES.get(value, "") if value else ""
            elif key == "publish_name":
                value = "yes" if value else "no"
            item[label] = "" if value is None else str(value)
        shown.append(item)
    return shown


_UPDATED_BY_PLATFORM = ("votes_for", "votes_against", "average_support", "withdrawn_on")
_ANSWER = ("outcome", "reason", "decided_by", "answered_on")


def _updates(db, consultation_id: int, rows: list[dict]) -> tuple[list[dict], list[dict], int]:
    """What a newer export changes in rows imported before: counts, withdrawals and the platform's
    answer. An answer the forum gave in MSF Desk is never replaced by the platform's."""
    by_platform: dict[str, list[dict]] = {}
    for row in rows:
        by_platform.setdefault(row["source_platform"], []).append(row)
    updates, previous, kept = [], [], 0
    for platform, items in by_platform.items():
        stored = store.rows_by_source(db, consultation_id, platform, [r["source_id"] for r in items])
        for row in items:
            old = stored.get(row["source_id"])
            if old is None:
                continue
            change = {k: row[k] for k in _UPDATED_BY_PLATFORM if row[k] != old[k] and
                      (row[k] is not None or k == "withdrawn_on")}
            if row["outcome"] is not None and any(row[k] != old[k] for k in _ANSWER):
                forum_answer = old["outcome"] is not None and old["decided_by"] != row["decided_by"]
                if forum_answer:
                    kept += 1
                else:
                    change.update({k: row[k] for k in _ANSWER})
            if change:
                updates.append({"id": old["id"], **change})
                previous.append({"id": old["id"], **{k: old[k] for k in change}})
    return updates, previous, kept


def import_contributions(db, path: str | Path, consultation_id: int, *, mapping: dict[str, str] | None = None,
                         dry_run: bool = False, today: dt.date | None = None, remember: bool = True,
                         sheet: Sheet | None = None, progress=None) -> ImportResult:
    """Check every row; write the new ones (and the newer answers of rows imported before) in one
    transaction, or nothing if any row is bad.

    Rows already imported (same platform id; or, without one, same consultation, contributor,
    date, text and section) are not added again. `progress(done, total)`, when given (a worker's),
    is called every few thousand rows written; it may raise to stop, and then nothing is written.
    """
    today = today or dt.date.today()
    path = Path(path)
    consultation = core.get_consultation(db, consultation_id)
    sheet = sheet or read_table(path)
    plan = plan_import(db, sheet, mapping)
    days, off = consultations_due.due_rule(db)

    def due(received):
        return consultations_due.due_date(received, days, off)

    if plan.layout is not None:
        fields_sheet, skipped = platform_sheet(sheet, plan.layout, forum_context(db))
        columns = {name: name for name in fields_sheet.headers}
        parsed = parse_sheet(fields_sheet, consultation, columns, today=today, due_rule=due,
                             platform=plan.layout.platform, platform_label=plan.layout.label.split(" ")[0],
                             labels=plan.layout.labels, progress=progress)
        parsed.notes.insert(0, M_("Recognised as a {layout} (read as {source}).").format(
            layout=plan.layout.label, source=plan.layout.source))
        if skipped:
            parsed.notes.append(M_("Left out of the text, as they hold only numbers or web addresses: {columns}.").format(
                columns=", ".join(skipped)))
        result_mapping: dict[str, str] = {}
    else:
        skipped = []
        if plan.origin == "recognised":
            _refuse_unless_certain(sheet, plan.mapping)
        columns = check_mapping(plan.mapping, sheet.headers, sheet.source)
        text_problem = _text_column_problem(sheet, columns)
        if text_problem:
            raise ImportFailed(sheet.source, [text_problem])
        parsed = parse_sheet(sheet, consultation, columns, today=today, due_rule=due, progress=progress)
        result_mapping = {h: columns[normalise_header(h)] for h in sheet.headers if normalise_header(h) in columns}
    if parsed.problems:
        raise ImportFailed(sheet.source, sorted(parsed.problems, key=lambda p: (p.row, p.column)))
    if sheet.encoding_note:
        parsed.notes.insert(0, sheet.encoding_note)
    if not parsed.rows:
        raise UserError(M_("{source} has a header but no contributions in it.").format(source=sheet.source))
    existing = store.existing_fingerprints(db, parsed.fingerprints)
    new_rows = [r for r in parsed.rows if r["import_fingerprint"] not in existing]
    again = [r for r in parsed.rows if r["import_fingerprint"] in existing and r["source_id"]]
    updates, previous, kept = _updates(db, consultation_id, again)
    if kept:
        parsed.notes.append(M_n("{count} contribution already answered in MSF Desk keeps that answer; the "
                                "platform's newer answer was not taken over.",
                                "{count} contributions already answered in MSF Desk keep that answer; the "
                                "platform's newer answer was not taken over.", kept).format(count=kept))
    result = ImportResult(
        source=sheet.source, consultation_id=consultation_id, rows=len(parsed.rows), added=len(new_rows),
        already_imported=len(parsed.rows) - len(new_rows) - len(updates), updated=len(updates),
        mapping=result_mapping, mapping_from=plan.origin, layout=plan.layout.label if plan.layout else "",
        notes=parsed.notes, dry_run=dry_run, fingerprints=[r["import_fingerprint"] for r in new_rows],
        preview=_preview_rows(parsed.rows), previous=previous,
        unused_columns=[h for h in sheet.headers if h in set(plan.unused_columns()) | set(skipped)],
    )
    if dry_run:
        return result
    n, u = len(new_rows), len(updates)
    sentence = (f"Imported {n} contribution{'s' if n != 1 else ''} from {sheet.source} "
                f"into the consultation “{consultation.name}”" + (f" ({u} updated)" if u else ""))
    with transaction(db, sentence, action="import"):
        store.insert_contribution_rows(db, _counted(new_rows, progress) if progress is not None else new_rows)
        store.apply_import_updates(db, updates)
        store.link_comments_to_their_proposals(db, consultation_id)
        if remember and plan.origin in ("given", "remembered"):
            store.save_mapping(db, headers_key(sheet.headers), sheet.headers, result.mapping)
    return result


def _counted(rows: list[dict], progress):
    """The rows, calling `progress(done, total)` every 2,000 as they are taken."""
    for n, row in enumerate(rows):
        if n % 2000 == 0:
            progress(n, len(rows))
        yield row


def undo_import(db, fingerprints: list[str], previous: list, *, progress=None) -> None:
    """Take back one import: remove the rows it added (by fingerprint) and put back what it
    updated in rows imported before, in one transaction. `progress` as for import_contributions."""
    with transaction(db):
        store.delete_by_fingerprints(db, fingerprints, progress=progress)
        store.apply_import_updates(db, previous)
