"""Agendas: timings and overrun, order, standing items, approval, notice, revisions, papers, packs."""
from __future__ import annotations

import datetime as dt

import pytest

from msf_desk.core import agendas, forum, meetings, papers
from msf_desk.core import records
from msf_desk.model.meetings import AgendaItem
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.meetings import Meeting
from msf_desk.model.members import Member
from msf_desk.core.members import add_member
from msf_desk.model.meetings import Paper
from msf_desk.core.papers import safe_file_name
from msf_desk.core.audience.pack import pack_for
from msf_desk.core.meetings import add_standing_items

PARIS = "Europe/Paris"
DAY = dt.date(2026, 10, 26)


@pytest.fixture
def chairs(db):
    gov = add_member(db, Member("Nino Beridze", "national_government", "Ministry of Justice", role="co_chair",
                                term_start=dt.date(2025, 1, 1), email="nino@gov.example"))
    cs = add_member(db, Member("Amara Okafor", "civil_society", "Open Budget Coalition", role="co_chair",
                               term_start=dt.date(2025, 1, 1), email="amara@cso.example"))
    return gov, cs


@pytest.fixture
def meeting(db):
    return meetings.add_meeting(db, Meeting.at("Working level meeting", DAY, dt.time(16), dt.time(19), PARIS),
                                standing_items=False)


def add(db, meeting, title, minutes, **kw):
    return agendas.add_item(db, AgendaItem(meeting.id, title, duration_minutes=minutes, **kw),
                            today=dt.date(2026, 10, 1))


def titles(db, meeting):
    return [i.title for i in agendas.items_of(db, meeting.id)]


# --- timings --------------------------------------------------------------------------------

def test_start_times_as_real_packs_print_them(db, meeting):
    for title, minutes in [("Welcome", 5), ("Peer exchange", 25), ("Criteria and standards", 20),
                           ("IRM presentation", 50), ("Organisational issues", 50), ("Search update", 10)]:
        add(db, meeting, title, minutes)
    table = agendas.timings(meeting, agendas.items_of(db, meeting.id))
    assert [t.start_text for t in table.items] == ["4pm", "4:05pm", "4:30pm", "4:50pm", "5:40pm", "6:30pm"]
    assert table.items[-1].end_text == "6:40pm"
    assert table.overrun_minutes == 0 and table.warning() == "" and table.spare_minutes == 20


def test_an_agenda_past_the_meetings_end_warns(db, meeting):
    add(db, meeting, "Long discussion", 170)
    add(db, meeting, "Any other business", 25)
    table = agendas.timings(meeting, agendas.items_of(db, meeting.id))
    assert table.overrun_minutes == 15
    assert [t.overruns for t in table.items] == [False, True]
    assert "15 minutes past the meeting's end (7pm)" in table.warning() and "7:15pm" in table.warning()


def test_times_follow_the_wall_clock_across_a_daylight_saving_change():
    night = Meeting.at("Night session", dt.date(2026, 3, 29), dt.time(1, 30), dt.time(4, 30), PARIS)
    items = [AgendaItem(0, "First", position=1, duration_minutes=60), AgendaItem(0, "Second", position=2,
                                                                                duration_minutes=30)]
    table = agendas.timings(night, items)
    # At 2am the clocks jump to 3am: the second item starts at 3:30am local time.
    assert [t.start_text for t in table.items] == ["1:30am", "3:30am"]


# --- order and standing items ----------------------------------------------------------------

def test_standing_items_open_and_close_the_agenda(db, meeting):
    add(db, meeting, "State of the partnership", 60)
    add_standing_items(db, meeting.id)
    order = [i.standing or i.title for i in agendas.items_of(db, meeting.id)]
    assert order == ["welcome", "declarations", "previous_minutes", "matters_arising",
                     "State of the partnership", "aob"]
    # A new item goes before any other business; adding the standing items again adds nothing.
    add(db, meeting, "Subnational pilot", 30)
    assert titles(db, meeting)[-2:] == ["Subnational pilot", "Any other business"]
    assert add_standing_items(db, meeting.id) == []


