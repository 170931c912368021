"""SQL for consultations, contributions, their responses, links, summaries and search."""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import sqlite3
from array import array
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from msf_desk.model.dates import iso, parse_date
from msf_desk.model.errors import UserError
from msf_desk.model.responses import FINAL_OUTCOMES, OUTCOMES, Contribution, ContributionFilter, Response
from msf_desk.store.consultations import (OPEN_DUE_BEFORE, all_consultations, delete_consultation,  # noqa: F401
                                          get_consultation, insert_consultation, open_due_counts,  # (read from here too)
                                          recompute_due_dates, update_consultation)
from msf_desk.store.db import transaction
from msf_desk.model.messages import M_

BATCH = 2000


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def total_contributions(db) -> int:
    return db.execute("SELECT count(*) FROM contributions").fetchone()[0]


def consultation_counts(db, today: dt.date) -> dict[int, dict[str, int]]:
    """Per consultation: contributions, answered, overdue."""
    sql = """SELECT consultation_id, count(*),
                    sum(answered_on IS NOT NULL),
                    sum(answered_on IS NULL AND withdrawn_on IS NULL AND due_on < ?),
                    sum(answered_on > due_on)
             FROM contributions GROUP BY consultation_id"""
    return {
        r[0]: {"contributions": r[1], "answered": r[2] or 0, "overdue": r[3] or 0, "answered_late": r[4] or 0}
        for r in db.execute(sql, [today.isoformat()])
    }


# --- contributions -------------------------------------------------------------------------
_INT_FIELDS = ("votes_for", "votes_against", "opinions")


def contribution_to_row(c: Contribution) -> dict:
    r = c.response
    row = {
        "consultation_id": c.consultation_id, "received_on": iso(c.received_on), "channel": c.channel,
        "contributor_name": c.contributor_name, "organisation": c.organisation,
        "contributor_type": c.contributor_type, "publish_name": int(bool(c.publish_name)), "text": c.text,
        "theme": c.theme, "section": c.section, "votes_for": c.votes_for, "votes_against": c.votes_against,
        "opinions": c.opinions, "average_support": c.average_support, "due_on": iso(c.due_on),
        "due_set_by_hand": int(bool(c.due_set_by_hand)),
        "outcome": r.outcome, "reason": r.reason, "decided_by": r.decided_by, "meeting_id": r.meeting_id,
        "decision_id": r.decision_id, "answered_on": iso(r.answered_on), "commitment": r.commitment,
        "import_fingerprint": c.import_fingerprint,
        "source_platform": c.source_platform, "source_id": c.source_id, "source_parent": c.source_parent,
        "withdrawn_on": iso(c.withdrawn_on),
    }
    if c.id is not None:
        row["id"] = c.id
    return row


def _contribution_from_row(row: dict, links: dict[str, int] | None = None) -> Contribution:
    links = links or {}
    return Contribution(
        id=row["id"], consultation_id=row["consultation_id"], received_on=parse_date(row["received_on"]),
        channel=row["channel"], contributor_name=row["contributor_name"], organisation=row["organisation"],
        contributor_type=row["contributor_type"], publish_name=bool(row["publish_name"]), text=row["text"],
        theme=row["theme"], section=row["section"], votes_for=row["votes_for"],
        votes_against=row["votes_against"], opinions=row["opinions"], average_support=row["average_support"],
        due_on=parse_date(row["due_on"]), due_set_by_hand=bool(row["due_set_by_hand"]),
        response=Response(
            outcome=row["outcome"], reason=row["reason"], decided_by=row["decided_by"],
            meeting_id=row["meeting_id"], decision_id=row["decision_id"],
            answered_on=parse_date(row["answered_on"]), commitment=row["commitment"],
        ),
        import_fingerprint=row["import_fingerprint"],
        duplicate_of=links.get("duplicate_of"), merged_into=links.get("merged_into"),
        source_platform=row.get("source_platform") or "", source_id=row.get("source_id") or "",
        source_parent=row.get("source_parent") or "", withdrawn_on=parse_date(row.get("withdrawn_on")),
    )


def _links_for(db, ids: list[int] | None) -> dict[int, dict[str, int]]:
    if ids is None:
        sql, params = "SELECT contribution_id, kind, target_id FROM contribution_links WHERE kind != 'related'", []
    else:
        if not ids:
            return {}
        sql = (f"SELECT contribution_id, kind, target_id FROM contribution_links "
               f"WHERE kind != 'related' AND contribution_id IN ({','.join('?' * len(ids))})")
        params = ids
    links: dict[int, dict[str, int]] = {}
    for cid, kind, target in db.execute(sql, params):
        links.setdefault(cid, {})[kind] = target
    return links


