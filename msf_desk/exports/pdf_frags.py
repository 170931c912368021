"""Paragraph fragments for the PDF writer's own markup, without reportlab's markup parser.

The PDF writer turns plain text into a small markup of its own (exports/pdf_writer.markup):
escaped text (``&amp;``, ``&lt;``, ``&gt;``), ``<br/>`` and ``<font name="...">…</font>``.
reportlab parses every paragraph's markup with an HTML parser (a tenth of a pack's layout) to
make the same list of fragments this module makes directly: the same fragments, attribute by
attribute and in the same order, so the PDF is the same byte for byte
(tests/exports/test_pdf_frags.py compares the two on many texts). Anything else in the markup
(it never happens with the writer's markup) is left to reportlab's parser: ``frags`` returns None.
"""
from __future__ import annotations

import re

# Loads reportlab without what a document may not need (pictures, shaping): before any reportlab import.
from msf_desk.exports import rl_lazy
rl_lazy.platypus()

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.platypus.paragraph import _wsc, _wsc_re_split, cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

# Text (no tag, no entity), a line break, a font run, its end, one of the three entities.
_TOKENS = re.compile(r'([^<&]+)|(<br/>)|<font name="([^"<>&]+)">|(</font>)|&(amp|lt|gt);')
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_new = ParaFrag.__new__


def _frag(attrs: dict) -> ParaFrag:
    frag = _new(ParaFrag)
    frag.__dict__.update(attrs)
    return frag


def _cleaned(xml: str) -> str:
    """reportlab's cleanBlockQuotedText(xml), in one go for markup of one line (the writer's:
    its line breaks are <br/>): the ends stripped of reportlab's white space characters, then
    split at Python's white space (at reportlab's own list when the line holds a no-break
    space, as reportlab does) and joined again by single spaces."""
    if "\n" in xml:
        return cleanBlockQuotedText(xml)
    line = xml.strip(_wsc)
    if "\xa0" in line:
        return " ".join(w for w in _wsc_re_split(line) if w)
    return " ".join(line.split())   # str.split() gives no empty words


def frags(xml: str, style) -> tuple[str, list[ParaFrag]] | None:
    """(the text reportlab keeps, the fragments) of the writer's markup ``xml`` in ``style``,
    as reportlab's parser makes them; None for markup this does not know (reportlab parses it).

    Like reportlab: the markup is first cleaned (runs of white space become one space, the ends
    are stripped), each stretch of text between tags is a fragment, each entity a fragment of
    its own, a line break an empty fragment marked ``lineBreak``."""
    text = _cleaned(xml)
    family, bold, italic = ps2tt(style.fontName)
    # The attributes reportlab's parser gives the paragraph's first fragment, in its order; the
    # link and underline lists are shared by every fragment of a paragraph, as there.
    top = {"rise": 0, "greek": 0, "link": [], "fontName": family, "bold": bold, "italic": italic,
           "fontSize": style.fontSize, "textColor": style.textColor, "us_lines": [], "__tag__": "para"}
    if "<" not in text and "&" not in text:
        # Text alone (most paragraphs): one fragment, or none for no text, as the loop below makes.
        if not text:
            return text, []
        top["fontName"] = tt2ps(family, bold, italic)
        top["text"] = text
        return text, [_frag(top)]
    stack = [top]
    out: list[ParaFrag] = []
    pos = 0
    for m in _TOKENS.finditer(text):
        if m.start() != pos:
            return None
        pos = m.end()
        data, br, font, close, entity = m.groups()
        if data is not None or entity is not None:
            attrs = dict(top)
            attrs["fontName"] = tt2ps(top["fontName"], top["bold"], top["italic"])
            attrs["text"] = data if data is not None else _ENTITIES[entity]
            out.append(_frag(attrs))
        elif font is not None:
            top = dict(top)
            top["__tag__"] = "font"
            top["fontName"], top["bold"], top["italic"] = ps2tt(font)
            stack.append(top)
        elif close is not None:
            if len(stack) < 2:
                return None
            stack.pop()
            top = stack[-1]
        else:  # <br/>
            attrs = dict(top)
            attrs["__tag__"] = "br"
            attrs["lineBreak"] = True
            attrs["text"] = ""
            attrs["fontName"] = tt2ps(top["fontName"], top["bold"], top["italic"])
            out.append(_frag(attrs))
    if pos != len(text) or len(stack) != 1:
        return None
    return text, out
