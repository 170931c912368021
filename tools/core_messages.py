"""The catalogue of what MSF Desk says to the person: errors, notes, other sentences (gettext).

    python tools/core_messages.py extract   # rewrite resources/locale/messages.pot and merge it
                                            # into each language's messages.po
    python tools/core_messages.py compile   # messages.po -> messages.mo (what ships)

The template holds every string marked with M_(), M_n() or M_mark() in msf_desk
(msf_desk.model.messages explains the marking). The documents' fixed words are the other
catalogue (tools/document_words.py); the window's own words are Qt's (tools/update_translations.py).
`pybabel compile -d resources/locale -D messages` does the same as `compile`.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "messages"
LANGUAGES = ("fr", "es", "ar")
KEYWORDS = {"M_": None, "M_n": (1, 2), "M_mark": None}
PROJECT = "MSF Desk messages"


def template() -> Catalog:
    catalog = Catalog(project=PROJECT, domain=DOMAIN, charset="utf-8")
    for filename, lineno, message, comments, _context in extract_from_dir(
            str(ROOT / "msf_desk"), method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=("Translators:",), strip_comment_tags=True):
        catalog.add(message, locations=[(f"msf_desk/{filename}", lineno)], auto_comments=comments,
                    flags=("python-brace-format",) if "{" in (message if isinstance(message, str) else message[0]) else ())
    return catalog


def po_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(code: str) -> Catalog:
    with po_path(code).open("rb") as f:
        return read_po(f, locale=code, domain=DOMAIN)


def write(code: str, catalog: Catalog) -> None:
    with po_path(code).open("wb") as f:
        write_po(f, catalog, width=100, ignore_obsolete=True)


def mo_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def extract() -> None:
    pot = template()
    LOCALE.mkdir(parents=True, exist_ok=True)
    with (LOCALE / f"{DOMAIN}.pot").open("wb") as f:
        write_po(f, pot, omit_header=False, width=100)
    for code in LANGUAGES:
        path = po_path(code)
        if path.exists():
            catalog = read(code)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=code, domain=DOMAIN, project=PROJECT, charset="utf-8")
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.fuzzy = False
        write(code, catalog)


def compile_all() -> None:
    for code in LANGUAGES:
        po_path(code).with_suffix(".mo").write_bytes(mo_bytes(read(code)))


if __name__ == "__main__":
    {"extract": extract, "compile": compile_all}[sys.argv[1] if len(sys.argv) > 1 else "extract"]()
