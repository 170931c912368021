"""The user's own preferences, kept with QSettings (per user, never in the forum file):
the export folder of each kind of file, and the planner's weekday and times, per forum.

The window passes its QSettings to `use()`; tests give one in a file of their own, so a
test never reads or writes the user's settings. Keys of one forum are grouped under a
short hash of its path, so two forums keep their own folders."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from msf_desk.model.digests import sha256_hex

# The kinds of export whose folder is remembered (the words say what lands there).
EXPORT_KINDS = {
    "pack": "meeting packs",
    "notice": "notices and invitations",
    "calendar": "the public calendar",
    "minutes": "minutes",
    "responses": "response reports",
    "ethics": "ethics registers and forms",
    "repository": "the public repository",
    "compliance": "compliance reports",
}

_current: QSettings | None = None


def use(settings: QSettings | None) -> None:
    """Keep preferences in `settings` from now on (the window's; a test's own file)."""
    global _current
    _current = settings


def store() -> QSettings:
    return _current if _current is not None else QSettings()


def set_changed(settings: QSettings, key: str, value, current=None) -> None:
    """Set `key` unless it already holds `value` (`current`: what it holds, when the caller has
    read it). QSettings writes its file again, and syncs it to disk, after every setValue, even
    of the same value: at each start and close of the window, for nothing."""
    if (settings.value(key) if current is None else current) != value:
        settings.setValue(key, value)


def forum_key(forum_path: str | Path | None) -> str:
    if not forum_path:
        return "no_forum"
    resolved = str(Path(forum_path).expanduser().resolve())
    return sha256_hex(resolved.encode("utf-8"))[:16]


def _key(forum_path, name: str) -> str:
    return f"forums/{forum_key(forum_path)}/{name}"


def value(forum_path, name: str, default=None):
    found = store().value(_key(forum_path, name))
    return default if found in (None, "") else found


def set_value(forum_path, name: str, data) -> None:
    settings = store()
    settings.setValue(_key(forum_path, name), data)
    settings.sync()


def export_folder(kind: str, forum_path) -> Path:
    """Where this kind of export went last for this forum; else where it went for any
    forum; else the folder beside the forum file; else the home folder. Only a folder that
    still exists is offered."""
    candidates = [value(forum_path, f"export/{kind}"), store().value(f"export/{kind}")]
    if forum_path:
        candidates.append(str(Path(forum_path).expanduser().resolve().parent))
    for folder in candidates:
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder))
    return Path.home()


def remember_export_folder(kind: str, forum_path, folder: str | Path) -> None:
    folder = str(Path(folder).expanduser().resolve())
    set_value(forum_path, f"export/{kind}", folder)
    settings = store()
    settings.setValue(f"export/{kind}", folder)
    settings.sync()