def get_contribution(db, contribution_id: int) -> Contribution | None:
    rows = list(db["contributions"].rows_where("id = ?", [contribution_id]))
    if not rows:
        return None
    return _contribution_from_row(rows[0], _links_for(db, [contribution_id]).get(contribution_id))


def contributions_of(db, consultation_id: int, progress=None) -> list[Contribution]:
    """Every contribution of the consultation, oldest first. `progress(done, total)`, when given,
    is called for each row (it may stop the reading by raising)."""
    rows = []
    for n, row in enumerate(db["contributions"].rows_where("consultation_id = ?", [consultation_id],
                                                           order_by="received_on, id"), start=1):
        rows.append(row)
        if progress is not None:
            progress(n, 0)
    # Past SQLite's parameter limit, reading every link is simpler and still small.
    links = _links_for(db, None) if len(rows) > 900 else _links_for(db, [r["id"] for r in rows])
    out = []
    for n, r in enumerate(rows, start=1):
        out.append(_contribution_from_row(r, links.get(r["id"])))
        if progress is not None:
            progress(n, len(rows))
    return out


_LINK = ("(SELECT target_id FROM contribution_links l WHERE l.contribution_id = c.id AND l.kind = '{kind}' "
         "ORDER BY l.id DESC LIMIT 1) AS {kind}")


def iter_contributions(db, consultation_id: int, progress=None) -> Iterator[Contribution]:
    """Every contribution of the consultation, oldest first, one at a time as SQLite reads them:
    what `contributions_of` returns, without holding them all (100,000 records are about 200 MB).
    Their links come with each row. `progress(done, 0)`, when given, is called for each row (it
    may stop the reading by raising). Nothing may write to the forum while the reading goes on."""
    cursor = db.execute(
        f"SELECT c.*, {_LINK.format(kind='duplicate_of')}, {_LINK.format(kind='merged_into')} "
        "FROM contributions c WHERE c.consultation_id = ? ORDER BY c.received_on, c.id", [consultation_id])
    names = [d[0] for d in cursor.description]
    try:
        for n, values in enumerate(cursor, start=1):
            row = dict(zip(names, values))
            links = {k: row[k] for k in ("duplicate_of", "merged_into") if row[k] is not None}
            yield _contribution_from_row(row, links)
            if progress is not None:
                progress(n, 0)
    finally:
        cursor.close()


def count_contributions(db, consultation_id: int) -> int:
    return db.execute("SELECT count(*) FROM contributions WHERE consultation_id = ?", [consultation_id]).fetchone()[0]


@contextmanager
def _spilling(db) -> Iterator[sqlite3.Connection]:
    """A connection for a read that sorts or sets apart as many rows as a consultation has.

    A writing connection keeps its temporary storage in memory (the change log's temporary
    table, store.audit), and with it every sort SQLite makes: 100,000 contributions sorted is
    about 12 MB more. A read-only connection to the same file spills its sorts to disk past its
    cache instead. A forum held only in memory is read through its own connection."""
    path = next((f for _seq, name, f in db.execute("PRAGMA database_list") if name == "main"), "")
    if not path or db.execute("PRAGMA temp_store").fetchone()[0] != 2:
        yield db.conn
        return
    conn = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True, timeout=30)
    try:
        yield conn
    finally:
        conn.close()


def count_contributors(db, consultation_id: int, key: Callable[[str, str], str | None]) -> int:
    """How many contributors: those with the same `key(name, organisation)` count once, those
    whose key is None (no name, no organisation) once each. Counted by SQLite, which spills to
    disk past its cache, rather than in a set of every contributor."""
    with _spilling(db) as conn:
        conn.create_function("msf_contributor_key", 2, key, deterministic=True)
        named, anonymous = conn.execute(
            "SELECT count(DISTINCT k), count(*) - count(k) FROM (SELECT msf_contributor_key(contributor_name, "
            "organisation) AS k FROM contributions WHERE consultation_id = ?)", [consultation_id]).fetchone()
    return named + anonymous


