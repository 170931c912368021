"""The forum's SQLite file: opening, checking, migrating, backing up.

Everything that writes SQL lives under this package. It imports only msf_desk.model (the
records it reads and writes), never core.
"""
from msf_desk.store.db import open_forum, create_forum, save_copy, SCHEMA_VERSION  # noqa: F401
