"""One editor at a time: the lock file beside a forum.

`forum.msf.lock` says who is editing (OS user name, machine, process id, since when),
and the process holding it keeps an operating-system lock on that file for as long as it
edits (`flock` on Linux and macOS, `LockFileEx` on Windows through the `filelock`
package). The operating system drops that lock when the process ends, however it ends,
so a lock file left behind by a crash is recognised and taken over:

the OS lock can be taken → whoever wrote the file is gone (crashed, killed, or the machine
was switched off), and the lock is taken over. The process id in the file is shown to
people and checked by `stale()`, which says whether a lock that names this machine is
left behind.

A lock written on another machine whose OS lock we can take is taken over only once its
heartbeat (rewritten every minute while a window edits) is older than `REMOTE_STALE`
seconds: some network drives do not pass OS locks between machines.

On Windows the OS lock covers byte 0 of the file and stops others reading it, so the
JSON starts at byte 1 (byte 0 is a newline, which JSON ignores).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import time
from msf_desk.model.records import record
from pathlib import Path

if os.name == "posix":
    # What filelock does on these systems (flock on the whole file), without loading the whole
    # of filelock (a twentieth of a second, at every start of the window and the commands).
    import errno
    import fcntl

    _CONTENTION = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK})

    def lock_descriptor(fd: int, *, blocking: bool = True) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except OSError as exc:
            if not blocking and exc.errno in _CONTENTION:
                return False
            raise
        return True

    def unlock_descriptor(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
else:
    from filelock import lock_descriptor, unlock_descriptor

from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_

REMOTE_STALE = 180  # seconds without a heartbeat before another machine's lock counts as left behind
HEARTBEAT = 60


def lock_path(forum: Path) -> Path:
    return Path(f"{forum}.lock")


def user_name() -> str:
    # Only here: a command that only reads the forum (an export) never asks, and getpass loads
    # the terminal's module (termios) as it loads.
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user database entry (some containers)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown user"


def machine_name() -> str:
    if hasattr(os, "uname"):
        # What socket.gethostname() returns on Linux and macOS, without loading the socket module.
        return os.uname().nodename or "unknown machine"
    import socket  # Windows

    return socket.gethostname() or "unknown machine"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


@record(frozen=True)
class Holder:
    """Who holds a forum's lock, as its lock file says."""

    user: str = ""
    machine: str = ""
    pid: int = 0
    since: str = ""       # UTC, ISO 8601
    kind: str = "window"  # "window" (held while the window edits) or "command" (one write)
    seen: str = ""        # UTC, ISO 8601: the last heartbeat

    @property
    def known(self) -> bool:
        return bool(self.user or self.machine)

    def since_text(self) -> str:
        try:
            when = dt.datetime.fromisoformat(self.since).astimezone()
        except ValueError:
            return ""
        today = dt.datetime.now().astimezone().date()
        clock = when.strftime("%H:%M")
        if when.date() == today:
            return f"since {clock} today"
        return f"since {clock} on {when.day} {when.strftime('%B %Y')}"

    def who(self) -> str:
        if not self.known:
            return "another MSF Desk (it is opening the file just now)"
        here = self.machine == machine_name()
        me = here and self.user == user_name()
        person = "you" if me else self.user
        place = "on this computer" if here else f"on {self.machine}"
        what = "in another MSF Desk window" if me and self.kind == "window" else ""
        return " ".join(p for p in (person, what, place) if p)

    def sentence(self, forum: Path) -> str:
        when = self.since_text()
        when = f" ({when})" if when else ""
        if self.kind == "command":
            return (f"{forum.name} is being changed by a command run by {self.who()}{when}; "
                    "try again when it has finished.")
        return (f"{forum.name} is open for editing by {self.who()}{when}. Only one person can edit "
                "a forum at a time: open it read-only, or try again when they have closed it.")

    def stale(self) -> bool:
        """True when the file names this machine and a process that no longer runs."""
        return self.machine == machine_name() and not _pid_alive(self.pid)


class ForumInUse(UserError):
    """Someone else has the forum open for editing."""

    def __init__(self, forum: Path, holder: Holder) -> None:
        super().__init__(holder.sentence(forum) + " Nothing was changed.")
        self.forum = forum
        self.holder = holder


