"""The board book: the pack PDF with the papers bound in, read back with pypdf."""
from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from msf_desk.cli import main
from msf_desk.exports.board_book import office_program

from tests.board_helpers import (CONFIDENTIAL_SENTINEL, OLD_VERSION_TEXT, PUBLIC_TEXT, WITHHELD_SENTINEL,
                                 build_forum)


def export(capsys, forum: Path, meeting: int, audience: str, out: Path, fmt: str = "pdf") -> list[Path]:
    code = main(["export", "pack", "--meeting", str(meeting), "--audience", audience, "--format", fmt,
                 "--with-papers", "--out", str(out), "--db", str(forum)])
    outcome, err = capsys.readouterr()
    assert code == 0, err
    return [Path(line.removeprefix("Wrote ")) for line in outcome.splitlines() if line.startswith("Wrote ")]


def outline(reader: PdfReader) -> list:
    """[(title, page, [children …])] of the PDF's bookmarks."""
    out: list = []
    for entry in reader.outline:
        if isinstance(entry, list):
            out[-1][2].extend(_flat(reader, entry))
        else:
            out.append((entry.title, reader.get_destination_page_number(entry), []))
    return out


def _flat(reader, entries) -> list:
    return [(e.title, reader.get_destination_page_number(e), []) for e in entries if not isinstance(e, list)]


def all_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def every_byte(path: Path) -> bytes:
    """The file's bytes and every zlib stream in it inflated, to scan for a planted string."""
    data = path.read_bytes()
    parts = [data]
    start = 0
    while (start := data.find(b"stream", start)) != -1:
        body = data[start + 6:].lstrip(b"\r\n")
        try:
            parts.append(zlib.decompressobj().decompress(body))
        except zlib.error:
            pass
        start += 6
    return b"\n".join(parts)


@pytest.fixture
def forum(tmp_path):
    ids = build_forum(tmp_path / "forum.msf", tmp_path / "src")
    ids["db"].conn.close()
    return tmp_path / "forum.msf", ids


def test_members_book_pages_outline_and_labels(capsys, tmp_path, forum):
    path, ids = forum
    (book,) = export(capsys, path, ids["meeting"], "members", tmp_path / "out")
    reader = PdfReader(book)
    labels = list(reader.page_labels)
    pack_pages = sum(1 for label in labels if label.isdigit())
    assert labels[:pack_pages] == [str(n) for n in range(1, pack_pages + 1)]
    # Paper 1 (3 pages), paper 2 (withheld, members may read it: 2 pages), paper 5 (revised: 2 pages).
    assert labels[pack_pages:] == ["P1-1", "P1-2", "P1-3", "P2-1", "P2-2", "P5-1", "P5-2"]
    assert len(reader.pages) == pack_pages + 7
    tree = outline(reader)
    titles = [t for t, _, _ in tree]
    assert titles == ["Meeting pack", "1. Rotation policy", "2. Budget"]  # the break has no bookmark
    rotation = tree[1][2]
    assert [t for t, _, _ in rotation] == ["Paper 1: Rotation options", "Paper 2: Country updates"]
    assert [p for _, p, _ in rotation] == [pack_pages, pack_pages + 3]
    assert [(t, p) for t, p, _ in tree[2][2]] == [("Paper 5: Draft budget", pack_pages + 5)]
    assert "Agenda" in [t for t, _, _ in tree[0][2]]
    text = all_text(book)
    assert PUBLIC_TEXT in text and WITHHELD_SENTINEL in text
    assert "Draft budget, second version" in text and OLD_VERSION_TEXT not in text  # the current version only
    # Every paper the book does not carry is listed with its reason, in words.
    flat = " ".join(text.split())
    assert "Pages P1-1 to P1-3" in flat
    assert "Not included: confidential" in flat
    assert "Not included: tabled: to be distributed at the meeting" in flat
    assert "Not included: the PDF is protected by a password" in flat
    assert "Not included: the PDF is damaged or cannot be read" in flat
    assert "revised: version 2 of 15 June 2026" in flat
    assert "Objective of the meeting" in flat and "Coffee (break)" in flat
    assert CONFIDENTIAL_SENTINEL.encode() not in every_byte(book)
    # The scan finds what is there: the withheld paper is bound in the members' book.
    assert WITHHELD_SENTINEL.encode() in every_byte(book)


