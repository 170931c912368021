"""Papers: the documents circulated with an agenda, copied into the forum's storage."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import mimetypes
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from msf_desk.core.errors import UserError, ValidationError

DISCLOSURES = {
    "public": "Public",
    "withheld": "Withheld as pre-decision",
    "confidential": "Confidential",
}
MAX_BYTES = 200 * 1024 * 1024
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


@dataclass
class Paper:
    meeting_id: int
    title: str
    item_id: int | None = None
    position: int = 0
    reference: str = ""  # a link or a citation when there is no file
    file_name: str = ""
    stored_path: str = ""  # relative to the forum's storage folder, with forward slashes
    sha256: str = ""
    size: int = 0
    media_type: str = ""
    summary: str = ""  # the text or abstract printed in the members' pack
    added_on: str = ""
    disclosure: str = "public"
    id: int | None = None

    @property
    def disclosure_label(self) -> str:
        return DISCLOSURES.get(self.disclosure, self.disclosure)

    @property
    def is_public(self) -> bool:
        return self.disclosure == "public"

    @property
    def has_file(self) -> bool:
        return bool(self.stored_path)


def size_text(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def safe_file_name(name: str) -> str:
    """A file name that is safe on Windows, macOS and Linux, keeping the letters of any script.

    Path separators and control characters are dropped, reserved Windows names
    (CON, NUL, COM1 …) are prefixed, trailing dots and spaces removed, length capped.
    """
    name = unicodedata.normalize("NFC", str(name))
    # Keep only the last component: a name is never a path.
    name = re.split(r"[\\/]", name)[-1]
    name = _UNSAFE.sub("_", name).strip().strip(".").strip()
    name = re.sub(r"\s+", " ", name)
    if not name or set(name) <= {"_", " "}:
        name = "paper"
    stem, dot, ext = name.partition(".") if not name.startswith(".") else (name, "", "")
    if stem.upper().strip() in _WINDOWS_RESERVED:
        name = f"_{name}"
    if len(name.encode("utf-8")) > 120:
        base, ext = os.path.splitext(name)
        ext = ext[:16]
        while len((base + ext).encode("utf-8")) > 120:
            base = base[:-1]
        name = base.rstrip(". ") + ext
    return name


def validate(paper: Paper) -> None:
    problems: dict[str, str] = {}
    if not paper.title.strip():
        problems["title"] = "a paper needs a title"
    if paper.disclosure not in DISCLOSURES:
        problems["disclosure"] = "choose public, withheld as pre-decision, or confidential"
    if problems:
        raise ValidationError(problems)


def store_file(files_dir: Path, source: str | Path) -> dict:
    """Copy `source` into `files_dir/papers/<sha[:2]>/<sha>-<safe name>`; return the file fields.

    The copy goes to a temporary name and is renamed only once complete, so a failure
    never leaves half a file in the storage.
    """
    source = Path(source)
    if not source.is_file():
        raise UserError(f"{source} is not a file that can be attached.")
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise UserError(f"{source.name} is {size_text(size)}; papers can be at most "
                        f"{size_text(MAX_BYTES)}. Share a link to it as a reference instead.")
    digest = hashlib.sha256()
    try:
        with source.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1024 * 1024), b""):
                digest.update(chunk)
    except OSError as exc:
        raise UserError(f"Cannot read {source.name}: {exc.strerror or exc}.") from exc
    sha = digest.hexdigest()
    name = safe_file_name(source.name)
    relative = f"papers/{sha[:2]}/{sha}-{name}"
    target = Path(files_dir) / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        try:
            shutil.copyfile(source, partial)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserError(f"Cannot copy {source.name} into the forum's storage: {exc.strerror or exc}.") from exc
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return {"file_name": name, "stored_path": relative, "sha256": sha, "size": size, "media_type": media_type}


def stored_file(files_dir: Path, paper: Paper) -> Path | None:
    return Path(files_dir) / paper.stored_path if paper.stored_path else None


# --- operations on the forum file -----------------------------------------------------

def papers_of(db, meeting_id: int) -> list[Paper]:
    from msf_desk.store import meetings as store

    return store.papers_of(db, meeting_id)


def get_paper(db, paper_id: int) -> Paper:
    from msf_desk.store import meetings as store

    paper = store.get_paper(db, paper_id)
    if paper is None:
        raise UserError(f"There is no paper with id {paper_id}.")
    return paper


def add_paper(db, paper: Paper, *, files_dir: Path | None = None, source: str | Path | None = None,
              today: dt.date | None = None) -> Paper:
    """Add a paper to a meeting: with a file (copied into storage) or as a reference."""
    from msf_desk.core import agendas
    from msf_desk.store import meetings as store

    validate(paper)
    if source is not None:
        if files_dir is None:
            raise UserError("This forum has no storage folder for files; save the forum to a file first.")
        paper = dataclasses.replace(paper, **store_file(files_dir, source))
    elif not paper.reference.strip() and not paper.stored_path:
        raise ValidationError({"reference": "attach a file or give a reference (a link or citation)"})
    if paper.item_id is not None:
        item = store.get_item(db, paper.item_id)
        if item is None or item.meeting_id != paper.meeting_id:
            raise ValidationError({"item_id": "the agenda item is not on this meeting's agenda"})
    today = today or dt.date.today()
    paper = dataclasses.replace(paper, added_on=paper.added_on or today.isoformat())
    saved = store.insert_paper(db, paper)
    agendas.note_change(db, paper.meeting_id, f"Paper added: {paper.title}.", today=today)
    return saved


def update_paper(db, paper: Paper, *, today: dt.date | None = None) -> Paper:
    from msf_desk.core import agendas
    from msf_desk.store import meetings as store

    validate(paper)
    old = get_paper(db, paper.id)
    store.update_paper(db, paper)
    if old.disclosure != paper.disclosure:
        agendas.note_change(db, paper.meeting_id,
                            f"Paper “{paper.title}” is now {paper.disclosure_label.lower()}.", today=today)
    elif old.title != paper.title or old.item_id != paper.item_id:
        agendas.note_change(db, paper.meeting_id, f"Paper “{paper.title}” changed.", today=today)
    return paper


def remove_paper(db, paper_id: int, *, today: dt.date | None = None) -> Paper:
    """Take a paper off the meeting. The stored file stays (other papers may share it, and
    undo needs it)."""
    from msf_desk.core import agendas
    from msf_desk.store import meetings as store

    paper = get_paper(db, paper_id)
    store.delete_paper(db, paper_id)
    agendas.note_change(db, paper.meeting_id, f"Paper withdrawn: {paper.title}.", today=today)
    return paper


def restore_paper(db, paper: Paper) -> None:
    from msf_desk.store import meetings as store

    store.restore_paper(db, paper)
