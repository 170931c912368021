"""Atomic, cancellable file writing for exports.

A half-written export must never replace a good file the user already has, and an export
of several files is all or nothing: `write_all` renders every file in a hidden staging
folder beside the targets and moves them into place only when all succeeded. The staging
folder (and every temporary `.part` file) is held by a lock while in use, so the next
export can tell the leftovers of a killed run from those of a run still going, and removes
only the former (`clean_leftovers`).
"""
from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Optional, Protocol

from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_


def _token() -> str:
    """Eight random hex digits for a temporary name (what ``secrets.token_hex(4)`` gives; that
    module loads hmac and OpenSSL's hashes, a hundredth of a second of a command-line export)."""
    return os.urandom(4).hex()


try:  # POSIX: an advisory lock that the system releases when the process dies
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted, which is the lock we need
    fcntl = None  # type: ignore[assignment]

STAGING_PREFIX = ".msf-export-"
LOCK_NAME = ".lock"
PART_FILE = re.compile(r"^\..+\.[0-9a-f]{8}\.part$")  # the temporary names atomic_write uses


class Cancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


class Progress(Protocol):
    """``progress(done, total)``; may raise :class:`Cancelled`."""

    def __call__(self, done: int, total: int) -> None: ...


OptionalProgress = Optional[Progress]


def checkpoint(progress) -> None:
    """A place where a Cancel takes effect without reporting progress (reading the forum, a long
    loop before the first document): raises Cancelled once the worker was asked to stop.
    Exporters call it every few hundred rows, so that Cancel acts within a second or two."""
    check = getattr(progress, "check", None)
    if check is not None:
        check()


def every(progress, n: int = 500):
    """`progress(done, total)` for a loop over rows that only checks for a Cancel every `n` rows
    (reading and preparing come before the documents the bar counts)."""
    if progress is None:
        return None

    def check(done: int, total: int) -> None:
        if done % n == 0:
            checkpoint(progress)

    return check


def announce(progress, name: str, n: int = 0, count: int = 0) -> None:
    """Tell `progress` that the n-th of `count` documents, `name`, is being written, when it
    listens (the window's workers show it in the status area); may raise Cancelled."""
    document = getattr(progress, "document", None)
    if document is not None:
        document(name, n, count)


# --- telling a leftover from a file in use --------------------------------------------------

def hold(path: Path) -> IO[bytes]:
    """Open `path` and keep it locked until the returned file is closed."""
    fh = open(path, "ab")
    if fcntl is not None:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise
    return fh


def _in_use(path: Path) -> bool:
    """True when a running export holds `path` (POSIX). On Windows the answer comes from the
    removal itself, which fails on a file another program holds open."""
    if fcntl is None:
        return False
    try:
        fh = open(path, "ab")
    except OSError:
        return False
    with fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        return False


def remove_abandoned(path: Path) -> bool:
    """Remove a staging folder or a `.part` file left by an export that was killed; leave it if
    an export still running holds it. Returns whether it was removed."""
    try:
        if path.is_dir() and not path.is_symlink():
            lock = path / LOCK_NAME
            if lock.exists() and _in_use(lock):
                return False
            shutil.rmtree(path)
        else:
            if _in_use(path):
                return False
            path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False  # held open by another program (Windows): still in use
    return True


def clean_leftovers(folder: Path, staging_prefixes: tuple[str, ...] = (STAGING_PREFIX,),
                    recursive: bool = False) -> list[Path]:
    """Remove what killed exports left in `folder`: staging folders whose name starts with one of
    `staging_prefixes`, and `.part` files (in subfolders too when `recursive`)."""
    removed: list[Path] = []
    folder = Path(folder)
    if not folder.is_dir():
        return removed
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(staging_prefixes) and entry.is_dir():
            if remove_abandoned(entry):
                removed.append(entry)
        elif PART_FILE.match(entry.name) and entry.is_file():
            if remove_abandoned(entry):
                removed.append(entry)
        elif recursive and entry.is_dir() and not entry.is_symlink() and not entry.name.startswith("."):
            removed += clean_leftovers(entry, (), recursive=True)
    return removed


# --- one file --------------------------------------------------------------------------------

