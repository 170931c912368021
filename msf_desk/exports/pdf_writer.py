"""Render a :class:`~msf_desk.exports.document.Document` to PDF (reportlab).

Forum documents mix scripts (a Georgian member, an Arabic observer, a Hindi
speaker in one attendance list), so the text is split into runs per script
and each run gets an embedded Noto font; Arabic and Devanagari are shaped by
HarfBuzz through reportlab's ``shaping`` support (package ``uharfbuzz``).
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from os import PathLike
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, HRFlowable, ListFlowable,
                                ListItem, PageBreak as RLPageBreak, PageTemplate, Spacer)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from msf_desk.exports import document as d
from msf_desk.exports.atomic import Progress, atomic_write
from msf_desk.paths import fonts_dir

log = logging.getLogger(__name__)

PAGE_LABEL = "Page {page} of {pages}"
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#B8B8B8")
HEADER_FILL = colors.HexColor("#E4E4E4")
ZEBRA = colors.HexColor("#F6F6F6")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 22 * mm, 20 * mm

# --- fonts ---------------------------------------------------------------

LATIN, ARABIC, DEVANAGARI, GEORGIAN = "", "Arabic", "Devanagari", "Georgian"
_SPACE, _INHERIT = " ", "+"
_SHAPED_SCRIPTS = {ARABIC, DEVANAGARI}
_RANGES = (
    (0x0600, 0x06FF, ARABIC), (0x0750, 0x077F, ARABIC), (0x0870, 0x08FF, ARABIC),
    (0xFB50, 0xFDFF, ARABIC), (0xFE70, 0xFEFE, ARABIC),
    (0x0900, 0x097F, DEVANAGARI), (0xA8E0, 0xA8FF, DEVANAGARI), (0x1CD0, 0x1CFF, DEVANAGARI),
    (0x10A0, 0x10FF, GEORGIAN), (0x1C90, 0x1CBF, GEORGIAN), (0x2D00, 0x2D2F, GEORGIAN),
)
_fonts_lock = threading.Lock()
_fonts_ready = False
# Shaping needs uharfbuzz; without it reportlab silently draws unjoined Arabic.
SHAPING = getattr(ttfonts, "uharfbuzz", None) is not None


def font_name(script: str = LATIN, bold: bool = False) -> str:
    return f"NotoSans{script}-{'Bold' if bold else 'Regular'}"


def register_fonts() -> None:
    """Register the embedded Noto fonts once per process (idempotent, thread-safe)."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        known = set(pdfmetrics.getRegisteredFontNames())
        for script in (LATIN, ARABIC, DEVANAGARI, GEORGIAN):
            for bold in (False, True):
                name = font_name(script, bold)
                if name not in known:
                    pdfmetrics.registerFont(ttfonts.TTFont(name, str(fonts_dir() / f"{name}.ttf")))
            # No italic files ship: map italic to upright so <i> never fails.
            reg, bld = font_name(script), font_name(script, True)
            pdfmetrics.registerFontFamily(reg, normal=reg, bold=bld, italic=reg, boldItalic=bld)
        _install_per_font_shaping()
        if not SHAPING:
            log.warning("uharfbuzz is missing: Arabic and Devanagari will not be shaped in PDFs")
        _fonts_ready = True


def _install_per_font_shaping() -> None:
    """reportlab shapes a whole word with the font of its first fragment, so a
    word like "(ليلى" or "शर्मा," (punctuation from Noto Sans, letters from
    another font) comes out as missing glyphs. Shape each same-font piece on
    its own and join the results."""
    from reportlab.platypus import paragraph as rl_paragraph

    original = ttfonts.shapeFragWord
    if not SHAPING or getattr(rl_paragraph.shapeFragWord, "_per_font", False):
        return

    def shape_per_font(word, *args, **kwargs):
        items = word[1:]
        if isinstance(word, ttfonts.ShapedFragWord) or len(items) < 2:
            return original(word, *args, **kwargs)
        groups: list[list] = []
        for item in items:
            frag = item[0]
            if groups and (hasattr(frag, "cbDefn") or groups[-1][0][0].fontName == frag.fontName):
                groups[-1].append(item)
            else:
                groups.append([item])
        if len(groups) < 2:
            return original(word, *args, **kwargs)
        parts, width, changed = [], 0.0, False
        for group in groups:
            sub = [sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize)
                       for f, t in group if not hasattr(f, "cbDefn"))] + group
            shaped = original(sub, *args, **kwargs)
            changed = changed or shaped is not sub
            width += shaped[0]
            parts.extend(shaped[1:])
        if not changed:
            return word
        new = ttfonts.makeShapedFragWord(word)(parts)
        new.insert(0, width)
        return new

    shape_per_font._per_font = True  # type: ignore[attr-defined]
    rl_paragraph.shapeFragWord = shape_per_font


