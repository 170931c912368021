"""Each compliance indicator, both ways, on records built in memory (the indicators are pure)."""
import dataclasses
import datetime as dt

import pytest

from msf_desk.core import compliance as c
from msf_desk.core.ethics import ComplianceReport as EthicsReport
from msf_desk.core.ethics import ComplianceRow
from msf_desk.model.ethics import Statement
from msf_desk.model.forum import ForumProfile
from msf_desk.model.meetings import Meeting
from msf_desk.model.members import Member, SelectionRound
from msf_desk.model.minutes import Minutes
from msf_desk.core.export_record import ExportRecord
from msf_desk.core.repository import governance_fingerprint
from msf_desk.model.responses import Consultation, Contribution, Response
from msf_desk.core.compliance_charts import series

TODAY = dt.date(2026, 6, 15)
DAY = dt.timedelta(days=1)


def profile(**kw) -> ForumProfile:
    values = dict(name="Test forum", remit="Oversees the process.", agenda_setter="The co-chairs.",
                  conflicts_policy="Declare and step out.", minutes_detail="Summary minutes.",
                  decision_powers="Approves the plan.", timezone="UTC", frequency_months=3)
    values.update(kw)
    return ForumProfile(**values)


def member(i, sector, role="member", **kw) -> Member:
    kw.setdefault("term_start", dt.date(2024, 1, 1))
    return Member(id=i, name=f"Member {i}", organisation=f"Org {i}", sector=sector, role=role, **kw)


def forum_members() -> list[Member]:
    return [
        member(1, "national_government", "co_chair", high_level=True),
        member(2, "national_government"),
        member(3, "civil_society", "co_chair", selection_round_id=1),
        member(4, "academia", selection_round_id=1),
    ]


def meeting(i, day, status="held", kind="regular", remote=True, public=True) -> Meeting:
    return Meeting.at(f"Meeting {i}", day, dt.time(10), dt.time(12), "UTC", kind=kind, status=status,
                      remote_offered=remote, public=public, id=i)


def forum_meetings() -> list[Meeting]:
    """Every two months over the last year, and two ahead."""
    past = [meeting(i, TODAY - dt.timedelta(days=60 * (7 - i))) for i in range(1, 7)]
    ahead = [meeting(7, TODAY + dt.timedelta(days=30), "planned"), meeting(8, TODAY + dt.timedelta(days=90), "planned")]
    return past + ahead


def published_minutes(meetings) -> dict:
    return {m.id: Minutes(m.id, "published", approved_on=m.day + 20 * DAY, published_on=m.day + 30 * DAY)
            for m in meetings if m.status == "held" and m.day + 30 * DAY <= TODAY}


def contribution(i, received, answered_after=5, outcome="included") -> Contribution:
    answered = received + dt.timedelta(days=answered_after) if outcome else None
    return Contribution(id=i, consultation_id=1, received_on=received, due_on=received + 28 * DAY, text="…",
                        response=Response(outcome=outcome, reason="Because." if outcome else "",
                                          answered_on=answered))


def consultation() -> Consultation:
    return Consultation(id=1, name="Themes", stage="theme_scoping", opens_on=TODAY - 120 * DAY,
                        closes_on=TODAY - 90 * DAY)


def ethics_rows(n_ok=4, **overrides) -> EthicsReport:
    rows = []
    for i in range(1, 5):
        ok = i <= n_ok
        rows.append(ComplianceRow(member_id=i, name=f"Member {i}", organisation="", role="member", side="government",
                                  signed_version=1 if ok else None, signed_on=TODAY if ok else None, statement_ok=ok,
                                  last_declared=TODAY - 30 * DAY, declaration="ok", due_on=TODAY + 300 * DAY,
                                  days_left=300, current_version=1))
    statement = overrides.pop("statement", Statement(1, "Be honest.", dt.date(2025, 1, 1), id=1))
    return EthicsReport(on=TODAY, within_days=30, interval_months=12, statement=statement, rows=rows)


def records(**kw) -> c.Records:
    p = kw.pop("profile", profile())
    meetings = kw.pop("meetings", forum_meetings())
    cons = consultation()
    contributions = {1: [contribution(i, cons.opens_on + i * DAY) for i in range(1, 6)]}
    values = dict(
        today=TODAY, profile=p, members=forum_members(),
        rounds=[SelectionRound("Open call", side="non_government", method="open_call", led_by="CSO committee",
                               result="Two selected.", result_date=dt.date(2024, 1, 1), id=1)],
        meetings=meetings, minutes=published_minutes(meetings), remote_attendance=set(), consultations=[cons],
        contributions=contributions, holidays=[], ethics=ethics_rows(),
        last_export=ExportRecord(on=TODAY - 10 * DAY, at="2026-06-05T10:00:00Z", folder="/tmp/x", files=50,
                                 size=1, package_hash="x", minutes=[], consultations=[1],
                                 governance=governance_fingerprint(p)),
    )
    values.update(kw)
    return c.Records(**values)