def read_holder(forum: Path) -> Holder | None:
    """What the lock file says, or None when there is none (or it cannot be read)."""
    path = lock_path(forum)
    try:
        with path.open("rb") as fh:
            fh.seek(1)
            data = json.loads(fh.read().decode("utf-8") or "null")
    except (OSError, ValueError):
        return Holder() if path.exists() else None
    if not isinstance(data, dict):
        return Holder()
    fields = {k: data.get(k) for k in Holder.__dataclass_fields__ if data.get(k) is not None}
    try:
        fields["pid"] = int(fields.get("pid", 0))
    except (TypeError, ValueError):
        fields["pid"] = 0
    return Holder(**{k: (v if k == "pid" else str(v)) for k, v in fields.items()})


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _age(text: str) -> float:
    try:
        return (_now() - dt.datetime.fromisoformat(text)).total_seconds()
    except (TypeError, ValueError):
        return float("inf")


_HELD_HERE: set[str] = set()  # forums whose window lock this process holds


def _key(forum: Path) -> str:
    return os.path.normcase(os.path.abspath(forum))


class ForumLock:
    """The lock on one forum file, held by this process (or not yet)."""

    @staticmethod
    def held_here(forum: Path) -> bool:
        """True when a window of this process holds the forum's lock."""
        return _key(Path(forum)) in _HELD_HERE

    def __init__(self, forum: Path, kind: str = "window") -> None:
        self.forum = Path(forum)
        self.path = lock_path(self.forum)
        self.kind = kind
        self.fd: int | None = None
        self.holder: Holder | None = None
        self.took_over: Holder | None = None  # a lock left behind that we took over

    @property
    def held(self) -> bool:
        return self.fd is not None

    def _try_os_lock(self) -> int | None:
        """Open the lock file and take its OS lock without waiting; None if someone has it."""
        for _ in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                if not lock_descriptor(fd, blocking=False):
                    os.close(fd)
                    return None
            except OSError:
                os.close(fd)
                raise
            # The holder may have deleted the file between our open and our lock: then our
            # lock is on a file nobody else will look at. Check it is still the one at the path.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                return fd
            unlock_descriptor(fd)
            os.close(fd)
        return None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock or raise ForumInUse. `wait` seconds are spent retrying while another
        command (not a window) has it; a window's lock refuses at once."""
        if self.held:
            return
        deadline = time.monotonic() + wait
        while True:
            try:
                fd = self._try_os_lock()
            except OSError as exc:
                raise UserError(
                    M_("Cannot take the lock beside {name} ({name2}): {value}. Nothing was changed.").format(name=self.forum.name, name2=self.path.name, value=exc.strerror or exc)
                ) from None
            previous = read_holder(self.forum)
            if fd is not None:
                if (previous is not None and previous.known and previous.machine != machine_name()
                        and _age(previous.seen or previous.since) < REMOTE_STALE):
                    # Another machine's window, on a drive that does not pass OS locks.
                    unlock_descriptor(fd)
                    os.close(fd)
                    raise ForumInUse(self.forum, previous)
                self.fd = fd
                self.took_over = previous if previous is not None and previous.known else None
                self._write()
                if self.kind == "window":
                    _HELD_HERE.add(_key(self.forum))
                return
            if previous is None:
                previous = Holder()
            if previous.kind == "window" and previous.known:
                raise ForumInUse(self.forum, previous)
            if time.monotonic() >= deadline:
                raise ForumInUse(self.forum, previous)
            time.sleep(0.02)

    def _write(self) -> None:
        now = _now().isoformat()
        self.holder = Holder(user=user_name(), machine=machine_name(), pid=os.getpid(), since=now,
                             kind=self.kind, seen=now)
        self._dump()

    def _dump(self) -> None:
        assert self.fd is not None and self.holder is not None
        data = b"\n" + json.dumps(self.holder.__dict__, ensure_ascii=False).encode("utf-8")
        os.ftruncate(self.fd, 0)
        os.lseek(self.fd, 0, os.SEEK_SET)
        os.write(self.fd, data)

    def heartbeat(self) -> None:
        """Say we are still here (for machines that cannot see our OS lock)."""
        if self.held and self.holder is not None:
            self.holder = Holder(**{**self.holder.__dict__, "seen": _now().isoformat()})
            try:
                self._dump()
            except OSError:
                pass

    def release(self) -> None:
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        if self.kind == "window":
            _HELD_HERE.discard(_key(self.forum))
        try:
            self.path.unlink()
        except OSError:
            pass  # Windows cannot delete an open file; the next opener takes it over
        try:
            unlock_descriptor(fd)
        finally:
            os.close(fd)

    def __del__(self) -> None:  # a lock object dropped without release
        try:
            self.release()
        except Exception:
            pass
