"""The board book: a meeting's objective, breaks on the agenda, tabled and revised papers.

meetings.objective: one paragraph printed at the top of the pack and the notice.
agenda_items.is_break: a timed pause (coffee, lunch) with no paper and no decision; it takes
its time on the agenda but has no number.
papers.tabled: the paper is distributed at the meeting, not circulated with the pack.
papers.version / revised_on: the current version of the paper's file and the day it came in.
paper_versions: every earlier version's file, kept for the record (files are stored under
their SHA-256, so a new version never overwrites an old one).

The record locks of 0007 fix an approved meeting's papers; the triggers below extend them to
the new columns and to the earlier versions.
"""

LOCKED_MESSAGE = "These minutes are approved and locked; record a dated amendment instead."

SCHEMA = [
    "ALTER TABLE meetings ADD COLUMN objective TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agenda_items ADD COLUMN is_break INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE papers ADD COLUMN tabled INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE papers ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE papers ADD COLUMN revised_on TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE paper_versions (
        id INTEGER PRIMARY KEY,
        paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        stored_path TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        media_type TEXT NOT NULL DEFAULT '',
        added_on TEXT NOT NULL DEFAULT '',     -- the day this version came in
        replaced_on TEXT NOT NULL DEFAULT '',  -- the day the next version replaced it
        UNIQUE (paper_id, version)
    )""",
    "CREATE INDEX paper_versions_paper ON paper_versions(paper_id)",
]


def _locked(meeting_expr: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM minutes WHERE minutes.meeting_id = (" + meeting_expr + ") "
        "AND minutes.status IN ('approved', 'published'))"
    )


def _paper_meeting(paper_expr: str) -> str:
    return f"SELECT meeting_id FROM papers WHERE papers.id = {paper_expr}"


def _trigger(name: str, when: str, table: str, condition: str) -> str:
    return (f"CREATE TRIGGER {name} BEFORE {when} ON {table} FOR EACH ROW WHEN {condition} "
            f"BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END")


TRIGGERS = [
    _trigger("papers_board_locked_update", "UPDATE", "papers",
             f"({_locked('OLD.meeting_id')} OR {_locked('NEW.meeting_id')}) AND "
             "(NEW.tabled IS NOT OLD.tabled OR NEW.version IS NOT OLD.version OR NEW.revised_on IS NOT OLD.revised_on)"),
    _trigger("paper_versions_locked_insert", "INSERT", "paper_versions",
             f"{_locked(_paper_meeting('NEW.paper_id'))} OR EXISTS (SELECT 1 FROM paper_versions AS o "
             f"WHERE o.id = NEW.id AND {_locked(_paper_meeting('o.paper_id'))})"),
    _trigger("paper_versions_locked_update", "UPDATE", "paper_versions",
             f"{_locked(_paper_meeting('OLD.paper_id'))} OR {_locked(_paper_meeting('NEW.paper_id'))}"),
    _trigger("paper_versions_locked_delete", "DELETE", "paper_versions", _locked(_paper_meeting("OLD.paper_id"))),
]


def migrate(db) -> None:
    for statement in SCHEMA + TRIGGERS:
        db.execute(statement)
