"""Right-to-left text in PDFs: break a paragraph into lines in reading order, then lay each
line out in visual order (the Unicode Bidirectional Algorithm, python-bidi).

reportlab lays text out left to right. Turning a whole paragraph into visual order before it
is wrapped puts its END on the first line: a multi-line Arabic paragraph read bottom to top.
Here the paragraph is cut into lines first, in logical order (each word measured as HarfBuzz
shapes it), and only then is each line reordered: runs of right-to-left text are put right to
left word by word (HarfBuzz orders the letters inside each word), Latin names and numbers
inside them keep their own order, brackets are mirrored. The lines go to reportlab joined by
explicit line breaks, each short enough that reportlab does not wrap it again.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from bidi import algorithm as uba
from bidi.mirror import MIRRORED
# Loads reportlab without what a document may not need (pictures, shaping): before any reportlab import.
from msf_desk.exports import rl_lazy  # noqa: F401

from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics, ttfonts

from msf_desk.exports import fonts

# What a line may fill of the width reportlab gives: shaped widths are measured word by word,
# and a line reportlab finds a hair too long would be wrapped again, out of order.
FILL = 0.97
RTL_CLASSES = ("R", "AL")


# Every right-to-left letter (bidi class R or AL) lies in these blocks (Hebrew to Arabic
# Extended, the right-to-left mark, the Hebrew and Arabic presentation forms, the historic
# scripts of the SMP); tests/exports check it against the whole of Unicode. Text with no
# character in them (nearly every paragraph of a Latin-script forum) needs no closer look.
RTL_BLOCKS = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_rtl(text: str) -> bool:
    return RTL_BLOCKS.search(text) is not None and any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


def base_is_rtl(text: str, default: bool) -> bool:
    """The direction of a paragraph. In a right-to-left document (``default``) a paragraph with
    any right-to-left letter runs right to left: a line composed of the document's own words
    around a typed English name ("National Open Government Forum — … — مرحلي") reads from the
    right even though its first letter is Latin. Otherwise (Unicode rules P2, P3) that of its
    first strong letter, ``default`` when it has none: an English name or sentence typed into an
    Arabic document keeps its own direction, so its full stop stays at its end."""
    if default and has_rtl(text):
        return True
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return default


# The explicit direction marks: embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates
# (LRI, RLI, FSI, PDI). A typed value set inside a sentence of a right-to-left document comes
# between FSI and PDI (core/language.typed). They are never drawn.
CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"
_ISOLATE_OPENS = {"\u2066": LRE, "\u2067": RLE}
FSI, PDI = "\u2068", "\u2069"
LRM, RLM = "\u200e", "\u200f"
_ISOLATES = "\u2066\u2067\u2068\u2069"
_REMOVED = frozenset(uba.X9_REMOVED)


def without_controls(text: str) -> str:
    """The text as drawn: without its explicit direction marks."""
    return text if text.isascii() or _ANY_CONTROL.search(text) is None else text.translate(_NO_CONTROLS)


_NO_CONTROLS = dict.fromkeys(map(ord, CONTROLS))
_ANY_CONTROL = re.compile(f"[{CONTROLS}]")


def isolates_as_embeddings(text: str, base: int) -> tuple[str, list[int | None]]:
    """python-bidi's algorithm (Unicode 6) knows embeddings, not isolates (Unicode 6.3). Each
    isolate becomes the embedding of its direction (FSI: that of the first strong letter
    before its PDI, rules P2, P3), with a mark of the direction around it on the outside (LRM
    or RLM: that of the paragraph or of the isolate it sits in), so that the words around it
    see neither its letters nor its brackets: the brackets and full stop of a typed title stay
    with it, the sentence's own stay with the sentence. A PDI with no isolate open is ignored.
    Returns the text to resolve and, for each of its characters, its index in ``text`` (None
    for an added mark)."""
    if not any(ch in _ISOLATES for ch in text):
        return text, list(range(len(text)))
    out: list[str] = []
    where: list[int | None] = []
    stack = [base]
    for i, ch in enumerate(text):
        if ch in _ISOLATE_OPENS or ch == FSI:
            rtl = ch == "\u2067" or (ch == FSI and base_is_rtl(_isolated(text, i + 1), False))
            out += [RLM if stack[-1] else LRM, RLE if rtl else LRE]
            where += [None, i]
            stack.append(int(rtl))
        elif ch == PDI and len(stack) > 1:
            stack.pop()
            out += [PDF, RLM if stack[-1] else LRM]
            where += [i, None]
        elif ch == PDI:
            out.append("\u200b")  # a boundary neutral (BN), as the rules treat it
            where.append(i)
        else:
            out.append(ch)
            where.append(i)
    return "".join(out), where


def _isolated(text: str, start: int) -> str:
    """The text from ``start`` to its matching PDI, nested isolates left out (rule P2)."""
    depth = 0
    out = []
    for ch in text[start:]:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == PDI:
            if not depth:
                break
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def levels(text: str, rtl_base: bool | None) -> tuple[list[int], int]:
    """The resolved embedding level of each character of one paragraph (rules up to I2) and
    the paragraph's level (0 left to right, 1 right to left). None: from its first strong letter.
    An explicit mark takes the level of the character before it (it is not drawn)."""
    storage = uba.get_empty_storage()
    base = uba.get_base_level(text) if rtl_base is None else int(rtl_base)
    marked, where = isolates_as_embeddings(text, base)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(marked, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    chars = storage["chars"]
    if marked is text and len(chars) == len(text):
        return [c["level"] for c in chars], base
    kept = [unicodedata.bidirectional(ch) not in _REMOVED for ch in marked]
    if sum(kept) != len(chars):  # surrogate pairs on a narrow build: one level per character
        return [base] * len(text), base
    out: list[int] = []
    resolved = iter(chars)
    for keep, index in zip(kept, where):
        level = next(resolved)["level"] if keep else (out[-1] if out else base)
        if index is not None:
            out.append(level)
    return out, base


def visual_runs(text: str, lv: list[int], base: int) -> list[tuple[str, bool]]:
    """One line as (text in logical order, right to left?) runs, in visual order (rules L1, L2)."""
    lv = list(lv)
    # L1: spaces at the end of the line take the paragraph's level.
    i = len(text) - 1
    while i >= 0 and text[i] in " \u00a0":
        lv[i] = base
        i -= 1
    units: list[list] = []  # [level, chars]
    for ch, level in zip(text, lv):
        if units and units[-1][0] == level:
            units[-1][1].append(ch)
        else:
            units.append([level, [ch]])
    if not units:
        return []
    highest = max(u[0] for u in units)
    odd = [u[0] for u in units if u[0] % 2]
    lowest_odd = min(odd) if odd else highest + 1
    order = list(range(len(units)))
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if units[order[i]][0] >= level:
                j = i
                while j < len(order) and units[order[j]][0] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [("".join(units[k][1]), bool(units[k][0] % 2)) for k in order]


def _mirror(text: str) -> str:
    return "".join(MIRRORED.get(ch, ch) for ch in reversed(text))


def rtl_pieces(run: str, bold: bool) -> list[tuple[fonts.Face, str]]:
    """A right-to-left run as (face, text) pieces in visual order: words right to left, each
    word's pieces right to left; a face that shapes right to left keeps its letters in logical
    order (HarfBuzz reverses them), other pieces (punctuation) are reversed and mirrored here."""
    out: list[tuple[fonts.Face, str]] = []
    for n, word in enumerate(reversed(run.split(" "))):
        if n:
            out.append((fonts.LATIN, " "))
        for face, piece in reversed(fonts.runs(word, bold)):
            out.append((face, piece if face.rtl else _mirror(piece)))
    return out


@lru_cache(maxsize=20000)
def _width(text: str, font_name: str, size: float, shaped: bool) -> float:
    if shaped:
        try:
            return float(ttfonts.shapeFragWord(
                [pdfmetrics.stringWidth(text, font_name, size), (ABag(fontName=font_name, fontSize=size), text)],
                force=True)[0])
        except Exception:  # no HarfBuzz: the plain advance widths
            pass
    return pdfmetrics.stringWidth(text, font_name, size)


def word_width(word: str, size: float, bold: bool) -> float:
    total = 0.0
    for face, piece in fonts.runs(word, bold):
        fonts.load(face, bold)
        total += _width(piece, face.font_name(bold), size, face.shaped)
    return total


def break_lines(text: str, width: float, size: float, bold: bool) -> list[tuple[int, int]]:
    """(start, end) of each line of one paragraph, cut at spaces, in logical order."""
    space = pdfmetrics.stringWidth(" ", fonts.LATIN.font_name(bold), size)
    limit = width * FILL
    lines: list[tuple[int, int]] = []
    start = pos = 0
    used = 0.0
    for word in text.split(" "):
        w = word_width(word, size, bold) if word else 0.0
        end = pos + len(word)
        if pos > start and used + space + w > limit:
            lines.append((start, pos - 1))  # the space before this word ends the line
            start, used = pos, w
        else:
            used = used + (space if pos > start else 0.0) + w
        pos = end + 1
    lines.append((start, len(text)))
    return lines


def lines_in_visual_order(text: str, width: float, size: float, bold: bool,
                          rtl_base: bool | None) -> list[list[tuple[str, bool]]]:
    """Each line of ``text`` (one paragraph, no line breaks) as visual runs, top line first."""
    lv, base = levels(text, rtl_base)
    if any(ch in CONTROLS for ch in text):  # the marks have done their work: not drawn
        kept = [i for i, ch in enumerate(text) if ch not in CONTROLS]
        text, lv = "".join(text[i] for i in kept), [lv[i] for i in kept]
    return [visual_runs(text[a:b], lv[a:b], base) for a, b in break_lines(text, width, size, bold)]


def markup_lines(text: str, width: float, size: float, bold: bool, rtl_base: bool | None,
                 run_markup: Callable[[fonts.Face, str], str]) -> str:
    """Reportlab markup of ``text`` (line breaks kept) laid out for ``width`` points."""
    out: list[str] = []
    for n, paragraph in enumerate(text.split("\n")):
        if n:
            out.append("<br/>")
        for k, line in enumerate(lines_in_visual_order(paragraph, width, size, bold, rtl_base)):
            if k:
                out.append("<br/>")
            for run, rtl in line:
                pieces = rtl_pieces(run, bold) if rtl else fonts.runs(run, bold)
                out.extend(run_markup(face, piece) for face, piece in pieces)
    return "".join(out)
