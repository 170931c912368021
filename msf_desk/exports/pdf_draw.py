"""Drawing a plain paragraph: the text operators reportlab writes, without its text object.

Once a paragraph is broken into lines of one run (exports/pdf_lines.py, or reportlab's own
simple case), reportlab draws it (``Paragraph.drawPara``) through a text object: for each line a
call to place it, one to join its words, one to format them (which saves and restores the text
object's state around a list of its own), another to move back. :func:`draw_plain` writes the
very same operators in the same order on the canvas (the graphics state saved, the fill colour
set, the state restored: for an RGB colour at the opacity in force only the operators those
steps write, as they leave the canvas's state as it was; for any other colour through the canvas
itself; the font subsets are handed out as there): the same page content, so the same PDF byte
for byte. It draws a paragraph of
kind 0 (one run) aligned left or right, in a TrueType font, without background, border, bullet,
underline, link or per-line offsets; anything else returns False and reportlab draws it.
tests/exports/test_pdf_fast_paths.py compares the PDFs written both ways.
"""
from __future__ import annotations

from msf_desk.exports import fonts, rl_lazy

rl_paragraph = rl_lazy.platypus()

from reportlab.lib.colors import Color  # noqa: E402 (after rl_lazy: reportlab loaded without what it may not need)
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.pdfbase.pdfmetrics import getFont  # noqa: E402
from reportlab.pdfgen import textobject  # noqa: E402

fp_str = textobject.fp_str
_beginText = rl_paragraph.Paragraph.beginText
# "r g b rg" of each colour drawn, "size Tf leading TL" of each size and leading (a few each).
_fills: dict[tuple, str] = {}
_selects: dict[tuple, str] = {}


def fill_operator(canvas, color) -> str | None:
    """What ``canvas.setFillColor(color)`` writes between a saved and a restored graphics state,
    when that is all it does: an RGB colour (no colour space enforced) whose opacity is the one
    in force (setting it writes nothing then; reportlab still marks the document as using
    transparency, which :func:`draw_plain` does too). None for anything else."""
    if type(color) is not Color or canvas._enforceColorSpace:
        return None
    alpha = color.alpha
    if alpha is not None and alpha != canvas._extgstate.getValue("ca"):
        return None
    key = (color.red, color.green, color.blue)
    op = _fills.get(key)
    if op is None:
        op = _fills[key] = "%s rg" % fp_str(key)
    return op


def _move(code: list[str], dx: float) -> None:
    """PDFTextObject.setXPos(dx) on the operators ``code`` (moveCursor(dx, 0)): a move right
    after another is folded into it, as reportlab does (its numbers read back from the text)."""
    if dx > 1e-6 or dx < -1e-6:
        dy = 0
        if code and code[-1].endswith(" Td"):
            last = code[-1].split()
            if len(last) == 3:
                del code[-1]
            else:
                code[-1] = "".join(last[:-4])
            dx += float(last[-3])
            dy -= float(last[-2])
        code.append("%s Td" % fp_str(dx, -dy))


def plain_font(para):
    """The font ``para`` (a laid-out paragraph) is drawn in by :func:`draw_plain`, or None when
    it is not a plain paragraph this draws."""
    blPara = para.blPara  # noqa: N806 (reportlab's name)
    style = para.style
    if (blPara.kind != 0 or not blPara.lines or para.bulletText or style.backColor
            or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
            or style.alignment not in (TA_LEFT, TA_RIGHT) or style.wordWrap == "RTL"
            or getattr(blPara, "us_lines", None) or getattr(blPara, "link", None)
            or hasattr(para, "_offsets") or type(para).beginText is not _beginText):
        return None
    font = getFont(blPara.fontName)
    return font if font._dynamicFont else None


def draws_without_state(para, canvas):
    """The font :func:`draw_plain` will draw ``para`` in on ``canvas`` leaving the canvas's state
    as it found it (a plain paragraph in an RGB colour at the opacity in force): whoever draws it
    then need not save and restore that state around it, only write the operators that do.
    None otherwise."""
    if getattr(para, "debug", 0) or getattr(para, "blPara", None) is None:
        return None
    font = plain_font(para)
    if font is None or fill_operator(canvas, para.blPara.textColor) is None:
        return None
    return font