# --- text to reportlab markup --------------------------------------------

def _kind(ch: str) -> str:
    o = ord(ch)
    if ch in " \u00a0":
        return _SPACE
    if 0x0300 <= o <= 0x036F or o in (0x200C, 0x200D):
        return _INHERIT  # combining marks and ZWJ/ZWNJ belong to the preceding letter
    if o < 0x0600:
        return LATIN
    for lo, hi, script in _RANGES:
        if lo <= o <= hi:
            return script
    return LATIN


def script_runs(line: str) -> list[tuple[str, str]]:
    """Split one line into (script, text) runs. Spaces stay inside a run only
    when the same script continues after them, so Arabic word order can be
    reversed within the run without dragging Latin text along."""
    if not line or max(line) < "\u0600":
        return [(LATIN, line)]
    kinds, prev = [], LATIN
    for ch in line:
        k = _kind(ch)
        k = prev if k == _INHERIT else k
        kinds.append(k)
        if k != _SPACE:
            prev = k
    i, n = 0, len(kinds)
    while i < n:
        if kinds[i] != _SPACE:
            i += 1
            continue
        j = i
        while j < n and kinds[j] == _SPACE:
            j += 1
        left = kinds[i - 1] if i else LATIN
        right = kinds[j] if j < n else LATIN
        kinds[i:j] = [left if left == right else LATIN] * (j - i)
        i = j
    runs: list[tuple[str, str]] = []
    start = 0
    for k in range(1, n + 1):
        if k == n or kinds[k] != kinds[start]:
            runs.append((kinds[start], line[start:k]))
            start = k
    return runs


def _visual_rtl(run: str) -> str:
    # Without a bidi library we lay out an Arabic run ourselves: words in
    # reverse order, and HarfBuzz orders the letters within each word. A run
    # that wraps across lines reads in the wrong line order (rare: names).
    if not SHAPING:
        return run[::-1]
    return " ".join(reversed(run.split(" ")))


def markup(text: object, bold: bool = False) -> tuple[str, bool]:
    """Plain text -> (reportlab paragraph markup, needs shaping)."""
    parts: list[str] = []
    shaped = False
    for i, line in enumerate(d.clean_text(text).split("\n")):
        if i:
            parts.append("<br/>")
        for script, run in script_runs(line):
            if script == LATIN:
                parts.append(escape(run))
                continue
            shaped = shaped or script in _SHAPED_SCRIPTS
            if script == ARABIC:
                run = _visual_rtl(run)
            parts.append(f'<font name="{font_name(script, bold)}">{escape(run)}</font>')
    return "".join(parts), shaped and SHAPING


