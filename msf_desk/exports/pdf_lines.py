"""Breaking a plain paragraph into lines: reportlab's own steps, without what it cannot need.

Most paragraphs of a document are one run of one face (a Latin item text, a heading, a table
cell): reportlab breaks them with its simple case (``Paragraph.breakLines``, one fragment),
which still checks at every word for soft hyphens, hyphenation, words cut before, bidi and
forced splits, and takes each word off the front of a list. :func:`plain_lines` takes the same
steps in the same order with the same numbers (the same word widths, the same sums, so the
same lines and the same PDF) when none of those can happen: one fragment with text, no
bullet, no shaping, no bidi, no hyphenation, no soft hyphen, no word wider than its line.
Anything else returns None and reportlab breaks the paragraph itself.
tests/exports/test_pdf_fast_paths.py compares both on texts of every kind.
"""
from __future__ import annotations

from msf_desk.exports import rl_lazy

rl_paragraph = rl_lazy.platypus()

from reportlab.platypus.paraparser import ParaFrag as _ParaFrag  # noqa: E402 (after rl_lazy)

_new_frag = _ParaFrag.__new__

_SHY = "\xad"


def plain_lines(para, width):
    """``para.breakLines(width)`` for a plain paragraph, or None to leave it to reportlab."""
    frags = para.frags
    style = para.style
    if (len(frags) != 1 or para.bulletText or style.wordWrap or style.endDots or style.shaping
            or getattr(style, "hyphenationLang", "") or style.uriWasteReduce or style.embeddedHyphenation
            or not style.splitLongWords):
        return None
    f = frags[0]
    text = getattr(f, "text", None)
    if (text is None or not isinstance(text, str) or hasattr(f, "cbDefn") or hasattr(f, "backColor")
            or _SHY in text):
        return None
    text = rl_paragraph.strip(text)
    if not text:
        return None
    max_widths = width if isinstance(width, (tuple, list)) else [width]
    font_name, font_size = f.fontName, f.fontSize
    measure = rl_paragraph.stringWidth  # the module's (pdf_writer keeps each width it gives)
    encoding = para.encoding
    words = rl_paragraph.split(text)
    space = measure(" ", font_name, font_size, encoding)
    # The widths pdf_writer keeps for this font and size, looked up here without a call each
    # (the same numbers: each was measured by the same function).
    kept = getattr(measure, "kept", None)
    known = kept.get((font_name, font_size), {}) if kept is not None else {}
    shrink = style.spaceShrinkage * space
    last_line = len(max_widths) - 1
    lineno = 0
    max_width = max_widths[0]
    lines: list = []
    line: list[str] = []
    current = -space  # reportlab's start: no space before the first word
    widest = 0
    for word in words:
        word_width = known.get(word)
        if word_width is None:
            word_width = measure(word, font_name, font_size, encoding)
        new = current + space + word_width
        if new > max_width + shrink * len(line):
            if word_width > max_widths[min(lineno, last_line)]:
                return None  # a word wider than the line: reportlab cuts it
            if line:
                if current > widest:
                    widest = current
                lines.append((max_width - current, line))
                line = [word]
                current = word_width
                lineno += 1
                max_width = max_widths[min(last_line, lineno)]
                continue
        if word:
            line.append(word)
        current = new
    if line:
        if current > widest:
            widest = current
        lines.append((max_width - current, line))
    ascent, descent = rl_paragraph.getAscentDescent(font_name, font_size)
    # What reportlab's breakLines leaves on the paragraph.
    para._width_max = widest
    para.height = 0
    para._splitLongWordCount = para._hyphenations = 0
    if type(f) is not _ParaFrag:
        return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=font_size)
    # f.clone(...) of a plain fragment (ABag.clone: its attributes in order, then these), without
    # passing them all as keywords.
    out = _new_frag(_ParaFrag)
    attrs = out.__dict__
    attrs.update(f.__dict__)
    attrs.update(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=font_size)
    return out


# --- comparing two fragments ----------------------------------------------------------------

_rl_same_frag = rl_paragraph.sameFrag
_SAME = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_MISSING = object()


