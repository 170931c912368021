"""Each requirement of the 2021 national and OGP Local frameworks: met, not met, not evidenced
(and in progress where the rule has it), on small forums built here. The rules are pure."""
import dataclasses
import datetime as dt

import pytest

from msf_desk.core import standards as s
from msf_desk.model.errors import UserError
from msf_desk.core.standards_evidence import Evidence
from msf_desk.model.process_documents import ProcessDocument
from msf_desk.model.standards import ActionPlan, OutreachActivity
from tests.core.test_compliance import DAY, TODAY, forum_meetings, meeting, profile, records
from msf_desk.core.compliance import STATUSES

ALL_PRESENT = {"government", "non_government"}


def plan(**kw) -> ActionPlan:
    values = dict(id=1, name="Plan 5", cocreation_starts=TODAY - 150 * DAY, cocreation_ends=TODAY - 110 * DAY,
                  implementation_starts=TODAY - 100 * DAY, implementation_ends=TODAY + 600 * DAY,
                  timeline_published_on=TODAY - 170 * DAY, timeline_url="https://ogp.example.org/timeline")
    values.update(kw)
    return ActionPlan(**values)


def document(i=1, doc_type="action_plan", issued_on=TODAY - 105 * DAY, **kw) -> ProcessDocument:
    return ProcessDocument(kw.pop("title", "Fifth National Action Plan"), doc_type, issued_on, id=i,
                           stored_path=f"process-documents/aa/{i}.pdf", file_name="plan.pdf", **kw)


def evidence(*, plans=None, outreach=None, website="https://ogp.example.org", sides=None, documents=None,
             exports=None, **kw) -> Evidence:
    kw.setdefault("meetings", forum_meetings() + [meeting(9, TODAY - 20 * DAY)])
    documents = [document()] if documents is None else documents
    if "last_export" not in kw:
        last = records().last_export
        kw["last_export"] = dataclasses.replace(last, documents=[d.id for d in documents])
    base = records(**kw)
    if sides is None:
        sides = {m.id: set(ALL_PRESENT) for m in base.meetings if m.status == "held"}
    return Evidence(base, [plan()] if plans is None else plans,
                      [OutreachActivity(1, TODAY - 140 * DAY, "event", "Regional workshop")]
                      if outreach is None else outreach, website, sides, exports, documents)


def status(rule, **kw) -> str:
    return rule(evidence(**kw)).status


def test_a_healthy_forum_meets_every_2021_and_local_requirement():
    e = evidence()
    for key in ("2021", "local"):
        result = s.evaluate(e, key)
        assert {i.key: i.status for i in result.requirements} == {i.key: "met" for i in result.requirements}
        for i in result.requirements:
            assert i.evidence and i.next_step and i.standard and i.number
    assert s.evaluate(e, "2021").contrary_text().startswith("No finding of acting contrary")


def test_next_steps_never_send_the_reader_to_a_page_of_this_program(demo_db):
    from tests.conftest import DEMO_TODAY
    from tests.core.test_compliance import PROGRAM_WORDS

    bare = evidence(plans=[], outreach=[], website="", members=[], meetings=[], consultations=[],
                    contributions={}, last_export=None, ethics=None, documents=[])
    steps = []
    for key in ("2021", "local"):
        for i in s.evaluate(bare, key).requirements:
            assert i.status == "not_evidenced", i.key
            steps.append(i.next_step)
    # Every other state the rules can reach: the healthy forum, the gaps, the missing action
    # plan document, the demo under each framework.
    last = records().last_export
    for e in (evidence(), evidence(documents=[]), evidence(exports=[TODAY - 330 * DAY, TODAY - 10 * DAY]),
              evidence(last_export=dataclasses.replace(last, on=TODAY - 400 * DAY)), evidence(sides={})):
        steps += [i.next_step for key in ("2021", "local") for i in s.evaluate(e, key).requirements]
    steps += [i.next_step for r in s.assess(demo_db, DEMO_TODAY, ["2021", "local"]).results for i in r.requirements]
    assert len(steps) > 50
    for step in steps:
        words = step.lower().replace("webpage", "")
        assert not any(word in words for word in PROGRAM_WORDS), step


