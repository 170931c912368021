"""An output-neutral document model.

Each exporter describes its document once with these blocks and hands it to
``write_pdf`` or ``write_docx``. All text is plain text: the writers escape it.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import field
from typing import Union

from msf_desk.core.language import current
from msf_desk.model.records import record


@record
class Heading:
    text: str
    level: int = 1  # 1..3; levels 1 and 2 become PDF outline entries


@record
class Paragraph:
    text: str
    style: str = "body"  # "body", "small", "note" (grey italic), "quote"


@record
class Bullets:
    items: list[str]
    numbered: bool = False


@record
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None  # relative fractions; None = equal


@record
class KeyValues:
    pairs: list[tuple[str, str]]  # label/value lines, e.g. ("Date", "14 March 2026")


@record
class PageBreak:
    pass


@record
class Image:
    path: str  # a PNG or JPEG file
    alt: str  # the picture in words: Word's alternative text (screen readers)
    width: float = 1.0  # fraction of the text width; the height keeps the picture's proportions


Block = Union[Heading, Paragraph, Bullets, Table, KeyValues, PageBreak, Image]

PARAGRAPH_STYLES = ("body", "small", "note", "quote")


@record
class Document:
    title: str
    subtitle: str = ""
    header: str = ""  # running page header, e.g. "Forum name — Meeting 14 March 2026"
    blocks: list[Block] = field(default_factory=list)
    # The language of the document's fixed words (the one it was built in); the writers set
    # the file's language from it, and lay Arabic out right to left.
    language: str = field(default_factory=current)
    # Who speaks in the document: the forum. Files carry it as their author.
    author: str = "MSF Desk"
    # The date the document speaks for (a meeting's start, a register's "as at" day):
    # the files' created and modified dates. None: the moment of writing.
    date: dt.date | dt.datetime | None = None

    def add(self, *blocks: Block) -> "Document":
        self.blocks.extend(blocks)
        return self


# What a lead-in introduces: it must not stay alone at the foot of a page without it.
_INTRODUCED = (Bullets, Table, KeyValues, Image)


def leads_in(block: Block, following: Block | None) -> bool:
    """A heading, or a paragraph that introduces a list, a table or a picture ("Actions issues
    de réunions précédentes :"), or that ends with a colon: the writers keep it with what follows
    (nothing follows at the end of the document or before a page break)."""
    if following is None or isinstance(following, PageBreak):
        return False
    if isinstance(block, Heading):
        return True
    return isinstance(block, Paragraph) and (
        isinstance(following, _INTRODUCED) or block.text.rstrip().endswith((":", "：")))


# XML 1.0 forbids most C0 controls; both .docx and reportlab's markup parser
# would choke on them, and they can arrive from pasted text in the database.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def dated(doc: Document, created: dt.datetime | None = None) -> dt.datetime | None:
    """The created/modified date a writer gives the file: `created` if the caller fixes one,
    else the document's own date (a day counts from its midnight), else None (the clock)."""
    if created is not None:
        return created
    if isinstance(doc.date, dt.datetime):
        return doc.date
    if isinstance(doc.date, dt.date):
        return dt.datetime(doc.date.year, doc.date.month, doc.date.day)
    return None


def clean_text(text: object) -> str:
    """Plain text made safe for any writer: NFC-normalised (so Vietnamese
    diacritics use the precomposed glyphs every font has), CR/LF unified,
    tabs as spaces, XML-illegal control characters dropped."""
    s = "" if text is None else str(text)
    s = unicodedata.normalize("NFC", s).replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub("", s.replace("\t", "    "))


def table_shape(table: Table) -> tuple[int, list[float]]:
    """Column count and normalised width fractions, tolerating ragged rows."""
    ncols = max([len(table.header)] + [len(r) for r in table.rows] + [1])
    widths = list(table.widths or [])
    if len(widths) != ncols or any(w <= 0 for w in widths):
        widths = [1.0] * ncols
    total = sum(widths)
    return ncols, [w / total for w in widths]
