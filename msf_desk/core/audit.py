"""Who changed what, and when: the audit log as core shows it, and the stale-save check.

Every write to a forum is one transaction (store.db.transaction), and every transaction is
logged at its commit with the records it touched (found by the log's triggers, so nothing
is missed). Core functions give the sentence people read:

    with recorded(db, f"Approved the minutes of {human(day)}", action="approve"):
        ...

The log is members-only: nothing in core/audience reads it, and no public export names it.
"""
from __future__ import annotations

import datetime as dt
import functools
import inspect
from contextlib import contextmanager
from dataclasses import field
from typing import Iterator

from msf_desk.model.errors import UserError
from msf_desk.store import audit as store
from msf_desk.store.db import transaction
from msf_desk.model.records import record


class StaleRecord(UserError):
    """A full-record save would overwrite a change made since the record was loaded."""


@record(frozen=True)
class Change:
    """One line of the forum's change log: who changed what, when."""

    at: dt.datetime          # UTC
    user: str
    machine: str
    action: str
    summary: str
    records: dict[str, list[str]] = field(default_factory=dict)  # table -> ids ("12", "14-20")

    def records_text(self) -> str:
        return "; ".join(f"{table.replace('_', ' ')} {', '.join(ids)}" for table, ids in sorted(self.records.items()))

    def as_json(self) -> dict:
        return {"at": self.at.isoformat(), "user": self.user, "machine": self.machine, "action": self.action,
                "summary": self.summary, "records": self.records}


@contextmanager
def recorded(db, summary: str, *, action: str = "change") -> Iterator:
    """One change, said in a sentence: a transaction whose log entry carries `summary`."""
    with transaction(db, summary, action=action):
        yield db


def history(db, since: dt.date | dt.datetime | None = None, limit: int | None = None) -> list[Change]:
    """The log, newest first; `since` a day (from its start, UTC) or a moment."""
    if isinstance(since, dt.datetime):
        start = since.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
    elif isinstance(since, dt.date):
        start = dt.datetime.combine(since, dt.time(), dt.timezone.utc).isoformat(timespec="seconds")
    else:
        start = None
    return [
        Change(at=dt.datetime.fromisoformat(e["at"]), user=e["user"], machine=e["machine"], action=e["action"],
               summary=e["summary"], records=e["records"])
        for e in store.entries(db, start, limit)
    ]


def _when(text: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(text).astimezone()
    except (TypeError, ValueError):
        return "an unknown time"
    clock = moment.strftime("%H:%M")
    if moment.date() == dt.datetime.now().astimezone().date():
        return f"{clock} today"
    return f"{clock} on {moment.day} {moment.strftime('%B %Y')}"


def check_unchanged(db, table: str, row_id: int, loaded, current, what: str) -> None:
    """Refuse a full-record save when the record in the file differs from the one loaded.

    Call inside the write's transaction (which began IMMEDIATE, so nobody can change the
    record between this check and the write).
    """
    if loaded is None or current == loaded:
        return
    last = store.last_change(db, table, row_id)
    if last:
        by = f"changed by {last['user']} on {last['machine']} at {_when(last['at'])}"
    else:
        by = "changed by someone else at a time not recorded"
    raise StaleRecord(
        f"Cannot save {what}: it was {by}, after you opened it here; reload and make your change "
        "again. Nothing was saved."
    )


def logged(summary, *, action: str = "change"):
    """Decorate a core write function `fn(db, ...)`: it runs as one logged transaction.

    `summary` is a format string over the function's arguments ("Added member {member.name}")
    or a callable taking the same arguments and returning the sentence. A sentence that
    cannot be made never stops the change: the entry then says which records changed.
    """

    def wrap(fn):
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def inner(db, *args, **kwargs):
            try:
                if callable(summary):
                    text = summary(db, *args, **kwargs)
                else:
                    bound = signature.bind(db, *args, **kwargs)
                    bound.apply_defaults()
                    text = summary.format(**bound.arguments)
            except Exception:  # noqa: BLE001 - the sentence is a courtesy; the change is what matters
                text = None
            with transaction(db, text, action=action):
                return fn(db, *args, **kwargs)

        return inner

    return wrap
