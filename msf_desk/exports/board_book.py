"""The board book: the meeting pack as one PDF with the papers in it.

Takes the pack (core.audience.pack) and the papers core.audience.board_book allows for its
audience, and binds each paper's own file after the pack: PDF papers as they are (pypdf),
Word and OpenDocument papers converted with LibreOffice where it is installed. A paper that
cannot be bound (a password-protected or damaged PDF, a file of another kind, a failed
conversion) is listed in the pack's "Papers in this board book" table with the reason; none
is dropped silently. The book has a bookmark per agenda item with its papers nested under
it, and page labels: the pack's pages 1, 2, 3 … as printed in their footer, then each
paper's own pages P3-1, P3-2 … (paper 3, page 1, 2).
"""
from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from msf_desk.core.audience.board_book import BookPaper, unchanged_reason
from msf_desk.core.audience.pack import PackData
from msf_desk.core.language import N_, _
from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_
from msf_desk.model.records import record

WORD_SUFFIXES = (".doc", ".docx", ".odt", ".rtf")
CONVERT_TIMEOUT = 180  # seconds for one Word paper; LibreOffice's first start is slow

# The document's fixed words, in one place.
WORDS = {  # marked for the documents' catalogue; looked up with _() where written
    "pack": N_("Meeting pack"),
    "other": N_("Papers for no agenda item"),
    "pages": N_("Pages {first} to {last}"),
    "page": N_("Page {first}"),
    "not_included": N_("Not included: {reason}"),
    "encrypted": N_("the PDF is protected by a password; ask its author for an unprotected copy"),
    "damaged": N_("the PDF is damaged or cannot be read ({detail})"),
    "empty": N_("the PDF has no pages"),
    "no_office": N_("Word files are converted with LibreOffice, which is not installed on this computer; "
                 "save the paper as PDF and revise it"),
    "convert_failed": N_("LibreOffice could not convert it to PDF ({detail})"),
    "convert_slow": N_("LibreOffice took longer than {seconds} seconds to convert it"),
    "other_kind": N_("a {suffix} file cannot be bound into a PDF; save it as PDF and revise the paper"),
}


@record
class Bound:
    entry: BookPaper
    pdf: Path | None  # a PDF that can be bound
    pages: int = 0
    reason: str = ""
    first: int = 0  # the paper's first page in the book (0-based), once bound

    @property
    def label_prefix(self) -> str:
        return f"P{self.entry.view.number}-"

    def in_book_text(self) -> str:
        if self.pdf is None:
            return _(WORDS["not_included"]).format(reason=self.reason)
        last = f"{self.label_prefix}{self.pages}"
        if self.pages == 1:
            return _(WORDS["page"]).format(first=f"{self.label_prefix}1")
        return _(WORDS["pages"]).format(first=f"{self.label_prefix}1", last=last)


def office_program() -> str | None:
    """LibreOffice's command on this machine, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in ("/Applications/LibreOffice.app/Contents/MacOS/soffice",
                      r"C:\Program Files\LibreOffice\program\soffice.exe"):
        if Path(candidate).is_file():
            return candidate
    return None


def convert_to_pdf(source: Path, work: Path, *, timeout: float = CONVERT_TIMEOUT) -> tuple[Path | None, str]:
    """Convert a Word or OpenDocument file with LibreOffice (headless, its own profile folder, in a
    process group killed on timeout). Returns (the PDF, "") or (None, the reason in words)."""
    program = office_program()
    if program is None:
        return None, _(WORDS["no_office"])
    out = Path(tempfile.mkdtemp(prefix="convert-", dir=work))
    # A copy with a plain name: LibreOffice names its output after the input.
    plain = out / f"paper{source.suffix.lower()}"
    shutil.copyfile(source, plain)
    profile = (work / "office-profile").resolve().as_uri()
    command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
               "--convert-to", "pdf", "--outdir", str(out), str(plain)]
    kwargs: dict = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    if os.name == "posix":
        kwargs["start_new_session"] = True
    else:
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
    try:
        process = subprocess.Popen(command, **kwargs)
    except OSError as exc:
        return None, _(WORDS["convert_failed"]).format(detail=exc.strerror or exc)
    try:
        _out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        if os.name == "posix":
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except OSError:
                pass
        else:
            process.kill()
        process.communicate()
        return None, _(WORDS["convert_slow"]).format(seconds=int(timeout))
    result = out / "paper.pdf"
    if process.returncode != 0 or not result.is_file():
        detail = (err or b"").decode("utf-8", "replace").strip().splitlines()
        return None, _(WORDS["convert_failed"]).format(detail=(detail[-1] if detail else f"exit code {process.returncode}"))
    return result, ""


def check_pdf(path: Path) -> tuple[int, str]:
    """(pages, "") for a PDF that binds, or (0, the reason in words). The PDF is written once
    into memory the way the book will write it, so a damaged file is found here, not halfway."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            return 0, _(WORDS["encrypted"])
        pages = len(reader.pages)
        if pages == 0:
            return 0, _(WORDS["empty"])
        trial = PdfWriter()
        trial.append(reader, import_outline=False)
        trial.write(io.BytesIO())
        return pages, ""
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError) as exc:
        detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
        return 0, _(WORDS["damaged"]).format(detail=detail)


