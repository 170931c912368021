"""The audit log: when, who, what, and which records, for every change to the forum.

How it cannot be forgotten: each connection that may write gets TEMP triggers on every
table of the forum, which note the rows any statement inserts, updates or deletes. The
transaction helper (store.db.transaction) writes one log entry at the commit of each
outermost transaction, with the sentence the core function gave it ("Approved the minutes
of 12 March 2026") and the records the triggers noted. A write whose code gave no sentence
is logged all the same, with one made from the tables it touched.

The TEMP triggers live only in the connection (never in the file), so the file's schema is
what the migrations made and other programs see no triggers of ours.
"""
from __future__ import annotations

import datetime as dt
import json
from contextlib import contextmanager

from msf_desk.store.lock import machine_name, user_name

LOG = "audit_log"
RECORDS = "audit_records"
_SKIP = {LOG, RECORDS}


def _tables(db) -> list[str]:
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    out = []
    for name, sql in rows:
        if name in _SKIP or name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue
        if "WITHOUT ROWID" in (sql or "").upper():
            continue
        out.append(name)
    return out


def installed(db) -> bool:
    return getattr(db, "_audit_installed", False)


def install(db) -> None:
    """Give this connection the triggers that note changed rows (when the file has a log)."""
    if getattr(db, "access", "write") in ("read", "reader"):
        return      # SQLite refuses every write on these connections (query_only)
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [LOG]).fetchone():
        return
    db.execute("PRAGMA temp_store = MEMORY")
    statements = ["CREATE TEMP TABLE IF NOT EXISTS msf_changes (tbl TEXT NOT NULL, rid INTEGER NOT NULL, "
                  "PRIMARY KEY (tbl, rid)) WITHOUT ROWID"]
    statements += [_trigger(table, op) for table in _tables(db) for op in ("INSERT", "UPDATE", "DELETE")]
    if db.conn.in_transaction:
        # Inside the caller's transaction (no caller of ours does this): statement by statement,
        # so that the transaction stays the caller's to commit or roll back.
        for sql in statements:
            db.execute(sql)
    else:
        # No transaction is open (just checked), so the script's implicit COMMIT commits nothing of
        # anyone's: the triggers are made in one transaction of their own, all or none (a
        # hundred-odd statements, each made on its own before: some 10% of their cost less).
        try:
            db.conn.executescript("BEGIN;\n" + ";\n".join(statements) + ";\nCOMMIT;")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")     # none of the triggers is kept
            raise
    db._audit_installed = True


def _trigger(table: str, op: str) -> str:
    quoted = table.replace("'", "''")
    row = "OLD" if op == "DELETE" else "NEW"
    return (f"CREATE TEMP TRIGGER IF NOT EXISTS [msf_audit_{table}_{op.lower()}] AFTER {op} ON main.[{table}] "
            f"BEGIN INSERT OR IGNORE INTO msf_changes (tbl, rid) VALUES ('{quoted}', {row}.rowid); END")


@contextmanager
def noted_together(db, table: str, op: str):
    """Inside a transaction, for a block that inserts (or deletes) many rows of `table` and knows
    which: the trigger that notes each row for the history is dropped for the block, and the block
    notes the rows itself, all at once, with the function it is given (`note(rowids)`): the same
    rows noted, the same history written at the commit (100,000 contributions put back: about half
    a second less). The trigger is made again at the end, whatever happens (and a rollback undoes
    the drop anyway). Only for a block in which nothing else writes to `table` (no trigger of the
    forum's names it: the caller checks)."""
    name = f"msf_audit_{table}_{op.lower()}"
    if not installed(db) or not db.execute("SELECT 1 FROM temp.sqlite_master WHERE type = 'trigger' AND name = ?",
                                           [name]).fetchone():
        yield lambda rowids: None        # no history in this file (or on this connection)
        return

    def note(rowids) -> None:
        db.execute("INSERT OR IGNORE INTO temp.msf_changes (tbl, rid) SELECT ?, value FROM json_each(?)",
                   [table, json.dumps(list(rowids))])

    db.execute(f"DROP TRIGGER temp.[{name}]")
    try:
        yield note
    finally:
        db.execute(_trigger(table, op))


