"""Reading a TrueType font's character map and metrics faster than reportlab does.

reportlab reads a font's character map, widths and glyph offsets (``TTFontFile.extractInfo``)
one number at a time, a Python call and a ``struct.unpack`` each: about 14 ms for each weight
of Noto Sans, a tenth of a command-line PDF export. :class:`FastFace` reads the same tables
with one ``struct.unpack_from`` per table and builds the very same attributes (the same
dictionaries, in the same order, the same lists): reportlab itself still reads the names,
the header and the other small tables. Anything it was not written for (a font collection,
a character map format other than 4 or 12, an unusual glyph format) is read by reportlab's
own code. tests/exports/test_font_tables.py compares both readings of every bundled font.

What the bulk reading gives is also kept on disk (the user's cache folder, one file per font
file) and read back by the next program that reads the same font file: the same tables, in the
same order, without reading them again (Noto Sans: about 3 ms a weight). A kept file is used only
when it names the very font file it was made from (its path, size, time of change and the
checksum the font carries for its whole file), the same reportlab and the same way of reading;
anything else (another font file, a damaged or foreign file, no cache folder, a disk that
refuses) and the font is read as above: the cache can only save time, never change a table.
"""
from __future__ import annotations

import os
import zlib
from struct import unpack_from
from weakref import WeakKeyDictionary
from fnmatch import fnmatch

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import ttfonts

from msf_desk import kept_files
from msf_desk.paths import user_cache_dir

# The tables _fill sets, kept for the next program (the order of this tuple is the file's).
KEPT = ("charToGlyph", "glyphToChar", "charWidths", "hmetrics", "defaultWidth", "glyphPos")
# Changes whenever _fill or what is kept changes: files of another format are not read.
KEPT_FORMAT = 2


class FastFace(ttfonts.TTFontFace):
    """reportlab's TrueType face; its character map, widths and glyph offsets read in bulk."""

    def extractInfo(self, charInfo=1):  # noqa: N802, N803 (reportlab's names)
        if not charInfo or self.fileKind != "TTF":
            return super().extractInfo(charInfo)
        super().extractInfo(0)  # names, header, OS/2, post, hhea, maxp: small and read once
        if _read_kept(self):
            return
        try:
            filled = _fill(self)
        except Exception:  # noqa: BLE001 (a damaged font: reportlab says what is wrong with it)
            filled = False
        if not filled:
            super().extractInfo(charInfo)
        else:
            _keep(self)


def _identity(face) -> tuple | None:
    """What a kept file must name to be used for this face (None: nothing is kept for it)."""
    filename = getattr(face, "filename", None)
    if not isinstance(filename, str) or "head" not in face.table:
        return None
    try:
        stat = os.stat(filename)
    except OSError:
        return None
    checksum = unpack_from(">L", face._ttf_data, face.table["head"]["offset"] + 8)[0]
    return (KEPT_FORMAT, reportlab.Version, os.path.abspath(filename), stat.st_size, stat.st_mtime_ns,
            len(face._ttf_data), checksum, face.numGlyphs)


def _kept_file(identity: tuple):
    folder = user_cache_dir()
    if folder is None:
        return None
    path = identity[2]
    stem = os.path.splitext(os.path.basename(path))[0]
    return folder / "fonts" / f"{stem}-{zlib.crc32(path.encode('utf-8', 'surrogatepass')):08x}.tables"


def _read_kept(face) -> bool:
    """Set the face's tables from the kept file made from this very font file; False when there is none."""
    identity = _identity(face)
    where = _kept_file(identity) if identity is not None else None
    if where is None:
        return False
    tables = kept_files.read(where, identity)
    if not (isinstance(tables, tuple) and len(tables) == len(KEPT)):
        return False
    for name, value in zip(KEPT, tables):
        setattr(face, name, value)
    return True


def _keep(face) -> None:
    """Keep the face's tables for the next program (quietly nothing when the disk refuses)."""
    identity = _identity(face)
    where = _kept_file(identity) if identity is not None else None
    if where is None:
        return
    kept_files.write(where, identity, tuple(getattr(face, name) for name in KEPT))


def make_font(font: ttfonts.TTFont, name: str, filename: str, shapable: bool = True) -> None:
    """``ttfonts.TTFont.__init__(font, name, filename)`` with a :class:`FastFace` (same attributes)."""
    font.fontName = name
    font.face = FastFace(filename)
    font.encoding = ttfonts.TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = shapable and not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)


def _cmap_offset(face) -> int | None:
    """The character map subtable reportlab chooses (the same rules, in the same order)."""
    data = face._ttf_data
    start = face.table["cmap"]["offset"]
    version, count = unpack_from(">HH", data, start)
    if count == 0 and version != 0:
        count = version
    chosen, enc = None, 0
    for n in range(count):
        platform, encoding, offset = unpack_from(">HHL", data, start + 4 + 8 * n)
        if platform == 3:
            enc, chosen = 1, offset
        elif platform == 1 and encoding == 0 and enc != 1:
            enc, chosen = 2, offset
        elif platform == 1 and encoding == 1:
            enc, chosen = 1, offset
        elif platform == 0 and encoding != 5:
            enc, chosen = 1, offset
    return None if chosen is None else start + chosen