# --- styles ---------------------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    reg, bold = font_name(), font_name(bold=True)
    base = ParagraphStyle("body", fontName=reg, fontSize=10, leading=14, spaceAfter=6,
                          alignment=TA_LEFT)

    def s(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": s("small", fontSize=8.5, leading=11.5, spaceAfter=4),
        "note": s("note", fontSize=9, leading=12.5, textColor=GREY),
        "quote": s("quote", leftIndent=8 * mm, rightIndent=8 * mm, textColor=colors.HexColor("#404040")),
        "title": s("title", fontName=bold, fontSize=20, leading=25, spaceAfter=4),
        "subtitle": s("subtitle", fontSize=12, leading=16, textColor=GREY, spaceAfter=2),
        "h1": s("h1", fontName=bold, fontSize=15, leading=19, spaceBefore=14, spaceAfter=6, keepWithNext=1),
        "h2": s("h2", fontName=bold, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h3": s("h3", fontName=bold, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "cell": s("cell", fontSize=9, leading=12, spaceAfter=0),
        "cellhead": s("cellhead", fontName=bold, fontSize=9, leading=12, spaceAfter=0),
        "label": s("label", fontName=bold, spaceAfter=0),
        "value": s("value", spaceAfter=0),
        "item": s("item", spaceAfter=2),
        "header": s("header", fontSize=8, leading=10, textColor=GREY, spaceAfter=0),
    }


class _Builder:
    """Turns model blocks into flowables; keeps the style sheet and the
    shaped variants (shaping costs time, so only paragraphs that need it)."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.styles = _styles()
        self._shaped: dict[str, ParagraphStyle] = {}

    def para(self, text: object, style: str, cls: type[RLParagraph] = RLParagraph) -> RLParagraph:
        st = self.styles[style]
        xml, shaped = markup(text, bold=st.fontName.endswith("-Bold"))
        if shaped:
            st = self._shaped.get(style) or self._shaped.setdefault(style, ParagraphStyle(
                f"{style}-shaped", parent=st, shaping=1))
        return cls(xml, st)

    def block(self, block: d.Block) -> list[Flowable]:
        if isinstance(block, d.Heading):
            level = min(max(block.level, 1), 3)
            h = self.para(block.text, f"h{level}", _Heading)
            if level <= 2:
                h.outline = (d.clean_text(block.text).replace("\n", " "), level - 1)
            return [h]
        if isinstance(block, d.Paragraph):
            return [self.para(block.text, block.style if block.style in d.PARAGRAPH_STYLES else "body")]
        if isinstance(block, d.Bullets):
            items = [ListItem(self.para(t, "item")) for t in block.items]
            kw = dict(bulletType="1", bulletFormat="%s.") if block.numbered else dict(
                bulletType="bullet", start="•")
            return [ListFlowable(items, leftIndent=16, bulletFontName=font_name(), bulletFontSize=10,
                                 spaceAfter=6, **kw)] if items else []
        if isinstance(block, d.Table):
            return self.table(block)
        if isinstance(block, d.KeyValues):
            return [self.key_values(block)] if block.pairs else []
        if isinstance(block, d.PageBreak):
            return [RLPageBreak()]
        if isinstance(block, d.Image):
            return [self.image(block)]
        raise TypeError(f"unknown document block: {block!r}")

    def table(self, t: d.Table) -> list[Flowable]:
        """A table, cut into pieces of ROWS_PER_PIECE rows that follow on without a gap.

        Reportlab re-measures every remaining row each time a table breaks across a page,
        so one table of thousands of rows takes quadratic time (minutes for a consultation
        annex); pieces keep it linear. Each piece repeats the header row.
        """
        ncols, fractions = d.table_shape(t)
        pad = lambda row: list(row) + [""] * (ncols - len(row))  # noqa: E731
        header = [self.para(c, "cellhead") for c in pad(t.header)] if t.header else None
        body = [[self.para(c, "cell") for c in pad(r)] for r in t.rows]
        if header is None and not body:
            return [Spacer(0, 0)]
        pieces = [body[i:i + ROWS_PER_PIECE] for i in range(0, len(body), ROWS_PER_PIECE)] or [[]]
        flowables: list[Flowable] = []
        for n, rows in enumerate(pieces):
            data = ([header] if header else []) + rows
            head = 1 if header else 0
            style = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("ROWBACKGROUNDS", (0, head), (-1, -1), [colors.white, ZEBRA]),
            ]
            if head:
                style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
            flowables.append(RLTable(data, colWidths=[f * self.width for f in fractions], repeatRows=head,
                                     style=TableStyle(style), hAlign="LEFT",
                                     spaceBefore=2 if n == 0 else 0,
                                     spaceAfter=8 if n == len(pieces) - 1 else 0))
        return flowables

    def image(self, block: d.Image) -> Flowable:
        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image as RLImage

        pixels_wide, pixels_high = ImageReader(str(block.path)).getSize()
        width = self.width * min(max(block.width, 0.05), 1.0)
        picture = RLImage(str(block.path), width=width, height=width * pixels_high / max(pixels_wide, 1))
        picture.hAlign = "LEFT"
        picture.spaceAfter = 6
        return picture

    def key_values(self, kv: d.KeyValues) -> Flowable:
        data = [[self.para(k, "label"), self.para(v, "value")] for k, v in kv.pairs]
        return RLTable(data, colWidths=[0.3 * self.width, 0.7 * self.width], hAlign="LEFT",
                       spaceAfter=8, style=TableStyle([
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))


class _Heading(RLParagraph):
    # Split-off parts are built with the plain constructor and so carry no
    # outline: only the first part of a heading becomes a bookmark.
    outline: tuple[str, int] | None = None

    def draw(self) -> None:
        if self.outline and isinstance(self.canv, _Canvas):
            self.canv.add_bookmark(*self.outline, top=self.height)
        super().draw()


# Rows per piece of a long table (see _Builder.table): a few pages each.
ROWS_PER_PIECE = 200


class _Canvas(Canvas):
    """Adds outline bookmarks and the "Page N of M" footer. The total is only
    known at save time, so each page draws a form XObject that is defined in
    save() - one pass, and bookmarks still point at the right pages."""

    footer_y = MARGIN_BOTTOM / 2

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._outline_level = -1
        self._bookmarks = 0

    def add_bookmark(self, title: str, level: int, top: float) -> None:
        # PDF outlines cannot skip a level (reportlab raises), so an h2 before
        # any h1 is promoted.
        level = min(level, self._outline_level + 1)
        self._bookmarks += 1
        key = f"msf-h{self._bookmarks}"
        self.bookmarkHorizontal(key, 0, top)
        self.addOutlineEntry(title or " ", key, level=level, closed=False)
        self._outline_level = level

    def draw_footer(self) -> None:
        self.doForm(f"msfPageOf{self.getPageNumber()}")

    def save(self) -> None:
        pages = self.getPageNumber() - 1  # the page after the last showPage is empty
        width = self._pagesize[0]
        for n in range(1, pages + 1):
            self.beginForm(f"msfPageOf{n}")
            self.setFont(font_name(), 8)
            self.setFillColor(GREY)
            self.drawRightString(width - MARGIN_X, self.footer_y, PAGE_LABEL.format(page=n, pages=pages))
            self.endForm()
        if self._bookmarks:
            self.showOutline()
        super().save()


class _DocTemplate(BaseDocTemplate):
    def __init__(self, filename: str, doc: d.Document, builder: _Builder,
                 on_block: Callable[[int], None], **kw) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", frames=[frame], onPage=self._decorate)])
        self._header = builder.para(doc.header, "header") if doc.header.strip() else None
        self._on_block = on_block

    def _decorate(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        page_w, page_h = self.pagesize
        if self._header is not None:
            _, h = self._header.wrapOn(canv, self.width, MARGIN_TOP)
            y = page_h - MARGIN_TOP + 5 * mm
            self._header.drawOn(canv, MARGIN_X, y)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(MARGIN_X, y - 1.5 * mm, page_w - MARGIN_X, y - 1.5 * mm)
        if isinstance(canv, _Canvas):
            canv.draw_footer()

    def afterFlowable(self, flowable: Flowable) -> None:
        index = getattr(flowable, "_msf_block", None)
        if index is not None:
            self._on_block(index)


def _canvas_dated(created: dt.datetime | None) -> Callable[..., _Canvas]:
    """A canvas maker. With `created`, the PDF carries that date and a document ID derived
    from the content instead of the clock and a random one: the same document written
    twice is the same bytes (the public repository compares files by their hash)."""
    if created is None:
        return _Canvas

    def make(*args, **kwargs) -> _Canvas:
        from reportlab.lib.utils import TimeStamp

        kwargs["invariant"] = 1
        canvas = _Canvas(*args, **kwargs)
        stamp = TimeStamp(invariant=1)
        utc = created.astimezone(dt.timezone.utc) if created.tzinfo else created
        stamp.YMDhms = (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
        canvas._doc._timeStamp = stamp
        return canvas

    return make


def write_pdf(doc: d.Document, path: str | PathLike[str], progress: Progress | None = None, *,
              created: dt.datetime | None = None) -> Path:
    """Write ``doc`` as a tagged-metadata A4 PDF at ``path`` (atomically).

    ``progress(done, total)`` is called once per block as it is laid out and
    may raise :class:`~msf_desk.exports.atomic.Cancelled`. ``created`` fixes the
    creation date and makes the file reproducible byte for byte.
    """
    register_fonts()
    target = Path(path)
    total = len(doc.blocks)
    reported = 0

    def on_block(index: int) -> None:
        # Blocks may be laid out as several flowables (or split ones without
        # our tag): report every block up to the one just drawn, once each.
        nonlocal reported
        while reported <= index:
            reported += 1
            if progress is not None:
                progress(reported, total)

    with atomic_write(target) as tmp:
        builder = _Builder(A4[0] - 2 * MARGIN_X)
        story: list[Flowable] = [builder.para(doc.title, "title")]
        if doc.subtitle.strip():
            story.append(builder.para(doc.subtitle, "subtitle"))
        story.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=10))
        for i, block in enumerate(doc.blocks):
            flowables = builder.block(block)
            following = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
            if isinstance(block, d.Heading) and isinstance(following, d.Table):
                # Keeping a heading with a page-tall table moves both to a new page and
                # leaves this one empty: ask only for room for the heading and a few rows.
                for f in flowables:
                    f.keepWithNext = 0
                flowables.insert(0, CondPageBreak(40 * mm))
            for f in flowables:
                f._msf_block = i
            story.extend(flowables)
        template = _DocTemplate(str(tmp), doc, builder, on_block, title=d.clean_text(doc.title),
                                author=d.clean_text(doc.author), subject=d.clean_text(doc.subtitle),
                                creator="MSF Desk", lang=doc.language or None)
        template.build(story, canvasmaker=_canvas_dated(created))
        on_block(total - 1)
    return target
