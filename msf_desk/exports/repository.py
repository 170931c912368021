"""Write the public repository package: a folder (and optionally a .zip) to upload as is.

The plan (which items, under which stable names) comes from msf_desk.core.repository; each
item is rendered by its own area's public functions with audience 'public'. Files are
rendered into a staging folder beside the package, compared by SHA-256 with what the folder
already holds, and only new or changed files are moved in: a cancelled or failed export
leaves the previous package as it was, and an unchanged forum rewrites nothing.

The folder is then reconciled with what should be there, not with the previous manifest:
every file the package should not hold is removed (a paper made confidential since, or a
file an earlier export that died half-way left behind), and the two manifests are moved in
last, only once the folder matches them. Hidden entries (names starting with '.') are left
alone, except the leftovers of killed exports. A paper whose stored path leads outside the
forum's storage folder is never copied.

Files carry dates from the records (not the clock), so the same records give the same bytes;
the time each file's content was generated is kept in the manifest only.
"""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import json
import os
import secrets
import shutil
import time
import sqlite3
import zipfile
from contextlib import contextmanager
from dataclasses import asdict, field
from pathlib import Path
from typing import Callable

from msf_desk.core import language
from msf_desk.core import repository as plan_core
from msf_desk.core.attachments import inside_storage
from msf_desk.core.audience import responses as audience_responses
from msf_desk.model import consumed
from msf_desk.model.errors import UserError
from msf_desk.core.export_record import ExportRecord
from msf_desk.core.repository import INDEX, MANIFEST_CSV, MANIFEST_JSON, PlannedFile
from msf_desk.core.tabular import SafeDictWriter
from msf_desk.exports import open_data
from msf_desk.exports.atomic import (Cancelled, Progress, announce, atomic_write, check_writable_folder, checkpoint,
                                     clean_leftovers, every, hold)
from msf_desk.model.messages import M_
from msf_desk.model.records import record

GENERATOR = "MSF Desk"
MANIFEST_VERSION = 1
MANIFEST_COLUMNS = ["path", "title", "kind", "format", "media_type", "meeting_id", "meeting", "consultation_id",
                    "consultation", "date", "language", "sha256", "size", "generated"]


@record
class ManifestEntry:
    path: str
    title: str
    kind: str
    format: str
    media_type: str
    meeting_id: int | None
    meeting: str
    consultation_id: int | None
    consultation: str
    date: str
    language: str
    sha256: str
    size: int
    generated: str
    render_key: str = ""  # what the document was rendered from (JSON manifest only; see _Renderer)


@record
class ExportResult:
    folder: Path
    zip_path: Path | None
    entries: list[ManifestEntry]
    added: list[str]
    changed: list[str]
    removed: list[str]
    size: int
    package_hash: str
    seconds: float
    record: ExportRecord
    # The same repository in the forum's other document languages, each in a folder of its own.
    parts: dict[str, "ExportResult"] = field(default_factory=dict)
    language: str = ""  # the document language of this part
    skipped: list[str] = field(default_factory=list)  # papers whose stored file is missing
    refused: list[str] = field(default_factory=list)  # papers whose stored path leads outside the storage
    reused: list[str] = field(default_factory=list)  # documents copied, not laid out again
    # {path: (fingerprint of the records it was made from, SHA-256)}, recorded in the forum
    made_from: dict[str, tuple[str, str, dict | None]] = field(default_factory=dict, repr=False)

    @property
    def file_count(self) -> int:
        """Every file in the folder: the listed ones and the two manifests."""
        return len(self.entries) + 2

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def summary(self) -> str:
        if self.unchanged:
            text = f"Nothing changed since the last export ({self.file_count} files)."
        else:
            text = (f"{self.file_count} files: {len(self.added)} added, {len(self.changed)} changed, "
                    f"{len(self.removed)} removed since the last export.")
        for code, part in self.parts.items():
            text += f" In {code}/: " + part.summary()[:1].lower() + part.summary()[1:]
        return text

    def to_json(self) -> dict:
        return {"folder": str(self.folder), "zip": str(self.zip_path) if self.zip_path else None,
                "language": self.language,
                "languages": {code: part.to_json() for code, part in self.parts.items()},
                "files": self.file_count, "size": self.size, "package_hash": self.package_hash,
                "added": self.added, "changed": self.changed, "removed": self.removed,
                "skipped": self.skipped, "refused": self.refused, "reused": len(self.reused), "seconds": round(self.seconds, 2), "summary": self.summary()}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def iso_day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _midnight(day: dt.date | None) -> dt.datetime:
    day = day or dt.date(2000, 1, 1)
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.timezone.utc)


# --- the folder ------------------------------------------------------------------------------

def read_manifest(folder: Path) -> dict | None:
    path = Path(folder) / MANIFEST_JSON
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("generator") == GENERATOR else None


PACKAGE_TOP = {INDEX, MANIFEST_JSON, MANIFEST_CSV, "forum", "meetings", "registers", "consultations", "calendar",
               "compliance", "open-data", "process-documents", *language.SHIPPED}


def _check_folder(out: Path) -> dict | None:
    """The folder must be new, empty or one this program exported into before (with its
    manifest, or the files of a first export that was killed before its manifest was moved
    in); never a folder of someone's other files (a package is uploaded whole)."""
    if out.exists() and not out.is_dir():
        raise UserError(M_("{out} is a file; choose a folder for the repository.").format(out=out))
    previous = read_manifest(out) if out.exists() else None
    if out.exists() and previous is None and any(p for p in out.iterdir()
                                                 if not p.name.startswith(".") and p.name not in PACKAGE_TOP):
        raise UserError(M_("The folder {out} already holds other files. Choose an empty folder, or the folder of an earlier repository export.").format(out=out))
    return previous


def staging_prefix(out: Path) -> str:
    return f".{out.name}.msf-staging-"


# --- rendering each kind ----------------------------------------------------------------------

_WRITERS_FINGERPRINT: str | None = None


