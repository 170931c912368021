"""Drawing a plain paragraph: the text operators reportlab writes, without its text object.

Once a paragraph is broken into lines of one run (exports/pdf_lines.py, or reportlab's own
simple case), reportlab draws it (``Paragraph.drawPara``) through a text object: for each line a
call to place it, one to join its words, one to format them (which saves and restores the text
object's state around a list of its own), another to move back. :func:`draw_plain` writes the
very same operators in the same order on the canvas (the graphics state saved, the fill colour
set and restored through the canvas itself, so its state and the document's font subsets move
exactly as there): the same page content, so the same PDF byte for byte. It draws a paragraph of
kind 0 (one run) aligned left or right, in a TrueType font, without background, border, bullet,
underline, link or per-line offsets; anything else returns False and reportlab draws it.
tests/exports/test_pdf_fast_paths.py compares the PDFs written both ways.
"""
from __future__ import annotations

from msf_desk.exports import rl_lazy

rl_paragraph = rl_lazy.platypus()

from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # noqa: E402 (after rl_lazy: reportlab loaded without what it may not need)
from reportlab.pdfbase.pdfmetrics import getFont  # noqa: E402
from reportlab.pdfgen import textobject  # noqa: E402

fp_str = textobject.fp_str
_beginText = rl_paragraph.Paragraph.beginText


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


def draw_plain(para) -> bool:
    """Draw ``para`` (a laid-out paragraph) as reportlab's drawPara would; False (nothing drawn)
    when it is not a plain paragraph this draws."""
    blPara = para.blPara  # noqa: N806 (reportlab's name)
    style = para.style
    lines = blPara.lines
    alignment = style.alignment
    if (blPara.kind != 0 or not lines or para.bulletText or style.backColor
            or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
            or alignment not in (TA_LEFT, TA_RIGHT) or style.wordWrap == "RTL"
            or getattr(blPara, "us_lines", None) or getattr(blPara, "link", None)
            or hasattr(para, "_offsets") or type(para).beginText is not _beginText):
        return False
    font = getFont(blPara.fontName)
    if not font._dynamicFont:
        return False
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

    canvas.saveState()
    canvas.setFillColor(blPara.textColor)
    code = ["BT", ("1 0 0 1 %s Tm" if canvas.bottomup else "1 0 0 -1 %s Tm") % fp_str(cur_x, cur_y)]
    doc = canvas._doc
    escape = canvas._escape
    split = font.splitString
    subset_name = font.getSubsetInternalName
    select = f"{fp_str(font_size)} Tf {fp_str(leading)} TL"
    current = -1  # the text object's subset: none chosen yet
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
        for subset, chunk in split(text, doc):
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
    canvas._code.append(" ".join(code))
    canvas.restoreState()
    return True
