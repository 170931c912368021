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