# --- 1.1 -----------------------------------------------------------------------------------------

def test_1_1_forum_space():
    assert status(s.forum_space) == "met"
    assert status(s.forum_space, members=[]) == "not_evidenced"
    assert status(s.forum_space, meetings=[]) == "not_evidenced"
    # seven months without a meeting in the last year
    gap = [meeting(1, TODAY - 300 * DAY), meeting(2, TODAY - 80 * DAY), meeting(3, TODAY + 30 * DAY, "planned")]
    result = s.forum_space(evidence(meetings=gap))
    assert result.status == "not_met" and result.contrary
    # the forum did not meet during the co-creation that ended
    quiet = [meeting(1, TODAY - 200 * DAY), meeting(2, TODAY - 40 * DAY), meeting(3, TODAY + 30 * DAY, "planned")]
    assert status(s.forum_space, meetings=quiet) == "not_met"
    assert status(s.forum_space, profile=profile(remit="")) == "in_progress"


# --- 2.1, 2.2 ------------------------------------------------------------------------------------

def test_2_1_website():
    base = records()
    assert status(s.website) == "met"
    assert status(s.website, website="") == "not_evidenced"
    assert status(s.website, last_export=None) == "in_progress"
    old = base.last_export.__class__(**{**base.last_export.__dict__, "on": TODAY - 400 * DAY})
    assert status(s.website, last_export=old) == "not_met"


def test_2_2_repository():
    base = records()
    assert status(s.repository) == "met"
    assert status(s.repository, last_export=None) == "not_evidenced"
    old = base.last_export.__class__(**{**base.last_export.__dict__, "on": TODAY - 200 * DAY})
    result = s.repository(evidence(last_export=old))
    assert result.status == "not_met" and result.contrary
    headline = s.FrameworkResult(s.FRAMEWORKS["2021"], [result]).contrary_text()
    assert headline.startswith("Acted contrary to process") and "2.2" in headline


def test_2_2_judged_on_the_history_of_exports_not_only_the_last():
    # The last export is recent, but the year before it had an eight-month gap: not met.
    gap = [TODAY - 330 * DAY, TODAY - 90 * DAY, TODAY - 10 * DAY]
    result = s.repository(evidence(exports=gap))
    assert result.status == "not_met", result.evidence
    assert any(line.startswith("No update from") for line in result.evidence)
    # Exports every five months: met, and the evidence counts them.
    steady = [TODAY - 310 * DAY, TODAY - 160 * DAY, TODAY - 10 * DAY]
    result = s.repository(evidence(exports=steady))
    assert result.status == "met" and result.evidence[0].startswith("3 repository updates in the last 12 months")
    # A forum whose first export was a month ago is not held to the year before it.
    assert status(s.repository, exports=[TODAY - 10 * DAY]) == "met"
    assert status(s.repository, exports=[], last_export=None) == "not_evidenced"


def test_2_2_counts_the_action_plan_in_the_repository():
    # The plan is being implemented and its document is published: met, with the evidence.
    result = s.repository(evidence())
    assert result.status == "met"
    assert "Action plan in the repository: Fifth National Action Plan" in " ".join(result.evidence)
    # Recorded but not yet in the last export, or not recorded at all: in progress.
    last = records().last_export
    result = s.repository(evidence(last_export=dataclasses.replace(last, documents=[])))
    assert result.status == "in_progress" and "not in the repository" not in result.next_step
    assert "no action plan document is in the repository yet" in " ".join(result.evidence)
    result = s.repository(evidence(documents=[]))
    assert result.status == "in_progress" and "no action plan document is recorded" in " ".join(result.evidence)
    # A self-assessment is shown when it is there.
    both = [document(), document(2, "self_assessment", TODAY - 20 * DAY, title="Mid-term self-assessment")]
    assert "Self-assessment report in the repository: Mid-term self-assessment" in " ".join(
        s.repository(evidence(documents=both)).evidence)


# --- 3.1, 3.2, 3.3 -------------------------------------------------------------------------------