def _writers_fingerprint() -> str:
    """Changes when the document model, the writers or their libraries change."""
    global _WRITERS_FINGERPRINT
    if _WRITERS_FINGERPRINT is None:
        import docx
        import reportlab

        from msf_desk.exports import bidi_lines, document, docx_writer, fonts, pdf_writer

        digest = hashlib.sha256(f"{reportlab.Version}|{getattr(docx, '__version__', '')}".encode())
        for module in (document, fonts, pdf_writer, docx_writer, bidi_lines):
            digest.update(Path(module.__file__).read_bytes())
        for catalogue in sorted(language.locale_dir().glob("*/LC_MESSAGES/*.mo")):  # the writers' own words
            digest.update(catalogue.read_bytes())
        for font in fonts.bundled_files():  # a font rebuilt or added changes the PDFs too
            digest.update(f"{font.name}|{font.stat().st_size}|".encode())
        _WRITERS_FINGERPRINT = digest.hexdigest()
    return _WRITERS_FINGERPRINT


_PROGRAM_FINGERPRINT: str | None = None
_LIBRARIES = ("babel", "pillow", "reportlab", "python-docx", "sqlite-utils", "icalendar")


def _program_fingerprint() -> str:
    """Changes when any of the program changes: the writers' fingerprint, every module's source (the
    version where the sources are not on disk), the libraries, Python and SQLite. For the files keyed
    by the records they are read from (a consultation's open data, forum.sqlite, the charts), whose
    text any of our code between the records and the file may shape."""
    global _PROGRAM_FINGERPRINT
    if _PROGRAM_FINGERPRINT is None:
        import sqlite3
        import sys
        from importlib import metadata

        import msf_desk

        digest = hashlib.sha256(f"{_writers_fingerprint()}|{msf_desk.__version__}|{sys.version}|"
                                f"{sqlite3.sqlite_version}|".encode())
        for name in _LIBRARIES:
            try:
                digest.update(f"{name}={metadata.version(name)}|".encode())
            except metadata.PackageNotFoundError:
                digest.update(f"{name}=|".encode())
        root = Path(msf_desk.__file__).resolve().parent
        for path in sorted(root.rglob("*.py")):
            digest.update(f"{path.relative_to(root).as_posix()}|".encode())
            digest.update(path.read_bytes())
        _PROGRAM_FINGERPRINT = digest.hexdigest()
    return _PROGRAM_FINGERPRINT


def input_key(*parts: str) -> str | None:
    """The render key of a file made from records rather than from a document description: the
    program's fingerprint, the document language and `parts` (what it was read from). None when a
    part has no stable text (an object shown by its address): such a file is always written."""
    text = "\x00".join(parts)
    if " at 0x" in text:
        return None
    return hashlib.sha256(f"{_program_fingerprint()}|{language.current()}|".encode() + text.encode()).hexdigest()


def _link_or_copy(source: Path, target: Path) -> None:
    """The staging folder's copy of a file kept as it is: a hard link where the file system allows
    (nothing writes to it; it is compared and dropped with the staging folder), else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def render_key(doc, fmt: str, created: dt.datetime) -> str:
    """A fingerprint of everything a rendered document depends on: its description (pictures by
    their bytes, not their path), its date, the format and the writers."""
    from msf_desk.exports.document import Image

    digest = hashlib.sha256(f"{_writers_fingerprint()}|{fmt}|{created.isoformat()}|".encode())
    digest.update(repr((doc.title, doc.subtitle, doc.header, doc.language, doc.author)).encode())
    for block in doc.blocks:
        if isinstance(block, Image):
            digest.update(f"Image|{block.alt}|{block.width}|".encode())
            digest.update(Path(block.path).read_bytes())
        else:
            digest.update(repr(block).encode())
    return digest.hexdigest()


@contextmanager
def watching(conn, reads: consumed.Reads):
    """Record into `reads` what is read of the forum-wide records (the watched forum profile and
    meetings' names, model.consumed) while a document is made. SQLite's authorizer checks the
    rest: a read of the forum or meetings tables other than through their watched records notes
    the whole table, and a read of a table the consultation's key does not cover makes the
    document's key unknown (it is then made again at every export)."""
    covered = audience_responses.INPUT_TABLES

    def authorizer(action, table, _column, _database, trigger):
        if action == sqlite3.SQLITE_READ and trigger is None and table and not table.startswith("sqlite_"):
            if table in audience_responses.WATCHED_TABLES:
                if not consumed.inside(reads, table):
                    reads.note_all(table)
            elif table not in covered:
                reads.unknown.append(table)
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorizer)
    try:
        with consumed.recording(reads):
            yield reads
    finally:
        conn.set_authorizer(None)