def _fill(face) -> bool:
    """Set charToGlyph, glyphToChar, charWidths, hmetrics, defaultWidth and glyphPos as
    reportlab's extractInfo does; False (nothing set) for a font it does not read itself."""
    data = face._ttf_data
    head = face.table["head"]["offset"]
    index_to_loc, glyph_format = unpack_from(">HH", data, head + 50)
    if glyph_format != 0 or "loca" not in face.table:
        return False
    n_metrics = unpack_from(">H", data, face.table["hhea"]["offset"] + 34)[0]
    num_glyphs = face.numGlyphs
    where = _cmap_offset(face)
    if where is None or n_metrics == 0:
        return False
    fmt = unpack_from(">H", data, where)[0]
    char_to_glyph: dict[int, int] = {}
    glyph_to_char: dict[int, list[int]] = {}
    if fmt == 4:
        length = unpack_from(">H", data, where + 2)[0]
        limit = where + length
        seg_count = unpack_from(">H", data, where + 6)[0] // 2
        p = where + 14
        ends = unpack_from(f">{seg_count}H", data, p)
        p += 2 * seg_count + 2
        starts = unpack_from(f">{seg_count}H", data, p)
        p += 2 * seg_count
        deltas = unpack_from(f">{seg_count}h", data, p)
        p += 2 * seg_count
        range_start = p
        ranges = unpack_from(f">{seg_count}H", data, p)
        # The glyph index array, after the range offsets up to the end of the subtable.
        array_start = p + 2 * seg_count
        array = unpack_from(f">{max(limit - array_start, 0) // 2}H", data, array_start)
        for n in range(seg_count):
            first, last, delta, offset = starts[n], ends[n], deltas[n], ranges[n]
            if offset == 0:
                for char in range(first, last + 1):
                    glyph = (char + delta) & 0xFFFF
                    char_to_glyph[char] = glyph
                    glyph_to_char.setdefault(glyph, []).append(char)
                continue
            base = range_start + 2 * n + offset
            for char in range(first, last + 1):
                at = base + (char - first) * 2
                if at >= limit:
                    glyph = 0
                else:
                    i = at - array_start
                    glyph = array[i >> 1] if i >= 0 and not i & 1 else unpack_from(">H", data, at)[0]
                    if glyph != 0:
                        glyph = (glyph + delta) & 0xFFFF
                char_to_glyph[char] = glyph
                glyph_to_char.setdefault(glyph, []).append(char)
    elif fmt == 12:
        seg_count = unpack_from(">L", data, where + 12)[0]
        groups = unpack_from(f">{3 * seg_count}L", data, where + 16)
        for n in range(0, 3 * seg_count, 3):
            first, last, glyph_first = groups[n], groups[n + 1], groups[n + 2]
            step = glyph_first - first
            for char in range(first, last + 1):
                glyph = char + step
                char_to_glyph[char] = glyph
                glyph_to_char.setdefault(glyph, []).append(char)
    else:
        return False

    scale = face._pdfScale
    hmtx = face.table["hmtx"]["offset"]
    pairs = unpack_from(f">{2 * n_metrics}H", data, hmtx)
    advances = pairs[0::2]
    hmetrics = list(zip(advances, pairs[1::2]))
    # reportlab repeats the last advance already scaled for the glyphs that only have a side bearing.
    last = scale(advances[-1])
    rest = max(num_glyphs - n_metrics, 0)
    hmetrics += [(last, lsb) for lsb in unpack_from(f">{rest}H", data, hmtx + 4 * n_metrics)]
    char_widths: dict[int, float] = {}
    for glyph in sorted(glyph_to_char):
        if glyph >= num_glyphs and glyph >= n_metrics:
            continue
        width = scale(advances[glyph]) if glyph < n_metrics else last
        for char in glyph_to_char[glyph]:
            char_widths[char] = width

    loca = face.table["loca"]["offset"]
    if index_to_loc == 0:
        glyph_pos = [v << 1 for v in unpack_from(f">{num_glyphs + 1}H", data, loca)]
    elif index_to_loc == 1:
        glyph_pos = list(unpack_from(f">{num_glyphs + 1}L", data, loca))
    else:
        return False

    if 0x20 in char_to_glyph:
        char_to_glyph[0xA0] = char_to_glyph[0x20]
        char_widths[0xA0] = char_widths[0x20]
    elif 0xA0 in char_to_glyph:
        char_to_glyph[0x20] = char_to_glyph[0xA0]
        char_widths[0x20] = char_widths[0xA0]
    face.charToGlyph = char_to_glyph
    face.glyphToChar = glyph_to_char
    face.charWidths = char_widths
    face.hmetrics = hmetrics
    face.defaultWidth = scale(advances[0])
    face.glyphPos = glyph_pos
    return True
