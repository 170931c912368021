"""Where an imported contribution came from, so an updated export can be imported again.

source_platform + source_id name the row in the platform's own export (a Decidim
proposal id, an OpenSlides motion id …): re-importing updates that row's answer and
counts instead of adding it twice. source_parent names what a comment answers
("Decidim::Proposals::Proposal/12"). A proposal withdrawn on the platform is recorded
as withdrawn (withdrawn_on), not as waiting for an answer.
"""

COLUMNS = {
    "source_platform": "TEXT NOT NULL DEFAULT ''",
    "source_id": "TEXT NOT NULL DEFAULT ''",
    "source_parent": "TEXT NOT NULL DEFAULT ''",
    "withdrawn_on": "TEXT",
}
SCHEMA = [
    "CREATE UNIQUE INDEX IF NOT EXISTS contributions_source ON contributions(consultation_id, source_platform, source_id) "
    "WHERE source_id <> ''",
    """CREATE TABLE IF NOT EXISTS response_reasons (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL UNIQUE,                 -- a reason the forum gives again and again
        used INTEGER NOT NULL DEFAULT 0,
        updated TEXT NOT NULL DEFAULT ''
    )""",
]


def migrate(db) -> None:
    # Written to run safely on a development file that already has these columns (files made while
    # the migration list was being renumbered); a released file never does.
    present = {row[1] for row in db.execute("PRAGMA table_info(contributions)")}
    for name, kind in COLUMNS.items():
        if name not in present:
            db.execute(f"ALTER TABLE contributions ADD COLUMN {name} {kind}")
    for statement in SCHEMA:
        db.execute(statement)
