"""Files the program keeps in the user's cache folder to save work at its next start (a font's
tables, compiled regular expressions), written and read the one careful way.

A kept file holds what it was made from (its identity: the font file, the Python, the format)
and its contents as bytes with their checksum. It is written whole beside its place and moved
there, so another program reads the whole file or none of it; it is used only when it names the
very identity asked for and its checksum holds. Anything else (no file, a damaged or foreign one,
a disk that refuses) reads as nothing: the caller then does the work itself, so a kept file can
only save time, never change a result. `marshal` is the format (quick to read; the folder is the
user's own, and what is read is checked as above before it is trusted).
"""
from __future__ import annotations

import marshal
import os
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pathlib is not loaded for this: the command line loads this module first
    from pathlib import Path


def read(where: Path, identity: tuple) -> object | None:
    """The contents kept at `where` for `identity`; None when there is no such file, or it was made
    for something else, or it is damaged."""
    try:
        with open(where, "rb") as fh:
            kept = marshal.loads(fh.read())
        # The contents travel as bytes with their checksum: a byte changed on the disk after the
        # file was written (the identity intact) would otherwise be read as if it were right.
        if not (isinstance(kept, tuple) and len(kept) == 3 and kept[0] == identity
                and isinstance(kept[2], bytes) and zlib.crc32(kept[2]) == kept[1]):
            return None
        return marshal.loads(kept[2])
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write(where: Path, identity: tuple, contents: object) -> None:
    """Keep `contents` (numbers, text, bytes and their tuples, lists and dictionaries) at `where`
    for `identity`; quietly nothing when the disk refuses."""
    data = marshal.dumps(contents)
    partial = where.with_name(f"{where.name}.{os.getpid()}.partial")
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as fh:
            fh.write(marshal.dumps((identity, zlib.crc32(data), data)))
        os.replace(partial, where)   # another program reads the whole file or none of it
    except OSError:
        try:
            os.unlink(partial)
        except OSError:
            pass
