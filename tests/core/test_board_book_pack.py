"""What the pack says about the board book: welcome lists, breaks, objective, tabled and revised papers."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from msf_desk.core import agendas, members, meetings, papers
from msf_desk.core.audience.board_book import book_papers
from msf_desk.core.audience.pack import pack_for
from msf_desk.exports.notice import notice_text
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.meetings import AgendaItem, Paper
from msf_desk.model.members import Member
from msf_desk.paths import forum_files_dir

from tests.board_helpers import build_forum


@pytest.fixture
def forum(tmp_path):
    ids = build_forum(tmp_path / "forum.msf", tmp_path / "src")
    yield ids
    ids["db"].conn.close()


def add(db, name, org, **kw):
    return members.add_member(db, Member(name=name, sector="civil_society", organisation=org, **kw))


def test_new_and_departing_members_are_listed_for_welcome(forum):
    db = forum["db"]
    # The previous forum meeting is on 10 March 2026; this one on 7 July 2026.
    add(db, "Ada New", "Open Data Lab", term_start=dt.date(2026, 5, 1))
    add(db, "Ben Private", "Budget Watch", term_start=dt.date(2026, 4, 1), publish_name=False)
    add(db, "Cleo Gone", "Rights Now", term_start=dt.date(2024, 1, 1), term_end=dt.date(2026, 4, 30))
    add(db, "Dan Old", "Citizens' Voice", term_start=dt.date(2024, 1, 1), term_end=dt.date(2026, 10, 1))
    add(db, "Eve Earlier", "Early Org", term_start=dt.date(2026, 1, 1))  # welcomed at the March meeting
    add(db, "Fay Observer", "Observatory", role="observer", term_start=dt.date(2026, 5, 1))
    members_pack = pack_for(db, forum["meeting"], "members")
    assert members_pack.joining == ["Ada New (Open Data Lab)", "Ben Private (Budget Watch)"]
    assert members_pack.leaving == ["Cleo Gone (Rights Now)"]
    public = pack_for(db, forum["meeting"], "public")
    assert public.joining == ["Ada New (Open Data Lab)", "Budget Watch"]  # no name without consent
    assert "Ben Private" not in " ".join(public.welcome_lines)
    # A forum meeting planned later: Dan's term ends before it, so this is his last meeting.
    later = meetings.get_meeting(db, forum["meeting"])
    meetings.add_meeting(db, dataclasses.replace(later, id=None, uid="", title="Autumn",
                                                 starts_at=later.starts_at + dt.timedelta(days=120),
                                                 ends_at=later.ends_at + dt.timedelta(days=120)),
                         standing_items=False)
    assert "Dan Old (Citizens' Voice)" in pack_for(db, forum["meeting"], "members").leaving
    # The first meeting of a forum welcomes nobody by name.
    assert pack_for(db, forum["earlier"], "members").joining == []


def test_breaks_objective_tabled_and_revised_in_the_pack_and_notice(forum):
    db = forum["db"]
    pack = pack_for(db, forum["meeting"], "members")
    assert [(i.number, i.title, i.is_break) for i in pack.items] == [
        (1, "Rotation policy", False), (0, "Coffee", True), (2, "Budget", False)]
    assert pack.items[2].start == "4:45pm"  # the break takes its time
    listing = {p.title: p.listing() for p in pack.papers}
    assert listing["Updated infographic"].endswith("(tabled: to be distributed at the meeting)")
    assert listing["Draft budget"].endswith("(revised: version 2 of 15 June 2026)")
    text = notice_text(pack)
    assert "Objective: Agree the rotation policy and hear the IRM." in text
    assert "Coffee (break)" in text and "2. Budget" in text


def test_what_the_book_may_carry_for_each_audience(forum, tmp_path):
    db = forum["db"]
    files = forum_files_dir(tmp_path / "forum.msf")
    by_title = {b.view.title: b for b in book_papers(db, pack_for(db, forum["meeting"], "public"), files)}
    assert by_title["Rotation options"].bound
    assert not by_title["Country updates"].bound and by_title["Country updates"].reason == "withheld as pre-decision"
    assert by_title["Confidential paper"].path is None  # not even its title in public
    assert by_title["Updated infographic"].reason.startswith("tabled")
    members_book = {b.view.title: b for b in book_papers(db, pack_for(db, forum["meeting"], "members"), files)}
    assert members_book["Country updates"].bound
    assert not members_book["Staff matter"].bound and members_book["Staff matter"].reason.startswith("confidential")


def test_breaks_take_no_paper_and_no_decision(forum):
    db = forum["db"]
    with pytest.raises(ValidationError) as refused:
        papers.add_paper(db, Paper(forum["meeting"], "Menu", item_id=forum["coffee"], reference="menu"))
    assert "is a break" in str(refused.value.problems)
    with pytest.raises(ValidationError):
        agendas.add_item(db, AgendaItem(forum["meeting"], "Lunch", purpose="decision", is_break=True,
                                        draft_decision="Agree the menu"))
    item1 = agendas.get_item(db, forum["item1"])
    with pytest.raises(ValidationError) as refused:
        agendas.update_item(db, dataclasses.replace(item1, is_break=True))
    assert "has papers" in str(refused.value.problems)
    with pytest.raises(UserError):
        papers.item_by_number(db, forum["meeting"], 3)
