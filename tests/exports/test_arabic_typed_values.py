"""Arabic documents: a typed value (a meeting's title, a paper's title, a name, an
organisation) set inside a sentence of Arabic words keeps its own brackets and full stop, and
the sentence keeps its own: the value is isolated (FSI … PDI) in Word, and the PDF writer's bidi
resolves it as an isolate. What was typed is never changed."""
from __future__ import annotations

import sqlite3
import subprocess

import docx
import pytest

from msf_desk.cli import main
from msf_desk.exports import bidi_lines
from tests.exports.test_documents_as_read import export

TITLE = "Budget review (draft 2)."
MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def unmarked(text: str) -> str:
    return text.translate(MARKS)


def arabic_forum(path, capsys, *changes: tuple[str, tuple]) -> str:
    """The demo at `path`, its typed values changed by `changes` (SQL, parameters), writing in
    English and Arabic."""
    with sqlite3.connect(path) as db:
        for sql, params in changes:
            db.execute(sql, params)
    assert main(["forum", "languages", "en", "ar", "--db", str(path)]) == 0
    capsys.readouterr()
    return str(path)


@pytest.fixture
def forum_file(demo_path, capsys):
    return arabic_forum(demo_path, capsys, ("UPDATE meetings SET title = ? WHERE id IN (7, 12)", (TITLE,)),
                        ("UPDATE papers SET title = ? WHERE meeting_id = 12", (TITLE,)))


def pdf_lines(path) -> list[str]:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.splitlines()


def test_arabic_minutes_title_keeps_its_brackets_and_full_stop(forum_file, tmp_path, capsys):
    export(capsys, "export", "minutes", "--meeting", "7", "--out", str(tmp_path), "--db", forum_file,
           "--language", "ar")
    document = docx.Document(str(next(tmp_path.glob("*.docx"))))
    title = next(p.text for p in document.paragraphs if TITLE in unmarked(p.text))
    assert "\u2068" + TITLE + "\u2069" in title           # isolated, as typed
    assert unmarked(title) == "محضر الاجتماع: " + TITLE     # nothing typed dropped or changed
    # The PDF draws the lines in visual order: the title reads as typed, its full stop and its
    # closing bracket on its right; the Arabic words to its right, their colon between.
    line = next(x for x in pdf_lines(next(tmp_path.glob("*.pdf"))) if "Budget review" in x)
    assert TITLE + " :" in line, line
    assert ".(Budget" not in line


def test_arabic_pack_papers_names_and_actions(forum_file, tmp_path, capsys):
    export(capsys, "export", "pack", "--meeting", "12", "--out", str(tmp_path), "--db", forum_file,
           "--language", "ar")
    lines = pdf_lines(next(tmp_path.glob("*.pdf")))
    papers = [x for x in lines if "Budget review" in x and ":1" in x]
    assert papers and all(TITLE + " :1" in x for x in papers), papers
    leaving = next(x for x in lines if "Sofía Castillo" in x)
    # read right to left: "أعضاء يغادرون المنتدى: Sofía Castillo (Independent Journalists Association)."
    assert ".(Independent Journalists Association) Sofía Castillo :" in leaving, leaving
    header = next(x for x in lines if "National Open Government Forum —" in x or "— National" in x)
    assert TITLE + " — National Open Government Forum" in header, header
    document = docx.Document(str(next(tmp_path.glob("*.docx"))))
    texts = [p.text for p in document.paragraphs]
    assert any(t.endswith("\u2068Sofía Castillo\u2069 (\u2068Independent Journalists Association\u2069).")
               for t in texts), [t for t in texts if "Castillo" in t]
    for t in texts:  # every typed value read back whole
        if TITLE in unmarked(t) and "\u2068" in t:
            assert "\u2068" + TITLE + "\u2069" in t


def test_english_documents_carry_no_marks(forum_file, tmp_path, capsys):
    export(capsys, "export", "pack", "--meeting", "12", "--out", str(tmp_path), "--db", forum_file,
           "--language", "en", "--format", "docx")
    document = docx.Document(str(next(tmp_path.glob("*.docx"))))
    assert not any(ch in p.text for p in document.paragraphs for ch in "\u2068\u2069")


@pytest.mark.parametrize("text, runs", [
    # an isolate between Arabic words and the sentence's own bracket and full stop
    ("أعضاء: \u2068Sofía Castillo\u2069 (\u2068Independent Journalists\u2069).",
     [(").", True), ("Independent Journalists", False), (" (", True), ("Sofía Castillo", False), ("أعضاء: ", True)]),
    # a typed title ending with its own bracket and full stop
    ("محضر: \u2068Budget review (draft 2).\u2069", [("Budget review (draft 2).", False), ("محضر: ", True)]),
    # an Arabic value isolated in a right-to-left line
    ("\u2068مسودة (2)\u2069.", [(".", True), (")", True), ("2", False), ("مسودة (", True)]),
])
def test_isolates_resolve_as_isolates(text, runs):
    lines = bidi_lines.lines_in_visual_order(text, 10000, 10, False, True)
    assert lines == [runs]
    # the marks themselves are never drawn, and every other character is
    assert sorted("".join(r for r, _ in runs)) == sorted(bidi_lines.without_controls(text))
    assert all(ch not in r for r, _ in runs for ch in bidi_lines.CONTROLS)
