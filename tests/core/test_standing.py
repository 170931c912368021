"""Today and the new forum's checklist read the forum through core.standing, not the whole
compliance check: what they show must be what the compliance check's records give."""
from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys

from msf_desk.core import compliance, standing
from msf_desk.core.checklist import steps_from
from msf_desk.core.today import today


def test_today_and_the_checklist_from_the_standing_are_those_from_the_compliance_check(demo_db):
    base = dt.date.today()
    seen = set()
    for on in (base, base + dt.timedelta(days=40), base - dt.timedelta(days=200), base + dt.timedelta(days=400)):
        full = compliance.gather(demo_db, on)
        light = standing.read(demo_db, on)
        for f in dataclasses.fields(standing.Standing):
            assert getattr(light, f.name) == getattr(full, f.name), f.name
        items = today(demo_db, on, light)
        assert items == today(demo_db, on, full)
        assert items == today(demo_db, on)              # read by itself: the standing
        assert steps_from(light, on) == steps_from(full, on)
        seen.update(i.kind for i in items)
    # The demo has something due of most kinds on these days, so the comparison covers them.
    assert {"contributions", "declaration", "action", "repository"} <= seen, seen
    # The minutes' publication rule reads the same dates through both.
    for m in light.meetings:
        assert standing.published_on(light, m) == standing.published_on(full, m)


def test_the_minutes_window_setting_is_read_by_the_standing(demo_db):
    from msf_desk.store.db import transaction
    from msf_desk.store.forum import set_setting

    with transaction(demo_db):
        set_setting(demo_db, standing.SETTING_MINUTES_DAYS, "30")
    on = dt.date.today()
    assert standing.read(demo_db, on).minutes_within_days == 30 == compliance.gather(demo_db, on).minutes_within_days
    with transaction(demo_db):
        set_setting(demo_db, standing.SETTING_MINUTES_DAYS, "soon")    # unreadable: the default
    assert standing.read(demo_db, on).minutes_within_days == standing.MINUTES_WITHIN_DAYS


def test_reading_what_today_shows_loads_neither_the_compliance_check_nor_the_repository_plan():
    code = ("import sys\n"
            "from msf_desk.core import standing, checklist, today\n"
            "print(' '.join(sorted(m for m in sys.modules if m.startswith('msf_desk'))))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(proc.stdout.split())
    assert "msf_desk.core.standing" in loaded
    for heavy in ("msf_desk.core.compliance", "msf_desk.core.repository", "msf_desk.core.compliance_charts",
                  "msf_desk.core.audience.pack"):
        assert heavy not in loaded, heavy


def test_the_counts_today_shows_are_those_of_the_overdue_and_due_soon_lists(demo_db):
    from msf_desk.core import responses
    from msf_desk.core import consultations_due

    base = dt.date.today()
    nonzero = 0
    for on in (base, base + dt.timedelta(days=20), base + dt.timedelta(days=60), base - dt.timedelta(days=90)):
        listed: dict = {}
        for severity, rows in (("late", responses.overdue(demo_db, on)), ("due", responses.due_soon(demo_db, on))):
            for c in rows:
                n, first = listed.get((c.consultation_id, severity), (0, dt.date.max))
                listed[(c.consultation_id, severity)] = (n + 1, min(first, c.due_on))
        assert consultations_due.open_due_counts(demo_db, on) == listed
        nonzero += len(listed)
    assert nonzero >= 3
