"""The shared PDF/DOCX writers: real files, read back with pypdf / python-docx."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from msf_desk.exports.atomic import Cancelled, atomic_write
from msf_desk.exports.document import (Bullets, Document, Heading, KeyValues, PageBreak, Paragraph,
                                       Table)
from msf_desk.exports.docx_writer import write_docx
from msf_desk.exports.pdf_writer import script_runs, write_pdf

GEORGIAN = "ნინო ბერიძე"
VIETNAMESE = "Nguyễn Thị Lan"
FRENCH = "Hélène Côté"
ARABIC = "ليلى حداد"
HINDI = "अनीता शर्मा"
WRITERS = [write_pdf, write_docx]


def sample(sections: int = 2, rows: int = 4) -> Document:
    doc = Document("Minutes of meeting 14", subtitle="Draft for approval",
                   header="Water Forum — Meeting 14 March 2026", language="fr")
    doc.add(KeyValues([("Date", "14 March 2026"), ("Chair", GEORGIAN)]))
    for s in range(sections):
        doc.add(
            Heading(f"Section {s + 1}"),
            Paragraph(f"Present: {FRENCH}, {VIETNAMESE}, {GEORGIAN}, {ARABIC} and {HINDI}."),
            Heading(f"Decisions {s + 1}", level=2),
            Bullets(["Adopt the agenda", "Approve the minutes"], numbered=True),
            Bullets([f"Follow-up by {VIETNAMESE}"]),
            Heading("Detail", level=3),
            Table(["Name", "Constituency"],
                  [[name, f"Cell {s}-{r}"] for r, name in
                   zip(range(rows), [GEORGIAN, VIETNAMESE, FRENCH, ARABIC] * rows)],
                  widths=[0.6, 0.4]),
            Paragraph("A note", style="note"),
        )
    return doc


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def outline_titles(reader: PdfReader) -> list[str]:
    def walk(items):
        for item in items:
            yield from walk(item) if isinstance(item, list) else [item.title]
    return list(walk(reader.outline))


# --- PDF --------------------------------------------------------------------

def test_pdf_contents_metadata_and_outline(tmp_path: Path) -> None:
    path = write_pdf(sample(), tmp_path / "minutes.pdf")
    reader = PdfReader(path)
    text = pdf_text(path)
    for expected in ("Minutes of meeting 14", "Section 1", "Decisions 2", "Cell 1-3", GEORGIAN,
                     # The document is French: its page footer too.
                     VIETNAMESE, FRENCH, "Page 1 sur", "Water Forum — Meeting 14 March 2026",
                     "14 March 2026"):
        assert expected in text, expected
    assert reader.metadata.title == "Minutes of meeting 14"
    assert reader.metadata.author == "MSF Desk"
    assert reader.metadata.subject == "Draft for approval"
    root = reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines"
    assert root["/Lang"] == "fr"
    # Levels 1 and 2 are bookmarked, level 3 is not.
    assert outline_titles(reader) == ["Section 1", "Decisions 1", "Section 2", "Decisions 2"]


def test_pdf_long_document_pages_and_page_numbers(tmp_path: Path) -> None:
    doc = sample(sections=6, rows=20).add(PageBreak(), Heading("Annex"))
    path = write_pdf(doc, tmp_path / "long.pdf")
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages > 1
    assert f"Page 1 sur {pages}" in reader.pages[0].extract_text()  # a French document
    assert f"Page {pages} sur {pages}" in reader.pages[-1].extract_text()
    assert "Annex" in reader.pages[-1].extract_text()
    # The repeated table header row: "Name" appears on more pages than there are tables.
    assert sum("Constituency" in p.extract_text() for p in reader.pages) >= 2


def test_long_pdf_keeps_every_section(tmp_path: Path) -> None:
    # Speed is measured in benchmarks/, not asserted here.
    doc = Document("Big", header="Forum")
    for s in range(30):
        doc.add(Heading(f"Section {s}"), Paragraph(f"{FRENCH} " * 20),
                Table(["Name", "Org", "Notes"], [[VIETNAMESE, "Civil society", "Notes " * 6]] * 20))
    reader = PdfReader(str(write_pdf(doc, tmp_path / "big.pdf")))
    text = "".join(p.extract_text() for p in reader.pages)
    assert all(f"Section {s}" in text for s in range(30))


def test_script_runs_pick_fonts_and_keep_spaces_inside_runs() -> None:
    runs = script_runs(f"Chair {GEORGIAN} and {ARABIC}, {HINDI}.")
    assert runs == [("NotoSans", "Chair "), ("NotoSansGeorgian", GEORGIAN), ("NotoSans", " and "),
                    ("NotoSansArabic", ARABIC), ("NotoSans", ", "), ("NotoSansDevanagari", HINDI),
                    ("NotoSans", ".")]
    assert script_runs(f"{VIETNAMESE} {FRENCH}") == [("NotoSans", f"{VIETNAMESE} {FRENCH}")]


# --- DOCX -------------------------------------------------------------------

def test_docx_styles_tables_header_and_properties(tmp_path: Path) -> None:
    path = write_docx(sample(), tmp_path / "minutes.docx")
    out = docx.Document(str(path))
    styled = [(p.style.name, p.text) for p in out.paragraphs if p.text]
    assert ("Title", "Minutes of meeting 14") in styled
    assert ("Subtitle", "Draft for approval") in styled
    assert ("Heading 1", "Section 1") in styled
    assert ("Heading 2", "Decisions 1") in styled
    assert ("Heading 3", "Detail") in styled
    assert ("List Number", "Adopt the agenda") in styled
    assert ("List Bullet", f"Follow-up by {VIETNAMESE}") in styled
    assert any(f"{ARABIC} and {HINDI}" in t for _, t in styled)

    kv, table = out.tables[0], out.tables[1]
    assert [c.text for c in kv.rows[1].cells] == ["Chair", GEORGIAN]
    assert kv.rows[0].cells[0].paragraphs[0].runs[0].bold
    assert [c.text for c in table.rows[0].cells] == ["Name", "Constituency"]
    assert [c.text for c in table.rows[1].cells] == [GEORGIAN, "Cell 0-0"]
    assert table.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None

    section = out.sections[0]
    assert section.header.paragraphs[0].text == "Water Forum — Meeting 14 March 2026"
    footer_xml = section.footer._element.xml
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml

    props = out.core_properties
    assert (props.title, props.author, props.subject, props.language) == (
        "Minutes of meeting 14", "MSF Desk", "Draft for approval", "fr")


def test_docx_numbered_lists_restart(tmp_path: Path) -> None:
    doc = Document("Lists").add(Bullets(["a", "b"], numbered=True), Bullets(["c"], numbered=True))
    out = docx.Document(str(write_docx(doc, tmp_path / "lists.docx")))
    num_ids = [p._p.pPr.numPr.numId.val for p in out.paragraphs if p.style.name == "List Number"]
    assert num_ids[0] == num_ids[1] != num_ids[2]


def test_docx_page_break_goes_on_the_next_paragraph(tmp_path: Path) -> None:
    doc = Document("Breaks").add(Paragraph("one"), PageBreak(), Heading("two"), PageBreak(),
                                 Table(["h"], [["x"]]))
    out = docx.Document(str(write_docx(doc, tmp_path / "breaks.docx")))
    heading = next(p for p in out.paragraphs if p.text == "two")
    assert heading.paragraph_format.page_break_before
    assert 'w:type="page"' in out.element.body.xml  # before the table, as its own paragraph


# --- both writers ------------------------------------------------------------

@pytest.mark.parametrize("writer", WRITERS)
def test_text_is_escaped_not_interpreted(tmp_path: Path, writer) -> None:
    nasty = 'Budget <b>& "tags" </b> <font name="x"> \x00 stay literal'
    doc = Document(f"Title <i>&", header="A & B <br/>").add(
        Heading("<b>&"), Paragraph(nasty), Table(["<b>&"], [["<b>&"]]), KeyValues([("<b>&", "<i>&")]))
    path = writer(doc, tmp_path / f"escape{writer.__name__}")
    if writer is write_pdf:
        text = pdf_text(path)
        assert PdfReader(path).metadata.title == "Title <i>&"
    else:
        out = docx.Document(str(path))
        text = "\n".join([p.text for p in out.paragraphs]
                         + [c.text for t in out.tables for r in t.rows for c in r.cells]
                         + [out.sections[0].header.paragraphs[0].text])
    assert 'Budget <b>& "tags" </b> <font name="x">' in text
    assert "<b>&" in text and "<i>&" in text and "A & B <br/>" in text


@pytest.mark.parametrize("writer", WRITERS)
def test_progress_reports_every_block(tmp_path: Path, writer) -> None:
    calls: list[tuple[int, int]] = []
    doc = sample()
    writer(doc, tmp_path / "progress.out", progress=lambda done, total: calls.append((done, total)))
    total = len(doc.blocks)
    assert calls == [(i, total) for i in range(1, total + 1)]


@pytest.mark.parametrize("writer", WRITERS)
def test_cancel_leaves_no_file(tmp_path: Path, writer) -> None:
    doc = sample(sections=4)

    def cancel_halfway(done: int, total: int) -> None:
        if done >= total // 2:
            raise Cancelled()

    target = tmp_path / "out.file"
    with pytest.raises(Cancelled):
        writer(doc, target, progress=cancel_halfway)
    assert list(tmp_path.iterdir()) == []

    target.write_bytes(b"the previous export")
    with pytest.raises(Cancelled):
        writer(doc, target, progress=cancel_halfway)
    assert target.read_bytes() == b"the previous export"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("writer", WRITERS)
def test_overwrites_existing_file_on_success(tmp_path: Path, writer) -> None:
    target = tmp_path / "out.file"
    target.write_bytes(b"old")
    assert writer(Document("New"), target) == target
    assert target.read_bytes() != b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_atomic_write_removes_temp_on_error(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    with pytest.raises(RuntimeError):
        with atomic_write(target) as tmp:
            assert tmp.parent == tmp_path
            tmp.write_text("partial")
            raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []
    with atomic_write(target) as tmp:
        tmp.write_text("done")
    assert target.read_text() == "done"


def test_a_heading_before_a_page_tall_table_stays_on_the_current_page(tmp_path: Path) -> None:
    doc = Document("Report", header="Forum")
    doc.add(Paragraph("Introduction. " * 30), Heading("Annex", 1),
            Table(["No.", "Text"], [[str(i), "A contribution " * 12] for i in range(120)]))
    reader = PdfReader(str(write_pdf(doc, tmp_path / "annex.pdf")))
    first = reader.pages[0].extract_text()
    assert "Annex" in first and "A contribution" in first


def test_a_long_table_keeps_every_row_in_order_with_the_header_on_each_page(tmp_path: Path) -> None:
    rows = [[f"R{i:04d}", "Included", "A contribution about open data " * 2] for i in range(450)]
    doc = Document("Annex", header="Forum").add(Table(["No.", "Outcome", "Text"], rows))
    reader = PdfReader(str(write_pdf(doc, tmp_path / "annex.pdf")))
    text = "\n".join(page.extract_text() for page in reader.pages)
    import re

    assert re.findall(r"R\d{4}", text) == [f"R{i:04d}" for i in range(450)]
    assert all("No." in page.extract_text() for page in reader.pages)


def test_docx_headings_and_lead_ins_keep_with_what_they_introduce(tmp_path: Path) -> None:
    """A heading, or a lead-in before a list, a table or key/value lines, or ending with a colon,
    is kept with the next paragraph (never alone at the foot of a page); other text flows."""
    doc = Document("Lead-ins").add(
        Heading("Section"), Paragraph("Actions issues de réunions précédentes :", "small"),
        Table(["Action"], [["one"]]), Paragraph("Before a list"), Bullets(["a", "b"]),
        Paragraph("Before a table"), Table(["h"], [["x"]]), Paragraph("The date"), KeyValues([("Date", "today")]),
        Paragraph("Plain text."), Paragraph("More plain text."), Paragraph("Ends with a colon:"), Paragraph("then"),
        Heading("Last heading"), PageBreak(), Paragraph("after the break"), Paragraph("The end:"))
    out = docx.Document(str(write_docx(doc, tmp_path / "keep.docx")))
    kept = {p.text: bool(p.paragraph_format.keep_with_next) for p in out.paragraphs if p.text}
    assert kept["Section"] and kept["Actions issues de réunions précédentes :"]
    assert kept["Before a list"] and kept["Before a table"] and kept["The date"] and kept["Ends with a colon:"]
    assert not kept["Plain text."] and not kept["More plain text."] and not kept["then"] and not kept["a"]
    # Nothing to keep with: before a page break, or at the end of the document.
    assert not kept["Last heading"] and not kept["The end:"]


@pytest.mark.parametrize("introduced", ["list", "table"])
def test_pdf_lead_in_never_ends_a_page_alone(tmp_path: Path, introduced) -> None:
    """Wherever the page ends, a lead-in ("Actions convenues :") and a heading before it are on
    the same page as the first line of what they introduce."""
    after = Bullets(["First item", "Second item"]) if introduced == "list" else Table(["Action"], [["First item"]])
    for filler in range(26, 40):                      # page 1 ends around the lead-in
        doc = Document("Lead-ins").add(*[Paragraph(f"Line {n}") for n in range(filler)],
                                       Heading("A heading", 3), Paragraph("Actions convenues :", "small"), after)
        pages = [page.extract_text() for page in PdfReader(str(write_pdf(doc, tmp_path / "lead.pdf"))).pages]
        [with_lead] = [p for p in pages if "Actions convenues" in p]
        assert "First item" in with_lead and "A heading" in with_lead, filler
