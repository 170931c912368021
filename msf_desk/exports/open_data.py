"""The repository's public records as one SQLite database (`open-data/forum.sqlite`) with a
`metadata.json` that Datasette (or any SQLite reader) serves as it is.

Nothing here chooses what is public. The repository export hands over the very rows it
writes into the other public files (the members CSV, the registers' CSVs, the public packs'
agendas, the consultations' open data, the governance document), gathered by `Collector`
as each is rendered; this module only lays them out as tables. The words describing the
tables and columns are kept here, in TABLES and the metadata functions, in one place.

The tables are created with sqlite-utils in a new file and filled with plain executemany (in
chunks, checking for a Cancel between them), then the file is vacuumed: it holds no free page
with an earlier value in it, and the same records give the same bytes.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import field
from pathlib import Path

import sqlite_utils

from msf_desk.core.language import N_, _
from msf_desk.exports.atomic import Cancelled, checkpoint
from msf_desk.exports.document import Heading, KeyValues, Paragraph
from msf_desk.model.records import record

SQLITE_PATH = "open-data/forum.sqlite"
METADATA_PATH = "open-data/metadata.json"
DATABASE_NAME = "forum"  # Datasette names a database after its file

# table -> (description, primary key or None, foreign keys, {column: (type, description)})
TABLES: dict[str, tuple[str, str | None, list[tuple[str, str, str]], dict[str, tuple[type, str]]]] = {
    "forum": (N_("The forum's remit and how it works, as its governance document states them."), None, [], {
        "field": (str, N_("What the line is about (for example 'Quorum')")),
        "value": (str, N_("What the governance document says")),
    }),
    "meetings": (N_("Every meeting the forum publishes, with its status and where its documents are."), "id", [], {
        "id": (int, N_("The meeting's number in the forum's records")),
        "date": (str, N_("The meeting's day (YYYY-MM-DD)")),
        "title": (str, N_("The meeting's title")),
        "kind": (str, N_("Regular, extraordinary, working group, open meeting or consultation event")),
        "status": (str, N_("Planned, held, postponed or cancelled")),
        "status_reason": (str, N_("Why it was postponed or cancelled")),
        "remote_attendance": (int, N_("1 where members may attend remotely")),
        "pack_published": (str, N_("The day its public pack was published (empty until then)")),
        "minutes_published": (str, N_("The day its approved minutes were published (empty until then)")),
        "minutes": (str, N_("For a held meeting: 'pending' until its approved minutes are published, then "
                         "'published'; empty for a meeting not held")),
        "folder": (str, N_("Its folder in the repository package")),
    }),
    "agenda_items": (N_("The agenda of each meeting whose public pack is published."), None,
                     [("meeting_id", "meetings", "id")], {
        "meeting_id": (int, N_("The meeting (meetings.id)")),
        "number": (int, N_("The item's number on the agenda")),
        "start": (str, N_("When the item starts, in the meeting's time zone")),
        "end": (str, N_("When the item ends")),
        "minutes": (int, N_("The time set for it, in minutes")),
        "title": (str, N_("The item's title")),
        "purpose": (str, N_("For decision, for discussion, for information, ...")),
        "presenters": (str, N_("Who presents it")),
        "description": (str, N_("What the item is about")),
        "draft_decision": (str, N_("The decision proposed, where the forum publishes it before the meeting")),
        "note": (str, N_("Said instead of the proposed decision where it is not published")),
        "papers": (str, N_("The papers for the item, as the pack lists them")),
    }),
    "papers": (N_("The papers of each published pack: public ones with their file, the others listed only."), None,
               [("meeting_id", "meetings", "id")], {
        "meeting_id": (int, N_("The meeting (meetings.id)")),
        "number": (int, N_("The paper's number in the pack")),
        "item": (int, N_("The agenda item it belongs to (empty: the meeting as a whole)")),
        "title": (str, N_("The paper's title")),
        "disclosure": (str, N_("Public, withheld as pre-decision, or confidential")),
        "reference": (str, N_("The paper's reference")),
        "file": (str, N_("Its file in the repository package (public papers only)")),
    }),
    "decisions": (N_("The decisions register: every decision in approved minutes."), None,
                  [("meeting_id", "meetings", "id")], {
        "meeting_id": (int, N_("The meeting (meetings.id)")),
        "meeting_date": (str, N_("The meeting's day")),
        "meeting": (str, N_("The meeting's title")),
        "minutes_status": (str, N_("Approved or published")),
        "number": (str, N_("The decision's number")),
        "item": (str, N_("The agenda item")),
        "decision": (str, N_("The decision as minuted")),
        "rule": (str, N_("The rule it was taken by")),
        "vote_held": (int, N_("1 where a vote was held")),
        "for_government": (int, N_("Government votes for")),
        "for_non_government": (int, N_("Non-government votes for")),
        "against_government": (int, N_("Government votes against")),
        "against_non_government": (int, N_("Non-government votes against")),
        "abstain_government": (int, N_("Government abstentions")),
        "abstain_non_government": (int, N_("Non-government abstentions")),
        "objections": (int, N_("Objections raised")),
        "outcome": (str, N_("Carried, not carried, ...")),
        "explanation": (str, N_("How the outcome follows from the rule")),
    }),
    "actions": (N_("The action tracker: actions from approved minutes."), "id", [("meeting_id", "meetings", "id")], {
        "id": (int, N_("The action's number")),
        "meeting_id": (int, N_("The meeting that agreed it (meetings.id)")),
        "meeting_date": (str, N_("That meeting's day")),
        "meeting": (str, N_("That meeting's title")),
        "item": (str, N_("The agenda item")),
        "text": (str, N_("What is to be done")),
        "owner": (str, N_("Who does it (an organisation where a name is not published)")),
        "due": (str, N_("When it is due")),
        "status": (str, N_("Open, done, dropped, ...")),
        "closed_on": (str, N_("The day it was closed")),
        "overdue": (int, N_("1 where it is past its due date and still open")),
        "days_overdue": (int, N_("How many days past its due date")),
    }),
    "members": (N_("The members as published: names only where the forum and the member agree, never an "
                "e-mail address or phone number."), None, [], {
        "name": (str, N_("The member's name (empty where it is not published)")),
        "organisation": (str, N_("The member's organisation")),
        "side": (str, N_("Government or non-government")),
        "sector": (str, N_("The member's sector")),
        "role": (str, N_("Co-chair, member, alternate, observer, ...")),
        "voting": (str, N_("yes where the seat has a vote")),
        "high_level": (str, N_("yes for a high-level government representative")),
        "term_start": (str, N_("The first day of the term")),
        "term_end": (str, N_("The last day of the term")),
        "alternate_for": (str, N_("The member this alternate stands in for")),
    }),
    "consultations": (N_("Consultations of the public whose contributions the forum answers."), "id", [], {
        "id": (int, N_("The consultation's number")),
        "name": (str, N_("Its name")),
        "stage": (str, N_("The stage of the process it belongs to")),
        "opens_on": (str, N_("The first day contributions are taken")),
        "closes_on": (str, N_("The last day")),
        "channels": (str, N_("How contributions were taken")),
        "document": (str, N_("The document consulted on")),
    }),
    "contributions": (N_("Every contribution received and the forum's reasoned answer to it. Contributors are "
                      "named only where they agreed to it."), "id", [("consultation_id", "consultations", "id")], {
        "id": (int, N_("The contribution's number")),
        "consultation_id": (int, N_("The consultation (consultations.id)")),
        "consultation": (str, N_("The consultation's name")),
        "received": (str, N_("The day it was received")),
        "channel": (str, N_("How it was received")),
        "contributor": (str, N_("Who sent it, where they agreed to be named")),
        "contributor_type": (str, N_("Individual, civil-society organisation, ...")),
        "theme": (str, N_("Its theme")),
        "section": (str, N_("The section of the document it is about")),
        "text": (str, N_("What it says")),
        "votes_for": (int, N_("Votes for it on the consultation platform")),
        "votes_against": (int, N_("Votes against it")),
        "opinions": (int, N_("Opinions given on it")),
        "average_support": (float, N_("Average support given on the platform")),
        "duplicate_of": (int, N_("The contribution it repeats")),
        "merged_into": (int, N_("The contribution it was merged into")),
        "outcome": (str, N_("The answer's outcome, as a code")),
        "outcome_label": (str, N_("The answer's outcome: accepted, partly accepted, not accepted, ...")),
        "reason": (str, N_("The reason given")),
        "decided_by": (str, N_("Who decided the answer")),
        "meeting_id": (int, N_("The meeting where it was decided")),
        "decision_id": (int, N_("The decision it rests on")),
        "commitment": (str, N_("The commitment it led to")),
        "due": (str, N_("The day the answer was due")),
        "answered": (str, N_("The day it was answered")),
        "answered_late": (int, N_("1 where it was answered after the due day")),
        "withdrawn": (str, N_("The day its contributor withdrew it")),
    }),
}
SQL_TYPES = {int: int, str: str, float: float}
TITLE = N_("{forum}: public records")
DESCRIPTION = N_("The forum's public records as one database: meetings and their agendas, papers, decisions, "
                 "actions, members, consultations and the answers to every contribution. The same records and the "
                 "same privacy rules as every other file of the repository (as of {as_of}).")
SOURCE = N_("{forum}, public repository")


@record
class Collector:
    """The rows of each table, filled by the repository export as it renders each public file."""

    tables: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in TABLES})

    def governance(self, doc) -> None:
        """The governance document's own lines: its key/value pairs, and each paragraph (the
        remit) under its heading."""
        section = ""
        for block in doc.blocks:
            if isinstance(block, Heading):
                section = block.text
            elif isinstance(block, KeyValues):
                self.tables["forum"] += [{"field": k, "value": v} for k, v in block.pairs]
            elif isinstance(block, Paragraph):
                self.tables["forum"].append({"field": section, "value": block.text})

    def pack(self, pack, paper_files: dict[int, str]) -> None:
        for item in pack.items:
            self.tables["agenda_items"].append({
                "meeting_id": pack.meeting_id, "number": item.number, "start": item.start, "end": item.end,
                "minutes": item.duration_minutes, "title": item.title, "purpose": item.purpose_label,
                "presenters": item.presenters, "description": item.description,
                "draft_decision": item.draft_decision, "note": item.decision_note,
                "papers": "; ".join(p.listing() for p in item.papers)})
        for paper in pack.papers:
            self.tables["papers"].append({
                "meeting_id": pack.meeting_id, "number": paper.number, "item": paper.item_number,
                "title": paper.title, "disclosure": paper.disclosure_label, "reference": paper.reference,
                "file": paper_files.get(paper.number, "")})

    def meetings(self, entries) -> None:
        for m in entries:
            self.tables["meetings"].append({
                "id": m.meeting_id, "date": m.day.isoformat(), "title": m.title, "kind": m.kind_label,
                "status": m.status_label, "status_reason": m.status_reason,
                "remote_attendance": int(m.remote_offered),
                "pack_published": m.pack_day.isoformat() if m.pack_day else "",
                "minutes_published": m.minutes_day.isoformat() if m.minutes_day else "",
                "minutes": ("published" if m.minutes_day else "pending") if m.status == "held" else "",
                "folder": m.folder})

    def consultation(self, meta: dict, rows: list[dict]) -> None:
        c = dict(meta["consultation"])
        c["channels"] = ", ".join(c.get("channels") or [])
        self.tables["consultations"].append(c)
        self.tables["contributions"] += rows

    def add(self, table: str, rows: list[dict]) -> None:
        self.tables[table] += rows


# The tables a consultation's rows go into, and the column naming the consultation.
CONSULTATION_TABLES = {"consultations": "id", "contributions": "consultation_id"}


def write_sqlite(collected: Collector, path: str | Path, progress=None,
                 copy_from: tuple[Path, list[int]] | None = None) -> Path:
    """Every table (empty ones too), with its declared columns, keys and foreign keys. A row with
    a column the table does not declare is refused (the description would be missing).
    `progress`, when given, is checked for a Cancel every few thousand rows.

    `copy_from`: (an earlier forum.sqlite, consultation ids) whose rows in the consultations and
    contributions tables are copied from that file by SQLite itself, rather than handed over as
    rows: the repository export passes it for consultations whose records have not changed since
    that file was written. Both tables are keyed by id and the file is vacuumed, so it comes out
    byte for byte as if every row had been handed over."""
    writer = SqliteWriter(path, progress, previous=copy_from[0] if copy_from else None)
    try:
        writer.finish(collected, copy_from[1] if copy_from else ())
    except BaseException:
        writer.discard()
        raise
    return Path(path)


class SqliteWriter:
    """forum.sqlite written as its rows come: `add` takes the rows of a table (a consultation's
    contributions as they are read from the forum) and writes them in chunks of _CHUNK, so that the
    memory does not grow with their number; `finish` adds the collected tables, copies what comes
    from an earlier file, and vacuums. The file is new (in the export's staging folder, moved into
    place only when whole): no journal and no sync per chunk.

    The bytes do not depend on when each row was written: every table is created first, in TABLES
    order; the consultations' tables are keyed by id, the others take their rows in the order they
    are handed over; VACUUM lays the file out again table by table, in key order. The file is
    written in the same transactions whatever comes (the first table created, then one transaction
    for the rest), so the change counter in its header is the same too.

    `previous`: an earlier forum.sqlite that `finish` may copy consultations' rows from (attached
    now: SQLite attaches a file only outside a transaction)."""

    def __init__(self, path: str | Path, progress=None, previous: Path | None = None) -> None:
        self.path, self.progress = Path(path), progress
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            self.path.unlink()
        self.db = sqlite_utils.Database(self.path)
        self._chunks: dict[str, list] = {}
        self._inserts: dict[str, tuple[list[str], set[str], str]] = {}
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.attached = previous is not None and Path(previous).is_file()
        if self.attached:
            self.db.conn.execute("ATTACH DATABASE ? AS previous", [str(previous)])
        for n, (name, (_text, pk, foreign, columns)) in enumerate(TABLES.items()):
            self.db.table(name).create({col: SQL_TYPES[kind] for col, (kind, _d) in columns.items()}, pk=pk,
                                       foreign_keys=foreign)
            if n == 0:
                self.db.conn.execute("BEGIN")
            declared = list(columns)
            self._inserts[name] = (declared, set(declared),
                                   f"INSERT INTO [{name}] ({', '.join(f'[{c}]' for c in declared)}) "
                                   f"VALUES ({', '.join('?' * len(declared))})")

    def add(self, table: str, row: dict) -> None:
        chunk = self._chunks.setdefault(table, [])
        chunk.append(row)
        if len(chunk) >= _CHUNK:
            self._flush(table)

    def add_all(self, table: str, rows) -> None:
        for row in rows:
            self.add(table, row)

    def _flush(self, table: str) -> None:
        chunk = self._chunks.pop(table, None)
        if not chunk:
            return
        declared, known, insert = self._inserts[table]
        for row in chunk:
            if not known.issuperset(row):
                unknown = set(row) - known
                raise ValueError(f"{table}: undeclared column(s) {', '.join(sorted(unknown))}")
        # Plain executemany in chunks (sqlite-utils' insert_all rebuilt its statement and checked
        # the columns of every batch: most of the 20 s this file took).
        self.db.conn.executemany(insert, ([_cell(row.get(c)) for c in declared] for row in chunk))
        checkpoint(self.progress)

    def finish(self, collected: Collector | None = None, copy: list[int] | tuple = ()) -> Path:
        """The collected tables' rows (in TABLES order), the rows of the consultations `copy` taken from
        the earlier file (`previous`), then the file vacuumed and closed."""
        db = self.db
        if copy and not self.attached:
            raise ValueError("forum.sqlite: no earlier file to copy consultations from")
        try:
            for name in TABLES:
                if collected is not None:
                    self.add_all(name, collected.tables[name])
                self._flush(name)
                if copy and name in CONSULTATION_TABLES:
                    listed = ", ".join(f"[{c}]" for c in self._inserts[name][0])
                    ids = ", ".join(str(int(i)) for i in copy)
                    db.conn.execute(f"INSERT INTO main.[{name}] ({listed}) SELECT {listed} FROM previous.[{name}] "
                                    f"WHERE [{CONSULTATION_TABLES[name]}] IN ({ids}) ORDER BY rowid")
                    checkpoint(self.progress)
            db.conn.commit()
            if self.attached:
                db.conn.execute("DETACH DATABASE previous")
                self.attached = False
            checkpoint(self.progress)
            _vacuum(db, self.progress)
        finally:
            db.close()
        return self.path

    def discard(self) -> None:
        """Close and remove the file (the export was cancelled, or keeps the earlier one)."""
        try:
            self.db.close()
        except sqlite3.Error:
            pass
        self.path.unlink(missing_ok=True)


_CHUNK = 2000


def _vacuum(db, progress) -> None:
    """VACUUM (seconds on 100,000 contributions), checking for a Cancel as SQLite works: SQLite's
    progress handler interrupts the statement once Cancel was pressed."""
    stopped: list[Cancelled] = []

    def handler() -> int:
        try:
            checkpoint(progress)
        except Cancelled as exc:
            stopped.append(exc)
            return 1
        return 0

    if progress is not None:
        db.conn.set_progress_handler(handler, 200_000)
    try:
        db.vacuum()
    except sqlite3.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        db.conn.set_progress_handler(None, 0)


def _cell(value):
    """What sqlite-utils would have stored: lists and dicts as JSON text, the rest as it is."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, default=str)
    return value


def metadata(forum_name: str, as_of: dt.date, licence: tuple[str, str], source_url: str = "") -> dict:
    """Datasette's metadata: title, description, licence, source, and every table's and
    column's description, in the current document language (table and column names stay)."""
    data = {
        "title": _(TITLE).format(forum=forum_name),
        "description": _(DESCRIPTION).format(forum=forum_name, as_of=as_of.isoformat()),
        "license": licence[0],
        "license_url": licence[1],
        "source": _(SOURCE).format(forum=forum_name),
        "databases": {DATABASE_NAME: {
            "tables": {name: {"description": _(text), "columns": {c: _(d) for c, (_k, d) in columns.items()}}
                       for name, (text, _pk, _fk, columns) in TABLES.items()},
        }},
    }
    if source_url:
        data["source_url"] = source_url
    return data


def write_metadata(data: dict, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
