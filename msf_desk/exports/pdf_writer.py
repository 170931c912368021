"""Render a :class:`~msf_desk.exports.document.Document` to PDF (reportlab).

Forum documents mix scripts (a Georgian member, an Arabic observer, a Korean
speaker in one attendance list), so the text is split into runs, each drawn by
the first bundled Noto font that has its characters (exports/fonts.py); a
character no bundled font has stops the export instead of vanishing. Arabic,
Hebrew, Indic scripts, Thai and emoji are shaped by HarfBuzz through
reportlab's ``shaping`` support (package ``uharfbuzz``). A table cell too long
for one page is cut into rows that follow on across pages.
"""
from __future__ import annotations

import copy
import datetime as dt
import threading
import unicodedata
from collections.abc import Callable
from os import PathLike
from pathlib import Path

# Loads reportlab without what a document may not need (pictures, shaping): before any reportlab import.
from msf_desk.exports import rl_lazy
rl_lazy.platypus()

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
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
from reportlab.platypus.doctemplate import LayoutError

from msf_desk.model.errors import UserError
from msf_desk.core import language
from msf_desk.exports import bidi_lines
from msf_desk.exports import document as d
from msf_desk.exports import fonts, pdf_draw, pdf_frags, pdf_glyphs, pdf_lines, pdf_objects
from msf_desk.exports.atomic import Progress, atomic_write
from msf_desk.paths import fonts_dir


PAGE_LABEL = language.N_("Page {page} of {pages}")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#B8B8B8")
HEADER_FILL = colors.HexColor("#E4E4E4")
ZEBRA = colors.HexColor("#F6F6F6")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 22 * mm, 20 * mm

# --- fonts ---------------------------------------------------------------

_fonts_lock = threading.Lock()
_fonts_ready = False
# Shaping needs uharfbuzz; without it reportlab silently draws unjoined Arabic.
SHAPING = getattr(ttfonts, "uharfbuzz", None) is not None


def font_name(bold: bool = False) -> str:
    """The body font (Noto Sans: Latin, Greek, Cyrillic); other faces are chosen per run."""
    return fonts.LATIN.font_name(bold)


