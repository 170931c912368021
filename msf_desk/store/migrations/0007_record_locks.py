"""Record locks: frozen snapshots of approved minutes and noticed packs, and the holes of
0004's lock closed.

`record_locks` keeps, per meeting, what a document said when it became a record: the
minutes as the forum approved them (per audience), and the pack's matters arising as
they stood when the notice went out. Exports render from these rows ever after.

The triggers of 0004 checked INSERT, UPDATE and DELETE, but SQLite's REPLACE conflict
resolution deletes the row it replaces *without* firing delete triggers (unless the
connection turned `recursive_triggers` on, which no ordinary tool does). So
`INSERT OR REPLACE` (or `UPDATE OR REPLACE` onto a locked row's key) could rewrite a
locked row. The triggers below refuse any insert or key change that would land on a
locked row, lock the meeting row and its agenda items, the papers' record (only their
disclosure may still change), and set the publication date once, never before approval.
"""

LOCKED_MESSAGE = "These minutes are approved and locked; record a dated amendment instead."
PUBLISHED_MESSAGE = ("The publication date of minutes is set once, when approved minutes are published, "
                     "and never before their approval date.")
SNAPSHOT_MESSAGE = "A frozen record of approved minutes or of a sent notice cannot be changed or removed."

SCHEMA = [
    """CREATE TABLE record_locks (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('minutes', 'pack')),
        audience TEXT NOT NULL CHECK (audience IN ('members', 'public')),
        as_of TEXT NOT NULL,           -- the day the record speaks for (approval / notice)
        taken_at TEXT NOT NULL,        -- when the snapshot was written (UTC)
        origin TEXT NOT NULL CHECK (origin IN ('approval', 'notice', 'upgrade')),
        format INTEGER NOT NULL DEFAULT 1,
        content TEXT NOT NULL,         -- JSON
        sha256 TEXT NOT NULL,
        UNIQUE (meeting_id, kind, audience)
    )""",
    "CREATE INDEX record_locks_meeting ON record_locks(meeting_id)",
]


def _locked(meeting_expr: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM minutes WHERE minutes.meeting_id = (" + meeting_expr + ") "
        "AND minutes.status IN ('approved', 'published'))"
    )


def _item_meeting(item_expr: str) -> str:
    return f"SELECT meeting_id FROM agenda_items WHERE agenda_items.id = {item_expr}"


def _breakout_meeting(breakout_expr: str) -> str:
    return (
        "SELECT agenda_items.meeting_id FROM breakouts JOIN agenda_items "
        f"ON agenda_items.id = breakouts.item_id WHERE breakouts.id = {breakout_expr}"
    )


