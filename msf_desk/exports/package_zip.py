"""Carrying a file's compressed bytes over from the zip an earlier export wrote.

The repository's zip lists every file of the package; most of them (the open data of 100,000
contributions above all) are the same from one export to the next. Compressing them again is
most of the zip's time. `ZipReuse` opens the earlier zip and, for a file under the same name and
date whose bytes are the same (inflated and compared by SHA-256, never assumed), writes its
compressed bytes into the new zip as they are, with the header `ZipFile.writestr` would write:
the zip comes out byte for byte as if every file had been compressed again (the same zlib
compresses the same bytes the same way).
"""
from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Callable

_LOCAL_HEADER = 30
_CHUNK = 1024 * 1024


def _dos(when: tuple) -> tuple:
    """A date as a zip keeps it: to the even second."""
    return (*when[:5], when[5] // 2)


class ZipReuse:
    """The zip at `path`, if there is a readable one; `carry` writes one of its members into a new
    zip when it holds exactly the bytes wanted."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.fh = None
        self.zf: zipfile.ZipFile | None = None

    def __enter__(self) -> "ZipReuse":
        try:
            if self.path.is_file():
                self.fh = open(self.path, "rb")
                self.zf = zipfile.ZipFile(self.fh)
        except (OSError, zipfile.BadZipFile, ValueError):
            self.close()
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        if self.zf is not None:
            self.zf.close()
        if self.fh is not None:
            self.fh.close()
        self.zf = self.fh = None

    def _data_offset(self, old: zipfile.ZipInfo) -> int | None:
        """Where the member's compressed bytes start in the earlier zip."""
        self.fh.seek(old.header_offset)
        header = self.fh.read(_LOCAL_HEADER)
        if len(header) != _LOCAL_HEADER or header[:4] != b"PK\x03\x04":
            return None
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        return old.header_offset + _LOCAL_HEADER + name_length + extra_length

    def _raw(self, old: zipfile.ZipInfo) -> bytes | None:
        start = self._data_offset(old)
        if start is None:
            return None
        self.fh.seek(start)
        raw = self.fh.read(old.compress_size)
        return raw if len(raw) == old.compress_size else None

    def carry(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, size: int, sha256: Callable[[], str],
              held: str | None = None) -> bool:
        """Write `info`'s member into `archive` from the earlier zip, if that holds it deflated under
        the same name and date, `size` bytes long, inflating to bytes whose SHA-256 is `sha256()`.
        False (nothing written) otherwise: the caller compresses the file.

        `held`: the SHA-256 of the bytes the earlier zip holds under that name, where it is known
        (recorded when that zip was written, and the zip checked unchanged since by its own SHA-256):
        the member is then not inflated to be compared."""
        if self.zf is None or not all(hasattr(archive, a) for a in ("fp", "start_dir", "filelist", "NameToInfo",
                                                                    "_writecheck")):
            return False
        try:
            old = self.zf.getinfo(info.filename)
        except KeyError:
            return False
        if (_dos(old.date_time) != _dos(info.date_time) or old.compress_type != zipfile.ZIP_DEFLATED
                or old.file_size != size or old.flag_bits & 0x1 or size * 1.05 > zipfile.ZIP64_LIMIT):
            return False
        if held is not None:
            if held != sha256():
                return False
            try:
                start = self._data_offset(old)
                if start is None or self.fh.seek(0, 2) < start + old.compress_size:
                    return False
            except OSError:
                return False
            # Copied a chunk at a time: the compressed open data of 100,000 contributions is tens of MB.
            return self._write(archive, info, size, self._chunks(start, old.compress_size), old.CRC,
                               old.compress_size)
        try:
            raw = self._raw(old)
            if raw is None:
                return False
            inflate, digest, crc, length = zlib.decompressobj(-15), hashlib.sha256(), 0, 0
            for start in range(0, len(raw), _CHUNK):
                part = inflate.decompress(raw[start:start + _CHUNK])
                digest.update(part)
                crc = zlib.crc32(part, crc)
                length += len(part)
            part = inflate.flush()
            digest.update(part)
            crc = zlib.crc32(part, crc)
            length += len(part)
        except (OSError, zlib.error):
            return False
        if not inflate.eof or inflate.unused_data or length != size or digest.hexdigest() != sha256():
            return False
        return self._write(archive, info, size, [raw], crc, len(raw))

    def _chunks(self, start: int, length: int):
        done = 0
        while done < length:
            self.fh.seek(start + done)
            part = self.fh.read(min(_CHUNK, length - done))
            if not part:
                raise OSError("the earlier zip ended early")
            done += len(part)
            yield part

    @staticmethod
    def _write(archive: zipfile.ZipFile, info: zipfile.ZipInfo, size: int, raw, crc: int, length: int) -> bool:
        # What ZipFile.writestr does for a seekable file, with the compressed bytes we have.
        info.file_size, info.compress_size, info.CRC, info.flag_bits = size, length, crc, 0
        archive.fp.seek(archive.start_dir)
        info.header_offset = archive.fp.tell()
        archive._writecheck(info)
        archive._didModify = True
        archive.fp.write(info.FileHeader(False))
        for part in raw:
            archive.fp.write(part)
        archive.start_dir = archive.fp.tell()
        archive.filelist.append(info)
        archive.NameToInfo[info.filename] = info
        return True
