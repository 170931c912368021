"""Work off the GUI thread reads one snapshot of the forum: what the window writes meanwhile does
not change a document half-way; the work's own first write sees the newest forum."""
from __future__ import annotations

import sqlite3

import pytest

from msf_desk.core import consultations_due
from msf_desk.core.forum import read_off_thread, worker_db
from msf_desk.store import forum as forum_store
from msf_desk.store.db import WriteNeeded, open_forum, transaction


def count_members(db) -> int:
    return db.execute("SELECT count(*) FROM members").fetchone()[0]


def add_member(db, name: str) -> None:
    with transaction(db, f"Added {name}"):
        db["members"].insert({"name": name, "sector": "civil_society", "side": "non_government", "role": "member"})


def test_a_worker_reads_the_forum_as_it_stood_when_it_began(forum_path, db):
    add_member(db, "First")
    db.conn.close()
    window = open_forum(forum_path, access="edit")
    try:
        with worker_db(forum_path, one_snapshot=True) as worker:
            assert count_members(worker) == 1
            add_member(window, "Added in the window meanwhile")
            assert count_members(window) == 2
            assert count_members(worker) == 1            # the worker's view has not moved
            add_member(worker, "Written by the worker")   # its first write ends the snapshot
            assert count_members(worker) == 3
        with worker_db(forum_path) as plain:
            assert count_members(plain) == 3              # nothing was lost on either side
    finally:
        window.conn.close()


def test_a_pages_reading_connection_cannot_write_and_has_no_change_log_triggers(forum_path, db):
    add_member(db, "First")
    db.conn.close()
    window = open_forum(forum_path, access="edit")
    try:
        with worker_db(forum_path, one_snapshot=True, reading=True) as reader:
            assert count_members(reader) == 1
            triggers = reader.execute("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'").fetchone()[0]
            assert triggers == 0
            # A write through it is refused by SQLite itself, not merely left out of the log...
            with pytest.raises(WriteNeeded) as refused:
                reader.execute("INSERT INTO members (name, sector, side, role) "
                               "VALUES ('Sneaked in', 'civil_society', 'non_government', 'member')")
            assert isinstance(refused.value.__cause__, sqlite3.OperationalError)
            with pytest.raises(WriteNeeded):
                reader.execute("UPDATE members SET name = 'Renamed'")
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                reader.conn.execute("DELETE FROM members")      # the bare connection too
            # ... and so is one through the transaction helper.
            with pytest.raises(WriteNeeded):
                add_member(reader, "Through a transaction")
            add_member(window, "Added in the window meanwhile")
            assert count_members(reader) == 1               # it reads one snapshot, as workers do
        # The window's connection keeps its triggers, and its write is in the log.
        assert window.execute("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'").fetchone()[0] > 0
        assert [r[0] for r in window.execute("SELECT name FROM members ORDER BY id")] == [
            "First", "Added in the window meanwhile"]
        logged = window.execute("SELECT count(*) FROM audit_log WHERE summary LIKE '%meanwhile%'").fetchone()[0]
        assert logged == 1
    finally:
        window.conn.close()


def test_a_reading_that_comes_to_a_write_is_done_again_where_the_write_is_logged(forum_path, db):
    """Today's reading works the due dates out again when the forum's holidays changed: on the
    reading connection that write is refused, so the whole reading runs again on a worker's
    connection, whose write the change log notes."""
    add_member(db, "First")
    consultations_due.refresh_due_dates(db)
    with transaction(db, "Holidays changed elsewhere"):
        forum_store.set_setting(db, "responses.due_basis", "an older rule")
    db.conn.close()
    window = open_forum(forum_path, access="edit")
    try:
        accesses = []

        def reading(rdb):
            accesses.append(rdb.access)
            consultations_due.refresh_due_dates(rdb)
            return count_members(rdb)

        assert read_off_thread(forum_path, reading) == 1
        assert accesses == ["reader", "edit_shared"]
        assert forum_store.get_setting(window, "responses.due_basis") != "an older rule"
        assert read_off_thread(forum_path, reading) == 1      # nothing left to write: read once
        assert accesses == ["reader", "edit_shared", "reader"]
        last = window.execute("SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert last != "Holidays changed elsewhere"           # the reading's write was logged
    finally:
        window.conn.close()
