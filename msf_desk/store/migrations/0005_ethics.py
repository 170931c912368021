"""Reserved: filled by the issue that builds this capability."""


def migrate(db) -> None:
    pass