class _Renderer:
    """Renders planned files into the staging folder, calling each area's public functions."""

    def __init__(self, db, plan: plan_core.Plan, staging: Path, files_dir: Path | None,
                 tick: Callable[[], None], out: Path | None = None, previous: dict | None = None,
                 progress: Progress | None = None, shared: dict | None = None) -> None:
        from msf_desk.core import forum

        self.db, self.plan, self.staging, self.files_dir, self.tick = db, plan, staging, files_dir, tick
        self.progress = progress   # checked for a Cancel inside long steps that report nothing
        self.out = out
        self.previous = {e["path"]: e for e in (previous or {}).get("files", [])
                         if isinstance(e, dict) and "path" in e}
        self.profile = forum.load(db)
        self.parity_lines: list[str] = []
        self.render_keys: dict[str, str] = {}
        self.reused: list[str] = []
        self.known: dict[str, str] = {}   # path -> SHA-256 of the files kept as they are (hashed once)
        self._unchanged: dict[str, bool] = {}
        # Files made from the records (not from a document description): their fingerprints, kept
        # in the forum rather than in the public manifest (they cover private fields).
        self.kept = plan_core.kept_files(db, str(out.resolve())) if out is not None else {}
        self.private_keys: dict[str, str] = {}
        self.shared = shared if shared is not None else {}  # read once for every language's part
        # The same rows as the public files, for forum.sqlite: the small tables collected, each
        # consultation's contributions written into it as they are read (`sqlite`, opened with the
        # first of them), not held.
        self.open_data = open_data.Collector()
        self.sqlite: open_data.SqliteWriter | None = None
        # forum.sqlite: each consultation's open-data key, and those whose rows were not read
        # because their open-data files were kept (True: the previous forum.sqlite holds them).
        self.consultation_keys: list[tuple[int, str | None]] = []
        self.unread: dict[int, bool] = {}

    def target(self, planned: PlannedFile) -> Path:
        path = self.staging / planned.path
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def documents(self, files: list[PlannedFile], doc, created: dt.datetime) -> None:
        """Lay out `doc` in each format of `files`, unless the package holds it already."""
        from msf_desk.exports.docx_writer import write_docx
        from msf_desk.exports.pdf_writer import write_pdf

        writers = {"pdf": write_pdf, "docx": write_docx}
        for f in files:
            if f.format not in writers:
                continue
            key = self.render_keys[f.path] = render_key(doc, f.format, created)
            if self._reuse(f, key):
                continue
            writers[f.format](doc, self.target(f), lambda done, total: self.tick(), created=created)

    def _reuse(self, f: PlannedFile, key: str | None) -> bool:
        return self.reuse_path(f.path, key, private=False)

    def reuse_path(self, rel: str, key: str | None, private: bool = True) -> bool:
        """The file already in the package was made from the same thing (its render key: the same
        description, dates and writers; or the same records, day, language and program) and was
        not changed by hand since: keep it rather than make it again (a report of 100,000
        contributions takes minutes, its open data tens of seconds)."""
        if not self.would_reuse(rel, key, private):
            return False  # not made from the same, or changed by hand since: render it again
        old = self.previous[rel]
        existing = self.out / rel
        sha = old["sha256"]
        if private and old.get("render_key"):
            # a report kept without being described: the description it was laid out from stands
            self.render_keys.setdefault(rel, old["render_key"])
        target = self.staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(existing, target)
        self.known[rel] = sha
        self.reused.append(rel)
        return True

    def would_reuse(self, rel: str, key: str | None, private: bool = True) -> bool:
        """`reuse_path` would keep the file (it checks, it does not keep it)."""
        old = self.previous.get(rel)
        if private:  # keyed by the records: the forum recorded the key and the file it gave
            made = self.kept.get(rel)
            same = bool(key and old and made and made[0] == key and made[1] == old.get("sha256"))
        else:
            same = bool(key and old and old.get("render_key") == key)
        return same and self.unchanged_since(rel)

    def unchanged_since(self, rel: str) -> bool:
        """The package holds the file `rel` as the previous manifest lists it (hashed once)."""
        if rel not in self._unchanged:
            old = self.previous.get(rel)
            existing = self.out / rel if self.out is not None else None
            self._unchanged[rel] = bool(old and existing is not None and existing.is_file()
                                        and sha256_of(existing) == old.get("sha256"))
        return self._unchanged[rel]

    def record_key(self, rel: str, key: str | None, reads: dict | None = None) -> None:
        """The key of a file made from the records (kept in the forum, see `kept`), and what its
        making read of the forum-wide records (model.consumed), to key it on next time."""
        self.private_keys[rel] = (key or "", reads)

    def kept_reads(self, rel: str) -> dict | None:
        made = self.kept.get(rel)
        return made[2] if made else None

    def watching(self, reads: consumed.Reads):
        return watching(self.db.conn, reads)

    def _sink(self) -> open_data.SqliteWriter:
        """forum.sqlite in the staging folder, open for the consultations' rows as they are read."""
        if self.sqlite is None:
            # The previous forum.sqlite is attached to copy kept consultations' rows from (open_data_files).
            previous = self.out / plan_core.OPEN_DATA_SQLITE if self.out is not None else None
            self.sqlite = open_data.SqliteWriter(self.staging / plan_core.OPEN_DATA_SQLITE, self.progress,
                                                 previous=previous if previous and self.previous.get(
                                                     plan_core.OPEN_DATA_SQLITE) else None)
        return self.sqlite

    def close(self) -> None:
        """Close (and drop) forum.sqlite when the export stopped before it was finished."""
        if self.sqlite is not None:
            self.sqlite.discard()
            self.sqlite = None

    def forum(self, files: list[PlannedFile]) -> None:
        from msf_desk.core.members import list_members, list_rounds
        from msf_desk.core.parity import parity_on
        from msf_desk.exports import forum_docs

        by_kind: dict[str, list[PlannedFile]] = {}
        for f in files:
            by_kind.setdefault(f.kind, []).append(f)
        p = self.plan
        governance = forum_docs.governance_document(self.profile)
        self.open_data.governance(governance)
        self.documents(by_kind.get("governance", []), governance, _midnight(p.governance_day))
        members = list_members(self.db)
        shown = plan_core.public_members(members, self.profile, p.as_of)
        self.open_data.add("members", forum_docs.member_rows(shown))
        self.parity_lines = plan_core.public_parity_lines(parity_on(members, p.as_of, self.profile))
        doc = forum_docs.members_document(self.profile.name, shown, self.parity_lines, p.members_day,
                                          self.profile.publish_names)
        self.documents(by_kind.get("members", []), doc, _midnight(p.members_day))
        for f in by_kind.get("members", []):
            if f.format == "csv":
                forum_docs.write_csv(forum_docs.MEMBER_COLUMNS, forum_docs.member_rows(shown), self.target(f))
        rounds = forum_docs.rounds_document(self.profile.name, plan_core.public_rounds(list_rounds(self.db)))
        self.documents(by_kind.get("selection_rounds", []), rounds, _midnight(p.rounds_day))

    def meeting(self, entry: plan_core.MeetingEntry) -> None:
        from msf_desk.core.audience.pack import pack_for
        from msf_desk.core.audience.minutes import minutes_for
        from msf_desk.exports.minutes import build_minutes_document
        from msf_desk.exports.packs import build_document as pack_document

        packs = [f for f in entry.files if f.kind == "pack"]
        if packs:
            pack = pack_for(self.db, entry.meeting_id, "public", today=entry.pack_day)
            # papers/NN-name: NN is the paper's number in the pack (core.repository._paper_files)
            paper_files = {int(f.path.rsplit("/", 1)[1].split("-", 1)[0]): f.path for f in entry.files
                           if f.kind == "paper"}
            self.open_data.pack(pack, paper_files)
            self.documents(packs, pack_document(pack), _midnight(entry.pack_day))
        for f in entry.files:
            if f.kind == "paper":
                shutil.copyfile(inside_storage(self.files_dir, f.source), self.target(f))
        minutes_files = [f for f in entry.files if f.kind in ("minutes", "participants")]
        if minutes_files:
            view = minutes_for(self.db, entry.meeting_id, "public", today=entry.minutes_day)
            self.documents([f for f in minutes_files if f.kind == "minutes"], build_minutes_document(view),
                           _midnight(entry.minutes_day))
            for f in minutes_files:
                if f.kind == "participants":
                    _participants_csv(view, self.target(f))

    def copy_files(self, files: list[PlannedFile]) -> None:
        """Files kept in the forum's storage (process documents), copied as they are."""
        for f in files:
            shutil.copyfile(inside_storage(self.files_dir, f.source), self.target(f))
            self.tick()

    def registers(self, files: list[PlannedFile]) -> None:
        from msf_desk.core.audience.minutes import action_tracker, decisions_register
        from msf_desk.exports import forum_docs, interests
        from msf_desk.exports import minutes as minutes_export

        p, name = self.plan, self.profile.name
        group = {k: [f for f in files if f.kind == k] for k in ("decisions", "actions", "interests")}
        entries = decisions_register(self.db, "public", today=p.decisions_day)
        self.documents(group["decisions"], minutes_export.build_register_document(entries, name, "public",
                                                                                   p.decisions_day),
                       _midnight(p.decisions_day))
        tracked = action_tracker(self.db, "public", today=p.as_of)
        self.open_data.add("decisions", minutes_export.register_rows(entries))
        self.open_data.add("actions", minutes_export.tracker_rows(tracked))
        self.documents(group["actions"], minutes_export.build_tracker_document(tracked, name, "public", p.as_of),
                       _midnight(p.as_of))
        prepared = interests.prepare_register(self.db, "public", p.as_of)
        self.documents(group["interests"], prepared.document, _midnight(p.as_of))
        for f in files:
            if f.format != "csv":
                continue
            if f.kind == "decisions":
                forum_docs.write_csv(minutes_export.REGISTER_COLUMNS, minutes_export.register_rows(entries),
                                     self.target(f))
            elif f.kind == "actions":
                forum_docs.write_csv(minutes_export.TRACKER_COLUMNS, minutes_export.tracker_rows(tracked),
                                     self.target(f))
            elif f.kind == "interests":
                interests.write_register_csv(prepared.register, self.target(f))

    def consultation_records(self, consultation_id: int) -> str:
        """The fingerprint of a consultation's own records and the forum-wide ones its files read
        whole (holidays, the due-date settings), read once for every language."""
        slot = ("consultation", consultation_id)
        if slot not in self.shared:
            self.shared[slot] = audience_responses.records_fingerprint(self.db, consultation_id)
        return self.shared[slot]

    def consultation_base(self, consultation_id: int, reads: dict | None) -> str | None:
        """What a consultation's file is made from: its records' fingerprint, and the values now at
        the places of the forum profile and meetings its making read (`reads`, recorded when it was
        made), with the program and the document language. None when that cannot be told."""
        values = audience_responses.consumed_values(self.db, reads, self.shared.setdefault("sources", {}))
        if values is None:
            return None
        return input_key("consultation", self.consultation_records(consultation_id), values)

    def consultation_file_key(self, f: PlannedFile, day: dt.date | None, reads: dict | None) -> str | None:
        # Keyed by what it was read from, its format and (but the CSV, which carries no date) its day.
        base = self.consultation_base(f.consultation_id, reads)
        return None if base is None else hashlib.sha256(
            f"{base}|{f.format}|{'' if f.format == 'csv' else iso_day(day)}".encode()).hexdigest()

    def consultation(self, entry: plan_core.ConsultationEntry) -> None:
        from msf_desk.exports import responses as responses_export

        day = entry.report_day
        cid = entry.consultation_id
        # A consultation may hold 100,000 contributions: Cancel takes effect while they are read and
        # written too (tick reports at most ten times a second, and raises once Cancel was pressed).
        ticking = lambda _done, _total: self.tick()  # noqa: E731
        docs = [f for f in entry.files if f.format in ("pdf", "docx")]
        data = [f for f in entry.files if f.format in ("csv", "json")]
        # Each file is keyed on what its making read the last time (model.consumed): when the package
        # holds it made from the same, it is kept, and when every file is kept, no contribution is read.
        todo: dict[str, list[PlannedFile]] = {"docs": [], "data": []}
        for group, files in (("docs", docs), ("data", data)):
            for f in files:
                reads = self.kept_reads(f.path)
                key = self.consultation_file_key(f, day, reads)
                if self.reuse_path(f.path, key):
                    self.record_key(f.path, key, reads)
                else:
                    todo[group].append(f)
        docs_todo, data_todo = todo["docs"], todo["data"]
        # (a report not kept this way may still be kept by its description, once it is made)
        if docs_todo:
            # Counted as the contributions are read, one at a time (a compact annex above 2,000).
            with self.watching(consumed.Reads()) as reads:
                rep = audience_responses.report(self.db, cid, "public", today=day, progress=ticking)
                answers = (audience_responses.answer_groups(self.db, cid, ticking) if rep.annex_omitted else None)
                lone = rep.annex_omitted and audience_responses.lone_answers_listed(self.db, cid)
                doc = responses_export.build_document(rep, answers=answers, lone_reasons=lone)
            self.documents(docs_todo, doc, _midnight(day))
            for f in docs_todo:
                self.record_key(f.path, self.consultation_file_key(f, day, reads.to_json()), reads.to_json())
        if not data:
            return
        if not data_todo:
            # Its rows in forum.sqlite: the previous one's when that is kept or copied from.
            self.unread[cid] = True
            json_file = next(f for f in data if f.format == "json")
            self.consultation_keys.append((cid, self.consultation_base(cid, self.kept_reads(json_file.path))))
            return
        reads = self._read_open_data(cid, {f.format: self.target(f) for f in data_todo}, day)
        for f in data:
            if f in data_todo:
                done = reads[f.format]
                self.record_key(f.path, self.consultation_file_key(f, day, done), done)
        json_file = next(f for f in data if f.format == "json")
        self.consultation_keys.append((cid, self.consultation_base(
            cid, reads["json"] if json_file in data_todo else self.kept_reads(json_file.path))))

    def _read_open_data(self, consultation_id: int, files: dict[str, Path] | None = None,
                        day: dt.date | None = None) -> dict[str, dict]:
        """A consultation's open-data rows, read once and written as they come into its open-data
        files (`files`: {'csv' | 'json': path}) and into forum.sqlite: nothing holds them all.
        Returns what the making of each format read of the forum-wide records."""
        from msf_desk.exports import responses as responses_export

        ticking = lambda _done, _total: self.tick()  # noqa: E731
        files = files or {}
        with self.watching(consumed.Reads()) as meta_reads:
            meta = audience_responses.open_data_meta(self.db, consultation_id)
        self.open_data.consultation(meta, [])
        sink = self._sink()
        writers = [responses_export.OpenDataCsv(path) if fmt == "csv"
                   else responses_export.OpenDataJson(meta, path, day) for fmt, path in sorted(files.items())]
        try:
            with self.watching(consumed.Reads()) as row_reads:
                for row in audience_responses.open_data_rows(self.db, consultation_id, ticking):
                    for writer in writers:
                        writer.add(row)
                    sink.add("contributions", row)
        except BaseException as exc:
            for writer in writers:
                writer.abort(exc)
            raise
        for writer in writers:
            writer.close()
        return {"csv": row_reads.to_json(), "json": row_reads.merged(meta_reads).to_json()}

    def open_data_files(self, files: list[PlannedFile]) -> None:
        """forum.sqlite from the rows the other public files were written from, and its
        description for Datasette.

        forum.sqlite is kept when it would be made from the same: the same rows of every table but
        the consultations' (compared as they are), and each consultation's open-data key. When it
        must be written again, a consultation whose open-data files were kept has its rows copied
        from the previous forum.sqlite (the one the manifest lists, unchanged), else read again.
        The rows of the consultations whose open data was made again are in it already."""
        self.open_data.meetings(self.plan.meetings)
        for f in files:
            if f.format == "sqlite":
                small = {name: rows for name, rows in self.open_data.tables.items()
                         if name not in ("consultations", "contributions")}
                keys = self.consultation_keys
                key = None if any(k is None for _c, k in keys) else input_key(
                    "forum.sqlite", repr(small), repr(keys))
                self.record_key(f.path, key)
                if self.sqlite is not None and self.would_reuse(f.path, key, private=True):
                    self.close()   # rows read for open data made again by hand: the kept forum.sqlite stands
                if self.reuse_path(f.path, key):
                    continue
                copy = sorted(self.unread) if self.unread and self.unchanged_since(f.path) else []
                for consultation_id in sorted(self.unread):
                    if consultation_id not in copy:
                        self._read_open_data(consultation_id)
                sink, self.sqlite = self._sink(), None
                try:
                    sink.finish(self.open_data, copy)
                except BaseException:
                    sink.discard()
                    raise
            else:
                from msf_desk.core.standards import get_website

                licence = plan_core.open_data_licence(self.db)
                data = open_data.metadata(self.plan.forum_name, self.plan.as_of, licence, get_website(self.db).strip())
                open_data.write_metadata(data, self.target(f))

    def calendar(self, f: PlannedFile) -> None:
        from msf_desk.core.meetings import list_meetings
        from msf_desk.exports.ics import public_calendar

        self.target(f).write_bytes(public_calendar(list_meetings(self.db), self.profile.name,
                                                   now=self.plan.calendar_stamp))


