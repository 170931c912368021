"""The program's own start, before and after the window (msf_desk/__main__.py, msf_desk.cli):
the cycle collector while the modules load, the regular expressions the window keeps."""
from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

from tests.cli.test_startup import STARTUP

ROOT = Path(__file__).resolve().parents[2]

# The program's entry (as `python -m msf_desk` and the `msf-desk` command call it), with the
# window's start or a command stopped where it begins, saying what the collector did until then.
ENTRY = """
import gc, sys
rounds = []
gc.callbacks.append(lambda phase, info: phase == "start" and rounds.append(info["generation"]))
import msf_desk.app as app
assert "msf_desk.cli" not in sys.modules
def run_gui(**_):
    print("WINDOW", gc.isenabled(), len(rounds))
    return 0
app.run_gui = run_gui
sys.argv = ["msf-desk"] + sys.argv[1:]
from msf_desk.__main__ import main
rounds.clear()
code = main()
print("ENDED", code, gc.isenabled())
"""


def _entry(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", ENTRY, *args], capture_output=True, text=True, env=env,
                          timeout=120, cwd=str(ROOT))


def test_the_collector_is_off_while_the_window_s_start_loads_its_modules(demo_path):
    proc = _entry("--db", str(demo_path), "--check-startup")
    assert proc.returncode == 0, proc.stderr
    # Not one round of the collector from the entry to the window (which turns it back on once
    # its first page is shown: tests/cli/test_startup.py).
    assert "WINDOW False 0\n" in proc.stdout, proc.stdout


def test_a_command_runs_with_the_collector_on(demo_path):
    proc = _entry("today", "--db", str(demo_path))
    assert proc.returncode == 0, proc.stderr
    assert "WINDOW" not in proc.stdout
    assert proc.stdout.splitlines()[-1] == "ENDED 0 True", proc.stdout


def test_the_installed_command_starts_at_the_program_s_entry():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'msf-desk = "msf_desk.__main__:main"' in text
    assert "__main__.py" in (ROOT / "build.spec").read_text(encoding="utf-8")


# The window started twice on the same cache folder, saying how many regular expressions it
# took from the kept file (msf_desk.cli.kept_patterns).
WINDOW_TWICE = STARTUP + """
from msf_desk.cli import kept_patterns
import re
print("USED", kept_patterns.used, re._compiler.compile is kept_patterns._PARTS[3])
"""


def test_the_window_keeps_the_patterns_compiled_before_it_and_uses_them_next_time(demo_path, tmp_path):
    """A person who only ever opens the window gets, from the second start on, the patterns the
    command line's modules compile (json's, argparse's, ...) from the kept file, as after a
    command; the window's own modules compile theirs with re's own compile, and keep none."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path))
    runs = [subprocess.run([sys.executable, "-c", WINDOW_TWICE, str(demo_path)], capture_output=True, text=True,
                           env=env, timeout=120, cwd=str(tmp_path)) for _ in range(2)]
    for proc in runs:
        assert proc.returncode == 0, proc.stderr
        assert "MSF Desk started" in proc.stdout
    assert "USED 0 True" in runs[0].stdout
    used = int(runs[1].stdout.split("USED", 1)[1].split()[0])
    assert used >= 8, runs[1].stdout
    kept = tmp_path / "MSF Desk" / "patterns" / f"{sys.implementation.cache_tag}.kept"
    patterns = {pattern for pattern, _ in marshal.loads(marshal.loads(kept.read_bytes())[2])}
    assert r"(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?" in patterns      # json's, loaded by the command line
    from msf_desk.ui import i18n

    assert not {i18n._TAG.pattern, i18n._PLACEHOLDER.pattern} & patterns   # the window's own: not kept


def test_the_window_s_options_read_without_the_parser_are_the_parser_s():
    """Every argv of up to three words from a set of plain, joined, repeated, missing, refused and
    abbreviated options: where the window's options are read without the parser, the parser reads
    the same values; where the parser refuses, so do they (None: the parser then says why)."""
    import contextlib
    import io
    import itertools

    from msf_desk.cli import _opens_the_window, _window_options, build_parser

    parser = build_parser(commands=False)
    words = ["--db", "f.msf", "--db=g.msf", "--db=", "--db=-x", "-x", "-1", "", "--demo", "--check-startup",
             "--language", "ar", "xx", "--language=fr", "--language=", "--dem", "--demo=1", "--", "--version"]
    read = 0
    for size in range(4):
        for argv in itertools.product(words, repeat=size):
            argv = list(argv)
            if not _opens_the_window(argv):
                continue
            try:
                with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
                    expected = vars(parser.parse_args(argv))
            except SystemExit:
                expected = None
            found = _window_options(argv)
            if found is not None:
                read += 1
                assert vars(found) == expected, argv
    assert read > 300
    for argv in ([], ["--db", "f.msf", "--check-startup"], ["--language", "ar", "--demo"], ["--db=x", "--db", "y"]):
        assert _window_options(argv) is not None, argv


def test_the_start_up_check_ends_when_its_reader_has_gone(demo_path):
    """`msf-desk --check-startup | head -1`: the report's reader goes away; the check still
    closes the window and ends (it used to wait for ever behind an error's dialog)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "msf_desk", "--db", str(demo_path), "--check-startup"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(ROOT))
    proc.stdout.close()          # gone before the first word
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise AssertionError("the check did not end once its reader had gone")
    assert proc.returncode == 0, err
    assert b"Traceback" not in err