def register_fonts() -> None:
    """Register the body font and the shaping fix once per process (idempotent, thread-safe).
    The other bundled faces are loaded when a document first needs them."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        fonts.load(fonts.LATIN)
        fonts.load(fonts.LATIN, bold=True)  # headings, labels
        _install_per_font_shaping()
        _install_width_cache()
        pdf_objects.install()
        pdf_glyphs.install()
        pdf_lines.install_same_frag()
        pdf_draw.install_put_frag_line()
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        if not SHAPING:
            import logging  # only to say this (loading it costs every PDF export a hundredth of a second)

            logging.getLogger(__name__).warning(
                "uharfbuzz is missing: Arabic, Hebrew and Indic scripts will not be shaped in PDFs")
        _fonts_ready = True


def _utf16_hex(code: int) -> str:
    if code > 0xFFFF:
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"
    return f"{code:04X}"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (emoji, rare ideographs)
    written as UTF-16 surrogate pairs as PDF requires: reportlab writes their code point as
    is, so a reader extracts 👍 (U+1F44D) as ὄ (U+1F44)."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


# Widths kept at most: each is about 200 bytes, and a long document of words that do not come back
# (the 100,000 numbers of a consultation's compact annex) would otherwise hold megabytes of them.
WIDTHS_KEPT = 20_000


def _install_width_cache() -> None:
    """reportlab measures every word of a paragraph each time it breaks its lines (three
    function calls down to the font's metrics), some 12,000 times in a 30-item pack; the
    same words come back (names, "Decision", the same paragraph laid out again in a table).
    Keep each width: a width depends only on the text, the font and the size (the fonts are
    registered once, under names of their own, and never change)."""
    from reportlab.platypus import paragraph as rl_paragraph

    if getattr(rl_paragraph.stringWidth, "_cached", False):
        return
    measure = pdfmetrics.stringWidth
    # The widths kept for each font and size (pdf_lines looks words up in them directly), and
    # how many in all.
    kept: dict[tuple, dict[str, float]] = {}
    count = [0]

    def string_width(text, fontName, fontSize, encoding="utf8"):  # noqa: N803 (reportlab's names)
        if not isinstance(text, str):
            return measure(text, fontName, fontSize, encoding)
        widths = kept.get((fontName, fontSize))
        if widths is None:
            widths = kept[fontName, fontSize] = {}
        width = widths.get(text)
        if width is None:
            if count[0] >= WIDTHS_KEPT:
                kept.clear()
                widths = kept[fontName, fontSize] = {}
                count[0] = 0
            width = widths[text] = measure(text, fontName, fontSize, encoding)
            count[0] += 1
        return width

    string_width._cached = True  # type: ignore[attr-defined]
    string_width.kept = kept  # type: ignore[attr-defined]
    rl_paragraph.stringWidth = string_width


def _install_per_font_shaping() -> None:
    """reportlab shapes a whole word with the font of its first fragment, so a
    word like "(ليلى" or "शर्मा," (punctuation from Noto Sans, letters from
    another font) comes out as missing glyphs. Shape each same-font piece on
    its own and join the results."""
    from reportlab.platypus import paragraph as rl_paragraph

    if not SHAPING or getattr(rl_paragraph.shapeFragWord, "_per_font", False):
        return
    original = _shaped_once(ttfonts.shapeFragWord)

    def shape_per_font(word, *args, **kwargs):
        if len(word) == 2 and not isinstance(word, ttfonts.ShapedFragWord):
            # A word of one piece of text not shaped before (most words): shaped as it is, by
            # the same steps as below without looking at the piece twice.
            frag, text = word[1]
            if not isinstance(text, ttfonts.ShapedStr) and not hasattr(frag, "cbDefn"):
                return original(word, *args, **kwargs)
        items = word[1:]
        if (not isinstance(word, ttfonts.ShapedFragWord) and items
                and all(isinstance(t, ttfonts.ShapedStr) for f, t in items if not hasattr(f, "cbDefn"))):
            # A piece of a word shaped before (reportlab cuts a word longer than the line
            # after shaping it, and a table lays a cell out twice): its characters are glyphs
            # already. Shaping them again turns every reordered or repositioned glyph into a
            # box (seen on Thai tone marks in long table cells). Keep it as it is.
            shaped = ttfonts.makeShapedFragWord(word)(word)
            return shaped
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


# The words a document has shaped (see _shaped_once) and the markup of its right-to-left
# paragraphs' lines (see _BidiParagraph.wrap): dictionaries per document being written (and per
# thread: two exports may run at once), dropped when the document is written.
_shaped_words = threading.local()
KEEP_SHAPED = True   # False: every word shaped afresh (tests compare the two)
PLAIN_LINES = True   # False: reportlab breaks every paragraph itself (tests compare the two)
PLAIN_DRAW = True    # False: reportlab draws every paragraph itself (tests compare the two)
KEEP_LAYOUTS = True  # False: every paragraph of several runs broken afresh (tests compare the two)
# At most this many shaped words and paragraph markups kept (a long annex of words that do not
# come back would otherwise hold them all: memory must not grow with the rows).
SHAPED_KEPT = 20_000
MARKUP_KEPT = 5_000
LAYOUTS_KEPT = 2_000


def _shape_key(word) -> tuple[tuple | None, list]:
    """The key a word's shaping is kept under (its class, and each piece's text, font, size and
    which earlier piece has the same fragment: reportlab groups glyphs by fragment), and its
    fragments; (None, []) for a word that is not kept (a piece shaped before, a picture)."""
    key: list = [type(word)]
    frags: list = []
    for frag, text in word[1:]:
        if type(text) is not str or hasattr(frag, "cbDefn"):
            return None, []
        same = next((i for i, f in enumerate(frags) if f is frag), -1)
        frags.append(frag)
        key.append((text, frag.fontName, frag.fontSize, same))
    return tuple(key), frags


def _shaped_once(shape: Callable) -> Callable:
    """reportlab's ``shapeFragWord``, each distinct word shaped once per document. In a
    paragraph that holds a shaped script (a Devanagari or Arabic name) HarfBuzz shapes every
    word, and the same words come back in every agenda item ("For decision", times, names). A
    word's shaping depends only on its pieces' text, font and size (the features are
    reportlab's defaults); the cached result is rebuilt with the word's own fragments, and its
    glyph strings (ShapedStr, never changed in place) are shared."""

    def shaped(word, *args, **kwargs):
        kept = getattr(_shaped_words, "words", None)
        if kept is None or args or kwargs or isinstance(word, ttfonts.ShapedFragWord) or len(word) < 2:
            return shape(word, *args, **kwargs)
        if len(word) == 2:
            # One piece (most words): the key the loop below makes, made directly.
            frag, text = word[1]
            if type(text) is not str or hasattr(frag, "cbDefn"):
                return shape(word)
            frags: list = [frag]
            key = (type(word), (text, frag.fontName, frag.fontSize, -1))
        else:
            key, frags = _shape_key(word)
            if key is None:
                return shape(word)
        made = kept.get(key)
        if made is None:
            if len(kept) >= SHAPED_KEPT:
                kept.clear()
            result = shape(word)
            if result is word:
                made = kept[key] = ()
            else:
                pieces = []
                for piece in result[1:]:
                    index = next((i for i, f in enumerate(frags) if f is piece[0]), None)
                    if index is None or type(piece) is not tuple:
                        return result  # not made of this word's fragments as expected: not kept
                    pieces.append((index, piece[1]))
                made = kept[key] = (type(result), result[0], pieces)
            return result
        if not made:
            return word
        cls, width, pieces = made
        new = cls([(frags[i], text) for i, text in pieces])
        new.insert(0, width)
        return new

    return shaped


# --- text to reportlab markup --------------------------------------------

def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, as xml.sax.saxutils.escape writes them (that module
    loads urllib.request and with it http.client, ssl and email: a twentieth of a second)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def script_runs(line: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font family, text) runs of one line: each character in the first bundled face that
    has it. Raises fonts.Undrawable for a character none has."""
    return [(face.family, run) for face, run in fonts.runs(line, bold)]


def _visual_rtl(run: str) -> str:
    # Without a bidi library we lay out a right-to-left run ourselves: words in
    # reverse order, and HarfBuzz orders the letters within each word. A run
    # that wraps across lines reads in the wrong line order (rare: names).
    if not SHAPING:
        return run[::-1]
    return " ".join(reversed(run.split(" ")))


def run_markup(face: fonts.Face, run: str, bold: bool = False) -> str:
    """One run of one face as reportlab markup."""
    if face is fonts.LATIN:
        return escape(run)
    return f'<font name="{face.font_name(bold)}">{escape(run)}</font>'


def markup(text: object, bold: bool = False) -> tuple[str, bool]:
    """Plain text -> (reportlab paragraph markup, needs shaping)."""
    return _markup(bidi_lines.without_controls(d.clean_text(text)), bold)


def _markup(clean: str, bold: bool) -> tuple[str, bool]:
    """markup() of text already cleaned (document.clean_text)."""
    parts: list[str] = []
    shaped = False
    for i, line in enumerate(clean.split("\n")):
        if i:
            parts.append("<br/>")
        if line.isascii():
            parts.append(escape(line))
            continue
        for face, run in fonts.runs(line, bold):
            if face is fonts.LATIN:
                parts.append(escape(run))
                continue
            shaped = shaped or face.shaped
            if face.rtl:
                run = _visual_rtl(run)
            parts.append(f'<font name="{face.font_name(bold)}">{escape(run)}</font>')
    return "".join(parts), shaped and SHAPING


def _made(cls: type[RLParagraph], xml: str, style: ParagraphStyle, **kw) -> RLParagraph:
    """``cls(xml, style, **kw)``, its fragments made without reportlab's markup parser (pdf_frags)."""
    parsed = pdf_frags.frags(xml, style)
    if parsed is None:
        return cls(xml, style, **kw)
    para = cls(parsed[0], style, frags=parsed[1], **kw)
    para._msf_parsed = parsed[1]
    return para


# --- styles ---------------------------------------------------------------

def _styles(rtl: bool = False) -> dict[str, ParagraphStyle]:
    reg, bold = font_name(), font_name(bold=True)
    # A right-to-left document (Arabic) aligns every paragraph, heading and cell on the right.
    base = ParagraphStyle("body", fontName=reg, fontSize=10, leading=14, spaceAfter=6,
                          alignment=TA_RIGHT if rtl else TA_LEFT)

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
        "footer": s("footer", fontSize=8, leading=10, textColor=GREY, spaceAfter=0,
                    alignment=TA_LEFT if rtl else TA_RIGHT),
    }


