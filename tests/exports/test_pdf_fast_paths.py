"""The PDF writer's quicker paths give what reportlab's own paths give.

- Paragraph fragments are made from the writer's markup without reportlab's parser
  (exports/pdf_frags.py): the same fragments, attribute by attribute; typed "<", "&" and ">"
  come out as typed.
- Subset codes are translated in one go (exports/fonts._TTFont.splitString): the same codes.
- Word widths are kept (pdf_writer._install_width_cache): the same widths.
- reportlab is loaded without Pillow and HarfBuzz until a document needs them
  (exports/rl_lazy.py): a Latin-only document loads neither, one with an Arabic and a Korean
  name loads HarfBuzz and shows both names.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
import weakref
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paraparser import ParaParser

from msf_desk.exports import fonts, pdf_frags, pdf_writer
from msf_desk.exports.document import Document, Paragraph, Table
from msf_desk.exports.pdf_writer import register_fonts, write_pdf

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "", "Budget", "  two  spaces\tand a tab  ", "A & B < C > D", "&amp; typed as is", "&lt;b&gt;",
    "<b>not bold</b> <font name=\"NotoSans-Bold\">nor this</font> <br/> <para>",
    "line one\nline two\n\nline four\n", "Amara Okafor (ليلى حداد), अनीता शर्मा; ნინო ბერიძე",
    "김민준 and 王小明", "👍 agreed", "no\u00a0break and\u00a0 spaces", "zero\u200bwidth\u2028line\u3000wide",
    "Nguyễn Thị Hương", " leading and trailing ", "R&D: 5 < 7 > 3 & more",
]


def written_both_ways(monkeypatch, on: Path, off: Path, doc, module, switch: str) -> None:
    """Write `doc` with `module.switch` on (to `on`) and off (to `off`): the same bytes."""
    import datetime as dt

    created = dt.datetime(2026, 10, 26, 9, 0)
    monkeypatch.setattr(module, switch, True)
    write_pdf(doc, on, created=created)
    monkeypatch.setattr(module, switch, False)
    write_pdf(doc, off, created=created)
    assert on.read_bytes() == off.read_bytes(), on.name


def parsed_by_reportlab(xml: str, style):
    parser = ParaParser()
    parser.caseSensitive = 1
    return parser.parse(rl_paragraph.cleanBlockQuotedText(xml), style)


@pytest.mark.parametrize("rtl", [False, True])
def test_fragments_are_those_reportlabs_parser_makes(rtl):
    register_fonts()
    for name, style in pdf_writer._styles(rtl).items():
        for text in TEXTS:
            for bold in (False, True):
                xml, _ = pdf_writer.markup(text, bold)
                kept, frags = pdf_frags.frags(xml, style)
                same_style, expected, _ = parsed_by_reportlab(xml, style)
                assert same_style is style
                assert kept == rl_paragraph.cleanBlockQuotedText(xml)
                # Every attribute, in the same order (the fragments are copied as they are).
                assert [list(f.__dict__.items()) for f in frags] == [list(f.__dict__.items()) for f in expected], \
                    (name, text, bold)
                # As with the parser, the fragments of one paragraph share their link list.
                assert len({id(f.link) for f in frags}) <= 1


def test_markup_it_does_not_know_is_left_to_reportlab():
    style = pdf_writer._styles()["body"]
    for xml in ("<b>bold</b>", '<font name="NotoSans-Regular">open', "</font>", "a &nbsp; b", "x<br>y",
                '<font color="red">x</font>'):
        assert pdf_frags.frags(xml, style) is None


def test_typed_angle_brackets_and_ampersands_come_out_as_typed(tmp_path):
    typed = ['Budget <b>2026</b> & "R&D" > 5 < 7', "&amp; &lt;br/&gt; <br/> </font>",
             '<font name="NotoSans-Bold">not a font</font>']
    doc = Document(title="Typed <markup> & more").add(
        Paragraph(typed[0]), Paragraph(typed[1], "note"),
        Table(["<th>", "A & B"], [[typed[2], "x > y"]]))
    text = "".join(page.extract_text() for page in PdfReader(write_pdf(doc, tmp_path / "typed.pdf")).pages)
    flat = " ".join(text.split())
    for t in typed + ["Typed <markup> & more", "<th>", "A & B", "x > y"]:
        assert " ".join(t.split()) in flat


class _Doc:  # reportlab keeps a font's subsets per document (weakly)
    pass


def test_subset_codes_are_those_reportlab_gives():
    ours = fonts._TTFont("MsfTestSans", str(fonts.LATIN.path()))
    theirs = ttfonts.TTFont("RlTestSans", str(fonts.LATIN.path()))
    # Latin, a no-break space, characters the font lacks (code 0), and more than 256 distinct
    # characters (Greek, Cyrillic, Latin Extended), so that later subsets are used too.
    many = "".join(chr(c) for c in range(0x100, 0x250)) + "".join(chr(c) for c in range(0x391, 0x3CA))
    strings = ["Hello world", "Hello\u00a0world", "ليلى", "", many[:200], "Hello", many, many[150:300],
               "Zoë Ångström", "a\u00a0b", many[::-1], "Hello world"]
    doc_a, doc_b = _Doc(), _Doc()
    for s in strings:
        assert ours.splitString(s, doc_a) == theirs.splitString(s, doc_b), s
    assert ours.state[doc_a].assignments == theirs.state[doc_b].assignments
    assert isinstance(ours.state, weakref.WeakKeyDictionary)


def test_kept_word_widths_are_reportlabs():
    register_fonts()
    fonts.load(fonts.FACES[1])
    for text, font in (("Budget", "NotoSans-Regular"), ("Budget", "NotoSans-Bold"), ("ليلى", "NotoSansArabic-Regular"),
                       ("Budget", "NotoSans-Regular"), ("", "NotoSans-Regular"), ("AV To", "NotoSans-Regular")):
        for size in (9, 10, 12.5):
            assert rl_paragraph.stringWidth(text, font, size) == pdfmetrics.stringWidth(text, font, size)
    shaped = ttfonts.ShapedStr("Budget", shapeData=None)
    assert rl_paragraph.stringWidth(shaped, "NotoSans-Regular", 10) == pdfmetrics.stringWidth("Budget", "NotoSans-Regular", 10)


def test_kept_word_widths_are_bounded(monkeypatch):
    """Widths are kept per font and size (exports/pdf_lines.py reads them there), at most
    WIDTHS_KEPT in all: past that they are dropped and measured again, the same."""
    register_fonts()
    monkeypatch.setattr(pdf_writer, "WIDTHS_KEPT", 5)
    kept = rl_paragraph.stringWidth.kept
    words = [f"word{n}" for n in range(40)]
    for font in ("NotoSans-Regular", "NotoSans-Bold"):
        for size in (9, 10):
            for word in words:
                assert rl_paragraph.stringWidth(word, font, size) == pdfmetrics.stringWidth(word, font, size)
                assert sum(len(widths) for widths in kept.values()) <= 5
                assert kept[font, size][word] == pdfmetrics.stringWidth(word, font, size)


def test_reportlabs_web_address_pattern_still_works():
    assert rl_paragraph._uri_split_pairs("https://example.org/a/b") == [
        ("https://example.org/a/", "b"), ("https://example.org/", "a/b"), ("https://", "example.org/a/b")]
    assert rl_paragraph._uri_split_pairs("not an address") is None


WRITE = """
import json, sys
from msf_desk.exports.document import Document, Heading, KeyValues, Paragraph, Table
from msf_desk.exports.pdf_writer import write_pdf
names = json.loads(sys.argv[2])
doc = Document(title="Forum meeting", header="Forum - Meeting").add(
    KeyValues([("Chair", names[0])]), Heading("Agenda"),
    Table(["No.", "Item", "Presented by"], [[str(n), "Budget & plans", name] for n, name in enumerate(names, 1)]),
    Paragraph("Presented by " + ", ".join(names)))
