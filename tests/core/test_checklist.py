"""A new forum, step by step: each step ticks itself from the records (core and `msf-desk today`)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

from msf_desk.cli import main
from msf_desk.core import ethics, forum, members, responses
from msf_desk.core.checklist import checklist, complete, next_step
from msf_desk.core.meetings import apply_plan, plan_for
from msf_desk.core.export_record import ExportRecord
from msf_desk.core.repository import record_export
from msf_desk.model.members import Member
from msf_desk.model.responses import Consultation

ON = dt.date(2026, 12, 1)


def _done(db, on=ON) -> dict[str, bool]:
    return {s.key: s.done for s in checklist(db, on)}


def test_a_new_forum_ticks_each_step_from_its_records(db):
    steps = checklist(db, ON)
    assert [s.key for s in steps] == ["profile", "members", "co_chairs", "year", "ethics", "consultation",
                                      "repository"]
    assert not any(s.done for s in steps) and next_step(steps).key == "profile"
    assert [s.target for s in steps] == ["forum", "members", "members", "meetings", "ethics", "responses",
                                         "repository"]

    profile = forum.load(db)
    profile.name = "Forum de gobierno abierto"
    forum.save(db, profile)
    assert not _done(db)["profile"]  # a name alone is not a profile: remit and contact address too
    assert "remit" in next_step(checklist(db, ON)).summary
    profile = forum.load(db)
    profile.remit, profile.contact_email = "Co-create the action plan.", "secretariat@example.org"
    forum.save(db, profile)
    assert _done(db)["profile"] and next_step(checklist(db, ON)).key == "members"

    ana = members.add_member(db, Member(name="Ana Gov", sector="national_government", term_start=ON))
    ben = members.add_member(db, Member(name="Ben Civil", sector="civil_society", term_start=ON))
    assert _done(db)["members"] and not _done(db)["co_chairs"]
    members.update_member(db, dataclasses.replace(ana, role="co_chair"))
    assert not _done(db)["co_chairs"]  # one side only
    assert "one government and one non-government" in next_step(checklist(db, ON)).summary
    members.update_member(db, dataclasses.replace(ben, role="co_chair"))
    assert _done(db)["co_chairs"]

    year = checklist(db, ON)[3]
    assert not year.done and "0 of the 4 meetings" in year.summary
    apply_plan(db, plan_for(db, 2027, today=ON))
    assert _done(db)["year"]
    assert not _done(db, ON + dt.timedelta(days=400))["year"]  # a year on, the next year is not planned

    ethics.new_statement_version(db, "Members act in the public interest and declare their interests.", ON)
    assert _done(db)["ethics"]
    responses.save_consultation(db, Consultation(name="Themes of the next action plan", opens_on=ON,
                                                 closes_on=ON + dt.timedelta(days=30)))
    assert _done(db)["consultation"]
    assert not complete(checklist(db, ON))
    record_export(db, ExportRecord(on=ON, at="2026-12-01T10:00:00Z", folder="site", files=1, size=1,
                                   package_hash="x"))
    assert complete(checklist(db, ON)) and next_step(checklist(db, ON)) is None


def test_cli_today_prints_the_checklist_on_a_new_forum(db, forum_path, capsys):
    db.close()
    code = main(["today", "--db", str(forum_path), "--on", ON.isoformat()])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith("First steps: 0 of 7 done") and "[ ] 1. Describe the forum" in out
    assert "The repository has never been exported" in out  # what is due still follows

    code = main(["today", "--db", str(forum_path), "--on", ON.isoformat(), "--checklist", "--json"])
    out, _ = capsys.readouterr()
    data = json.loads(out)
    assert code == 0 and [d["key"] for d in data][:2] == ["profile", "members"]
    assert all(set(d) == {"key", "title", "done", "summary", "target"} and d["done"] is False for d in data)

    code = main(["today", "--db", str(forum_path), "--on", ON.isoformat(), "--json"])
    out, _ = capsys.readouterr()
    assert all(set(d) == {"kind", "due", "severity", "summary", "target"} for d in json.loads(out))


def test_the_demo_forum_has_no_checklist_left_once_exported(demo_db, capsys):
    from tests.conftest import DEMO_TODAY

    steps = checklist(demo_db, DEMO_TODAY)
    assert [s.key for s in steps if not s.done] == ["repository"]