def check_writable_folder(folder: str | os.PathLike[str]) -> None:
    """Refuse, in words, a folder we may not write into (before anything is rendered).

    A folder whose write permission is off counts as read-only even for an administrator,
    who could write anyway: someone made it read-only on purpose.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return
    if not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o222:
        raise UserError(M_("Cannot write into {folder}: the folder is read-only. Nothing was written; choose another folder.").format(folder=folder))


def os_error_words(exc: OSError, where: Path) -> UserError:
    """An operating-system failure while writing an export, in words."""
    import errno

    if exc.errno == errno.ENOSPC:
        return UserError(M_("There is no room left on the disk to write into {where}. Nothing was written.").format(where=where))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(M_("Cannot write into {where}: permission denied (the folder is read-only, or a file there is open in another program). Nothing was written.").format(where=where))
    return UserError(M_("Cannot write into {where}: {value}. Nothing was written.").format(where=where, value=exc.strerror or exc))


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's directory; on success it is
    renamed onto ``path``, on any exception (Cancelled included) it is removed
    and an existing file at ``path`` stays untouched."""
    target = Path(path)
    check_writable_folder(target.parent)
    # Same directory, so os.replace is a rename on one file system. Created
    # with os.open(0o666) rather than mkstemp so the final file gets the
    # user's umask instead of mkstemp's private 0600.
    while True:
        tmp = target.with_name(f".{target.name}.{_token()}.part")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise os_error_words(exc, target.parent) from None
    os.close(fd)
    guard = hold(tmp)  # a killed run's .part is then told from a running one's
    try:
        yield tmp
        guard.close()  # Windows renames only a file nobody holds open
        os.replace(tmp, target)
    except BaseException:
        guard.close()
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise


# --- several files, all or nothing -----------------------------------------------------------

def _commit(pairs: list[tuple[Path, Path]], staging: Path, out: Path) -> list[Path]:
    """Move each staged file onto its target; all or none. Files already at the targets are set
    aside in the staging folder first, so a target that cannot be replaced (a folder, a file open
    in another program) stops the export before anything changed, and a failure while moving
    puts the earlier files back."""
    for _staged, target in pairs:
        if target.is_dir():
            raise UserError(M_("Cannot write {name} in {out}: a folder of that name is in the way.").format(name=target.name, out=out))
    set_aside: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for n, (_staged, target) in enumerate(pairs):
            if target.exists() or target.is_symlink():
                old = staging / f"{LOCK_NAME}-previous-{n}"
                os.replace(target, old)
                set_aside.append((old, target))
        for staged, target in pairs:
            os.replace(staged, target)
            placed.append(target)
    except OSError:
        for target in placed:
            try:
                target.unlink()
            except OSError:
                pass
        for old, target in set_aside:
            try:
                os.replace(old, target)
            except OSError:
                pass
        raise
    return placed


def write_all(out_dir: str | Path, stem: str, formats: list[str],
              writers: dict[str, Callable[[Path, Progress | None], Path]],
              progress: Progress | None, *, names: dict[str, str] | None = None) -> list[Path]:
    """Write `stem.<fmt>` (or `names[fmt]`) for each format into `out_dir`, all or nothing.

    Every file is rendered in a hidden staging folder and moved into place only when all
    of them succeeded, so a failure or a cancel (Cancelled from `progress`) leaves none and
    the files already there untouched. `writers[fmt](path, progress)` writes one file;
    progress runs 0…1000 per format. Leftovers of a killed earlier export are removed first.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(M_("Cannot create the folder {out}: {value}.").format(out=out, value=exc.strerror or exc)) from exc
    check_writable_folder(out)
    clean_leftovers(out)
    try:
        staging = out / f"{STAGING_PREFIX}{_token()}"
        staging.mkdir()
        lock = hold(staging / LOCK_NAME)
    except OSError as exc:
        raise UserError(M_("Cannot write into {out}: {value}.").format(out=out, value=exc.strerror or exc)) from exc
    try:
        staged = []
        for n, fmt in enumerate(formats):
            def step(done: int, total: int, n=n) -> None:
                if progress is not None:
                    progress(n * 1000 + int(1000 * done / max(total, 1)), 1000 * len(formats))

            name = (names or {}).get(fmt, f"{stem}.{fmt}")
            announce(progress, name, n + 1, len(formats))
            path = writers[fmt](staging / name, step)
            staged.append(Path(path))
            step(1, 1)
        return _commit([(path, out / path.name) for path in staged], staging, out)
    except OSError as exc:
        raise UserError(M_("Cannot write into {out}: {value}. Is a file of that name open in another program?").format(out=out, value=exc.strerror or exc)) from exc
    finally:
        lock.close()
        shutil.rmtree(staging, ignore_errors=True)
