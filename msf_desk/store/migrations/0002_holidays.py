"""The forum's holidays."""


def migrate(db) -> None:
    db.execute("CREATE TABLE holidays (day TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '')")
