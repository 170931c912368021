"""E-mail drafts for ethics reminders and draft minutes: each .eml parsed back with Python's
`email` (headers, Bcc, attachments decoded and compared, non-ASCII names and subjects)."""
from __future__ import annotations

import dataclasses
import email
import io
from email import policy
from email.utils import getaddresses

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from msf_desk.cli import main
from msf_desk.core import ethics, forum, members
from msf_desk.core.audience.mail import reminders
from msf_desk.core.audience.pack import notice_recipients
from msf_desk.model.errors import UserError
from msf_desk.exports.mail import write_minutes_draft, write_reminders
from tests.conftest import DEMO_TODAY

CIRCULATED = 7  # the demo's March 2026 forum: held, minutes circulated, not approved
APPROVED = 1


def _parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def _bcc(msg) -> set[tuple[str, str]]:
    return set(getaddresses([msg["Bcc"]]))


def _rename_forum(db, name="Foro de Gobierno Abierto — Perú"):
    forum.save(db, dataclasses.replace(forum.load(db), name=name))
    return forum.load(db)


def test_ethics_reminders_one_draft_to_sign_one_to_declare(demo_db, tmp_path):
    profile = _rename_forum(demo_db)
    expected = reminders(demo_db, DEMO_TODAY)
    report = ethics.compliance(demo_db, DEMO_TODAY)
    paths, r = write_reminders(demo_db, DEMO_TODAY, tmp_path)
    by_kind = {p.stem.rsplit("-", 1)[1]: p for p in paths}
    assert sorted(by_kind) == ["declare", "sign"] and all(p.suffix == ".eml" for p in paths)

    sign = _parse(by_kind["sign"])
    assert sign["X-Unsent"] == "1"
    assert sign["Subject"] == f"Please sign the ethics statement (version 2) — {profile.name}"  # non-ASCII, decoded
    assert profile.contact_email in sign["From"] and profile.contact_email in sign["To"]
    to_sign = {r.name for r in report.rows if not r.statement_ok}
    assert {name for name, _ in _bcc(sign)} == to_sign == {x.name for x in expected.sign.recipients}
    assert ("Anita Sharma / अनीता शर्मा", "gov_region@ministry.example.gov") in _bcc(sign)  # Devanagari in Bcc
    body = sign.get_body(("plain",)).get_content()
    assert body.startswith(f"Dear members of the {profile.name},") and "version 2" in body
    [statement] = list(sign.iter_attachments())
    assert statement.get_filename() == "ethics-statement-version-2.txt"
    assert statement.get_content() == ethics.current_statement(demo_db).text
    # nobody in Bcc appears in a header others see
    assert not any(addr in str(sign["To"]) for _, addr in _bcc(sign))

    declare = _parse(by_kind["declare"])
    assert declare["Subject"] == f"Your declaration of interests — {profile.name}"
    due = {r.name for r in report.rows if r.declaration in ("missing", "overdue", "due_soon")}
    assert {name for name, _ in _bcc(declare)} == due
    assert ("Leila Haddad / ليلى حداد", "gov_interior@ministry.example.gov") in _bcc(declare)  # Arabic
    assert not list(declare.iter_attachments())
    assert "every 12 months" in declare.get_body(("plain",)).get_content()


def test_reminders_refused_in_words_when_nobody_has_an_address_or_nobody_is_due(demo_db, demo_path, tmp_path,
                                                                              capsys):
    for m in members.list_members(demo_db):
        if m.email:
            members.update_member(demo_db, dataclasses.replace(m, email=""))
    with pytest.raises(UserError, match="none of the members to remind has an e-mail address") as caught:
        write_reminders(demo_db, DEMO_TODAY, tmp_path / "a")
    assert "Aïcha Diallo" in str(caught.value)
    assert not (tmp_path / "a").exists() or not any((tmp_path / "a").glob("*.eml"))
    code = main(["export", "reminders", "--db", str(demo_path), "--out", str(tmp_path / "b"),
                 "--on", DEMO_TODAY.isoformat()])
    out, err = capsys.readouterr()
    assert code == 1 and "No e-mail draft" in err and "Traceback" not in err


def test_a_new_forum_needs_no_reminder(db, tmp_path):
    with pytest.raises(UserError, match="Nobody needs an ethics reminder"):
        write_reminders(db, DEMO_TODAY, tmp_path)


def test_only_members_own_addresses_and_those_without_are_named(demo_db, demo_path, tmp_path, capsys):
    aicha = next(m for m in members.list_members(demo_db) if m.name == "Aïcha Diallo")
    members.update_member(demo_db, dataclasses.replace(aicha, email=""))
    demo_db.conn.commit()
    code = main(["export", "reminders", "--db", str(demo_path), "--out", str(tmp_path), "--on",
                 DEMO_TODAY.isoformat()])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "to be reminded by other means: Aïcha Diallo" in out
    for eml in tmp_path.glob("*.eml"):
        assert "Aïcha" not in str(_parse(eml)["Bcc"])
        assert "aicha@example.org" not in eml.read_text("utf-8")