def test_3_1_timeline():
    assert status(s.timeline) == "met"
    assert status(s.timeline, plans=[]) == "not_evidenced"
    late = plan(timeline_published_on=TODAY - 145 * DAY)
    assert status(s.timeline, plans=[late]) == "not_met"
    never = plan(timeline_published_on=None)
    assert status(s.timeline, plans=[never]) == "not_met"
    ahead = plan(cocreation_starts=TODAY + 30 * DAY, cocreation_ends=TODAY + 120 * DAY, timeline_published_on=None)
    result = s.timeline(evidence(plans=[ahead]))
    assert result.status == "in_progress" and "by 1 July 2026" in result.next_step


def test_3_1_a_timeline_document_shows_the_publication():
    undated = plan(timeline_published_on=None)
    early = document(3, "cocreation_timeline", TODAY - 170 * DAY, title="Co-creation timeline 2026")
    assert status(s.timeline, plans=[undated], documents=[early]) == "met"
    late = document(3, "cocreation_timeline", TODAY - 145 * DAY, title="Co-creation timeline 2026")
    assert status(s.timeline, plans=[undated], documents=[late]) == "not_met"


def test_3_2_outreach():
    assert status(s.outreach) == "met"
    assert status(s.outreach, plans=[]) == "not_evidenced"
    assert status(s.outreach, outreach=[]) == "not_met"
    ongoing = plan(cocreation_ends=TODAY + 20 * DAY)
    assert status(s.outreach, outreach=[], plans=[ongoing]) == "in_progress"


def test_3_3_feedback_mechanism():
    assert status(s.feedback) == "met"
    assert status(s.feedback, plans=[]) == "not_evidenced"
    assert status(s.feedback, consultations=[]) == "not_met"


# --- 4.1 -----------------------------------------------------------------------------------------

def test_4_1_reasoned_response():
    base = records()
    assert status(s.reasoned_response) == "met"
    assert status(s.reasoned_response, plans=[]) == "not_evidenced"
    assert status(s.reasoned_response, consultations=[]) == "not_evidenced"
    open_items = {1: [x.__class__(**{**x.__dict__, "response": x.response.__class__()})
                      for x in base.contributions[1]]}
    result = s.reasoned_response(evidence(contributions=open_items))
    assert result.status == "not_met" and result.contrary
    assert "not yet answered" in result.evidence[-1]
    unpublished = base.last_export.__class__(**{**base.last_export.__dict__, "consultations": []})
    assert status(s.reasoned_response, last_export=unpublished) == "in_progress"


# --- 5.1 -----------------------------------------------------------------------------------------

def test_5_1_open_implementation():
    assert status(s.open_implementation) == "met"  # two meetings since implementation began
    assert status(s.open_implementation, plans=[plan(implementation_starts=None)]) == "not_evidenced"
    only_government = {m: {"government"} for m in range(1, 10)}
    assert status(s.open_implementation, sides=only_government) == "in_progress"
    ended = plan(implementation_starts=TODAY - 130 * DAY, implementation_ends=TODAY - 10 * DAY)
    assert status(s.open_implementation, plans=[ended], sides=only_government) == "not_met"
    assert status(s.open_implementation, plans=[ended], sides={}) == "not_evidenced"  # no attendance recorded


def test_5_1_two_meetings_in_each_year_of_implementation():
    # Implementation from 20 months ago: the first year had its two meetings with civil society
    # (TODAY-560, TODAY-420 below), the second year only one so far and is still running.
    meetings = [meeting(1, TODAY - 560 * DAY), meeting(2, TODAY - 420 * DAY), meeting(3, TODAY - 200 * DAY),
                meeting(4, TODAY - 40 * DAY, "planned")]
    long = plan(cocreation_starts=TODAY - 700 * DAY, cocreation_ends=TODAY - 620 * DAY,
                implementation_starts=TODAY - 600 * DAY, implementation_ends=TODAY + 100 * DAY)
    result = s.open_implementation(evidence(plans=[long], meetings=meetings))
    assert result.status == "in_progress", result.evidence
    assert result.evidence[0].startswith("Year 1 of implementation") and "met" in result.evidence[0]
    assert any(line.startswith("Year 2 of implementation") for line in result.evidence)
    # The same plan ended with one meeting in its second year: not met, though three were held.
    ended = dataclasses.replace(long, implementation_ends=TODAY - 5 * DAY)
    assert status(s.open_implementation, plans=[ended], meetings=meetings) == "not_met"


