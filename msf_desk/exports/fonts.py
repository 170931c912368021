"""The fonts embedded in PDFs, and which one draws each character.

Every character of user text must be drawn by an embedded font, never dropped. The bundled
Noto fonts (SIL Open Font License, resources/fonts/) are tried in the order of FACES: each
character is drawn by the first face that has a glyph for it, so a line of text becomes runs
of one face each. A character no bundled face has stops the export (:class:`Undrawable`).

Big faces (Chinese, Korean, emoji) are only loaded when a document needs them; reportlab
embeds only the glyphs a document uses (a subset per document), so a pack with one Korean
name carries a few Korean glyphs, not the whole font.
"""
from __future__ import annotations

import itertools
import threading
import unicodedata

# Loads reportlab without what a document may not need (pictures, shaping): before any reportlab import.
from msf_desk.exports import rl_lazy  # noqa: F401

from reportlab.pdfbase import pdfmetrics, ttfonts

from msf_desk.model.errors import UserError
from msf_desk.exports import font_tables
from msf_desk.exports.faces import FACES, Face  # noqa: F401 (Face is part of this module's API)
from msf_desk.paths import fonts_dir


LATIN = FACES[0]
SPACES = " \u00a0"

_lock = threading.RLock()
_loaded: dict[str, ttfonts.TTFont] = {}
_face_of: dict[tuple[str, bool], Face | None] = {}
_coverage: dict[str, frozenset[str]] = {}


class _TTFont(ttfonts.TTFont):
    """reportlab's TrueType font with a quicker ``splitString`` (turning drawn text into the
    codes of the font's subsets, a tenth of a PDF's layout, character by character in Python).
    Text whose characters all have a code in the first subset already (nearly every string of a
    document once its first lines are drawn) is translated in one go; anything else goes through
    reportlab's own method, which hands out new codes. Same codes, same bytes. Its character
    map and widths are read in bulk (font_tables: the same tables, sooner)."""

    def __init__(self, name: str, filename: str) -> None:
        font_tables.make_font(self, name, filename)

    # reportlab asks every font for its ascent and descent at each paragraph layout and finds
    # a TrueType font's only on its face after an AttributeError: the same numbers, straight away.
    @property
    def ascent(self) -> float:
        return self.face.ascent

    @property
    def descent(self) -> float:
        return self.face.descent

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        if state is not None and text and isinstance(text, str):
            codes = first_subset_codes(state, text)
            if codes is not None:
                return [(0, codes)]
        results = super().splitString(text, doc, encoding)
        state = self.state[doc]
        assignments = state.assignments
        fast = state.__dict__.get("_msf_first")
        if fast is None:
            # The characters that have a code in the first subset: a set to check text against
            # and a table for str.translate (a no-break space is drawn as a space, as reportlab does).
            fast = state._msf_first = [set(), {}, 0]
        if len(assignments) != fast[2]:
            chars, table, seen = fast
            for code, n in itertools.islice(assignments.items(), seen, None):  # codes only ever added
                if n < 256:
                    chars.add(chr(code))
                    table[code] = n
                    if code == 32:
                        chars.add("\xa0")
                        table[0xA0] = n
            fast[2] = len(assignments)
        return results


def first_subset_codes(state, text: str) -> bytes | None:
    """`text` in the codes of a font's first subset, in one go, when each of its characters has a
    code there already (`state`: the font's state for the document, as _TTFont.splitString keeps
    it); None otherwise (the text then goes through splitString, which hands out new codes)."""
    fast = state.__dict__.get("_msf_first")
    if fast is not None and len(state.assignments) == fast[2] and fast[0].issuperset(text):
        return text.translate(fast[1]).encode("latin-1")
    return None


class Undrawable(UserError):
    """A character that no bundled font can draw; the writer adds where it was found."""

    def __init__(self, char: str, where: str = "") -> None:
        self.char = char
        self.where = where
        super().__init__(f"Cannot write the PDF: {describe(char)}{' ' + where if where else ''} cannot be "
                         "drawn by any font bundled with MSF Desk, and the PDF would lose it. Replace "
                         "the character in that record (the Word file keeps it) and export again.")


