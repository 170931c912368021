"""`msf-desk documents add|list|remove`: the process's own documents (action plan,
self-assessments, IRM reports …), kept with the forum and published in its repository."""
from __future__ import annotations

import argparse
from pathlib import Path

from msf_desk.cli.common import add_db, add_json, open_db, parse_day, print_json
from msf_desk.model.process_documents import DOCUMENT_TYPES
from msf_desk.model.messages import M_


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("documents", help="process documents: action plan, self-assessments, IRM reports, …")
    kinds = top.add_subparsers(dest="documents_kind", metavar="WHAT", required=True)

    add = kinds.add_parser("add", help="copy a document into the forum's storage and record it")
    add_db(add)
    add_json(add)
    add.add_argument("--file", required=True, help="the document's file (PDF, Word, …)")
    add.add_argument("--title", required=True)
    add.add_argument("--type", dest="doc_type", required=True, metavar="TYPE",
                     help="one of: " + ", ".join(DOCUMENT_TYPES))
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the date the document bears")
    add.add_argument("--language", default="en", help="its language, as a tag: en, fr, es, pt-BR … (default en)")
    add.add_argument("--private", action="store_true",
                     help="keep it for the forum only: never published in the repository")
    add.add_argument("--note", default="", help="a note for the secretariat (never published)")
    add.set_defaults(handler=cmd_add)

    show = kinds.add_parser("list", help="the process documents, oldest first")
    add_db(show)
    add_json(show)
    show.set_defaults(handler=cmd_list)

    remove = kinds.add_parser("remove", help="take a document off the forum's records (and the next repository)")
    add_db(remove)
    remove.add_argument("id", type=int)
    remove.set_defaults(handler=cmd_remove)


def _json(d) -> dict:
    return {"id": d.id, "title": d.title, "type": d.doc_type, "type_label": d.type_label,
            "date": d.issued_on.isoformat() if d.issued_on else None, "language": d.language, "public": d.public,
            "file_name": d.file_name, "sha256": d.sha256, "size": d.size, "media_type": d.media_type,
            "note": d.note}


def cmd_add(args) -> int:
    from msf_desk.core import process_documents as docs
    from msf_desk.model.process_documents import ProcessDocument
    from msf_desk.paths import forum_files_dir

    db = open_db(args)
    doc = docs.add_document(db, ProcessDocument(
        args.title, docs.parse_type(args.doc_type), parse_day(args.date, "--date"), args.language.strip(),
        not args.private, note=args.note), files_dir=forum_files_dir(Path(args.db)), source=args.file)
    if args.json:
        print_json(_json(doc))
        return 0
    print(f"Recorded document {doc.id}: {doc.type_label}, {doc.title} ({doc.issued_on.isoformat()}, "
          f"{doc.language}, {'public' if doc.public else 'forum only'}).")
    return 0


def cmd_list(args) -> int:
    from msf_desk.core import process_documents as docs

    found = docs.list_documents(open_db(args))
    if args.json:
        print_json([_json(d) for d in found])
        return 0
    if not found:
        print(M_("No process document is recorded."))
    for d in found:
        print(f"{d.id}\t{d.issued_on.isoformat() if d.issued_on else '?'}\t{d.type_label}\t{d.language}\t"
              f"{'public' if d.public else 'forum only'}\t{d.title}")
    return 0


def cmd_remove(args) -> int:
    from msf_desk.core import process_documents as docs

    doc = docs.remove_document(open_db(args), args.id)
    print(f"Removed document {doc.id}: {doc.title}. The next repository export no longer publishes it.")
    return 0
