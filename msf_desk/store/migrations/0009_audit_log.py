"""The audit log: one row per change (when, who, what), and the records each change touched.

Members-only: no public export reads these tables.
"""


def migrate(db) -> None:
    db.execute(
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,          -- UTC, ISO 8601
            user TEXT NOT NULL,        -- the operating-system user name
            machine TEXT NOT NULL,     -- the computer's name
            action TEXT NOT NULL,      -- a short word: import, change, approve, delete, undo ...
            summary TEXT NOT NULL      -- the sentence people read
        )"""
    )
    db.execute("CREATE INDEX audit_log_at ON audit_log (at)")
    db.execute(
        """CREATE TABLE audit_records (
            entry_id INTEGER NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
            tbl TEXT NOT NULL,
            first_id INTEGER NOT NULL,  -- a run of row ids first_id..last_id
            last_id INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX audit_records_row ON audit_records (tbl, first_id, last_id)")
    db.execute("CREATE INDEX audit_records_entry ON audit_records (entry_id)")
