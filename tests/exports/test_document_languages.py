"""A forum's document languages: set in its profile, chosen per export, refused in words when
not the forum's or not shipped; documents read back in French, Spanish and Arabic carry
translated fixed words and localised dates, with what people typed unchanged."""
from __future__ import annotations

import datetime as dt
import io
import subprocess
import zipfile

import docx
import pytest
from pypdf import PdfReader

from msf_desk.cli import main
from msf_desk.core import forum, language
from msf_desk.store.db import create_forum, open_forum
from msf_desk.store.migrations import MIGRATIONS

LANGS = ("fr", "es", "ar")


def docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _export(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# --- the forum's document languages -------------------------------------------------------

@pytest.mark.parametrize("text, codes, kept", [
    ("English, French, Spanish, Arabic", "en,fr,es,ar", "en, fr, es, ar"),
    ("French and English", "fr,en", "fr, en"),
    ("", "en", ""),
    # A language no document ships in stays among the forum's languages (as a code).
    ("Portuguese, English", "en", "pt, en"),
    # A word not understood: the text stays exactly as the forum wrote it, nothing is lost.
    ("Kinyarwanda", "en", "Kinyarwanda"),
])
def test_the_migration_turns_language_names_into_codes_and_drops_nothing(tmp_path, text, codes, kept):
    path = tmp_path / "old.msf"
    number = next(i for i, m in enumerate(MIGRATIONS, start=1) if m.__module__.endswith("0014_languages"))
    old = create_forum(path, upto=number - 1)
    old.execute("UPDATE forum SET languages = ?", [text])
    old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old.conn.close()
    db = open_forum(path)
    profile = forum.load(db)
    assert profile.document_languages == codes
    assert profile.languages == kept
    db.conn.close()


def test_the_cli_sets_shows_and_refuses_document_languages(demo_path, capsys):
    db = str(demo_path)
    code, out, _ = _export(["forum", "languages", "--db", db], capsys)
    assert code == 0 and "en (English)" in out
    code, out, _ = _export(["forum", "languages", "fr", "en", "ar", "--db", db], capsys)
    assert code == 0 and "fr (Français)" in out
    code, out, _ = _export(["forum", "languages", "--db", db, "--json"], capsys)
    assert '"fr"' in out and out.index('"fr"') < out.index('"en"') < out.index('"ar"')
    code, _, err = _export(["forum", "languages", "en", "pt", "--db", db], capsys)
    assert code == 1 and "'pt' is not one of them" in err and "Traceback" not in err
    code, _, err = _export(["forum", "languages", "en", "en", "--db", db], capsys)
    assert code == 1 and "only once" in err
    # Nothing changed by the refusals.
    assert forum.load(open_forum(demo_path)).document_languages == "fr,en,ar"


def test_an_export_refuses_a_language_not_the_forums_or_not_shipped(demo_path, tmp_path, capsys):
    db = str(demo_path)
    _export(["forum", "languages", "en", "fr", "--db", db], capsys)
    base = ["export", "decisions", "--format", "csv", "--out", str(tmp_path / "out"), "--db", db]
    code, _, err = _export(base + ["--language", "es"], capsys)
    assert code == 1 and "document languages are en, fr" in err and "msf-desk forum languages en fr es" in err
    code, _, err = _export(base + ["--language", "de"], capsys)
    assert code == 1 and "writes documents in en, fr, es, ar only" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_profile_refuses_document_languages_it_cannot_write(demo_db):
    from msf_desk.model.errors import ValidationError

    profile = forum.load(demo_db)
    with pytest.raises(ValidationError) as caught:
        forum.save(demo_db, forum.replace(profile, document_languages="en,xx"))
    assert "document_languages" in caught.value.problems


def test_dates_times_and_numbers_follow_the_language():
    day = dt.date(2026, 3, 12)
    expected = {"en": "12 March 2026", "fr": "12 mars 2026", "es": "12 de marzo de 2026", "ar": "12 مارس 2026"}
    for code, text in expected.items():
        with language.using(code):
            assert language.day(day) == text
    with language.using("fr"):
        assert language.weekday_day(day) == "jeudi 12 mars 2026"
        # The first of a month is an ordinal in French ("1er"), in every length of date.
        assert language.weekday_day(dt.date(2026, 12, 1)) == "mardi 1er décembre 2026"
        assert (language.day(dt.date(2026, 12, 1)), language.short_day(dt.date(2021, 10, 1))) == (
            "1er décembre 2026", "1er oct. 2021")
        assert language.day(dt.date(2021, 12, 21)) == "21 décembre 2021"
        assert language.clock(dt.time(16, 5)) == "16:05"
    with language.using("ar"):
        assert language.weekday_day(day) == "الخميس، 12 مارس 2026"
        assert language.clock(dt.time(16, 5)) == "4:05 م"
    assert language.clock(dt.time(16, 0)) == "4pm"  # English packs keep their own way


# --- documents read back --------------------------------------------------------------------

PACK_WORDS = {"fr": ("Ordre du jour", "Présenté par", "Documents de référence"),
              "es": ("Orden del día", "Presentado por", "Documentos de referencia"),
              "ar": ("جدول الأعمال", "يقدّمه", "وثائق مرجعية")}


@pytest.mark.parametrize("code", LANGS)
def test_a_pack_in_each_language(demo_path, tmp_path, capsys, code):
    db = str(demo_path)
    _export(["forum", "languages", "en", "fr", "es", "ar", "--db", db], capsys)
    out = tmp_path / code
    rc, _, err = _export(["export", "pack", "--meeting", "5", "--format", "docx,pdf", "--out", str(out),
                          "--db", db, "--language", code], capsys)
    assert rc == 0, err
    from babel.dates import format_date

    from msf_desk.core.agendas import items_of
    from msf_desk.core.meetings import get_meeting

    forum_db = open_forum(demo_path)
    meeting = get_meeting(forum_db, 5)
    titles = [i.title for i in items_of(forum_db, 5)]
    day = format_date(meeting.local_start.date(), "long", locale=code)  # Babel's own words for the day
    word = docx_text(next(out.glob("*.docx")))
    for fixed in PACK_WORDS[code] + (day,):
        assert fixed in word
    assert "Presented by" not in word and "Background papers" not in word and "Agenda\n" not in word
    # What people typed stays as typed: the title of every item.
    assert titles and all(t in word for t in titles)
    pdf = next(out.glob("*.pdf"))
    if code != "ar":  # pypdf reads Arabic as shaped glyphs; Arabic PDFs are read with pdftotext below
        text = pdf_text(pdf)
        assert PACK_WORDS[code][0] in text and day in text
    assert PdfReader(str(pdf)).trailer["/Root"]["/Lang"] == code


def test_the_forums_first_language_is_the_default(demo_path, tmp_path, capsys):
    db = str(demo_path)
    _export(["forum", "languages", "es", "en", "--db", db], capsys)
    rc, _, err = _export(["export", "minutes", "--meeting", "3", "--format", "docx", "--out", str(tmp_path),
                          "--db", db], capsys)
    assert rc == 0, err
    text = docx_text(next(tmp_path.glob("*.docx")))
    assert "Acta: " in text and "Asistencia" in text and " de 202" in text


@pytest.mark.parametrize("code, words", [("fr", ("Procès-verbal", "Présence", "Décisions")),
                                         ("es", ("Acta", "Asistencia", "Decisiones")),
                                         ("ar", ("محضر الاجتماع", "الحضور", "القرارات"))])
def test_minutes_in_each_language(demo_path, tmp_path, capsys, code, words):
    db = str(demo_path)
    _export(["forum", "languages", "en", "fr", "es", "ar", "--db", db], capsys)
    rc, _, err = _export(["export", "minutes", "--meeting", "3", "--format", "docx", "--out", str(tmp_path),
                          "--db", db, "--language", code], capsys)
    assert rc == 0, err
    text = docx_text(next(tmp_path.glob("*.docx")))
    for word in words:
        assert word in text
    assert "Attendance" not in text and "Proceedings" not in text


# --- Arabic runs right to left ----------------------------------------------------------------

LONG = ("البداية هنا: ناقش المنتدى مشروع خطة العمل الوطنية للحكومة المنفتحة وقدّم الأعضاء ملاحظات مفصلة حول "
        "الالتزامات المقترحة، وطلب السيد Ahmed Benali من وزارة المالية نشر بيانات الميزانية لعام 2026 "
        "بصيغة مفتوحة قبل الاجتماع القادم، واتفق الحاضرون على مراجعة الجدول الزمني وإبلاغ الأمانة بالنتائج الختامية")


def _arabic_document():
    from msf_desk.exports.document import Document, Paragraph, Table

    with language.using("ar"):
        return Document(title="محضر الاجتماع", header="المنتدى — محضر").add(
            Paragraph(LONG), Table(["الرقم", "البند"], [["1", "الترحيب"]]))


def _layout_lines(pdf) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    import unicodedata

    # Shaped Arabic comes back as presentation forms: compare in their plain letters.
    return [unicodedata.normalize("NFKC", line) for line in out.stdout.splitlines() if line.strip()]


def _line_of(lines: list[str], word: str) -> int:
    return next(i for i, line in enumerate(lines) if word in line)


@pytest.mark.parametrize("rtl_document", [True, False])
def test_a_multi_line_arabic_paragraph_reads_top_to_bottom_in_pdf(tmp_path, rtl_document):
    from msf_desk.exports.pdf_writer import write_pdf

    doc = _arabic_document()
    if not rtl_document:  # an Arabic paragraph typed into an English document
        doc.language = "en"
    pdf = write_pdf(doc, tmp_path / "ar.pdf")
    lines = _layout_lines(pdf)
    first, middle, last = _line_of(lines, "البداية"), _line_of(lines, "Ahmed Benali"), _line_of(lines, "الختامية")
    assert first < middle < last, lines
    # The Latin name and the year keep their own order inside the Arabic line.
    assert "Ahmed Benali" in lines[middle] and "2026" in "\n".join(lines)


def test_an_arabic_pdf_is_laid_out_from_the_right(tmp_path):
    from msf_desk.exports.pdf_writer import write_pdf

    pdf = write_pdf(_arabic_document(), tmp_path / "ar.pdf")
    assert PdfReader(str(pdf)).trailer["/Root"]["/Lang"] == "ar"
    lines = _layout_lines(pdf)
    header = next(line for line in lines if "الرقم" in line and "البند" in line)
    # pdftotext -layout prints what is on the left first: البند (second column) before الرقم.
    assert header.index("البند") < header.index("الرقم")
    footer = lines[-1]
    assert "الصفحة" in footer and len(footer) - len(footer.lstrip()) < 5  # on the left


def test_an_arabic_word_document_runs_right_to_left(tmp_path):
    from msf_desk.exports.docx_writer import write_docx

    path = write_docx(_arabic_document(), tmp_path / "ar.docx")
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode()
        styles = z.read("word/styles.xml").decode()
        footer = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
    assert "<w:bidi/>" in body and "<w:rtl/>" in body and "<w:bidiVisual/>" in body
    assert 'w:bidi="ar-SA"' in styles and 'w:val="ar"' in styles
    assert "الصفحة" in footer and "<w:bidi/>" in footer
    document = docx.Document(str(path))
    assert document.paragraphs[1].text == LONG  # the typed text, unchanged
    assert document.core_properties.language == "ar"
