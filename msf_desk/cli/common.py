"""Helpers every command shares: opening the forum file, printing JSON."""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

from msf_desk.model.errors import UserError


def add_db(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--db", metavar="PATH", required=required, help="the forum file")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (stable; see README)")


# The forums a command opened (open_db), closed when it ends (cli.main: close_opened).
_opened: list = []


def open_db(args: argparse.Namespace, *, reading: bool = False):
    """The forum of --db, for writing; with `reading`, on a connection SQLite lets write nothing
    (see read_db) when the file is at this version (an older one is upgraded first, as always)."""
    from msf_desk.store.db import open_forum

    if not getattr(args, "db", None):
        raise UserError("Say which forum file to use with --db PATH.")
    db = open_forum(Path(args.db), access="reading" if reading else "write")
    _opened.append(db)
    if hasattr(args, "document_language"):
        # An export: its words, dates and numbers in the language asked for (or the forum's first).
        from msf_desk.core import forum, language

        language.activate(language.for_export(forum.load(db), args.document_language))
    return db


def read_db(args: argparse.Namespace, work):
    """`work(db)` for a command that only reads the forum (an export): on a connection SQLite
    lets write nothing, so opening it makes none of the change log's triggers (some 150 made
    and parsed: about 6 ms, a fiftieth of a meeting pack's export). A reading that comes to a
    write (a pack of a notice sent before its matters arising were frozen freezes them when
    first read) is run again, whole, on a connection that writes, where the write is logged
    as any other (as msf_desk.core.forum.read_off_thread does for the window's pages)."""
    from msf_desk.store.db import WriteNeeded

    db = open_db(args, reading=True)
    try:
        return work(db)
    except WriteNeeded:
        pass
    _opened.remove(db)
    db.close()
    return work(open_db(args))


@contextmanager
def collector_paused():
    """Python's cycle collector paused for a block whose work is bounded (a meeting's pack):
    its rounds would walk every object the block loads and makes (the modules of reportlab and
    HarfBuzz, the pack's paragraphs) again and again, about 3% of a pack's export, to free a
    few thousand objects (some 0.2 MB for the 30-item pack). They are freed when the collector
    runs again after the block (or as the process ends). Not for work that grows with the forum."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def close_opened() -> None:
    """Close the forums the command opened (each once; the list is emptied). What they wrote is
    committed already; a file that cannot fold its write-ahead log back now does it when next
    opened, as when the collector closed it at exit (which said nothing either)."""
    while _opened:
        try:
            _opened.pop().close()
        except sqlite3.Error:
            pass


def parse_day(text: str | None, field: str = "--on") -> dt.date:
    if not text:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{field}: '{text}' is not a date in the form YYYY-MM-DD.") from None
    if not 1900 <= day.year <= 2200:
        raise UserError(f"{field}: {text} is too far from today; give a date from 1900 to 2200.")
    return day


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False, default=str)
    sys.stdout.write("\n")


def parse_formats(text: str, allowed: tuple[str, ...]) -> list[str]:
    formats = [f.strip().lower().lstrip(".") for f in text.split(",") if f.strip()]
    wrong = [f for f in formats if f not in allowed]
    if wrong or not formats:
        raise UserError(f"--format: use one or more of {', '.join(allowed)} (got '{text}').")
    return formats


def export_parser(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The shared `msf-desk export KIND …` parser: created once, extended by each area."""
    existing = sub.choices.get("export")
    if existing is None:
        existing = sub.add_parser("export", help="write documents and open data (docx, pdf, csv, json, ics)")
        existing._msf_kinds = _within(sub, existing.add_subparsers(dest="export_kind", metavar="KIND",
                                                                   required=True))
    return existing._msf_kinds


def check_parser(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The shared `msf-desk check [AREA]` parser (e.g. `check regularity`)."""
    existing = sub.choices.get("check")
    if existing is None:
        existing = sub.add_parser("check", help="check the forum's records against its rules and the standards")
        existing._msf_kinds = _within(sub, existing.add_subparsers(dest="check_kind", metavar="AREA"))
    return existing._msf_kinds


# --- a command line that runs one command ----------------------------------------------------

class _Unused:
    """The parser of a command that is not asked for: what a module gives it (options, defaults,
    subcommands) is dropped. Anything asked of it is itself; iterating it gives nothing."""

    __slots__ = ()

    def __getattr__(self, name: str) -> "_Unused":
        return self

    def __call__(self, *args: object, **kwargs: object) -> "_Unused":
        return self

    def __setattr__(self, name: str, value: object) -> None:
        pass

    def __iter__(self):
        return iter(())


UNUSED = _Unused()


class OneCommand:
    """The subcommands of a command line that runs the command of `words` (e.g. ["export",
    "pack"], ["meetings"]): only its parser is made; the others' are dropped (making each parser
    and option is most of the parser's cost, and a command uses only its own). Everything that
    could show another command's parser (--help above the command, a mistyped or missing command,
    `check`) is parsed by the whole parser (cli._module_of); the command's own parser, its
    --help and its errors are the same as in the whole parser (tests/cli/test_parser.py compares
    them for every command)."""

    def __init__(self, action: argparse._SubParsersAction, words: list[str]):
        self.action = action
        self.words = words
        self.dropped: dict[str, _Unused] = {}

    @property
    def choices(self) -> dict:
        return {**self.dropped, **self.action.choices}

    def add_parser(self, name: str, **kwargs: object):
        if name != self.words[0]:
            self.dropped[name] = UNUSED
            return UNUSED
        return self.action.add_parser(name, **kwargs)


def _within(sub, kinds):
    """The kinds (of `export`, `check`) a command line that runs one command makes a parser for."""
    if isinstance(sub, OneCommand) and not isinstance(kinds, _Unused):
        return OneCommand(kinds, sub.words[1:]) if len(sub.words) > 1 else kinds
    return kinds