# --- OGP Local -----------------------------------------------------------------------------------

def test_local_forum_in_co_creation():
    assert status(s.local_forum) == "met"
    assert status(s.local_forum, plans=[]) == "not_evidenced"
    assert status(s.local_forum, sides={}) == "not_evidenced"
    quiet = [meeting(1, TODAY - 200 * DAY), meeting(2, TODAY - 40 * DAY)]
    assert status(s.local_forum, meetings=quiet) == "not_met"


def test_local_repository():
    base = records()
    assert status(s.local_repository) == "met"
    assert status(s.local_repository, website="", last_export=None) == "not_evidenced"
    old = base.last_export.__class__(**{**base.last_export.__dict__, "on": TODAY - 200 * DAY})
    assert status(s.local_repository, last_export=old) == "not_met"
    assert status(s.local_repository, website="") == "in_progress"


def test_local_reasoned_response_and_implementation():
    base = records()
    assert status(s.local_reasoned_response) == "met"
    assert status(s.local_reasoned_response, plans=[]) == "not_evidenced"
    open_items = {1: [x.__class__(**{**x.__dict__, "response": x.response.__class__()})
                      for x in base.contributions[1]]}
    assert status(s.local_reasoned_response, contributions=open_items) == "not_met"
    assert status(s.local_implementation) == "met"
    assert status(s.local_implementation, plans=[]) == "not_evidenced"
    ended = plan(implementation_starts=TODAY - 130 * DAY, implementation_ends=TODAY - 10 * DAY)
    assert status(s.local_implementation, plans=[ended], sides={m: {"government"} for m in range(10)}) == "not_met"
    assert s.evaluate(evidence(), "local").contrary_text() == ""  # OGP Local has no such judgement


# --- choice of framework, records on disk ----------------------------------------------------------

def test_choice_defaults_by_jurisdiction_and_is_stored(db):
    from msf_desk.core import forum
    assert s.chosen(db) == ["2021"]
    forum.save(db, forum.replace(forum.load(db), jurisdiction="local", place="Riverside"))
    assert s.chosen(db) == ["local"]
    assert s.choose(db, ["2017,2021"]) == ["2017", "2021"]
    assert s.chosen(db) == ["2017", "2021"]
    with pytest.raises(UserError, match="Unknown standard 'x'"):
        s.choose(db, ["x"])


def test_plans_outreach_and_website_on_disk(db):
    with pytest.raises(UserError, match="not a web address"):
        s.set_website(db, "ogp.example.org")
    s.set_website(db, "https://ogp.example.org")
    with pytest.raises(UserError, match="ends .* before it starts"):
        s.save_plan(db, plan(id=None, cocreation_ends=TODAY - 200 * DAY))
    saved = s.save_plan(db, plan(id=None))
    assert s.list_plans(db) == [saved]
    with pytest.raises(UserError, match="Outreach kind"):
        s.add_outreach(db, TODAY, "leaflets", "x")
    s.add_outreach(db, TODAY - 140 * DAY, "media", "Radio interview on co-creation")
    a = s.assess(db, TODAY, ["2021", "local", "2017"])
    assert [r.key for r in a.results] == ["2021", "local", "2017"]
    r2021 = a.result("2021")
    assert {i.number: i.status for i in r2021.requirements}["3.1"] == "met"
    assert {i.number: i.status for i in r2021.requirements}["3.2"] == "met"
    assert any("Radio interview" in line for i in r2021.requirements for line in i.evidence)
    assert len(a.result("2017").requirements) == 14


def test_the_demo_forum_shows_every_status_under_each_framework(demo_db):
    from tests.conftest import DEMO_TODAY
    a = s.assess(demo_db, DEMO_TODAY, ["2021", "local", "2017"])
    for result in a.results:
        assert all(result.counts[key] for key in STATUSES), (result.key, result.counts)
    assert a.result("2021").contrary_text().startswith("Acted contrary to process")
    assert s.chosen(demo_db) == ["2021"]  # a national forum, no choice made
