"""Atomic, cancellable file writing for exports.

A half-written export must never replace a good file the user already has,
so writers render into a temporary file beside the target and rename it
into place only when everything succeeded.
"""
from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Optional, Protocol

from msf_desk.core.errors import UserError


class Cancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


class Progress(Protocol):
    """``progress(done, total)``; may raise :class:`Cancelled`."""

    def __call__(self, done: int, total: int) -> None: ...


OptionalProgress = Optional[Progress]


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's directory; on success it is
    renamed onto ``path``, on any exception (Cancelled included) it is removed
    and an existing file at ``path`` stays untouched."""
    target = Path(path)
    # Same directory, so os.replace is a rename on one file system. Created
    # with os.open(0o666) rather than mkstemp so the final file gets the
    # user's umask instead of mkstemp's private 0600.
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise


def write_all(out_dir: str | Path, stem: str, formats: list[str],
              writers: dict[str, Callable[[Path, Progress | None], Path]],
              progress: Progress | None) -> list[Path]:
    """Write `stem.<fmt>` for each format into `out_dir`, all or nothing.

    Every file is rendered in a hidden staging folder and moved into place only when all
    of them succeeded, so a failure or a cancel (Cancelled from `progress`) leaves none.
    `writers[fmt](path, progress)` writes one file; progress runs 0…1000 per format.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the folder {out}: {exc.strerror or exc}.") from exc
    staging = out / f".msf-export-{secrets.token_hex(4)}"
    staging.mkdir()
    try:
        staged = []
        for n, fmt in enumerate(formats):
            def step(done: int, total: int, n=n) -> None:
                if progress is not None:
                    progress(n * 1000 + int(1000 * done / max(total, 1)), 1000 * len(formats))

            staged.append(writers[fmt](staging / f"{stem}.{fmt}", step))
            step(1, 1)
        written = []
        for path in staged:
            target = out / path.name
            os.replace(path, target)
            written.append(target)
        return written
    except PermissionError as exc:
        raise UserError(f"Cannot write into {out}: {exc.strerror or exc}. Is the file open in another program?") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
