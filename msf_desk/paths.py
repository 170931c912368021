"""Where MSF Desk finds its shipped resources and keeps the user's data."""
from __future__ import annotations

import sys
from pathlib import Path

from msf_desk import APP_NAME


def resources_dir() -> Path:
    """The folder of shipped files (fonts, icon, desktop entry).

    - a PyInstaller build: unpacked under sys._MEIPASS as msf_desk/resources;
    - an installed wheel: the package data `msf_desk/resources` (setup.py maps the
      repository's top-level resources/ there);
    - a source checkout or an editable install: the top-level resources/ beside msf_desk/.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "msf_desk" / "resources"
    # The package's folder, as importlib.resources.files("msf_desk") gives it for a package on
    # disk (loading importlib.resources costs every command a hundredth of a second).
    package = Path(__file__).resolve().parent
    packaged = package / "resources"
    if packaged.is_dir():
        return packaged
    return package.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def user_data_dir(create: bool = True) -> Path:
    """Where the program keeps your forums: %LOCALAPPDATA%\\MSF Desk on Windows,
    ~/Library/Application Support/MSF Desk on macOS, ~/.local/share/MSF Desk on Linux."""
    import platformdirs  # only here: most commands name their forum file

    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path | None:
    """Where the program keeps what it can always make again (the fonts' tables read for PDFs):
    %LOCALAPPDATA%\\MSF Desk\\Cache on Windows, ~/Library/Caches/MSF Desk on macOS,
    $XDG_CACHE_HOME/MSF Desk (~/.cache/MSF Desk) elsewhere, as platformdirs names them (without
    loading it: a tenth of a PDF export's loading). None when there is no such folder to use."""
    import os

    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / APP_NAME / "Cache" if base else None
    home = os.environ.get("HOME")
    if sys.platform == "darwin":
        return Path(home) / "Library" / "Caches" / APP_NAME if home else None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if base:
        return Path(base) / APP_NAME
    return Path(home) / ".cache" / APP_NAME if home else None


def default_database() -> Path:
    return user_data_dir() / "forum.msf"


def demo_database() -> Path:
    return user_data_dir() / "demo-forum.msf"


def forum_files_dir(db_path: Path) -> Path:
    """Where a forum keeps the files attached to it (papers, scans): beside the forum file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".files")