write_pdf(doc, sys.argv[1])
real = lambda name: name in sys.modules and type(sys.modules[name]).__name__ == "module"
print(json.dumps({"uharfbuzz": real("uharfbuzz"), "PIL.Image": real("PIL.Image")}))
"""


def _write_in_a_new_process(path: Path, names: list[str]) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", WRITE, str(path), json.dumps(names)], env=env, cwd=str(ROOT),
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_harfbuzz_and_pillow_load_only_for_documents_that_need_them(tmp_path):
    latin = _write_in_a_new_process(tmp_path / "latin.pdf", ["Amara Okafor", "Zoë Ångström"])
    assert latin == {"uharfbuzz": False, "PIL.Image": False}
    mixed = _write_in_a_new_process(tmp_path / "mixed.pdf", ["Amara Okafor", "ليلى حداد", "김민준"])
    assert mixed["uharfbuzz"] is True and mixed["PIL.Image"] is False
    for path, names in ((tmp_path / "latin.pdf", ["Amara Okafor", "Zoë Ångström"]),
                        (tmp_path / "mixed.pdf", ["Amara Okafor", "ليلى حداد", "김민준"])):
        text = _clean(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                                     text=True, check=True).stdout)
        for name in names:
            assert _clean(name) in text, (path.name, name)
    # The Arabic name is shaped (joined letters: presentation forms in the file), not drawn
    # as separate letters.
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "mixed.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    assert any("\ufb50" <= c <= "\ufeff" for c in raw)


def test_words_shaped_once_per_document_give_the_same_pdf(tmp_path, monkeypatch):
    """Each distinct word is shaped once per document (pdf_writer._shaped_once): the PDF is the
    same, byte for byte, as when every word is shaped afresh, and HarfBuzz is asked less."""
    import datetime as dt

    from msf_desk.exports.document import Bullets, Heading, KeyValues

    register_fonts()
    if not pdf_writer.SHAPING:
        pytest.skip("needs uharfbuzz")
    names = ["Leila Haddad / ليلى حداد", "Anita Sharma / अनीता शर्मा", "Nino Beridze / ნინო ბერიძე",
             "(ليلى", "शर्मा,", "ไทย ผู้ใหญ่", "Nguyễn Thị Lan"]
    doc = Document(title="Forum meeting — ليلى حداد", header="Forum — अनीता शर्मा").add(
        KeyValues([("Chair", names[0]), ("Co-chair", names[1])]))
    for n in range(1, 7):
        doc.add(Heading(f"Item {n}: {names[n % len(names)]}", level=2),
                Paragraph(f"9am–9:15am (15 min) · For decision · Presented by {names[n % 3]}; {names[(n + 1) % 4]}"),
                Table(["Who", "Interest"], [[name, f"Board member of {name} since 2019"] for name in names]),
                Bullets([f"{name} asks for the floor" for name in names[:3]]))
    calls = {"n": 0}
    shape = ttfonts.uharfbuzz.shape

    def counting(*args, **kwargs):
        calls["n"] += 1
        return shape(*args, **kwargs)

    monkeypatch.setattr(ttfonts.uharfbuzz, "shape", counting)
    created = dt.datetime(2026, 10, 26, 9, 0)
    write_pdf(doc, tmp_path / "kept.pdf", created=created)
    kept = calls["n"]
    monkeypatch.setattr(pdf_writer, "KEEP_SHAPED", False)
    calls["n"] = 0
    write_pdf(doc, tmp_path / "afresh.pdf", created=created)
    assert (tmp_path / "kept.pdf").read_bytes() == (tmp_path / "afresh.pdf").read_bytes()
    assert 0 < kept < calls["n"] / 2, (kept, calls["n"])
    # What is kept is dropped when full (a long annex must not hold every word): the same PDF.
    monkeypatch.setattr(pdf_writer, "KEEP_SHAPED", True)
    monkeypatch.setattr(pdf_writer, "SHAPED_KEPT", 3)
    monkeypatch.setattr(pdf_writer, "MARKUP_KEPT", 2)
    write_pdf(doc, tmp_path / "dropped.pdf", created=created)
    assert (tmp_path / "dropped.pdf").read_bytes() == (tmp_path / "afresh.pdf").read_bytes()


def test_reportlabs_wide_character_pattern_still_works():
    from reportlab.lib import textsplit

    assert textsplit.rx.split("ab中文cd") == ["ab", "中", "", "文", "cd"]
    assert textsplit.rx.sub(r"\1\0 ", "a中b") == "a中\0 b"


LATER_PATTERNS = """
import json, sys
from msf_desk.exports.document import Document, Heading, Paragraph, Table
from msf_desk.exports.pdf_writer import write_pdf
from msf_desk.exports.rl_lazy import LaterPattern
from reportlab.lib import PyFontify, normalDate, rl_safe_eval
from reportlab.platypus import paragraph as P
write_pdf(Document(title="Forum meeting").add(Heading("Agenda"), Paragraph("Budget & plans, 2026-10-26."),
          Table(["No.", "Item"], [["1", "Welcome"]])), sys.argv[1])
patterns = {"letters": P._hy_letters_pat, "shy letters": P._hy_shy_letters_pat, "before": P._hy_pfx_pat,
            "after": P._hy_sfx_pat, "web address": P.uri_pat, "date": normalDate._iso_re,
            "date format": normalDate._fmtPat, "python": PyFontify.matchRE, "name": PyFontify.idRE,
            "unsafe": rl_safe_eval.__rl_unsafe_re__}
waiting = sorted(k for k, v in patterns.items() if isinstance(v, LaterPattern) and "_msf_compiled" not in vars(v))
try:
    rl_safe_eval.rl_safe_eval("(1).__class__", {}, {})
    refused = False
except rl_safe_eval.BadCode:
    refused = True