def test_move_and_reorder_recompute_times(db, meeting):
    a, b, c = add(db, meeting, "A", 10), add(db, meeting, "B", 20), add(db, meeting, "C", 30)
    assert agendas.move_item(db, c.id, 0) == [c.id, a.id, b.id]
    table = agendas.timings(meeting, agendas.items_of(db, meeting.id))
    assert [(t.item.title, t.start_text) for t in table.items] == [("C", "4pm"), ("A", "4:30pm"), ("B", "4:40pm")]
    with pytest.raises(UserError, match="changed meanwhile"):
        agendas.reorder(db, meeting.id, [a.id, b.id])


def test_remove_and_restore_an_item_with_its_papers(db, meeting):
    a, b = add(db, meeting, "A", 10), add(db, meeting, "B", 20)
    paper = papers.add_paper(db, Paper(meeting.id, "Memo", item_id=a.id, reference="https://x.example/memo"))
    removed = agendas.remove_item(db, a.id)
    assert titles(db, meeting) == ["B"] and papers.get_paper(db, paper.id).item_id is None
    agendas.restore_item(db, removed, [paper.id])
    assert titles(db, meeting) == ["A", "B"] and papers.get_paper(db, paper.id).item_id == a.id


def test_copy_an_agenda_from_an_earlier_meeting(db, meeting):
    add(db, meeting, "Peer exchange", 25, purpose="discussion", topics="peer learning")
    later = meetings.add_meeting(db, Meeting.at("Next", DAY + dt.timedelta(days=90), dt.time(16), dt.time(19), PARIS))
    copied = agendas.copy_agenda(db, meeting.id, later.id)
    assert [i.title for i in copied] == ["Peer exchange"] and copied[0].topics == "peer learning"
    assert titles(db, later) == ["Peer exchange"]
    with pytest.raises(UserError):
        agendas.copy_agenda(db, later.id, later.id)


def test_item_validation():
    with pytest.raises(ValidationError) as err:
        agendas.validate_item(AgendaItem(1, "", purpose="vote", duration_minutes=-5, draft_decision="Agree"))
    assert {"title", "purpose", "duration_minutes"} <= set(err.value.problems)
    with pytest.raises(ValidationError, match="decision"):
        agendas.validate_item(AgendaItem(1, "Update", purpose="information", draft_decision="Agree"))


# --- approval, notice, revisions ----------------------------------------------------------------

def test_both_cochairs_approve_then_the_notice_goes_out(db, meeting, chairs):
    gov, cs = chairs
    add(db, meeting, "Item", 30)
    with pytest.raises(UserError, match="not approved"):
        records.send_notice(db, meeting.id, on=dt.date(2026, 10, 10))
    assert agendas.approve_agenda(db, meeting.id, gov.id, on=dt.date(2026, 10, 5)) == "draft"
    status = agendas.approval_status(db, meeting.id, on=dt.date(2026, 10, 5))
    assert status["pending"] == ["Amara Okafor"] and not status["complete"]
    assert agendas.approve_agenda(db, meeting.id, cs.id, on=dt.date(2026, 10, 6)) == "approved"
    records.send_notice(db, meeting.id, on=dt.date(2026, 10, 12))
    sent = meetings.get_meeting(db, meeting.id)
    assert (sent.agenda_status, sent.status, sent.notice_sent_on) == ("sent", "notice_sent", dt.date(2026, 10, 12))


def test_one_cochair_is_enough_when_the_forum_says_so(db, meeting, chairs):
    forum.save(db, forum.replace(forum.load(db), both_cochairs_approve=False))
    add(db, meeting, "Item", 30)
    assert agendas.approve_agenda(db, meeting.id, chairs[1].id, on=dt.date(2026, 10, 5)) == "approved"


def test_only_a_serving_cochair_approves(db, meeting, chairs):
    member = add_member(db, Member("Carlos Méndez", "national_government", "Ministry of Finance"))
    add(db, meeting, "Item", 30)
    with pytest.raises(UserError, match="co-chair"):
        agendas.approve_agenda(db, meeting.id, member.id, on=dt.date(2026, 10, 5))


