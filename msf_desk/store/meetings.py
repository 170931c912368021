"""SQL for meetings, agenda items, approvals, revisions, papers and the standing-items template."""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.model.dates import iso, parse_date
from msf_desk.model.meetings import AgendaItem, Meeting, Paper, PaperVersion, StandingItem
from msf_desk.store.db import transaction

_MEETING_DATES = ("notice_sent_on", "agenda_sent_on")
_MEETING_BOOLS = ("remote_offered", "public")
_ITEM_BOOLS = ("is_break",)
_PAPER_BOOLS = ("tabled",)


def _utc(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def _utc_text(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def _meeting_from_row(row: dict) -> Meeting:
    values = dict(row)
    values["starts_at"] = _utc(values["starts_at"])
    values["ends_at"] = _utc(values["ends_at"])
    for name in _MEETING_DATES:
        values[name] = parse_date(values[name])
    for name in _MEETING_BOOLS:
        values[name] = bool(values[name])
    return Meeting(**values)


def _meeting_to_row(meeting: Meeting) -> dict:
    row = dataclasses.asdict(meeting)
    row["starts_at"] = _utc_text(meeting.starts_at)
    row["ends_at"] = _utc_text(meeting.ends_at)
    for name in _MEETING_DATES:
        row[name] = iso(row[name])
    for name in _MEETING_BOOLS:
        row[name] = int(bool(row[name]))
    # The database gives each new meeting its uid and creation time.
    for name in ("id", "uid", "created"):
        if not row[name]:
            del row[name]
    return row


# --- meetings -------------------------------------------------------------------------

def all_meetings(db) -> list[Meeting]:
    return [_meeting_from_row(r) for r in db["meetings"].rows_where(order_by="starts_at, id")]


def get_meeting(db, meeting_id: int) -> Meeting | None:
    rows = list(db["meetings"].rows_where("id = ?", [meeting_id]))
    return _meeting_from_row(rows[0]) if rows else None


def insert_meeting(db, meeting: Meeting) -> Meeting:
    with transaction(db):
        new_id = db["meetings"].insert(_meeting_to_row(meeting)).last_pk
    return get_meeting(db, new_id)


def restore_meeting(db, meeting: Meeting) -> None:
    """Put back a meeting row exactly as it was (undo of a deletion), same id and uid."""
    with transaction(db):
        db["meetings"].insert(_meeting_to_row(meeting), replace=True)


def update_meeting(db, meeting: Meeting) -> None:
    with transaction(db):
        db["meetings"].update(meeting.id, _meeting_to_row(meeting))


def set_meeting_fields(db, meeting_id: int, **values) -> None:
    for name in _MEETING_DATES:
        if name in values:
            values[name] = iso(values[name])
    with transaction(db):
        db["meetings"].update(meeting_id, values)


def delete_meeting(db, meeting_id: int) -> None:
    with transaction(db):
        db["meetings"].delete(meeting_id)


def has_minutes(db, meeting_id: int) -> bool:
    if "minutes" not in db.table_names():
        return False
    return db.execute("SELECT 1 FROM minutes WHERE meeting_id = ?", [meeting_id]).fetchone() is not None


# --- agenda items ---------------------------------------------------------------------

def _item_from_row(row: dict) -> AgendaItem:
    values = dict(row)
    for name in _ITEM_BOOLS:
        values[name] = bool(values.get(name, 0))
    return AgendaItem(**values)


def _item_to_row(item: AgendaItem) -> dict:
    row = dataclasses.asdict(item)
    for name in _ITEM_BOOLS:
        row[name] = int(bool(row[name]))
    if row["id"] is None:
        del row["id"]
    return row


def items_of(db, meeting_id: int) -> list[AgendaItem]:
    return [_item_from_row(r) for r in db["agenda_items"].rows_where(
        "meeting_id = ?", [meeting_id], order_by="position, id")]


def get_item(db, item_id: int) -> AgendaItem | None:
    rows = list(db["agenda_items"].rows_where("id = ?", [item_id]))
    return _item_from_row(rows[0]) if rows else None


def insert_item(db, item: AgendaItem) -> AgendaItem:
    with transaction(db):
        new_id = db["agenda_items"].insert(_item_to_row(item)).last_pk
    return dataclasses.replace(item, id=new_id)


def restore_item(db, item: AgendaItem) -> None:
    with transaction(db):
        db["agenda_items"].insert(_item_to_row(item) | {"id": item.id}, replace=True)


def update_item(db, item: AgendaItem) -> None:
    with transaction(db):
        db["agenda_items"].update(item.id, _item_to_row(item))


def delete_item(db, item_id: int) -> None:
    with transaction(db):
        db["agenda_items"].delete(item_id)


def set_positions(db, ordered_ids: list[int]) -> None:
    with transaction(db):
        for position, item_id in enumerate(ordered_ids, start=1):
            db.execute("UPDATE agenda_items SET position = ? WHERE id = ?", [position, item_id])


# --- approvals and revisions ----------------------------------------------------------

def approvals_of(db, meeting_id: int) -> dict[int, dt.date]:
    return {r["member_id"]: dt.date.fromisoformat(r["approved_on"]) for r in db["agenda_approvals"].rows_where(
        "meeting_id = ?", [meeting_id], order_by="approved_on, id")}


def add_approval(db, meeting_id: int, member_id: int, on: dt.date) -> None:
    with transaction(db):
        db["agenda_approvals"].insert(
            {"meeting_id": meeting_id, "member_id": member_id, "approved_on": on.isoformat()},
            replace=False, ignore=True)


def clear_approvals(db, meeting_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM agenda_approvals WHERE meeting_id = ?", [meeting_id])


def revisions_of(db, meeting_id: int) -> list[tuple[int, dt.date, str]]:
    return [(r["id"], dt.date.fromisoformat(r["changed_on"]), r["description"]) for r in
            db["agenda_revisions"].rows_where("meeting_id = ?", [meeting_id], order_by="changed_on, id")]


def add_revision(db, meeting_id: int, on: dt.date, description: str) -> None:
    with transaction(db):
        db["agenda_revisions"].insert({"meeting_id": meeting_id, "changed_on": on.isoformat(),
                                       "description": description})
        db.execute("UPDATE meetings SET sequence = sequence + 1 WHERE id = ?", [meeting_id])


def restore_revision(db, meeting_id: int, revision_id: int, on: dt.date, description: str) -> None:
    with transaction(db):
        db["agenda_revisions"].insert({"id": revision_id, "meeting_id": meeting_id, "changed_on": on.isoformat(),
                                       "description": description}, replace=True)


def delete_revision(db, revision_id: int) -> None:
    with transaction(db):
        db["agenda_revisions"].delete(revision_id)


# --- standing items -------------------------------------------------------------------

def standing_items(db, *, enabled_only: bool = True) -> list[StandingItem]:
    where = "enabled = 1" if enabled_only else None
    return [StandingItem(key=r["key"], position=r["position"], title=r["title"], purpose=r["purpose"],
                         duration_minutes=r["duration_minutes"], enabled=bool(r["enabled"]), id=r["id"])
            for r in db["standing_items"].rows_where(where, order_by="position, id")]


# --- papers ---------------------------------------------------------------------------

def _paper_from_row(row: dict) -> Paper:
    values = dict(row)
    for name in _PAPER_BOOLS:
        values[name] = bool(values.get(name, 0))
    return Paper(**values)


def _paper_to_row(paper: Paper) -> dict:
    row = dataclasses.asdict(paper)
    for name in _PAPER_BOOLS:
        row[name] = int(bool(row[name]))
    if row["id"] is None:
        del row["id"]
    return row


def papers_of(db, meeting_id: int) -> list[Paper]:
    return [_paper_from_row(r) for r in db["papers"].rows_where(
        "meeting_id = ?", [meeting_id], order_by="position, id")]


def get_paper(db, paper_id: int) -> Paper | None:
    rows = list(db["papers"].rows_where("id = ?", [paper_id]))
    return _paper_from_row(rows[0]) if rows else None


def insert_paper(db, paper: Paper) -> Paper:
    with transaction(db):
        row = _paper_to_row(paper)
        if not row.get("position"):
            got = db.execute("SELECT COALESCE(MAX(position), 0) FROM papers WHERE meeting_id = ?",
                             [paper.meeting_id]).fetchone()
            row["position"] = int(got[0]) + 1
        new_id = db["papers"].insert(row).last_pk
    return get_paper(db, new_id)


def restore_paper(db, paper: Paper) -> None:
    with transaction(db):
        db["papers"].insert(_paper_to_row(paper) | {"id": paper.id}, replace=True)


def update_paper(db, paper: Paper) -> None:
    with transaction(db):
        db["papers"].update(paper.id, _paper_to_row(paper))


def delete_paper(db, paper_id: int) -> None:
    with transaction(db):
        db["papers"].delete(paper_id)




# --- earlier versions of papers -------------------------------------------------------

def versions_of(db, paper_id: int) -> list[PaperVersion]:
    return [PaperVersion(**dict(r)) for r in db["paper_versions"].rows_where(
        "paper_id = ?", [paper_id], order_by="version, id")]


def revise_paper(db, old: Paper, new: Paper, replaced_on: str) -> None:
    """Keep `old`'s file as an earlier version and save `new` (its next version), together."""
    with transaction(db):
        db["paper_versions"].insert({
            "paper_id": old.id, "version": old.version, "file_name": old.file_name,
            "stored_path": old.stored_path, "sha256": old.sha256, "size": old.size,
            "media_type": old.media_type, "added_on": old.revised_on or old.added_on,
            "replaced_on": replaced_on})
        db["papers"].update(new.id, _paper_to_row(new))


def unrevise_paper(db, before: Paper) -> None:
    """Undo of a revision: the paper as it was, without the earlier-version row it left."""
    with transaction(db):
        db.execute("DELETE FROM paper_versions WHERE paper_id = ? AND version = ?", [before.id, before.version])
        db["papers"].update(before.id, _paper_to_row(before))
