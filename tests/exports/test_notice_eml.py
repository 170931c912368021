"""`export notice` writes an e-mail draft (.eml): parsed back with Python's `email`."""
from __future__ import annotations

import datetime as dt
import email
from email import policy
from email.utils import getaddresses

import icalendar
import pytest

from msf_desk.cli import main
from msf_desk.core import forum, meetings, members
from msf_desk.core.audience.pack import pack_for
from msf_desk.model.errors import UserError
from msf_desk.core.meetings import list_meetings
from msf_desk.exports.notice import subject, write_notice
from msf_desk.exports.packs import export_pack
from msf_desk.model.meetings import Meeting
from msf_desk.model.members import Member


def _parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def _attachments(msg):
    return {part.get_filename(): part for part in msg.iter_attachments()}


def test_the_notice_draft_has_bcc_invitation_and_members_pack(demo_db, tmp_path):
    meeting = next(m for m in list_meetings(demo_db) if m.status == "planned")
    pack = pack_for(demo_db, meeting.id, "members")
    [pdf] = export_pack(pack, tmp_path, ["pdf"])
    written = write_notice(demo_db, meeting.id, tmp_path)
    assert sorted(p.suffix for p in written) == [".eml", ".ics", ".txt"]
    eml = next(p for p in written if p.suffix == ".eml")
    msg = _parse(eml)

    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == subject(pack)
    profile = forum.load(demo_db)
    assert profile.contact_email in msg["From"] and profile.contact_email in msg["To"]
    expected = {m.email.strip() for m in members.list_members(demo_db)
                if m.email.strip() and m.serving_on(meeting.day) and m.role != "secretariat"}
    bcc = {addr for _, addr in getaddresses([msg["Bcc"]])}
    assert bcc == expected and len(bcc) > 3
    # nobody's address is shown to the other members
    assert not (expected & {addr for _, addr in getaddresses([msg["To"]])} - {profile.contact_email})

    body = msg.get_body(("plain",)).get_content()
    assert body.startswith(f"Dear members of the {pack.forum_name},") and "Subject:" not in body
    assert meeting.title in body

    parts = _attachments(msg)
    ics_part = parts[eml.with_suffix(".ics").name]
    assert ics_part.get_content_type() == "text/calendar" and ics_part.get_param("method") == "REQUEST"
    ics_bytes = ics_part.get_payload(decode=True)
    assert ics_bytes == eml.with_suffix(".ics").read_bytes()
    cal = icalendar.Calendar.from_ical(ics_bytes)
    assert str(cal["method"]) == "REQUEST"
    [event] = [c for c in cal.walk("VEVENT")]
    assert str(event["summary"]).endswith(meeting.title) or meeting.title in str(event["summary"])
    pdf_part = parts[pdf.name]
    assert pdf_part.get_content_type() == "application/pdf"
    assert pdf_part.get_payload(decode=True) == pdf.read_bytes()


def test_the_pack_is_exported_for_the_draft_and_members_without_email_left_out(db, forum_path, tmp_path, capsys):
    profile = forum.load(db)
    profile.name, profile.contact_name, profile.contact_email = "Test Forum", "Secretariat", "sec@example.org"
    forum.save(db, profile)
    day = dt.date(2026, 9, 15)
    start = dt.datetime.combine(day, dt.time(9), tzinfo=dt.timezone.utc)
    meeting = meetings.add_meeting(db, Meeting(title="September forum", starts_at=start,
                                               ends_at=start + dt.timedelta(hours=2)), standing_items=False)
    members.add_member(db, Member(name="Ana Gov", sector="national_government", email="ana@gov.example"))
    members.add_member(db, Member(name="Ben Civil", sector="civil_society"))  # no e-mail
    members.add_member(db, Member(name="Old Member", sector="civil_society", email="old@example.org",
                                  term_end=day - dt.timedelta(days=30)))
    members.add_member(db, Member(name="Sam Sec", sector="national_government", role="secretariat",
                                  email="samsec@gov.example"))
    code = main(["export", "notice", "--db", str(forum_path), "--meeting", str(meeting.id),
                 "--out", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "1 member(s) in Bcc" in out and "Ben Civil" in out
    [eml] = (tmp_path / "out").glob("*.eml")
    msg = _parse(eml)
    assert getaddresses([msg["Bcc"]]) == [("Ana Gov", "ana@gov.example")]
    # the members' pack was exported beside it and attached
    attached = {p.get_filename(): p for p in msg.iter_attachments()}
    assert [p.get_content_type() for p in attached.values()] == ["text/calendar", "application/pdf"]
    [pack_pdf] = (tmp_path / "out").glob("*-members-pack.pdf")
    assert attached[pack_pdf.name].get_payload(decode=True) == pack_pdf.read_bytes()
    assert "old@example.org" not in eml.read_text("utf-8") and "samsec" not in eml.read_text("utf-8")
    # the text and the invitation never carry the addresses
    for other in (eml.with_suffix(".txt"), eml.with_suffix(".ics")):
        assert "ana@gov.example" not in other.read_text("utf-8")


def test_a_blocked_eml_leaves_no_notice_behind(demo_db, tmp_path):
    meeting = next(m for m in list_meetings(demo_db) if m.status == "planned")
    first = write_notice(demo_db, meeting.id, tmp_path / "a")
    eml = next(p.name for p in first if p.suffix == ".eml")
    (tmp_path / "b" / eml).mkdir(parents=True)  # a folder where the draft should go
    with pytest.raises(UserError):
        write_notice(demo_db, meeting.id, tmp_path / "b")
    assert [p.name for p in (tmp_path / "b").iterdir()] == [eml]


def test_no_draft_when_no_member_has_an_address(db, forum_path, tmp_path, capsys):
    day = dt.date(2026, 9, 15)
    start = dt.datetime.combine(day, dt.time(9), tzinfo=dt.timezone.utc)
    meeting = meetings.add_meeting(db, Meeting(title="Reunión de septiembre", starts_at=start,
                                               ends_at=start + dt.timedelta(hours=2)), standing_items=False)
    members.add_member(db, Member(name="Ben Civil", sector="civil_society"))
    code = main(["export", "notice", "--db", str(forum_path), "--meeting", str(meeting.id),
                 "--out", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "No e-mail draft: none of the members" in out and "Ben Civil" in out
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".ics", ".txt"]