def _participants_csv(view, path: Path) -> None:
    """Who took part, as the public minutes show it: organisations only where a name may not be
    published (the name column is then empty)."""
    from msf_desk.exports.forum_docs import write_csv

    rows = [{"name": line.name, "organisation": line.organisation, "side": line.side, "attending_as": line.role,
             "attendance": line.presence, "note": line.note} for line in view.members]
    rows += [{"name": line.name, "organisation": line.organisation, "side": line.side, "attending_as": line.role,
              "attendance": line.presence, "note": line.note} for line in view.others]
    write_csv(["name", "organisation", "side", "attending_as", "attendance", "note"], rows, path)


# --- manifest, change report, zip -------------------------------------------------------------

def _entries(plan: plan_core.Plan, files: list[PlannedFile], staging: Path, previous: dict | None,
             now: str, render_keys: dict[str, str] | None = None,
             known: dict[str, str] | None = None) -> list[ManifestEntry]:
    meeting_titles = {m.meeting_id: m.title for m in plan.meetings}
    consultation_names = {c.consultation_id: c.name for c in plan.consultations}
    before = {e["path"]: e for e in (previous or {}).get("files", []) if isinstance(e, dict) and "path" in e}
    out = []
    for f in files:
        path = staging / f.path
        sha = (known or {}).get(f.path) or sha256_of(path)
        old = before.get(f.path)
        generated = old["generated"] if old and old.get("sha256") == sha and old.get("generated") else now
        out.append(ManifestEntry(
            path=f.path, title=f.title, kind=f.kind, format=f.format, media_type=f.media_type,
            meeting_id=f.meeting_id, meeting=meeting_titles.get(f.meeting_id, ""),
            consultation_id=f.consultation_id, consultation=consultation_names.get(f.consultation_id, ""),
            date=f.date.isoformat() if f.date else "", language=f.language, sha256=sha,
            size=path.stat().st_size, generated=generated, render_key=(render_keys or {}).get(f.path, "")))
    return out


