"""Regular expressions kept between the command line's runs (msf_desk/cli/kept_patterns.py):
what is given back is re's own compiled pattern, from the very Python that made it, and only
patterns written in code are kept."""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import warnings
import zlib
from pathlib import Path

import pytest

from msf_desk.cli import kept_patterns

ROOT = Path(__file__).resolve().parents[2]

# Patterns of every kind the matcher's code has: groups named and not, back references,
# look-arounds, conditionals, atomic groups and possessive repeats, verbose text, bytes, flags
# given and written inline, case-insensitive Unicode, ASCII, LOCALE (bytes), wide ranges.
VARIED = [
    ("", 0), ("a", 0), ("\\d+", 0), ("(?P<word>\\w+) (?P=word)", 0), ("(a)|b\\1", 0),
    ("(?<=[\"'\\s/])[^\\s/>]*", 0), ("(?<!x)y(?=z)(?!w)", 0), ("(?i)straße", 0), ("K", re.IGNORECASE),
    ("[\u0590-\u08ff\U00010800-\U00010fff]", 0), ("[^\\W\\d_]+", re.UNICODE), ("\\w+", re.ASCII),
    (b"[\\x80-\\xff]+", 0), (b"\\w+", re.LOCALE), ("^ab$", re.MULTILINE | re.DOTALL),
    ("""(?x) a  # a letter
        [0-9]{2,5}?  # digits""", 0),
    ("(?:(?P<a>x)|y)(?(a)z|w)", 0), ("(?>ab|a)c", 0), ("a*+b++c?+", 0), ("(?s:.)(?-i:A)", re.I),
    ("\\bfoo\\B\\Z\\A", 0), ("x{3}|y{2,}|z{,4}", 0), ("(?a)[\\s]+", 0),
]


def _real(pattern, flags):
    return (kept_patterns._real or re._compiler.compile)(pattern, flags)


@pytest.mark.parametrize("pattern,flags", VARIED)
def test_the_kept_code_gives_res_own_pattern(pattern, flags):
    made = kept_patterns._sre.compile(pattern, *kept_patterns.parts(pattern, flags))
    compiled = _real(pattern, flags)
    assert kept_patterns.same(made, compiled)
    assert (made.pattern, made.flags, made.groups, dict(made.groupindex)) == (
        compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex))
    # And it matches as re's own does.
    text = "ab straSSE Straße K k foo xz 12345 \u05d0\u05d1 ab\nab aaa" if isinstance(pattern, str) else b"ab \xe9\xff k"
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_a_changed_code_is_not_the_same_pattern():
    # The check that guards what is kept sees a code that differs in one number.
    flags, code, groups, groupindex, indexgroup = kept_patterns.parts("a+b", 0)
    changed = list(code)
    changed[changed.index(ord("b"))] = ord("c")
    made = kept_patterns._sre.compile("a+b", flags, changed, groups, groupindex, indexgroup)
    assert not kept_patterns.same(made, _real("a+b", 0))


def _run(code: str, cache: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), PYTHONPATH=str(ROOT), PYTHONHASHSEED="0")
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          timeout=120, cwd=str(cache))


COMMAND = """
import sys
from msf_desk.cli import kept_patterns, main
sys.argv = ["msf-desk"] + sys.argv[1:]
try:
    main()
except SystemExit:
    pass
print("USED", kept_patterns.used, len(kept_patterns._kept))
"""

# A program that compiles what it may and may not keep, then says what it would keep.
LEARN = """
import re, sys, warnings
from msf_desk.cli import kept_patterns
def literal():
    return re.compile("kept[0-9]+ literal")
def from_data(word):
    return re.compile(re.escape(word) + "[0-9]+")
literal()
from_data(sys.argv[1])
with open("made_as_it_loads.py", "w") as fh:
    fh.write("import re\\nPART = 'loaded'\\nPATTERN = re.compile(PART + '[a-z]+ as it loads')\\n")
sys.path.insert(0, ".")
import made_as_it_loads
re.compile("(debug)+", re.DEBUG)
with warnings.catch_warnings(record=True) as said:
    warnings.simplefilter("always")
    re.compile("[[a]]x")
print("WARNED", len(said))
print("NEW", sorted(str(p) for p, f in kept_patterns._new))
"""


