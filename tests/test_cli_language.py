"""The command line's own lines in the person's language: `--language fr` (or the system's)
gives French; English without it. Run as a person runs it: a subprocess, its output read."""
from __future__ import annotations

import os
import subprocess
import sys


def run(*args, env_language: str | None = None):
    env = dict(os.environ)
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(key, None)
    if env_language:
        env["LANGUAGE"] = env_language
    return subprocess.run([sys.executable, "-m", "msf_desk", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_lines_in_french_with_language_fr(demo_path, tmp_path):
    db = str(demo_path)
    out = run("--language", "fr", "trash", "list", "--db", db)
    assert out.returncode == 0, out.stderr
    assert "La corbeille est vide." in out.stdout
    out = run("--language", "fr", "parity", "--on", "2026-06-06", "--db", db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Parité au 6 juin 2026"), out.stdout[:200]
    assert "Changements à venir :" in out.stdout and "Par secteur : " in out.stdout
    assert "Mandats arrivant bientôt à échéance" in out.stdout and "Leaning" not in out.stdout
    out = run("--language", "fr", "actions", "--db", db)
    assert out.returncode == 0, out.stderr
    assert " en retard." in out.stdout.splitlines()[-1] and "overdue" not in out.stdout.splitlines()[-1]


def test_an_error_line_in_french(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("x")
    out = run("--language", "fr", "demo", "--db", str(blocked / "forum.msf"))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert out.stderr.startswith("msf-desk: impossible d'utiliser "), out.stderr
    assert out.stderr.rstrip().endswith("Rien de plus n'a été écrit."), out.stderr


def test_the_system_language_and_english_by_default(demo_path):
    out = run("trash", "list", "--db", str(demo_path), env_language="es")
    assert "La papelera está vacía." in out.stdout, out.stdout
    out = run("trash", "list", "--db", str(demo_path))
    assert "The trash is empty." in out.stdout, out.stdout
    out = run("--language", "ar", "trash", "list", "--db", str(demo_path))
    assert "سلة المحذوفات فارغة." in out.stdout, out.stdout