def test_a_change_after_approval_needs_approval_again(db, meeting, chairs):
    item = add(db, meeting, "Item", 30)
    for chair in chairs:
        agendas.approve_agenda(db, meeting.id, chair.id, on=dt.date(2026, 10, 5))
    item.duration_minutes = 45
    agendas.update_item(db, item)
    assert meetings.get_meeting(db, meeting.id).agenda_status == "draft"
    assert agendas.approval_status(db, meeting.id, on=dt.date(2026, 10, 5))["approved"] == []


def test_changes_after_sending_are_dated_revisions_and_undo_restores_state(db, meeting, chairs):
    item = add(db, meeting, "Item", 30)
    for chair in chairs:
        agendas.approve_agenda(db, meeting.id, chair.id, on=dt.date(2026, 10, 5))
    records.send_notice(db, meeting.id, on=dt.date(2026, 10, 12))
    before = agendas.agenda_state(db, meeting.id)
    add(db, meeting, "Briefing on the Summit", 10)
    item.title = "Item, revised"
    agendas.update_item(db, item, today=dt.date(2026, 10, 15))
    revisions = agendas.revisions(db, meeting.id)
    assert [r[0] for r in revisions] == [dt.date(2026, 10, 1), dt.date(2026, 10, 15)]
    assert "Briefing on the Summit" in revisions[0][1] and "Item, revised" in revisions[1][1]
    assert meetings.get_meeting(db, meeting.id).agenda_status == "sent"
    assert meetings.get_meeting(db, meeting.id).sequence == before.sequence + 2
    agendas.restore_agenda_state(db, meeting.id, before)
    assert agendas.revisions(db, meeting.id) == []
    # Calendars only take an update with a higher SEQUENCE: an undo never lowers it.
    assert meetings.get_meeting(db, meeting.id).sequence == before.sequence + 2


# --- papers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, safe", [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\me\\Budget 2026.xlsx", "Budget 2026.xlsx"),
    ("CON.txt", "_CON.txt"),
    ("nul", "_nul"),
    ("memo\x00\x07.pdf", "memo.pdf"),
    ("memo\x85\x9b.pdf", "memo.pdf"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),  # shown right-to-left it would read "invoiceexe.pdf"
    ("\u2066report\u2069 \u202a2026\u202c.pdf", "report 2026.pdf"),
    ("\u200f\u05d3\u05d5\u05d7\u200e.pdf", "\u05d3\u05d5\u05d7.pdf"),
    ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.pdf", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.pdf"),  # ZWNJ kept
    ('what?<>|".pdf', "what_____.pdf"),
    ("...", "paper"),
    ("ნინო ბერიძე — CV.pdf", "ნინო ბერიძე — CV.pdf"),
    (" report. ", "report"),
])
def test_unsafe_file_names_are_made_safe(name, safe):
    assert safe_file_name(name) == safe


def test_long_names_are_shortened_keeping_the_extension():
    name = safe_file_name("a" * 300 + ".docx")
    assert name.endswith(".docx") and len(name.encode()) <= 120


def test_a_file_is_copied_into_storage_with_its_hash(db, meeting, tmp_path):
    source = tmp_path / "in" / "Draft bylaws?.txt"
    source.parent.mkdir()
    source.write_bytes(b"Draft bylaws of the forum\n")
    files = tmp_path / "forum.files"
    paper = papers.add_paper(db, Paper(meeting.id, "Draft bylaws", disclosure="withheld"),
                             files_dir=files, source=source)
    import hashlib

    sha = hashlib.sha256(b"Draft bylaws of the forum\n").hexdigest()
    assert paper.sha256 == sha and paper.size == 26 and paper.media_type == "text/plain"
    assert paper.stored_path == f"papers/{sha[:2]}/{sha}-Draft bylaws_.txt"
    assert (files / paper.stored_path).read_bytes() == source.read_bytes()
    assert not list(files.rglob("*.part"))