def test_a_healthy_forum_meets_every_indicator():
    report = c.report_from(records())
    assert {i.key: i.status for i in report.indicators} == {i.key: "met" for i in report.indicators}
    assert len(report.indicators) == 14
    assert report.summary().startswith("14 of 14 indicators met")
    assert "All the basic requirements" in report.minimum_text()


def test_each_indicator_says_what_to_do_and_shows_evidence():
    for i in c.report_from(records(members=[], meetings=[], consultations=[], contributions={},
                                   last_export=None, ethics=None)).indicators:
        assert i.status in c.STATUSES
        assert i.evidence and i.next_step and i.standard
        assert i.status != "met", i.key


def test_forum_exists():
    assert c.forum_exists(records()).status == "met"
    assert c.forum_exists(records(members=[])).status == "not_evidenced"
    nothing_held = records(meetings=[meeting(1, TODAY + 10 * DAY, "planned")])
    result = c.forum_exists(nothing_held)
    assert result.status == "in_progress" and "first is planned" in result.evidence[-1]


def test_meets_regularly_met_and_not_met_on_a_past_gap():
    assert c.meets_regularly(records()).status == "met"
    gap = [m for m in forum_meetings() if m.id not in (3, 4)]  # four months without a meeting
    result = c.meets_regularly(records(meetings=gap))
    assert result.status == "not_met"
    assert any("more than 3 months" in line for line in result.evidence)


def test_published_regularity_means_the_months_to_the_day():
    # The working check (Meetings page, planner) lets a weekday cadence run to the end of the
    # week the three months end in; the compliance report tells the public "at least every 3
    # months", so there a gap of three months and four days is a gap.
    from msf_desk.core.meetings import check_regularity
    from msf_desk.model.dates import add_months

    first = TODAY - 200 * DAY
    late = add_months(first, 3) + 4 * DAY
    cadence = [meeting(1, first), meeting(2, late), meeting(3, late + 60 * DAY),
               meeting(4, TODAY + 30 * DAY, "planned")]
    assert check_regularity(cadence, 3, TODAY).ok
    result = c.meets_regularly(records(meetings=cadence))
    assert result.status == "not_met"
    assert any("more than 3 months" in line for line in result.evidence)


def test_meets_regularly_looks_at_the_plan_ahead():
    no_plan = [m for m in forum_meetings() if m.status == "held"]
    result = c.meets_regularly(records(meetings=no_plan))
    assert result.status == "in_progress" and "Plan the next forum meeting" in result.next_step
    far = no_plan + [meeting(9, TODAY + 200 * DAY, "planned")]
    assert c.meets_regularly(records(meetings=far)).status == "in_progress"
    assert c.meets_regularly(records(meetings=[])).status == "not_evidenced"


def test_meets_regularly_uses_monthly_target_during_action_plan_development():
    result = c.meets_regularly(records(profile=profile(action_plan_in_development=True)))
    assert result.status == "not_met" and result.title == "Meets at least every month"


def test_a_gap_older_than_twelve_months_no_longer_counts():
    # 800 to 500 days ago: a long gap, but all of it before the last twelve months.
    old = [meeting(20, TODAY - 800 * DAY), meeting(21, TODAY - 500 * DAY), meeting(22, TODAY - 430 * DAY)]
    assert c.meets_regularly(records(meetings=old + forum_meetings())).status == "met"


def test_working_groups_do_not_keep_the_forum_regular():
    wg = [meeting(i, TODAY - dt.timedelta(days=30 * i), kind="working_group") for i in range(1, 12)]
    assert c.meets_regularly(records(meetings=wg)).status == "not_evidenced"


def test_multi_stakeholder():
    assert c.multi_stakeholder(records()).status == "met"
    only_gov = [m for m in forum_members() if m.side == "government"]
    result = c.multi_stakeholder(records(members=only_gov))
    assert result.status == "not_met" and "non-government" in result.next_step
    assert c.multi_stakeholder(records(members=[])).status == "not_evidenced"


def test_parity():
    assert c.parity(records()).status == "met"
    one_more = forum_members() + [member(5, "trade_union")]
    result = c.parity(records(members=one_more))
    assert result.status == "in_progress" and "Fill 1 government seat" in result.next_step
    two_more = one_more + [member(6, "private_sector")]
    assert c.parity(records(members=two_more)).status == "not_met"