def test_a_second_program_compiles_from_the_kept_file_the_same_patterns(tmp_path):
    first = _run(COMMAND, tmp_path, "--version")
    assert "MSF Desk" in first.stdout, first.stderr
    kept = tmp_path / "MSF Desk" / "patterns" / f"{sys.implementation.cache_tag}.kept"
    assert kept.is_file()
    identity, checksum, data = marshal.loads(kept.read_bytes())
    assert identity == kept_patterns.identity() and zlib.crc32(data) == checksum
    patterns = marshal.loads(data)
    # json's, gettext's, dataclasses' and argparse's patterns at least, each re's own.
    assert len(patterns) >= 10
    for (pattern, flags), args in patterns.items():
        assert kept_patterns.same(kept_patterns._sre.compile(pattern, *args), _real(pattern, flags)), pattern
    assert "USED 0 " in first.stdout     # the first program had no file to use
    made = kept.stat()
    second = _run(COMMAND, tmp_path, "--version")
    assert second.stdout.splitlines()[0] == first.stdout.splitlines()[0]
    used, known = map(int, second.stdout.split()[-2:])
    assert used >= 10 and known == len(patterns)
    # Nothing new: the file is not written again.
    assert (kept.stat().st_ino, kept.stat().st_mtime_ns) == (made.st_ino, made.st_mtime_ns)


def test_only_patterns_written_in_code_are_kept(tmp_path):
    proc = _run(LEARN, tmp_path, "Ama Owusu")
    assert proc.returncode == 0, proc.stderr
    new = proc.stdout.split("NEW", 1)[1]
    assert "kept[0-9]+ literal" in new
    assert "loaded[a-z]+ as it loads" in new   # made by a module as it loads: code, not data
    assert "Ama" not in new           # made from data: never written to the disk
    assert "(debug)+" not in new      # re.DEBUG prints as it compiles
    assert "[[a]]x" not in new        # its compiling warns
    assert "WARNED 1" in proc.stdout


@pytest.mark.parametrize("damage", ["byte", "identity", "not marshal", "empty"])
def test_a_damaged_or_foreign_file_is_not_used(tmp_path, damage):
    _run(COMMAND, tmp_path, "--version")
    kept = tmp_path / "MSF Desk" / "patterns" / f"{sys.implementation.cache_tag}.kept"
    identity, checksum, data = marshal.loads(kept.read_bytes())
    if damage == "byte":
        spoiled = bytearray(data)
        spoiled[len(spoiled) // 2] ^= 1
        kept.write_bytes(marshal.dumps((identity, checksum, bytes(spoiled))))
    elif damage == "identity":
        kept.write_bytes(marshal.dumps(((identity[0], "3.99.0 another build") + identity[2:], checksum, data)))
    elif damage == "not marshal":
        kept.write_bytes(b"\x00\x01not a kept file")
    else:
        kept.write_bytes(b"")
    again = _run(COMMAND, tmp_path, "--version")
    assert again.returncode == 0, again.stderr
    assert "USED 0 " in again.stdout
    # And the file is made again, whole.
    assert marshal.loads(kept.read_bytes())[0] == identity


def test_no_cache_folder_compiles_as_always(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "HOME")}
    proc = subprocess.run([sys.executable, "-c", COMMAND, "--version"], env=dict(env, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=120, cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "MSF Desk" in proc.stdout and "USED 0 " in proc.stdout


def test_a_python_without_the_internals_is_left_as_it_is(monkeypatch):
    monkeypatch.setattr(kept_patterns, "_compiler", None)
    assert kept_patterns.install() is False


def test_a_kept_code_the_matcher_refuses_is_compiled_by_re(monkeypatch):
    if kept_patterns._real is None:
        pytest.skip("installed only by the command line")
    monkeypatch.setitem(kept_patterns._kept, ("refused[0-9]", 0), (32, [99, 99], 0, {}, (None,)))
    compiled = re._compiler.compile("refused[0-9]", 0)
    assert kept_patterns.same(compiled, _real("refused[0-9]", 0))
    assert ("refused[0-9]", 0) not in kept_patterns._kept


def test_the_window_keeps_none(tmp_path):
    code = """
from msf_desk.cli import kept_patterns
import re
kept_patterns.uninstall()
assert re._compiler.compile is kept_patterns._PARTS[3]
kept_patterns.save()
print("OK")
"""
    proc = _run(code, tmp_path)
    assert proc.stdout.strip() == "OK", proc.stderr
    assert not (tmp_path / "MSF Desk" / "patterns").exists()