def answer_groups(db, consultation_id: int, fold: Callable[[str], str]) -> Iterator[tuple[str, str, str, array]]:
    """(theme, outcome key, reason, ids) for every answer given in the consultation: theme by theme
    (those without one last; `fold` the order of names), then by outcome in the order of OUTCOMES,
    withdrawn, not yet answered ("none"), then by reason; ids in order. Read a row at a time."""
    order = " ".join(f"WHEN '{k}' THEN {n}" for n, k in enumerate([*OUTCOMES, "withdrawn", "none"]))
    with _spilling(db) as conn:
        conn.create_function("msf_fold", 1, fold, deterministic=True)
        cursor = conn.execute(
            "SELECT theme, k, reason, id FROM (SELECT theme, CASE WHEN withdrawn_on IS NOT NULL THEN 'withdrawn' "
            "ELSE coalesce(outcome, 'none') END AS k, reason, id FROM contributions WHERE consultation_id = ?) "
            f"ORDER BY theme = '', msf_fold(theme), theme, CASE k {order} ELSE {len(OUTCOMES) + 2} END, k, reason, "
            "id", [consultation_id])
        group: tuple | None = None
        ids = array("q")
        try:
            for theme, key, reason, cid in cursor:
                if (theme, key, reason) != group:
                    if group is not None:
                        yield (*group, ids)
                    group, ids = (theme, key, reason), array("q")
                ids.append(cid)
            if group is not None:
                yield (*group, ids)
        finally:
            cursor.close()


def lone_answers(db, consultation_id: int) -> int:
    """How many answers (theme, outcome, reason) of the consultation were given to one
    contribution only; counted by SQLite on a connection that spills its sort to disk."""
    with _spilling(db) as conn:
        return conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM contributions WHERE consultation_id = ? GROUP BY theme, "
            "CASE WHEN withdrawn_on IS NOT NULL THEN 'withdrawn' ELSE coalesce(outcome, 'none') END, reason "
            "HAVING count(*) = 1)", [consultation_id]).fetchone()[0]


# Every record a consultation's public files (its report and its open data) are read from, by
# table: the consultation's own rows in full, and the forum-wide tables they read. What
# core.audience.responses.inputs_fingerprint hashes; tests/exports check with SQLite's authorizer
# that the report and the open data read no other table (and no other column of meetings).
_INPUTS: tuple[tuple[str, str, bool], ...] = (
    ("consultations", "SELECT * FROM consultations WHERE id = ?", True),
    ("contributions", "SELECT * FROM contributions WHERE consultation_id = ? ORDER BY id", True),
    ("contribution_links", "SELECT l.* FROM contribution_links l JOIN contributions c ON c.id = l.contribution_id "
                           "WHERE c.consultation_id = ? ORDER BY l.id", True),
    ("theme_summaries", "SELECT * FROM theme_summaries WHERE consultation_id = ? ORDER BY theme", True),
    ("meetings", "SELECT id, title, starts_at FROM meetings ORDER BY id", False),
    ("forum", "SELECT * FROM forum ORDER BY id", False),
    ("holidays", "SELECT * FROM holidays ORDER BY day", False),
    ("settings", "SELECT key, value FROM settings WHERE key LIKE 'responses.%' ORDER BY key", False),
)
INPUT_TABLES = frozenset(table for table, _sql, _own in _INPUTS)
INPUT_COLUMNS = {"meetings": frozenset({"id", "title", "starts_at"})}  # the tables not read whole
# The forum-wide tables the documents read through a watched record (msf_desk.model.consumed: the
# forum's profile, the meetings' names): the repository keys each document on the values it read of
# them, not on the tables whole (a consultation's report shows the forum's name, not its remit).
WATCHED_TABLES = frozenset({"forum", "meetings"})


def inputs_digest(db, consultation_id: int, digest, leave_out: frozenset[str] = frozenset()) -> None:
    """Feed `digest` (a hashlib object) every row of _INPUTS but the tables in `leave_out`, as SQLite
    stores it (every column, private ones too: a change there rewrites nothing that is public, the
    files come out the same)."""
    cursor = db.conn.cursor()
    cursor.row_factory = None   # plain tuples: their repr is the values
    for table, sql, own in _INPUTS:
        if table in leave_out:
            continue
        digest.update(f"\x00{table}\x00".encode())
        cursor.execute(sql, [consultation_id] if own else [])
        while rows := cursor.fetchmany(BATCH):
            digest.update(repr(rows).encode())


