"""Every document read back in French, Spanish or Arabic: fixed words translated, dates in the
language, what people typed unchanged, machine names of open data the same in every language."""
from __future__ import annotations

import csv
import email
import json
import zipfile
from email import policy

import docx
import icalendar
import pytest

from msf_desk.cli import main
from msf_desk.core import forum
from msf_desk.store.db import open_forum


def docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture
def forum_file(demo_path, capsys):
    assert main(["forum", "languages", "en", "fr", "es", "ar", "--db", str(demo_path)]) == 0
    capsys.readouterr()
    return str(demo_path)


def run(capsys, *args) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_the_notice_its_email_and_invitation_in_french(forum_file, tmp_path, capsys):
    run(capsys, "export", "notice", "--meeting", "5", "--out", str(tmp_path), "--db", forum_file, "--language", "fr")
    text = next(tmp_path.glob("*.txt")).read_text(encoding="utf-8")
    assert text.startswith("Objet : ") and "Ordre du jour" in text and "Le secrétariat" in text
    assert "Date :" in text and "Agenda" not in text and "With best regards" not in text
    import re

    assert re.search(r"(lundi|mardi|mercredi|jeudi|vendredi) (\d{1,2}|1er) (janvier|février|mars|avril|mai|juin|juillet|"
                     r"août|septembre|octobre|novembre|décembre) 20\d\d", text)
    assert "Secrétariat : " in text  # French puts a space before a colon
    message = email.message_from_bytes(next(tmp_path.glob("*.eml")).read_bytes(), policy=policy.default)
    assert message["Subject"].startswith(("Convocation :", "Annulée :", "Reportée :"))
    body = message.get_body(("plain",)).get_content()
    assert "Veuillez agréer" in body and "Subject:" not in body
    calendar = icalendar.Calendar.from_ical(next(tmp_path.glob("*.ics")).read_bytes())
    event = next(c for c in calendar.walk("VEVENT"))
    assert "Ordre du jour" in str(event["description"])


