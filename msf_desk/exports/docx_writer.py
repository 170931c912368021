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
import struct
import zipfile
from os import PathLike
from pathlib import Path
from xml.sax.saxutils import escape as _escape

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
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
    style_num = _style(out, "List Number").element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return str(num.numId)


def _bullets(out: docx.document.Document, block: d.Bullets) -> None:
    num_id = _new_numbering(out) if block.numbered and block.items else None
    for item in block.items:
        p = _add(out, d.clean_text(item), "List Number" if block.numbered else "List Bullet")
        if num_id is not None:
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = int(num_id)


def _style(out: docx.document.Document, name: str):
    """The document's style called `name`, looked up once per document (python-docx searches
    every style by name at each use)."""
    cache = out.__dict__.setdefault("_msf_styles", {})
    if name not in cache:
        cache[name] = out.styles[name]
    return cache[name]


def _add(out: docx.document.Document, text: str = "", style: str | None = None):
    paragraph = out.add_paragraph(text)
    if style:
        # By id: python-docx's own style= argument scans every style for the default each time.
        paragraph._p.style = _style(out, style).style_id
    return paragraph


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run_xml(text: str, bold: bool, size: float | None) -> str:
    """One run as WordprocessingML text, as python-docx writes it (line breaks as w:br)."""
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{round(size * 2)}"/>' if size else "")
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        if line:
            space = ' xml:space="preserve"' if line != line.strip() else ""
            parts.append(f"<w:t{space}>{_escape(line)}</w:t>")
    return "<w:r>" + (f"<w:rPr>{props}</w:rPr>" if props else "") + "".join(parts) + "</w:r>"


def _rows_xml(rows, widths: list[int], *, bold_col: int | None = None, bold_all: bool = False,
              size: float | None = None, header: bool = False) -> str:
    """Table rows as WordprocessingML text: a cell per width, each with one paragraph of one run.
    Writing the XML of a whole table at once is many times faster than python-docx's cell by
    cell calls, which matters for tables of thousands of rows."""
    twips = [f'<w:tcW w:type="dxa" w:w="{round(w / 635)}"/>' for w in widths]
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/>' if header else ""
    # Every row kept whole on its page (a row cut at a page's foot leaves "for delay | Ruiz" alone
    # at the top of the next); the header row is also repeated on every page.
    row_pr = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else "<w:trPr><w:cantSplit/></w:trPr>"
    out = []
    for values in rows:
        values = list(values)
        cells = []
        for col, tc_w in enumerate(twips):
            text = d.clean_text(values[col]) if col < len(values) else ""
            bold = bold_all or col == bold_col
            cells.append(f"<w:tc><w:tcPr>{tc_w}{shade}</w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
                         f"{_run_xml(text, bold, size)}</w:p></w:tc>")
        out.append(f"<w:tr>{row_pr}{''.join(cells)}</w:tr>")
    return "".join(out)


def _append_rows(table, rows_xml: str) -> None:
    if rows_xml:
        holder = parse_xml(f'<w:tbl xmlns:w="{_W_NS}">{rows_xml}</w:tbl>')
        table._tbl.extend(list(holder))


def _new_table(out: docx.document.Document, widths: list[int], style: str | None = None):
    """An empty table of fixed column widths (rows are added as XML)."""
    table = out.add_table(rows=0, cols=len(widths))
    if style:
        table._tbl.tblPr.style = _style(out, style).style_id
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
    return table


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


ROW_CHUNK = 2000  # rows parsed at a time, so a long table never holds all its XML text at once


def _table(out: docx.document.Document, block: d.Table) -> None:
    if not block.header and not block.rows:
        return  # Word rejects a w:tbl without rows
    ncols, fractions = d.table_shape(block)
    widths = [int(f * _text_width(out)) for f in fractions]
    table = _new_table(out, widths, "Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _cell_margins(table, top=40, bottom=40)  # "Table Grid" has none: text touches the rules
    if block.header:
        # Bold, shaded, kept whole and repeated on every page.
        _append_rows(table, _rows_xml([block.header], widths, bold_all=True, size=9.5, header=True))
    rows = block.rows
    for start in range(0, len(rows), ROW_CHUNK):
        _append_rows(table, _rows_xml(rows[start:start + ROW_CHUNK], widths, size=9.5))
    out.add_paragraph()  # Word glues consecutive tables together without a paragraph between


def _key_values(out: docx.document.Document, block: d.KeyValues) -> None:
    if not block.pairs:
        return
    width = _text_width(out)
    widths = [int(width * 0.3), int(width * 0.7)]
    table = _new_table(out, widths)  # the default "Normal Table" style has no borders
    _append_rows(table, _rows_xml(block.pairs, widths, bold_col=0))
    out.add_paragraph()


def _paragraph(out: docx.document.Document, block: d.Paragraph) -> None:
    text = d.clean_text(block.text)
    if block.style == "quote":
        _add(out, text, "Quote")
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
        _add(out, d.clean_text(block.text), f"Heading {min(max(block.level, 1), 3)}")
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


def _keep_with_next(out: docx.document.Document, first_new: int) -> None:
    """Word's "keep with next" on the paragraphs just written (a lead-in moves to the next page
    with the first line or row of what it introduces)."""
    body = out.element.body
    element = body[-1] if len(body) else None
    if element is not None and element.tag == qn("w:sectPr"):
        element = element.getprevious()
    for _ in range(_content_len(out) - first_new):   # from the end: the body may be long
        if element is None:
            break
        if element.tag == qn("w:p"):
            element.get_or_add_pPr().keepNext_val = True
        element = element.getprevious()


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
    """The same package with every zip entry dated `created` (python-docx stamps the clock).

    Only the date fields of each entry's two headers are rewritten, in place: decompressing
    and compressing the package again cost as much as laying out the document."""
    stamp = created.astimezone(dt.timezone.utc) if created.tzinfo else created
    year = min(max(stamp.year, 1980), 2107)
    when = struct.pack("<HH", (stamp.hour << 11) | (stamp.minute << 5) | (stamp.second // 2),
                       ((year - 1980) << 9) | (stamp.month << 5) | stamp.day)
    package = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries, central = archive.infolist(), archive.start_dir
    for entry in entries:
        at = entry.header_offset
        if package[at:at + 4] != b"PK\x03\x04":
            raise ValueError("unexpected zip layout")
        package[at + 10:at + 14] = when
    at = central
    for _ in entries:
        if package[at:at + 4] != b"PK\x01\x02":
            raise ValueError("unexpected zip layout")
        package[at + 12:at + 16] = when
        name, extra, comment = struct.unpack("<HHH", package[at + 28:at + 34])
        at += 46 + name + extra + comment
    return bytes(package)


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
        _add(out, d.clean_text(doc.title), "Title")
        if doc.subtitle.strip():
            _add(out, d.clean_text(doc.subtitle), "Subtitle")
        pending_break = False
        for i, block in enumerate(doc.blocks):
            first_new = _content_len(out)
            _block(out, block)
            if d.leads_in(block, doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None):
                _keep_with_next(out, first_new)
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