print(json.dumps({"waiting": waiting, "works": [
    P._hy_letters_pat.match("forum") is not None, P._hy_shy_letters_pat.match("fo\xadrum") is not None,
    P._hy_pfx_pat.match('"(word').group(), P._hy_sfx_pat.search('word!")').group(),
    normalDate.NormalDate("2026-10-26").normalDate, normalDate.NormalDate(20261026).formatMS("{yyyy}/{mm}/{dd}"),
    PyFontify.fontify("def f(x): return x")[:2], refused]}))
"""


def test_reportlabs_patterns_for_what_a_document_may_not_need_are_compiled_when_first_used(tmp_path):
    # A plain document compiles none of them (rl_lazy); each still works when used.
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", LATER_PATTERNS, str(tmp_path / "plain.pdf")], env=env,
                         cwd=str(ROOT), capture_output=True, text=True, check=True).stdout
    found = json.loads(out.strip().splitlines()[-1])
    assert found["waiting"] == ["after", "before", "date", "date format", "letters", "name", "python",
                                "shy letters", "unsafe", "web address"]
    assert found["works"] == [True, True, '"(', '!")', 20261026, "2026/10/26",
                              [["keyword", 0, 3, None], ["identifier", 3, 5, None]], True]


def _words(seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    pool = ["a", "to", "the", "forum", "secretariat", "Méndez", "ligne\u00a0insécable", "x" * 40,
            "Budget,", "2026-10-26", "W" * 12, "&", "—", "naïve", "Überprüfung", "co-chairs", "9:15am"]
    return [rng.choice(pool) for _ in range(rng.randint(0, 60))]


def test_plain_paragraphs_are_broken_into_reportlabs_lines():
    """exports/pdf_lines.plain_lines gives reportlab's lines (the same words on each, the same
    room left, the same widest line) for plain text at every width, and leaves to reportlab
    what it does not handle (soft hyphens, a word wider than the line, several runs)."""
    from msf_desk.exports import pdf_lines

    register_fonts()
    texts = TEXTS + [" ".join(_words(seed)) for seed in range(60)] + [
        "soft\u00adhyphen in a word", "Supercalifragilisticexpialidocious" * 4, "  ", "tab\tand\nnew line"]
    taken = left = 0
    for rtl in (False, True):
        styles = pdf_writer._styles(rtl)
        for name in ("body", "cell", "h2", "note", "quote", "title"):
            for text in texts:
                xml, _ = pdf_writer.markup(text, styles[name].fontName.endswith("-Bold"))
                for width in (40.0, 87.5, 151.3, 300.0, 481.9):
                    ours = pdf_writer._made(pdf_writer._Paragraph, xml, styles[name])
                    theirs = pdf_writer._made(pdf_writer._Paragraph, xml, styles[name])
                    widths = [width - 3, width]
                    fast = pdf_lines.plain_lines(ours, list(widths))
                    slow = rl_paragraph.Paragraph.breakLines(theirs, list(widths))
                    if fast is None:
                        left += 1
                        continue
                    taken += 1
                    assert fast.__dict__ == slow.__dict__, (name, text, width)
                    assert ours._width_max == theirs._width_max
    assert taken > 500 and left > 50, (taken, left)


def test_plain_lines_give_the_same_pdf(tmp_path, monkeypatch):
    import datetime as dt

    from msf_desk.exports.document import Bullets, Heading, KeyValues

    doc = Document(title="Forum meeting", header="Forum — header").add(
        KeyValues([("Chair", "Amara Okafor"), ("Co-chair", "Nguyễn Thị Lan")]))
    for n in range(1, 12):
        doc.add(Heading(f"Item {n}: commitment {n} — progress", level=2),
                Paragraph(" ".join(_words(n)) or "—"),
                Table(["Who", "Interest"], [[" ".join(_words(n + r)), "Board member\u00adship"] for r in range(5)]),
                Bullets([" ".join(_words(n * 7 + k)) or "x" for k in range(3)]))
    created = dt.datetime(2026, 10, 26, 9, 0)
    write_pdf(doc, tmp_path / "plain.pdf", created=created)
    monkeypatch.setattr(pdf_writer, "PLAIN_LINES", False)
    write_pdf(doc, tmp_path / "reportlab.pdf", created=created)
    assert (tmp_path / "plain.pdf").read_bytes() == (tmp_path / "reportlab.pdf").read_bytes()


def _drawn_both_ways(para_of, widths, monkeypatch) -> tuple[bytes, bytes, int]:
    """The PDF of paragraphs drawn by exports/pdf_draw.py and by reportlab (each on a canvas of
    its own, the same paragraphs made afresh), and how many the quicker path drew."""
    from msf_desk.exports import pdf_draw

    taken = {"n": 0}
    draw = pdf_draw.draw_plain

    def counted(para, font=None):
        done = draw(para, font)
        taken["n"] += done
        return done

    monkeypatch.setattr(pdf_draw, "draw_plain", counted)
    out = []
    for fast in (True, False):
        monkeypatch.setattr(pdf_writer, "PLAIN_DRAW", fast)
        out.append(_on_a_canvas(para_of(), widths))
    return out[0], out[1], taken["n"]


def _on_a_canvas(paragraphs, widths) -> bytes:
    """The PDF of `paragraphs`, each laid out and drawn at each of `widths` in turn, one under
    the other, a new page when one is full."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, initialFontName=pdf_writer.font_name())
    y = 800.0
    for para in paragraphs:
        for width in widths:
            _, height = para.wrap(width, 10_000)
            if y - height < 20:
                canvas.showPage()
                y = 800.0
            para.drawOn(canvas, 30, y - height)
            y -= height + 4
    canvas.save()
    return buffer.getvalue()


