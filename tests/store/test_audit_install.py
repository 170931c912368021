"""The change log's triggers (msf_desk/store/audit.py): every connection that may write gets one
TEMP trigger per table of the forum and per kind of write, made in one script in a transaction
of its own when none is open (all or none), statement by statement inside a caller's transaction
(which then stays the caller's)."""
from __future__ import annotations

import sqlite3

import pytest

from msf_desk.store import audit
from msf_desk.store.db import _connect, open_forum, transaction


def forum_tables(db) -> set[str]:
    """The tables whose writes the log must see, worked out here from the schema on its own:
    every ordinary table but the log's two, full-text indexes and their shadow tables."""
    rows = db.conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'").fetchall()
    virtual = {name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")}
    return {name for name, sql in rows
            if not name.startswith("sqlite_") and name not in ("audit_log", "audit_records")
            and name not in virtual and not any(name.startswith(v + "_") for v in virtual)
            and "WITHOUT ROWID" not in sql.upper()}


def temp_triggers(db) -> dict[str, str]:
    return dict(db.conn.execute("SELECT name, sql FROM temp.sqlite_master WHERE type = 'trigger'").fetchall())


def test_opening_a_forum_to_write_gives_every_table_its_three_triggers(demo_path):
    db = open_forum(demo_path)
    try:
        tables = forum_tables(db)
        assert len(tables) > 30                       # the demo's schema, not an empty list
        made = temp_triggers(db)
        assert set(made) == {f"msf_audit_{t}_{op}" for t in tables for op in ("insert", "update", "delete")}
        for table in tables:
            for op in ("INSERT", "UPDATE", "DELETE"):
                # SQLite keeps the statement as "CREATE TRIGGER ...", without TEMP and IF NOT EXISTS
                assert made[f"msf_audit_{table}_{op.lower()}"] == audit._trigger(table, op).replace(
                    "CREATE TEMP TRIGGER IF NOT EXISTS", "CREATE TRIGGER")
        assert audit.installed(db) and not db.conn.in_transaction
    finally:
        db.close()


def test_each_kind_of_write_is_noted_and_logged_on_a_forum_just_opened(demo_path):
    db = open_forum(demo_path)
    try:
        before = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        with transaction(db, "Added a holiday"):
            db.execute("INSERT INTO holidays (day, name) VALUES ('2031-01-02', 'Test day')")
        with transaction(db, "Renamed it"):
            db.execute("UPDATE holidays SET name = 'Renamed' WHERE day = '2031-01-02'")
        # A write outside any transaction (committed at once) is noted too, and logged when the
        # next transaction begins.
        db.execute("DELETE FROM holidays WHERE day = '2031-01-02'")
        with transaction(db, "Nothing else"):
            pass
        summaries = [row[0] for row in db.execute(
            "SELECT summary FROM audit_log WHERE id > ? ORDER BY id", [before]).fetchall()]
        assert summaries == ["Added a holiday", "Renamed it", "Changed records: 1 in holidays"]
        tables = {row[0] for row in db.execute(
            "SELECT tbl FROM audit_records r JOIN audit_log l ON l.id = r.entry_id WHERE l.id > ?", [before])}
        assert tables == {"holidays"}
    finally:
        db.close()


def test_made_inside_a_caller_s_transaction_the_transaction_stays_the_caller_s(demo_path):
    db = _connect(demo_path)            # a connection to write, without the triggers yet
    try:
        assert not audit.installed(db)
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("INSERT INTO holidays (day, name) VALUES ('2031-01-03', 'Not kept')")
        audit.install(db)
        assert db.conn.in_transaction       # nothing committed the caller's write ...
        assert len(temp_triggers(db)) == 3 * len(forum_tables(db))
        db.conn.execute("ROLLBACK")         # ... so the caller can still undo it
        assert db.execute("SELECT count(*) FROM holidays WHERE day = '2031-01-03'").fetchone()[0] == 0
    finally:
        db.close()
    # the same file seen from another connection: the write was never committed
    other = sqlite3.connect(demo_path)
    try:
        assert other.execute("SELECT count(*) FROM holidays WHERE day = '2031-01-03'").fetchone()[0] == 0
    finally:
        other.close()


def test_triggers_that_cannot_all_be_made_are_none_of_them_made(demo_path, monkeypatch):
    db = _connect(demo_path)
    try:
        real = audit._tables(db)
        monkeypatch.setattr(audit, "_tables", lambda _db: real[:5] + ["no_such_table"] + real[5:])
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            audit.install(db)
        assert not db.conn.in_transaction
        assert temp_triggers(db) == {}          # not the five made before the failing one
        assert not audit.installed(db)
    finally:
        db.close()


def test_a_reading_connection_gets_no_trigger(demo_path):
    for access in ("read", "reader"):
        db = open_forum(demo_path, access=access)
        try:
            assert temp_triggers(db) == {} and not audit.installed(db)
        finally:
            db.close()
