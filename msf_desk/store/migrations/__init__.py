"""Numbered schema migrations.

Each module `NNNN_name.py` defines `migrate(db)`. The file's `PRAGMA user_version`
records how many have run. Never edit a migration that has shipped; add a new one.
Migrations run inside a transaction, so use CREATE TABLE / ALTER TABLE ADD COLUMN
(not `table.transform()`, which cannot run in a transaction with foreign keys on).
"""
from __future__ import annotations

import importlib
from typing import Callable

# Listed explicitly (not discovered) so that a frozen build finds them and the order is plain.
_NAMES = [
    "0001_initial",
    "0002_holidays",
    "0003_meetings",
    "0004_minutes",
    "0005_ethics",
    "0006_responses",
    "0007_record_locks",
    "0008_trash",
    "0009_audit_log",
    "0010_contribution_sources",
    "0011_standards",
    "0012_board_book",
    "0013_process_documents",
    "0014_languages",
    "0015_trash_counts",
]

# The file format version this program writes: one per migration.
SCHEMA_VERSION = len(_NAMES)


def migration(number: int) -> Callable:
    """The `migrate(db)` of migration `number` (1-based). Each is loaded when a file needs it:
    opening a forum that is up to date loads none of them."""
    return importlib.import_module(f"{__name__}.{_NAMES[number - 1]}").migrate


def __getattr__(name: str):
    # MIGRATIONS: every migrate(db) in order (loads them all).
    if name == "MIGRATIONS":
        return [migration(n) for n in range(1, SCHEMA_VERSION + 1)]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
