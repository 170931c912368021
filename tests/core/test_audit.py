"""The audit log: every change says when, who, what and which records; stale saves refused."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from msf_desk.core import audit, forum
from msf_desk.core import members as core_members
from msf_desk.core.audit import StaleRecord
from msf_desk.core.member_import import import_members
from msf_desk.model.members import Member
from msf_desk.store.db import open_forum, transaction
from msf_desk.store.lock import machine_name, user_name
from tests.conftest import DEMO_TODAY


def test_each_change_records_when_who_what_and_which_records(db, tmp_path):
    csv = tmp_path / "members.csv"
    csv.write_text("name,sector,organisation\n" + "".join(f"Person {n},civil_society,Org {n}\n" for n in range(6)))
    import_members(db, csv)
    profile = forum.load(db)
    forum.save(db, dataclasses.replace(profile, quorum_kind="number", quorum_value="4"), loaded=profile)
    changes = audit.history(db)
    assert [c.summary for c in changes] == ["Changed the quorum rule", "Imported 6 members from members.csv"]
    imported = changes[1]
    assert imported.action == "import"
    assert imported.user == user_name() and imported.machine == machine_name()
    assert imported.records == {"members": ["1-6"]}
    assert abs((dt.datetime.now(dt.timezone.utc) - imported.at).total_seconds()) < 120
    assert changes[0].records == {"forum": ["1"]}


def test_a_write_without_a_sentence_is_logged_all_the_same(db):
    with transaction(db):
        db["holidays"].insert({"day": "2026-12-25", "name": "Christmas"})
    (change,) = audit.history(db)
    assert change.summary == "Changed records: 1 in holidays"
    assert change.records == {"holidays": ["1"]}


def test_a_refused_change_and_a_dry_run_leave_no_entry(db, tmp_path):
    csv = tmp_path / "members.csv"
    csv.write_text("name,sector\nAna,civil_society\n")
    import_members(db, csv, dry_run=True)
    with pytest.raises(Exception):
        core_members.add_member(db, Member(name="", sector="civil_society", side="non_government"))
    assert audit.history(db) == []


def test_approving_minutes_is_said_in_words(demo_db):
    from msf_desk.core import minutes, minutes_reads, records
    from msf_desk.core.meetings import list_meetings

    text = [c.summary for c in audit.history(demo_db)]
    before = len(text)
    held = [m for m in list_meetings(demo_db) if m.status == "held"]
    target = None
    for m in held:
        got = minutes_reads.get_minutes(demo_db, m.id)
        if got is not None and got.status == "circulated" and not minutes.approval_problems(demo_db, m.id):
            target = m
            break
    assert target is not None
    later = next(m for m in list_meetings(demo_db) if m.starts_at > target.starts_at and m.status == "held")
    records.approve(demo_db, target.id, later.id, today=later.day)
    newest = audit.history(demo_db)[0]
    assert len(audit.history(demo_db)) == before + 1
    assert newest.summary == f"Approved the minutes of {target.day.day} {target.day.strftime('%B %Y')}"
    assert newest.action == "approve"
    assert "minutes" in newest.records


def test_a_stale_member_save_is_refused_naming_who_changed_it_and_when(db, forum_path):
    ann = core_members.add_member(db, Member(name="Ann Example", sector="civil_society", side="non_government"))
    loaded = core_members.get_member(db, ann.id)
    # Someone else (another connection) saves a new e-mail meanwhile.
    other = open_forum(forum_path)
    core_members.update_member(other, dataclasses.replace(loaded, email="ann@new.example"), loaded=loaded)
    other.close()
    with pytest.raises(StaleRecord) as info:
        core_members.update_member(db, dataclasses.replace(loaded, phone="+1 555 0100"), loaded=loaded)
    text = str(info.value)
    assert f"changed by {user_name()} on {machine_name()} at " in text and "; reload" in text
    assert core_members.get_member(db, ann.id).email == "ann@new.example"
    assert core_members.get_member(db, ann.id).phone == ""


def test_stale_saves_of_the_profile_meetings_and_contributions_are_refused(demo_db):
    from msf_desk.core import meetings, responses

    profile = forum.load(demo_db)
    forum.save(demo_db, dataclasses.replace(profile, contact_phone="+1 555 0199"), loaded=profile)
    with pytest.raises(StaleRecord, match="the forum profile: it was changed by .* at .*; reload"):
        forum.save(demo_db, dataclasses.replace(profile, notice_days=9), loaded=profile)

    meeting = meetings.list_meetings(demo_db)[-1]
    meetings.update_meeting(demo_db, dataclasses.replace(meeting, location="Room 2"), loaded=meeting,
                            today=DEMO_TODAY)
    with pytest.raises(StaleRecord, match="changed by"):
        meetings.update_meeting(demo_db, dataclasses.replace(meeting, location="Room 3"), loaded=meeting,
                                today=DEMO_TODAY)

    cid = demo_db.execute("SELECT min(id) FROM contributions").fetchone()[0]
    c = responses.get_contribution(demo_db, cid)
    responses.update_contribution(demo_db, dataclasses.replace(c, theme="Changed theme"), loaded=c)
    with pytest.raises(StaleRecord, match="contribution no. .*changed by"):
        responses.update_contribution(demo_db, dataclasses.replace(c, section="4.2"), loaded=c)


def test_log_command_prints_json_and_filters_by_day(db, forum_path, tmp_path):
    core_members.add_member(db, Member(name="Ann Example", sector="civil_society", side="non_government"))
    run = [sys.executable, "-m", "msf_desk", "log", "--db", str(forum_path)]
    out = subprocess.run(run + ["--json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    (entry,) = json.loads(out.stdout)
    assert set(entry) == {"at", "user", "machine", "action", "summary", "records"}
    assert entry["summary"] == "Added member Ann Example" and entry["records"] == {"members": ["1"]}
    tomorrow = (dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=1)).isoformat()
    out = subprocess.run(run + ["--since", tomorrow, "--json"], capture_output=True, text=True)
    assert json.loads(out.stdout) == []
    out = subprocess.run(run, capture_output=True, text=True)
    assert "Added member Ann Example" in out.stdout and "members 1" in out.stdout
    out = subprocess.run(run + ["--since", "12 March"], capture_output=True, text=True)
    assert out.returncode == 1 and "Traceback" not in out.stderr and "YYYY-MM-DD" in out.stderr


SENTINEL = "AUDIT-SENTINEL-5e1f"


def _package_text(folder: Path) -> str:
    parts = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        parts.append(data.decode("utf-8", "ignore"))
        if path.suffix == ".pdf":
            parts.extend(page.extract_text() or "" for page in PdfReader(path).pages)
        if path.suffix in (".docx", ".xlsx", ".zip"):
            with zipfile.ZipFile(path) as z:
                parts.extend(z.read(n).decode("utf-8", "ignore") for n in z.namelist())
    return "\n".join(parts)


def test_the_log_is_never_in_the_public_repository_export(demo_db, demo_path, tmp_path, seed_package):
    from msf_desk.exports.repository import export_repository

    with transaction(demo_db, f"Changed the quorum rule {SENTINEL}", action=SENTINEL):
        demo_db["settings"].upsert({"key": "audit_sentinel", "value": "x"}, pk="key")
    assert any(SENTINEL in c.summary for c in audit.history(demo_db))
    out = seed_package(tmp_path / "public")  # over the demo's shared export: what changed is laid out
    export_repository(demo_db, out, make_zip=True, today=DEMO_TODAY,
                      files_dir=demo_path.with_name(demo_path.stem + ".files"))
    text = _package_text(out)
    assert "Changed the quorum rule" not in text  # the audit sentences
    assert SENTINEL not in text
    assert "audit_log" not in text and "audit_records" not in text
