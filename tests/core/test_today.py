"""`today(db, on)` and `msf-desk today` on a real forum file."""
from __future__ import annotations

import datetime as dt
import json

from msf_desk.cli import main
from msf_desk.core import actions, meetings, members
from msf_desk.core.today import today
from msf_desk.model.actions import Action
from msf_desk.model.meetings import Meeting
from msf_desk.model.members import Member

ON = dt.date(2026, 6, 10)


def _meeting(db, title, day, **kw):
    start = dt.datetime.combine(day, dt.time(9), tzinfo=dt.timezone.utc)
    return meetings.add_meeting(db, Meeting(title=title, starts_at=start, ends_at=start + dt.timedelta(hours=2),
                                            **kw), standing_items=False)


def _forum(db):
    soon = _meeting(db, "June forum", ON + dt.timedelta(days=3))          # notice due 7 days before: late
    later = _meeting(db, "July forum", ON + dt.timedelta(days=12))        # notice due within the week
    held = _meeting(db, "May forum", ON - dt.timedelta(days=20))
    meetings.set_status(db, held.id, "held", today=ON)
    action = actions.add_action(db, Action(meeting_id=held.id, text="Send the revised timeline",
                                           owner_text="Secretariat", due=ON - dt.timedelta(days=5)))
    members.add_member(db, Member(name="Ana Gov", sector="national_government", term_start=dt.date(2025, 1, 1),
                                  term_end=ON + dt.timedelta(days=30)))
    members.add_member(db, Member(name="Ben Civil", sector="civil_society", term_start=dt.date(2025, 1, 1)))
    return soon, later, held, action


def test_today_gathers_what_is_due_and_late(db):
    soon, later, held, action = _forum(db)
    items = today(db, ON)
    by_target = {(i.kind, i.target): i for i in items}

    late_notice = by_target[("notice", f"meetings:{soon.id}")]
    assert late_notice.severity == "late" and late_notice.due < ON and "June forum" in late_notice.summary
    due_notice = by_target[("notice", f"meetings:{later.id}")]
    assert due_notice.severity == "due" and ON <= due_notice.due <= ON + dt.timedelta(days=7)
    minutes = by_target[("minutes_circulate", f"minutes:{held.id}")]
    assert minutes.severity == "due" and "May forum" in minutes.summary
    act = by_target[("action", f"actions:{action.id}")]
    assert act.severity == "late" and act.due == ON - dt.timedelta(days=5) and "revised timeline" in act.summary
    parity = [i for i in items if i.kind == "parity"]
    assert parity and "Ana Gov" in parity[0].summary and parity[0].target == "members"
    assert any(i.kind == "repository" for i in items)
    # the late ones come first
    severities = [i.severity for i in items]
    assert severities == sorted(severities, key=("late", "due").index)

    # a year on, the held meeting's minutes are late and the July notice is no longer "due this week"
    later_items = today(db, ON + dt.timedelta(days=200))
    late_minutes = [i for i in later_items if i.kind == "minutes_circulate"]
    assert late_minutes and late_minutes[0].severity == "late"


def test_cli_today_json(capsys, db, forum_path):
    soon, *_ = _forum(db)
    db.close()
    code = main(["today", "--db", str(forum_path), "--on", ON.isoformat(), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert all(set(d) == {"kind", "due", "severity", "summary", "target"} for d in data)
    assert {"kind": "notice", "severity": "late", "target": f"meetings:{soon.id}"}.items() <= \
        next(d for d in data if d["target"] == f"meetings:{soon.id}").items()

    code = main(["today", "--db", str(forum_path), "--on", ON.isoformat()])
    out, _ = capsys.readouterr()
    assert code == 0 and out.startswith("First steps: 1 of 7 done")  # a new forum: its first steps come first
    due = out.split("\n\n", 1)[1]
    assert due.startswith("LATE") and "June forum" in due

    code = main(["today", "--db", str(forum_path), "--on", "10/06/2026"])
    _, err = capsys.readouterr()
    assert code == 1 and "--on" in err


def test_today_writes_a_large_count_of_late_contributions_as_the_language_groups_it(db):
    """A consultation of a large forum has tens of thousands of contributions: the count reads
    '10,500', '10 500', '10.500' (as the documents write it), not '10500'."""
    from msf_desk.core import messages, responses
    from msf_desk.model.responses import Consultation, Contribution
    from msf_desk.store import responses as store
    from msf_desk.store.db import transaction

    consultation = responses.save_consultation(db, Consultation(name="Plan", stage="draft_plan",
                                                                opens_on=ON - dt.timedelta(days=60),
                                                                closes_on=ON - dt.timedelta(days=30)))
    received = ON - dt.timedelta(days=40)
    with transaction(db):
        store.insert_contributions(db, [Contribution(consultation_id=consultation.id, text=f"Idea {i}",
                                                     received_on=received, due_on=ON - dt.timedelta(days=20))
                                        for i in range(10_500)])
    try:
        said = {}
        for code in ("en", "fr", "es", "ar"):
            messages.set_message_language(code)
            said[code] = next(i.summary for i in today(db, ON) if i.kind == "contributions")
    finally:
        messages.set_message_language("en")
    assert said["en"].startswith("10,500 contributions to “Plan” not answered in time")
    assert "10\u202f500" in said["fr"] and "10.500" in said["es"] and "10,500" in said["ar"]
    assert not any("10500" in text for text in said.values())


READ_TODAY_THEN_LIST_MODULES = """
import datetime as dt, sys
from msf_desk.store.db import open_forum
from msf_desk.ui.pages.today import read_today

db = open_forum(sys.argv[1])
before = set(sys.modules)
steps, items = read_today(db, dt.date.fromisoformat(sys.argv[2]))
print("READ", len(steps), len(items), " ".join(sorted({i.kind for i in items})))
print("LOADED", " ".join(sorted(set(sys.modules) - before)))
"""


def test_todays_reading_loads_no_rules_of_the_contributions_nor_the_minutes_records(demo_path):
    # Today reads the consultations and counts the contributions due (core.consultations_due): the
    # window's first page, read while the window waits, loads neither the contributions' rules nor
    # their records nor their SQL (core/store/model.responses), which a Python lock held during
    # imports would put on the start's critical path. Of the minutes it reads where each stands
    # (model.minutes_status), not the records of attendance, declarations and decisions (model.minutes).
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", READ_TODAY_THEN_LIST_MODULES, str(demo_path), ON.isoformat()],
                          capture_output=True, text=True, timeout=120, env={**__import__("os").environ,
                                                                             "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    read = next(line for line in proc.stdout.splitlines() if line.startswith("READ")).split()
    assert int(read[1]) > 0 and int(read[2]) > 0 and "contributions" in read[3:], read
    loaded = set(next(line for line in proc.stdout.splitlines() if line.startswith("LOADED")).split()[1:])
    assert {"msf_desk.core.today", "msf_desk.core.standing", "msf_desk.core.consultations_due",
            "msf_desk.model.minutes_status"} <= loaded
    for module in ("msf_desk.core.responses", "msf_desk.store.responses", "msf_desk.model.responses", "array",
                   "msf_desk.model.minutes"):
        assert module not in loaded, f"{module} was imported for Today's reading"
