"""Process documents, and the history of repository exports.

process_documents: the OGP process's own documents (action plan, self-assessments, IRM
reports, co-creation timeline, notices) with their type, date and language, the file copied
into the forum's storage folder (by SHA-256), and whether it is public (only public ones are
published in the repository).

repository_exports: one row per repository export, kept for good (the settings kept only the
last 50), so "updated at least twice a year" is judged on the real history. Earlier exports
recorded in the settings are copied in.
"""
import json

SCHEMA = [
    """CREATE TABLE process_documents (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        doc_type TEXT NOT NULL DEFAULT 'other',
        issued_on TEXT,                    -- ISO date the document bears
        language TEXT NOT NULL DEFAULT 'en',
        public INTEGER NOT NULL DEFAULT 1,
        file_name TEXT NOT NULL DEFAULT '',
        stored_path TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        media_type TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        added_on TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE repository_exports (
        id INTEGER PRIMARY KEY,
        on_day TEXT NOT NULL,              -- the day the package describes (ISO date)
        at TEXT NOT NULL,                  -- when it was written (UTC)
        files INTEGER NOT NULL DEFAULT 0,
        size INTEGER NOT NULL DEFAULT 0,
        package_hash TEXT NOT NULL DEFAULT '',
        added INTEGER NOT NULL DEFAULT 0,
        changed INTEGER NOT NULL DEFAULT 0,
        removed INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX repository_exports_day ON repository_exports (on_day)",
]


def _earlier(db) -> list[dict]:
    rows = []
    for key in ("repository.exports", "repository.last_export"):
        row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if not row or not row[0]:
            continue
        try:
            data = json.loads(row[0])
        except ValueError:
            continue
        rows += data if isinstance(data, list) else [data]
    seen, out = set(), []
    for r in rows:
        if not isinstance(r, dict) or not r.get("on") or (r.get("on"), r.get("at")) in seen:
            continue
        seen.add((r.get("on"), r.get("at")))
        out.append(r)
    return sorted(out, key=lambda r: (str(r.get("at") or ""), str(r["on"])))


def migrate(db) -> None:
    for statement in SCHEMA:
        db.execute(statement)
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").fetchone():
        return
    for r in _earlier(db):
        db.execute("INSERT INTO repository_exports (on_day, at, files, size, package_hash, added, changed, removed) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [str(r["on"])[:10], str(r.get("at") or ""), int(r.get("files") or 0), int(r.get("size") or 0),
                    str(r.get("package_hash") or ""), int(r.get("added") or 0), int(r.get("changed") or 0),
                    int(r.get("removed") or 0)])
