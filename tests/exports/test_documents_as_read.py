"""Words a reader of the demo's documents in French, Spanish or Arabic found still in English:
each document exported through the command line and read back."""
from __future__ import annotations

import sqlite3

import docx
import pytest
from pypdf import PdfReader

from msf_desk.cli import main
from tests.exports.test_documents_in_languages import docx_text, forum_file  # noqa: F401 (a reader and a fixture shared)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def export(capsys, *args) -> None:
    code = main(list(args))
    _, err = capsys.readouterr()
    assert code == 0, err


def meeting_with_a_recusal(path: str) -> int:
    """The demo's meeting where a member declared an interest and recused herself from an item
    (a decision there, under the forum's qualified majority, has no vote recorded)."""
    with sqlite3.connect(path) as db:
        return db.execute("SELECT i.meeting_id FROM item_declarations d JOIN agenda_items i ON i.id = d.item_id "
                          "WHERE d.kind = 'recusal'").fetchone()[0]


@pytest.mark.parametrize("code, rule, needed, declared, recused", [
    ("es", "Mayoría cualificada (2/3 de los miembros presentes)", "Votación necesaria: ", ": declaró un interés",
     ": se inhibió"),
    # French puts a space before a colon, and names the declaration and the recusal with nouns
    # (the forum does not record a member's gender: "s'est récusé" would not agree with "Marie-Claire")
    ("fr", "Majorité qualifiée (2/3 des membres présents)", "Vote nécessaire : ", " : déclaration d'intérêt",
     " : récusation"),
])
def test_the_minutes_say_the_rule_the_verdict_and_the_declarations_in_the_language(
        forum_file, tmp_path, capsys, code, rule, needed, declared, recused):
    export(capsys, "export", "minutes", "--meeting", str(meeting_with_a_recusal(forum_file)), "--out", str(tmp_path), "--db", forum_file,
           "--language", code)
    for text in (docx_text(next(tmp_path.glob("*.docx"))), " ".join(pdf_text(next(tmp_path.glob("*.pdf"))).split())):
        assert "The forum agrees the proposals" in text  # typed: stays as typed
        assert rule in text and needed in text
        assert f"Marie-Claire Dubois{declared}" in text and f"Marie-Claire Dubois{recused}" in text
        for english in ("Qualified majority", "members present", "Votes needed", "declared an interest",
                        "recused —", "s'est récusé", "récusée"):
            assert english not in text


def test_arabic_minutes_name_a_recusal_without_a_gendered_verb(forum_file, tmp_path, capsys):
    """Arabic verbs agree with their subject ("تنحّى" he, "تنحّت" she), and the forum does not
    record gender: the minutes name the declaration and the recusal with nouns."""
    export(capsys, "export", "minutes", "--meeting", str(meeting_with_a_recusal(forum_file)), "--out", str(tmp_path),
           "--db", forum_file, "--language", "ar", "--format", "docx")
    # the typed name is isolated from the Arabic words (FSI … PDI): read without those marks
    text = docx_text(next(tmp_path.glob("*.docx"))).replace("\u2068", "").replace("\u2069", "")
    assert "Marie-Claire Dubois: تنحٍّ" in text and "Marie-Claire Dubois: إقرار بمصلحة" in text
    assert "تنحّى" not in text and "أقرّ بمصلحة" not in text


def test_the_response_report_names_an_unnamed_contributor_and_counts_late_answers_in_french(
        forum_file, tmp_path, capsys):
    export(capsys, "export", "responses", "--consultation", "2", "--format", "docx,pdf", "--out", str(tmp_path),
           "--db", forum_file, "--language", "fr", "--audience", "public")
    for text in (docx_text(next(tmp_path.glob("*.docx"))), " ".join(pdf_text(next(tmp_path.glob("*.pdf"))).split())):
        assert "— Particulier" in text and "— Individual" not in text
        # one contribution of the demo was answered late: singular in French
        assert "1 a reçu une réponse après la date limite" in text and "1 ont reçu" not in text
        # an outcome and the reason the forum typed, with the French colon
        assert "Reportée à un plan ultérieur : " in text and "Reportée à un plan ultérieur:" not in text


def _composed_arabic_document():
    from msf_desk.core import language
    from msf_desk.exports.document import Document, Paragraph

    with language.using("ar"):
        # Fixed Arabic words around a typed English name that comes first, and a sentence typed in
        # English on its own.
        return Document(title="محضر الاجتماع", header="Ahmed Benali — محضر").add(
            Paragraph("Ahmed Benali — رد معلل على التشاور"), Paragraph("The forum agreed the plan."))