def describe(char: str) -> str:
    """U+1F600 😀 (GRINNING FACE): how a refused character is named to the user."""
    name = unicodedata.name(char, "")
    shown = char if char.isprintable() and not unicodedata.category(char).startswith(("M", "C")) else ""
    return " ".join(p for p in (f"U+{ord(char):04X}", shown, f"({name})" if name else "") if p)


def load(face: Face, bold: bool = False) -> ttfonts.TTFont:
    """The face in that weight, registered with reportlab (with the family, for <b>), loaded
    once. Only the weight asked for is read: an Arabic name in a pack's table needs the
    regular Arabic face, not the bold one."""
    name = face.font_name(bold)
    font = _loaded.get(name)
    if font is not None:
        return font
    with _lock:
        if name not in _loaded:
            if name in pdfmetrics.getRegisteredFontNames():
                _loaded[name] = pdfmetrics.getFont(name)
            else:
                font = _TTFont(name, str(face.path(bold)))
                _prefer_canonical(font)
                _scale_private_widths(font)
                _keep_hb_fonts(font)
                pdfmetrics.registerFont(font)
                _loaded[name] = font
            reg, bld = face.font_name(False), face.font_name(True)
            # No italic files ship: italic maps to upright so <i> never fails.
            pdfmetrics.registerFontFamily(reg, normal=reg, bold=bld, italic=reg, boldItalic=bld)
        return _loaded[name]


def _keep_hb_fonts(font: ttfonts.TTFont) -> None:
    """reportlab makes a HarfBuzz font (a size of the face) for every word it shapes; keep one
    per size (and per thread: two exports may shape at once). The same face at the same size
    shapes the same way."""
    make_hb_font = font.hbFont
    made: dict[tuple[int, float], object] = {}

    def hb_font(fontSize=10):  # noqa: N803 (reportlab's name)
        key = (threading.get_ident(), fontSize)
        hb = made.get(key)
        if hb is None:
            hb = made[key] = make_hb_font(fontSize)
        return hb

    font.hbFont = hb_font


def _prefer_canonical(font: ttfonts.TTFont) -> None:
    """Shaped text is written back as characters from the glyphs (reportlab takes the first
    character a glyph stands for). Where a glyph also stands for a compatibility character
    (小 and the Kangxi radical ⼩ share one), put the ordinary character first, so the PDF's
    text (search, copy, extraction) is the text that was written."""
    for chars in font.face.glyphToChar.values():
        if len(chars) > 1:
            chars.sort(key=lambda c: (unicodedata.normalize("NFKC", chr(c)) != chr(c), c))


def _scale_private_widths(font: ttfonts.TTFont) -> None:
    """A glyph HarfBuzz makes that stands for no single character (a flag, a joined emoji, a
    ligature) gets a private code from reportlab, with its width in font units where PDF
    widths are in thousandths of an em: in a font of 2048 units per em (Noto Emoji) the
    next text was pushed away by twice the glyph's width. Give reportlab the scaled width."""
    if getattr(font.face, "unitsPerEm", 1000) == 1000:
        return
    make_hb_font = font.hbFont

    def hb_font(fontSize=10):  # noqa: N803 (reportlab's name)
        hb = make_hb_font(fontSize)
        add_private = font.hbAddPrivate  # reportlab sets it anew with each HarfBuzz font
        font.hbAddPrivate = lambda name, gid, advance: add_private(name, gid, font.pdfScale(advance))
        return hb

    font.hbFont = hb_font


def coverage(face: Face, bold: bool = False) -> frozenset[str]:
    """Every character the face has a glyph for (loads the face the first time)."""
    name = face.font_name(bold)
    chars = _coverage.get(name)
    if chars is None:
        chars = _coverage[name] = frozenset(map(chr, load(face, bold).face.charToGlyph))
    return chars


def has_glyph(face: Face, char: str, bold: bool = False) -> bool:
    return char in coverage(face, bold)


