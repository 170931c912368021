"""Approved minutes and sent packs say what was true when they became records.

Closing an action later belongs to the action tracker: the approved minutes keep
"Open — overdue", a past pack keeps its matters arising, and a re-export of an unchanged
approved record is identical byte for byte whatever else changed in the forum.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile

import pytest
from pypdf import PdfReader

from msf_desk.core import action_tracker, actions, agendas, forum, meetings, minutes
from msf_desk.core import records
from msf_desk.model.actions import Action
from msf_desk.model.errors import UserError
from msf_desk.model.meetings import Meeting
from msf_desk.exports.minutes import export_minutes
from msf_desk.exports.packs import export_pack
from msf_desk.core.audience.minutes import minutes_for
from msf_desk.core.audience.pack import pack_for

from tests.core.test_minutes import DAYS, PARIS, build_forum, held

ACTION = "Send the revised timeline to every member"


def words(path) -> str:
    if path.suffix == ".pdf":
        text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    else:
        with zipfile.ZipFile(path) as z:
            text = z.read("word/document.xml").decode("utf-8")
    return " ".join(text.split())


@pytest.fixture
def record(db):
    """Meeting 1's minutes approved at meeting 2 (12 March) with one action due 1 February,
    still open on the approval day; meeting 3's notice sent on 1 May with it as a matter arising."""
    ids = build_forum(db)
    m1, m2, m3 = ids["meetings"]
    for member_id in ids["gov"] + ids["non"]:
        minutes.set_presence(db, m1, member_id, "in_person")
    minutes.set_discussion(db, ids["items"][0], "Members reviewed the timeline.")
    action = actions.add_action(db, Action(m1, ACTION, item_id=ids["items"][0], owner_member_id=ids["gov"][2],
                                           due=dt.date(2026, 2, 1)))
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    held(db, m2)
    records.approve(db, m1, m2)
    for chair in (ids["gov"][0], ids["non"][0]):
        agendas.approve_agenda(db, m3, chair, on=dt.date(2026, 4, 20))
    records.send_notice(db, m3, on=dt.date(2026, 5, 1))
    return db, ids, action


def export_all(db, ids, out) -> dict[str, bytes]:
    m1, _, m3 = ids["meetings"]
    paths = []
    for audience in ("members", "public"):
        paths += export_minutes(db, m1, audience=audience, formats=["docx", "pdf"], out_dir=out / "minutes",
                                today=dt.date(2026, 11, 30))
        paths += export_pack(pack_for(db, m3, audience, today=dt.date(2026, 5, 1)), out / "pack")
    return {p.name: p.read_bytes() for p in paths}


def changes_elsewhere(db, ids, action) -> None:
    """Everything a forum does after approval that must not reach the approved record."""
    actions.change_status(db, action.id, "done", on=dt.date(2026, 4, 2))
    db.execute("UPDATE members SET name = 'Renamed Member', organisation = 'Renamed Ministry' WHERE id = ?",
               [ids["gov"][2]])
    db.conn.commit()
    forum.save(db, forum.replace(forum.load(db), name="Renamed Forum", decision_rule="consensus"))
    meetings.add_meeting(db, Meeting.at("Another meeting", dt.date(2026, 9, 10), dt.time(16), dt.time(19), PARIS))


def test_closing_an_action_does_not_rewrite_approved_minutes_or_a_sent_pack(record, tmp_path):
    db, ids, action = record
    first = export_all(db, ids, tmp_path / "first")
    changes_elsewhere(db, ids, action)
    second = export_all(db, ids, tmp_path / "second")
    assert sorted(first) == sorted(second) and len(first) == 8
    for name in first:
        if name.startswith("minutes-"):
            assert first[name] == second[name], f"{name} changed after the record was approved"
    minutes_pdf = tmp_path / "second" / "minutes" / next(n for n in second if n.startswith("minutes")
                                                         and n.endswith("-public.pdf"))
    text = words(minutes_pdf)
    assert ACTION in text and "Open — overdue" in text and "Renamed" not in text
    # The pack's agenda may still be revised until the meeting's minutes are approved, but
    # its matters arising are those open when the notice went out (overdue on that day).
    for audience in ("members", "public"):
        pack = pack_for(db, ids["meetings"][2], audience, today=dt.date(2026, 11, 30))
        [arising] = [item.arising for item in pack.items if item.standing == "matters_arising"]
        assert len(arising) == 1 and arising[0].startswith(ACTION) and arising[0].endswith("— overdue")
        pdf = next((tmp_path / "second" / "pack").glob(f"*{audience}*.pdf"))
        assert ACTION in words(pdf)
    # The tracker follows the action's later life.
    [tracked] = [t for t in action_tracker.tracker(db, today=dt.date(2026, 11, 30)) if t.action.id == action.id]
    assert tracked.action.status == "done" and not tracked.overdue