def prepare(entries: list[BookPaper], work: Path, step=None) -> list[Bound]:
    """Each paper as a PDF ready to bind, or the reason it cannot be."""
    out = []
    for n, entry in enumerate(entries):
        if step is not None:
            step(n, len(entries) + 2)
        if not entry.bound:
            out.append(Bound(entry, None, reason=entry.reason))
            continue
        changed = unchanged_reason(entry)
        if changed:
            out.append(Bound(entry, None, reason=changed))
            continue
        suffix = entry.path.suffix.lower()
        pdf, reason = entry.path, ""
        if suffix in WORD_SUFFIXES:
            pdf, reason = convert_to_pdf(entry.path, work)
        elif suffix != ".pdf":
            pdf, reason = None, _(WORDS["other_kind"]).format(suffix=suffix or "extension-less")
        if pdf is None:
            out.append(Bound(entry, None, reason=reason))
            continue
        pages, reason = check_pdf(pdf)
        out.append(Bound(entry, pdf if pages else None, pages, reason))
    return out


def _heading_pages(reader) -> list[tuple[str, int, int]]:
    """(title, page (0-based), depth) of each bookmarked heading of the pack PDF, in order."""
    found: list[tuple[str, int, int]] = []

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                try:
                    found.append((item.title, reader.get_destination_page_number(item), depth))
                except Exception:  # noqa: BLE001  (a bookmark without a page: skip it)
                    pass
    walk(reader.outline, 0)
    return found


def write_board_book(pack: PackData, entries: list[BookPaper], path: Path, render_pack, step=None) -> Path:
    """Write the board book at `path` (a staging path: atomic.write_all moves it into place).
    `render_pack(book, pdf_path)` writes the pack's own pages, given each paper's view and where
    it is in the book (or why it is not)."""
    from pypdf import PdfReader, PdfWriter

    work = Path(tempfile.mkdtemp(prefix=".book-", dir=Path(path).parent))
    try:
        bound = prepare(entries, work, step)
        pack_pdf = work / "pack.pdf"
        render_pack([(b.entry.view, b.in_book_text()) for b in bound], pack_pdf)
        reader = PdfReader(pack_pdf)
        writer = PdfWriter()
        writer.append(reader, import_outline=False)
        pack_pages = len(reader.pages)
        writer.set_page_label(0, pack_pages - 1, style="/D", start=1)
        for b in bound:
            if b.pdf is None:
                continue
            b.first = len(writer.pages)
            writer.append(PdfReader(b.pdf), import_outline=False)
            writer.set_page_label(b.first, b.first + b.pages - 1, style="/D", prefix=b.label_prefix, start=1)
        _outline(writer, pack, bound, _heading_pages(reader))
        if reader.metadata:
            writer.add_metadata({k: v for k, v in reader.metadata.items() if isinstance(k, str)})
        writer.page_mode = "/UseOutlines"
        if step is not None:
            step(len(entries) + 1, len(entries) + 2)
        with open(path, "wb") as fh:
            writer.write(fh)
    except OSError as exc:
        raise UserError(M_("Cannot write the board book: {value}. Nothing was written.").format(value=exc.strerror or exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Path(path)


def _outline(writer, pack: PackData, bound: list[Bound], headings: list[tuple[str, int, int]]) -> None:
    from msf_desk.exports.document import clean_text

    top = writer.add_outline_item(title=_(WORDS["pack"]), page_number=0)
    heads: dict[str, int] = {}
    for title, page, depth in headings:
        heads.setdefault(title, page)
        if depth == 0:  # the pack's own sections: Agenda, Papers, Contact …
            writer.add_outline_item(title=title, page_number=page, parent=top)
    by_item: dict[int | None, list[Bound]] = {}
    for b in bound:
        if b.pdf is not None:
            by_item.setdefault(b.entry.view.item_number, []).append(b)
    for item in pack.items:
        if item.is_break:
            continue
        title = clean_text(f"{item.number}. {item.title}").replace("\n", " ")
        parent = writer.add_outline_item(title=title, page_number=heads.get(title, 0))
        for b in by_item.get(item.number, []):
            writer.add_outline_item(title=_paper_title(b), page_number=b.first, parent=parent)
    loose = by_item.get(None, [])
    if loose:
        parent = writer.add_outline_item(title=_(WORDS["other"]), page_number=loose[0].first)
        for b in loose:
            writer.add_outline_item(title=_paper_title(b), page_number=b.first, parent=parent)


def _paper_title(b: Bound) -> str:
    return f"{b.entry.view.label}: {b.entry.view.title}"