def test_public_book_carries_only_public_papers(capsys, tmp_path, forum):
    path, ids = forum
    outputs = export(capsys, path, ids["meeting"], "public", tmp_path / "out", "docx,pdf")
    assert {p.suffix for p in outputs} == {".docx", ".pdf"}
    for output in outputs:
        scanned = every_byte(output)
        assert WITHHELD_SENTINEL.encode() not in scanned
        assert CONFIDENTIAL_SENTINEL.encode() not in scanned
    book = next(p for p in outputs if p.suffix == ".pdf")
    reader = PdfReader(book)
    labels = list(reader.page_labels)
    assert [label for label in labels if not label.isdigit()] == ["P1-1", "P1-2", "P1-3", "P5-1", "P5-2"]
    flat = " ".join(all_text(book).split())
    assert "Not included: withheld as pre-decision" in flat
    assert WITHHELD_SENTINEL not in flat and CONFIDENTIAL_SENTINEL not in flat
    assert "Staff matter" not in flat  # a confidential paper's title is not published either
    assert [t for t, _, _ in outline(reader)[1][2]] == ["Paper 1: Rotation options"]


def test_book_needs_pdf_and_is_atomic(capsys, tmp_path, forum):
    path, ids = forum
    out = tmp_path / "out"
    code = main(["export", "pack", "--meeting", str(ids["meeting"]), "--format", "docx", "--with-papers",
                 "--out", str(out), "--db", str(path)])
    _, err = capsys.readouterr()
    assert code == 1 and "board book" in err and "pdf" in err
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.skipif(office_program() is None, reason="LibreOffice is not installed on this machine")
def test_word_paper_is_converted(capsys, tmp_path):
    ids = build_forum(tmp_path / "forum.msf", tmp_path / "src", word=True)
    ids["db"].conn.close()
    (book,) = export(capsys, tmp_path / "forum.msf", ids["meeting"], "public", tmp_path / "out")
    reader = PdfReader(book)
    assert "ZQXWORDTEXT" in all_text(book)
    rotation = outline(reader)[1][2]
    assert "Paper 3: Word paper" in [t for t, _, _ in rotation]
    assert any(label.startswith("P3-") for label in reader.page_labels)


def test_word_paper_listed_when_office_is_absent(capsys, tmp_path, monkeypatch):
    """Where LibreOffice is not installed, the Word paper is listed as not included, in words."""
    from msf_desk.exports import board_book

    monkeypatch.setattr(board_book, "office_program", lambda: None)
    ids = build_forum(tmp_path / "forum.msf", tmp_path / "src", word=True)
    ids["db"].conn.close()
    (book,) = export(capsys, tmp_path / "forum.msf", ids["meeting"], "public", tmp_path / "out")
    flat = " ".join(all_text(book).split())
    assert "Not included: Word files are converted with LibreOffice, which is not installed" in flat


def test_a_changed_stored_file_is_listed_not_bound(capsys, tmp_path, forum):
    """A stored file altered behind the forum's back is not bound: the pack says why."""
    from msf_desk.core import papers
    from msf_desk.paths import forum_files_dir
    from msf_desk.store.db import open_forum

    path, ids = forum
    db = open_forum(path)
    stored = forum_files_dir(path) / papers.get_paper(db, ids["public"]).stored_path
    db.conn.close()
    stored.write_bytes(stored.read_bytes().replace(b"Rotation options", b"Rotation OPTIONS"))
    (book,) = export(capsys, path, ids["meeting"], "members", tmp_path / "out")
    flat = " ".join(all_text(book).split())
    assert "has changed since it was added" in flat
    assert not any(label.startswith("P1-") for label in PdfReader(book).page_labels)
