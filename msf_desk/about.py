"""What the program says about itself: its version and the fonts it ships with their licences.

Used by `msf-desk --version` and Help → About. No Qt here: the window adds Qt's version.
"""
from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

from msf_desk import APP_NAME, __version__
from msf_desk.paths import fonts_dir
from msf_desk.model.records import record

FONT_SUFFIXES = {".ttf", ".otf", ".ttc"}


@record(frozen=True)
class Licence:
    file: str          # e.g. "LICENSE-OFL.txt"
    title: str         # its first non-empty line
    text: str


def version_line() -> str:
    return f"{APP_NAME} {__version__}"


def python_line() -> str:
    return f"Python {platform.python_version()} ({platform.system()} {platform.machine()})" + (
        ", built program" if getattr(sys, "frozen", False) else "")


def font_families(folder: Path | None = None) -> list[str]:
    """The bundled font families, by their file names (NotoSansArabic-Bold.ttf -> Noto Sans Arabic)."""
    folder = folder or fonts_dir()
    families = set()
    for path in folder.iterdir() if folder.is_dir() else ():
        if path.suffix.lower() in FONT_SUFFIXES:
            stem = path.stem.split("-")[0]
            # File names to words: "NotoSansArabic" -> "Noto Sans Arabic", "NotoSansKR" ->
            # "Noto Sans KR", "NotoSansSymbols2" -> "Noto Sans Symbols 2".
            families.add(re.sub(r"(?<=[a-z])(?=[A-Z0-9])", " ", stem))
    return sorted(families)


def font_licences(folder: Path | None = None) -> list[Licence]:
    """Every licence text shipped beside the fonts (LICENSE*, OFL*, *.txt), as shipped."""
    folder = folder or fonts_dir()
    licences = []
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        name = path.name.upper()
        if path.is_file() and (name.startswith(("LICENSE", "LICENCE", "OFL", "COPYING")) or path.suffix == ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            # Its name as it states it, e.g. "SIL OPEN FONT LICENSE Version 1.1".
            title = next((line.strip() for line in text.splitlines()
                          if "LICENSE" in line and "://" not in line and len(line.strip()) < 70), path.name)
            licences.append(Licence(path.relative_to(folder).as_posix(), title, text))
    return licences