def test_plain_paragraphs_are_drawn_with_reportlabs_operators(monkeypatch):
    """exports/pdf_draw.draw_plain writes what reportlab's drawPara writes for a paragraph of one
    run: left and right aligned, indented, a first line indented (moves folded into each other),
    lines a little too long (word spacing squeezed), no-break spaces, autoLeading, Latin and
    more than one font subset; what it does not draw (several runs, shaped text, a background)
    is drawn by reportlab. Each paragraph is laid out at several widths and drawn at each.
    Colours: grey and green are set without going through the canvas's state (the same
    operators); a CMYK colour and a half-transparent one are left to the canvas. Each paragraph
    is put on the page by _Paragraph.drawOn, which for one drawn this way writes the operators of
    a saved and restored state without copying the canvas's state (the bookmarks of the
    documents below read the origin it puts back)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    # Latin Extended, Greek and Cyrillic words: more than 256 characters, so a second subset.
    letters = [chr(c) for c in [*range(0x100, 0x250), *range(0x3B1, 0x3CA), *range(0x410, 0x450)]]
    many = [" ".join("".join(letters[k:k + 7]) for k in range(start, start + 70, 7)) for start in range(0, 420, 70)]
    texts = TEXTS + [" ".join(_words(seed)) for seed in range(40)] + many + [" ".join(many), "tab\tand\nnew line"]
    base = pdf_writer._styles()["body"]
    styles = [pdf_writer._styles(rtl)[name] for rtl in (False, True) for name in ("body", "cell", "h2", "quote")]
    styles += [ParagraphStyle(f"s{n}", parent=base, **kw) for n, kw in enumerate([
        {"alignment": TA_RIGHT, "firstLineIndent": 12},
        {"alignment": TA_LEFT, "firstLineIndent": 9.5, "leftIndent": 4},
        {"alignment": TA_RIGHT, "firstLineIndent": -6, "rightIndent": 7},
        {"autoLeading": "max", "fontSize": 12, "leading": 9},
        {"autoLeading": "min", "alignment": TA_RIGHT},
        {"alignment": TA_CENTER},                                # left to reportlab
        {"backColor": pdf_writer.ZEBRA},                         # left to reportlab
        {"textColor": pdf_writer.GREY, "alignment": TA_RIGHT},
        {"textColor": colors.CMYKColor(0, 1, 0, 0)},             # its colour set by reportlab
        {"textColor": colors.Color(1, 0, 0, alpha=0.5)},         # its opacity set by reportlab
        {"textColor": colors.Color(0, 0.5, 0, alpha=None)},
    ])]

    def paragraphs():
        for style in styles:
            for text in texts:
                xml, shaped = pdf_writer.markup(text, style.fontName.endswith("-Bold"))
                cls = pdf_writer._ShapedParagraph if shaped else pdf_writer._Paragraph
                yield pdf_writer._made(cls, xml, style)

    fast, slow, taken = _drawn_both_ways(paragraphs, (60.0, 151.3, 300.0, 481.9), monkeypatch)
    assert fast == slow
    assert taken > 600, taken


def test_plain_drawing_gives_the_same_pdf_in_every_script(tmp_path, monkeypatch):
    """Documents in English and Arabic (right to left) with Arabic, Devanagari, Korean,
    Georgian and Vietnamese names: the same PDF, byte for byte, whether plain paragraphs are
    drawn by exports/pdf_draw.py or by reportlab."""

    from msf_desk.exports.document import Bullets, Heading, KeyValues

    names = ["Amara Okafor", "ليلى حداد", "अनीता शर्मा", "김민준", "ნინო ბერიძე", "Nguyễn Thị Lan", "Zoë Ångström"]
    for lang in ("en", "ar"):
        doc = Document(title=f"Forum meeting — {names[1]}", header=f"Forum — {names[2]}", language=lang).add(
            KeyValues([("Chair", names[0]), ("Co-chair", names[3])]))
        for n in range(1, 9):
            doc.add(Heading(f"Item {n}: {names[n % len(names)]}", level=2),
                    Paragraph(" ".join(_words(n)) or "—"),
                    Paragraph(f"Presented by {names[n % len(names)]}; {' '.join(_words(n + 50))}", "note"),
                    Table(["Who", "Interest"], [[name, " ".join(_words(n + r)) or "—"] for r, name in enumerate(names)]),
                    Bullets([f"{name} asks for the floor" for name in names[:4]]))
        written_both_ways(monkeypatch, tmp_path / f"ours-{lang}.pdf", tmp_path / f"reportlab-{lang}.pdf", doc,
                          pdf_writer, "PLAIN_DRAW")


def test_pdf_objects_are_formatted_as_reportlab_formats_them(tmp_path):
    """exports/pdf_objects.py: values and dictionaries give reportlab's bytes (numbers, text,
    bytes, names that need escaping, nested arrays and dictionaries, sorted or ordered keys), and
    a document written with it is the same, byte for byte, as one written without it."""
    import datetime as dt
    from collections import OrderedDict

    from reportlab.pdfbase import pdfdoc

    from msf_desk.exports import pdf_objects
    from msf_desk.exports.document import Bullets, Heading, KeyValues

    register_fonts()
    doc = pdfdoc.PDFDocument(invariant=1)
    values = [0, 1, -3, 2.5, 1e-9, 123456.789, -0.0, True, False, None, b"raw bytes", "text", "Zoë",
              "a (paren) and \\", pdfdoc.PDFName("Type"), pdfdoc.PDFString("a string (x)"),
              pdfdoc.PDFArray([1, 2.25, "x", pdfdoc.PDFArray([0.1, 3])]), [1, 2], (3, 4)]
    keys = ["Type", "Length", "A B", "with#hash", "Widths", "Zoë", "(x)", "Kids", "F1"]
    dicts = [pdfdoc.PDFDictionary({k: values[n % len(values)] for n, k in enumerate(keys)}),
             pdfdoc.PDFDictionary(OrderedDict((k, values[-n]) for n, k in enumerate(reversed(keys)))),
             pdfdoc.PDFDictionary({"Inner": pdfdoc.PDFDictionary({"N": 3, "Name": pdfdoc.PDFName("Font")})})]
    compact = pdfdoc.PDFDictionary({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8})
    compact.multiline = False
    dicts.append(compact)
    expected = []
    pdf_objects.uninstall()
    try:
        expected = [pdfdoc.format(v, doc) for v in values + dicts]
        expected += [pdfdoc.PDFArray(values).format(doc)]
    finally:
        pdf_objects.install()
    got = [pdfdoc.format(v, doc) for v in values + dicts] + [pdfdoc.PDFArray(values).format(doc)]
    assert got == expected
    assert pdfdoc.format is pdf_objects.format

    names = ["Amara Okafor", "ليلى حداد", "अनीता शर्मा", "김민준", "ნინო ბერიძე"]
    document = Document(title="Forum meeting — ليلى حداد", header="Forum").add(
        KeyValues([("Chair", names[0])]), Heading("Agenda", level=1),
        Table(["Who", "Interest"], [[name, " ".join(_words(r)) or "—"] for r, name in enumerate(names)]),
        Bullets(names), Heading("Next", level=2), Paragraph(" ".join(names)))
    created = dt.datetime(2026, 10, 26, 9, 0)
    write_pdf(document, tmp_path / "ours.pdf", created=created)
    pdf_objects.uninstall()
    try:
        write_pdf(document, tmp_path / "reportlab.pdf", created=created)
    finally:
        pdf_objects.install()
    assert (tmp_path / "ours.pdf").read_bytes() == (tmp_path / "reportlab.pdf").read_bytes()


def _encoded(encode, text):
    try:
        return encode(text)
    except UnicodeError as exc:
        return (type(exc), exc.start, exc.end)


def test_a_number_in_a_tuple_is_formatted_as_the_number_alone():
    """pdf_objects.format gives fp_str a tuple of one number (no error to make and drop): the
    same digits as the number alone, for reportlab's accelerated fp_str and its Python one."""
    import random

    from reportlab.lib import rl_accel

    from msf_desk.exports import pdf_objects

    draw = random.Random(14)
    numbers = [0, 1, -1, 2.5, -0.0, 1e-9, 1e9, 123456.789, 0.1, 1 / 3, -2 / 3, 10**15, 7.000001, 595.2756,
               841.8898, 0.00049, 0.0005, -0.0005, 1e-300, 12345678901234.5]
    numbers += [draw.uniform(-1e4, 1e4) for _ in range(3000)] + [draw.randint(-10**6, 10**6) for _ in range(300)]
    python_fp_str = getattr(rl_accel, "_py_fp_str", None) or rl_accel.fp_str
    for number in numbers:
        assert pdf_objects.fp_str((number,)) == pdf_objects.fp_str(number), number
        assert python_fp_str((number,)) == python_fp_str(number), number
        assert pdf_objects.format(number, None) == pdf_objects.fp_str(number).encode("ascii")