def answers_state(db, consultation_id: int) -> tuple[int, dt.date | None]:
    """(how many contributions have no final answer, the last day any was answered) in one
    query: what the repository's plan needs of a consultation, without reading every row."""
    final = list(FINAL_OUTCOMES)
    unanswered, last = db.execute(
        f"SELECT coalesce(sum(CASE WHEN outcome IN ({','.join('?' * len(final))}) THEN 0 ELSE 1 END), 0), "
        "max(nullif(answered_on, '')) FROM contributions WHERE consultation_id = ?",
        [*final, consultation_id]).fetchone()
    return unanswered, parse_date(last)


def insert_contributions(db, contributions: list[Contribution]) -> list[Contribution]:
    saved = []
    with transaction(db):
        for c in contributions:
            row = contribution_to_row(c)
            row.setdefault("created", _now())
            new_id = db["contributions"].insert(row).last_pk
            saved.append(dataclasses.replace(c, id=new_id))
            for kind in ("duplicate_of", "merged_into"):
                target = getattr(c, kind)
                if target:
                    db["contribution_links"].insert({"contribution_id": new_id, "kind": kind, "target_id": target})
    return saved


_ROW_COLUMNS = (
    "consultation_id", "received_on", "channel", "contributor_name", "organisation", "contributor_type",
    "publish_name", "text", "theme", "section", "votes_for", "votes_against", "opinions", "average_support",
    "due_on", "due_set_by_hand", "outcome", "reason", "decided_by", "meeting_id", "decision_id", "answered_on",
    "commitment", "import_fingerprint", "created", "source_platform", "source_id", "source_parent", "withdrawn_on",
)
_ROW_DEFAULTS = {"publish_name": 0, "due_set_by_hand": 0, "reason": "", "decided_by": "", "commitment": "",
                 "theme": "", "section": "", "contributor_name": "", "organisation": "",
                 "source_platform": "", "source_id": "", "source_parent": ""}


def insert_contribution_rows(db, rows: Iterable[dict]) -> int:
    """The fast path for imports and the demo: plain rows, in batches, in one transaction.

    Plain executemany rather than insert_all: at 100,000 rows sqlite-utils' per-value
    conversions cost more than SQLite's own work. The search index is filled once at the
    end instead of row by row through its trigger: 100,000 rows in a third of the time
    (both measured, see benchmarks/README.md).
    """
    created = _now()
    sql = (f"INSERT INTO contributions ({', '.join(_ROW_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_ROW_COLUMNS))})")
    count = 0
    with transaction(db):
        trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                             "AND name = 'contributions_fts_insert'").fetchone()[0]
        last_id = db.execute("SELECT coalesce(max(id), 0) FROM contributions").fetchone()[0]
        cache = db.execute("PRAGMA cache_size").fetchone()[0]
        db.execute("PRAGMA cache_size = -65536")  # 64 MB while the indexes grow
        db.execute("DROP TRIGGER contributions_fts_insert")
        batch: list[tuple] = []
        for row in rows:
            values = {**_ROW_DEFAULTS, "created": created, **row}
            batch.append(tuple(values.get(name) for name in _ROW_COLUMNS))
            if len(batch) >= BATCH:
                db.conn.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            db.conn.executemany(sql, batch)
            count += len(batch)
        db.execute("INSERT INTO contributions_fts(rowid, text, contributor_name, organisation, theme, section, reason) "
                   "SELECT id, text, contributor_name, organisation, theme, section, reason FROM contributions "
                   "WHERE id > ?", [last_id])
        db.execute(trigger)
        db.execute(f"PRAGMA cache_size = {int(cache)}")
        if count >= 1000:
            # Fresh statistics let the planner pick the due-date index for the overdue list.
            db.execute("ANALYZE contributions")
    return count


def update_contribution(db, c: Contribution) -> None:
    row = contribution_to_row(c)
    for name in ("outcome", "reason", "decided_by", "meeting_id", "decision_id", "answered_on",
                 "commitment", "import_fingerprint", "id"):
        row.pop(name, None)
    with transaction(db):
        db["contributions"].update(c.id, row)


def delete_contributions(db, ids: list[int]) -> None:
    with transaction(db):
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            db.execute(f"DELETE FROM contributions WHERE id IN ({','.join('?' * len(chunk))})", chunk)


