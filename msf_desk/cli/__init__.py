"""The `msf-desk` command. Parses, calls core and exports, prints. No rules here.

Each command module has `register(subparsers)`; adding a capability means adding
one module to COMMAND_MODULES.

Exit codes: 0 success, 1 a problem with the user's input (message on stderr), 2 usage.
"""
from __future__ import annotations

# First, before the modules that compile regular expressions as they load (see kept_patterns).
from msf_desk.cli import kept_patterns

kept_patterns.install()

import argparse
import contextvars
import functools
import gc
import importlib
import sqlite3
import sys

from msf_desk import __version__
from msf_desk.cli import common
from msf_desk.core import messages
from msf_desk.model.errors import UserError
from msf_desk.store.db import plain_error
from msf_desk.model.messages import M_

# argparse asks gettext for each of its own words ("usage: ", "options", "show this help message
# and exit", ...) as it makes each parser and option, and gettext looks for a catalogue on disk
# each time (a stat of every candidate file of every language in the environment): some thirty
# times for one command's parser, 5 million instructions. The answer is the same all along a
# process, so each word is asked once.
# (argparse's `_` is its own name: a Python whose argparse has none is left as it is.)
if callable(getattr(argparse, "_", None)) and not hasattr(argparse._, "cache_info"):
    argparse._ = functools.lru_cache(maxsize=None)(argparse._)

COMMAND_MODULES = [
    "msf_desk.cli.demo",
    "msf_desk.cli.forum",
    "msf_desk.cli.members",
    "msf_desk.cli.meetings",
    "msf_desk.cli.papers",
    "msf_desk.cli.minutes",
    "msf_desk.cli.ethics",
    "msf_desk.cli.responses",
    "msf_desk.cli.repository",
    "msf_desk.cli.backup",
    "msf_desk.cli.trash",
    "msf_desk.cli.standards",
    "msf_desk.cli.documents",
    "msf_desk.cli.today",
    "msf_desk.cli.log",
]

# Which module registers each command (and each kind of `export`): a command names its module,
# so only that one is loaded (the others load the records and rules they need, a tenth of a
# second a command does not need). `check` takes options from several modules: it loads them all.
# tests/cli/test_parser.py keeps this table in step with the modules.
COMMANDS = {
    "actions": "minutes", "backup": "backup", "verify": "backup", "conflicts": "ethics", "ethics": "ethics",
    "consultations": "responses", "responses": "responses", "demo": "demo", "documents": "documents",
    "forum": "forum", "log": "log", "meetings": "meetings", "members": "members", "parity": "members",
    "minutes": "minutes", "papers": "papers", "standards": "standards", "today": "today", "trash": "trash",
    "export actions": "minutes", "export calendar": "meetings",
    "export compliance": "repository", "export decisions": "minutes", "export declaration-form": "ethics",
    "export ethics-compliance": "ethics", "export interests": "ethics", "export minutes": "minutes",
    "export minutes-draft": "minutes", "export notice": "meetings", "export pack": "meetings",
    "export reminders": "ethics", "export repository": "repository", "export responses": "responses",
}


