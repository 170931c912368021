"""Demo records for minutes (filled by the issue that builds this capability)."""


def populate(db, ctx) -> None:
    """Nothing yet."""
