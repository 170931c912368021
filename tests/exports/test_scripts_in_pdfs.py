"""No text is lost in a PDF: every script the bundled fonts cover is drawn, a character no
font has stops the export with its place, and long texts break across pages.

The forum is the demo with its members and contributors renamed into every bundled script;
its public package (packs, minutes, responses reports, registers) is exported and read back
with pdftotext (poppler, as a reader of the published files would).

How a name is found in the text of a PDF: the extracted text and the name are both NFKC-
normalised (Arabic comes back as presentation forms, which NFKC folds to letters) with
invisible format characters (the bidi marks pdftotext adds) removed and spaces collapsed.
Devanagari and Bengali are shaped into conjuncts and reordered vowel signs, glyphs that
stand for no single character: a PDF carries them as private-use characters, in visual
order. For those two scripts the check is on glyphs: each word of the name, shaped by
HarfBuzz with the bundled font, must appear as that exact glyph sequence in the PDF text
(and the font must be embedded). A dropped or boxed letter fails either way.
"""
from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from reportlab.pdfbase import ttfonts

from msf_desk.core import responses
from msf_desk.core import consultations_due
from msf_desk.model.errors import UserError
from msf_desk.exports import fonts
from msf_desk.exports.document import Document, Heading, KeyValues, Paragraph, Table
from msf_desk.exports.docx_writer import write_docx
from msf_desk.exports.pdf_writer import _Builder, register_fonts, write_pdf
from msf_desk.exports.repository import export_repository
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")

MEMBERS = {  # demo member key -> a name in one script each
    "gov_finance": "Ελένη Παπαδοπούλου",  # Greek
    "gov_digital": "Ольга Иванова",  # Cyrillic
    "gov_city": "נועה כהן",  # Hebrew
    "gov_parliament": "Անահիտ Սարգսյան",  # Armenian
    "cs_chair": "김민준",  # Korean
    "cs_transparency": "রহিম উদ্দিন",  # Bengali
    "cs_women": "สมชาย ใจดี",  # Thai
    "cs_youth": "አበበ ቢቂላ",  # Ethiopic
    "cs_academia": "王小明",  # Chinese
    "cs_private": "Zoë Ångström-Łukasiewicz",  # Latin with diacritics
    # Already in the demo: Georgian, Arabic and Devanagari beside Latin.
}
DEMO_SCRIPT_NAMES = ["ნინო ბერიძე", "ليلى حداد", "अनीता शर्मा"]
CONTRIBUTORS = ["박서연", "陈静", "Μαρία Νικολάου", "Дмитрий Соколов", "אבי לוי", "Արամ Պետրոսյան",
                "ნანა გიორგაძე", "प्रिया वर्मा", "সুমি আক্তার", "นภา สุขใจ", "ሰላም ተስፋዬ", "سارة خليل"]
GLYPH_CHECKED = {"NotoSansDevanagari", "NotoSansBengali"}
LONG_CONTRIBUTION = " ".join(f"Point{i:05d} asks for open budget data." for i in range(540))


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def drawn_forms(name: str) -> list[str]:
    """What each word of ``name`` looks like in a PDF's text (see the module docstring)."""
    forms = []
    for word in name.split():
        [(face, _)] = fonts.runs(word)
        if face.family in GLYPH_CHECKED:
            forms.append(clean(str(ttfonts.shapeStr(word, face.font_name(), 10))))
        else:
            forms.append(clean(word))
    return forms


def found(name: str, text: str) -> bool:
    forms = drawn_forms(name)
    if not any(fonts.runs(w)[0][0].family in GLYPH_CHECKED for w in name.split()):
        return " ".join(forms) in text
    return all(f in text.split(" ") for f in forms)


def embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        fonts = page.get("/Resources", {}).get("/Font")
        # older pypdf hands back the /Font dictionary unresolved when it is an indirect object
        for font in ((fonts.get_object() if fonts is not None else None) or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1].lstrip("/"))
    return names


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """The demo forum with names in every script and one contribution of 20,000 characters,
    exported as the public package."""
    import msf_desk.demo.members as demo_members
    import msf_desk.demo.responses as demo_responses
    from msf_desk.demo import build_demo

    base = tmp_path_factory.mktemp("scripts")
    saved = (list(demo_members.GOVERNMENT), list(demo_members.NON_GOVERNMENT), list(demo_responses.PEOPLE))
    try:
        for table in (demo_members.GOVERNMENT, demo_members.NON_GOVERNMENT):
            table[:] = [(key, MEMBERS.get(key, name), *rest) for key, name, *rest in table]
        demo_responses.PEOPLE[:] = CONTRIBUTORS
        db = build_demo(base / "forum.msf", today=DEMO_TODAY)
    finally:
        demo_members.GOVERNMENT[:], demo_members.NON_GOVERNMENT[:], demo_responses.PEOPLE[:] = saved
    first = consultations_due.list_consultations(db)[0]
    long_id = db.execute("SELECT id FROM contributions WHERE consultation_id = ? ORDER BY id LIMIT 1",
                         [first.id]).fetchone()[0]
    responses.update_contribution(db, dataclasses.replace(responses.get_contribution(db, long_id),
                                                          text=LONG_CONTRIBUTION))
    result = export_repository(db, base / "site", today=DEMO_TODAY, files_dir=base / "forum.files")
    db.conn.close()
    pdfs = {p.relative_to(result.folder).as_posix(): p for p in sorted(result.folder.rglob("*.pdf"))}
    return {"folder": result.folder, "pdfs": pdfs, "text": {k: clean(pdftotext(p)) for k, p in pdfs.items()}}


def test_every_member_name_is_in_the_members_register_and_the_minutes(package):
    register = package["text"]["forum/members.pdf"]
    minutes = " ".join(t for k, t in package["text"].items() if k.endswith("/minutes.pdf"))
    packs = " ".join(t for k, t in package["text"].items() if k.endswith("/pack.pdf"))
    names = list(MEMBERS.values()) + DEMO_SCRIPT_NAMES
    missing_register = [n for n in names if not found(n, register)]
    # A member who has left is named in the minutes of the meetings they attended instead.
    missing = [n for n in missing_register if not found(n, minutes)]
    assert missing == []
    assert [n for n in names if not found(n, minutes + packs)] == []
    assert len(missing_register) <= 2, missing_register


def test_every_contributor_who_agreed_is_named_in_a_responses_report(package):
    reports = " ".join(t for k, t in package["text"].items() if k.startswith("consultations/"))
    assert [n for n in CONTRIBUTORS if not found(n, reports)] == []


def test_the_fonts_of_every_script_are_embedded(package):
    used = set().union(*(embedded_fonts(p) for p in package["pdfs"].values()))
    for family in ("NotoSans", "NotoSansArabic", "NotoSansHebrew", "NotoSansArmenian", "NotoSansGeorgian",
                   "NotoSansDevanagari", "NotoSansBengali", "NotoSansThai", "NotoSansEthiopic", "NotoSansSC",
                   "NotoSansKR"):
        assert f"{family}-Regular" in used, family


def test_a_contribution_of_twenty_thousand_characters_is_published_whole(package):
    assert len(LONG_CONTRIBUTION) >= 20_000
    report = next(t for k, t in package["text"].items() if k.startswith("consultations/1-"))
    assert re.findall(r"Point(\d{5})", report) == [f"{i:05d}" for i in range(540)]


def test_the_check_would_notice_a_lost_letter():
    # The name check itself: one letter gone, or a conjunct drawn as separate letters, fails it.
    assert found("Ольга Иванова", clean("Ольга Иванова"))
    assert not found("Ольга Иванова", clean("Ольга Ианова"))
    assert not found("अनीता शर्मा", clean("अनीता शमा"))
    assert not found("王小明", clean("王明"))


# --- the refusal ----------------------------------------------------------------------------

def test_a_character_no_font_has_stops_the_export_naming_the_row_and_the_character(demo_db, tmp_path):
    consultation = consultations_due.list_consultations(demo_db)[0]
    target = demo_db.execute("SELECT id FROM contributions WHERE consultation_id = ? AND publish_name = 1 "
                             "ORDER BY id LIMIT 1", [consultation.id]).fetchone()[0]
    contribution = responses.get_contribution(demo_db, target)
    responses.update_contribution(demo_db, dataclasses.replace(
        contribution, text="We ask for 𓂀 open budgets."))
    from msf_desk.exports.responses import export_responses

    with pytest.raises(UserError) as refused:
        export_responses(demo_db, consultation.id, audience="public", formats=["pdf"], out_dir=tmp_path / "out",
                         today=DEMO_TODAY)
    message = str(refused.value)
    assert "U+13080 𓂀" in message and "EGYPTIAN HIEROGLYPH" in message
    assert f"“{target}”" in message and "column “Contribution”" in message
    assert list((tmp_path / "out").glob("*.pdf")) == []
    # The Word file keeps the character: it is only the PDF that cannot draw it.
    [path] = export_responses(demo_db, consultation.id, audience="public", formats=["docx"],
                              out_dir=tmp_path / "out", today=DEMO_TODAY)
    assert any("𓂀" in c.text for t in docx.Document(str(path)).tables for r in t.rows for c in r.cells)


