"""Keeping the contributions' search index in step with bulk inserts and deletes.

Apart from store/responses.py so that what only moves records to and from the trash (members,
meetings, ...) does not load the responses' records and queries.
"""
from __future__ import annotations

from contextlib import contextmanager


_FTS_COLUMNS = "text, contributor_name, organisation, theme, section, reason"


@contextmanager
def search_index_filled_after(db, ids: list[int], progress=None):
    """Inside a transaction: contributions inserted in the block are added to the search index
    in one statement at the end instead of one by one through the insert trigger (a third of
    the time at 100,000 rows). `ids` are the contributions the block inserts; `progress(n)` is
    called with how many are in the index so far (it may raise to stop)."""
    with _trigger_off(db, "contributions_fts_insert"):
        yield
    for start in range(0, len(ids), 500):
        if progress is not None and start % 5000 == 0:
            progress(start)
        chunk = ids[start:start + 500]
        db.execute(f"INSERT INTO contributions_fts(rowid, {_FTS_COLUMNS}) SELECT id, {_FTS_COLUMNS} "
                   f"FROM contributions WHERE id IN ({','.join('?' * len(chunk))})", chunk)


@contextmanager
def search_index_rebuilt_after(db):
    """Inside a transaction: contributions deleted in the block leave the search index in one
    rebuild at the end instead of one by one through the delete trigger, which reads each
    deleted text again (four times the time of the delete itself at 100,000 rows). For a block
    that deletes more contributions than it leaves: the rebuild reads what is left."""
    with _trigger_off(db, "contributions_fts_delete"):
        yield
    db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('rebuild')")


@contextmanager
def _trigger_off(db, name: str):
    """The trigger `name` dropped for the block and made again as it was, whatever happens."""
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         [name]).fetchone()[0]
    db.execute(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        db.execute(trigger)
