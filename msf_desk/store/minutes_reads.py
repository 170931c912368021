"""What other records read of the minutes: their status (approved minutes lock their meeting),
the minutes row, the actions of earlier meetings (a meeting pack's matters arising) and every
action with its item's title (the action tracker, which Today reads).

Apart from store.minutes (which offers them too) so that reading these does not load the
minutes' own records (attendance, decisions, votes): a meeting pack needs only these.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.model.actions import Action
from msf_desk.model.dates import parse_date


def status_of(db, meeting_id: int) -> str | None:
    row = db.execute("SELECT status FROM minutes WHERE meeting_id = ?", [meeting_id]).fetchone()
    return row[0] if row else None


def action_of(row: dict) -> Action:
    row = dict(row)
    row["due"] = parse_date(row["due"])
    row["closed_on"] = parse_date(row["closed_on"])
    return Action(**row)


def actions_before(db, starts_at: dt.datetime, *, open_only: bool = False) -> list[Action]:
    """Actions of meetings that started before `starts_at` (UTC), oldest meeting first."""
    stamp = starts_at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    only = "AND a.status = 'open' " if open_only else ""
    cursor = db.execute(
        "SELECT a.* FROM actions a JOIN meetings m ON m.id = a.meeting_id "
        f"WHERE substr(m.starts_at, 1, 19) < ? {only}"
        "ORDER BY m.starts_at, coalesce(a.due, '9999'), a.id", [stamp])
    cols = [c[0] for c in cursor.description]
    return [action_of(dict(zip(cols, r))) for r in cursor.fetchall()]


def open_actions_before(db, starts_at: dt.datetime) -> list[Action]:
    return actions_before(db, starts_at, open_only=True)


_MINUTES_DATES = ("circulated_on", "approved_on", "published_on")


def get_minutes(db, meeting_id: int) -> dict | None:
    rows = list(db["minutes"].rows_where("meeting_id = ?", [meeting_id]))
    if not rows:
        return None
    row = rows[0]
    for name in _MINUTES_DATES:
        row[name] = parse_date(row[name])
    return row


def all_actions(db) -> list[Action]:
    return [action_of(r) for r in db["actions"].rows_where(order_by="id")]


def item_titles(db) -> dict[int, str]:
    return {r[0]: r[1] for r in db.execute("SELECT id, title FROM agenda_items")}
