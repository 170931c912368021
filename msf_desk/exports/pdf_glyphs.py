"""Shaped text as PDF operators: reportlab's own formatting, in fewer steps.

Text that HarfBuzz shaped (a word in Arabic or Devanagari, and every word of a paragraph that
holds one) reaches reportlab's text object as a ``ShapedStr``: its characters and, for each, what
HarfBuzz made of it (advance, offsets, the glyph's own width). ``PDFTextObject._formatText``
writes it glyph by glyph: for each glyph three values go into a list (the offset back, the
glyph's code, what HarfBuzz's advance leaves of the glyph's width), then the zeros are filtered
out, runs of codes and runs of numbers are grouped (``itertools.groupby``), numbers summed, codes
escaped, and the whole written as one ``Tj`` or ``TJ``. A glyph moved up or down (a mark above
a letter) starts a new group at another rise.

:func:`format_text` gives the very same operators for shaped text in which no glyph is moved up
or down (the pack's names, Latin words shaped beside them): the same values, summed in the
same order, the same zeros dropped, in one pass over the glyphs. Anything else (a rise, a glyph
moved up or down, shape data that does not match the text, text that is not shaped) is written
by reportlab's own method. Text that is not shaped, in a TrueType font, is written as reportlab
writes it, without its steps for shaped text and other kinds of font.
tests/exports/test_pdf_fast_paths.py compares the two on text in every script the fonts draw.
"""
from __future__ import annotations

from msf_desk.exports import rl_lazy

rl_lazy.platypus()

from reportlab.pdfbase.pdfmetrics import getFont  # noqa: E402 (after rl_lazy)
from reportlab.pdfbase.ttfonts import ShapedStr  # noqa: E402
from reportlab.pdfgen import textobject  # noqa: E402

fp_str = textobject.fp_str
_rl_format_text = textobject.PDFTextObject._formatText
ON = True   # False: reportlab formats every text (tests compare the two)


def format_text(tx, text):
    """``tx._formatText(text)`` (tx: reportlab's PDFTextObject): the same operators."""
    if not ON:
        return _rl_format_text(tx, text)
    if type(text) is str:
        return _format_plain(tx, text)
    if type(text) is not ShapedStr or tx._rise:
        return _rl_format_text(tx, text)
    font = getFont(tx._fontname)
    data = text.__shapeData__
    if (not font._dynamicFont or not font.shapable or data is None or len(data) != len(text)
            or any(sd[4] or sd[0] < 0 for sd in data)):
        return _rl_format_text(tx, text)
    canv = tx._canvas
    doc = canv._doc
    escape = canv._escape
    out: list[str] = []
    start = 0
    for codes in _subsets(tx, font, text, doc, out):
        if not codes:
            return _rl_format_text(tx, text)  # reportlab's loop needs a code (never happens)
        end = start + len(codes)
        # reportlab's list for this chunk: per glyph -x_offset, the code, width - x_advance +
        # x_offset; zeros dropped; runs of codes joined and escaped, runs of numbers summed
        # (from 0, in order) and dropped when they print as "0".
        parts: list[str] = []
        run = bytearray()
        total = None   # the numbers' running sum, None when the last kept value was a code
        for code, sd in zip(codes, data[start:end]):
            value = -sd[3]
            if value:
                if run:
                    parts.append(f"({escape(bytes(run))})")
                    run = bytearray()
                total = (0 if total is None else total) + value
            if total is not None:
                shown = fp_str(total)
                if shown != "0":
                    parts.append(shown)
                total = None
            run.append(code)
            value = sd[5] - sd[1] + sd[3]
            if value:
                parts.append(f"({escape(bytes(run))})")
                run = bytearray()
                total = 0 + value
        if run:
            parts.append(f"({escape(bytes(run))})")
        elif total is not None:
            shown = fp_str(total)
            if shown != "0":
                parts.append(shown)
        start = end
        if len(parts) == 1 and parts[0].startswith("("):
            out.append(f"{parts[0]} Tj")
        else:
            out.append(f"[{' '.join(parts)}] TJ")
    return " ".join(out)


def _format_plain(tx, text: str) -> str:
    """reportlab's ``_formatText`` of text that is not shaped, in a TrueType font (a Latin or
    Georgian run of a paragraph of several runs): each subset's codes as one ``Tj``, the subset
    chosen when it changes. Other fonts: reportlab's."""
    font = getFont(tx._fontname)
    if not font._dynamicFont:
        return _rl_format_text(tx, text)
    canv = tx._canvas
    doc = canv._doc
    escape = canv._escape
    out: list[str] = []
    for codes in _subsets(tx, font, text, doc, out):
        out.append(f"({escape(codes)}) Tj")
    return " ".join(out)


def _subsets(tx, font, text: str, doc, out: list[str]):
    """The pieces ``font.splitString`` makes of ``text`` (the codes of one subset each), the
    subset's selection put in ``out`` before a piece whose subset is not the text object's
    current one, as reportlab's text object does."""
    select = None
    for subset, codes in font.splitString(text, doc):
        if subset != tx._curSubset:
            if select is None:
                select = f"{fp_str(tx._fontsize)} Tf {fp_str(tx._leading)} TL"
            out.append(f"{font.getSubsetInternalName(subset, doc)} {select}")
            tx._curSubset = subset
        yield codes


def install() -> None:
    """Put :func:`format_text` in reportlab's text object (every text it writes goes through it)."""
    textobject.PDFTextObject._formatText = format_text


def uninstall() -> None:
    textobject.PDFTextObject._formatText = _rl_format_text