def draw_plain(para, font=None) -> bool:
    """Draw ``para`` (a laid-out paragraph) as reportlab's drawPara would; False (nothing drawn)
    when it is not a plain paragraph this draws. ``font``: plain_font(para), when known."""
    if font is None:
        font = plain_font(para)
        if font is None:
            return False
    blPara = para.blPara  # noqa: N806 (reportlab's name)
    style = para.style
    lines = blPara.lines
    alignment = style.alignment
    canvas = para.canv
    font_size = blPara.fontSize
    leading = style.leading
    auto = getattr(para, "autoLeading", getattr(style, "autoLeading", ""))
    if auto == "max":
        leading = max(leading, blPara.ascent - blPara.descent)
    elif auto == "min":
        leading = blPara.ascent - blPara.descent
    if rl_paragraph.paraFontSizeHeightOffset:
        cur_y = para.height - blPara.fontSize
    else:
        cur_y = para.height - getattr(blPara, "ascent", blPara.fontSize)
    cur_x = style.leftIndent
    simple_always = "preformatted" in type(para).__name__.lower()

    color = blPara.textColor
    fill = fill_operator(canvas, color)
    page = canvas._code
    if fill is None:
        canvas.saveState()
        canvas.setFillColor(color)
    else:
        # saveState, setFillColor and restoreState leave the canvas's state as it was: only what
        # they write is written.
        if color.alpha is not None:
            canvas._doc.ensureMinPdfVersion("transparency")
        page.append("q")
        page.append(fill)
    code = ["BT", ("1 0 0 1 %s Tm" if canvas.bottomup else "1 0 0 -1 %s Tm") % fp_str(cur_x, cur_y)]
    doc = canvas._doc
    escape = canvas._escape
    split = font.splitString
    subset_name = font.getSubsetInternalName
    select = _selects.get((font_size, leading))
    if select is None:
        select = _selects[font_size, leading] = f"{fp_str(font_size)} Tf {fp_str(leading)} TL"
    current = -1  # the text object's subset: none chosen yet
    # fonts._TTFont's quicker case, without going through splitString: text whose characters
    # all have a code in the first subset already is translated in one go (first_subset_codes).
    ours = type(font).splitString is fonts._TTFont.splitString
    state = font.state.get(doc) if ours else None
    right = alignment == TA_RIGHT
    offset = style.firstLineIndent
    for extra, words in lines:
        text = " ".join(words)
        simple = extra > -1e-8 or simple_always
        if not simple:
            spaces = len(words) + text.count("\xa0") - 1
            simple = spaces <= 0
        if right:
            move = offset + extra if simple else offset
        else:
            move = offset
            _move(code, move)
        if not simple:
            code.append("%s Tw" % fp_str(extra / float(spaces)))
        if right:
            _move(code, move)
        out = []
        codes = fonts.first_subset_codes(state, text) if text and state is not None else None
        if codes is not None:
            chunks = ((0, codes),)
        else:
            chunks = split(text, doc)
            if state is None and ours:
                state = font.state.get(doc)
        for subset, chunk in chunks:
            if subset != current:
                out.append(f"{subset_name(subset, doc)} {select}")
                current = subset
            out.append(f"({escape(chunk)}) Tj")
        code.append(" ".join(out) + " T*")
        if not simple:
            code.append("%s Tw" % fp_str(0))
        _move(code, -move)
        offset = 0
    code.append("ET")
    page.append(" ".join(code))
    if fill is None:
        canvas.restoreState()
    else:
        page.append("Q")
    return True


# --- a line of several runs -------------------------------------------------------------------

_rl_put_frag_line = rl_paragraph._putFragLine
PUT_LINES = True   # False: reportlab puts every line of several runs itself (tests compare the two)


def put_frag_line(cur_x, tx, line, last, pKind):  # noqa: N803 (reportlab's names)
    """reportlab's ``_putFragLine`` (a line of several runs of a paragraph, written on its text
    object ``tx``) for a line of plain runs: no picture or callback, underline, strike, link,
    background, rise or dots, the paragraph's own leading. Each run's font, colour and text go to
    ``tx`` through the very calls reportlab makes, in the same order; what reportlab works out
    besides for those (each run's width and trailing spaces: where underlines, links and
    backgrounds start and end) is not worked out, as nothing uses it. Anything else is put by
    reportlab's. tests/exports/test_pdf_fast_paths.py compares the PDFs written both ways."""
    xs = tx.XtraState
    words = line.words
    if (not PUT_LINES or xs.autoLeading in ("min", "max") or xs.backColor or (last and xs.style.endDots)
            or xs.us_lines or xs.links):
        return _rl_put_frag_line(cur_x, tx, line, last, pKind)
    rise = xs.rise
    for f in words:
        fd = f.__dict__
        if ("cbDefn" in fd or fd.get("backColor") or fd.get("us_lines") != [] or fd.get("link") != []
                or fd.get("rise") != rise or "cbDefn" in type(f).__dict__):
            return _rl_put_frag_line(cur_x, tx, line, last, pKind)
    x0 = tx._x0
    leading = xs.leading
    if tx._leading != leading:
        tx.setLeading(leading)
    end = words[-1]
    for f in words:
        font_size = f.fontSize
        if (tx._fontname, tx._fontsize) != (f.fontName, font_size):
            tx._setFont(f.fontName, font_size)
        color = f.textColor
        if xs.textColor != color:
            xs.textColor = color
            tx.setFillColor(color)
        tx._textOut(f.text, f is end)
    if tx._x0 != x0:
        rl_paragraph.setXPos(tx, x0 - tx._x0)


def install_put_frag_line() -> None:
    """Put :func:`put_frag_line` in reportlab's paragraph module (its line drawers call it)."""
    rl_paragraph._putFragLine = put_frag_line
