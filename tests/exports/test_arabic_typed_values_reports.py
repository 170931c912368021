"""Arabic reports and registers, like packs and minutes: a typed value (a consultation's name,
the forum's name, an organisation, a reason) set inside a sentence of Arabic words is isolated
(FSI … PDI), so that its brackets and full stop stay with it. What was typed is never changed,
and a document in a left-to-right language carries no marks."""
from __future__ import annotations

import docx
import pytest

from tests.exports.test_arabic_typed_values import TITLE, arabic_forum, pdf_lines, unmarked
from tests.exports.test_documents_as_read import export

FORUM = "Open Forum (pilot)."


@pytest.fixture
def forum_file(demo_path, capsys):
    return arabic_forum(demo_path, capsys, ("UPDATE consultations SET name = ? WHERE id = 2", (TITLE,)),
                        ("UPDATE forum SET name = ?", (FORUM,)))


def paragraphs(folder) -> list[str]:
    document = docx.Document(str(next(folder.glob("*.docx"))))
    return [p.text for p in document.paragraphs]


def test_arabic_report_isolates_the_consultation_and_the_forum(forum_file, tmp_path, capsys):
    export(capsys, "export", "responses", "--consultation", "2", "--out", str(tmp_path), "--db", forum_file,
           "--language", "ar", "--format", "docx,pdf")
    texts = paragraphs(tmp_path)
    title = next(t for t in texts if TITLE in unmarked(t))
    assert "\u2068" + TITLE + "\u2069" in title
    assert unmarked(title).endswith(": " + TITLE)
    # "… consulted the public on {about}": the document consulted on, typed too
    summary = next(t for t in texts if FORUM in unmarked(t) and "\u2068" in t and len(t) > 80)
    assert "\u2068" + FORUM + "\u2069" in summary and summary.count("\u2068") >= 2
    lines = pdf_lines(next(tmp_path.glob("*.pdf")))
    assert any(TITLE in x for x in lines) and not any(".(Budget" in x or ".(pilot" in x for x in lines)


@pytest.mark.parametrize("kind", ["interests", "ethics-compliance"])
def test_arabic_registers_isolate_the_forum(forum_file, tmp_path, capsys, kind):
    export(capsys, "export", kind, "--out", str(tmp_path), "--db", forum_file, "--language", "ar",
           "--format", "docx")
    subtitle = next(t for t in paragraphs(tmp_path) if FORUM in unmarked(t))
    assert "\u2068" + FORUM + "\u2069" in subtitle


def test_arabic_compliance_report_isolates_the_forum(forum_file, tmp_path, capsys):
    export(capsys, "export", "compliance", "--out", str(tmp_path), "--db", forum_file, "--language", "ar",
           "--format", "docx")
    assert any("\u2068" + FORUM + "\u2069" in t for t in paragraphs(tmp_path))


def test_english_report_and_register_carry_no_marks(forum_file, tmp_path, capsys):
    export(capsys, "export", "responses", "--consultation", "2", "--out", str(tmp_path / "r"), "--db", forum_file,
           "--language", "en", "--format", "docx")
    export(capsys, "export", "interests", "--out", str(tmp_path / "i"), "--db", forum_file, "--language", "en",
           "--format", "docx")
    for folder in (tmp_path / "r", tmp_path / "i"):
        texts = paragraphs(folder)
        assert any(TITLE in t or FORUM in t for t in texts)
        assert not any(ch in t for t in texts for ch in "\u2068\u2069")
