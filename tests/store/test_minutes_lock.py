"""The database itself refuses changes to approved minutes: direct SQL, no core in between."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from msf_desk.core import actions, minutes
from msf_desk.core import records
from msf_desk.model.actions import Action
from msf_desk.model.minutes import Decision, Votes
from msf_desk.store.db import open_forum

from tests.core.test_minutes import build_forum, held

LOCKED = "approved and locked"


@pytest.fixture
def approved(db):
    """Meeting 1's minutes with a row in every table, approved at meeting 2."""
    ids = build_forum(db)
    m1, m2, m3 = ids["meetings"]
    item = ids["items"][0]
    for member_id in ids["gov"] + ids["non"]:
        minutes.set_presence(db, m1, member_id, "in_person")
    minutes.add_guest(db, m1, "Guest", "Org")
    minutes.set_discussion(db, item, "Discussed.")
    minutes.set_breakout_notes(db, item, "Group 1 (Ana)\nTheme\n- a point")
    minutes.add_declaration(db, item, ids["gov"][1], "recusal")
    minutes.add_decision(db, Decision(m1, "Adopt", item_id=item, vote_held=True, votes=Votes(5, 6, 0, 0, 0, 0)))
    actions.add_action(db, Action(m1, "Do it", owner_text="Secretariat", due=dt.date(2026, 2, 1)))
    # A draft next door: it must stay editable.
    minutes.set_discussion(db, ids["items"][1], "Draft notes")
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    held(db, m2)
    records.approve(db, m1, m2)
    minutes.amend(db, m1, "A correction.", on=dt.date(2026, 3, 13))
    return db, ids


def refused(db, sql: str, params=()) -> None:
    with pytest.raises(sqlite3.IntegrityError, match=LOCKED):
        db.conn.execute(sql, params)


STATEMENTS = [
    "UPDATE minutes SET summary = 'changed' WHERE meeting_id = :m",
    "UPDATE minutes SET status = 'draft' WHERE meeting_id = :m",
    "UPDATE minutes SET approved_on = '2026-04-01' WHERE meeting_id = :m",
    "DELETE FROM minutes WHERE meeting_id = :m",
    "UPDATE attendance SET presence = 'absent' WHERE meeting_id = :m",
    "DELETE FROM attendance WHERE meeting_id = :m",
    "INSERT INTO attendance (meeting_id, name, kind, presence) VALUES (:m, 'Late guest', 'guest', 'in_person')",
    "UPDATE item_minutes SET discussion = 'rewritten' WHERE item_id = :item",
    "DELETE FROM item_minutes WHERE item_id = :item",
    "UPDATE breakouts SET facilitator = 'someone else' WHERE item_id = :item",
    "DELETE FROM breakouts WHERE item_id = :item",
    "UPDATE breakout_points SET point = 'changed'",
    "DELETE FROM breakout_points",
    "UPDATE item_declarations SET kind = 'waiver' WHERE item_id = :item",
    "DELETE FROM item_declarations WHERE item_id = :item",
    "UPDATE decisions SET for_government = 6 WHERE meeting_id = :m",
    "UPDATE decisions SET outcome = 'not_agreed' WHERE meeting_id = :m",
    "DELETE FROM decisions WHERE meeting_id = :m",
    "INSERT INTO decisions (meeting_id, text) VALUES (:m, 'slipped in')",
    "UPDATE actions SET text = 'changed' WHERE meeting_id = :m",
    "UPDATE actions SET due = '2030-01-01' WHERE meeting_id = :m",
    "UPDATE actions SET owner_text = 'Someone' WHERE meeting_id = :m",
    "DELETE FROM actions WHERE meeting_id = :m",
    "UPDATE amendments SET text = 'quietly changed' WHERE meeting_id = :m",
    "DELETE FROM amendments WHERE meeting_id = :m",
    "DELETE FROM meetings WHERE id = :m",
    "DELETE FROM agenda_items WHERE id = :item",
]


@pytest.mark.parametrize("sql", STATEMENTS)
def test_direct_sql_on_approved_minutes_fails(approved, sql):
    db, ids = approved
    params = {"m": ids["meetings"][0], "item": ids["items"][0]}
    before = db.conn.execute("SELECT count(*), group_concat(discussion) FROM item_minutes").fetchone()
    refused(db, sql, params)
    assert db.conn.execute("SELECT count(*), group_concat(discussion) FROM item_minutes").fetchone() == before


def test_refused_from_a_second_connection_too(approved, forum_path):
    db, ids = approved
    other = open_forum(forum_path)
    try:
        refused(other, "UPDATE decisions SET text = 'x' WHERE meeting_id = ?", [ids["meetings"][0]])
    finally:
        other.conn.close()


def test_what_may_still_change(approved):
    db, ids = approved
    m1 = ids["meetings"][0]
    with db.conn:
        db.conn.execute("UPDATE actions SET status = 'done', closed_on = '2026-03-01' WHERE meeting_id = ?", [m1])
        db.conn.execute("UPDATE minutes SET status = 'published', published_on = '2026-03-20' WHERE meeting_id = ?",
                        [m1])
        db.conn.execute("INSERT INTO amendments (meeting_id, made_on, text) VALUES (?, '2026-03-22', 'Another')",
                        [m1])
        # Other meetings' drafts are untouched by the lock.
        db.conn.execute("UPDATE item_minutes SET discussion = 'edited' WHERE item_id = ?", [ids["items"][1]])
    assert db.conn.execute("SELECT status, published_on FROM minutes WHERE meeting_id = ?", [m1]).fetchone() == (
        "published", "2026-03-20")
    # Published once: the date cannot be moved afterwards (0007_record_locks).
    with pytest.raises(sqlite3.IntegrityError, match="set once"):
        db.conn.execute("UPDATE minutes SET published_on = '2026-03-21' WHERE meeting_id = ?", [m1])
    with pytest.raises(sqlite3.IntegrityError, match="approved and locked|set once"):
        db.conn.execute("UPDATE minutes SET status = 'approved' WHERE meeting_id = ?", [m1])
    refused(db, "UPDATE actions SET text = 'changed', status = 'open' WHERE meeting_id = ?", [m1])


def test_draft_minutes_stay_editable_by_sql(db):
    ids = build_forum(db)
    m1 = ids["meetings"][0]
    minutes.start_minutes(db, m1)
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    with db.conn:
        db.conn.execute("UPDATE minutes SET summary = 'fine' WHERE meeting_id = ?", [m1])
        db.conn.execute("UPDATE attendance SET presence = 'remote' WHERE meeting_id = ?", [m1])
        db.conn.execute("DELETE FROM minutes WHERE meeting_id = ?", [m1])