def test_text_is_encoded_as_reportlabs_character_map_encodes_it():
    """pdf_objects.pdfdoc_bytes (and pdfdocEnc in reportlab's place): printable ASCII as ASCII,
    everything else through the map; the same bytes, or the same refusal, as the map's own."""
    from reportlab.pdfbase import pdfdoc

    from msf_desk.exports import pdf_objects

    class Text(str):
        pass

    every = [chr(c) for c in range(0, 0x250)] + ["\u2014", "\u2019", "\u20ac", "\ufb01", "\u0644", "\U0001f600"]
    texts = every + ["", "Helvetica-Bold", "NotoSans-Regular+0", "Forum meeting (26 October)", "a\\b (c)",
                     "tab\there", "line\nbreak", "del\x7f", "Zo\u00eb", "caf\u00e9 \u2014 \u20ac5", Text("Plain"),
                     "".join(map(chr, range(32, 127))) * 3]
    for text in texts:
        assert _encoded(pdf_objects.pdfdoc_bytes, text) == _encoded(lambda t: t.encode("extpdfdoc"), text), repr(text)
        assert _encoded(pdf_objects.pdfdoc_enc, text) == _encoded(pdf_objects._rl_pdfdoc_enc, text), repr(text)
    assert pdf_objects.pdfdoc_enc(b"bytes as they are") == b"bytes as they are"
    assert pdf_objects._ASCII_KEPT      # the quicker way is the one used here
    pdf_objects.install()
    assert pdfdoc.pdfdocEnc is pdf_objects.pdfdoc_enc
    pdf_objects.uninstall()
    try:
        assert pdfdoc.pdfdocEnc is pdf_objects._rl_pdfdoc_enc
    finally:
        pdf_objects.install()


def test_fragments_are_compared_as_reportlab_compares_them(tmp_path, monkeypatch):
    """exports/pdf_lines.same_frag answers as reportlab's compiled sameFrag for fragments that
    differ in each attribute it looks at, lack it, hold None or the same object, hold a line
    break or a callback, or are not plain fragments; and a document of paragraphs of several
    runs comes out the same, byte for byte, with either."""
    import datetime as dt
    import itertools

    from reportlab.lib import colors
    from reportlab.lib.abag import ABag
    from reportlab.lib.rl_accel import sameFrag as compiled
    from reportlab.platypus.paraparser import ParaFrag

    from msf_desk.exports import pdf_lines
    from msf_desk.exports.document import Heading, KeyValues

    register_fonts()
    base = {"fontName": "NotoSans-Regular", "fontSize": 10, "textColor": colors.black, "rise": 0,
            "us_lines": [], "link": [], "text": "x"}
    changes = [{}, {"fontName": "NotoSans-Bold"}, {"fontSize": 9}, {"fontSize": 10.0},
               {"textColor": colors.Color(0, 0, 0)}, {"textColor": pdf_writer.GREY}, {"textColor": None},
               {"rise": 2}, {"us_lines": [("u", 1)]}, {"link": ["https://example.org"]}, {"backColor": colors.red},
               {"backColor": None}, {"nobr": True}, {"lineBreak": True}, {"cbDefn": ABag(kind="img")},
               {"text": "other"}, {"fontName": None}]
    shared = []

    def frag(change, drop=()):
        attrs = {**base, "link": shared, **change}
        for name in drop:
            attrs.pop(name, None)
        f = ParaFrag()
        f.__dict__.update(attrs)
        return f

    frags = [frag(c) for c in changes] + [frag({}, drop) for drop in (("rise",), ("textColor",), ("us_lines", "link"))]
    frags.append(ABag(**base))   # not a plain fragment: left to reportlab's
    pairs = 0
    for f, g in itertools.product(frags, repeat=2):
        assert pdf_lines.same_frag(f, g) == bool(compiled(f, g)), (f.__dict__, g.__dict__)
        pairs += 1
    assert pairs > 300

    names = ["Nino Beridze / ნინო ბერიძე", "Anita Sharma / अनीता शर्मा", "Leila Haddad / ليلى حداد", "김민준"]
    document = Document(title="Forum — ნინო ბერიძე", header="Forum").add(
        KeyValues([("Chair", names[0]), ("Co-chair", names[1])]), Heading(f"Item 1: {names[2]}", level=2),
        Table(["Who", "Interest"], [[name, f"{name} {' '.join(_words(r))}"] for r, name in enumerate(names)]),
        Paragraph("Presented by " + "; ".join(names * 3)))
    created = dt.datetime(2026, 10, 26, 9, 0)
    write_pdf(document, tmp_path / "ours.pdf", created=created)
    monkeypatch.setattr(rl_paragraph, "sameFrag", compiled)
    write_pdf(document, tmp_path / "reportlab.pdf", created=created)
    assert (tmp_path / "ours.pdf").read_bytes() == (tmp_path / "reportlab.pdf").read_bytes()


def test_right_to_left_lines_kept_per_document_give_the_same_pdf(tmp_path, monkeypatch):
    """The markup of a right-to-left paragraph's lines is kept per document, by text, width, size
    and weight (pdf_writer._BidiParagraph.wrap): the same text in a narrow table cell, a wide
    paragraph and a bold heading, in English and Arabic documents, comes out the same, byte for
    byte, as when every paragraph is cut afresh."""

    from msf_desk.exports.document import Heading, KeyValues

    register_fonts()
    if not pdf_writer.SHAPING:
        pytest.skip("needs uharfbuzz")
    texts = ["ليلى حداد ومجموعة العمل المعنية بالشفافية والمساءلة في الموازنة العامة",
             "Leila Haddad / ليلى حداد; Amara Okafor", "تقرير مرحلي عن الالتزام الثالث"]
    for lang in ("en", "ar"):
        doc = Document(title="Forum", language=lang).add(KeyValues([("Chair", texts[0])]))
        for n in range(3):
            doc.add(Heading(texts[n], level=2), Paragraph(texts[0]), Paragraph(texts[n], "note"),
                    Table(["No.", "Who", "Note"], [[str(k), t, texts[0]] for k, t in enumerate(texts)]))
        written_both_ways(monkeypatch, tmp_path / f"kept-{lang}.pdf", tmp_path / f"afresh-{lang}.pdf", doc,
                          pdf_writer, "KEEP_SHAPED")