def package_hash(entries: list[ManifestEntry]) -> str:
    digest = hashlib.sha256()
    for e in sorted(entries, key=lambda e: e.path):
        digest.update(f"{e.path}\t{e.sha256}\n".encode())
    return digest.hexdigest()


def _write_manifests(forum_name: str, as_of: dt.date, entries: list[ManifestEntry], staging: Path) -> str:
    """Both manifests; their generation time is that of the newest content, so an unchanged
    package has unchanged manifests."""
    generated = max((e.generated for e in entries), default="")
    data = {
        "generator": GENERATOR, "version": MANIFEST_VERSION, "forum": forum_name, "as_of": as_of.isoformat(),
        "generated": generated, "package_sha256": package_hash(entries), "files": [asdict(e) for e in entries],
    }
    (staging / MANIFEST_JSON).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    buffer = io.StringIO()
    writer = SafeDictWriter(buffer, fieldnames=MANIFEST_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for e in entries:
        row = asdict(e)
        writer.writerow({k: "" if row[k] is None else row[k] for k in MANIFEST_COLUMNS})
    (staging / MANIFEST_CSV).write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return generated


def _apply(staging: Path, out: Path, paths: list[str], others: set[str] = frozenset(),
           shas: dict[str, str] | None = None, kept: set[str] = frozenset()) -> tuple[list, list, list]:
    """Move new and changed files into the package (unchanged ones are not touched), remove
    every file the package should not hold, then move the manifests in: last, and only when
    the folder matches them. A file that cannot be removed (open in another program) stops
    the export before the manifests, so the next export tries again.

    `shas`: the staging files' SHA-256 where known; `kept`: the files the staging folder holds as
    the package's own (hashed when they were kept), which are left in place."""
    manifests = (MANIFEST_JSON, MANIFEST_CSV)
    shas = shas or {}
    added, changed = [], []
    for rel in [p for p in paths if p not in manifests]:
        source, target = staging / rel, out / rel
        if rel in kept and target.is_file() and not target.is_symlink():
            continue
        if target.is_file() and not target.is_symlink():
            if sha256_of(target) == (shas.get(rel) or sha256_of(source)):
                continue
            changed.append(rel)
        else:
            added.append(rel)
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
    removed, stuck = _reconcile(out, set(paths), others)
    if stuck:
        listed = "; ".join(f"{rel} ({why})" for rel, why in stuck[:10])
        raise UserError(M_("Could not remove from {out} what the package must no longer hold: {listed}. Close the program that holds it and export again; the manifests were not updated.").format(out=out, listed=listed))
    for rel in manifests:
        source, target = staging / rel, out / rel
        if target.is_file() and sha256_of(target) == sha256_of(source):
            continue
        os.replace(source, target)
    return added, changed, removed


def _reconcile(out: Path, keep: set[str], others: set[str] = frozenset()) -> tuple[list[str], list[tuple[str, str]]]:
    """Remove every visible file and link under `out` that is not in `keep`, and the folders
    left empty; hidden entries stay, and so do the top folders in `others` (the repository in
    the forum's other document languages). Returns what was removed and what could not be."""
    removed: list[str] = []
    stuck: list[tuple[str, str]] = []
    for folder, dirs, names in os.walk(out, topdown=True):
        here = Path(folder)
        for name in list(dirs):
            if name.startswith(".") or (here == out and name in others):
                dirs.remove(name)
            elif (here / name).is_symlink():  # a link is never part of a package; never followed
                dirs.remove(name)
                names.append(name)
        for name in names:
            if name.startswith("."):
                continue
            path = here / name
            rel = path.relative_to(out).as_posix()
            if rel in keep:
                continue
            try:
                path.unlink()
                removed.append(rel)
            except OSError as exc:
                stuck.append((rel, exc.strerror or str(exc)))
    for folder, _dirs, _names in sorted(os.walk(out), key=lambda w: -len(Path(w[0]).parts)):
        here = Path(folder)
        parts = here.relative_to(out).parts
        if here != out and not any(part.startswith(".") for part in parts) and parts[0] not in others:
            try:
                here.rmdir()  # only when empty
            except OSError:
                pass
    return sorted(removed), stuck


def zip_path_for(out: Path) -> Path:
    return out.with_name(out.name + ".zip")


def write_zip(out: Path, paths: list[str], target: Path, generated: str,
              known: dict[str, str] | None = None) -> Path:
    """Every file of the package at the zip's root, in a fixed order with a fixed date: an
    unchanged package zips to the same bytes (and is then left alone). See `write_package_zip`."""
    return write_package_zip(out, paths, target, generated, known)[0]


class _SameZip(Exception):
    """The zip just built is the one already in place: the new one is dropped."""


def write_package_zip(out: Path, paths: list[str], target: Path, generated: str,
                      known: dict[str, str] | None = None, made: dict | None = None) -> tuple[Path, dict]:
    """Every file of the package at the zip's root, in a fixed order with a fixed date: an
    unchanged package zips to the same bytes (and is then left alone). Returns the zip and what it
    holds ({"sha256", "generated", "files": {path: SHA-256}}), for the next export's `made`.

    `made`: what the zip at `target` held when the last export wrote it. When the zip on disk is
    still that one (its own SHA-256) and would hold the same files (by their SHA-256: `known` gives
    those this export computed) under the same date, it is not built again: it would come out byte
    for byte the same. Otherwise it is built into a temporary file beside it (nothing held in
    memory), carrying over from the earlier zip, compressed as they are, the files it holds with
    the same bytes (known from `made` when the zip is unchanged, else inflated and compared), and
    it replaces the earlier zip only when its bytes differ."""
    try:
        stamp = dt.datetime.fromisoformat(generated.replace("Z", "+00:00")) if generated else None
    except ValueError:
        stamp = None
    when = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second) if stamp \
        else (1980, 1, 1, 0, 0, 0)
    from msf_desk.exports.package_zip import ZipReuse

    known = known or {}
    files = {rel: known.get(rel) or sha256_of(out / rel) for rel in sorted(paths)}
    existing = sha256_of(target) if made and target.is_file() else None
    held = made["files"] if made and existing == made.get("sha256") else {}
    if held and made.get("generated") == generated and held == files:
        return target, made
    try:
        with atomic_write(target) as tmp:
            with ZipReuse(target) as old, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
                for rel, sha in files.items():
                    info = zipfile.ZipInfo(rel, date_time=when)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    path = out / rel
                    size = path.stat().st_size
                    if old.carry(archive, info, size, lambda sha=sha: sha, held.get(rel)):
                        continue
                    # What writestr writes (the same bytes), a chunk at a time: the open data's JSON of
                    # 100,000 contributions is about 90 MB.
                    info.file_size = size
                    with open(path, "rb") as source, archive.open(info, "w") as target_member:
                        shutil.copyfileobj(source, target_member, 1024 * 1024)
            sha = sha256_of(tmp)
            if target.is_file() and (existing or sha256_of(target)) == sha:
                raise _SameZip
    except _SameZip:
        pass
    return target, {"sha256": sha, "generated": generated, "files": files}


