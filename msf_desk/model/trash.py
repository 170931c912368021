"""The trash's records: what lies in it, and what a restore put back."""
from __future__ import annotations

from msf_desk.model.records import record


@record(frozen=True)
class TrashRow:
    """One entry of the trash as stored: a deleted record and what went with it."""

    id: int
    kind: str
    record_id: int
    label: str
    deleted_at: str
    rows: int           # how many rows it holds (the record and what went with it)


@record(frozen=True)
class Restored:
    """A record put back from the trash, under the id it has again."""

    kind: str
    record_id: int      # the id it has again (a new one if its old id was taken meanwhile)
    label: str