def test_shaped_text_is_formatted_as_reportlab_formats_it(tmp_path, monkeypatch):
    """exports/pdf_glyphs.format_text writes what reportlab's PDFTextObject._formatText writes for
    shaped text: words in every shaped script (Arabic with and without vowel marks, Hebrew,
    Devanagari, Bengali, Thai tone marks, emoji), Latin words with kerning shaped beside them, runs
    of them joined as reportlab joins a line's words (shaped and plain pieces), at two sizes, with
    a rise, in more than one font subset; the same operators text by text and the same subset
    chosen after each; and text that is not shaped, in one subset and two. What it does not
    format (a glyph moved up or down, a rise) is formatted by reportlab; and whole documents come out the same, byte for byte, either way."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from msf_desk.exports import pdf_glyphs
    from msf_desk.exports.document import Heading, KeyValues

    register_fonts()
    if not pdf_writer.SHAPING:
        pytest.skip("needs uharfbuzz")
    words = {
        "NotoSansArabic-Regular": ["ليلى", "حداد", "(ليلى", "مُحَمَّد", "بِسْمِ", "اللّٰه", "ﷺ", "٢٠٢٦"],
        "NotoSansHebrew-Regular": ["שָׁלוֹם", "דוד"],
        "NotoSansDevanagari-Regular": ["अनीता", "शर्मा", "क्षत्रिय", "हिन्दी"],
        "NotoSansBengali-Regular": ["বাংলা", "রবীন্দ্রনাথ"],
        "NotoSansThai-Regular": ["ผู้ใหญ่", "ไทย", "น้ำ"],
        "NotoEmoji-Regular": ["👍", "🇬🇪", "👩‍👩‍👧"],
        "NotoSans-Regular": ["AV", "To", "Wave,", "Presented", "9:15am–9:30am", "(15", "min)", "·", "Zoë", "ffi"],
    }
    for face in fonts.FACES:
        if face.font_name(False) in words:
            fonts.load(face)
    # Latin Extended, Greek and Cyrillic: more than 256 glyphs of Noto Sans, so a second subset.
    many = "".join(chr(c) for c in [*range(0x100, 0x180), *range(0x3B1, 0x3CA), *range(0x410, 0x450)])
    words["NotoSans-Regular"] += [many[k:k + 9] for k in range(0, len(many), 9)]
    texts = []
    for size in (9, 12.5):
        for name, group in words.items():
            shaped = [ttfonts.shapeStr(w, name, size, force=True) for w in group]
            texts += [(name, size, s) for s in shaped]
            # A line's run of one face, as reportlab builds it: shaped words and plain text joined.
            run = shaped[0]
            for s in shaped[1:]:
                run = run + " " + s
            texts += [(name, size, run), (name, size, "plain " + shaped[-1]), (name, size, shaped[0] + " end")]
    assert all(isinstance(t, ttfonts.ShapedStr) for _, _, t in texts)
    # Text that is not shaped (a Latin or Georgian run), in one subset and in more than one.
    fonts.load(fonts.FACES[4])
    plain = [("NotoSans-Regular", 10, "not shaped (2026) \\ back"), ("NotoSansGeorgian-Regular", 9, "ნინო ბერიძე"),
             ("NotoSans-Regular", 9, many), ("NotoSans-Regular", 12.5, many[100:] + " Budget"),
             ("NotoSans-Regular", 9, "")]
    # Some glyphs are moved up or down (vowel marks, tone marks): those are left to reportlab.
    assert any(any(sd.y_offset for sd in t.__shapeData__) for _, _, t in texts)

    def formatted(fast: bool) -> tuple[list, bytes]:
        monkeypatch.setattr(pdf_glyphs, "ON", fast)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, invariant=1, initialFontName=pdf_writer.font_name())
        out = []
        for rise in (0, 2.5):
            for name, size, text in texts + plain:
                tx = canvas.beginText(40, 700)
                tx.setFont(name, size, size * 1.2)
                if rise:
                    tx.setRise(rise)
                written = pdf_glyphs.format_text(tx, text)
                out.append((written, tx._curSubset, tx._code[-1], tx._x, tx._y, tx._rise))
                tx._code.append(f"{written} T*")   # as tx._textOut(text, 1) writes it
                canvas.drawText(tx)
        canvas.save()
        return out, buffer.getvalue()

    taken = {"n": 0}
    rl_format = pdf_glyphs._rl_format_text

    def counted(tx, text):
        taken["n"] += 1
        return rl_format(tx, text)

    monkeypatch.setattr(pdf_glyphs, "_rl_format_text", counted)
    fast, fast_pdf = formatted(True)
    left = taken["n"]
    slow, slow_pdf = formatted(False)
    assert len(fast) == len(slow) == 2 * (len(texts) + len(plain))
    for a, b, (name, size, text) in zip(fast, slow, (texts + plain) * 2):
        assert a == b, (name, size, str(text))
    assert fast_pdf == slow_pdf
    # Most texts took the quicker path, some were left to reportlab (moved glyphs, the rise).
    assert len(texts) < left < 2 * len(texts) - 10, (left, len(texts))

    names = ["Leila Haddad / ليلى حداد", "Anita Sharma / अनीता शर्मा", "Nino Beridze / ნინო ბერიძე",
             "ผู้ใหญ่ Thai", "Wave To AVA 👍", "مُحَمَّد"]
    for lang in ("en", "ar"):
        doc = Document(title=f"Forum — {names[0]}", header=f"Forum — {names[1]}", language=lang).add(
            KeyValues([("Chair", names[0]), ("Co-chair", names[1])]))
        for n in range(4):
            doc.add(Heading(f"Item {n}: {names[n]}", level=2),
                    Paragraph(f"9am–9:15am (15 min) · For decision · Presented by {names[n]}; {names[n + 1]}", "note"),
                    Table(["No.", "Who"], [[str(k), name] for k, name in enumerate(names)]))
        written_both_ways(monkeypatch, tmp_path / f"ours-{lang}.pdf", tmp_path / f"reportlab-{lang}.pdf", doc,
                          pdf_glyphs, "ON")


def test_a_word_shaped_once_is_shaped_as_afresh_at_each_size():
    """A word kept from its first shaping (pdf_writer._shaped_once, the key of a word of one piece
    made directly) gives what shaping it afresh gives: the same class, width, fragments and
    glyphs, for words of one piece and of several (per-font shaping), at sizes in turn."""
    from reportlab.platypus.paraparser import ParaFrag

    register_fonts()
    if not pdf_writer.SHAPING:
        pytest.skip("needs uharfbuzz")
    for face in fonts.FACES[:8]:
        fonts.load(face)

    def frag(font, size):
        f = ParaFrag()
        f.__dict__.update(fontName=font, fontSize=size, text="")
        return f

    def words(size):
        latin, arabic, deva = (frag(n, size) for n in ("NotoSans-Regular", "NotoSansArabic-Regular",
                                                        "NotoSansDevanagari-Regular"))
        out = [[0.0, (latin, w)] for w in ("AV", "To", "Presented", "9:15am")]
        out += [[0.0, (arabic, "ليلى")], [0.0, (arabic, "حداد")], [0.0, (deva, "शर्मा")]]
        out += [[0.0, (latin, "("), (arabic, "ليلى")], [0.0, (deva, "शर्मा"), (latin, ",")],
                [0.0, (latin, "A"), (frag("NotoSans-Regular", size), "V")], [0.0, (latin, "T"), (latin, "o")]]
        return out

    def seen(word):
        return (type(word).__name__, word[0], [(type(f).__name__, f.fontName, f.fontSize, str(t),
                                                getattr(t, "__shapeData__", None)) for f, t in word[1:]])

    shape = rl_paragraph.shapeFragWord
    before = getattr(pdf_writer._shaped_words, "words", None)
    try:
        pdf_writer._shaped_words.words = None           # every word shaped afresh
        afresh = {size: [seen(shape(w)) for w in words(size)] for size in (9, 12.5)}
        pdf_writer._shaped_words.words = {}             # kept, as in a document
        for size in (9, 12.5, 9, 12.5):
            assert [seen(shape(w)) for w in words(size)] == afresh[size], size
        assert len(pdf_writer._shaped_words.words) >= 14
    finally:
        pdf_writer._shaped_words.words = before


def _laid_out(para) -> tuple:
    """Everything reportlab's breakLines leaves of a paragraph of several runs, as values."""
    def text(t):
        return (type(t).__name__, str(t), getattr(t, "__shapeData__", None))

    lines = [([(k, v) for k, v in line.__dict__.items() if k != "words"],
              [[(k, text(v) if k == "text" else v) for k, v in g.__dict__.items()] for g in line.words])
             for line in para.blPara.lines]
    words = [(type(w).__name__, w[0], [(list(f.__dict__.items()), text(t)) for f, t in w[1:]]) for w in para.frags]
    return (type(para.blPara).__name__, list(para.blPara.__dict__.keys()), lines, words, para._width_max,
            para.height, para._splitLongWordCount, para._hyphenations)