def test_transparent_selection():
    assert c.transparent_selection(records()).status == "met"
    assert c.transparent_selection(records(rounds=[])).status == "not_evidenced"
    appointed = [SelectionRound("Appointed", side="non_government", method="appointment", id=1)]
    assert c.transparent_selection(records(rounds=appointed)).status == "not_met"
    undecided = [SelectionRound("Open call", side="non_government", method="election", id=1)]
    assert c.transparent_selection(records(rounds=undecided)).status == "in_progress"
    unlinked = forum_members() + [member(5, "civil_society"), member(6, "national_government")]
    result = c.transparent_selection(records(members=unlinked))
    assert result.status == "in_progress" and "1 non-government seat holder is not linked" in result.evidence[-1]


def test_high_level_government_representative():
    assert c.high_level(records()).status == "met"
    plain = [dataclasses.replace(m, high_level=False) for m in forum_members()]
    assert c.high_level(records(members=plain)).status == "not_met"


def test_co_chairs_from_both_sides():
    assert c.co_chairs(records()).status == "met"
    one_side = [dataclasses.replace(m, role="member") if m.side == "non_government" else m for m in forum_members()]
    assert c.co_chairs(records(members=one_side)).status == "in_progress"
    none = [dataclasses.replace(m, role="member") for m in forum_members()]
    assert c.co_chairs(records(members=none)).status == "not_met"


def test_governance_published():
    assert c.governance_published(records()).status == "met"
    missing = records(profile=profile(conflicts_policy="", minutes_detail=" "))
    result = c.governance_published(missing)
    assert result.status == "not_met"
    assert "How conflicts of interest are managed" in result.evidence[0]
    assert "How detailed the minutes are" in result.evidence[0]
    assert c.governance_published(records(last_export=None)).status == "in_progress"
    changed_since = records(profile=profile(remit="A new remit."), last_export=records().last_export)
    result = c.governance_published(changed_since)
    assert result.status == "in_progress" and "changed after the last export" in result.evidence[-1]


def test_remote_participation():
    assert c.remote_participation(records()).status == "met"
    in_person = [dataclasses.replace(m, remote_offered=False) for m in forum_meetings()]
    assert c.remote_participation(records(meetings=in_person)).status == "not_met"
    someone_joined_remotely = records(meetings=in_person, remote_attendance={2})
    assert c.remote_participation(someone_joined_remotely).status == "met"
    only_ahead = [m if m.status == "planned" else dataclasses.replace(m, remote_offered=False)
                  for m in forum_meetings()]
    assert c.remote_participation(records(meetings=only_ahead)).status == "in_progress"
    assert c.remote_participation(records(meetings=[])).status == "not_evidenced"


def test_minutes_published_in_time():
    assert c.minutes_published(records()).status == "met"
    meetings = forum_meetings()
    minutes = published_minutes(meetings)
    draft = dict(minutes)
    draft[1] = Minutes(1, "circulated")
    result = c.minutes_published(records(minutes=draft))
    assert result.status == "not_met" and "Overdue" in result.evidence[-1]
    late = dict(minutes)
    late[2] = dataclasses.replace(late[2], published_on=meetings[1].day + 200 * DAY)
    assert c.minutes_published(records(minutes=late)).status == "in_progress"


def test_minutes_in_the_last_export_count_as_published_and_the_window_is_a_setting():
    recent = [m for m in forum_meetings() if m.day >= TODAY - 130 * DAY]
    approved = {k: dataclasses.replace(v, status="approved", published_on=None)
                for k, v in published_minutes(recent).items()}
    export = dataclasses.replace(records().last_export, minutes=list(approved))
    assert c.minutes_published(records(meetings=recent, minutes=approved, last_export=export)).status == "met"
    # Minutes of a meeting 120 days ago first went online in an export 10 days ago: late.
    everything = forum_meetings()
    approved_all = {k: dataclasses.replace(v, status="approved", published_on=None)
                    for k, v in published_minutes(everything).items()}
    export_all = dataclasses.replace(export, minutes=list(approved_all))
    assert c.minutes_published(records(minutes=approved_all, last_export=export_all)).status == "in_progress"
    assert c.minutes_published(records(minutes=approved_all, last_export=None)).status == "not_met"
    strict = records(minutes=published_minutes(everything), minutes_within_days=10)
    assert c.minutes_published(strict).status == "in_progress"


def test_reasoned_response():
    assert c.reasoned_response(records()).status == "met"
    assert c.reasoned_response(records(consultations=[], contributions={})).status == "not_evidenced"
    assert c.reasoned_response(records(last_export=None)).status == "in_progress"
    items = records().contributions[1] + [contribution(9, TODAY - 100 * DAY, outcome=None)]
    result = c.reasoned_response(records(contributions={1: items}))
    assert result.status == "not_met" and "1 contribution not yet answered" in result.evidence[-1]
    still_due = records().contributions[1] + [Contribution(
        id=10, consultation_id=1, received_on=TODAY - 5 * DAY, due_on=TODAY + 20 * DAY, text="…")]
    assert c.reasoned_response(records(contributions={1: still_due})).status == "in_progress"