def delete_by_fingerprints(db, fingerprints: list[str], progress=None) -> None:
    with transaction(db):
        for start in range(0, len(fingerprints), 500):
            if progress is not None and start % 5000 == 0:
                progress(start, len(fingerprints))
            chunk = fingerprints[start:start + 500]
            db.execute(f"DELETE FROM contributions WHERE import_fingerprint IN ({','.join('?' * len(chunk))})", chunk)


def set_response(db, contribution_id: int, r: Response) -> None:
    with transaction(db):
        db["contributions"].update(contribution_id, {
            "outcome": r.outcome, "reason": r.reason, "decided_by": r.decided_by,
            "meeting_id": r.meeting_id, "decision_id": r.decision_id,
            "answered_on": iso(r.answered_on), "commitment": r.commitment,
        })


def set_responses(db, items: list[tuple[int, Response]]) -> None:
    """Many responses in one transaction (answering many at once, and its undo)."""
    with transaction(db):
        db.conn.executemany(
            "UPDATE contributions SET outcome = ?, reason = ?, decided_by = ?, meeting_id = ?, decision_id = ?, "
            "answered_on = ?, commitment = ? WHERE id = ?",
            [(r.outcome, r.reason, r.decided_by, r.meeting_id, r.decision_id, iso(r.answered_on), r.commitment, cid)
             for cid, r in items])


def answer_candidates(db, consultation_id: int, *, ids: list[int] | None = None, theme: str | None = None,
                      duplicates_of: int | None = None) -> list[dict]:
    """id, outcome and withdrawn_on of the contributions a bulk answer may cover."""
    cols = "c.id, c.outcome, c.withdrawn_on"
    if ids is not None:
        rows = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows += db.execute(f"SELECT {cols} FROM contributions c WHERE c.consultation_id = ? AND c.id IN "
                               f"({','.join('?' * len(chunk))})", [consultation_id, *chunk]).fetchall()
    elif theme is not None:
        rows = db.execute(f"SELECT {cols} FROM contributions c WHERE c.consultation_id = ? AND c.theme = ? "
                          "ORDER BY c.id", [consultation_id, theme]).fetchall()
    else:
        rows = db.execute(f"SELECT {cols} FROM contributions c JOIN contribution_links l ON l.contribution_id = c.id "
                          "WHERE c.consultation_id = ? AND l.kind = 'duplicate_of' AND l.target_id = ? ORDER BY c.id",
                          [consultation_id, duplicates_of]).fetchall()
    return [{"id": r[0], "outcome": r[1], "withdrawn_on": r[2]} for r in rows]


def remember_reason(db, text: str) -> None:
    with transaction(db):
        db.execute("INSERT INTO response_reasons (text, used, updated) VALUES (?, 1, ?) "
                   "ON CONFLICT(text) DO UPDATE SET used = used + 1, updated = excluded.updated", [text, _now()])


def reasons(db, limit: int = 50) -> list[str]:
    return [r[0] for r in db.execute("SELECT text FROM response_reasons ORDER BY used DESC, updated DESC LIMIT ?",
                                     [limit])]


def replace_link(db, contribution_id: int, kind: str, target_id: int | None) -> None:
    with transaction(db):
        db.execute("DELETE FROM contribution_links WHERE contribution_id = ? AND kind = ?", [contribution_id, kind])
        if target_id is not None:
            db["contribution_links"].insert({"contribution_id": contribution_id, "kind": kind, "target_id": target_id})


def link_target(db, contribution_id: int, kind: str) -> int | None:
    row = db.execute("SELECT target_id FROM contribution_links WHERE contribution_id = ? AND kind = ?",
                     [contribution_id, kind]).fetchone()
    return row[0] if row else None


def linked_to(db, target_id: int) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in db.execute(
        "SELECT contribution_id, kind FROM contribution_links WHERE target_id = ? ORDER BY contribution_id",
        [target_id])]


def open_contributions_due(db, before: dt.date) -> list[Contribution]:
    """Contributions without a final answer whose due date is before `before`."""
    rows = list(db["contributions"].rows_where(OPEN_DUE_BEFORE, [before.isoformat()], order_by="due_on, id"))
    links = _links_for(db, [r["id"] for r in rows]) if len(rows) < 900 else _links_for(db, None)
    return [_contribution_from_row(r, links.get(r["id"])) for r in rows]


def existing_fingerprints(db, fingerprints: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(fingerprints), 500):
        chunk = fingerprints[start:start + 500]
        found.update(r[0] for r in db.execute(
            f"SELECT import_fingerprint FROM contributions WHERE import_fingerprint IN ({','.join('?' * len(chunk))})",
            chunk))
    return found