def test_a_file_over_200_mb_is_refused_by_name_and_size(db, meeting, tmp_path):
    big = tmp_path / "scan.pdf"
    with big.open("wb") as fh:
        fh.truncate(papers.MAX_BYTES + 1)  # sparse: no disk used
    with pytest.raises(UserError) as err:
        papers.add_paper(db, Paper(meeting.id, "Scan"), files_dir=tmp_path / "files", source=big)
    assert "scan.pdf" in str(err.value) and "200.0 MB" in str(err.value)
    assert not (tmp_path / "files").exists()


def test_a_paper_needs_a_file_or_a_reference(db, meeting):
    with pytest.raises(ValidationError, match="reference"):
        papers.add_paper(db, Paper(meeting.id, "Nothing"))
    with pytest.raises(UserError, match="There is no file at"):
        papers.add_paper(db, Paper(meeting.id, "Missing"), files_dir="/tmp", source="/nonexistent/x.pdf")


# --- what each audience sees ----------------------------------------------------------------------

def test_pack_for_public_hides_what_is_not_public(db, meeting, chairs):
    forum.save(db, forum.replace(forum.load(db), contact_email="secretariat@forum.example",
                                 contact_name="Open Government Unit"))
    meeting.remote_offered, meeting.remote_details = True, "https://meet.example/secret-room"
    meeting.chair_id = chairs[0].id
    meetings.update_meeting(db, meeting)
    item = add(db, meeting, "Trust fund", 30, purpose="decision", draft_decision="The forum agrees the fund.",
               presenters="Nino Beridze")
    papers.add_paper(db, Paper(meeting.id, "Concept note", item_id=item.id, disclosure="withheld",
                               summary="WITHHELD TEXT", reference="https://x.example/cn"))
    papers.add_paper(db, Paper(meeting.id, "Due diligence", item_id=item.id, disclosure="confidential",
                               summary="CONFIDENTIAL TEXT", reference="https://x.example/dd"))
    papers.add_paper(db, Paper(meeting.id, "Memo", item_id=item.id, summary="PUBLIC TEXT",
                               reference="https://x.example/memo"))

    members = pack_for(db, meeting.id, "members")
    assert [p.summary for p in members.papers] == ["WITHHELD TEXT", "CONFIDENTIAL TEXT", "PUBLIC TEXT"]
    assert "secret-room" in members.remote_text and members.items[0].draft_decision
    assert ("E-mail", "secretariat@forum.example") in members.contact

    public = pack_for(db, meeting.id, "public")
    assert [(p.title, p.withheld, p.summary, p.reference) for p in public.papers] == [
        ("Concept note", True, "", ""), ("Confidential paper", True, "", ""),
        ("Memo", False, "PUBLIC TEXT", "https://x.example/memo")]
    assert "secret-room" not in public.remote_text
    assert public.items[0].draft_decision == "" and public.items[0].decision_note
    assert all("@" not in value for _, value in public.contact)
    assert public.items[0].papers == public.papers


def test_public_pack_names_only_members_who_may_be_named(db, meeting, chairs):
    from msf_desk.core.members import update_member

    gov = chairs[0]
    gov.publish_name = False
    update_member(db, gov)
    meeting.chair_id = gov.id
    meetings.update_meeting(db, meeting)
    add(db, meeting, "Update", 10, presenters="Nino Beridze and Amara Okafor")
    public = pack_for(db, meeting.id, "public")
    assert public.chair_text == "Ministry of Justice"
    assert public.items[0].presenters == "Ministry of Justice and Amara Okafor"
    assert "Nino" in pack_for(db, meeting.id, "members").chair_text


def test_a_closed_meeting_has_no_public_pack(db, meeting):
    meeting.public = False
    meetings.update_meeting(db, meeting)
    with pytest.raises(UserError, match="not a public meeting"):
        pack_for(db, meeting.id, "public")
    with pytest.raises(UserError, match="audience"):
        pack_for(db, meeting.id, "press")