def _ranges(ids: list[int]) -> list[str]:
    out: list[str] = []
    start = prev = None
    for i in ids:
        if start is None:
            start = prev = i
        elif i == prev + 1:
            prev = i
        else:
            out.append(str(start) if start == prev else f"{start}-{prev}")
            start = prev = i
    if start is not None:
        out.append(str(start) if start == prev else f"{start}-{prev}")
    return out


def _pending(db) -> dict[str, list[int]]:
    changed: dict[str, list[int]] = {}
    for tbl, rid in db.execute("SELECT tbl, rid FROM temp.msf_changes ORDER BY tbl, rid"):
        changed.setdefault(tbl, []).append(rid)
    return changed


def _fallback(changed: dict[str, list[int]]) -> str:
    parts = [f"{len(ids)} in {tbl.replace('_', ' ')}" for tbl, ids in sorted(changed.items())]
    return "Changed records: " + ", ".join(parts) if parts else "Changed the forum"


def _write(db, summaries: list[tuple[str, str]], changed: dict[str, list[int]]) -> None:
    # Nothing changed (a dry run, a refused edit): nothing to log, except an upgrade of the file.
    if not changed and not any(action == "upgrade" for action, _ in summaries):
        return
    seen: list[str] = []
    for _, text in summaries:
        if text not in seen:
            seen.append(text)
    summary = "; ".join(seen) if seen else _fallback(changed)
    action = next((a for a, _ in summaries if a), "") or ("change" if seen else "other")
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    cursor = db.conn.execute(
        f"INSERT INTO {LOG} (at, user, machine, action, summary) VALUES (?, ?, ?, ?, ?)",
        [at, user_name(), machine_name(), action, summary],
    )
    entry = cursor.lastrowid
    rows = []
    for tbl, ids in changed.items():
        for part in _ranges(ids):
            first, _, last = part.partition("-")
            rows.append((entry, tbl, int(first), int(last or first)))
    db.conn.executemany(f"INSERT INTO {RECORDS} (entry_id, tbl, first_id, last_id) VALUES (?, ?, ?, ?)", rows)
    db.conn.execute("DELETE FROM temp.msf_changes")


def begin(db) -> None:
    """At the start of an outermost transaction: log rows written outside any transaction."""
    if installed(db) and db.execute("SELECT 1 FROM temp.msf_changes LIMIT 1").fetchone():
        _write(db, [], _pending(db))


def commit(db, summaries: list[tuple[str, str]]) -> None:
    """Just before COMMIT: one entry for the whole transaction."""
    if installed(db):
        _write(db, summaries, _pending(db))


# --- reading ------------------------------------------------------------------------------

def has_log(db) -> bool:
    return bool(db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [LOG]).fetchone())


def entries(db, since: str | None = None, limit: int | None = None) -> list[dict]:
    """Newest first: dicts with id, at, user, machine, action, summary, records."""
    if not has_log(db):
        return []
    sql = f"SELECT id, at, user, machine, action, summary FROM {LOG}"
    args: list = []
    if since:
        sql += " WHERE at >= ?"
        args.append(since)
    sql += " ORDER BY id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = [dict(zip(("id", "at", "user", "machine", "action", "summary"), row))
           for row in db.execute(sql, args).fetchall()]
    if not out:
        return out
    by_id = {e["id"]: e for e in out}
    for e in out:
        e["records"] = {}
    low, high = min(by_id), max(by_id)
    for entry_id, tbl, first, last in db.execute(
            f"SELECT entry_id, tbl, first_id, last_id FROM {RECORDS} WHERE entry_id BETWEEN ? AND ? "
            "ORDER BY entry_id, tbl, first_id", [low, high]):
        if entry_id in by_id:
            by_id[entry_id]["records"].setdefault(tbl, []).append(
                str(first) if first == last else f"{first}-{last}")
    return out


def last_change(db, table: str, row_id: int) -> dict | None:
    """The newest entry that changed one record: {at, user, machine, summary}."""
    if not has_log(db):
        return None
    row = db.execute(
        f"SELECT l.at, l.user, l.machine, l.summary FROM {RECORDS} r JOIN {LOG} l ON l.id = r.entry_id "
        "WHERE r.tbl = ? AND r.first_id <= ? AND r.last_id >= ? ORDER BY l.id DESC LIMIT 1",
        [table, row_id, row_id],
    ).fetchone()
    return dict(zip(("at", "user", "machine", "summary"), row)) if row else None