def test_the_decisions_register_and_tracker_in_spanish(forum_file, tmp_path, capsys):
    run(capsys, "export", "decisions", "--format", "docx,csv", "--out", str(tmp_path), "--db", forum_file,
        "--language", "es", "--on", "2026-06-15")
    text = docx_text(next(tmp_path.glob("decisions-register*.docx")))
    assert "Registro de decisiones" in text and "Elaborado con MSF Desk el 15 de junio de 2026." in text
    with open(next(tmp_path.glob("decisions-register*.csv")), encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[:4] == ["meeting_id", "meeting_date", "meeting", "minutes_status"]  # machine names stay
    run(capsys, "export", "actions", "--format", "docx", "--out", str(tmp_path / "t"), "--db", forum_file,
        "--language", "es", "--on", "2026-06-15")
    assert "Seguimiento de acciones" in docx_text(next((tmp_path / "t").glob("*.docx")))


def test_the_register_of_interests_and_the_declaration_form_in_arabic(forum_file, tmp_path, capsys):
    run(capsys, "export", "interests", "--format", "docx", "--out", str(tmp_path), "--db", forum_file,
        "--language", "ar", "--on", "2026-06-15")
    path = next(tmp_path.glob("*.docx"))
    text = docx_text(path)
    assert "سجل المصالح" in text and "15 يونيو 2026" in text
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode()
    assert "<w:bidi/>" in body and "<w:bidiVisual/>" in body
    members = open_forum(forum_file)
    member = members.execute("SELECT id, name FROM members WHERE role = 'member' LIMIT 1").fetchone()
    members.conn.close()
    run(capsys, "export", "declaration-form", "--member", str(member[0]), "--format", "docx",
        "--out", str(tmp_path / "form"), "--db", forum_file, "--language", "ar")
    form = docx_text(next((tmp_path / "form").glob("*.docx")))
    assert "إقرار المصالح" in form and member[1] in form  # the member's name as typed


def test_the_response_report_and_its_open_data_in_french(forum_file, tmp_path, capsys):
    run(capsys, "export", "responses", "--consultation", "1", "--format", "docx,csv,json", "--out", str(tmp_path),
        "--db", forum_file, "--language", "fr", "--audience", "public")
    text = docx_text(next(tmp_path.glob("*.docx")))
    assert "Ce que nous avons entendu et ce que nous en avons fait" in text and "Synthèse" in text
    data = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    assert data["schema"]["language"] == "fr"
    fields = {f["name"]: f["description"] for f in data["schema"]["fields"]}
    assert fields["received"] == "Le jour de réception de la contribution (AAAA-MM-JJ)."
    assert "online_platform" in fields["channel"]  # coded values stay as they are
    row = data["contributions"][0]
    assert set(row) >= {"id", "outcome", "outcome_label"} and row["outcome"] in (None, "included", "amended",
        "merged", "not_included", "out_of_scope", "deferred", "under_consideration")
    with open(next(tmp_path.glob("*.csv")), encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[:3] == ["id", "consultation_id", "consultation"]


def test_the_compliance_report_and_ethics_summary_in_spanish(forum_file, tmp_path, capsys):
    run(capsys, "export", "compliance", "--format", "docx", "--out", str(tmp_path), "--db", forum_file,
        "--language", "es", "--on", "2026-06-15")
    text = docx_text(next(tmp_path.glob("*.docx")))
    assert "Cumplimiento de los estándares de participación y cocreación" in text and "De un vistazo" in text
    run(capsys, "export", "ethics-compliance", "--format", "docx", "--out", str(tmp_path / "e"), "--db",
        forum_file, "--language", "es", "--on", "2026-06-15")
    assert "Resumen del cumplimiento ético" in docx_text(next((tmp_path / "e").glob("*.docx")))


STANDARDS_WORDS = {
    "fr": ("Le forum enregistrera l'adresse de son site ou de sa page web OGP.",  # 2.1: its next step, evidence
           "Aucune adresse de site web OGP n'est enregistrée.",
           "Normes de participation et de co-création de l'OGP (2021), exigences minimales nationales",
           "1.1 Un forum de dialogue permanent", "au moins tous les six mois", "Parité",
           "Un dépôt public des documents et des preuves du processus OGP"),
    "es": ("El foro registrará la dirección de su sitio o página web de OGP.",
           "No consta ninguna dirección de sitio web de OGP.",
           "Estándares de Participación y Cocreación de OGP (2021), requisitos mínimos nacionales",
           "1.1 Un foro para el diálogo permanente", "al menos cada seis meses", "Paridad",
           "Un repositorio público de los documentos y evidencias del proceso de OGP"),
    "ar": ("سيسجّل المنتدى عنوان موقعه أو صفحته الإلكترونية الخاصة بالشراكة.",
           "لم يُسجَّل أي عنوان لموقع إلكتروني خاص بالشراكة.",
           "معايير المشاركة والإنشاء المشترك لشراكة الحكومة المنفتحة (2021)", "1.1 منتدى للحوار المستمر",
           "مرة واحدة على الأقل كل ستة أشهر", "التكافؤ", "مستودع عام لوثائق عملية شراكة الحكومة المنفتحة"),
}


@pytest.mark.parametrize("code", ["fr", "es", "ar"])
def test_the_standards_requirements_in_the_compliance_report(forum_file, tmp_path, capsys, code):
    """The frameworks' names, each requirement's title and text, the 2017 indicators and the
    counts are in the report's language, in the Word document and the PDF alike."""
    from pypdf import PdfReader

    run(capsys, "export", "compliance", "--format", "docx,pdf", "--out", str(tmp_path), "--db", forum_file,
        "--language", code, "--on", "2026-06-15")
    text = docx_text(next(tmp_path.glob("*.docx")))
    pdf = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(next(tmp_path.glob("*.pdf"))).pages)
    for words in STANDARDS_WORDS[code]:
        assert words in text, (code, words)
    if code != "ar":  # the Arabic PDF's text comes back in visual order
        for words in STANDARDS_WORDS[code][2:4]:
            assert words in pdf, (code, words)
    # The evidence and next steps (2021 requirements, 2017 indicators) are in the report's language too.
    for english in ("A forum for ongoing dialogue", "national minimum requirements", "requirements met",
                    "indicators met", "A space for dialogue with government", "Reasoned response to input",
                    "No OGP website address is recorded.", "The forum will record the address of its OGP website",
                    "members with a voting seat (", "co-creation starts on", "outreach activities recorded",
                    "forum meetings held in the last 12 months", "Nothing to do.", "The secretariat will",
                    "working days"):
        assert english not in text and english not in pdf, (code, english)


def test_the_profile_keeps_english_as_the_source(forum_file):
    db = open_forum(forum_file)
    assert forum.load(db).document_languages == "en,fr,es,ar"
    db.conn.close()


def test_the_first_of_the_month_is_written_1er_in_french(forum_file, tmp_path, capsys):
    """French writes the first day of a month as an ordinal: "mardi 1er décembre 2026" in a
    French pack read back from Word, while Spanish keeps "1 de diciembre"."""
    import datetime as dt

    from msf_desk.core.meetings import add_meeting
    from msf_desk.model.meetings import Meeting

    database = open_forum(forum_file)
    try:
        meeting = add_meeting(database, Meeting.at("Forum meeting on the first", dt.date(2026, 12, 1), dt.time(10),
                                                   dt.time(12), "Europe/Paris", status="planned"))
    finally:
        database.conn.close()
    for code in ("fr", "es"):
        run(capsys, "export", "pack", "--meeting", str(meeting.id), "--format", "docx", "--out", str(tmp_path / code),
            "--db", forum_file, "--language", code)
    french = docx_text(next((tmp_path / "fr").glob("*.docx")))
    assert "mardi 1er décembre 2026" in french and "1 décembre" not in french
    spanish = docx_text(next((tmp_path / "es").glob("*.docx")))
    assert "1 de diciembre de 2026" in spanish and "1er" not in spanish
