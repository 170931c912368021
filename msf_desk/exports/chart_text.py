"""Text in the chart pictures (Pillow) in any script the documents use.

A chart's words are drawn like a PDF's: the line is put in visual order with the Unicode
Bidirectional Algorithm (exports.bidi_lines: right-to-left runs word by word, Latin names and
numbers inside them in their own order), each piece in the bundled face that has its letters
(Noto Sans has no Arabic, Noto Sans Arabic has no Latin letters or digits), and a right-to-left
piece is shaped by Pillow's complex layout (libraqm: HarfBuzz joins the Arabic letters and
orders them). English text in Noto Sans alone is drawn in one call, as before, so an English
chart keeps its bytes.
"""
from __future__ import annotations

from functools import lru_cache

from PIL import ImageDraw, ImageFont, features

from msf_desk.core import language
from msf_desk.exports import fonts
from msf_desk.exports.bidi_lines import base_is_rtl, has_rtl, levels, rtl_pieces, visual_runs

# Pillow built with libraqm shapes Arabic (joining forms); without it the letters come out
# unjoined, though still in the right order.
SHAPES = features.check("raqm")


@lru_cache(maxsize=64)
def font(face: fonts.Face, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    try:  # Pillow's own choice of layout: libraqm where it has it
        return ImageFont.truetype(str(face.path(bold)), size)
    except OSError:
        return ImageFont.load_default()


def _plain(text: str, bold: bool) -> bool:
    return text.isascii() or fonts.coverage(fonts.LATIN, bold).issuperset(text)


def pieces(text: str, bold: bool = False) -> list[tuple[fonts.Face, str]]:
    """``text`` (one line) as (face, text) pieces in visual order, left to right."""
    if _plain(text, bold):
        return [(fonts.LATIN, text)]
    if not has_rtl(text):
        return fonts.runs(text, bold)
    lv, base = levels(text, base_is_rtl(text, language.is_rtl()))
    out: list[tuple[fonts.Face, str]] = []
    for run, rtl in visual_runs(text, lv, base):
        out += rtl_pieces(run, bold) if rtl else fonts.runs(run, bold)
    return out


def _draw_piece(draw: ImageDraw.ImageDraw, x: float, baseline: float, face: fonts.Face, piece: str, size: int,
                bold: bool, fill) -> float:
    """One piece on the line's baseline (faces differ in their ascent: Noto Sans Arabic's is taller)."""
    f = font(face, size, bold)
    if face.rtl and SHAPES:
        draw.text((x, baseline), piece, fill=fill, font=f, direction="rtl", anchor="ls")
        return f.getlength(piece, direction="rtl")
    if face.rtl:  # no shaping: at least the letters in visual order
        piece = piece[::-1]
    draw.text((x, baseline), piece, fill=fill, font=f, anchor="ls")
    return f.getlength(piece)


def length(text: str, size: int, bold: bool = False) -> float:
    """The width ``text`` takes when drawn at ``size`` pixels."""
    total = 0.0
    for face, piece in pieces(text, bold):
        f = font(face, size, bold)
        total += f.getlength(piece, direction="rtl") if face.rtl and SHAPES else f.getlength(piece)
    return total


def draw_text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, *, bold: bool = False,
              fill="#000000", align: str = "left") -> float:
    """Draw one line with its left edge at x (``align="right"``: its right edge at x); returns its width."""
    x, y = xy
    parts = pieces(text, bold)
    if align != "left":
        width = length(text, size, bold)
        x -= width if align == "right" else width / 2
    start = x
    if len(parts) == 1 and parts[0][0] is fonts.LATIN:
        f = font(fonts.LATIN, size, bold)
        draw.text((x, y), text, fill=fill, font=f)
        return f.getlength(text)
    baseline = y + font(fonts.LATIN, size, bold).getmetrics()[0]  # where a Latin line's baseline falls
    for face, piece in parts:
        x += _draw_piece(draw, x, baseline, face, piece, size, bold, fill)
    return x - start
