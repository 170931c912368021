"""`msf-desk forum languages [CODE ...]`: the languages the forum's documents are written in."""
from __future__ import annotations

import argparse

from msf_desk.cli.common import add_db, add_json, open_db, print_json


def register(sub: argparse._SubParsersAction) -> None:
    forum = sub.add_parser("forum", help="the forum's profile settings (document languages)")
    fsub = forum.add_subparsers(dest="forum_command", metavar="SETTING", required=True)
    langs = fsub.add_parser(
        "languages", help="show or set the forum's document languages (en, fr, es, ar; the first is the default)")
    langs.add_argument("codes", nargs="*", metavar="CODE",
                       help="the document languages in order of preference, e.g. `en fr`; none: show them")
    add_db(langs)
    add_json(langs)
    langs.set_defaults(handler=cmd_languages)


def cmd_languages(args) -> int:
    from msf_desk.core import forum, language

    db = open_db(args)
    codes = forum.set_document_languages(db, args.codes) if args.codes else \
        language.document_languages(forum.load(db))
    if args.json:
        print_json({"document_languages": codes})
    else:
        names = ", ".join(f"{c} ({language.NATIVE_NAMES[c]})" for c in codes)
        print(f"{'Documents are now written in' if args.codes else 'Documents are written in'} {names}; "
              f"exports use {codes[0]} unless given --language.")
    return 0
