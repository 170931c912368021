"""Keeping the contributions' search index in step with bulk inserts and deletes.

Apart from store/responses.py so that what only moves records to and from the trash (members,
meetings, ...) does not load the responses' records and queries.
"""
from __future__ import annotations

import sqlite3
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
    with _held_in_memory(db):
        for start in range(0, len(ids), 500):
            if progress is not None and start % 5000 == 0:
                progress(start)
            chunk = ids[start:start + 500]
            db.execute(f"INSERT INTO contributions_fts(rowid, {_FTS_COLUMNS}) SELECT id, {_FTS_COLUMNS} "
                       f"FROM contributions WHERE id IN ({','.join('?' * len(chunk))})", chunk)


@contextmanager
def search_index_rebuilt_after(db, trigger: str = "contributions_fts_delete"):
    """Inside a transaction: contributions deleted in the block leave the search index in one
    rebuild at the end instead of one by one through the delete trigger, which reads each
    deleted text again (four times the time of the delete itself at 100,000 rows). For a block
    that deletes more contributions than it leaves: the rebuild reads what is left. With
    `trigger="contributions_fts_insert"`, for a block that inserts more contributions than the
    table held: FTS5's rebuild reads the whole table once, about a third quicker per row than
    inserting the new ones into the index (100,000 contributions: 1.5-2.2 s against 2.1-3.1 s)."""
    with _trigger_off(db, trigger):
        yield
    with _held_in_memory(db):
        db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('rebuild')")


_HASH_DEFAULT = 1024 * 1024     # FTS5's own: its terms are written out each time they reach 1 MB
_HASH_BULK = 32 * 1024 * 1024


@contextmanager
def _held_in_memory(db):
    """Inside a transaction: FTS5 keeps up to 32 MB of new terms in memory before writing them
    out as a segment of its index (its 'hashsize' setting, 1 MB otherwise), so that filling the
    index with 100,000 contributions writes a few large segments instead of about a hundred small
    ones merged again and again (the fill about 40% quicker; what the index holds is the same).
    The setting is put back as it was at the end, its row in the index's settings table removed
    when it had none, so the file holds what it held. A SQLite without the setting fills the index
    as before."""
    kept = db.execute("SELECT v FROM contributions_fts_config WHERE k = 'hashsize'").fetchone()
    try:
        db.execute("INSERT INTO contributions_fts(contributions_fts, rank) VALUES ('hashsize', ?)", [_HASH_BULK])
    except sqlite3.OperationalError:
        yield           # unknown to this SQLite
        return
    try:
        yield
    except BaseException:
        # Stopped (Cancel, a failure): the transaction is rolled back, and FTS5 reads its settings
        # again; put back in memory too if SQLite still runs statements (Cancel may refuse them).
        try:
            _put_back(db, kept)
        except sqlite3.Error:
            pass
        raise
    _put_back(db, kept)


def _put_back(db, kept) -> None:
    db.execute("INSERT INTO contributions_fts(contributions_fts, rank) VALUES ('hashsize', ?)",
               [kept[0] if kept else _HASH_DEFAULT])
    if kept is None:
        db.execute("DELETE FROM contributions_fts_config WHERE k = 'hashsize'")


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
