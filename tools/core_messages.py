"""The catalogue of what MSF Desk says to the person: errors, notes, other sentences (gettext).

    python tools/core_messages.py extract   # rewrite resources/locale/messages.pot and merge it
                                            # into each language's messages.po
    python tools/core_messages.py compile   # messages.po -> messages.mo (what ships)

The template holds every string marked with M_(), M_n() or M_mark() in msf_desk
(msf_desk.model.messages explains the marking), and the sentences of
msf_desk.core.regularity_words (said()/said_n(), in the documents' catalogue too). The documents' fixed words are the other
catalogue (tools/document_words.py); the window's own words are Qt's (tools/update_translations.py).
`pybabel compile -d resources/locale -D messages` does the same as `compile`.
"""
from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po  # noqa: F401 (the tests read the .pot with it)

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded by the tests
from gettext_catalogue import LANGUAGES, LOCALE, ROOT, Catalogues  # noqa: E402,F401 (the tests read these)

DOMAIN = "messages"
KEYWORDS = {"M_": None, "M_n": (1, 2), "M_mark": None, "said": None, "said_n": (1, 2)}
# said/said_n: the sentences of msf_desk.core.regularity_words, said through either catalogue.
PROJECT = "MSF Desk messages"


def template() -> Catalog:
    catalog = Catalog(project=PROJECT, domain=DOMAIN, charset="utf-8")
    for filename, lineno, message, comments, _context in extract_from_dir(
            str(ROOT / "msf_desk"), method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=("Translators:",), strip_comment_tags=True):
        catalog.add(message, locations=[(f"msf_desk/{filename}", lineno)], auto_comments=comments,
                    flags=("python-brace-format",) if "{" in (message if isinstance(message, str) else message[0]) else ())
    return catalog


_CATALOGUES = Catalogues(DOMAIN, PROJECT, clear_fuzzy_header=True)
po_path, read, write, mo_bytes, compile_all = (_CATALOGUES.po_path, _CATALOGUES.read, _CATALOGUES.write,
                                               _CATALOGUES.mo_bytes, _CATALOGUES.compile_all)


def extract() -> None:
    _CATALOGUES.extract(template())


if __name__ == "__main__":
    {"extract": extract, "compile": compile_all}[sys.argv[1] if len(sys.argv) > 1 else "extract"]()