def test_layouts_of_several_runs_kept_per_document_are_reportlabs(tmp_path, monkeypatch):
    """A paragraph of several runs laid out again in the same document (the same markup, style
    and width: a presenter's name in every agenda row) takes a copy of the first one's layout
    (pdf_writer._Paragraph.breakLines, pdf_lines.laid_again): the same lines, fragments, widths
    and heights as reportlab's breakLines gives, value by value, for names in many scripts, line
    breaks, right-to-left lines, several styles and widths; a copy split across pages (reportlab
    then changes the words' text) leaves the kept layout as it was; and documents come out the
    same, byte for byte, with layouts kept or not."""
    import datetime as dt

    from msf_desk.exports import pdf_lines
    from msf_desk.exports.document import Bullets, Heading, KeyValues

    register_fonts()
    names = ["Nino Beridze / ნინო ბერიძე; Nguyễn Thị Lan", "Leila Haddad / حداد ليلى;Amara Okafor",
             "Anita Sharma / अनीता शर्मा; Nino Beridze / ნინო ბერიძე", "김민준 and 王小明 👍",
             "Zoë Ångström\nსამუშაო ჯგუფი\nline three", "ไทย ผู้ใหญ่ and Ethiopic ሰላም",
             "Hélène Côté; Leila Haddad/ حداد ليلى and a long line of words after the names to wrap"]
    builder = pdf_writer._Builder(400.0)
    rtl_builder = pdf_writer._Builder(400.0, rtl=True)
    compared = split = 0
    for b in (builder, rtl_builder):
        for style in ("cell", "note", "body", "h2", "cellhead"):
            for text in names:
                kept: dict = {}   # kept across the widths, as in a document
                for width in (60.0, 117.3, 481.9):
                    pdf_writer._shaped_words.layouts = None
                    pdf_writer._shaped_words.words = pdf_writer._shaped_words.lines = {}
                    try:
                        fresh = b.para(text, style)
                        fresh.wrap(width, 10_000)
                        expected = _laid_out(fresh)
                        pdf_writer._shaped_words.layouts = kept
                        first, second, third = (b.para(text, style) for _ in range(3))
                        first.wrap(width, 10_000)
                        assert _laid_out(first) == expected
                        if not kept:
                            continue   # one run, or not kept (reportlab's every time)
                        second.wrap(width, 10_000)
                        assert _laid_out(second) == expected, (style, text, width)
                        # Split across a page: reportlab adds spaces to the copied words' text.
                        if len(second.blPara.lines) > 2:
                            split += len(second.split(width, second.style.leading * 2.5)) == 2
                        # Whatever changes the copy in place (reportlab's split of fragments not yet
                        # broken adds a space to words' text) leaves the kept layout as it was.
                        for line in second.blPara.lines:
                            line.extraSpace = -1
                            for g in line.words:
                                g.text += " "
                        for w in second.frags:
                            w.append(w[-1])
                        third.wrap(width, 10_000)
                        assert _laid_out(third) == expected, (style, text, width)
                        compared += 1
                    finally:
                        pdf_writer._shaped_words.layouts = None
                        pdf_writer._shaped_words.words = pdf_writer._shaped_words.lines = None
    assert compared > 100 and split > 10, (compared, split)

    created = dt.datetime(2026, 10, 26, 9, 0)
    for lang in ("en", "ar"):
        doc = Document(title=f"Forum — {names[0]}", header=f"Forum — {names[1]}", language=lang).add(
            KeyValues([("Chair", names[1]), ("Co-chair", names[2])]))
        for n in range(8):
            doc.add(Heading(f"Item {n}: {names[n % 3]}", level=2),
                    Paragraph(f"9am–9:15am (15 min) · Presented by {names[n % 3]}", "note"),
                    Table(["No.", "Who", "With"], [[str(k), name, names[(k + n) % 3]] for k, name in enumerate(names)]),
                    Bullets(names[:3]),
                    Paragraph(" ".join(names * 6)))   # long: split at the foot of pages
        written_both_ways(monkeypatch, tmp_path / f"kept-{lang}.pdf", tmp_path / f"afresh-{lang}.pdf", doc,
                          pdf_writer, "KEEP_LAYOUTS")
        assert len(PdfReader(tmp_path / f"kept-{lang}.pdf").pages) > 3
    # What is kept is bounded: past LAYOUTS_KEPT the layouts are dropped, the same PDF.
    monkeypatch.setattr(pdf_writer, "KEEP_LAYOUTS", True)
    monkeypatch.setattr(pdf_writer, "LAYOUTS_KEPT", 2)
    write_pdf(doc, tmp_path / "dropped.pdf", created=created)
    assert (tmp_path / "dropped.pdf").read_bytes() == (tmp_path / "afresh-ar.pdf").read_bytes()
    assert pdf_lines.layout_key(builder.para(names[0], "cell"), 100.0) is not None


