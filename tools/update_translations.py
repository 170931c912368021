"""Re-extract the window's strings into the .ts files and compile the .qm files we ship.

    python tools/update_translations.py            # update resources/i18n/msf_desk_*.ts, then .qm
    python tools/update_translations.py --check    # change nothing; exit 1 if either is stale

The strings are those marked in msf_desk/ui and msf_desk/app.py (see msf_desk/ui/i18n.py);
pyside6-lupdate keeps the translations already made, drops strings no longer in the code
(-no-obsolete) and writes no source locations (-locations none), so two people adding
strings rarely touch the same lines. pyside6-lrelease then compiles each .ts into the .qm
shipped beside it (committed, so a wheel, an editable install and a PyInstaller build all
carry them without a compile step). Translators fill the .ts files (Qt Linguist, or any
editor: each <translation> without type="unfinished"), then run this again.
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TRANSLATED = ("fr", "es", "ar")
# English is the source; its catalogue holds only the plural forms ("%n meeting(s)" →
# "1 meeting", "3 meetings").
LANGUAGES = ("en",) + TRANSLATED


def sources() -> list[Path]:
    """The files whose marked strings make the window's catalogue."""
    package = ROOT / "msf_desk"
    return sorted((package / "ui").rglob("*.py")) + [package / "app.py"]


def ts_file(language: str, folder: Path = I18N) -> Path:
    return folder / f"msf_desk_{language}.ts"


def qm_file(language: str, folder: Path = I18N) -> Path:
    return folder / f"msf_desk_{language}.qm"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"update_translations: pyside6-{name} not found (it comes with PySide6)")
    return found


def extract(ts: Path, language: str) -> None:
    """Update `ts` (created if missing) with the strings marked in the sources."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         *(["-pluralonly"] if language == "en" else []),
         "-source-language", "en", "-target-language", language, *files, "-ts", str(ts)],
        check=True, cwd=ROOT,
    )


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        extract(ts_file(language), language)
        compile_qm(ts_file(language), qm_file(language))
        print(f"updated {ts_file(language).relative_to(ROOT)} and {qm_file(language).name}")


def stale() -> list[str]:
    """What `update()` would change, in words (empty when the committed files are fresh)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for language in LANGUAGES:
            committed_ts, fresh_ts = ts_file(language), ts_file(language, folder)
            if not committed_ts.is_file():
                problems.append(f"{committed_ts.relative_to(ROOT)} is missing")
                continue
            shutil.copyfile(committed_ts, fresh_ts)
            extract(fresh_ts, language)
            if fresh_ts.read_bytes() != committed_ts.read_bytes():
                problems.append(f"{committed_ts.relative_to(ROOT)} differs from the strings in the code")
            fresh_qm = qm_file(language, folder)
            compile_qm(committed_ts, fresh_qm)
            committed_qm = qm_file(language)
            if not committed_qm.is_file() or not filecmp.cmp(fresh_qm, committed_qm, shallow=False):
                problems.append(f"{committed_qm.relative_to(ROOT)} is not compiled from {committed_ts.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for problem in problems:
            print(f"update_translations: {problem}", file=sys.stderr)
        if problems:
            print("run: python tools/update_translations.py", file=sys.stderr)
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