# --- the export -------------------------------------------------------------------------------

def export_repository(db, out_dir: str | Path, *, make_zip: bool = False, today: dt.date | None = None,
                      files_dir: str | Path | None = None, progress: Progress | None = None,
                      now: dt.datetime | None = None, record: bool = True,
                      language_code: str | None = None) -> ExportResult:
    """Build the public repository package in `out_dir`, in each of the forum's document languages.

    The forum's first document language is at the root of the folder (where links made before a
    forum had several languages keep pointing); each other language is the same package, under the
    same file names, in a folder named by its code (`fr/`, `es/`, `ar/`), with its own index.html
    and manifests; every index offers the others. A language no longer among the forum's has its
    folder removed. With `language_code`, only that language's part is written (the root for the
    first language), the others are left as they are. Each part is all or nothing on its own.
    Returns the root's result, the other parts in `parts`.
    """
    from msf_desk.core import forum

    out = Path(out_dir).expanduser()
    codes = language.document_languages(forum.load(db))
    wanted = [language.for_export(forum.load(db), language_code)] if language_code else codes
    first = codes[0]
    others = {c for c in language.SHIPPED if c != first}

    def versions(code: str) -> list[tuple[str, str]]:
        up = "" if code == first else "../"
        return [(c, f"{up}index.html" if c == first else f"{up}{c}/index.html") for c in codes if c != code]

    def part_progress(n: int):
        return None if progress is None else _PartProgress(progress, n, len(wanted))

    results: dict[str, ExportResult] = {}
    shared: dict = {}  # what every language's part reads alike (each consultation's fingerprint)
    for n, code in enumerate(wanted):
        with language.using(code):
            results[code] = result = _export_one(
                db, out if code == first else out / code, today=today, files_dir=files_dir,
                progress=part_progress(n), now=now, record=record and code == first, versions=versions(code),
                codes=codes, shared=shared,
                # The root leaves the other languages' folders alone; when every language is written,
                # folders of languages the forum no longer publishes in go.
                others=(others if language_code else {c for c in codes if c != first}) if code == first else set())
            result.language = code
    main = results.get(first) or next(iter(results.values()))
    main.parts = {code: r for code, r in results.items() if r is not main}
    plan_core.keep_files(db, {str(r.folder.resolve()): r.made_from for r in results.values()})
    if make_zip:
        generated = max((e.generated for r in results.values() for e in r.entries), default="")
        known = {("" if code == first else f"{code}/") + e.path: e.sha256
                 for code, r in results.items() for e in r.entries}
        target = zip_path_for(out)
        main.zip_path, zipped = write_package_zip(out, _package_paths(out, codes), target, generated, known,
                                                  plan_core.kept_zip(db, str(target.resolve())))
        plan_core.keep_zip(db, str(target.resolve()), zipped)
    return main


