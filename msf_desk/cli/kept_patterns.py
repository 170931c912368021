"""Regular expressions compiled once for all the command line's runs, as Python keeps its
compiled modules.

A command compiles some seventy regular expressions before it does anything of its own: the
standard library's modules (json, gettext, html.parser, logging, textwrap, platform, ...) and
reportlab's compile theirs as they load. Python's `re` compiles each one in Python (parsing the
pattern, then making the matcher's code): some 45 million instructions, 4% of a meeting pack's
PDF export, every run, for the very same patterns.

Here the matcher's code `re` makes for a pattern is kept in a file of the user's cache folder
and given back to `re` by the next program, which then only hands it to `_sre.compile` (the step
`re` ends with). What is kept is exactly what `re` gave: a pattern is kept only when the
compiled object made from the kept code is equal to `re`'s own (Python compares the flags, the
pattern and the whole code), with the same groups. A kept file is used only by the very Python
that wrote it (its version and build, the matcher's version) and only when its checksum holds;
anything else (no file, a damaged or foreign one, no cache folder, a disk that refuses, a
Python without these internals) and `re` compiles as always: the file can only save time.

Only patterns written in a program's code are kept: those compiled while a module loads, and
those that are a constant of the code compiling them. A pattern made from data (a file name, a
word typed) is compiled as always and never written to the disk. Patterns whose compiling warns
(a possible nested set) or prints (re.DEBUG) are not kept either, so warnings stay as they are.
"""
from __future__ import annotations

import sys

from msf_desk import kept_files

try:  # the internals this relies on; without any of them nothing is installed
    import _sre
    from re import _compiler, _parser
    _PARTS = (_sre.compile, _parser.parse, _compiler._code, _compiler.compile)
except (ImportError, AttributeError):
    _compiler = None

# Changes whenever what is kept changes: files of another format are not read.
FORMAT = 1
# At most this many patterns kept (the latest program's first).
LIMIT = 1000
# Flags a kept pattern may not have: re.DEBUG prints as it compiles.
_DEBUG = 128
# Text in a pattern that may make the parser warn (possible nested set, set operations).
_WARNS = ("[[", "--", "&&", "~~", "||", b"[[", b"--", b"&&", b"~~", b"||")
_TYPES = (str, bytes)

_kept: dict = {}     # (pattern, flags) -> the arguments of _sre.compile after the pattern
_new: dict = {}      # the same, compiled by this program and not in the file
_real = None         # re's own compile while this one stands in
used = 0             # patterns given from the kept file (for the tests)


def identity() -> tuple:
    """What a kept file must name to be used: the very Python (version, build) and matcher."""
    return (FORMAT, sys.version, sys.hexversion, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE,
            sys.maxunicode)


def kept_file():
    """The file of kept patterns in the user's cache folder (None: no such folder)."""
    from msf_desk.paths import user_cache_dir

    folder = user_cache_dir()
    return None if folder is None else folder / "patterns" / f"{sys.implementation.cache_tag}.kept"


def parts(pattern, flags: int) -> tuple:
    """The arguments `re` gives `_sre.compile` after the pattern (re._compiler.compile's steps)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The opcodes are int subclasses: kept as the plain numbers _sre reads them as.
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def same(made, compiled) -> bool:
    """True when `made` (from kept parts) is the very pattern `re` compiled."""
    return (made == compiled and made.groups == compiled.groups and made.groupindex == compiled.groupindex
            and made.flags == compiled.flags)


def _written_in_code(pattern) -> bool:
    """True when the pattern is compiled while a module loads, or is a constant of the code
    that compiles it (never text made from data)."""
    frame = sys._getframe(2)
    for _ in range(12):
        if frame is None:
            return False
        code = frame.f_code
        if code.co_filename.startswith("<frozen importlib"):
            return True
        if pattern in code.co_consts:
            return True
        frame = frame.f_back
    return False


def _keepable(pattern, flags) -> bool:
    return (not flags & _DEBUG and len(pattern) < 4000
            and not any(type(text) is type(pattern) and text in pattern for text in _WARNS)
            and _written_in_code(pattern))


def _compile(pattern, flags=0):
    """re._compiler.compile, answered from the kept code when there is some for the pattern."""
    global used
    known = type(pattern) in _TYPES and type(flags) is int
    if known:
        args = _kept.get((pattern, flags))
        if args is not None:
            try:
                made = _sre.compile(pattern, *args)
            except Exception:  # noqa: BLE001 (never: the code was checked when kept; re compiles it)
                _kept.pop((pattern, flags), None)
            else:
                used += 1
                return made
    compiled = _real(pattern, flags)
    if known and (pattern, flags) not in _new and _keepable(pattern, flags):
        try:
            args = parts(pattern, flags)
            if same(_sre.compile(pattern, *args), compiled):
                _new[pattern, flags] = args
        except Exception:  # noqa: BLE001 (another Python's internals: the pattern is not kept)
            pass
    return compiled


def _read() -> dict:
    where = kept_file()
    patterns = None if where is None else kept_files.read(where, identity())
    return patterns if isinstance(patterns, dict) else {}


def install() -> bool:
    """re compiles through the kept patterns from now on (False: this Python lacks what it needs,
    or it is installed already)."""
    global _real
    if _compiler is None or _real is not None or _compiler.compile is not _PARTS[3]:
        return False
    _kept.update(_read())
    _real = _compiler.compile
    _compiler.compile = _compile
    return True


def uninstall() -> None:
    """re's own compile again; nothing learnt so far is saved."""
    stop()
    _new.clear()


def stop() -> None:
    """re's own compile again from now on; what was learnt so far is still saved by `save`.
    The window stops here before its own modules load: it keeps the patterns of the modules
    loaded before it (the command line's, json's, argparse's, ...), so that every start of the
    window, not only one after a command, compiles those from the kept file."""
    global _real
    if _real is not None and _compiler.compile is _compile:
        _compiler.compile = _real
    _real = None


def save() -> None:
    """Write the patterns this program compiled that the file lacked (quietly nothing when there
    are none, or when the disk refuses): the file is replaced whole, never written in place."""
    if not _new:
        return
    where = kept_file()
    if where is None:
        return
    patterns = dict(list(_new.items())[:LIMIT])
    for key, args in _kept.items():
        if len(patterns) >= LIMIT:
            break
        patterns.setdefault(key, args)
    _kept.update(_new)
    _new.clear()
    kept_files.write(where, identity(), patterns)