def _snippet(text: object, limit: int = 40) -> str:
    flat = " ".join(d.clean_text(text).split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


class _Builder:
    """Turns model blocks into flowables; keeps the style sheet and the
    shaped variants (shaping costs time, so only paragraphs that need it).

    ``where`` says in words which part of the document is being built, so that a character
    no bundled font can draw is reported with its place ("under “Contributions”, row 3 ...")."""

    def __init__(self, width: float, title: str = "", rtl: bool = False) -> None:
        self.width = width
        self.rtl = rtl
        self.styles = _styles(rtl)
        self._shaped: dict[str, ParagraphStyle] = {}
        # Each text's markup, made once per document (names, times and labels come back in
        # every item and table): (markup, needs shaping, holds right-to-left letters).
        self._marked: dict[tuple[str, bool], tuple[str, bool, bool]] = {}
        self.title = title
        self.where = ""

    def para(self, text: object, style: str, cls: type[RLParagraph] | None = None,
             where: str | Callable[[], str] = "", *, cleaned: bool = False) -> RLParagraph:
        """``where``: the place in words, or a function that says it (only asked for when a
        character cannot be drawn). ``cleaned``: ``text`` is already document.clean_text's."""
        st = self.styles[style]
        bold = st.fontName.endswith("-Bold")
        clean = text if cleaned else d.clean_text(text)
        marked = self._marked.get((clean, bold))
        if marked is None:
            try:
                xml, shaped = _markup(bidi_lines.without_controls(clean), bold)
            except fonts.Undrawable as exc:
                where = where() if callable(where) else where
                place = ", ".join(p for p in (f"in “{_snippet(self.title, 60)}”" if self.title else "",
                                              self.where, where) if p)
                raise fonts.Undrawable(exc.char, place) from None
            if len(self._marked) >= MARKUP_KEPT:
                self._marked.clear()
            marked = self._marked[(clean, bold)] = (xml, shaped, SHAPING and bidi_lines.has_rtl(clean))
        xml, shaped, has_rtl = marked
        bidi = SHAPING and (self.rtl or has_rtl)
        if shaped or bidi:
            st = self._shaped.get(style) or self._shaped.setdefault(style, ParagraphStyle(
                f"{style}-shaped", parent=st, shaping=1))
        if bidi:
            # Lines cut in reading order, each then laid out right to left (bidi_lines).
            return _made(cls or _BidiParagraph, xml, st, logical=clean, bold=bold,
                         rtl_base=bidi_lines.base_is_rtl(clean, self.rtl))
        return _made(cls or (_ShapedParagraph if shaped else _Paragraph), xml, st)

    def block(self, block: d.Block) -> list[Flowable]:
        if isinstance(block, d.Heading):
            level = min(max(block.level, 1), 3)
            h = self.para(block.text, f"h{level}", _Heading, where=lambda: f"heading “{_snippet(block.text)}”")
            if level <= 2:
                h.outline = (d.clean_text(block.text).replace("\n", " "), level - 1)
            return [h]
        if isinstance(block, d.Paragraph):
            return [self.para(block.text, block.style if block.style in d.PARAGRAPH_STYLES else "body",
                              where=lambda: f"the paragraph “{_snippet(block.text)}”")]
        if isinstance(block, d.Bullets):
            items = [ListItem(self.para(t, "item", where=lambda n=n, t=t: f"list item {n} “{_snippet(t)}”"))
                     for n, t in enumerate(block.items, 1)]
            kw = dict(bulletType="1", bulletFormat="%s.") if block.numbered else dict(
                bulletType="bullet", start="•")
            # Right to left: the bullets (and numbers) stand on the right of the items.
            side = dict(rightIndent=16, leftIndent=0, bulletDir="rtl") if self.rtl else dict(leftIndent=16)
            return [ListFlowable(items, bulletFontName=font_name(), bulletFontSize=10,
                                 spaceAfter=6, **side, **kw)] if items else []
        if isinstance(block, d.Table):
            return self.table(block)
        if isinstance(block, d.KeyValues):
            return [self.key_values(block)] if block.pairs else []
        if isinstance(block, d.PageBreak):
            return [RLPageBreak()]
        if isinstance(block, d.Image):
            return [self.image(block)]
        raise TypeError(f"unknown document block: {block!r}")

    def _pieces(self, text: object, style: str, width: float, where: str | Callable[[], str]) -> list[Flowable]:
        """A cell as paragraphs of a few lines each: a table row cannot break across pages,
        so one cell taller than a page stops the whole document (reportlab's LayoutError).
        The text is cut first (at a line break, a sentence or a space) and each piece laid
        out on its own, so shaped scripts are shaped once; nothing is cut off."""
        clean = d.clean_text(text)
        if len(clean) < LONG_CELL:
            return [self.para(clean, style, where=where, cleaned=True)]
        size = self.styles[style].fontSize
        # At most PIECE_LINES lines even if every character were a full em wide (Chinese).
        limit = max(40, int(width / size) * PIECE_LINES)
        pieces: list[Flowable] = []
        for chunk in _chunks(clean, limit):
            rest: Flowable = self.para(chunk, style, where=where)
            while True:  # a piece still too tall (very narrow column): cut it by lines
                _, height = rest.wrap(width, PIECE_HEIGHT)
                parts = rest.split(width, PIECE_HEIGHT) if height > PIECE_HEIGHT else []
                if len(parts) < 2:
                    pieces.append(rest)
                    break
                pieces.append(parts[0])
                rest = parts[1]
        return pieces

    def _rows(self, texts: list[list[str]], styles: list[str], widths: list[float],
              where: Callable[[int, int], str]) -> tuple[list[list[Flowable]], list[int]]:
        """Paragraph rows, long cells continued on rows of their own; and for each row the
        index of the record row it belongs to."""
        rows: list[list[Flowable]] = []
        owner: list[int] = []
        for r, cells in enumerate(texts):
            built = [self._pieces(c, styles[k], widths[k] - 8, lambda r=r, k=k: where(r, k))
                     for k, c in enumerate(cells)]
            for j in range(max(len(p) for p in built)):
                rows.append([p[j] if j < len(p) else "" for p in built])
                owner.append(r)
        return rows, owner

    def table(self, t: d.Table) -> list[Flowable]:
        """A table, cut into pieces of ROWS_PER_PIECE rows that follow on without a gap.

        Reportlab re-measures every remaining row each time a table breaks across a page,
        so one table of thousands of rows takes quadratic time (minutes for a consultation
        annex); pieces keep it linear. Each piece repeats the header row.
        """
        ncols, fractions = d.table_shape(t)
        widths = [f * self.width for f in fractions]
        pad = lambda row: list(row) + [""] * (ncols - len(row))  # noqa: E731
        heads = pad(t.header) if t.header else [""] * ncols
        header = [self.para(c, "cellhead", where=f"the header of column {k + 1}")
                  for k, c in enumerate(pad(t.header))] if t.header else None

        def where(r: int, k: int) -> str:
            column = f"column “{_snippet(heads[k], 30)}”" if heads[k] else f"column {k + 1}"
            first = _snippet(t.rows[r][0], 30) if t.rows[r] and k else ""
            if not first:
                return f"table row {r + 1}, {column}"
            key = f"“{_snippet(heads[0], 30)}” is" if heads[0] else "the first column reads"
            return f"table row {r + 1}, where {key} “{first}”, {column}"

        if header is None and not t.rows:
            return [Spacer(0, 0)]
        chunks = [t.rows[i:i + ROWS_PER_PIECE] for i in range(0, len(t.rows), ROWS_PER_PIECE)] or [[]]
        flowables: list[Flowable] = []
        for n, chunk in enumerate(chunks):
            start = n * ROWS_PER_PIECE
            body, owner = self._rows([pad(r) for r in chunk], ["cell"] * ncols, widths,
                                     lambda r, k: where(start + r, k))
            data = ([header] if header else []) + body
            head = 1 if header else 0
            style = [
                # Reportlab sets each cell's font even when it holds a paragraph: without this,
                # Helvetica (not embedded) would be named.
                ("FONT", (0, 0), (-1, -1), font_name(), 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
            style += _zebra(owner, head, start)
            if head:
                style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
            col_widths = widths
            if self.rtl:  # the first column on the right
                data = [list(reversed(row)) for row in data]
                col_widths = list(reversed(widths))
            flowables.append(RLTable(data, colWidths=col_widths, repeatRows=head,
                                     style=TableStyle(style), hAlign="RIGHT" if self.rtl else "LEFT",
                                     spaceBefore=2 if n == 0 else 0,
                                     spaceAfter=8 if n == len(chunks) - 1 else 0))
        return flowables

    def image(self, block: d.Image) -> Flowable:
        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image as RLImage

        pixels_wide, pixels_high = ImageReader(str(block.path)).getSize()
        width = self.width * min(max(block.width, 0.05), 1.0)
        picture = RLImage(str(block.path), width=width, height=width * pixels_high / max(pixels_wide, 1))
        picture.hAlign = "RIGHT" if self.rtl else "LEFT"
        picture.spaceAfter = 6
        return picture

    def key_values(self, kv: d.KeyValues) -> Flowable:
        widths = [0.3 * self.width, 0.7 * self.width]
        data, _ = self._rows([[k, v] for k, v in kv.pairs], ["label", "value"], widths,
                             lambda r, k: f"“{_snippet(kv.pairs[r][0], 30)}”" + (" (its label)" if k == 0 else ""))
        pad = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
        if self.rtl:  # the label on the right, the value on its left
            data = [list(reversed(row)) for row in data]
            widths = list(reversed(widths))
            pad = [("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        return RLTable(data, colWidths=widths, hAlign="RIGHT" if self.rtl else "LEFT",
                       spaceAfter=8, style=TableStyle([
                           ("FONT", (0, 0), (-1, -1), font_name(), 9),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           *pad,
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))


def _zebra(owner: list[int], head: int, start: int) -> list[tuple]:
    """Alternate row shading by record row, and no rule between a record row and the rows
    its long cells continue on (they read as one row)."""
    if len(set(owner)) == len(owner):
        return [("ROWBACKGROUNDS", (0, head), (-1, -1),
                 [colors.white, ZEBRA] if start % 2 == 0 else [ZEBRA, colors.white])]
    style: list[tuple] = []
    for i, r in enumerate(owner):
        fill = ZEBRA if (start + r) % 2 else colors.white
        row = head + i
        style.append(("BACKGROUND", (0, row), (-1, row), fill))
        if i and owner[i - 1] == r:
            style.append(("LINEABOVE", (0, row), (-1, row), 0.6, fill))
            style.append(("TOPPADDING", (0, row), (-1, row), 0))
            style.append(("BOTTOMPADDING", (0, row - 1), (-1, row - 1), 0))
    return style


def _chunks(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut after a line break, else after
    a sentence, else at a space, else between two characters (never before a combining
    mark or a joiner). A line break at a cut becomes the cut; every other character stays."""
    out: list[str] = []
    start, n = 0, len(text)
    while n - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n")
        if cut < limit // 3:
            cut = max(window.rfind(". "), window.rfind("。"), window.rfind("। "))
            cut = cut + 1 if cut >= limit // 3 else -1
        if cut < limit // 3:
            cut = window.rfind(" ")
        if cut < limit // 3:
            cut = limit
            while cut > 1 and (unicodedata.category(text[start + cut]).startswith("M")
                               or fonts.is_ignorable(text[start + cut])):
                cut -= 1
        piece = text[start:start + cut]
        out.append(piece)
        start += cut
        if text.startswith("\n", start):
            start += 1
    out.append(text[start:])
    return out


class _Paragraph(RLParagraph):
    """A paragraph that remembers its last layout: a table measures each cell, then lays it
    out again at the same width to draw it, and breaking lines is most of a PDF's time.
    The height of a paragraph depends on the width only."""

    _msf_laid: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        laid = self._msf_laid
        if laid is not None and laid[0] == availWidth and getattr(self, "blPara", None) is not None:
            return laid[1]
        size = super().wrap(availWidth, availHeight)
        self._msf_laid = (availWidth, size)
        return size

    def breakLines(self, width):  # noqa: N802 (reportlab's name)
        # A plain paragraph (one run, nothing to shape or hyphenate) broken without reportlab's
        # checks for what it cannot hold: the same lines (exports/pdf_lines.py).
        lines = pdf_lines.plain_lines(self, width) if PLAIN_LINES else None
        if lines is not None:
            return lines
        # A paragraph of several runs (a name in another script) laid out before in this document,
        # with the same markup, style and width (a presenter's name in every agenda row): a copy
        # of that layout, the same lines reportlab made (exports/pdf_lines.py).
        kept = getattr(_shaped_words, "layouts", None)
        key = pdf_lines.layout_key(self, width) if kept is not None and self.frags is self._msf_parsed else None
        if key is not None:
            layout = kept.get(key)
            if layout is not None and layout.style is self.style:
                return pdf_lines.laid_again(self, layout)
        lines = super().breakLines(width)
        if key is not None:
            layout = pdf_lines.keep_layout(self, lines)
            if layout is not None:
                if len(kept) >= LAYOUTS_KEPT:
                    kept.clear()
                kept[key] = layout
        return lines

    _msf_parsed = None  # the fragments pdf_frags made of the paragraph's markup (self.text)

    # reportlab asks each paragraph for its spacing and whether it keeps with the next some
    # 4,000 times a write (frames, tables' cells, groups kept together): Flowable's answer looks
    # for the attribute on the paragraph first, which a paragraph seldom has (an error raised
    # and caught), then on its style. The same answers, the paragraph's own attribute first.
    def getSpaceBefore(self):  # noqa: N802 (reportlab's name)
        d = self.__dict__
        if "spaceBefore" in d or "style" not in d:
            return Flowable.getSpaceBefore(self)
        return getattr(d["style"], "spaceBefore", 0)

    def getSpaceAfter(self):  # noqa: N802 (reportlab's name)
        d = self.__dict__
        if "spaceAfter" in d or "style" not in d:
            return Flowable.getSpaceAfter(self)
        return getattr(d["style"], "spaceAfter", 0)

    def getKeepWithNext(self):  # noqa: N802 (reportlab's name)
        d = self.__dict__
        if "keepWithNext" in d or "style" not in d:
            return Flowable.getKeepWithNext(self)
        return getattr(d["style"], "keepWithNext", 0)

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N803 (reportlab's names)
        # reportlab saves the canvas's whole state around each flowable it draws (a copy of some
        # twenty attributes), moves the origin, draws, and restores it. A plain paragraph drawn by
        # exports/pdf_draw.py changes nothing of that state but where the origin is: the same
        # operators are written and the origin put back.
        font = None if not PLAIN_DRAW or getattr(self, "_showBoundary", None) else \
            pdf_draw.draws_without_state(self, canvas)
        if font is None:
            return super().drawOn(canvas, x, y, _sW)
        x = self._hAlignAdjust(x, _sW)
        matrix = canvas._currentMatrix
        canvas._code.append("q")
        canvas.translate(x, y)
        self._msf_font = font  # for drawPara, just below: what draws_without_state found
        try:
            self._drawOn(canvas)
        finally:
            self._msf_font = None
        canvas._code.append("Q")
        canvas._currentMatrix = matrix

    _msf_font = None

    def drawPara(self, debug=0):  # noqa: N802 (reportlab's name)
        # A paragraph of one run drawn without reportlab's text object: the same operators
        # (exports/pdf_draw.py).
        if debug or not PLAIN_DRAW or not pdf_draw.draw_plain(self, self._msf_font):
            super().drawPara(debug)


class _ShapedParagraph(_Paragraph):
    """A paragraph that HarfBuzz shapes. reportlab keeps the shaped, cut-up words of a word
    longer than the line in place of the paragraph's text, and a table lays each cell out
    twice: the second layout shaped glyphs again and drew boxes (Thai tone marks, Indic
    conjuncts). Each layout starts again from the text."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._msf_frags = self.frags

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        laid = self._msf_laid
        if laid is not None and laid[0] == availWidth and getattr(self, "blPara", None) is not None:
            return laid[1]  # the layout of this width already made (and drawn from)
        self.frags = self._msf_frags
        return super().wrap(availWidth, availHeight)


class _BidiParagraph(_ShapedParagraph):
    """A paragraph with right-to-left text: at each layout its lines are cut for the width
    given, in reading order, and each line is put in visual order (bidi_lines). Pieces split off
    across pages are built from laid-out lines and are not cut again."""

    def __init__(self, text, style=None, bulletText=None, frags=None, *args,  # noqa: N803
                 logical: str | None = None, bold: bool = False, rtl_base: bool | None = None, **kwargs) -> None:
        super().__init__(text, style, bulletText, frags, *args, **kwargs)
        self._msf_logical = logical
        self._msf_bold = bold
        self._msf_base = rtl_base
        self._msf_laid_for: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._msf_logical is not None:
            st = self.style
            width = availWidth - st.leftIndent - st.rightIndent - max(st.firstLineIndent, 0)
            if width != self._msf_laid_for:
                bold = self._msf_bold
                # The same text at the same width and size (a name in every item's line and in the
                # agenda table) is cut and ordered once per document.
                kept = getattr(_shaped_words, "lines", None)
                key = (self._msf_logical, width, st.fontSize, bold, self._msf_base)
                xml = kept.get(key) if kept is not None else None
                if xml is None:
                    xml = bidi_lines.markup_lines(self._msf_logical, width, st.fontSize, bold, self._msf_base,
                                                  lambda face, run: run_markup(face, run, bold))
                    if kept is not None:
                        if len(kept) >= MARKUP_KEPT:
                            kept.clear()
                        kept[key] = xml
                parsed = pdf_frags.frags(xml, st)
                if parsed is None:
                    RLParagraph.__init__(self, xml, st)
                    self._msf_parsed = None
                else:
                    RLParagraph.__init__(self, parsed[0], st, frags=parsed[1])
                    self._msf_parsed = parsed[1]
                self._msf_frags = self.frags
                self._msf_laid_for = width
        return super().wrap(availWidth, availHeight)


class _Heading(_BidiParagraph):
    # Split-off parts are built with the plain constructor and so carry no
    # outline: only the first part of a heading becomes a bookmark.
    outline: tuple[str, int] | None = None

    def draw(self) -> None:
        if self.outline and isinstance(self.canv, _Canvas):
            self.canv.add_bookmark(*self.outline, top=self.height)
        super().draw()


# Rows per piece of a long table (see _Builder.table): a few pages each.
ROWS_PER_PIECE = 200
# A cell of this many characters or more is measured, and cut into pieces of at most
# pieces of about PIECE_LINES lines (PIECE_HEIGHT points at most) that continue on rows of
# their own.
LONG_CELL = 600
PIECE_LINES = 24
PIECE_HEIGHT = 320.0


class _Canvas(Canvas):
    """Adds outline bookmarks and the "Page N of M" footer. The total is only
    known at save time, so each page draws a form XObject that is defined in
    save() - one pass, and bookmarks still point at the right pages."""

    footer_y = MARGIN_BOTTOM / 2
    # "Page 3 of 12" in the document's language, and on the left in a right-to-left document.
    footer_label = PAGE_LABEL
    footer_para: Callable[[str], Flowable] | None = None

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
            label = self.footer_label.format(page=n, pages=pages)
            if self.footer_para is not None:
                para = self.footer_para(label)
                _, h = para.wrapOn(self, width - 2 * MARGIN_X, MARGIN_BOTTOM)
                para.drawOn(self, MARGIN_X, self.footer_y - 2)
            else:
                self.setFont(font_name(), 8)
                self.setFillColor(GREY)
                self.drawRightString(width - MARGIN_X, self.footer_y, label)
            self.endForm()
        if self._bookmarks:
            self.showOutline()
        super().save()


class _Frame(Frame):
    """reportlab copies the page's frame deeply each time it measures a KeepTogether (every
    heading with what follows it): some fifty copies of numbers and strings each time, a tenth
    of a pack's layout. The copy here shares what cannot change and copies the rest deeply."""

    def __deepcopy__(self, memo):
        twin = copy.copy(self)
        for name, value in self.__dict__.items():
            if not isinstance(value, (int, float, str, type(None))):
                setattr(twin, name, copy.deepcopy(value, memo))
        return twin


class _DocTemplate(BaseDocTemplate):
    def __init__(self, filename: str, doc: d.Document, builder: _Builder,
                 on_block: Callable[[int], None], **kw) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        frame = _Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", frames=[frame], onPage=self._decorate)])
        self._header = builder.para(doc.header, "header", where="its page header") if doc.header.strip() else None
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


def _canvas_dated(created: dt.datetime | None, footer_label: str = PAGE_LABEL,
                  footer_para: Callable[[str], Flowable] | None = None) -> Callable[..., _Canvas]:
    """A canvas maker. With `created`, the PDF carries that date and a document ID derived
    from the content instead of the clock and a random one: the same document written
    twice is the same bytes (the public repository compares files by their hash)."""

    def plain(*args, **kwargs) -> _Canvas:
        canvas = _Canvas(*args, **kwargs)
        canvas.footer_label, canvas.footer_para = footer_label, footer_para
        return canvas

    if created is None:
        return plain

    def make(*args, **kwargs) -> _Canvas:
        from reportlab.lib.utils import TimeStamp

        kwargs["invariant"] = 1
        canvas = plain(*args, **kwargs)
        stamp = TimeStamp(invariant=1)
        utc = created.astimezone(dt.timezone.utc) if created.tzinfo else created
        stamp.YMDhms = (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
        canvas._doc._timeStamp = stamp
        return canvas

    return make


# The first lines (a list item, a table's header and first row) a lead-in keeps with it.
FIRST_LINES = 14 * mm


def _height(flowables: list[Flowable], width: float) -> float:
    """The height `flowables` take on a page `width` wide, with their spacing."""
    total = 0.0
    for f in flowables:
        total += f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def write_pdf(doc: d.Document, path: str | PathLike[str], progress: Progress | None = None, *,
              created: dt.datetime | None = None) -> Path:
    """Write ``doc`` as a tagged-metadata A4 PDF at ``path`` (atomically).

    ``progress(done, total)`` is called once per block as it is laid out and
    may raise :class:`~msf_desk.exports.atomic.Cancelled`. ``created`` (else the
    document's own date) fixes the creation date and makes the file reproducible byte for byte.
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

    before, _shaped_words.words = getattr(_shaped_words, "words", None), {} if KEEP_SHAPED else None
    lines_before, _shaped_words.lines = getattr(_shaped_words, "lines", None), {} if KEEP_SHAPED else None
    layouts_before = getattr(_shaped_words, "layouts", None)
    _shaped_words.layouts = {} if KEEP_LAYOUTS else None
    try:
        return _write_pdf(doc, target, on_block, total, lambda: reported, created)
    finally:
        _shaped_words.words = before
        _shaped_words.lines = lines_before
        _shaped_words.layouts = layouts_before


def _write_pdf(doc: d.Document, target: Path, on_block: Callable[[int], None], total: int,
               reported: Callable[[], int], created: dt.datetime | None) -> Path:
    with atomic_write(target) as tmp:
        rtl = language.is_rtl(doc.language)
        builder = _Builder(A4[0] - 2 * MARGIN_X, d.clean_text(doc.title), rtl=rtl)
        story: list[Flowable] = [builder.para(doc.title, "title", where="its title")]
        if doc.subtitle.strip():
            story.append(builder.para(doc.subtitle, "subtitle", where="its subtitle"))
        story.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=10))
        starts: list[int] = []   # where each block's flowables begin in the story
        for i, block in enumerate(doc.blocks):
            if isinstance(block, d.Heading):
                builder.where = ""
            flowables = builder.block(block)
            if isinstance(block, d.Heading):
                builder.where = f"under “{_snippet(block.text)}”"
            following = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
            if isinstance(block, d.Heading) and isinstance(following, d.Table):
                # Keeping a heading with a page-tall table moves both to a new page and
                # leaves this one empty: ask only for room for the heading and a few rows.
                for f in flowables:
                    f.keepWithNext = 0
                flowables.insert(0, CondPageBreak(40 * mm))
            elif isinstance(block, d.Paragraph) and d.leads_in(block, following):
                # A lead-in ("Actions convenues :") is never left alone at the foot of a page:
                # room is asked for it and the first lines of what it introduces, as Word's
                # "keep with next" does (keeping it with a whole list or table would move a
                # page-long one and leave the page empty). A heading just before it goes with it.
                for f in flowables:
                    f.keepWithNext = 0
                if i and isinstance(doc.blocks[i - 1], d.Heading):
                    heading = story[starts[-1]:]
                    for f in heading:
                        f.keepWithNext = 0
                    room = CondPageBreak(_height(heading + flowables, builder.width) + FIRST_LINES)
                    room._msf_block = i - 1
                    story.insert(starts[-1], room)
                else:
                    flowables.insert(0, CondPageBreak(_height(flowables, builder.width) + FIRST_LINES))
            for f in flowables:
                f._msf_block = i
            starts.append(len(story))
            story.extend(flowables)
        template = _DocTemplate(str(tmp), doc, builder, on_block, title=d.clean_text(doc.title),
                                author=d.clean_text(doc.author), subject=d.clean_text(doc.subtitle),
                                creator="MSF Desk", lang=doc.language or "en", displayDocTitle=True,
                                # The embedded Noto, not reportlab's default Helvetica, which
                                # would be named in every page without being embedded.
                                initialFontName=font_name())
        try:
            with language.using(doc.language if doc.language in language.SHIPPED else None):
                footer = language._(PAGE_LABEL)
            # A right-to-left footer is a paragraph (shaped, on the left); else plain text on the right.
            footer_para = (lambda text: builder.para(text, "footer")) if rtl else None
            template.build(story, canvasmaker=_canvas_dated(d.dated(doc, created), footer, footer_para))
        except LayoutError:
            raise UserError(layout_problem(doc, reported())) from None
        on_block(total - 1)
    return target


def layout_problem(doc: d.Document, index: int) -> str:
    """Say which record would not fit on a page (reportlab's LayoutError), in words."""
    index = max(0, min(index, len(doc.blocks) - 1))
    block = doc.blocks[index] if doc.blocks else None
    heading = next((b.text for b in reversed(doc.blocks[: index + 1]) if isinstance(b, d.Heading)), "")
    where = f" under “{_snippet(heading)}”," if heading else ""
    if isinstance(block, d.Table) and block.rows:
        row = max(block.rows, key=lambda r: sum(len(str(c)) for c in r))
        longest = max(row, key=lambda c: len(str(c)))
        what = f"the row “{_snippet(row[0], 40)}” ({_snippet(longest)})"
    elif isinstance(block, d.Paragraph):
        what = f"the text “{_snippet(block.text)}”"
    elif isinstance(block, d.Image):
        what = f"the picture “{_snippet(block.alt)}”"
    elif isinstance(block, d.Bullets) and block.items:
        what = f"the list item “{_snippet(max(block.items, key=len))}”"
    else:
        what = "one part"
    return (f"Cannot lay out “{_snippet(doc.title)}” as a PDF:{where} {what} is too large for a page. "
            "Shorten that text (or export to Word), then try again. Nothing was written.")