def face_for(char: str, bold: bool = False) -> Face | None:
    """The first bundled face with a glyph for ``char`` (None: none has one)."""
    key = (char, bold)
    try:
        return _face_of[key]
    except KeyError:
        pass
    found = next((f for f in FACES if char in coverage(f, bold)), None)
    _face_of[key] = found
    return found


def is_ignorable(char: str) -> bool:
    """Invisible format characters (joiners, variation selectors, direction marks): drawn by
    HarfBuzz as nothing, or left out where no face draws them - nothing visible is lost."""
    o = ord(char)
    return (unicodedata.category(char) == "Cf" or 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF
            or o in (0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0))


_SPACE, _DROP, _IGNORE, _MARK, _LETTER = "space", "drop", "ignore", "mark", "letter"
_kinds: dict[str, str] = {}
# Per weight, each character seen: (kind, the first face that has it).
_chars: dict[bool, dict[str, tuple[str, Face | None]]] = {False: {}, True: {}}


def _kind(char: str) -> str:
    kind = _kinds.get(char)
    if kind is None:
        if char in SPACES:
            kind = _SPACE
        elif is_ignorable(char):
            kind = _IGNORE
        elif unicodedata.category(char).startswith("M"):
            kind = _MARK
        else:
            kind = _LETTER
        _kinds[char] = kind
    return kind


def runs(line: str, bold: bool = False) -> list[tuple[Face, str]]:
    """Split one line into (face, text) runs; raise :class:`Undrawable` for a character no
    face has. Spaces stay inside a run only when the same face continues after them (so a
    right-to-left run can be put in visual order without dragging other text along)."""
    if not line or line.isascii() or coverage(LATIN, bold).issuperset(line):
        return [(LATIN, line)]
    assigned: list[Face | str] = []
    append = assigned.append
    prev: Face | None = None
    known = _chars[bold]
    for ch in line:
        entry = known.get(ch)
        if entry is None:
            kind = _kind(ch)
            entry = known[ch] = (kind, face_for(ch, bold) if kind in (_LETTER, _MARK) else None)
        kind, face = entry
        if kind is _LETTER:
            if face is None:
                raise Undrawable(ch)
            append(face)
            prev = face
        elif kind is _SPACE:
            append(_SPACE)
        elif kind is _MARK:
            if prev is not None and ch in coverage(prev, bold):
                face = prev  # a combining mark stays with its letter
            elif face is None:
                raise Undrawable(ch)
            append(face)
            prev = face
        else:  # invisible: kept where the face draws it or HarfBuzz hides it, else left out
            keep = prev is not None and (prev.shaped or ch in coverage(prev, bold))
            append(prev if keep else _DROP)
    n = len(assigned)
    last: Face | str = LATIN  # the face of the last drawn character before a run of spaces
    i = 0
    while i < n:
        here = assigned[i]
        if here is not _SPACE:
            if here is not _DROP:
                last = here
            i += 1
            continue
        j = i
        while j < n and assigned[j] is _SPACE:
            j += 1
        k = j
        while k < n and assigned[k] is _DROP:
            k += 1
        right = assigned[k] if k < n else LATIN
        keep = last if (last is right and isinstance(last, Face) and last.own_spaces
                        and " " in coverage(last, bold)) else LATIN
        assigned[i:j] = [keep] * (j - i)
        i = j
    out: list[tuple[Face, str]] = []
    start_face: Face | None = None
    chunk: list[str] = []
    for ch, face in zip(line, assigned):
        if face is _DROP:
            continue
        if face is not start_face and chunk:
            out.append((start_face, "".join(chunk)))  # type: ignore[arg-type]
            chunk = []
        start_face = face  # type: ignore[assignment]
        chunk.append(ch)
    if chunk:
        out.append((start_face, "".join(chunk)))  # type: ignore[arg-type]
    return out or [(LATIN, "")]


def check(text: str) -> None:
    """Raise :class:`Undrawable` for the first character of ``text`` no face can draw."""
    for line in text.split("\n"):
        runs(line)


def bundled_files() -> list:
    """Every font file shipped, for the window (Qt) and the build."""
    return sorted(fonts_dir().glob("*.ttf"))
