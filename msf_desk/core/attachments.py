"""Files the forum keeps (papers, signed scans, contributions' attachments).

Each is copied into the forum's storage folder under its SHA-256, never linked to a
path that may move, and the copy is complete or absent: it goes to a temporary name
first and is renamed once written.
"""
from __future__ import annotations

import os
import re
import shutil
import unicodedata
from pathlib import Path

from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
# Patterns as text: compiled when first used (by re's own cache), not as every command loads this module.
_UNSAFE = r'[\\/:*?"<>|]'
# Dropped from names: control characters (C0, DEL, C1) and the bidirectional controls that
# make "invoice\u202Efdp.exe" look like "invoiceexe.pdf" (U+061C, U+200E-200F, U+202A-202E,
# U+2066-2069). Joiners (U+200C, U+200D) stay: some scripts need them.
_INVISIBLE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"


def size_text(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def safe_file_name(name: str, fallback: str = "file") -> str:
    """A file name that is safe on Windows, macOS and Linux, keeping the letters of any script.

    Path separators become '_', control and bidirectional control characters are dropped,
    reserved Windows names
    (CON, NUL, COM1 …) are prefixed, trailing dots and spaces removed, length capped.
    """
    name = re.sub(_INVISIBLE, "", unicodedata.normalize("NFC", str(name)))
    # Keep only the last component: a name is never a path.
    name = re.split(r"[\\/]", name)[-1]
    name = re.sub(_UNSAFE, "_", name).strip().strip(".").strip()
    name = re.sub(r"\s+", " ", name)
    if not name or set(name) <= {"_", " "}:
        name = fallback
    stem = name.partition(".")[0] if not name.startswith(".") else name
    if stem.upper().strip() in _WINDOWS_RESERVED:
        name = f"_{name}"
    if len(name.encode("utf-8")) > 120:
        base, ext = os.path.splitext(name)
        ext = ext[:16]
        while len((base + ext).encode("utf-8")) > 120:
            base = base[:-1]
        name = base.rstrip(". ") + ext
    return name


def store_file(files_dir: Path, source: str | Path, *, folder: str, max_bytes: int,
               what: str | None = None, too_big_hint: str = "", field: str | None = None,
               fallback: str = "file") -> dict:
    """Copy `source` to `files_dir/<folder>/<sha[:2]>/<sha>-<safe name>`.

    Returns the fields a record keeps: file_name, stored_path (relative, with '/'),
    sha256, size and media_type. Errors name the file and say what is wrong.
    """
    source = Path(source)
    if not source.exists():
        raise UserError(M_("There is no file at {source}: check the name and the folder.").format(source=source), field=field)
    if not source.is_file():
        raise UserError(M_("{source} is a folder or a device, not a file that can be attached.").format(source=source), field=field)
    size = source.stat().st_size
    if size > max_bytes:
        hint = f" {too_big_hint}" if too_big_hint else ""
        raise UserError(M_("{name} is {size_text}; {what} can be at most {size_text2}.{hint}").format(name=source.name, size_text=size_text(size), what=what or M_("a file"), size_text2=size_text(max_bytes), hint=hint), field=field)
    # OpenSSL's SHA-256 (fast on large files), loaded with the first file stored: this module is
    # loaded at every start (Today's rules), where nothing else needs OpenSSL (model/digests.py).
    import hashlib

    digest = hashlib.sha256()
    try:
        with source.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1024 * 1024), b""):
                digest.update(chunk)
    except OSError as exc:
        raise UserError(M_("Cannot read {name}: {value}.").format(name=source.name, value=exc.strerror or exc), field=field) from exc
    sha = digest.hexdigest()
    name = safe_file_name(source.name, fallback)
    relative = f"{folder}/{sha[:2]}/{sha}-{name}"
    target = Path(files_dir) / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        try:
            shutil.copyfile(source, partial)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserError(M_("Cannot copy {name} into the forum's storage: {value}.").format(name=source.name, value=exc.strerror or exc),
                            field=field) from exc
    import mimetypes  # its tables are built as it loads; only storing a file needs them

    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return {"file_name": name, "stored_path": relative, "sha256": sha, "size": size, "media_type": media_type}


def inside_storage(files_dir: Path | None, stored_path: str, *, what: str | None = None) -> Path:
    """The file a record's `stored_path` names, refused unless it lies inside the forum's storage
    folder: no absolute path, no '..', no symbolic link leading out (``/etc/passwd``,
    ``../secret``). Without a storage folder only the path's form is checked."""
    text = str(stored_path or "")
    parts = re.split(r"[\\/]", text)
    if (not text or text.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", text) or ".." in parts
            or re.search(_INVISIBLE, text)):
        raise UserError(M_("{what} is stored as '{text}', which is not inside the forum's storage folder; it is never read or published.").format(what=what or M_("The file"), text=text))
    if files_dir is None:
        return Path(text)
    root = Path(files_dir).resolve()
    path = (root / text).resolve()
    if path != root and root not in path.parents:
        raise UserError(M_("{what} is stored as '{text}', which leads outside the forum's storage folder (a link out of it); it is never read or published.").format(what=what or M_("The file"), text=text))
    return path
