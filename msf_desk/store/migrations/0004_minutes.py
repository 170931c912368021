"""Minutes: attendance, notes per item, breakout groups, decisions and votes, actions, amendments.

Approved minutes are locked by the database itself (triggers below), so that no
program, old version or hand-typed SQL can rewrite what a forum approved. A
correction after approval is a dated amendment (insert-only).
"""

LOCKED_MESSAGE = "These minutes are approved and locked; record a dated amendment instead."

SCHEMA = [
    """CREATE TABLE minutes (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'circulated', 'approved', 'published')),
        circulated_on TEXT,
        approved_at_meeting_id INTEGER REFERENCES meetings(id),
        approved_on TEXT,
        published_on TEXT,
        summary TEXT NOT NULL DEFAULT '',
        quorum_text TEXT NOT NULL DEFAULT '',     -- the quorum statement, frozen at approval
        updated TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE attendance (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        member_id INTEGER REFERENCES members(id),
        name TEXT NOT NULL DEFAULT '',            -- guests and observers not on the roll; frozen at approval
        organisation TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'member' CHECK (kind IN ('member', 'guest', 'observer', 'secretariat')),
        presence TEXT NOT NULL DEFAULT 'absent' CHECK (presence IN ('in_person', 'remote', 'apologies', 'absent')),
        substitute_for INTEGER REFERENCES members(id),   -- an alternate sitting for this member
        publish_name INTEGER NOT NULL DEFAULT 1,  -- guests: may their name appear in public minutes
        UNIQUE (meeting_id, member_id)
    )""",
    "CREATE INDEX attendance_meeting ON attendance(meeting_id)",
    """CREATE TABLE item_minutes (
        item_id INTEGER PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
        discussion TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE breakouts (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        session TEXT NOT NULL DEFAULT '',         -- e.g. 'Session 1'
        group_name TEXT NOT NULL,
        facilitator TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX breakouts_item ON breakouts(item_id, position)",
    """CREATE TABLE breakout_points (
        id INTEGER PRIMARY KEY,
        breakout_id INTEGER NOT NULL REFERENCES breakouts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        heading_kind TEXT NOT NULL DEFAULT 'theme' CHECK (heading_kind IN ('theme', 'commitment')),
        heading TEXT NOT NULL DEFAULT '',         -- a theme or a commitment
        point TEXT NOT NULL
    )""",
    "CREATE INDEX breakout_points_breakout ON breakout_points(breakout_id, position)",
    """CREATE TABLE item_declarations (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES members(id),
        kind TEXT NOT NULL DEFAULT 'declaration' CHECK (kind IN ('declaration', 'recusal', 'waiver')),
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX item_declarations_item ON item_declarations(item_id)",
    """CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        rule TEXT NOT NULL DEFAULT '' ,           -- '' means the forum's rule
        deferred INTEGER NOT NULL DEFAULT 0,
        vote_held INTEGER NOT NULL DEFAULT 0,
        for_government INTEGER NOT NULL DEFAULT 0,
        for_non_government INTEGER NOT NULL DEFAULT 0,
        against_government INTEGER NOT NULL DEFAULT 0,
        against_non_government INTEGER NOT NULL DEFAULT 0,
        abstain_government INTEGER NOT NULL DEFAULT 0,
        abstain_non_government INTEGER NOT NULL DEFAULT 0,
        objections INTEGER NOT NULL DEFAULT 0,    -- consensus: members who opposed
        -- The verdict as computed by core, frozen when the minutes are approved (so that a
        -- later change of the forum's rules or of a member's record cannot rewrite it).
        rule_applied TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        verdict_text TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX decisions_meeting ON decisions(meeting_id, position)",
    """CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        owner_member_id INTEGER REFERENCES members(id),
        owner_text TEXT NOT NULL DEFAULT '',      -- e.g. 'Secretariat'
        due TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
        closed_on TEXT
    )""",
    "CREATE INDEX actions_meeting ON actions(meeting_id)",
    "CREATE INDEX actions_status ON actions(status, due)",
    """CREATE TABLE amendments (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        made_on TEXT NOT NULL,
        text TEXT NOT NULL,
        agreed_at_meeting_id INTEGER REFERENCES meetings(id)
    )""",
    "CREATE INDEX amendments_meeting ON amendments(meeting_id)",
]


def _locked(meeting_expr: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM minutes WHERE minutes.meeting_id = (" + meeting_expr + ") "
        "AND minutes.status IN ('approved', 'published'))"
    )


def _item_meeting(item_expr: str) -> str:
    return f"SELECT meeting_id FROM agenda_items WHERE id = {item_expr}"


def _breakout_meeting(breakout_expr: str) -> str:
    return (
        "SELECT agenda_items.meeting_id FROM breakouts JOIN agenda_items "
        f"ON agenda_items.id = breakouts.item_id WHERE breakouts.id = {breakout_expr}"
    )


def _trigger(name: str, when: str, table: str, condition: str) -> str:
    return (
        f"CREATE TRIGGER {name} BEFORE {when} ON {table} FOR EACH ROW WHEN {condition} "
        f"BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
    )


def lock_triggers() -> list[str]:
    """Triggers refusing any change to approved minutes.

    A row is checked against its meeting both before (OLD) and after (NEW) a change,
    so that moving a row into or out of locked minutes is refused too.
    """
    statements = []
    # Rows that carry the meeting directly.
    for table in ("attendance", "decisions"):
        statements += [
            _trigger(f"{table}_locked_insert", "INSERT", table, _locked("NEW.meeting_id")),
            _trigger(f"{table}_locked_update", "UPDATE", table,
                     f"{_locked('OLD.meeting_id')} OR {_locked('NEW.meeting_id')}"),
            _trigger(f"{table}_locked_delete", "DELETE", table, _locked("OLD.meeting_id")),
        ]
    # Rows that belong to an agenda item.
    for table in ("item_minutes", "breakouts", "item_declarations"):
        statements += [
            _trigger(f"{table}_locked_insert", "INSERT", table, _locked(_item_meeting("NEW.item_id"))),
            _trigger(f"{table}_locked_update", "UPDATE", table,
                     f"{_locked(_item_meeting('OLD.item_id'))} OR {_locked(_item_meeting('NEW.item_id'))}"),
            _trigger(f"{table}_locked_delete", "DELETE", table, _locked(_item_meeting("OLD.item_id"))),
        ]
    statements += [
        _trigger("breakout_points_locked_insert", "INSERT", "breakout_points",
                 _locked(_breakout_meeting("NEW.breakout_id"))),
        _trigger("breakout_points_locked_update", "UPDATE", "breakout_points",
                 f"{_locked(_breakout_meeting('OLD.breakout_id'))} OR "
                 f"{_locked(_breakout_meeting('NEW.breakout_id'))}"),
        _trigger("breakout_points_locked_delete", "DELETE", "breakout_points",
                 _locked(_breakout_meeting("OLD.breakout_id"))),
    ]
    # Actions: the tracker moves on (status, closed_on); what was agreed does not.
    statements += [
        _trigger("actions_locked_insert", "INSERT", "actions", _locked("NEW.meeting_id")),
        _trigger(
            "actions_locked_update", "UPDATE", "actions",
            f"({_locked('OLD.meeting_id')} OR {_locked('NEW.meeting_id')}) AND ("
            "NEW.id IS NOT OLD.id OR NEW.meeting_id IS NOT OLD.meeting_id "
            "OR NEW.item_id IS NOT OLD.item_id OR NEW.text IS NOT OLD.text "
            "OR NEW.owner_member_id IS NOT OLD.owner_member_id "
            "OR NEW.owner_text IS NOT OLD.owner_text OR NEW.due IS NOT OLD.due)",
        ),
        _trigger("actions_locked_delete", "DELETE", "actions", _locked("OLD.meeting_id")),
    ]
    # Amendments are the way to correct approved minutes: added, never rewritten.
    statements += [
        _trigger("amendments_locked_update", "UPDATE", "amendments",
                 f"{_locked('OLD.meeting_id')} OR {_locked('NEW.meeting_id')}"),
        _trigger("amendments_locked_delete", "DELETE", "amendments", _locked("OLD.meeting_id")),
    ]
    # The minutes row: once approved, only the step to published (and its date) may change.
    statements += [
        _trigger(
            "minutes_locked_update", "UPDATE", "minutes",
            "OLD.status IN ('approved', 'published') AND ("
            "NOT (NEW.status IS OLD.status OR (OLD.status = 'approved' AND NEW.status = 'published')) "
            "OR NEW.meeting_id IS NOT OLD.meeting_id "
            "OR NEW.circulated_on IS NOT OLD.circulated_on "
            "OR NEW.approved_at_meeting_id IS NOT OLD.approved_at_meeting_id "
            "OR NEW.approved_on IS NOT OLD.approved_on "
            "OR NEW.summary IS NOT OLD.summary OR NEW.quorum_text IS NOT OLD.quorum_text "
            "OR NEW.updated IS NOT OLD.updated)",
        ),
        _trigger("minutes_locked_delete", "DELETE", "minutes", "OLD.status IN ('approved', 'published')"),
    ]
    # Deleting a meeting or one of its agenda items would cascade into the locked rows;
    # refuse it before the cascade starts (the parent row is still there to look up).
    statements += [
        _trigger("meetings_minutes_locked_delete", "DELETE", "meetings", _locked("OLD.id")),
        _trigger("agenda_items_minutes_locked_delete", "DELETE", "agenda_items", _locked("OLD.meeting_id")),
    ]
    return statements


def migrate(db) -> None:
    for statement in SCHEMA + lock_triggers():
        db.execute(statement)
