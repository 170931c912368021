"""Which papers go into the board book (the pack PDF with the papers in it), for an audience.

The board book carries a paper's own file only where the audience may read it in full: the
public book only public papers; the members' book public and withheld papers. Confidential
papers are never bound into a book (they are handed to the members concerned), tabled
papers are distributed at the meeting, and a paper with no file is a reference. Every paper
the pack lists but the book does not carry is listed with the reason, in words.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from msf_desk.core import attachments
from msf_desk.core.audience.pack import PackData, PaperView
from msf_desk.model.errors import UserError
from msf_desk.store import meetings as store
from msf_desk.model.messages import M_
from msf_desk.model.records import record

# The disclosures whose files each audience's book may carry.
BOUND = {"public": ("public",), "members": ("public", "withheld")}


@record
class BookPaper:
    view: PaperView
    path: Path | None  # the stored file to bind in; None when it is not bound
    reason: str = ""  # why it is not in the book, in words
    sha256: str = ""  # what the file must still hash to (checked by the writer, off the GUI thread)
    file_name: str = ""

    @property
    def bound(self) -> bool:
        return self.path is not None


def book_papers(db, pack: PackData, files_dir: Path | None) -> list[BookPaper]:
    """Each paper of `pack`, in the pack's order, with its checked file or the reason it is left out."""
    out = []
    for view in pack.papers:
        out.append(_entry(db, pack, view, files_dir))
    return out


def _entry(db, pack: PackData, view: PaperView, files_dir: Path | None) -> BookPaper:
    if view.withheld or view.paper_id is None or view.disclosure not in BOUND[pack.audience]:
        reason = {"withheld": "withheld as pre-decision", "confidential": "confidential: for the members "
                  "concerned only"}.get(view.disclosure, "not for this audience")
        return BookPaper(view, None, reason)
    if view.tabled:
        return BookPaper(view, None, "tabled: to be distributed at the meeting")
    paper = store.get_paper(db, view.paper_id)
    if paper is None or paper.meeting_id != pack.meeting_id:
        return BookPaper(view, None, "the paper is no longer on this meeting")
    if not paper.stored_path:
        return BookPaper(view, None, f"a reference, not a file: {paper.reference}" if paper.reference
                         else "no file has been added yet")
    if files_dir is None:
        return BookPaper(view, None, "the forum's files folder is not known (save the forum to a file first)")
    try:
        path = attachments.inside_storage(files_dir, paper.stored_path, what=M_("The file of the paper “{title}”").format(title=paper.title))
    except UserError as exc:
        return BookPaper(view, None, str(exc))
    if path is None or not path.is_file():
        return BookPaper(view, None, f"its file {paper.file_name} is missing from the forum's files folder")
    return BookPaper(view, path, sha256=paper.sha256, file_name=paper.file_name)


def unchanged_reason(entry: BookPaper) -> str:
    """'' when the stored file still hashes to what was recorded, else the reason in words.
    (Reads the whole file: call it off the GUI thread.)"""
    if not entry.sha256:
        return ""
    digest = hashlib.sha256()
    try:
        with open(entry.path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        return f"its file {entry.file_name} cannot be read ({exc.strerror or exc})"
    if digest.hexdigest() != entry.sha256:
        return (f"its file {entry.file_name} has changed since it was added (its checksum differs); "
                "add it again or revise the paper")
    return ""
