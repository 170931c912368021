"""Process documents: the action plan, self-assessments, IRM reports and the other documents
of the OGP process, kept with the forum and published in its repository.

Each file is copied into the forum's storage folder (``process-documents/<sha[:2]>/…``) by
its SHA-256, like papers; a path that is not a readable file, or a stored path that leads
outside the storage folder, is refused in words. Only documents marked public are published;
the note is never published.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from msf_desk.core import attachments
from msf_desk.model.errors import UserError, ValidationError
from msf_desk.model.process_documents import DOCUMENT_TYPES, TYPE_SLUGS, ProcessDocument  # noqa: F401
from msf_desk.store import process_documents as store
from msf_desk.model.messages import M_

MAX_BYTES = 200 * 1024 * 1024
FOLDER = "process-documents"
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def validate(doc: ProcessDocument) -> None:
    problems: dict[str, str] = {}
    if not doc.title.strip():
        problems["title"] = M_("a process document needs a title (e.g. 'Fifth National Action Plan 2025-2027')")
    if doc.doc_type not in DOCUMENT_TYPES:
        problems["doc_type"] = M_("choose one of {document_types}").format(document_types=', '.join(DOCUMENT_TYPES))
    if doc.issued_on is None:
        problems["issued_on"] = M_("give the date the document bears (published, adopted or issued)")
    if not _LANGUAGE.match(doc.language or ""):
        problems["language"] = M_("'{language}' is not a language tag (e.g. en, fr, es, pt-BR)").format(language=doc.language)
    if problems:
        raise ValidationError(problems)


def parse_type(text: str) -> str:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in DOCUMENT_TYPES:
        raise UserError(M_("Document type '{text}': use one of {document_types}.").format(text=text, document_types=', '.join(DOCUMENT_TYPES)))
    return key


def list_documents(db, *, public_only: bool = False) -> list[ProcessDocument]:
    docs = store.list_documents(db)
    return [d for d in docs if d.public] if public_only else docs


def get_document(db, doc_id: int) -> ProcessDocument:
    doc = store.get_document(db, doc_id)
    if doc is None:
        raise UserError(M_("There is no process document with id {doc_id}.").format(doc_id=doc_id))
    return doc


def stored_file(files_dir: Path | None, doc: ProcessDocument) -> Path:
    """The document's file in the forum's storage; UserError when its stored path leads outside."""
    return attachments.inside_storage(files_dir, doc.stored_path, what=M_("The file of the document “{title}”").format(title=doc.title))


def add_document(db, doc: ProcessDocument, *, files_dir: Path | None, source: str | Path | None = None,
                 today: dt.date | None = None) -> ProcessDocument:
    """Add a document: its file (from `source`) is copied into the forum's storage."""
    doc = dataclasses.replace(doc, title=doc.title.strip(), language=(doc.language or "").strip())
    validate(doc)
    if source is not None:
        if files_dir is None:
            raise UserError(M_("This forum has no storage folder for files; save the forum to a file first."))
        doc = dataclasses.replace(doc, **attachments.store_file(
            files_dir, source, folder=FOLDER, max_bytes=MAX_BYTES, what=M_("process documents"), fallback="document",
            field="file"))
    elif doc.stored_path:
        stored_file(files_dir, doc)  # an undo or an import: the path must stay inside the storage
        doc = dataclasses.replace(doc, file_name=attachments.safe_file_name(doc.file_name, "document"))
    else:
        raise ValidationError({"file": M_("attach the document's file")})
    doc = dataclasses.replace(doc, added_on=doc.added_on or (today or dt.date.today()).isoformat())
    return store.insert_document(db, doc)


def update_document(db, doc: ProcessDocument) -> ProcessDocument:
    """Change what is said of a document (title, type, date, language, public, note); its file stays."""
    old = get_document(db, doc.id)
    doc = dataclasses.replace(doc, title=doc.title.strip(), file_name=old.file_name, stored_path=old.stored_path,
                              sha256=old.sha256, size=old.size, media_type=old.media_type, added_on=old.added_on)
    validate(doc)
    store.update_document(db, doc)
    return doc


def remove_document(db, doc_id: int) -> ProcessDocument:
    """Take a document off the forum's records (the stored file stays: undo needs it, and the
    next repository export no longer publishes it)."""
    doc = get_document(db, doc_id)
    store.delete_document(db, doc_id)
    return doc


def restore_document(db, doc: ProcessDocument, files_dir: Path | None = None) -> ProcessDocument:
    stored_file(files_dir, doc)
    return store.insert_document(db, doc)


# --- how the repository names them ---------------------------------------------------------------

def _slug(text: str, limit: int = 40) -> str:
    import unicodedata

    text = re.sub(r"[\W_]+", " ", str(text))  # dashes and punctuation of any script separate words
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")


def published_names(docs: list[ProcessDocument]) -> dict[int, str]:
    """Stable paths ``process-documents/<date>_<type>_<slug>.<ext>`` for public documents with a
    file; a second document that would take the same name (by id, so the first keeps its own)
    gets ``-2``, a third ``-3``."""
    out: dict[int, str] = {}
    seen: dict[str, int] = {}
    for d in sorted((d for d in docs if d.public and d.stored_path), key=lambda d: d.id or 0):
        day = d.issued_on.isoformat() if d.issued_on else "undated"
        stem = f"{day}_{TYPE_SLUGS.get(d.doc_type, 'document')}_{_slug(d.title) or 'document'}"
        seen[stem] = seen.get(stem, 0) + 1
        if seen[stem] > 1:
            stem = f"{stem}-{seen[stem]}"
        ext = re.sub(r"[^a-z0-9]", "", d.extension)[:10]
        out[d.id] = f"{FOLDER}/{stem}" + (f".{ext}" if ext else "")
    return out
