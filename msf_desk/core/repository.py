"""The public repository package: what the forum publishes, under which stable names.

`plan(db, as_of)` decides which public items exist and where each goes in the package
(e.g. ``meetings/2026-03-14-regular/minutes.pdf``) so that links on the forum's website
survive re-exports. It reads records and writes nothing; exports.repository renders it.

What the public may see is decided here or in the other areas' core functions
(core.audience: pack_for, minutes_for, register_of_interests, report with audience 'public'):
never an e-mail or phone (the forum's public contact address excepted), no withheld or
confidential paper's content, no forum-only interest, no draft minutes, no name a person
did not agree to publish.

Each export is recorded in the settings table, so the compliance check can tell when the
repository was last updated and what it held.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import field

from msf_desk.core.language import N_, _, current
from msf_desk.core.language import day as day_words
from msf_desk.core import consultations_due, forum, papers, process_documents
from msf_desk.core.audience.pack import pack_for
from msf_desk.core.export_record import SETTING_HISTORY, SETTING_LAST, ExportRecord, export_history
from msf_desk.core.meetings import list_meetings
from msf_desk.core.members import list_members, list_rounds
from msf_desk.model.members import OUTCOMES, SECTORS, SIDES
from msf_desk.core.minutes_reads import get_minutes
from msf_desk.model.minutes import LOCKED
from msf_desk.model.errors import UserError
from msf_desk.store import process_documents as export_store
from msf_desk.store import responses as response_store
from msf_desk.store.db import transaction
from msf_desk.store.forum import get_setting, profile_updated, set_setting
from msf_desk.model.messages import M_
from msf_desk.model.records import record

HISTORY_KEPT = 50
LANGUAGE = "en"  # MSF Desk writes its documents in English; names keep their own scripts

KIND_SLUGS = {
    "regular": "regular",
    "extraordinary": "extraordinary",
    "working_group": "working-group",
    "open_meeting": "open-meeting",
    "consultation_event": "consultation-event",
}
GOVERNANCE_FIELDS = {
    "remit": "Remit",
    "decision_rule": "How decisions are made",
    "agenda_setter": "Who sets the agenda",
    "conflicts_policy": "How conflicts of interest are managed",
    "minutes_detail": "How detailed the minutes are",
    "decision_powers": "What the forum may decide",
}
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "csv": "text/csv",
    "json": "application/json",
    "ics": "text/calendar",
    "png": "image/png",
    "html": "text/html",
    "sqlite": "application/vnd.sqlite3",
}
INDEX = "index.html"
MANIFEST_JSON = "manifest.json"
MANIFEST_CSV = "manifest.csv"
OPEN_DATA_SQLITE = "open-data/forum.sqlite"
OPEN_DATA_METADATA = "open-data/metadata.json"
SETTING_LICENCE = "repository.open_data_licence"
DEFAULT_LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")
CHARTS = {
    "meetings": ("compliance/charts/meetings-per-quarter.png", N_("Forum meetings per quarter against the target")),
    "parity": ("compliance/charts/parity-over-time.png", N_("Voting seats by side over time")),
    "responses": ("compliance/charts/response-times.png", N_("Time taken to answer contributions")),
}


STANDARDS_CHART = "compliance/charts/standards-{key}.png"  # one per chosen framework other than 2017
STANDARDS_CHART_TITLE = N_("Each requirement of {framework} and where the forum stands")


def slug(text: str, limit: int = 50) -> str:
    """ASCII letters, digits and hyphens: safe in any file system and any URL."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")


# --- the export record (msf_desk.core.export_record: Today reads it without loading the plan) ---

def record_export(db, record: ExportRecord) -> None:
    history = [record] + export_history(db)
    with transaction(db):
        export_store.add_export(db, record.on, record.at, record.files, record.size, record.package_hash,
                                record.added, record.changed, record.removed)
        set_setting(db, SETTING_LAST, json.dumps(record.to_json(), ensure_ascii=False))
        set_setting(db, SETTING_HISTORY, json.dumps([r.to_json() for r in history[:HISTORY_KEPT]],
                                                    ensure_ascii=False))


