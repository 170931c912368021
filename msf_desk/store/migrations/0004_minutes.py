"""Minutes: attendance, notes per item, breakout groups, decisions and votes, actions, amendments.

The minutes helper of issue 4 adds the triggers that lock approved minutes here.
"""

SCHEMA = [
    """CREATE TABLE minutes (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'circulated', 'approved', 'published')),
        circulated_on TEXT,
        approved_at_meeting_id INTEGER REFERENCES meetings(id),
        approved_on TEXT,
        published_on TEXT,
        summary TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE attendance (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        member_id INTEGER REFERENCES members(id),
        name TEXT NOT NULL DEFAULT '',            -- guests and observers not on the roll
        organisation TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'member' CHECK (kind IN ('member', 'guest', 'observer', 'secretariat')),
        presence TEXT NOT NULL DEFAULT 'absent' CHECK (presence IN ('in_person', 'remote', 'apologies', 'absent')),
        substitute_for INTEGER REFERENCES members(id),   -- an alternate sitting for this member
        UNIQUE (meeting_id, member_id)
    )""",
    """CREATE TABLE item_minutes (
        item_id INTEGER PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
        discussion TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE breakouts (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        group_name TEXT NOT NULL,
        facilitator TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE breakout_points (
        id INTEGER PRIMARY KEY,
        breakout_id INTEGER NOT NULL REFERENCES breakouts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        heading TEXT NOT NULL DEFAULT '',         -- a theme or a commitment
        point TEXT NOT NULL
    )""",
    """CREATE TABLE item_declarations (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES members(id),
        kind TEXT NOT NULL DEFAULT 'declaration' CHECK (kind IN ('declaration', 'recusal', 'waiver')),
        note TEXT NOT NULL DEFAULT ''
    )""",
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
        objections INTEGER NOT NULL DEFAULT 0     -- consensus: members who opposed
    )""",
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
    """CREATE TABLE amendments (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        made_on TEXT NOT NULL,
        text TEXT NOT NULL,
        agreed_at_meeting_id INTEGER REFERENCES meetings(id)
    )""",
]


def migrate(db) -> None:
    for statement in SCHEMA:
        db.execute(statement)