def test_the_refusal_names_a_paragraph_or_a_label_too(tmp_path):
    doc = Document("Pack").add(Heading("Item 3"), Paragraph("Speaker: 𐌰𐌻𐍆"),
                               KeyValues([("Chair", "ᚠᛖ")]))
    with pytest.raises(UserError, match="U\\+10330 𐌰 .*in “Pack”, under “Item 3”, the paragraph “Speaker: 𐌰𐌻𐍆”"):
        write_pdf(doc, tmp_path / "x.pdf")
    with pytest.raises(UserError, match="U\\+16A0 ᚠ .*“Chair”"):
        write_pdf(Document("Pack").add(KeyValues([("Chair", "ᚠᛖ")])), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_emoji_and_invisible_joiners_are_drawn_not_refused(tmp_path):
    text = "Great idea 👍 and 👩‍💻, thanks ❤️"
    path = write_pdf(Document("Thanks").add(Paragraph(text)), tmp_path / "e.pdf")
    extracted = pdftotext(path)
    # Characters beyond U+FFFF come back whole (reportlab alone writes them truncated).
    assert "👍" in extracted and "👩" in extracted and "💻" in extracted and "❤" in extracted
    assert "NotoEmoji-Regular" in embedded_fonts(path)


def test_a_flag_or_joined_emoji_keeps_its_width(tmp_path):
    # A glyph that stands for several characters (a flag) had its width taken in the emoji
    # font's units (2048 per em) for thousandths of an em, and spaces between emoji were
    # the emoji font's wide ones: "🇬🇪 🇰🇷" spread over five emoji widths.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    builder = _Builder(400)
    flags = builder.para("🇬🇪 🇰🇷", "body")
    width, _ = flags.wrap(400, 100)
    used = 400 - flags.blPara.lines[0].extraSpace
    one = stringWidth("🇬", "NotoEmoji-Regular", 10)
    assert used < 2 * one + stringWidth(" ", "NotoSans-Regular", 10) + 1


def test_runs_keep_marks_with_their_letter_and_spaces_inside_one_script():
    register_fonts()
    runs = [(f.family, t) for f, t in fonts.runs("Nga (נוֹעָה כהן) 김 민준 and 王小明.")]
    assert runs == [("NotoSans", "Nga ("), ("NotoSansHebrew", "נוֹעָה כהן"), ("NotoSans", ") "),
                    ("NotoSansKR", "김 민준"), ("NotoSans", " and "), ("NotoSansSC", "王小明"),
                    ("NotoSans", ".")]


def test_a_pack_with_one_korean_name_stays_small(tmp_path):
    # reportlab embeds only the glyphs used: the 2.7 MB Korean font adds a few kilobytes.
    latin = write_pdf(Document("Pack").add(Paragraph("Chair: Amara Okafor")), tmp_path / "latin.pdf")
    korean = write_pdf(Document("Pack").add(Paragraph("Chair: 김민준")), tmp_path / "korean.pdf")
    assert korean.stat().st_size - latin.stat().st_size < 40_000


# --- long texts -----------------------------------------------------------------------------

def test_a_long_decision_and_long_notes_export_whole_to_pdf_and_word(demo_db, tmp_path):
    from msf_desk.core import agendas, minutes
    from msf_desk.model.minutes import Decision
    from msf_desk.exports.minutes import export_minutes, export_register

    meeting = demo_db.execute("SELECT meeting_id FROM minutes WHERE status = 'draft' ORDER BY meeting_id"
                              ).fetchone()[0]
    item = agendas.items_of(demo_db, meeting)[0]
    decision = " ".join(f"Dec{i:05d} agreed." for i in range(700))
    notes = " ".join(f"Note{i:05d} was discussed at length." for i in range(1500))
    assert len(decision) >= 10_000 and len(notes) >= 50_000
    minutes.add_decision(demo_db, Decision(meeting_id=meeting, item_id=item.id, text=decision))
    minutes.set_discussion(demo_db, item.id, notes)
    paths = export_minutes(demo_db, meeting, audience="members", formats=["docx", "pdf"], out_dir=tmp_path,
                           today=DEMO_TODAY)
    pdf = next(p for p in paths if p.suffix == ".pdf")
    word = next(p for p in paths if p.suffix == ".docx")
    document = docx.Document(str(word))
    word_text = "\n".join([p.text for p in document.paragraphs]
                          + [c.text for t in document.tables for r in t.rows for c in r.cells])
    for text in (clean(pdftotext(pdf)), word_text):
        assert re.findall(r"Dec(\d{5})", text)[:700] == [f"{i:05d}" for i in range(700)]
        assert re.findall(r"Note(\d{5})", text) == [f"{i:05d}" for i in range(1500)]
    # The decisions register (members' copy lists draft minutes too) holds the decision whole.
    register = export_register(demo_db, audience="members", formats=["pdf", "docx"], out_dir=tmp_path / "register",
                               today=DEMO_TODAY)
    register_pdf = next(p for p in register if p.suffix == ".pdf")
    register_word = next(p for p in register if p.suffix == ".docx")
    cells = "\n".join(c.text for t in docx.Document(str(register_word)).tables for r in t.rows for c in r.cells)
    for text in (clean(pdftotext(register_pdf)), cells):
        assert re.findall(r"Dec(\d{5})", text) == [f"{i:05d}" for i in range(700)]


def test_a_cell_longer_than_a_page_continues_on_the_next_rows_in_pdf_and_word(tmp_path):
    long = " ".join(f"Word{i:05d}" for i in range(4000))
    doc = Document("Annex").add(Table(["No.", "Text"], [["1", "short"], ["2", long], ["3", "after"]]),
                                KeyValues([("Decision", long)]))
    pdf = write_pdf(doc, tmp_path / "annex.pdf")
    text = clean(pdftotext(pdf))
    assert re.findall(r"Word(\d{5})", text) == [f"{i:05d}" for i in range(4000)] * 2
    assert text.index("after") > text.index("Word03999")
    assert len(PdfReader(str(pdf)).pages) > 4
    word = write_docx(doc, tmp_path / "annex.docx")
    cells = [c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells]
    assert long in cells


def test_the_command_line_says_which_character_and_exits_1(demo_db, demo_path, tmp_path, capsys):
    from msf_desk.cli import main

    consultation = consultations_due.list_consultations(demo_db)[0]
    target = demo_db.execute("SELECT id FROM contributions WHERE consultation_id = ? ORDER BY id LIMIT 1",
                             [consultation.id]).fetchone()[0]
    responses.update_contribution(demo_db, dataclasses.replace(responses.get_contribution(demo_db, target),
                                                               text="Sign 𐌰 here"))
    code = main(["export", "responses", "--consultation", str(consultation.id), "--audience", "members",
                 "--format", "docx,pdf", "--out", str(tmp_path / "out"), "--db", str(demo_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "U+10330 𐌰 (GOTHIC LETTER AHSA)" in err and "Traceback" not in err
    # All or nothing: the Word file is not left behind without its PDF.
    out = tmp_path / "out"
    assert not out.exists() or list(out.iterdir()) == []


def test_shaped_text_in_a_long_table_cell_is_shaped_once_no_boxes(tmp_path):
    # Thai writes words without spaces: a sentence longer than the column is cut inside a
    # word, and a table lays each cell out twice. Shaping the cut pieces again drew every
    # tone mark after a vowel above (เรื่อง) as a box.
    thai = "การประชุมได้หารือเรื่องความโปร่งใสของงบประมาณ"
    doc = Document("Annex").add(Table(["No.", "Text"], [["1", thai * 4], ["2", thai * 40]], widths=[0.1, 0.9]))
    text = pdftotext(write_pdf(doc, tmp_path / "thai.pdf"))
    assert "\ufffd" not in text and "\uffff" not in text
    assert "".join(text.split()).count("การประชุม") == 44