SETTING_KEPT = "repository.kept"
FOLDERS_KEPT = 4


def _kept_all(db) -> dict:
    try:
        data = json.loads(get_setting(db, SETTING_KEPT) or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def kept_files(db, folder: str) -> dict[str, tuple[str, str, dict | None]]:
    """What the last export into the package folder `folder` recorded of the files it made from the
    forum's records (a consultation's report and open data, forum.sqlite, the charts): {path: (a
    fingerprint of what it was made from, its SHA-256, what its making read of the forum-wide
    records or None)}. Kept in the forum, not in the public manifest: the fingerprints cover
    private fields (a change there must not change a public file)."""
    entry = _kept_all(db).get(folder)
    if not isinstance(entry, dict):
        return {}
    return {p: (v[0], v[1], v[2] if len(v) == 3 and isinstance(v[2], dict) else None) for p, v in entry.items()
            if isinstance(v, list) and len(v) in (2, 3) and all(isinstance(x, str) for x in v[:2])}


def keep_files(db, folders: dict[str, dict[str, tuple]]) -> None:
    """Record `kept_files` for each folder just exported into; the last FOLDERS_KEPT folders are
    remembered (an export into a folder not remembered writes every file)."""
    if getattr(db, "read_only", False):
        return
    before = get_setting(db, SETTING_KEPT) or ""
    data = _kept_all(db)
    for folder, files in folders.items():
        data.pop(folder, None)
        data[folder] = {p: list(v) if len(v) < 3 or v[2] is not None else list(v[:2])
                        for p, v in sorted(files.items())}
    while len(data) > FOLDERS_KEPT:
        data.pop(next(iter(data)))
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
    if text != before:
        with transaction(db):
            set_setting(db, SETTING_KEPT, text)


SETTING_ZIPS = "repository.zips"


def kept_zip(db, path: str) -> dict | None:
    """What the last export recorded of the zip at `path`: {"sha256": the zip's own SHA-256,
    "generated": its date, "files": {path in the zip: SHA-256 of its bytes}}, or None."""
    try:
        data = json.loads(get_setting(db, SETTING_ZIPS) or "{}")
    except ValueError:
        return None
    entry = data.get(path) if isinstance(data, dict) else None
    if not (isinstance(entry, dict) and isinstance(entry.get("sha256"), str) and isinstance(entry.get("files"), dict)
            and isinstance(entry.get("generated"), str)):
        return None
    return entry


def keep_zip(db, path: str, record: dict) -> None:
    """Record `kept_zip` for the zip just written (the last FOLDERS_KEPT zips are remembered)."""
    if getattr(db, "read_only", False):
        return
    before = get_setting(db, SETTING_ZIPS) or ""
    try:
        data = json.loads(before or "{}")
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    data.pop(path, None)
    data[path] = record
    while len(data) > FOLDERS_KEPT:
        data.pop(next(iter(data)))
    text = json.dumps(data, ensure_ascii=False)
    if text != before:
        with transaction(db):
            set_setting(db, SETTING_ZIPS, text)


def open_data_licence(db) -> tuple[str, str]:
    """The licence the open data is published under (name, address): the forum's choice, or
    CC BY 4.0 until it makes one."""
    try:
        data = json.loads(get_setting(db, SETTING_LICENCE) or "null")
        return (str(data["name"]), str(data.get("url", ""))) if data else DEFAULT_LICENCE
    except (ValueError, KeyError, TypeError):
        return DEFAULT_LICENCE


def set_open_data_licence(db, name: str, url: str = "") -> None:
    if not name.strip():
        raise UserError(M_("--licence: give the licence's name (for example 'CC BY 4.0' or 'ODC-BY-1.0')."))
    if url.strip() and not re.match(r"https?://", url.strip()):
        raise UserError(M_("--licence-url: {url} is not a web address (it starts with http:// or https://).").format(url=url.strip()))
    set_setting(db, SETTING_LICENCE, json.dumps({"name": name.strip(), "url": url.strip()}, ensure_ascii=False))


def export_days(db) -> list[dt.date]:
    """The day of every repository export ever recorded, oldest first (the whole history, not
    only the last 50 the settings keep)."""
    return [day for day, _changes in export_store.export_days(db)]


# --- governance ------------------------------------------------------------------------------

def governance_missing(profile) -> list[str]:
    """The governance fields the profile leaves empty, by label."""
    return [label for name, label in GOVERNANCE_FIELDS.items() if not str(getattr(profile, name, "")).strip()]


def governance_fingerprint(profile) -> str:
    """Changes whenever what the governance document says changes."""
    parts = [profile.name, profile.decision_rule_text(), profile.quorum_text(), profile.frequency_text()]
    parts += [str(getattr(profile, name)) for name in GOVERNANCE_FIELDS]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


# --- what the public sees of members and selection rounds --------------------------------------

@record
class PublicMember:
    name: str  # '' where the name may not be published: the organisation stands for it
    organisation: str
    side: str
    side_label: str
    sector_label: str
    role_label: str
    voting: bool
    high_level: bool
    term_start: dt.date | None
    term_end: dt.date | None
    alternate_for: str = ""

    @property
    def shown(self) -> str:
        return self.name or self.organisation or "A member of the forum"


def may_name(member, profile) -> bool:
    return bool(profile.publish_names and member.publish_name)


def public_members(members: list, profile, on: dt.date) -> list[PublicMember]:
    """Members serving on `on`, public fields only: no e-mail, phone or biography; names only
    where the forum and the member allow it."""
    order = {"co_chair": 0, "member": 1, "alternate": 2, "observer": 3, "secretariat": 4}
    by_id = {m.id: m for m in members}
    out = []
    for m in sorted((m for m in members if m.serving_on(on)),
                    key=lambda m: (m.side != "government", order.get(m.role, 9), m.organisation.casefold(),
                                   m.name.casefold())):
        holder = by_id.get(m.alternate_for) if m.alternate_for else None
        holder_text = ""
        if holder is not None:
            holder_text = holder.name if may_name(holder, profile) else (holder.organisation or "a member")
        out.append(PublicMember(
            name=m.name if may_name(m, profile) else "", organisation=m.organisation, side=m.side,
            side_label=m.side_label, sector_label=m.sector_label, role_label=m.role_label,
            voting=bool(m.voting), high_level=bool(m.high_level), term_start=m.term_start,
            term_end=m.term_end, alternate_for=holder_text))
    return out


def public_parity_lines(parity) -> list[str]:
    """The parity picture without anyone's name (names follow the members list's rules), in the
    document's language."""
    return parity.verdict(public=True)


@record
class PublicRound:
    title: str
    side_label: str
    method_label: str
    call_opened: dt.date | None
    call_closed: dt.date | None
    advertised: str
    led_by: str
    result: str
    result_date: dt.date | None
    candidates: list[tuple[str, str, str, str]]  # organisation, sector, outcome, votes


def public_rounds(rounds: list) -> list[PublicRound]:
    """Selection rounds as published: candidates by organisation (they gave no consent to be
    named), no internal notes."""
    out = []
    for r in sorted(rounds, key=lambda r: (r.call_opened or r.result_date or dt.date.min, r.id or 0)):
        out.append(PublicRound(
            title=r.title, side_label=SIDES.get(r.side, "Both sides"), method_label=r.method_label,
            call_opened=r.call_opened, call_closed=r.call_closed, advertised=r.advertised, led_by=r.led_by,
            result=r.result, result_date=r.result_date,
            candidates=[(c.organisation or N_("Individual candidate"), SECTORS.get(c.sector, c.sector),
                         OUTCOMES.get(c.outcome, c.outcome), "" if c.votes is None else str(c.votes))
                        for c in r.candidates]))
    return out


# --- the plan of the package -------------------------------------------------------------------

@record
class PlannedFile:
    path: str  # relative, forward slashes
    title: str
    kind: str
    format: str
    date: dt.date | None
    meeting_id: int | None = None
    consultation_id: int | None = None
    source: str = ""  # for papers and process documents: the stored file in the forum's storage
    # The document language the file was written in (the language of the package it is part of).
    language: str = field(default_factory=current)
    document_id: int | None = None  # for process documents
    document_type: str = ""

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES.get(self.format, "application/octet-stream")


@record
class MeetingEntry:
    meeting_id: int
    folder: str
    title: str
    day: dt.date
    kind_label: str
    status: str
    status_label: str
    status_reason: str
    remote_offered: bool
    pack_day: dt.date | None = None  # set when the public pack is published
    minutes_day: dt.date | None = None  # set when approved minutes are published
    files: list[PlannedFile] = field(default_factory=list)


@record
class ConsultationEntry:
    consultation_id: int
    folder: str
    name: str
    stage_label: str
    opens_on: dt.date | None
    closes_on: dt.date | None
    status: str  # 'planned' | 'open' | 'closed'
    report_day: dt.date | None  # the day its report describes; None while planned
    answered_all: bool = False
    files: list[PlannedFile] = field(default_factory=list)


@record
class Plan:
    as_of: dt.date
    forum_name: str
    governance_fingerprint: str
    governance_day: dt.date
    members_day: dt.date
    rounds_day: dt.date
    decisions_day: dt.date
    calendar_stamp: dt.datetime
    meetings: list[MeetingEntry]
    consultations: list[ConsultationEntry]
    forum_files: list[PlannedFile]
    register_files: list[PlannedFile]
    other_files: list[PlannedFile]  # calendar, compliance report and charts
    document_files: list[PlannedFile] = field(default_factory=list)  # process documents (public ones)
    # Process documents published in another language's folder of the package: (file, link
    # from this language's index.html).
    documents_elsewhere: list[tuple[PlannedFile, str]] = field(default_factory=list)

    def files(self) -> list[PlannedFile]:
        out = list(self.forum_files)
        for m in self.meetings:
            out += m.files
        out += self.register_files
        for c in self.consultations:
            out += c.files
        out += self.document_files
        out += self.other_files
        return out

    def paths(self) -> list[str]:
        return [f.path for f in self.files()] + [INDEX]


def meeting_folders(meetings: list) -> dict[int, str]:
    """Folder names 'YYYY-MM-DD-<kind>'; a second meeting of the same kind on the same day
    (by id, so the first keeps its name) gets '-2', a third '-3'."""
    folders: dict[int, str] = {}
    seen: dict[str, int] = {}
    for m in sorted(meetings, key=lambda m: (m.day, m.kind, m.id)):
        base = f"{m.day.isoformat()}-{KIND_SLUGS.get(m.kind, slug(m.kind) or 'meeting')}"
        seen[base] = seen.get(base, 0) + 1
        folders[m.id] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return folders


def consultation_folder(consultation) -> str:
    return f"{consultation.id}-{slug(consultation.name) or 'consultation'}"


def _both(stem: str, title: str, kind: str, day: dt.date | None, **ids) -> list[PlannedFile]:
    return [PlannedFile(f"{stem}.{fmt}", title, kind, fmt, day, **ids) for fmt in ("pdf", "docx")]


def _stamp(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.timezone.utc)


def members_changed_on(members: list, as_of: dt.date) -> dt.date:
    """The last day on or before `as_of` when someone joined or left: the membership list's date."""
    days = [dt.date(2000, 1, 1)]
    for m in members:
        for day in (m.term_start, m.term_end + dt.timedelta(days=1) if m.term_end else None, m.status_date):
            if day and day <= as_of:
                days.append(day)
    return max(days)


def plan(db, as_of: dt.date, progress=None) -> Plan:
    """Which public items exist on `as_of`, with their stable paths, titles and dates."""
    profile = forum.load(db)
    members = list_members(db)
    rounds = list_rounds(db)
    meetings = [m for m in list_meetings(db) if m.public]
    folders = meeting_folders(meetings)

    updated = _stamp(profile_updated(db))
    governance_day = updated.date() if updated else dt.date(2000, 1, 1)
    forum_files = _both("forum/governance", _("Remit and governance"), "governance", governance_day)
    members_day = members_changed_on(members, as_of)
    forum_files += _both("forum/members", _("Members and parity"), "members", members_day)
    forum_files.append(PlannedFile("forum/members.csv", _("Members (open data)"), "members", "csv", members_day))
    rounds_day = max([d for r in rounds for d in (r.call_opened, r.call_closed, r.result_date) if d]
                     or [governance_day])
    forum_files += _both("forum/selection-rounds", _("Selection rounds"), "selection_rounds", rounds_day)

    entries: list[MeetingEntry] = []
    decisions_day = dt.date(2000, 1, 1)
    for m in sorted(meetings, key=lambda m: (m.starts_at, m.id)):
        if progress is not None:
            progress(0, 0)   # between meetings and consultations: where a Cancel takes effect
        folder = f"meetings/{folders[m.id]}"
        entry = MeetingEntry(m.id, folder, m.title, m.day, m.kind_label, m.status, m.status_label,
                             m.status_reason if m.status in ("cancelled", "postponed") else "",
                             bool(m.remote_offered))
        ids = {"meeting_id": m.id}
        when = f"{m.title} ({day_words(m.day)})"
        if m.agenda_status == "sent" or (m.status == "held" and m.agenda_status == "approved"):
            entry.pack_day = m.agenda_sent_on or m.notice_sent_on or m.day
            entry.files += _both(f"{folder}/pack", _("Public pack: {meeting}").format(meeting=when), "pack", entry.pack_day, **ids)
            entry.files += _paper_files(db, m, folder, entry.pack_day, papers)
        minutes = get_minutes(db, m.id)
        if minutes is not None and minutes.status in LOCKED:
            entry.minutes_day = minutes.published_on or minutes.approved_on or m.day
            decisions_day = max(decisions_day, entry.minutes_day)
            entry.files += _both(f"{folder}/minutes", _("Minutes: {title}").format(title=when), "minutes", entry.minutes_day, **ids)
            entry.files.append(PlannedFile(f"{folder}/participants.csv", _("Participants: {meeting}").format(meeting=when), "participants",
                                           "csv", entry.minutes_day, **ids))
        entries.append(entry)

    register_files = []
    register_files += _both("registers/decisions", _("Decisions register"), "decisions", decisions_day)
    register_files.append(PlannedFile("registers/decisions.csv", _("Decisions register (open data)"), "decisions",
                                      "csv", decisions_day))
    register_files += _both("registers/actions", _("Action tracker"), "actions", as_of)
    register_files.append(PlannedFile("registers/actions.csv", _("Action tracker (open data)"), "actions", "csv",
                                      as_of))
    register_files += _both("registers/interests", _("Register of interests"), "interests", as_of)
    register_files.append(PlannedFile("registers/interests.csv", _("Register of interests (open data)"),
                                      "interests", "csv", as_of))

    consultation_entries = []
    for c in sorted(consultations_due.list_consultations(db), key=lambda c: c.id):
        status = c.status_on(as_of)
        folder = f"consultations/{consultation_folder(c)}"
        entry = ConsultationEntry(c.id, folder, c.name, c.stage_label, c.opens_on, c.closes_on, status, None)
        if progress is not None:
            progress(0, 0)
        if status != "planned":
            # Counted in SQL: reading 100,000 contributions here took seconds before anything was written.
            unanswered, last_answered = response_store.answers_state(db, c.id)
            entry.answered_all = unanswered == 0
            if status == "closed" and entry.answered_all:
                # Finished: the report describes the day after the last answer (or after closing),
                # so re-exporting it later changes nothing.
                entry.report_day = max([c.closes_on + dt.timedelta(days=1)] + ([last_answered] if last_answered else []))
            else:
                entry.report_day = as_of
            ids = {"consultation_id": c.id}
            entry.files += _both(f"{folder}/report", _("Reasoned response: {name}").format(name=c.name), "response_report",
                                 entry.report_day, **ids)
            entry.files.append(PlannedFile(f"{folder}/contributions.csv", _("Contributions and responses: {name}").format(name=c.name),
                                           "open_data", "csv", entry.report_day, **ids))
            entry.files.append(PlannedFile(f"{folder}/contributions.json", _("Contributions and responses: {name}").format(name=c.name),
                                           "open_data", "json", entry.report_day, **ids))
        consultation_entries.append(entry)

    document_files = process_document_files(db)

    created = [s for s in (_stamp(m.created) for m in meetings) if s]
    calendar_stamp = max(created) if created else _midnight(as_of)
    other = [PlannedFile("calendar/meetings.ics", _("Calendar of meetings"), "calendar", "ics", calendar_stamp.date())]
    other += _both("compliance/report", _("Compliance with the participation and co-creation standards"),
                   "compliance", as_of)
    for path, title in CHARTS.values():
        other.append(PlannedFile(path, _(title), "chart", "png", as_of))
    # The same public records as one database, and its description for Datasette.
    other.append(PlannedFile(OPEN_DATA_SQLITE, _("Public records (SQLite database)"), "open_data_sqlite", "sqlite",
                             as_of))
    other.append(PlannedFile(OPEN_DATA_METADATA, _("Public records: description of the tables (Datasette metadata)"),
                             "open_data_sqlite", "json", as_of))

    return Plan(as_of=as_of, forum_name=profile.name, governance_fingerprint=governance_fingerprint(profile),
                governance_day=governance_day, members_day=members_day, rounds_day=rounds_day,
                decisions_day=decisions_day, calendar_stamp=calendar_stamp.replace(microsecond=0),
                meetings=entries, consultations=consultation_entries, forum_files=forum_files,
                register_files=register_files, other_files=other, document_files=document_files)


def document_home(tag: str, codes: list[str]) -> str:
    """The language folder of the repository a process document is published in: its own
    language where the forum publishes in it ('fr', 'fr-CA' → fr), else the forum's first (a
    document with no language, or in one the forum does not publish in, is in the main folder)."""
    primary = (tag or "").split("-")[0].split("_")[0].strip().lower()
    return primary if primary in codes else codes[0]


def split_documents(files: list[PlannedFile], codes: list[str], here: str
                    ) -> tuple[list[PlannedFile], list[tuple[PlannedFile, str]]]:
    """The process documents of the language part `here` (published in its folder), and the
    others with the link to them from its index.html (the first language is at the root, each
    other in the folder named by its code)."""
    first = codes[0] if codes else here
    up = "" if here == first else "../"
    mine, elsewhere = [], []
    for f in files:
        home = document_home(f.language, codes or [here])
        if home == here:
            mine.append(f)
        else:
            elsewhere.append((f, f"{up}{'' if home == first else home + '/'}{f.path}"))
    return mine, elsewhere


def process_document_files(db) -> list[PlannedFile]:
    """The public process documents under their stable names (non-public ones never)."""
    docs = process_documents.list_documents(db, public_only=True)
    names = process_documents.published_names(docs)
    out = []
    for d in docs:
        if d.id not in names:
            continue
        path = names[d.id]
        fmt = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
        out.append(PlannedFile(path, _("{label}: {value}").format(label=_(d.type_label), value=d.title),
                               "process_document", fmt, d.issued_on,
                               source=d.stored_path, language=d.language, document_id=d.id,
                               document_type=d.doc_type))
    return out


def _paper_files(db, meeting, folder: str, day: dt.date, papers_module) -> list[PlannedFile]:
    """The public papers' own files (withheld and confidential ones never), numbered as in the pack."""
    pack = pack_for(db, meeting.id, "public", today=day)
    stored = {(p.title, p.sha256): p for p in papers_module.papers_of(db, meeting.id)
              if p.is_public and p.stored_path}
    out = []
    for view in pack.papers:
        paper = stored.get((view.title, view.sha256))
        if view.withheld or paper is None or view.disclosure != "public":
            continue
        name = papers_module.safe_file_name(paper.file_name or "paper")
        out.append(PlannedFile(f"{folder}/papers/{view.number:02d}-{name}", _("Paper {number}: {title}").format(number=view.number, title=view.title),
                               "paper", name.rsplit(".", 1)[-1].lower() if "." in name else "",
                               day, meeting_id=meeting.id, source=paper.stored_path))
    return out