def build_parser(commands: bool = True, only: str | None = None,
                 command: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; with commands=False only the window's options (starting the window
    then loads none of the command modules); with `only` (a module of COMMAND_MODULES) the
    commands that module registers; with `command` as well (its words, a key of COMMANDS, e.g.
    ["export", "pack"]) only that command's parser of them (common.OneCommand)."""
    parser = argparse.ArgumentParser(
        prog="msf-desk",
        description="MSF Desk: the secretariat's desk for a multi-stakeholder forum. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"MSF Desk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the forum file to open (default: your forum in the data folder)")
    parser.add_argument("--demo", action="store_true", help="open the demo forum (created on first use)")
    parser.add_argument("--check-startup", action="store_true",
                        help="open the window and the forum, print what opened, and quit (for checking a build)")
    parser.add_argument("--language", dest="window_language", choices=LANGUAGES,
                        help="the window's language, and the language of the command line's messages (default: "
                        "the one chosen in Settings → Language, else the system's when it is one of these, "
                        "else English)")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [only] if only else COMMAND_MODULES:
        importlib.import_module(name).register(common.OneCommand(sub, command) if only and command else sub)
    export = sub.choices.get("export")
    for kind in (export._msf_kinds.choices.values() if export is not None else ()):
        # Every export is written in one of the forum's document languages (default: its first).
        kind.add_argument("--language", dest="document_language", metavar="CODE",
                          help="the document language (en, fr, es, ar; one of the forum's; default its first)")
    return parser


def _opens_the_window(argv: list[str]) -> bool:
    """True when argv holds only the window's options (no command, no --help/--version)."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--db", "--language") and rest:
            rest.pop(0)
        elif not (arg.startswith(("--db=", "--language=")) or arg in ("--demo", "--check-startup")):
            return False
    return True


LANGUAGES = ["en", "fr", "es", "ar"]   # the window's languages (--language)


def _window_options(argv: list[str]) -> argparse.Namespace | None:
    """The window's options read from argv without making the parser (some 6 million
    instructions, with the gettext and locale look-ups argparse makes for its own words), when
    argv holds only these options, each written in full, with a value that does not start with
    "-" (or joined by "="), and a language offered: what the parser gives for them (the last of
    an option given twice). None for anything else, which the parser reads, and refuses in its
    own words (tests/cli/test_parser.py compares the two)."""
    found = {"db": None, "demo": False, "check_startup": False, "window_language": None}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, joined, value = arg.partition("=")
        if name in ("--db", "--language"):
            if not joined:
                if not rest or rest[0].startswith("-"):
                    return None
                value = rest.pop(0)
            if name == "--db":
                found["db"] = value
            elif value in LANGUAGES:
                found["window_language"] = value
            else:
                return None
        elif arg in ("--demo", "--check-startup"):
            found[arg[2:].replace("-", "_")] = True
        else:
            return None
    return argparse.Namespace(command=None, **found)


def _module_of(argv: list[str]) -> str | None:
    """The one command module that parses argv (None: the whole parser is needed, e.g. for
    --help, a mistyped command or `export` without its kind)."""
    words = _command_of(argv)
    return f"msf_desk.cli.{COMMANDS[' '.join(words)]}" if words else None


def _command_of(argv: list[str]) -> list[str] | None:
    """The words of the command argv runs (a key of COMMANDS, e.g. ["export", "pack"]), or
    None when the whole parser is needed (see _module_of)."""
    words = []
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--db", "--language") and not words:
            rest[:1] = []
        elif not arg.startswith("-"):
            words.append(arg)
            if words[0] != "export" or len(words) == 2:
                break
        elif not words and arg in ("--demo", "--check-startup") or arg.startswith(("--db=", "--language=")):
            continue
        else:
            return None
    return words if " ".join(words) in COMMANDS else None


def main(argv: list[str] | None = None) -> int:
    """Run one command (``argv``, else the process's own arguments); its exit code."""
    try:
        return _main(sys.argv[1:] if argv is None else list(argv))
    finally:
        # The forums the command opened are closed now, not left to the garbage collector at
        # exit (a connection and its statement cache hold each other): their write-ahead files
        # are folded back into the forum file as before, whatever happens next.
        common.close_opened()
        if argv is None:
            # The patterns this run compiled that the cache lacked, for the next run.
            kept_patterns.save()
            # The whole process ends here: what is left is freed as the interpreter ends, without
            # the collector walking every object again, several times (some 50 million
            # instructions, 3.5% of a meeting pack's PDF export). Only for the process itself: a
            # caller of main(argv) goes on.
            gc.freeze()


def _main(argv: list[str]) -> int:
    window = _opens_the_window(argv)
    args = _window_options(argv) if window else None
    if args is None:
        command = None if window else _command_of(argv)
        parser = build_parser(commands=not window, only=_module_of(argv) if command else None, command=command)
        args = parser.parse_args(argv)
    if args.command is None:
        from msf_desk.app import run_gui

        # The window's own modules compile their patterns as before (re's own compile); the
        # patterns compiled up to here are kept for the next start as a command's are.
        kept_patterns.stop()
        return run_gui(db_path=args.db, demo=args.demo, check_startup=args.check_startup,
                       language=args.window_language)
    # Errors and notes in the person's language: --language, else the system's (LANGUAGE, LC_ALL, ...).
    messages.set_message_language(args.window_language or messages.system_language())
    try:
        # A context of its own: the document language an export sets ends with the command.
        return int(contextvars.copy_context().run(args.handler, args) or 0)
    except UserError as exc:
        print(f"msf-desk: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        # A database failure the user can act on (locked, disk full, read-only) in words.
        plain = plain_error(exc)
        print("msf-desk: " + (plain or M_("the forum file could not be read or written ({error}).").format(error=exc)),
              file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not the user's problem.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        said = (M_("cannot use {file}: {error}. Nothing more was written.") if exc.filename
                else M_("cannot use it: {error}. Nothing more was written."))
        print("msf-desk: " + said.format(file=exc.filename, error=exc.strerror or exc), file=sys.stderr)
        return 1
    except OverflowError:
        # Date arithmetic past year 9999 (e.g. --within 99999999 days).
        print("msf-desk: " + M_("a date or a number of days given is out of range; give values near today's date."),
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("msf-desk: " + M_("interrupted"), file=sys.stderr)
        return 1