def rows_by_source(db, consultation_id: int, platform: str, source_ids: list[str]) -> dict[str, dict]:
    """Rows imported before from this platform, by their id there."""
    found: dict[str, dict] = {}
    cols = "id, source_id, outcome, reason, decided_by, answered_on, votes_for, votes_against, " \
           "average_support, withdrawn_on"
    for start in range(0, len(source_ids), 500):
        chunk = source_ids[start:start + 500]
        cur = db.execute(f"SELECT {cols} FROM contributions WHERE consultation_id = ? AND source_platform = ? "
                         f"AND source_id IN ({','.join('?' * len(chunk))})", [consultation_id, platform, *chunk])
        names = [d[0] for d in cur.description]
        for r in cur.fetchall():
            found[r[1]] = dict(zip(names, r))
    return found


def apply_import_updates(db, updates: list[dict]) -> None:
    """Each update is {"id": …, column: value, …} (columns of the contribution row)."""
    allowed = {"votes_for", "votes_against", "average_support", "withdrawn_on", "outcome", "reason",
               "decided_by", "answered_on"}
    with transaction(db):
        for change in updates:
            names = [k for k in change if k in allowed]
            if names:
                db.execute(f"UPDATE contributions SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                           [change[n] for n in names] + [change["id"]])


def link_comments_to_their_proposals(db, consultation_id: int) -> int:
    """A comment imported with what it answers (source_parent) is linked ('related') to that
    contribution when it is in the same consultation and from the same platform."""
    with transaction(db):
        cur = db.execute(
            "INSERT OR IGNORE INTO contribution_links (contribution_id, kind, target_id) "
            "SELECT c.id, 'related', p.id FROM contributions c JOIN contributions p "
            "ON p.consultation_id = c.consultation_id AND p.source_platform = c.source_platform "
            "AND p.source_id = c.source_parent AND p.id <> c.id "
            "WHERE c.consultation_id = ? AND c.source_parent <> ''", [consultation_id])
        return cur.rowcount


def themes(db, consultation_id: int | None = None) -> list[str]:
    if consultation_id is None:
        sql, params = "SELECT DISTINCT theme FROM contributions WHERE theme != '' ORDER BY theme COLLATE NOCASE", []
    else:
        sql = ("SELECT DISTINCT theme FROM contributions WHERE consultation_id = ? AND theme != '' "
               "ORDER BY theme COLLATE NOCASE")
        params = [consultation_id]
    return [r[0] for r in db.execute(sql, params)]


# --- attachments ---------------------------------------------------------------------------
def insert_attachment(db, record: dict) -> int:
    with transaction(db):
        return db["contribution_attachments"].insert(record).last_pk


def delete_attachment(db, attachment_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM contribution_attachments WHERE id = ?", [attachment_id])


def attachments_of(db, contribution_id: int) -> list[dict]:
    return list(db["contribution_attachments"].rows_where("contribution_id = ?", [contribution_id], order_by="id"))


# --- summaries -----------------------------------------------------------------------------
def outcome_counts_by_theme(db, consultation_id: int) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for theme, outcome, n in db.execute(
        "SELECT theme, coalesce(outcome, 'none'), count(*) FROM contributions WHERE consultation_id = ? "
        "GROUP BY theme, outcome", [consultation_id]
    ):
        counts.setdefault(theme, {})[outcome] = n
    return counts


def theme_summaries(db, consultation_id: int) -> dict[str, tuple[str, str]]:
    return {
        r[0]: (r[1], r[2]) for r in db.execute(
            "SELECT theme, heard, response FROM theme_summaries WHERE consultation_id = ?", [consultation_id])
    }


def save_theme_summary(db, consultation_id: int, theme: str, heard: str, response: str) -> None:
    with transaction(db):
        if not heard and not response:
            db.execute("DELETE FROM theme_summaries WHERE consultation_id = ? AND theme = ?",
                       [consultation_id, theme])
            return
        db["theme_summaries"].upsert(
            {"consultation_id": consultation_id, "theme": theme, "heard": heard, "response": response,
             "updated": _now()},
            pk=("consultation_id", "theme"),
        )


# --- remembered column mappings ------------------------------------------------------------
def get_mapping(db, headers_key: str) -> dict[str, str] | None:
    row = db.execute("SELECT mapping FROM import_mappings WHERE headers_key = ?", [headers_key]).fetchone()
    return json.loads(row[0]) if row else None


def save_mapping(db, headers_key: str, headers: list[str], mapping: dict[str, str]) -> None:
    with transaction(db):
        db["import_mappings"].upsert(
            {"headers_key": headers_key, "headers": json.dumps(headers, ensure_ascii=False),
             "mapping": json.dumps(mapping, ensure_ascii=False), "updated": _now()},
            pk="headers_key",
        )


# --- search and the lazy table -------------------------------------------------------------
SORT_COLUMNS = {
    "id": "c.id",
    "received_on": "c.received_on",
    "due_on": "c.due_on",
    "channel": "c.channel",
    "contributor": "c.contributor_name COLLATE NOCASE",
    "organisation": "c.organisation COLLATE NOCASE",
    "contributor_type": "c.contributor_type",
    "theme": "c.theme COLLATE NOCASE",
    "section": "c.section COLLATE NOCASE",
    "text": "c.text COLLATE NOCASE",
    "outcome": "coalesce(c.outcome, '')",
    "answered_on": "coalesce(c.answered_on, '')",
    "consultation": "c.consultation_id",
}

TABLE_COLUMNS = (
    "id", "consultation_id", "received_on", "due_on", "channel", "contributor_name", "organisation",
    "publish_name", "contributor_type", "theme", "section", "text", "outcome", "answered_on", "reason",
    "votes_for", "votes_against", "withdrawn_on",
)


def _only_text(flt: ContributionFilter) -> bool:
    return (flt.consultation_id is None and flt.theme is None and not flt.outcome and not flt.channel
            and not flt.contributor_type and flt.overdue_on is None)


# Sorts the covering index can serve without reading the rows themselves.
_COVERED_SORTS = {"id", "received_on", "due_on", "answered_on", "consultation", "theme", "outcome", "channel",
                  "contributor_type"}


def _where(flt: ContributionFilter, fts: str | None, order: str = "received_on") -> tuple[str, list]:
    """FROM … WHERE … for a filter; the FTS5 match joins first (measured faster than IN)."""
    clauses, params = [], []
    source = "contributions c"
    if fts:
        hint = " INDEXED BY contributions_cover" if order in _COVERED_SORTS else ""
        source = f"contributions_fts JOIN contributions c{hint} ON c.id = contributions_fts.rowid"
        clauses.append("contributions_fts MATCH ?")
        params.append(fts)
    if flt.consultation_id is not None:
        clauses.append("c.consultation_id = ?")
        params.append(flt.consultation_id)
    if flt.theme is not None:
        clauses.append("c.theme = ?")
        params.append(flt.theme)
    if flt.outcome == "none":
        clauses.append("c.outcome IS NULL")
    elif flt.outcome:
        clauses.append("c.outcome = ?")
        params.append(flt.outcome)
    if flt.channel:
        clauses.append("c.channel = ?")
        params.append(flt.channel)
    if flt.contributor_type:
        clauses.append("c.contributor_type = ?")
        params.append(flt.contributor_type)
    if flt.overdue_on is not None:
        clauses.append("c.answered_on IS NULL AND c.withdrawn_on IS NULL AND c.due_on < ?")
        params.append(flt.overdue_on.isoformat())
    return source + ((" WHERE " + " AND ".join(clauses)) if clauses else ""), params


# The order of every contribution by date received (newest first), per connection, with what the
# forum looked like when it was read: (connection, data_version, total_changes, ids in order).
_RECEIVED_ORDER: dict[int, tuple[object, int, int, list[int]]] = {}


def _received_order(db) -> list[int]:
    """Every contribution's id, newest first by date received (then by id, newest first).

    Read once (one pass over an index) and kept until this connection or another one changes
    the forum: PRAGMA data_version moves when another connection commits, total_changes when
    this one writes."""
    conn = db.conn
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    kept = _RECEIVED_ORDER.get(id(db))
    if kept is not None and kept[0] is conn and kept[1] == version and kept[2] == conn.total_changes:
        return kept[3]
    ordered = [r[0] for r in conn.execute(
        "SELECT id FROM contributions INDEXED BY contributions_received ORDER BY received_on DESC, id DESC")]
    _RECEIVED_ORDER.clear()  # one forum at a time is searched as you type
    _RECEIVED_ORDER[id(db)] = (conn, version, conn.total_changes, ordered)
    return ordered


# From this many matches a text search sorted by date received keeps the matches from the kept
# order instead of sorting them in SQL (SQLite sorts 50,000 matches in about 60 ms; picking
# them out of the kept order takes a few).
PYTHON_SORT_FROM = 5000


def _in_order(ordered: list[int], matches: list[int]) -> list[int]:
    """The ids of `matches` in the kept order: marked in a byte array by id, then picked out of the
    order at C speed (about half the time of a set lookup per contribution)."""
    if not ordered or not matches:
        return []
    mark = bytearray(max(max(ordered), max(matches)) + 1)
    for i in matches:
        mark[i] = 1
    return list(itertools.compress(ordered, map(mark.__getitem__, ordered)))


def filtered_ids(db, flt: ContributionFilter, fts: str | None, *, order: str = "received_on",
                 descending: bool = True) -> list[int]:
    direction = "DESC" if descending else "ASC"
    if not fts and order == "received_on" and _only_text(flt):
        # Every contribution by date received (the Responses page as it opens): the kept order
        # itself, read here once, so the first keystroke after it finds the order already kept.
        try:
            ordered = _received_order(db)
        except sqlite3.OperationalError:
            ordered = None  # a file made before the index existed: sort in SQL below
        if ordered is not None:
            return list(ordered) if descending else ordered[::-1]
    if fts and order == "received_on" and _only_text(flt):
        try:
            # One JSON array from SQLite rather than a row per match: half the time at 50,000 matches.
            matches = json.loads(db.execute(
                "SELECT json_group_array(rowid) FROM contributions_fts WHERE contributions_fts MATCH ?",
                [fts]).fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc) or "MATCH" in str(exc):
                raise UserError(M_("The search could not be understood ({exc}).").format(exc=exc)) from None
            raise
        if len(matches) >= PYTHON_SORT_FROM:
            try:
                ordered = _received_order(db)
            except sqlite3.OperationalError:
                ordered = None  # a file made before the index existed: sort in SQL below
            if ordered is not None:
                found = _in_order(ordered, matches)
                if len(found) == len(set(matches)):
                    return found if descending else found[::-1]
    if fts and order == "id" and _only_text(flt):
        # The index returns matches in rowid order: no join, no sort.
        sql, params = f"SELECT rowid FROM contributions_fts WHERE contributions_fts MATCH ? ORDER BY rowid {direction}", [fts]
    else:
        source, params = _where(flt, fts, order)
        sql = (f"SELECT c.id FROM {source} "
               f"ORDER BY {SORT_COLUMNS.get(order, 'c.received_on')} {direction}, c.id {direction}")
    try:
        return [r[0] for r in db.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        if "no such index" in str(exc):
            # A file made during development, before the covering index existed.
            return [r[0] for r in db.execute(sql.replace(" INDEXED BY contributions_cover", ""), params)]
        if "fts5" in str(exc) or "MATCH" in str(exc):
            raise UserError(M_("The search could not be understood ({exc}).").format(exc=exc)) from None
        raise


def count(db, flt: ContributionFilter, fts: str | None = None) -> int:
    source, params = _where(flt, fts, "id")
    return db.execute(f"SELECT count(*) FROM {source}", params).fetchone()[0]


def table_rows(db, ids: list[int]) -> dict[int, tuple]:
    """The columns the table shows (TABLE_COLUMNS), for a page of ids."""
    if not ids:
        return {}
    cols = ", ".join(f"c.{name}" for name in TABLE_COLUMNS)
    sql = f"SELECT {cols} FROM contributions c WHERE c.id IN ({','.join('?' * len(ids))})"
    return {r[0]: tuple(r) for r in db.execute(sql, ids)}


# --- meetings and decisions a response can point to ----------------------------------------
def meetings_for_choice(db) -> list[tuple[int, str, str]]:
    """(id, title, starts_at UTC ISO) of every meeting, oldest first."""
    return [(r[0], r[1], r[2]) for r in db.execute("SELECT id, title, starts_at FROM meetings ORDER BY starts_at, id")]


def decisions_for_choice(db, meeting_id: int) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in db.execute(
        "SELECT id, text FROM decisions WHERE meeting_id = ? ORDER BY position, id", [meeting_id])]


def meeting_label(db, meeting_id: int | None) -> str:
    if not meeting_id:
        return ""
    row = db.execute("SELECT title, starts_at FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    return f"{row[0]} ({row[1][:10]})" if row else ""
