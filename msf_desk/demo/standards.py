"""The demo forum's action plan and outreach, so that each framework shows every status.

Co-creation of the Fifth National Action Plan ran for most of the last year (its timeline
went online a month ahead; two outreach activities; the theme and draft consultations fell
inside it, and the draft's unanswered contributions make 4.1 "not met" and the IRM headline
show). Implementation has just begun, with no meeting on it yet (5.1 and L4 in progress).
No OGP website is recorded and the repository was never exported (2.1, 2.2, L2 not
evidenced), so the demo also shows what the secretariat still has to record.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.core import standards
from msf_desk.model.standards import ActionPlan


def populate(db, ctx) -> None:
    today = ctx.today
    day = dt.timedelta(days=1)
    standards.save_plan(db, ActionPlan(
        name="Fifth National Action Plan", cocreation_starts=today - 360 * day, cocreation_ends=today - 30 * day,
        implementation_starts=today - 15 * day, implementation_ends=today + 715 * day,
        timeline_published_on=today - 390 * day, timeline_url="https://ogp.example.org/fifth-plan/timeline"))
    standards.add_outreach(db, today - 350 * day, "event",
                           "Six regional workshops introducing the co-creation and how to take part.")
    standards.add_outreach(db, today - 250 * day, "media",
                           "Radio call-in programme on the draft commitments, with the co-chairs.")