def same_frag(f, g) -> bool:
    """reportlab's ``sameFrag(f, g)`` (may two pieces of a line be drawn as one run?), the same
    answer without asking each fragment for attributes it does not have: the compiled version
    looks up eight attributes of each, and the four or so a fragment lacks each raise and clear
    an error (8 µs a call; reportlab's paragraphs of several runs call it at every word). For
    two plain fragments (ParaFrag: no attribute on its class) their dictionaries are read; an
    attribute both lack is the same, one only lacks differs, as there. Anything else is asked
    to reportlab's."""
    if type(f) is not _ParaFrag or type(g) is not _ParaFrag:
        return _rl_same_frag(f, g)
    fd = f.__dict__
    gd = g.__dict__
    if "cbDefn" in fd or "cbDefn" in gd or "lineBreak" in fd or "lineBreak" in gd:
        return False
    for name in _SAME:
        a = fd.get(name, _MISSING)
        b = gd.get(name, _MISSING)
        if a is b:
            continue
        if a is _MISSING or b is _MISSING or a != b:
            return False
    return True


def install_same_frag() -> None:
    """Put :func:`same_frag` in reportlab's paragraph module (its line breaking calls it)."""
    rl_paragraph.sameFrag = same_frag


# --- the layout of a paragraph of several runs, kept per document -----------------------------

_FragLine = rl_paragraph.FragLine
_ParaLines = rl_paragraph.ParaLines
_new_line = _FragLine.__new__
_NOT_KEPT = (rl_paragraph._SplitFrag, rl_paragraph._InjectedFrag, rl_paragraph._SHYWord)


class Layout:
    """What reportlab's ``breakLines`` made of a paragraph of several runs: its lines, the words it
    left as the paragraph's fragments, its widest line (a copy, handed out again as copies)."""

    __slots__ = ("style", "lines", "words", "widest")

    def __init__(self, style, lines, words, widest) -> None:
        self.style, self.lines, self.words, self.widest = style, lines, words, widest


def layout_key(para, width):
    """What reportlab's ``breakLines(width)`` of ``para`` depends on, when ``para``'s fragments are
    still those made of its markup text (``para.text``) in its style: its class, style, markup,
    the widths and its own leading setting. None for a paragraph whose layout is not kept (a
    bullet, a style that breaks words its own way or draws dots)."""
    style = para.style
    if para.bulletText or style.wordWrap or style.endDots:
        return None
    widths = tuple(width) if isinstance(width, (list, tuple)) else width
    return (type(para), id(style), para.text, widths, getattr(para, "autoLeading", None), para.encoding)


def _copy_frag(g):
    out = _new_frag(type(g))
    out.__dict__.update(g.__dict__)
    return out


def _copy_lines(lines: list) -> list:
    out = []
    for line in lines:
        copy = _new_line(_FragLine)
        copy.__dict__.update(line.__dict__)
        copy.words = [_copy_frag(g) for g in line.words]
        out.append(copy)
    return out


def keep_layout(para, laid) -> Layout | None:
    """A copy of what reportlab's ``breakLines`` just made of ``para`` (``laid``, its lines, and
    the paragraph's fragment words), or None when it is not of the kind kept: lines of several
    runs of plain fragments, no word cut or hyphenated, nothing injected."""
    if (type(laid) is not _ParaLines or laid.__dict__.keys() != {"kind", "lines"} or laid.kind != 1
            or para._splitLongWordCount or para._hyphenations):
        return None
    for line in laid.lines:
        if type(line) is not _FragLine or any(type(g) is not _ParaFrag for g in line.words):
            return None
    words = para.frags
    for w in words:
        if isinstance(w, _NOT_KEPT) or getattr(w, "__dict__", None):
            return None
    return Layout(para.style, _copy_lines(laid.lines), [type(w)(w) for w in words], para._width_max)


def laid_again(para, kept: Layout):
    """``para.breakLines(width)`` from a kept layout: a copy of its lines, its fragment words and
    widest line set on ``para`` as reportlab's breakLines sets them."""
    para._width_max = kept.widest
    para.height = 0
    para._splitLongWordCount = para._hyphenations = 0
    para.frags = [type(w)(w) for w in kept.words]
    return _ParaLines(kind=1, lines=_copy_lines(kept.lines))
