"""The compliance report with its charts, read back from .docx and .pdf."""
import hashlib
import zipfile

import docx
from PIL import Image
from pypdf import PdfReader

from msf_desk.core import compliance
from msf_desk.exports import charts
from msf_desk.exports.compliance import export_compliance
from tests.conftest import DEMO_TODAY


def test_report_in_word_and_pdf_with_four_charts_and_their_alt_text(demo_db, tmp_path):
    """The three charts of the series and one of the chosen framework (the demo: OGP 2021 national)."""
    word, pdf = sorted(export_compliance(demo_db, formats=["pdf", "docx"], out_dir=tmp_path, today=DEMO_TODAY))
    assert pdf.name == "compliance-report-2026-06-15.pdf" and word.suffix == ".docx"
    report = compliance.check(demo_db, DEMO_TODAY)

    document = docx.Document(str(word))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for row in t.rows for c in row.cells)
    for indicator in report.indicators:
        assert indicator.title in text and indicator.next_step in text
    with zipfile.ZipFile(word) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        body = archive.read("word/document.xml").decode()
    assert len(media) == 4
    assert body.count('descr="Forum meetings per quarter against the forum\'s own rule') == 1
    assert body.count('descr="OGP Participation and Co-Creation Standards (2021), national minimum requirements. ') == 1
    assert 'descr="Voting seats by side' in body and 'descr="Time taken to answer' in body

    reader = PdfReader(str(pdf))
    pdf_text = "".join(page.extract_text() for page in reader.pages)
    assert report.summary() in pdf_text.replace("\n", " ")
    images = sum(len(page.images) for page in reader.pages)
    assert images == 4


def test_charts_are_pictures_of_the_series_and_draw_the_same_bytes_twice(demo_db, tmp_path):
    series = compliance.check(demo_db, DEMO_TODAY).series
    first = charts.write_charts(series, {"meetings": tmp_path / "a.png", "parity": tmp_path / "b.png",
                                         "responses": tmp_path / "c.png"})
    again = charts.write_charts(series, {"meetings": tmp_path / "a2.png", "parity": tmp_path / "b2.png",
                                         "responses": tmp_path / "c2.png"})
    for key in first:
        path, alt = first[key]
        assert Image.open(path).size == (charts.WIDTH, charts.HEIGHT)
        assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(again[key][0].read_bytes()).digest()
        assert alt
    assert "Q1 2026: 1" in first["meetings"][1]
    held = sum(q.held for q in series.quarters)
    assert held == 6
    assert f"against the target of {series.response_target} working days" in first["responses"][1]
