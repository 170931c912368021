"""What the two gettext catalogues' tools share: where a language's .po lives, reading and
writing it, merging a new template into it and compiling it to the .mo that ships.

tools/document_words.py (the documents' fixed words) and tools/core_messages.py (what MSF Desk
says to the person) differ only in what they extract; this is the rest, once.
"""
from __future__ import annotations

import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
LANGUAGES = ("fr", "es", "ar")


class Catalogues:
    """The .pot and the per-language .po/.mo of one gettext domain."""

    def __init__(self, domain: str, project: str, *, clear_fuzzy_header: bool = False):
        self.domain, self.project, self.clear_fuzzy_header = domain, project, clear_fuzzy_header

    def po_path(self, code: str) -> Path:
        return LOCALE / code / "LC_MESSAGES" / f"{self.domain}.po"

    def read(self, code: str) -> Catalog:
        with self.po_path(code).open("rb") as f:
            return read_po(f, locale=code, domain=self.domain)

    def write(self, code: str, catalog: Catalog) -> None:
        with self.po_path(code).open("wb") as f:
            write_po(f, catalog, width=100, ignore_obsolete=True)

    @staticmethod
    def mo_bytes(catalog: Catalog) -> bytes:
        buf = io.BytesIO()
        write_mo(buf, catalog, use_fuzzy=False)
        return buf.getvalue()

    def extract(self, pot: Catalog) -> None:
        """Write the template and merge it into every language (new entries untranslated)."""
        LOCALE.mkdir(parents=True, exist_ok=True)
        with (LOCALE / f"{self.domain}.pot").open("wb") as f:
            write_po(f, pot, omit_header=False, width=100)
        for code in LANGUAGES:
            path = self.po_path(code)
            if path.exists():
                catalog = self.read(code)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                catalog = Catalog(locale=code, domain=self.domain, project=self.project, charset="utf-8")
            catalog.update(pot, no_fuzzy_matching=True)
            if self.clear_fuzzy_header:
                catalog.fuzzy = False
            self.write(code, catalog)

    def compile_all(self) -> None:
        for code in LANGUAGES:
            self.po_path(code).with_suffix(".mo").write_bytes(self.mo_bytes(self.read(code)))