class _PartProgress:
    """The progress of one language's part of the export, as a share of the whole bar. It passes
    on the checks for a Cancel (`check`) and the documents' names (`document`), so a Cancel acts
    inside the long loops of a part too, and the status area names the document being written."""

    def __init__(self, progress: Progress, n: int, parts: int) -> None:
        self.progress, self.n, self.parts = progress, n, parts

    def __call__(self, done: int, total: int) -> None:
        self.progress(self.n * 1000 + (1000 * done) // max(total, 1), 1000 * self.parts)

    def check(self) -> None:
        checkpoint(self.progress)

    def document(self, name: str, n: int = 0, count: int = 0) -> None:
        announce(self.progress, name, n, count)
        checkpoint(self.progress)


def _package_paths(out: Path, codes: list[str]) -> list[str]:
    """Every file of the package in every language, from the manifests on disk."""
    paths: list[str] = []
    for n, code in enumerate(codes):
        prefix = "" if n == 0 else f"{code}/"
        manifest = read_manifest(out / prefix) if (out / prefix).is_dir() else None
        if manifest is None:
            continue
        paths += [prefix + e["path"] for e in manifest.get("files", []) if isinstance(e, dict) and "path" in e]
        paths += [prefix + MANIFEST_JSON, prefix + MANIFEST_CSV]
    return paths


def _export_one(db, out: Path, *, today: dt.date | None = None, files_dir: str | Path | None = None,
                progress: Progress | None = None, now: dt.datetime | None = None, record: bool = True,
                versions: list[tuple[str, str]] | None = None, others: set[str] = frozenset(),
                codes: list[str] | None = None, shared: dict | None = None) -> ExportResult:
    """One language's package in `out` (see the module's docstring), in the current document language.

    `files_dir`: the forum's storage folder; public papers' own files are copied from it
    (without it, only their listing in the packs). `progress(done, total)` may raise
    Cancelled until the files are moved into place.
    """
    from msf_desk.core import compliance as compliance_core
    from msf_desk.core import standards
    from msf_desk.exports import charts, index_html
    from msf_desk.exports import compliance as compliance_export

    started = time.perf_counter()
    today = today or dt.date.today()
    now_text = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(
        microsecond=0).isoformat().replace("+00:00", "Z")
    check_writable_folder(out.parent if not out.is_dir() else out)
    previous = _check_folder(out)
    checkpoint(progress)
    plan = plan_core.plan(db, today, every(progress))

    skipped, refused = [], []

    def copyable(files_: list[PlannedFile]) -> list[PlannedFile]:
        kept = []
        for f in files_:
            if f.kind in ("paper", "process_document"):
                try:
                    source = inside_storage(files_dir, f.source)
                except UserError:
                    refused.append(f.path)  # never copied, never read
                    continue
                if files_dir is None or not source.is_file():
                    skipped.append(f.path)
                    continue
            kept.append(f)
        return kept

    for m in plan.meetings:
        m.files = copyable(m.files)
    # Each process document goes in the folder of its own language (the main one when the forum
    # does not publish in it); every index lists them all. The export record counts them all.
    published = copyable(plan.document_files)
    plan.document_files, plan.documents_elsewhere = plan_core.split_documents(
        published, codes or [language.current()], language.current())
    files = plan.files()

    pending = ExportRecord(
        on=today, at=now_text, folder=str(out), files=len(files) + 3, size=0, package_hash="",
        minutes=[m.meeting_id for m in plan.meetings if any(f.kind == "minutes" for f in m.files)],
        consultations=[c.consultation_id for c in plan.consultations if c.files],
        governance=plan.governance_fingerprint, documents=[f.document_id for f in published])
    checkpoint(progress)
    # The records the check reads are the same for every language's part (only its words differ):
    # read once, each part standing in its own pending export.
    records = (shared or {}).get(("compliance records", today))
    if records is None:
        records = compliance_core.gather(db, today, pending_export=pending, progress=every(progress))
        if shared is not None:
            shared[("compliance records", today)] = records
    else:
        records = copy.copy(records)   # its caches (the answer times) with it
        records.last_export = pending
    report = standards.check(db, today, pending_export=pending, progress=every(progress), base=records)
    standards_charts = {r.key: plan_core.STANDARDS_CHART.format(key=r.key) for r in report.frameworks}
    plan.other_files += [PlannedFile(path, language._(plan_core.STANDARDS_CHART_TITLE).format(
        framework=next(r.framework.short for r in report.frameworks if r.key == key)), "chart", "png", today)
        for key, path in standards_charts.items()]
    files = plan.files()
    checkpoint(progress)

    steps: list[tuple[str, Callable[[], None]]] = []
    total_ticks = [0]
    done = [0]

    last_report = [0.0]

    def tick(force: bool = False) -> None:
        # Called per rendered block and per step; the worker's Cancel takes effect here. At most
        # ten reports a second: each one is a signal to the window, and a few suffice for a bar.
        if progress is None:
            return
        moment = time.monotonic()
        if force or moment - last_report[0] >= 0.1:
            last_report[0] = moment
            progress(min(done[0], total_ticks[0] - 1), total_ticks[0])

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        # What killed exports left: their staging folders and a half-written zip beside the
        # package, .part files inside it.
        clean_leftovers(out.parent, (staging_prefix(out),))
        clean_leftovers(out, (), recursive=True)
        staging = out.parent / f"{staging_prefix(out)}{secrets.token_hex(4)}"
        staging.mkdir()
        lock = hold(staging / ".lock")  # tells a running export's staging folder from a killed one's
    except OSError as exc:
        raise UserError(M_("Cannot write beside {out}: {value}.").format(out=out, value=exc.strerror or exc)) from exc

    render = None
    try:
        render = _Renderer(db, plan, staging, Path(files_dir) if files_dir else None, tick, out, previous,
                           progress, shared)
        steps.append(("forum", lambda: render.forum(plan.forum_files)))
        for entry in plan.meetings:
            if entry.files:
                steps.append((entry.folder, lambda entry=entry: render.meeting(entry)))
        steps.append(("registers", lambda: render.registers(plan.register_files)))
        if plan.document_files:
            steps.append(("process-documents", lambda: render.copy_files(plan.document_files)))
        for centry in plan.consultations:
            if centry.files:
                steps.append((centry.folder, lambda centry=centry: render.consultation(centry)))
        other = {f.kind: f for f in plan.other_files if f.kind == "calendar"}
        steps.append(("calendar", lambda: render.calendar(other["calendar"])))
        steps.append(("open data", lambda: render.open_data_files(
            [f for f in plan.other_files if f.kind == "open_data_sqlite"])))
        chart_paths = {key: staging / path for key, (path, _title) in plan_core.CHARTS.items()}
        chart_info: dict = {}

        def draw_charts() -> None:
            for path in chart_paths.values():
                path.parent.mkdir(parents=True, exist_ok=True)
            # One chart at a time, with a Cancel check between (each takes up to a second or two).
            # A chart is drawn from its figures alone: kept when the package holds it drawn from the same.
            for key, path in chart_paths.items():
                checkpoint(progress)
                rel = plan_core.CHARTS[key][0]
                kept = input_key("chart", key, repr(report.series))
                render.record_key(rel, kept)
                if render.reuse_path(rel, kept):
                    chart_info[key] = (path, charts.CHART_WRITERS[key][1](report.series))
                else:
                    chart_info.update(charts.write_charts(report.series, {key: path}))
            for key, path in standards_charts.items():
                checkpoint(progress)
                result = next((r for r in report.frameworks if r.key == key), None)
                kept = input_key("standards chart", key, repr(result)) if result is not None else None
                render.record_key(path, kept)
                if render.reuse_path(path, kept):
                    chart_info[f"standards-{key}"] = (staging / path, charts.describe_standards(result))
                else:
                    chart_info.update(charts.write_standards_charts(report.frameworks, {key: staging / path}))

        steps.append(("charts", draw_charts))
        report_files = [f for f in plan.other_files if f.kind == "compliance"]
        steps.append(("compliance", lambda: render.documents(
            report_files, compliance_export.build_document(report, chart_info), _midnight(today))))
        total_ticks[0] = len(steps) + 2
        for n, (label, step) in enumerate(steps, start=1):
            tick(force=True)
            if progress is not None:
                announce(progress, label, n, len(steps))
            step()
            done[0] += 1

        sizes = {f.path: (staging / f.path).stat().st_size for f in files}
        alts = {key: alt for key, (_path, alt) in chart_info.items()}
        (staging / INDEX).write_text(index_html.render(plan, report, sizes, alts, render.profile,
                                                       render.parity_lines, versions), encoding="utf-8")
        index_file = PlannedFile(INDEX, language._("{forum}: public repository").format(forum=plan.forum_name),
                                 "index", "html", today)
        entries = _entries(plan, files + [index_file], staging, previous, now_text, render.render_keys,
                           render.known)
        _write_manifests(plan.forum_name, today, entries, staging)
        done[0] += 1
        tick(force=True)  # the last moment a Cancel is honoured: from here the package is replaced as a whole
        paths = [e.path for e in entries] + [MANIFEST_JSON, MANIFEST_CSV]
        out.mkdir(parents=True, exist_ok=True)
        added, changed, removed = _apply(staging, out, paths, others, {e.path: e.sha256 for e in entries},
                                         set(render.known))
    except OSError as exc:
        raise UserError(M_("Cannot write into {out}: {value}. Is a file of it open in another program?").format(out=out, value=exc.strerror or exc)) from exc
    finally:
        if render is not None:
            render.close()
        lock.close()
        shutil.rmtree(staging, ignore_errors=True)

    zip_file = None  # the zip of every language is written by export_repository
    size = sum(e.size for e in entries) + sum((out / p).stat().st_size for p in (MANIFEST_JSON, MANIFEST_CSV))
    done_record = ExportRecord(
        on=today, at=now_text, folder=str(out), files=len(paths), size=size, package_hash=package_hash(entries),
        minutes=pending.minutes, consultations=pending.consultations, governance=pending.governance,
        documents=pending.documents, added=len(added), changed=len(changed), removed=len(removed))
    if record:
        plan_core.record_export(db, done_record)
    if progress is not None:
        try:
            progress(total_ticks[0], total_ticks[0])
        except Cancelled:
            pass  # too late to cancel: the package is already in place
    return ExportResult(out, zip_file, entries, added, changed, removed, size, done_record.package_hash,
                        time.perf_counter() - started, done_record, skipped=skipped, refused=refused,
                        reused=render.reused,
                        made_from={e.path: (key, e.sha256, reads) for e in entries
                                   for key, reads in [render.private_keys.get(e.path, ("", None))] if key})
