"""Consultations, contributions and responses: due dates, reasons, links, search, summaries."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from msf_desk.core import forum
from msf_desk.core import responses as r
from msf_desk.core import consultations_due
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.store import calendar as cal_store
from msf_desk.store import responses as store
from msf_desk.core.audience.privacy import contributor_for, public_contributor
from msf_desk.model.responses import Consultation, Contribution, ContributionFilter, FINAL_OUTCOMES, Response

FRIDAY = dt.date(2026, 3, 6)


def consultation(db, **kw) -> Consultation:
    values = dict(name="Draft commitments", stage="draft_plan", opens_on=dt.date(2026, 2, 1),
                  closes_on=dt.date(2026, 3, 1), channels=["online_platform", "email"])
    values.update(kw)
    return r.save_consultation(db, Consultation(**values))


def contribution(db, cons, **kw) -> Contribution:
    values = dict(consultation_id=cons.id, received_on=FRIDAY, text="Publish budgets monthly.")
    values.update(kw)
    return r.add_contribution(db, Contribution(**values))


# --- working days --------------------------------------------------------------------------
def test_due_date_is_twenty_working_days_after_receipt():
    assert consultations_due.due_date(FRIDAY, 20) == dt.date(2026, 4, 3)  # four weeks later, a Friday
    # Received on a Saturday: counting starts on Monday.
    assert consultations_due.due_date(dt.date(2026, 3, 7), 1) == dt.date(2026, 3, 9)


def test_due_date_skips_the_forums_holidays(db):
    cons = consultation(db)
    cal_store.add_holiday(db, dt.date(2026, 3, 16), "Spring holiday")
    c = contribution(db, cons)
    assert c.due_on == dt.date(2026, 4, 6)  # one holiday pushes it to the next working day


def test_due_dates_follow_changes_to_holidays_and_the_rule(db):
    cons = consultation(db)
    c = contribution(db, cons)
    assert c.due_on == dt.date(2026, 4, 3)
    cal_store.add_holiday(db, dt.date(2026, 3, 10))
    profile = forum.load(db)
    forum.save(db, forum.replace(profile, response_working_days=10))
    assert consultations_due.refresh_due_dates(db) == 1
    assert r.get_contribution(db, c.id).due_on == dt.date(2026, 3, 23)
    assert consultations_due.refresh_due_dates(db) == 0  # nothing changed since


def test_a_due_date_set_by_hand_is_kept(db):
    cons = consultation(db)
    c = contribution(db, cons, due_on=dt.date(2026, 5, 1), due_set_by_hand=True)
    cal_store.add_holiday(db, dt.date(2026, 3, 10))
    consultations_due.refresh_due_dates(db)
    assert r.get_contribution(db, c.id).due_on == dt.date(2026, 5, 1)


def test_overdue_and_due_soon_lists(db):
    cons = consultation(db)
    old = contribution(db, cons, received_on=dt.date(2026, 1, 5))        # due 2026-02-02
    soon = contribution(db, cons, received_on=dt.date(2026, 2, 2))       # due 2026-03-02
    later = contribution(db, cons, received_on=dt.date(2026, 2, 20))     # due 2026-03-20
    answered = contribution(db, cons, received_on=dt.date(2026, 1, 6))
    r.answer(db, answered.id, Response("included", "Already planned."), today=dt.date(2026, 1, 20))
    today = dt.date(2026, 2, 25)
    assert [c.id for c in r.overdue(db, today)] == [old.id]
    assert [c.id for c in r.due_soon(db, today)] == [soon.id]
    assert later.id not in [c.id for c in r.due_soon(db, today)]


def test_under_consideration_keeps_the_contribution_open_and_counting(db):
    cons = consultation(db)
    c = contribution(db, cons, received_on=dt.date(2026, 1, 5))
    r.answer(db, c.id, Response("under_consideration"), today=dt.date(2026, 1, 10))
    saved = r.get_contribution(db, c.id)
    assert saved.response.answered_on is None and not saved.answered
    assert [x.id for x in r.overdue(db, dt.date(2026, 3, 1))] == [c.id]


def test_an_answer_after_the_due_date_is_late(db):
    cons = consultation(db)
    c = contribution(db, cons)
    r.answer(db, c.id, Response("deferred", "Needs a law change first."), today=dt.date(2026, 4, 7))
    saved = r.get_contribution(db, c.id)
    assert saved.late
    assert r.working_days_late(saved) == 2


# --- reasons -------------------------------------------------------------------------------
@pytest.mark.parametrize("outcome", FINAL_OUTCOMES)
def test_every_outcome_but_under_consideration_needs_a_reason(db, outcome):
    cons = consultation(db)
    c = contribution(db, cons)
    with pytest.raises(ValidationError) as err:
        r.answer(db, c.id, Response(outcome, "   "))
    assert "reason" in err.value.problems
    assert r.get_contribution(db, c.id).response.outcome is None


def test_under_consideration_needs_no_reason(db):
    cons = consultation(db)
    c = contribution(db, cons)
    r.answer(db, c.id, Response("under_consideration"))
    assert r.get_contribution(db, c.id).response.outcome == "under_consideration"


def test_the_file_itself_refuses_an_outcome_without_a_reason(db):
    cons = consultation(db)
    c = contribution(db, cons)
    with pytest.raises(sqlite3.IntegrityError):
        store.set_response(db, c.id, Response("not_included", "", answered_on=FRIDAY))


def test_answer_returns_the_previous_response_for_undo(db):
    cons = consultation(db)
    c = contribution(db, cons)
    first = Response("amended", "Merged two milestones.", decided_by="Forum", answered_on=dt.date(2026, 3, 20))
    r.answer(db, c.id, first)
    previous = r.answer(db, c.id, Response("included", "Taken as proposed."), today=dt.date(2026, 3, 25))
    assert previous == first
    r.restore_response(db, c.id, previous)
    assert r.get_contribution(db, c.id).response == first


def test_an_answer_cannot_predate_the_contribution(db):
    cons = consultation(db)
    c = contribution(db, cons)
    with pytest.raises(ValidationError) as err:
        r.answer(db, c.id, Response("included", "Yes.", answered_on=FRIDAY - dt.timedelta(days=1)))
    assert "answered_on" in err.value.problems


def test_a_response_can_point_to_a_meeting_and_decision(db):
    cons = consultation(db)
    c = contribution(db, cons)
    db.execute("INSERT INTO meetings (id, title, starts_at, ends_at) VALUES (7, 'Forum meeting', "
               "'2026-03-20T09:00:00+00:00', '2026-03-20T11:00:00+00:00')")
    db.execute("INSERT INTO decisions (id, meeting_id, text) VALUES (3, 7, 'Adopt the draft plan')")
    r.answer(db, c.id, Response("included", "Adopted.", decided_by="The forum", meeting_id=7, decision_id=3))
    saved = r.get_contribution(db, c.id).response
    assert (saved.meeting_id, saved.decision_id) == (7, 3)
    assert store.meetings_for_choice(db)[0][:2] == (7, "Forum meeting")
    assert store.decisions_for_choice(db, 7) == [(3, "Adopt the draft plan")]


# --- consultations -------------------------------------------------------------------------
@pytest.mark.parametrize("stage, days, warned", [
    ("draft_plan", 13, True), ("draft_plan", 14, False),
    ("self_assessment", 27, True), ("self_assessment", 28, False),
    ("theme_scoping", 5, False),
])
def test_consultation_open_too_briefly_is_warned(stage, days, warned):
    c = Consultation(name="x", stage=stage, opens_on=dt.date(2026, 1, 1),
                       closes_on=dt.date(2026, 1, 1) + dt.timedelta(days=days), channels=["email"])
    assert bool(r.consultation_warnings(c)) is warned


def test_consultation_fields_are_checked(db):
    with pytest.raises(ValidationError) as err:
        r.save_consultation(db, Consultation(name=" ", stage="nope", opens_on=dt.date(2026, 2, 1),
                                               closes_on=dt.date(2026, 1, 1), channels=["fax"]))
    assert set(err.value.problems) == {"name", "stage", "closes_on", "channels"}


def test_consultation_round_trip(db):
    c = consultation(db, document="Draft Action Plan v2")
    again = r.get_consultation(db, c.id)
    assert again == c
    with pytest.raises(UserError):
        r.get_consultation(db, 999)


# --- who the public sees -------------------------------------------------------------------
@pytest.mark.parametrize("name, org, consent, shown", [
    ("Ana Silva", "Data Lab", True, "Ana Silva"),
    ("Ana Silva", "Data Lab", False, "Data Lab"),
    ("Ana Silva", "", False, "Individual"),
    ("", "", True, "Individual"),
])
def test_public_contributor_follows_consent(name, org, consent, shown):
    c = Contribution(contributor_name=name, organisation=org, publish_name=consent)
    assert public_contributor(c) == shown
    assert contributor_for(c, "public") == shown


def test_contributor_consent_does_not_follow_the_forums_setting(db):
    forum.save(db, forum.replace(forum.load(db), publish_names=False))
    c = Contribution(contributor_name="Ana Silva", publish_name=True)
    assert public_contributor(c) == "Ana Silva"


# --- links ---------------------------------------------------------------------------------
def test_duplicates_and_merges_are_linked_without_loops(db):
    cons = consultation(db)
    a, b, c = (contribution(db, cons, text=t) for t in ("one", "two", "three"))
    r.set_link(db, b.id, "duplicate_of", a.id)
    r.set_link(db, c.id, "merged_into", b.id)
    assert r.get_contribution(db, b.id).duplicate_of == a.id
    assert r.get_contribution(db, c.id).merged_into == b.id
    with pytest.raises(ValidationError):
        r.set_link(db, a.id, "duplicate_of", a.id)
    with pytest.raises(ValidationError):
        r.set_link(db, a.id, "duplicate_of", b.id)  # b is already a duplicate of a
    other = contribution(db, consultation(db, name="Themes", stage="theme_scoping"))
    with pytest.raises(ValidationError):
        r.set_link(db, a.id, "merged_into", other.id)
    r.set_link(db, b.id, "duplicate_of", None)
    assert r.get_contribution(db, b.id).duplicate_of is None


# --- search --------------------------------------------------------------------------------
@pytest.fixture
def searchable(db):
    cons = consultation(db)
    themes = consultation(db, name="Themes", stage="theme_scoping")
    rows = [
        contribution(db, cons, text="Open the budget data every month", theme="Budget", channel="email"),
        contribution(db, cons, text="Budget hearings should be public", theme="Budget",
                     contributor_type="civil_society", organisation="Budget Watch"),
        contribution(db, cons, text="Protect journalists covering elections", theme="Civic space",
                     received_on=dt.date(2026, 1, 5)),
        contribution(db, themes, text="Educación cívica en las escuelas", theme="Education"),
    ]
    r.answer(db, rows[1].id, Response("included", "Part of commitment 2."), today=dt.date(2026, 3, 10))
    return db, cons, themes, rows


def ids(db, **kw):
    return set(r.search_ids(db, ContributionFilter(**kw)))


def test_search_matches_prefixes_as_you_type(searchable):
    db, cons, themes, rows = searchable
    assert ids(db, text="budg") == {rows[0].id, rows[1].id}
    assert ids(db, text="budget hear") == {rows[1].id}
    assert ids(db, text="journalist") == {rows[2].id}
    assert ids(db, text="zzz") == set()
    assert ids(db, text="") == {c.id for c in rows}


def test_search_ignores_accents_and_punctuation(searchable):
    db, _, _, rows = searchable
    assert ids(db, text="educacion") == {rows[3].id}
    assert ids(db, text='"budget" (data*') == {rows[0].id}  # typed syntax is read as plain words
    assert ids(db, text="NEAR(") == set()


def test_search_combines_with_filters(searchable):
    db, cons, themes, rows = searchable
    assert ids(db, text="budget", outcome="none") == {rows[0].id}
    assert ids(db, text="budget", outcome="included") == {rows[1].id}
    assert ids(db, text="budget", channel="email") == {rows[0].id}
    assert ids(db, text="budget", contributor_type="civil_society") == {rows[1].id}
    assert ids(db, consultation_id=themes.id) == {rows[3].id}
    assert ids(db, theme="Civic space") == {rows[2].id}
    assert ids(db, overdue_on=dt.date(2026, 3, 1)) == {rows[2].id}
    assert ids(db, text="watch") == {rows[1].id}  # organisations are searched too
    assert ids(db, text="commitment") == {rows[1].id}  # and the reasons given


def test_search_follows_edits_and_deletions(searchable):
    db, cons, _, rows = searchable
    c = r.get_contribution(db, rows[2].id)
    c.text = "Protect reporters"
    r.update_contribution(db, c)
    assert ids(db, text="journalists") == set()
    assert ids(db, text="reporters") == {c.id}
    store.delete_contributions(db, [c.id])
    assert ids(db, text="reporters") == set()


def test_search_orders_by_a_chosen_column(searchable):
    db, *_ = searchable
    newest_first = r.search_ids(db, ContributionFilter())
    oldest_first = r.search_ids(db, ContributionFilter(), descending=False)
    assert newest_first == list(reversed(oldest_first))
    by_theme = r.search_ids(db, ContributionFilter(), order="theme", descending=False)
    themes = [r.get_contribution(db, i).theme for i in by_theme]
    assert themes == sorted(themes, key=str.lower)


# --- summary by theme ----------------------------------------------------------------------
def test_theme_overview_counts_outcomes_and_keeps_the_summary(searchable):
    db, cons, _, rows = searchable
    overview = {t.theme: t for t in r.theme_overview(db, cons.id)}
    assert overview["Budget"].total == 2
    assert overview["Budget"].counts["included"] == 1 and overview["Budget"].counts["none"] == 1
    previous = r.save_theme_summary(db, cons.id, "Budget", "People want budget data.", "Commitment 2 covers it.")
    assert previous == ("", "")
    r.answer(db, rows[0].id, Response("merged", "Same as no. 2."), today=dt.date(2026, 3, 10))
    budget = {t.theme: t for t in r.theme_overview(db, cons.id)}["Budget"]
    assert budget.counts["merged"] == 1 and budget.counts["none"] == 0
    assert (budget.heard, budget.response) == ("People want budget data.", "Commitment 2 covers it.")
    assert "merged into another proposal 1" in budget.counts_text()


def test_attachments_are_copied_with_their_hash(db, forum_path, tmp_path):
    cons = consultation(db)
    c = contribution(db, cons)
    source = tmp_path / "letter from the union.pdf"
    source.write_bytes(b"%PDF-1.4 a letter")
    record = r.attach_file(db, forum_path, c.id, source)
    stored = forum_path.with_name("forum.files") / record["stored_path"]
    assert stored.read_bytes() == b"%PDF-1.4 a letter"
    assert len(record["sha256"]) == 64
    assert store.attachments_of(db, c.id)[0]["file_name"] == "letter from the union.pdf"


def test_single_letters_are_left_out_of_the_search():
    assert r.fts_query("a") is None
    assert r.fts_query("p budget") == '"budget"*'
    assert r.fts_query('say "no" (now)') == '"say"* "no"* "now"*'


@pytest.mark.parametrize("order", sorted(store.SORT_COLUMNS))
def test_search_with_text_sorts_by_every_column(searchable, order):
    db, _, _, rows = searchable
    found = r.search_ids(db, ContributionFilter(text="budget", consultation_id=rows[0].consultation_id),
                         order=order, descending=False)
    assert set(found) == {rows[0].id, rows[1].id}


def test_a_search_with_many_matches_is_ordered_as_sql_orders_it_and_follows_edits(demo_db, monkeypatch):
    """Above PYTHON_SORT_FROM matches a text search by date received is ordered from a kept
    order of every contribution; it must give SQLite's order, both ways, and notice changes."""
    flt = ContributionFilter(text="the")

    def by_sql(descending: bool) -> list[int]:
        direction = "DESC" if descending else "ASC"
        return [row[0] for row in demo_db.execute(
            "SELECT c.id FROM contributions_fts JOIN contributions c ON c.id = contributions_fts.rowid "
            f"WHERE contributions_fts MATCH ? ORDER BY c.received_on {direction}, c.id {direction}",
            [r.fts_query("the")])]

    monkeypatch.setattr(store, "PYTHON_SORT_FROM", 2)
    newest_first = by_sql(True)
    assert len(newest_first) > 20
    assert r.search_ids(demo_db, flt) == newest_first
    assert r.search_ids(demo_db, flt, descending=False) == by_sql(False)
    # An edit on this connection moves a contribution to the front: the kept order follows.
    last = newest_first[-1]
    demo_db.execute("UPDATE contributions SET received_on = '2099-01-01' WHERE id = ?", [last])
    demo_db.conn.commit()
    assert r.search_ids(demo_db, flt)[0] == last == by_sql(True)[0]
    # A change committed by another connection is noticed too.
    other = sqlite3.connect(demo_db.path)
    other.execute("UPDATE contributions SET received_on = '1999-01-01' WHERE id = ?", [last])
    other.commit()
    other.close()
    assert r.search_ids(demo_db, flt)[-1] == last == by_sql(True)[-1]
