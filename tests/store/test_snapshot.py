"""Work off the GUI thread reads one snapshot of the forum: what the window writes meanwhile does
not change a document half-way; the work's own first write sees the newest forum."""
from __future__ import annotations

from msf_desk.core.forum import worker_db
from msf_desk.store.db import open_forum, transaction


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
