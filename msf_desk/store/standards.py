"""SQL for action plans and outreach activities (tables of migration 0011_standards)."""
from __future__ import annotations

import datetime as dt

from msf_desk.model.standards import ActionPlan, OutreachActivity
from msf_desk.store.db import transaction

_PLAN_DATES = ("cocreation_starts", "cocreation_ends", "implementation_starts", "implementation_ends",
               "timeline_published_on")


def _day(text):
    return dt.date.fromisoformat(text[:10]) if text else None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def list_plans(db) -> list[ActionPlan]:
    rows = db.execute("SELECT id, name, cocreation_starts, cocreation_ends, implementation_starts, "
                      "implementation_ends, timeline_published_on, timeline_url FROM action_plans "
                      "ORDER BY COALESCE(cocreation_starts, implementation_starts, ''), id").fetchall()
    return [ActionPlan(r[0], r[1], *(_day(x) for x in r[2:7]), r[7] or "") for r in rows]


def save_plan(db, plan: ActionPlan, *, insert: bool = False) -> int:
    """Insert a new plan (or, with `insert`, put back a removed one under its own id) or update one."""
    row = {"name": plan.name, "timeline_url": plan.timeline_url, "updated": _now()}
    for name in _PLAN_DATES:
        value = getattr(plan, name)
        row[name] = value.isoformat() if value else None
    with transaction(db):
        if plan.id is None or insert:
            if plan.id is not None:
                row["id"] = plan.id
            return db["action_plans"].insert(row).last_pk
        db["action_plans"].update(plan.id, row)
        return plan.id


def delete_plan(db, plan_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM action_plans WHERE id = ?", [plan_id])


def list_outreach(db) -> list[OutreachActivity]:
    rows = db.execute("SELECT id, held_on, kind, description FROM outreach_activities "
                      "ORDER BY held_on, id").fetchall()
    return [OutreachActivity(r[0], _day(r[1]), r[2], r[3]) for r in rows]


def add_outreach(db, activity: OutreachActivity) -> int:
    """Insert (under its own id when it has one: an undo puts a removed activity back)."""
    row = {"held_on": activity.held_on.isoformat(), "kind": activity.kind, "description": activity.description,
           "updated": _now()}
    if activity.id is not None:
        row["id"] = activity.id
    with transaction(db):
        return db["outreach_activities"].insert(row).last_pk


def update_outreach(db, activity: OutreachActivity) -> None:
    with transaction(db):
        db["outreach_activities"].update(activity.id, {
            "held_on": activity.held_on.isoformat(), "kind": activity.kind, "description": activity.description,
            "updated": _now()})


def delete_outreach(db, activity_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM outreach_activities WHERE id = ?", [activity_id])