def test_a_composed_line_in_an_arabic_pdf_runs_right_to_left_even_when_a_typed_name_comes_first(tmp_path):
    import subprocess
    import unicodedata

    from msf_desk.exports.pdf_writer import write_pdf

    pdf = write_pdf(_composed_arabic_document(), tmp_path / "ar.pdf")
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    lines = [unicodedata.normalize("NFKC", line) for line in out.stdout.splitlines() if line.strip()]
    # pdftotext -layout prints what is on the left first: right to left, the name (read first)
    # is on the right, the Arabic words after it on its left.
    header = next(line for line in lines if "محضر" in line and "Ahmed Benali" in line)
    assert header.index("محضر") < header.index("Ahmed Benali"), header
    subtitle = next(line for line in lines if "التشاور" in line)
    assert subtitle.index("التشاور") < subtitle.index("Ahmed Benali"), subtitle
    # a sentence typed in English keeps its own direction: its full stop stays at its end
    assert any(line.strip().endswith("The forum agreed the plan.") for line in lines), lines


def test_a_composed_line_in_an_arabic_word_document_runs_right_to_left(tmp_path):
    from docx.oxml.ns import qn

    from msf_desk.exports.docx_writer import write_docx

    path = write_docx(_composed_arabic_document(), tmp_path / "ar.docx")
    document = docx.Document(str(path))

    def bidi(paragraph) -> bool:
        ppr = paragraph._p.pPr
        return ppr is not None and ppr.find(qn("w:bidi")) is not None

    composed = next(p for p in document.paragraphs if p.text == "Ahmed Benali — رد معلل على التشاور")
    typed = next(p for p in document.paragraphs if p.text == "The forum agreed the plan.")
    header = next(p for p in document.sections[0].header.paragraphs if "Ahmed Benali" in p.text)
    assert bidi(composed) and bidi(header)
    assert not bidi(typed)


def test_a_pack_in_french_puts_a_space_before_its_colons(forum_file, tmp_path, capsys):
    with sqlite3.connect(forum_file) as db:
        meeting = db.execute("SELECT m.id FROM meetings m WHERE m.agenda_status = 'approved' "
                             "AND EXISTS (SELECT 1 FROM agenda_approvals a WHERE a.meeting_id = m.id) "
                             "AND EXISTS (SELECT 1 FROM papers p WHERE p.meeting_id = m.id) ORDER BY m.id").fetchone()[0]
    export(capsys, "export", "pack", "--meeting", str(meeting), "--format", "docx", "--out", str(tmp_path),
           "--db", forum_file, "--language", "fr")
    text = docx_text(next(tmp_path.glob("*.docx")))
    assert "Approuvé par les coprésidents : " in text and "coprésidents:" not in text
    assert "Document 1 : " in text and "Document 1:" not in text


def test_a_word_tables_rows_are_not_cut_across_pages(forum_file, tmp_path, capsys):
    from docx.oxml.ns import qn

    export(capsys, "export", "minutes", "--meeting", str(meeting_with_a_recusal(forum_file)), "--format", "docx",
           "--out", str(tmp_path), "--db", forum_file, "--language", "fr")
    document = docx.Document(str(next(tmp_path.glob("*.docx"))))
    rows = [row for table in document.tables for row in table.rows]
    assert len(rows) > 10
    for row in rows:
        tr_pr = row._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None


@pytest.mark.parametrize("code, channels, counts", [
    ("ar", "منصة إلكترونية، البريد الإلكتروني، مساهمة مكتوبة", "؛ "),
    ("fr", "Plateforme en ligne, Courriel, Contribution écrite", " ; "),
])
def test_the_response_report_lists_with_the_languages_comma_and_semicolon(
        forum_file, tmp_path, capsys, code, channels, counts):
    export(capsys, "export", "responses", "--consultation", "2", "--format", "docx", "--out", str(tmp_path),
           "--db", forum_file, "--language", code, "--audience", "public")
    text = docx_text(next(tmp_path.glob("*.docx")))
    assert channels in text
    outcomes = next(line for line in text.splitlines() if line.startswith(("النتائج:", "Résultats :")))
    assert counts in outcomes and (code == "fr" or "; " not in outcomes), outcomes


def test_the_agenda_number_column_holds_its_arabic_heading_on_one_line(forum_file, tmp_path, capsys):
    from pathlib import Path

    from docx.oxml.ns import qn
    from PIL import ImageFont

    with sqlite3.connect(forum_file) as db:
        meeting = db.execute("SELECT meeting_id FROM agenda_items GROUP BY meeting_id ORDER BY meeting_id").fetchone()[0]
    export(capsys, "export", "pack", "--meeting", str(meeting), "--format", "docx", "--out", str(tmp_path),
           "--db", forum_file, "--language", "ar")
    document = docx.Document(str(next(tmp_path.glob("*.docx"))))
    agenda = next(t for t in document.tables if t.rows[0].cells[1].text == "الرقم")
    cell = agenda.rows[0].cells[1]._tc
    width_pt = int(cell.tcPr.find(qn("w:tcW")).get(qn("w:w"))) / 20
    font = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "NotoSansArabic-Bold.ttf"
    needed = ImageFont.truetype(str(font), 95).getlength("الرقم") / 10  # at the header's 9.5 pt
    margins = 2 * 5.4  # Word's default cell margins, left and right
    assert width_pt >= needed + margins, (width_pt, needed)
