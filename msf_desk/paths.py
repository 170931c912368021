"""Where MSF Desk finds its shipped resources and keeps the user's data."""
from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from msf_desk import APP_NAME


def resources_dir() -> Path:
    # A PyInstaller build unpacks data next to the executable (sys._MEIPASS);
    # a source checkout or an installed wheel keeps resources/ beside the package.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return user_data_dir() / "forum.msf"


def demo_database() -> Path:
    return user_data_dir() / "demo-forum.msf"


def forum_files_dir(db_path: Path) -> Path:
    """Where a forum keeps the files attached to it (papers, scans): beside the forum file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".files")
