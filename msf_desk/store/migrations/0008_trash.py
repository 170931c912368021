"""The trash: deleted members, papers, declarations, consultations and contributions, kept 30 days.

A deleted record leaves its tables (so no query, count, search index or export can meet it)
and its rows, with every row the delete took with it, wait here as JSON to be put back.
"""

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS trash (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('member', 'paper', 'declaration', 'consultation', 'contribution')),
        record_id INTEGER NOT NULL,               -- the id it had (and gets back if still free)
        label TEXT NOT NULL,                      -- what it was, in words
        deleted_at TEXT NOT NULL,                 -- UTC, ISO 8601 with Z
        payload TEXT NOT NULL                     -- JSON: {"rows": [...], "nulls": [...]}
    )""",
    "CREATE INDEX IF NOT EXISTS trash_deleted_at ON trash(deleted_at)",
]


def migrate(db) -> None:
    for statement in SCHEMA:
        db.execute(statement)
