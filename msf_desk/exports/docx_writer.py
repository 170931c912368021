"""Render a :class:`~msf_desk.exports.document.Document` to Word (.docx).

Uses the real built-in styles of python-docx's default template (Title,
Heading 1..3, List Bullet/Number, Quote, Table Grid) so that secretariats can
restyle the document and Word builds its navigation pane and TOC from it.

Fonts are deliberately left to the template's theme: Calibri for Latin, and
the theme's per-script entries (Arabic -> Arial/Times New Roman, Devanagari ->
Mangal, Georgian -> Sylfaen) that Word applies by itself. Hard-coding one
font name would switch those per-script choices off.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from os import PathLike
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from msf_desk.core import language
from msf_desk.exports import document as d
from msf_desk.exports.bidi_lines import base_is_rtl, has_rtl
from msf_desk.exports.atomic import Progress, atomic_write

GREY = RGBColor(0x66, 0x66, 0x66)
HEADER_FILL = "E4E4E4"
MARGIN = Mm(20)
PAGE_LABEL = language.N_("Page {page} of {pages}")


def _el(tag: str, **attrs: str):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def _add_field(paragraph, instruction: str) -> None:
    # A complex field (begin/instr/separate/result/end); Word and LibreOffice
    # recompute PAGE/NUMPAGES in headers and footers when they lay out.
    for part in (_el("w:fldChar", fldCharType="begin"), "instr",
                 _el("w:fldChar", fldCharType="separate"), "result",
                 _el("w:fldChar", fldCharType="end")):
        run = paragraph.add_run("1" if part == "result" else None)
        if part == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif part != "result":
            run._r.append(part)


def _setup(out: docx.document.Document, doc: d.Document) -> None:
    section = out.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN

    normal = out.styles["Normal"]
    normal.font.size = Pt(10.5)
    rpr = normal.element.get_or_add_rPr()
    # The document's language for spelling and hyphenation; Arabic text (complex script) has its
    # own attribute, which Word uses to choose its font and its numerals.
    code = doc.language or "en"
    rpr.append(_el("w:lang", val=code, bidi="ar-SA" if code == "ar" else code))

    _properties(out, doc)

    if doc.header.strip():
        head = section.header.paragraphs[0]
        run = head.add_run(d.clean_text(doc.header))
        run.font.size, run.font.color.rgb = Pt(8), GREY
    foot = section.footer.paragraphs[0]
    # On the right; in a right-to-left document on the left, which a right-to-left paragraph
    # (w:bidi, set below) calls its end: Word and LibreOffice read left and right as start and end there.
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    with language.using(doc.language if doc.language in language.SHIPPED else None):
        label = language._(PAGE_LABEL)
    # "Page {page} of {pages}" in the document's language, each number a field Word fills in.
    for part in re.split(r"(\{page\}|\{pages\})", label):
        if part == "{page}":
            _add_field(foot, "PAGE")
        elif part == "{pages}":
            _add_field(foot, "NUMPAGES")
        elif part:
            foot.add_run(part)
    for run in foot.runs:
        run.font.size, run.font.color.rgb = Pt(8), GREY


def _text_width(out: docx.document.Document) -> int:
    s = out.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def _new_numbering(out: docx.document.Document) -> str:
    """A fresh w:num on the "List Number" definition, starting at 1, so each
    numbered block restarts instead of continuing the previous list."""
    numbering = out.part.numbering_part.element
    style_num = out.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return str(num.numId)


def _bullets(out: docx.document.Document, block: d.Bullets) -> None:
    num_id = _new_numbering(out) if block.numbered and block.items else None
    for item in block.items:
        p = out.add_paragraph(d.clean_text(item), style="List Number" if block.numbered else "List Bullet")
        if num_id is not None:
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = int(num_id)


def _fill_cell(cell, text: str, bold: bool = False, size: float | None = None) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(d.clean_text(text))
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)


def _cell_margins(table, **twips: int) -> None:
    margins = _el("w:tblCellMar")
    for side, value in twips.items():
        margins.append(_el(f"w:{side}", w=str(value), type="dxa"))
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))  # schema order: tblCellMar comes before tblLook
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)


def _set_widths(table, widths: list[int]) -> None:
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def _table(out: docx.document.Document, block: d.Table) -> None:
    if not block.header and not block.rows:
        return  # Word rejects a w:tbl without rows
    ncols, fractions = d.table_shape(block)
    widths = [int(f * _text_width(out)) for f in fractions]
    table = out.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _cell_margins(table, top=40, bottom=40)  # "Table Grid" has none: text touches the rules
    if block.header:
        row = table.add_row()
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(_el("w:cantSplit"))
        tr_pr.append(_el("w:tblHeader"))  # repeat the header row on every page
        for cell, text in zip(row.cells, list(block.header) + [""] * ncols):
            _fill_cell(cell, text, bold=True, size=9.5)
            cell._tc.get_or_add_tcPr().append(_el("w:shd", val="clear", color="auto", fill=HEADER_FILL))
    for values in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, list(values) + [""] * ncols):
            _fill_cell(cell, text, size=9.5)
    _set_widths(table, widths)
    out.add_paragraph()  # Word glues consecutive tables together without a paragraph between


def _key_values(out: docx.document.Document, block: d.KeyValues) -> None:
    if not block.pairs:
        return
    table = out.add_table(rows=0, cols=2)  # the default "Normal Table" style has no borders
    for label, value in block.pairs:
        label_cell, value_cell = table.add_row().cells
        _fill_cell(label_cell, label, bold=True)
        _fill_cell(value_cell, value)
    width = _text_width(out)
    _set_widths(table, [int(width * 0.3), int(width * 0.7)])
    out.add_paragraph()


def _paragraph(out: docx.document.Document, block: d.Paragraph) -> None:
    text = d.clean_text(block.text)
    if block.style == "quote":
        out.add_paragraph(text, style="Quote")
        return
    run = out.add_paragraph().add_run(text)
    if block.style == "small":
        run.font.size = Pt(8.5)
    elif block.style == "note":
        run.font.size, run.italic, run.font.color.rgb = Pt(9.5), True, GREY


def _image(out: docx.document.Document, block: d.Image) -> None:
    width = int(_text_width(out) * min(max(block.width, 0.05), 1.0))
    shape = out.add_picture(str(block.path), width=width)
    # Word's "alternative text" is the drawing's description.
    shape._inline.docPr.set("descr", d.clean_text(block.alt))


def _block(out: docx.document.Document, block: d.Block) -> None:
    if isinstance(block, d.Heading):
        out.add_heading(d.clean_text(block.text), level=min(max(block.level, 1), 3))
    elif isinstance(block, d.Paragraph):
        _paragraph(out, block)
    elif isinstance(block, d.Bullets):
        _bullets(out, block)
    elif isinstance(block, d.Table):
        _table(out, block)
    elif isinstance(block, d.KeyValues):
        _key_values(out, block)
    elif isinstance(block, d.Image):
        _image(out, block)
    elif not isinstance(block, d.PageBreak):  # page breaks: see _break_before
        raise TypeError(f"unknown document block: {block!r}")


def _content_len(out: docx.document.Document) -> int:
    body = out.element.body
    return len(body) - (1 if len(body) and body[-1].tag == qn("w:sectPr") else 0)


def _break_before(out: docx.document.Document, first_new: int) -> None:
    # A page break as a paragraph of its own lands alone on a blank page when
    # the previous page is nearly full; "page break before" on the next
    # paragraph cannot. A table cannot carry it, so it gets the paragraph.
    element = out.element.body[first_new]
    if element.tag == qn("w:p"):
        element.get_or_add_pPr().pageBreakBefore_val = True
    else:
        element.addprevious(out.add_page_break()._p)


def _reproducible(data: bytes, created: dt.datetime) -> bytes:
    """The same package with every zip entry dated `created` (python-docx stamps the clock)."""
    stamp = created.astimezone(dt.timezone.utc) if created.tzinfo else created
    when = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


# docProps/app.xml says which program wrote the file; python-docx's template says
# "Microsoft Macintosh Word" with the page and word counts of an empty document.
_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>MSF Desk</Application><DocSecurity>0</DocSecurity>"
    "<Company>{company}</Company></Properties>"
)


def _properties(out: docx.document.Document, doc: d.Document) -> None:
    """Properties that tell the truth about the file: what it is, whose it is, which program
    wrote it; none of the template's (its 2013 dates, author, description, thumbnail, empty
    bibliography, and its claim that spelling and grammar were checked)."""
    from xml.sax.saxutils import escape

    props = out.core_properties
    props.title = d.clean_text(doc.title)
    props.author = props.last_modified_by = d.clean_text(doc.author)
    props.subject = d.clean_text(doc.subtitle)
    props.language = doc.language or ""
    props.comments = props.keywords = props.category = ""
    props.revision = 1
    package = out.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML.format(
                company=escape(d.clean_text(doc.author))).encode("utf-8")
    for rid, rel in list(out.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML:
            del out.part.rels[rid]
    settings = out.settings.element
    for tag in ("w:proofState", "w:savePreviewPicture"):
        for el in settings.findall(qn(tag)):
            settings.remove(el)


_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                   "w:pPrChange")
_TBLPR_AFTER_BIDI = ("w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing",
                     "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                     "w:tblCaption", "w:tblDescription", "w:tblPrChange")
_SECTPR_AFTER_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def _directions(out: docx.document.Document, rtl: bool) -> None:
    """Right to left where the text or the document is (Arabic): each paragraph whose first
    letter is right to left gets w:bidi (in an Arabic document also one with no letter at all),
    its right-to-left runs w:rtl (and bold ones w:bCs, the bold of complex scripts), and an
    Arabic document's tables w:bidiVisual (first column on the right) and its section w:bidi.
    A paragraph typed in a left-to-right language keeps its direction, aligned on the right."""
    parts = [out.element.body]
    for section in out.sections:
        parts += [section.header._element, section.footer._element]
    for part in parts:
        for p in part.iter(qn("w:p")):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            if not (rtl or has_rtl(text)):
                continue
            ppr = p.get_or_add_pPr()
            if base_is_rtl(text, rtl):
                if ppr.find(qn("w:bidi")) is None:
                    ppr.insert_element_before(_el("w:bidi"), *_PPR_AFTER_BIDI)
            elif rtl and ppr.find(qn("w:jc")) is None:
                ppr.insert_element_before(_el("w:jc", val="right"), *_PPR_AFTER_BIDI[8:])
            for r in p.iter(qn("w:r")):
                run_text = "".join(t.text or "" for t in r.iter(qn("w:t")))
                if not has_rtl(run_text):
                    continue
                rpr = r.get_or_add_rPr()
                rpr._set_bool_val("rtl", True)
                if rpr.find(qn("w:b")) is not None and rpr.find(qn("w:bCs")) is None:
                    rpr.find(qn("w:b")).addnext(_el("w:bCs"))
    if not rtl:
        return
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):  # bold Arabic headings too
        style = out.styles[name].element.get_or_add_rPr()
        if style.find(qn("w:b")) is not None and style.find(qn("w:bCs")) is None:
            style.find(qn("w:b")).addnext(_el("w:bCs"))
    for tbl in out.element.body.iter(qn("w:tbl")):
        tbl_pr = tbl.tblPr
        if tbl_pr.find(qn("w:bidiVisual")) is None:
            tbl_pr.insert_element_before(_el("w:bidiVisual"), *_TBLPR_AFTER_BIDI)
    for sect in out.element.body.iter(qn("w:sectPr")):
        if sect.find(qn("w:bidi")) is None:
            sect.insert_element_before(_el("w:bidi"), *_SECTPR_AFTER_BIDI)


def write_docx(doc: d.Document, path: str | PathLike[str], progress: Progress | None = None, *,
               created: dt.datetime | None = None) -> Path:
    """Write ``doc`` as an A4 Word document at ``path`` (atomically).

    ``progress(done, total)`` is called once per block and may raise
    :class:`~msf_desk.exports.atomic.Cancelled`. ``created`` (else the document's own
    date, else now) sets the document's created and modified dates; with a fixed date the
    file is reproducible byte for byte.
    """
    target = Path(path)
    total = len(doc.blocks)
    with atomic_write(target) as tmp:
        out = docx.Document()
        _setup(out, doc)
        out.add_paragraph(d.clean_text(doc.title), style="Title")
        if doc.subtitle.strip():
            out.add_paragraph(d.clean_text(doc.subtitle), style="Subtitle")
        pending_break = False
        for i, block in enumerate(doc.blocks):
            first_new = _content_len(out)
            _block(out, block)
            if isinstance(block, d.PageBreak):
                pending_break = True
            elif pending_break and _content_len(out) > first_new:
                _break_before(out, first_new)
                pending_break = False
            if progress is not None:
                progress(i + 1, total)
        _directions(out, language.is_rtl(doc.language))
        created = d.dated(doc, created) or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        naive = created.astimezone(dt.timezone.utc).replace(tzinfo=None) if created.tzinfo else created
        out.core_properties.created = out.core_properties.modified = naive
        buffer = io.BytesIO()
        out.save(buffer)
        tmp.write_bytes(_reproducible(buffer.getvalue(), created))
    return target