def test_contributions_answered_within_twenty_working_days():
    assert c.answered_in_time(records()).status == "met"
    overdue = records().contributions[1] + [Contribution(
        id=11, consultation_id=1, received_on=TODAY - 60 * DAY, due_on=TODAY - 30 * DAY, text="…")]
    result = c.answered_in_time(records(contributions={1: overdue}))
    assert result.status == "not_met" and "1 overdue now" in result.evidence[0]
    many = [contribution(i, TODAY - 100 * DAY) for i in range(1, 20)]
    one_late = many + [contribution(30, TODAY - 100 * DAY, answered_after=40)]
    assert c.answered_in_time(records(contributions={1: one_late})).status == "in_progress"
    mostly_late = [contribution(i, TODAY - 100 * DAY, answered_after=40) for i in range(1, 5)]
    assert c.answered_in_time(records(contributions={1: mostly_late})).status == "not_met"
    assert c.answered_in_time(records(contributions={})).status == "not_evidenced"


def test_repository_exported_within_six_months():
    assert c.repository_recent(records()).status == "met"
    stale = dataclasses.replace(records().last_export, on=TODAY - 200 * DAY)
    result = c.repository_recent(records(last_export=stale))
    assert result.status == "not_met" and "was due by" in result.evidence[-1]
    assert c.repository_recent(records(last_export=None)).status == "not_evidenced"
    exactly = dataclasses.replace(records().last_export, on=dt.date(2025, 12, 15))
    assert c.repository_recent(records(last_export=exactly)).status == "met"


def test_ethics_statements_and_declarations():
    assert c.ethics_in_order(records()).status == "met"
    assert c.ethics_in_order(records(ethics=ethics_rows(n_ok=3))).status == "in_progress"
    assert c.ethics_in_order(records(ethics=ethics_rows(n_ok=1))).status == "not_met"
    no_statement = ethics_rows(statement=None)
    assert c.ethics_in_order(records(ethics=no_statement)).status == "not_met"
    overdue = ethics_rows()
    overdue.rows[0].declaration = "overdue"
    result = c.ethics_in_order(records(ethics=overdue))
    assert result.status == "in_progress" and "1 overdue" in result.evidence[1]


def test_evidence_names_no_member():
    report = c.report_from(records(ethics=ethics_rows(n_ok=1)))
    text = str(report.to_json())
    assert "Member 1" not in text and "Member 3" not in text


def test_series_count_meetings_per_quarter_and_parity_over_time():
    s = series(records())
    assert s.quarter_target == 1
    assert sum(q.held for q in s.quarters) == 6
    assert sum(q.planned for q in s.quarters) == 2
    assert s.parity[-1].on == TODAY and (s.parity[-1].government, s.parity[-1].non_government) == (2, 2)
    assert sum(b.count for b in s.responses) == 5 and not any(b.late and b.count for b in s.responses)
    assert series(records(profile=profile(action_plan_in_development=True))).quarter_target == 3


def test_check_reads_a_real_forum_file(demo_db):
    from tests.conftest import DEMO_TODAY

    report = c.check(demo_db, DEMO_TODAY)
    data = report.to_json()
    assert len(data["indicators"]) == 14 and data["today"] == DEMO_TODAY.isoformat()
    by_key = {i.key: i for i in report.indicators}
    # The demo forum has never been exported, and has a four-month gap between meetings.
    assert by_key["repository_recent"].status == "not_evidenced"
    assert by_key["meets_regularly"].status == "not_met"
    assert by_key["multi_stakeholder"].status == "met"


@pytest.mark.parametrize("days,status", [(30, "met"), (200, "not_met")])
def test_pending_export_counts_for_its_own_report(demo_db, days, status):
    from tests.conftest import DEMO_TODAY

    pending = ExportRecord(on=DEMO_TODAY - dt.timedelta(days=days), at="x", folder="x", files=1, size=1,
                           package_hash="x")
    report = c.check(demo_db, DEMO_TODAY, pending_export=pending)
    assert {i.key: i.status for i in report.indicators}["repository_recent"] == status


PROGRAM_WORDS = ("page", "planner", "export", "msf desk", "tick ")


def test_public_next_steps_never_send_the_reader_to_this_program(demo_db):
    """The compliance report is public: its next steps speak of the forum, not of this program."""
    bare = records(members=[], meetings=[], consultations=[], contributions={}, last_export=None, ethics=None)
    steps = [i.next_step for i in c.evaluate(bare)]
    steps += [i.next_step for i in c.check(demo_db).indicators]
    assert len(steps) > 20
    for step in steps:
        assert not any(word in step.lower() for word in PROGRAM_WORDS), step
