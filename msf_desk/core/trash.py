"""The trash: what the secretariat deleted, kept 30 days so that it can be put back.

Deleting a member, a paper, a declaration of interest, a consultation or a contribution
moves it (with everything that went with it: a declaration's interests, a consultation's
contributions and their answers…) out of the forum's tables into the trash. Nothing in the
trash is shown on the pages, counted, searched or exported; after 30 days it is emptied.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.model.errors import UserError
from msf_desk.model.trash import Restored
from msf_desk.store import trash as store
from msf_desk.store.db import transaction
from msf_desk.model.messages import M_
from msf_desk.model.records import record

KEEP_DAYS = 30

# kind → (table, what it is called, the pages' topic to refresh)
KINDS: dict[str, tuple[str, str, str]] = {
    "member": ("members", "Member", "members"),
    "paper": ("papers", "Paper", "meetings"),
    "declaration": ("declarations", "Declaration of interests", "ethics"),
    "consultation": ("consultations", "Consultation", "responses"),
    "contribution": ("contributions", "Contribution", "responses"),
}


@record(frozen=True)
class TrashItem:
    """One entry of the trash as the window lists it, with the day it is emptied."""

    id: int
    kind: str
    record_id: int
    label: str
    deleted_at: dt.datetime      # UTC, aware
    rows: int
    expires_on: dt.date          # emptied after this day (UTC)

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind][1]

    @property
    def topic(self) -> str:
        return KINDS[self.kind][2]


def _utc(now: dt.datetime | None) -> dt.datetime:
    now = now or dt.datetime.now(dt.timezone.utc)
    return now if now.tzinfo else now.replace(tzinfo=dt.timezone.utc)


def stamp(moment: dt.datetime) -> str:
    return _utc(moment).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def cutoff(now: dt.datetime, days: int = KEEP_DAYS) -> dt.datetime:
    """Anything deleted before this moment has been in the trash longer than `days` days."""
    return _utc(now) - dt.timedelta(days=days)


def expired(deleted_at: dt.datetime, now: dt.datetime, days: int = KEEP_DAYS) -> bool:
    """True once something has been in the trash more than `days` days (exactly `days`: kept)."""
    return _utc(deleted_at) < cutoff(now, days)


def move(db, kind: str, record_id: int, label: str, *, now: dt.datetime | None = None,
         trash_id: int | None = None, progress=None) -> int:
    """Move one record (and what goes with it) into the trash; return the trash entry's id.

    Expired entries are emptied in passing. Callers check their own rules first (e.g. a
    member named in meetings cannot be deleted at all). `progress(done, total)`, when given,
    is called as the work goes (a worker's: it may raise to stop, and nothing is written)."""
    if kind not in KINDS:
        raise UserError(M_("'{kind}' cannot be moved to the trash.").format(kind=kind))
    table = KINDS[kind][0]
    purge(db, now=now)
    return store.move_to_trash(db, kind, table, record_id, label, stamp(_utc(now)), trash_id, progress=progress)


def restore(db, trash_id: int, *, progress=None) -> Restored:
    """Put a trash entry back where it was (same id where still free). `progress` as for move."""
    return store.restore(db, trash_id, progress=progress)


def restore_many(db, trash_ids: list[int], *, progress=None) -> list[Restored]:
    """Put several entries back, all or none. `progress(done, total)` counts the entries."""
    restored = []
    with transaction(db):
        for n, trash_id in enumerate(trash_ids):
            if progress is not None and n % 50 == 0:
                progress(n, len(trash_ids))
            restored.append(store.restore(db, trash_id))
    return restored


def items(db, *, now: dt.datetime | None = None) -> list[TrashItem]:
    """What the trash holds now, newest first (expired entries are not shown even before
    they are emptied)."""
    now = _utc(now)
    found = []
    for row in store.list_trash(db, since=stamp(cutoff(now))):
        deleted = parse_stamp(row.deleted_at)
        found.append(TrashItem(row.id, row.kind, row.record_id, row.label, deleted, row.rows,
                               (deleted + dt.timedelta(days=KEEP_DAYS)).date()))
    return found


def purge(db, *, now: dt.datetime | None = None) -> int:
    """Empty every entry older than 30 days; return how many."""
    return store.purge_before(db, stamp(cutoff(_utc(now))))


def entry(db, trash_id: int) -> TrashItem | None:
    row = store.trash_entry(db, trash_id)
    if row is None:
        return None
    deleted = parse_stamp(row.deleted_at)
    return TrashItem(row.id, row.kind, row.record_id, row.label, deleted, row.rows,
                     (deleted + dt.timedelta(days=KEEP_DAYS)).date())
