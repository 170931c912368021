"""Each trash entry keeps how many rows it holds, written with the entry.

File ▸ Trash (and `msf-desk trash list`) showed each entry with its count of rows, which was
worked out by reading the entry's whole payload every time (about 90 MB of JSON for a
consultation of 100,000 contributions: 0.45 s of CPU each time the list was read). The count
is now a column written when the entry is, and this migration fills it for the entries already
in the trash, from their payloads, in the migration's one transaction: an entry whose payload
cannot be counted (damaged JSON, no list of rows) stops the upgrade and leaves the file as it
was (SQLite's error is reported), rather than showing a guessed count.

The table is made again with the column between `deleted_at` and `payload` (NOT NULL, at least
one row: an entry always holds the record itself), so that no entry can be written without it;
ALTER TABLE ADD COLUMN could only have added it nullable or with a made-up default.
"""

SCHEMA = [
    """CREATE TABLE trash_counted (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('member', 'paper', 'declaration', 'consultation', 'contribution')),
        record_id INTEGER NOT NULL,               -- the id it had (and gets back if still free)
        label TEXT NOT NULL,                      -- what it was, in words
        deleted_at TEXT NOT NULL,                 -- UTC, ISO 8601 with Z
        row_count INTEGER NOT NULL CHECK (row_count >= 1),   -- rows in the payload: the record and what went with it
        payload TEXT NOT NULL                     -- JSON: {"rows": [...], "nulls": [...]}
    )""",
    # In id order, so that every entry keeps its rowid; the count read once, here.
    """INSERT INTO trash_counted (id, kind, record_id, label, deleted_at, row_count, payload)
       SELECT id, kind, record_id, label, deleted_at, json_array_length(payload, '$.rows'), payload
       FROM trash ORDER BY id""",
    "DROP TABLE trash",
    "ALTER TABLE trash_counted RENAME TO trash",
    "CREATE INDEX trash_deleted_at ON trash(deleted_at)",
]


def migrate(db) -> None:
    for statement in SCHEMA:
        db.execute(statement)