def test_lines_of_several_runs_are_put_as_reportlab_puts_them(tmp_path, monkeypatch):
    """exports/pdf_draw.put_frag_line writes what reportlab's _putFragLine writes for a line of
    several runs (names in other scripts, shaped or not, bold runs, other colours, line breaks):
    paragraphs left, right, centred and justified, indented, with autoLeading, at several
    widths, each drawn both ways on a canvas of its own; lines with an underline, a link, a
    background, a rise or a picture are put by reportlab; and documents in English and Arabic
    come out the same, byte for byte."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    from msf_desk.exports import pdf_draw
    from msf_desk.exports.document import Bullets, Heading, KeyValues

    register_fonts()
    names = ["Nino Beridze / ნინო ბერიძე; Nguyễn Thị Lan", "Leila Haddad / حداد ليلى; Amara Okafor",
             "Anita Sharma / अनीता शर्मा and a few more words to wrap the line", "김민준 and 王小明 👍",
             "Zoë\nსამუშაო ჯგუფი\nline three", "ไทย ผู้ใหญ่ and ሰላም"]
    base = pdf_writer._styles()["body"]
    styles = [pdf_writer._styles(rtl)[name] for rtl in (False, True) for name in ("body", "cell", "note", "h2")]
    styles += [ParagraphStyle(f"s{n}", parent=base, **kw) for n, kw in enumerate([
        {"alignment": TA_CENTER}, {"alignment": TA_JUSTIFY}, {"alignment": TA_RIGHT, "firstLineIndent": 9},
        {"leftIndent": 6, "firstLineIndent": -4}, {"autoLeading": "max", "leading": 8},
        {"textColor": pdf_writer.GREY}, {"textColor": colors.Color(1, 0, 0, alpha=0.5)}])]
    markups = ['Budget <font name="NotoSans-Bold">2026</font> plans and <font name="NotoSans-Bold">more</font>',
               'x <u>underlined</u> y', 'a <a href="https://example.org">link</a> b',
               'c <span backColor="#eeeeee">shaded</span> d', 'e <super>2</super> f',
               'g <font color="#ff0000">red</font> h', 'i <font size="14">larger</font> j <font size="14">k</font>']

    def paragraphs():
        for style in styles:
            for text in names:
                xml, shaped = pdf_writer.markup(text, style.fontName.endswith("-Bold"))
                cls = pdf_writer._ShapedParagraph if shaped else pdf_writer._Paragraph
                yield pdf_writer._made(cls, xml, style)
            for xml in markups:
                yield pdf_writer._Paragraph(xml, style)

    taken = {"n": 0}
    put = pdf_draw.put_frag_line

    def counted(*args):
        taken["n"] += 1
        return put(*args)

    out = []
    for fast in (True, False):
        monkeypatch.setattr(pdf_draw, "PUT_LINES", fast)
        out.append(_on_a_canvas(paragraphs(), (90.0, 200.0, 481.9)))
    assert out[0] == out[1]
    left = {"n": 0}
    monkeypatch.setattr(pdf_draw, "PUT_LINES", True)
    monkeypatch.setattr(rl_paragraph, "_putFragLine", counted)
    rl_put = pdf_draw._rl_put_frag_line
    monkeypatch.setattr(pdf_draw, "_rl_put_frag_line", lambda *a: (left.__setitem__("n", left["n"] + 1), rl_put(*a))[1])
    canvas = Canvas(io.BytesIO(), invariant=1, initialFontName=pdf_writer.font_name())
    for para in paragraphs():
        para.wrap(200.0, 10_000)
        para.drawOn(canvas, 30, 100)
    assert taken["n"] > 200 and 40 < left["n"] < taken["n"] / 2, (taken, left)

    for lang in ("en", "ar"):
        doc = Document(title=f"Forum — {names[0]}", header=f"Forum — {names[1]}", language=lang).add(
            KeyValues([("Chair", names[1]), ("Co-chair", names[2])]))
        for n in range(5):
            doc.add(Heading(f"Item {n}: {names[n % 3]}", level=2),
                    Paragraph(f"9am–9:15am (15 min) · Presented by {names[n % 4]}", "note"),
                    Table(["No.", "Who"], [[str(k), name] for k, name in enumerate(names)]),
                    Bullets(names[:3]))
        written_both_ways(monkeypatch, tmp_path / f"ours-{lang}.pdf", tmp_path / f"reportlab-{lang}.pdf", doc,
                          pdf_draw, "PUT_LINES")


def test_paragraphs_answer_their_spacing_as_reportlab_does():
    """pdf_writer._Paragraph.getSpaceBefore, getSpaceAfter and getKeepWithNext answer what
    reportlab's Flowable methods answer: the paragraph's own attribute when it has one (set to a
    number, 0 or None), else its style's; for every kind of paragraph the writer makes."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from msf_desk.exports.document import Heading

    register_fonts()
    builder = pdf_writer._Builder(400.0)
    paras = [builder.para(t, s) for t in ("Budget", "ليلى حداد", "अनीता शर्मा", "Nino / ნინო")
             for s in ("body", "h1", "h2", "cell", "note", "item")]
    paras += [builder.block(Heading("Agenda", level=n))[0] for n in (1, 2, 3)]
    bare = ParagraphStyle("bare")
    paras.append(pdf_writer._Paragraph("x", bare))
    kinds = {type(p) for p in paras}
    assert {pdf_writer._Paragraph, pdf_writer._ShapedParagraph, pdf_writer._BidiParagraph, pdf_writer._Heading} <= kinds
    names = ("spaceBefore", "spaceAfter", "keepWithNext")
    for cls in kinds:   # no class of them answers for the paragraph (reportlab would find it)
        assert not any(n in c.__dict__ for c in cls.__mro__ for n in names), cls
    methods = [("getSpaceBefore", "spaceBefore"), ("getSpaceAfter", "spaceAfter"), ("getKeepWithNext", "keepWithNext")]
    checked = 0
    for para in paras:
        for value in (None, 0, 3.5, 1):
            for method, name in methods:
                assert getattr(para, method)() == getattr(Flowable, method)(para), (para, method)
                setattr(para, name, value)
                assert getattr(para, method)() == getattr(Flowable, method)(para) == value, (para, method)
                delattr(para, name)
                checked += 1
    style_less = pdf_writer._Paragraph("x", bare)
    del style_less.style
    for method, _ in methods:
        assert getattr(style_less, method)() == getattr(Flowable, method)(style_less) == 0
    assert checked > 250
