"""Atomic, cancellable file writing for exports.

A half-written export must never replace a good file the user already has,
so writers render into a temporary file beside the target and rename it
into place only when everything succeeded.
"""
from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Optional, Protocol


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
