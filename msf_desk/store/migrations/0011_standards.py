"""The records the 2021 Participation and Co-Creation Standards and OGP Local look at.

action_plans: each action plan's co-creation period, its implementation period and the
published co-creation timeline (date and address). outreach_activities: the awareness and
outreach a forum did before and during co-creation. The OGP website address and the
chosen frameworks are settings (keys 'standards.website', 'standards.frameworks').
"""

SCHEMA = [
    """CREATE TABLE action_plans (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        cocreation_starts TEXT,            -- ISO date co-creation began
        cocreation_ends TEXT,              -- ISO date the plan was submitted
        implementation_starts TEXT,
        implementation_ends TEXT,
        timeline_published_on TEXT,        -- when the co-creation timeline went online
        timeline_url TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE outreach_activities (
        id INTEGER PRIMARY KEY,
        held_on TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'other',
        description TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL DEFAULT ''
    )""",
]


def migrate(db) -> None:
    for statement in SCHEMA:
        db.execute(statement)
