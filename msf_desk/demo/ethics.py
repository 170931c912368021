"""Demo records for ethics (filled by the issue that builds this capability)."""


def populate(db, ctx) -> None:
    """Nothing yet."""
