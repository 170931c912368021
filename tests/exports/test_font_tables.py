"""A font's character map, widths and glyph offsets read in bulk (exports/font_tables.py) are
what reportlab reads one number at a time, for every bundled font; a font it was not written
for is read by reportlab itself; a font made through it is reportlab's font in every attribute.
What is kept on disk for the next program gives the same tables, and only for the very font
file it was made from."""
from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from msf_desk.exports import font_tables, fonts
from msf_desk.paths import fonts_dir

FILES = sorted(fonts_dir().glob("*.ttf"))
# Attributes that are not the font's data: the read position, the scaling function.
NOT_DATA = {"_pos", "_pdfScale"}


def as_read(face) -> dict:
    """The face's attributes, dictionaries with their order (reportlab iterates some)."""
    out = {}
    for key, value in face.__dict__.items():
        if key in NOT_DATA:
            continue
        out[key] = (list(value.items()), value) if isinstance(value, dict) else value
    return out


def test_every_bundled_font_is_there():
    assert len(FILES) >= 20 and {"NotoSans-Regular.ttf", "NotoSansSC-Regular.ttf"} <= {f.name for f in FILES}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_read_in_bulk_as_reportlab_reads(path, monkeypatch):
    theirs = ttfonts.TTFontFace(str(path))
    ours = font_tables.FastFace(str(path))
    assert as_read(ours) == as_read(theirs)
    assert ours._pdfScale(2048) == theirs._pdfScale(2048)
    # The bulk reading was used (a fall back to reportlab's would make this test say nothing).
    assert font_tables._fill(font_tables.FastFace(str(path))) is True
    # The next reading (the next program) takes the kept tables: the same, in the same order.
    kept, from_kept = read(path, monkeypatch)
    assert from_kept and as_read(kept) == as_read(theirs)


def read(path, monkeypatch):
    """The face read through FastFace, and whether its tables were the kept ones (not read again)."""
    filled = []
    real = font_tables._fill
    monkeypatch.setattr(font_tables, "_fill", lambda face: filled.append(face) or real(face))
    face = font_tables.FastFace(str(path))
    monkeypatch.setattr(font_tables, "_fill", real)
    return face, not filled


def kept_files() -> list:
    import os

    return sorted((Path(os.environ["XDG_CACHE_HOME"]) / "MSF Desk" / "fonts").glob("*.tables"))


def test_kept_tables_are_used_only_for_the_font_file_they_were_made_from(tmp_path, monkeypatch):
    source = fonts_dir() / "NotoSansGeorgian-Regular.ttf"
    copy = tmp_path / "NotoSansGeorgian-Regular.ttf"
    shutil.copyfile(source, copy)
    assert read(copy, monkeypatch)[1] is False and len(kept_files()) == 1
    assert read(copy, monkeypatch)[1] is True
    # The same name in another folder is another font file: read, and kept beside the first.
    assert read(source, monkeypatch)[1] is False and len(kept_files()) == 2
    # The font file changed (here: another font under the same name): read again, not taken
    # from what was kept for the old one.
    shutil.copyfile(fonts_dir() / "NotoSansArmenian-Regular.ttf", copy)
    changed, from_kept = read(copy, monkeypatch)
    assert not from_kept and as_read(changed) == as_read(ttfonts.TTFontFace(str(copy)))
    assert read(copy, monkeypatch)[1] is True
    # A damaged or foreign kept file is not used (and is made again).
    for damage in (b"", b"not what was kept", kept_files()[0].read_bytes()[:-50]):
        for kept in kept_files():
            kept.write_bytes(damage)
        again, from_kept = read(copy, monkeypatch)
        assert not from_kept and as_read(again) == as_read(ttfonts.TTFontFace(str(copy)))
        assert read(copy, monkeypatch)[1] is True


def test_a_kept_file_changed_on_the_disk_is_not_used(tmp_path, monkeypatch):
    # One bit of the tables changed, the font file's identity intact: the tables still load as
    # numbers, other numbers. The checksum they travel with keeps them out.
    copy = tmp_path / "NotoSansHebrew-Regular.ttf"
    shutil.copyfile(fonts_dir() / "NotoSansHebrew-Regular.ttf", copy)
    assert read(copy, monkeypatch)[1] is False
    (kept,) = [f for f in kept_files() if f.name.startswith("NotoSansHebrew-Regular-")
               and font_tables._kept_file(font_tables._identity(read(copy, monkeypatch)[0])) == f]
    flipped = bytearray(kept.read_bytes())
    flipped[-1] ^= 0x01     # the last glyph offset's high byte
    kept.write_bytes(bytes(flipped))
    again, from_kept = read(copy, monkeypatch)
    assert not from_kept and as_read(again) == as_read(ttfonts.TTFontFace(str(copy)))


def test_fonts_are_read_without_a_cache_folder_or_one_that_cannot_be_written(tmp_path, monkeypatch):
    path = str(fonts_dir() / "NotoSansHebrew-Regular.ttf")
    theirs = as_read(ttfonts.TTFontFace(path))
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv("HOME", raising=False)
    assert as_read(font_tables.FastFace(path)) == theirs
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert as_read(font_tables.FastFace(path)) == theirs
    assert as_read(font_tables.FastFace(path)) == theirs


def test_a_font_made_through_it_is_reportlabs_font():
    path = str(fonts_dir() / "NotoSansArabic-Regular.ttf")
    theirs = ttfonts.TTFont("CheckArabic", path)
    ours = fonts._TTFont("CheckArabic", path)
    assert set(ours.__dict__) == set(theirs.__dict__)
    for key, value in theirs.__dict__.items():
        if key not in ("face", "state", "encoding"):
            assert ours.__dict__[key] == value, key
    assert isinstance(ours.face, font_tables.FastFace)
    assert as_read(ours.face) == as_read(theirs.face)


def test_a_font_it_does_not_read_itself_is_read_by_reportlab(monkeypatch):
    """When the bulk reading declines (a collection, a character map format other than 4 or 12,
    an unusual glyph format), reportlab's own reading gives the face, all of it."""
    path = str(fonts_dir() / "NotoSansHebrew-Regular.ttf")
    declined = []
    monkeypatch.setattr(font_tables, "_fill", lambda face: declined.append(face) or False)
    face = font_tables.FastFace(path)
    assert declined and as_read(face) == as_read(ttfonts.TTFontFace(path))


def test_a_damaged_font_is_refused_as_reportlab_refuses_it(tmp_path):
    """A character map cut short: the bulk reading fails, reportlab's reading says what is wrong."""
    path = fonts_dir() / "NotoSansArmenian-Regular.ttf"
    data = bytearray(path.read_bytes())
    face = ttfonts.TTFontFace(str(path))
    cmap = face.table["cmap"]["offset"]
    data[cmap + 2:cmap + 4] = struct.pack(">H", 60_000)  # thousands of subtables that are not there
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(bytes(data))
    with pytest.raises(Exception) as theirs:
        ttfonts.TTFontFace(str(broken))
    with pytest.raises(type(theirs.value)):
        font_tables.FastFace(str(broken))
