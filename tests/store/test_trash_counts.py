"""Migration 0015: each trash entry keeps its count of rows, written with the entry.

A forum of the version before (14) with entries written as that version wrote them (no count
beside the payload) is upgraded: the trash lists the same entries with the same counts as the
old listing (which counted each payload), every payload unchanged; the entries still restore.
A payload that cannot be counted stops the upgrade and leaves the file as it was."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from msf_desk.core import members, responses, trash
from msf_desk.model.errors import UserError
from msf_desk.model.members import Member
from msf_desk.model.responses import Consultation, Contribution
from msf_desk.store import trash as store_trash
from msf_desk.store.db import create_forum, open_forum, transaction
from msf_desk.store.migrations import SCHEMA_VERSION, _NAMES

NOW = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.timezone.utc)
BEFORE = _NAMES.index("0015_trash_counts")          # the version before: 14

# The listing as version 14 read it: each entry's rows counted from its payload.
OLD_LIST = ("SELECT id, kind, record_id, label, deleted_at, json_array_length(payload, '$.rows') "
            "FROM trash ORDER BY deleted_at DESC, id DESC")


def _old_move(db, kind: str, table: str, record_id: int, label: str, deleted_at: dt.datetime) -> int:
    """Into the trash as version 14 wrote an entry: the payload alone, no count beside it."""
    with transaction(db):
        payload = store_trash.snapshot(db, table, record_id)
        trash_id = db.execute("INSERT INTO trash (kind, record_id, label, deleted_at, payload) VALUES (?, ?, ?, ?, ?)",
                              [kind, record_id, label, trash.stamp(deleted_at),
                               json.dumps(payload, ensure_ascii=False)]).lastrowid
        db.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [record_id])
    return trash_id


def _old_forum(path, contributions: int = 1200):
    """A version-14 forum with a member, a consultation of `contributions` contributions and a
    contribution of another consultation in its trash, written the old way."""
    db = create_forum(path, upto=BEFORE)
    assert "row_count" not in [c[1] for c in db.execute("PRAGMA table_info(trash)")]
    member = members.add_member(db, Member(name="Entered By Mistake", sector="academia", side="non_government",
                                           term_start=dt.date(2026, 1, 1)))
    big = responses.save_consultation(db, Consultation(name="Big one", stage="draft_plan"))
    other = responses.save_consultation(db, Consultation(name="Other", stage="draft_plan"))
    from msf_desk.store import responses as store_responses
    store_responses.insert_contribution_rows(db, [
        {"consultation_id": big.id, "received_on": "2026-05-01", "due_on": "2026-05-29", "channel": "email",
         "contributor_type": "individual", "text": f"Proposal {i} about xylophones"} for i in range(contributions)])
    lone = responses.add_contribution(db, Contribution(consultation_id=other.id, received_on=dt.date(2026, 6, 1),
                                                       text="A lone remark about tubas"))
    entries = [
        _old_move(db, "member", "members", member.id, member.name, NOW - dt.timedelta(days=3)),
        _old_move(db, "consultation", "consultations", big.id, f"Big one (with {contributions} contributions)",
                  NOW - dt.timedelta(days=2)),
        _old_move(db, "contribution", "contributions", lone.id, "No. 1 from an individual", NOW - dt.timedelta(days=1)),
    ]
    return db, entries


def test_an_upgraded_forum_lists_the_same_trash_with_the_counts_stored(tmp_path):
    path = tmp_path / "old.msf"
    old, entries = _old_forum(path)
    listed_before = old.execute(OLD_LIST).fetchall()
    payloads = old.execute("SELECT id, payload FROM trash ORDER BY id").fetchall()
    assert [r[5] for r in listed_before] == [1, 1 + 1200, 1]       # newest first: the contribution, the consultation, the member
    old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old.conn.close()

    db = open_forum(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT id, payload FROM trash ORDER BY id").fetchall() == payloads
    assert [tuple(vars(r).values()) for r in store_trash.list_trash(db)] == listed_before
    assert [(i.id, i.kind, i.record_id, i.label, trash.stamp(i.deleted_at), i.rows)
            for i in trash.items(db, now=NOW)] == listed_before
    # The list no longer reads any payload: a payload emptied of its rows leaves the counts as stored.
    with transaction(db):
        db.execute("UPDATE trash SET payload = '{}' WHERE id = ?", [entries[0]])
    assert [i.rows for i in trash.items(db, now=NOW)] == [r[5] for r in listed_before]
    db.execute("UPDATE trash SET payload = ? WHERE id = ?", [dict(payloads)[entries[0]], entries[0]])
    # The old entries still come back, and going to the trash again stores the count.
    for trash_id in entries:
        trash.restore(db, trash_id)
    assert db.execute("SELECT count(*) FROM contributions").fetchone()[0] == 1201
    consultation = db.execute("SELECT id FROM consultations WHERE name = 'Big one'").fetchone()[0]
    again = responses.trash_consultation(db, consultation, now=NOW)
    assert trash.entry(db, again).rows == 1201
    assert db.execute("SELECT row_count, json_array_length(payload, '$.rows') FROM trash WHERE id = ?",
                      [again]).fetchone() == (1201, 1201)
    db.conn.close()


def test_a_new_forum_and_an_upgraded_one_have_the_same_trash_table(tmp_path):
    fresh = create_forum(tmp_path / "new.msf")
    old, _ = _old_forum(tmp_path / "old.msf", contributions=3)
    old.conn.close()
    upgraded = open_forum(tmp_path / "old.msf")
    schema = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'trash' ORDER BY type, name"
    assert fresh.execute(schema).fetchall() == upgraded.execute(schema).fetchall()
    # No entry can be written without its count.
    with pytest.raises(sqlite3.IntegrityError):
        fresh.execute("INSERT INTO trash (kind, record_id, label, deleted_at, payload) "
                      "VALUES ('member', 1, 'x', '2026-06-15T10:00:00Z', '{\"rows\": []}')")
    fresh.conn.close()
    upgraded.conn.close()


def test_a_payload_that_cannot_be_counted_stops_the_upgrade_and_changes_nothing(tmp_path):
    path = tmp_path / "old.msf"
    old, entries = _old_forum(path, contributions=3)
    old.execute("UPDATE trash SET payload = ? WHERE id = ?", ['{"rows": [{"table": "members"', entries[0]])
    before = old.execute("SELECT * FROM trash ORDER BY id").fetchall()
    old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old.conn.close()
    with pytest.raises(UserError) as refused:
        open_forum(path)
    said = str(refused.value)
    assert said.startswith("old.msf could not be upgraded for this version of MSF Desk: step 15 ")
    assert "malformed JSON" in said and "Nothing was changed" in said and "(format version 14)" in said
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == BEFORE
    assert "row_count" not in [c[1] for c in conn.execute("PRAGMA table_info(trash)")]
    assert conn.execute("SELECT * FROM trash ORDER BY id").fetchall() == before
    assert conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'trash%' ORDER BY name").fetchall() == [
        ("trash",), ("trash_deleted_at",)]
    conn.close()