def _trigger(name: str, when: str, table: str, condition: str, message: str = LOCKED_MESSAGE) -> str:
    return (
        f"CREATE TRIGGER {name} BEFORE {when} ON {table} FOR EACH ROW WHEN {condition} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


# Each table whose rows belong to locked minutes, and how a row of it (alias `o`) finds its meeting.
_BY_ID = {
    "attendance": "o.meeting_id",
    "decisions": "o.meeting_id",
    "actions": "o.meeting_id",
    "amendments": "o.meeting_id",
    "breakouts": _item_meeting("o.item_id"),
    "item_declarations": _item_meeting("o.item_id"),
    "breakout_points": _breakout_meeting("o.breakout_id"),
}


def _lands_on_locked(table: str, meeting_of_o: str) -> str:
    """A write whose NEW.id is the id of a locked row: REPLACE would delete that row silently."""
    return f"EXISTS (SELECT 1 FROM {table} AS o WHERE o.id = NEW.id AND {_locked(meeting_of_o)})"


def lock_triggers() -> list[str]:
    statements = []
    # 1. REPLACE over a locked row, by INSERT or by moving a row's key onto it.
    for table, meeting_of_o in _BY_ID.items():
        statements += [
            _trigger(f"{table}_replace_locked_insert", "INSERT", table, _lands_on_locked(table, meeting_of_o)),
            _trigger(f"{table}_replace_locked_update", "UPDATE", table,
                     f"NEW.id IS NOT OLD.id AND {_lands_on_locked(table, meeting_of_o)}"),
        ]
    # item_minutes is keyed by its item: 0004's insert and update triggers already check NEW.item_id.
    # 2. The minutes row: no INSERT OR REPLACE over approved minutes, no key moved onto them.
    statements += [
        _trigger("minutes_replace_locked_insert", "INSERT", "minutes", _locked("NEW.meeting_id")),
        _trigger("minutes_replace_locked_update", "UPDATE", "minutes",
                 f"NEW.meeting_id IS NOT OLD.meeting_id AND {_locked('NEW.meeting_id')}"),
        # Published once, on or after approval; 'published' and a publication date go together.
        _trigger("minutes_published_once", "UPDATE", "minutes",
                 "OLD.published_on IS NOT NULL AND NEW.published_on IS NOT OLD.published_on", PUBLISHED_MESSAGE),
    ]
    for when in ("INSERT", "UPDATE"):
        statements.append(_trigger(
            f"minutes_published_after_approval_{when.lower()}", when, "minutes",
            "(NEW.published_on IS NOT NULL AND (NEW.approved_on IS NULL OR NEW.published_on < NEW.approved_on "
            "OR NEW.status IS NOT 'published')) OR (NEW.status = 'published' AND NEW.published_on IS NULL)",
            PUBLISHED_MESSAGE))
    # 3. The meeting itself and its agenda: nothing about an approved meeting changes.
    statements += [
        _trigger("meetings_locked_update", "UPDATE", "meetings",
                 f"{_locked('OLD.id')} OR {_locked('NEW.id')} OR EXISTS (SELECT 1 FROM meetings AS o "
                 f"WHERE o.uid = NEW.uid AND o.id IS NOT OLD.id AND {_locked('o.id')})"),
        _trigger("meetings_locked_insert", "INSERT", "meetings",
                 f"{_locked('NEW.id')} OR EXISTS (SELECT 1 FROM meetings AS o "
                 f"WHERE o.uid = NEW.uid AND {_locked('o.id')})"),
        _trigger("agenda_items_locked_update", "UPDATE", "agenda_items",
                 f"{_locked('OLD.meeting_id')} OR {_locked('NEW.meeting_id')} OR "
                 f"(NEW.id IS NOT OLD.id AND {_lands_on_locked('agenda_items', 'o.meeting_id')})"),
        _trigger("agenda_items_locked_insert", "INSERT", "agenda_items",
                 f"{_locked('NEW.meeting_id')} OR {_lands_on_locked('agenda_items', 'o.meeting_id')}"),
    ]
    # 4. Papers of an approved meeting: only their disclosure may still change (a paper
    # released after the decision, or made confidential to protect someone).
    paper_fields = ("id", "meeting_id", "item_id", "position", "title", "reference", "file_name",
                    "stored_path", "sha256", "size", "media_type", "summary", "added_on")
    changed = " OR ".join(f"NEW.{f} IS NOT OLD.{f}" for f in paper_fields)
    statements += [
        _trigger("papers_locked_update", "UPDATE", "papers",
                 f"(({_locked('OLD.meeting_id')} OR {_locked('NEW.meeting_id')}) AND ({changed})) OR "
                 f"(NEW.id IS NOT OLD.id AND {_lands_on_locked('papers', 'o.meeting_id')})"),
        _trigger("papers_locked_insert", "INSERT", "papers",
                 f"{_locked('NEW.meeting_id')} OR {_lands_on_locked('papers', 'o.meeting_id')}"),
        _trigger("papers_locked_delete", "DELETE", "papers", _locked("OLD.meeting_id")),
    ]
    # 5. The snapshots themselves: written once. A pack's snapshot may go only with its
    # notice (undo of sending it) while the meeting's minutes are not approved.
    statements += [
        _trigger("record_locks_no_update", "UPDATE", "record_locks", "1", SNAPSHOT_MESSAGE),
        _trigger("record_locks_no_replace", "INSERT", "record_locks",
                 "EXISTS (SELECT 1 FROM record_locks AS o WHERE o.id = NEW.id OR (o.meeting_id = NEW.meeting_id "
                 "AND o.kind = NEW.kind AND o.audience = NEW.audience))", SNAPSHOT_MESSAGE),
        _trigger("record_locks_no_delete", "DELETE", "record_locks",
                 f"OLD.kind = 'minutes' OR {_locked('OLD.meeting_id')}", SNAPSHOT_MESSAGE),
    ]
    return statements


def migrate(db) -> None:
    for statement in SCHEMA + lock_triggers():
        db.execute(statement)
