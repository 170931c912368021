"""The database itself keeps an approved meeting as approved, against plain SQL.

Every statement runs through Python's own `sqlite3` module on the forum file, with its
defaults (foreign keys off, recursive triggers off: the settings of every SQLite tool),
so no MSF Desk code stands in between. Each refused statement must leave every table
exactly as it was.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest

from msf_desk.core import actions, minutes, papers
from msf_desk.core import records
from msf_desk.model.actions import Action
from msf_desk.model.minutes import Decision, Votes
from msf_desk.model.meetings import Paper

from tests.core.test_minutes import build_forum, held


@pytest.fixture
def locked_file(db, forum_path):
    """Meeting 1: approved (at meeting 2) and published, with a row in every table.
    Meeting 3: draft minutes with a row in every table (the rows an attacker moves)."""
    ids = build_forum(db)
    m1, m2, m3 = ids["meetings"]
    item1, _, item3 = ids["items"]
    papers.add_paper(db, Paper(m1, "Budget paper", item_id=item1, reference="https://example.org/budget"))
    for meeting, item in ((m1, item1), (m3, item3)):
        for member_id in ids["gov"] + ids["non"]:
            minutes.set_presence(db, meeting, member_id, "in_person")
        minutes.add_guest(db, meeting, "Guest", "Org")
        minutes.set_discussion(db, item, "Discussed.")
        minutes.set_breakout_notes(db, item, "Group 1 (Ana)\nTheme\n- a point")
        minutes.add_declaration(db, item, ids["gov"][1], "recusal")
        minutes.add_decision(db, Decision(meeting, "Adopt", item_id=item, vote_held=True,
                                          votes=Votes(5, 6, 0, 0, 0, 0)))
        actions.add_action(db, Action(meeting, "Do it", owner_text="Secretariat", due=dt.date(2026, 2, 1)))
    papers.add_paper(db, Paper(m3, "Draft paper", item_id=item3, reference="https://example.org/draft"))
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    held(db, m2)
    records.approve(db, m1, m2)
    minutes.amend(db, m1, "A correction.", on=dt.date(2026, 3, 13))
    minutes.publish(db, m1, on=dt.date(2026, 3, 20))
    db.conn.execute("INSERT INTO amendments (meeting_id, made_on, text) VALUES (?, '2026-06-01', 'draft side')",
                    [m3])
    db.conn.commit()
    db.conn.close()

    conn = sqlite3.connect(str(forum_path))
    assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0

    def one(sql, *params):
        return conn.execute(sql, params).fetchone()[0]

    keys = {
        "m1": m1, "m3": m3, "item1": item1, "item3": item3,
        "uid1": one("SELECT uid FROM meetings WHERE id = ?", m1),
        "att1": one("SELECT min(id) FROM attendance WHERE meeting_id = ?", m1),
        "att3": one("SELECT min(id) FROM attendance WHERE meeting_id = ?", m3),
        "dec1": one("SELECT id FROM decisions WHERE meeting_id = ?", m1),
        "dec3": one("SELECT id FROM decisions WHERE meeting_id = ?", m3),
        "act1": one("SELECT id FROM actions WHERE meeting_id = ?", m1),
        "act3": one("SELECT id FROM actions WHERE meeting_id = ?", m3),
        "am1": one("SELECT id FROM amendments WHERE meeting_id = ?", m1),
        "am3": one("SELECT id FROM amendments WHERE meeting_id = ?", m3),
        "br1": one("SELECT id FROM breakouts WHERE item_id = ?", item1),
        "br3": one("SELECT id FROM breakouts WHERE item_id = ?", item3),
        "pt1": one("SELECT p.id FROM breakout_points p JOIN breakouts b ON b.id = p.breakout_id WHERE b.item_id = ?",
                   item1),
        "pt3": one("SELECT p.id FROM breakout_points p JOIN breakouts b ON b.id = p.breakout_id WHERE b.item_id = ?",
                   item3),
        "dl1": one("SELECT id FROM item_declarations WHERE item_id = ?", item1),
        "pa1": one("SELECT id FROM papers WHERE meeting_id = ?", m1),
        "pa3": one("SELECT id FROM papers WHERE meeting_id = ?", m3),
        "member": ids["gov"][1],
    }
    yield conn, keys
    conn.close()


def fingerprint(conn) -> str:
    """Every row of every table, in order: a refused statement must leave this unchanged."""
    digest = hashlib.sha256()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        for row in sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"')):
            digest.update(f"{table}:{row}".encode())
    return digest.hexdigest()


ATTACKS = {
    # Editing the approved meeting and its agenda.
    "meeting title": "UPDATE meetings SET title = 'Rewritten' WHERE id = :m1",
    "meeting date": "UPDATE meetings SET starts_at = '2026-01-16T15:00:00Z', ends_at = '2026-01-16T18:00:00Z' "
                    "WHERE id = :m1",
    "meeting status": "UPDATE meetings SET status = 'cancelled' WHERE id = :m1",
    "item title": "UPDATE agenda_items SET title = 'Rewritten' WHERE id = :item1",
    "item added": "INSERT INTO agenda_items (meeting_id, position, title) VALUES (:m1, 9, 'Slipped in')",
    "paper title": "UPDATE papers SET title = 'Rewritten' WHERE id = :pa1",
    "paper position": "UPDATE papers SET position = 7 WHERE id = :pa1",
    "paper deleted": "DELETE FROM papers WHERE id = :pa1",
    "paper added": "INSERT INTO papers (meeting_id, title) VALUES (:m1, 'Slipped in')",
    # Moving rows out of (or into) the approved meeting.
    "item moved out": "UPDATE agenda_items SET meeting_id = :m3 WHERE id = :item1",
    "item moved in": "UPDATE agenda_items SET meeting_id = :m1 WHERE id = :item3",
    "paper moved out": "UPDATE papers SET meeting_id = :m3 WHERE id = :pa1",
    "decision moved out": "UPDATE decisions SET meeting_id = :m3 WHERE id = :dec1",
    "decision moved in": "UPDATE decisions SET meeting_id = :m1 WHERE id = :dec3",
    "action moved out": "UPDATE actions SET meeting_id = :m3 WHERE id = :act1",
    "attendance moved out": "UPDATE attendance SET meeting_id = :m3 WHERE id = :att1",
    "amendment moved out": "UPDATE amendments SET meeting_id = :m3 WHERE id = :am1",
    "breakout moved out": "UPDATE breakouts SET item_id = :item3 WHERE id = :br1",
    "point moved out": "UPDATE breakout_points SET breakout_id = :br3 WHERE id = :pt1",
    "declaration moved out": "UPDATE item_declarations SET item_id = :item3 WHERE id = :dl1",
    "notes moved out": "UPDATE item_minutes SET item_id = :item3 WHERE item_id = :item1",
    # INSERT OR REPLACE over a locked row (REPLACE deletes without firing delete triggers).
    "replace minutes": "INSERT OR REPLACE INTO minutes (meeting_id, status, summary) VALUES (:m1, 'draft', 'x')",
    "replace attendance": "INSERT OR REPLACE INTO attendance (id, meeting_id, name, kind, presence) "
                          "VALUES (:att1, :m3, 'x', 'guest', 'in_person')",
    "replace decision": "INSERT OR REPLACE INTO decisions (id, meeting_id, text) VALUES (:dec1, :m3, 'x')",
    "replace action": "INSERT OR REPLACE INTO actions (id, meeting_id, text) VALUES (:act1, :m3, 'x')",
    "replace amendment": "INSERT OR REPLACE INTO amendments (id, meeting_id, made_on, text) "
                         "VALUES (:am1, :m1, '2026-03-13', 'quietly rewritten')",
    "replace notes": "INSERT OR REPLACE INTO item_minutes (item_id, discussion) VALUES (:item1, 'x')",
    "replace breakout": "INSERT OR REPLACE INTO breakouts (id, item_id, group_name) VALUES (:br1, :item3, 'x')",
    "replace point": "INSERT OR REPLACE INTO breakout_points (id, breakout_id, point) VALUES (:pt1, :br3, 'x')",
    "replace declaration": "INSERT OR REPLACE INTO item_declarations (id, item_id, member_id) "
                           "VALUES (:dl1, :item3, :member)",
    "replace meeting": "INSERT OR REPLACE INTO meetings (id, title, starts_at, ends_at) "
                       "VALUES (:m1, 'x', '2026-01-15T15:00:00Z', '2026-01-15T18:00:00Z')",
    "replace meeting by uid": "INSERT OR REPLACE INTO meetings (title, starts_at, ends_at, uid) "
                              "VALUES ('x', '2026-01-15T15:00:00Z', '2026-01-15T18:00:00Z', :uid1)",
    "replace item": "INSERT OR REPLACE INTO agenda_items (id, meeting_id, position, title) "
                    "VALUES (:item1, :m3, 1, 'x')",
    "replace paper": "INSERT OR REPLACE INTO papers (id, meeting_id, title) VALUES (:pa1, :m3, 'x')",
    # UPDATE OR REPLACE: a draft row's key moved onto a locked row's key.
    "key onto minutes": "UPDATE OR REPLACE minutes SET meeting_id = :m1 WHERE meeting_id = :m3",
    "key onto attendance": "UPDATE OR REPLACE attendance SET id = :att1 WHERE id = :att3",
    "key onto decision": "UPDATE OR REPLACE decisions SET id = :dec1 WHERE id = :dec3",
    "key onto action": "UPDATE OR REPLACE actions SET id = :act1 WHERE id = :act3",
    "key onto amendment": "UPDATE OR REPLACE amendments SET id = :am1 WHERE id = :am3",
    "key onto breakout": "UPDATE OR REPLACE breakouts SET id = :br1 WHERE id = :br3",
    "key onto point": "UPDATE OR REPLACE breakout_points SET id = :pt1 WHERE id = :pt3",
    "key onto meeting": "UPDATE OR REPLACE meetings SET id = :m1 WHERE id = :m3",
    "key onto meeting uid": "UPDATE OR REPLACE meetings SET uid = :uid1 WHERE id = :m3",
    "key onto item": "UPDATE OR REPLACE agenda_items SET id = :item1 WHERE id = :item3",
    "key onto paper": "UPDATE OR REPLACE papers SET id = :pa1 WHERE id = :pa3",
    # The publication date: once, never before approval.
    "published again": "UPDATE minutes SET published_on = '2026-04-01' WHERE meeting_id = :m1",
    "publication removed": "UPDATE minutes SET published_on = NULL WHERE meeting_id = :m1",
    "draft published": "UPDATE minutes SET status = 'published', published_on = '2026-06-01' "
                       "WHERE meeting_id = :m3",
    # The frozen record itself.
    "snapshot rewritten": "UPDATE record_locks SET content = '{}' WHERE meeting_id = :m1",
    "snapshot deleted": "DELETE FROM record_locks WHERE meeting_id = :m1",
    "snapshot replaced": "INSERT OR REPLACE INTO record_locks (meeting_id, kind, audience, as_of, taken_at, origin, "
                         "content, sha256) VALUES (:m1, 'minutes', 'public', '2026-03-12', 'x', 'approval', '{}', 'x')",
}


@pytest.mark.parametrize("sql", ATTACKS.values(), ids=ATTACKS.keys())
def test_plain_sql_cannot_change_an_approved_meeting(locked_file, sql):
    conn, keys = locked_file
    before = fingerprint(conn)
    with pytest.raises(sqlite3.IntegrityError):
        with conn:
            conn.execute(sql, keys)
    assert fingerprint(conn) == before


def test_publication_never_before_approval(db, forum_path):
    ids = build_forum(db)
    m1, m2, _ = ids["meetings"]
    minutes.start_minutes(db, m1)
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    held(db, m2)
    records.approve(db, m1, m2)
    db.conn.close()
    conn = sqlite3.connect(str(forum_path))
    with pytest.raises(sqlite3.IntegrityError, match="never before their approval"):
        with conn:
            conn.execute("UPDATE minutes SET status = 'published', published_on = '2026-03-01' WHERE meeting_id = ?",
                         [m1])
    with conn:
        conn.execute("UPDATE minutes SET status = 'published', published_on = '2026-03-12' WHERE meeting_id = ?",
                     [m1])
    conn.close()


def test_what_the_tracker_and_the_forum_may_still_do(locked_file):
    """The later life of the approved meeting's actions and papers, and every draft."""
    conn, k = locked_file
    with conn:
        conn.execute("UPDATE actions SET status = 'done', closed_on = '2026-04-02' WHERE id = :act1", k)
        conn.execute("UPDATE actions SET status = 'open', closed_on = NULL WHERE id = :act1", k)
        conn.execute("UPDATE papers SET disclosure = 'confidential' WHERE id = :pa1", k)
        conn.execute("INSERT INTO amendments (meeting_id, made_on, text) VALUES (:m1, '2026-04-03', 'Another')", k)
        conn.execute("UPDATE meetings SET title = 'Renamed draft meeting' WHERE id = :m3", k)
        conn.execute("UPDATE agenda_items SET title = 'Renamed item' WHERE id = :item3", k)
        conn.execute("INSERT OR REPLACE INTO item_minutes (item_id, discussion) VALUES (:item3, 'redone')", k)
        conn.execute("UPDATE papers SET title = 'Renamed paper' WHERE id = :pa3", k)
    assert conn.execute("SELECT disclosure FROM papers WHERE id = ?", [k["pa1"]]).fetchone()[0] == "confidential"