def test_draft_minutes_circulated_with_the_members_minutes_attached(demo_db, tmp_path):
    profile = forum.load(demo_db)
    written = write_minutes_draft(demo_db, CIRCULATED, tmp_path, today=DEMO_TODAY)
    assert sorted(p.suffix for p in written) == [".docx", ".eml", ".pdf"]
    eml = next(p for p in written if p.suffix == ".eml")
    msg = _parse(eml)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "Draft minutes for comment: Forum meeting, March 2026 — " + \
        msg["Subject"].split(" — ", 1)[1]
    recipients, _ = notice_recipients(demo_db, CIRCULATED)
    assert _bcc(msg) == {(r.name, r.email) for r in recipients} and len(recipients) > 5
    assert profile.contact_email in msg["From"]
    body = msg.get_body(("plain",)).get_content()
    assert "draft minutes" in body and "Forum meeting, March 2026" in body and "not published" in body
    parts = {p.get_filename(): p for p in msg.iter_attachments()}
    for path in written:
        if path.suffix in (".pdf", ".docx"):
            assert parts[path.name].get_payload(decode=True) == path.read_bytes()
    pdf = next(p for p in written if p.suffix == ".pdf")
    assert parts[pdf.name].get_content_type() == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(parts[pdf.name].get_payload(decode=True))).pages)
    assert "Forum meeting, March 2026" in text
    docx = next(p for p in written if p.suffix == ".docx")
    word = WordDocument(io.BytesIO(parts[docx.name].get_payload(decode=True)))
    assert any("March 2026" in para.text for para in word.paragraphs)


def test_approved_minutes_are_not_circulated(demo_db, demo_path, tmp_path, capsys):
    with pytest.raises(UserError, match="only draft minutes are circulated"):
        write_minutes_draft(demo_db, APPROVED, tmp_path)
    code = main(["export", "minutes-draft", "--db", str(demo_path), "--meeting", str(APPROVED),
                 "--out", str(tmp_path / "x")])
    assert code == 1 and "only draft minutes" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_cli_minutes_draft(demo_path, tmp_path, capsys):
    code = main(["export", "minutes-draft", "--db", str(demo_path), "--meeting", str(CIRCULATED),
                 "--out", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "member(s) in Bcc and the draft minutes attached" in out
    assert len(list(tmp_path.glob("*.eml"))) == 1


@pytest.mark.parametrize("bad", ["ana at gov.example", "ana@", "josé@correo.example"])
def test_a_malformed_address_is_refused_naming_the_member(demo_db, tmp_path, bad):
    anita = next(m for m in members.list_members(demo_db) if m.name.startswith("Anita Sharma"))
    # the Members page refuses such an address; an older file or a hand edit may still hold one
    demo_db.execute("UPDATE members SET email = ? WHERE id = ?", [bad, anita.id])
    demo_db.conn.commit()
    with pytest.raises(UserError, match="Anita Sharma / अनीता शर्मा: “") as caught:
        write_reminders(demo_db, DEMO_TODAY, tmp_path)
    assert bad in str(caught.value)
    assert not any(tmp_path.glob("*.eml"))


def test_long_address_lists_keep_every_name_whole():
    """Python's standard folding cuts an encoded name to fill a line; its parser then shows a
    space inside the word. Every name of a long list comes back exactly as written."""
    from msf_desk.core.audience.pack import Recipient
    from msf_desk.exports.mail import draft

    names = [("Amara Okafor", "amara@example.org"), ("Anita Sharma / अनीता शर्मा", "anita@example.org"),
             ("Leila Haddad / ليلى حداد", "leila@example.org"), ('Dr. "Q" O\'Neil, Jr.', "q@example.org"),
             ("张伟", "zhang@example.org"), ("Jean-Noël Mbappé Ñúñez", "jn@example.org")] * 4
    long_name = ("Ἀριστοτέλης Παπαδόπουλος-Κωνσταντινίδης", "aristotle@example.org")  # beyond one encoded word
    raw = draft("Convocatoria — Perú", "Cuerpo", [Recipient(n, a) for n, a in names + [long_name]], "Secretaría",
                "s@example.org")
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert getaddresses([msg["Bcc"]])[:-1] == names
    # RFC 2047 readers join the parts of a name longer than one encoded word; Python's parser
    # shows a space where they meet, so only the letters are compared
    shown, address = getaddresses([msg["Bcc"]])[-1]
    assert address == long_name[1] and shown.replace(" ", "") == long_name[0].replace(" ", "")
    assert msg["Subject"] == "Convocatoria — Perú" and getaddresses([msg["From"]]) == [("Secretaría", "s@example.org")]
    assert max(len(line) for line in raw.split(b"\r\n")) < 998 and raw.isascii()