def test_files_carry_the_record_s_dates_not_the_clock(record, tmp_path):
    db, ids, _ = record
    [pdf] = export_minutes(db, ids["meetings"][0], audience="members", formats=["pdf"], out_dir=tmp_path)
    reader = PdfReader(str(pdf))
    assert reader.metadata["/CreationDate"].startswith("D:20260115")  # the meeting it records
    assert "Produced with MSF Desk on 12 March 2026" in words(pdf)  # the approval, not the export


def test_amendments_and_publication_are_added_to_the_frozen_record(record, tmp_path):
    db, ids, action = record
    m1 = ids["meetings"][0]
    actions.change_status(db, action.id, "done", on=dt.date(2026, 4, 2))
    minutes.amend(db, m1, "The timeline goes to members only.", on=dt.date(2026, 4, 10))
    minutes.publish(db, m1, on=dt.date(2026, 4, 12))
    view = minutes_for(db, m1, "public")
    assert [a.status_label for a in view.actions] == ["Open"] and view.actions[0].overdue
    assert view.amendments[0][1] == "The timeline goes to members only."
    assert "Published on 12 April 2026" in view.approval_text and view.record_date == dt.date(2026, 4, 12)
    with pytest.raises(UserError, match="published on 12 April 2026"):
        minutes.publish(db, m1, on=dt.date(2026, 4, 13))


def test_a_name_withdrawn_after_approval_leaves_the_public_minutes(record, tmp_path):
    db, ids, _ = record
    m1 = ids["meetings"][0]
    owner = ids["gov"][2]
    assert "Gov Member 2" in minutes_for(db, m1, "public").actions[0].owner
    db.execute("UPDATE members SET name = 'Later Name', publish_name = 0 WHERE id = ?", [owner])
    db.conn.commit()
    view = minutes_for(db, m1, "public")
    plain = repr(view)
    assert "Gov Member 2" not in plain and "Later Name" not in plain
    assert view.actions[0].owner == "Ministry 2"
    # The members' copy stays as approved.
    assert minutes_for(db, m1, "members").actions[0].owner == "Gov Member 2"


def test_closed_meeting_minutes_stay_with_members(db):
    ids = build_forum(db)
    m1, m2, _ = ids["meetings"]
    with db.conn:
        db.conn.execute("UPDATE meetings SET public = 0 WHERE id = ?", [m1])
    minutes.start_minutes(db, m1)
    minutes.circulate(db, m1, on=dt.date(2026, 1, 20))
    held(db, m2)
    records.approve(db, m1, m2)
    with pytest.raises(UserError, match="closed meeting"):
        minutes_for(db, m1, "public")
    assert minutes_for(db, m1, "members").title == "Forum meeting 1"


def test_minutes_approved_before_snapshots_are_frozen_on_first_export(record, forum_path, tmp_path):
    """A file whose minutes were approved before 0007: the snapshot is taken at the first
    export, with actions closed after the approval date shown as they stood on that date."""
    db, ids, action = record
    m1 = ids["meetings"][0]
    db.conn.close()
    conn = sqlite3.connect(str(forum_path))
    with conn:  # what a file approved by an earlier MSF Desk looks like: no snapshot rows
        conn.execute("DROP TRIGGER record_locks_no_delete")
        conn.execute("DELETE FROM record_locks")
        conn.execute("UPDATE actions SET status = 'done', closed_on = '2026-04-02' WHERE id = ?", [action.id])
    conn.close()
    from msf_desk.store.db import open_forum

    db = open_forum(forum_path)
    view = minutes_for(db, m1, "members")
    assert view.actions[0].status_label == "Open" and view.actions[0].overdue
    origin = db.execute("SELECT origin, as_of FROM record_locks WHERE meeting_id = ? AND kind = 'minutes' "
                        "ORDER BY audience", [m1]).fetchall()
    assert origin == [("upgrade", "2026-03-12"), ("upgrade", "2026-03-12")]
    assert DAYS[1] == dt.date(2026, 3, 12)
    db.conn.close()
