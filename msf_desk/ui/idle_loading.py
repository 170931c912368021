"""Loading the modules of the pages not shown yet, once the window is idle after opening a forum.

A page's first show was mostly Python importing its modules (about 35 to 80 ms of the window's
thread for the Forum, Responses and Repository pages on this machine). Once the forum is open,
its first page filled and the opening check and backup done, a background thread imports the
modules those pages will import, one module at a time and a short rest after each, so the page
finds them loaded when it is first shown.

Import only: the thread makes no widget, model or timer. The modules' top-level code defines
classes (Qt's among them), constants (QColor values) and translation contexts, nothing tied to a
thread. One thing is: PySide makes each Qt class (and its enumerations) when it is first named,
and nothing stops two threads making the same class at once (libshiboken guards that only in
free-threaded builds). So before the thread imports one of our modules, the Qt classes that
module imports (`from PySide6.QtX import A, B`) are named on the window's thread
(`WindowThread`), and the thread waits for that: it only ever names classes already made. A page shown meanwhile imports on the window's thread as before: Python's import lock
makes it wait for a module the thread is importing (a few ms at most: one module per step),
never import it twice. Nothing is kept if the thread finds an error: the page's own import on
the window's thread reports it as before.
"""
from __future__ import annotations

import dis
import importlib
import importlib.util
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from functools import lru_cache

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

OURS = "msf_desk"
REST_S = 0.02          # after each module: the window's thread has Python to itself meanwhile


def module_order(name: str, seen: set[str] | None = None) -> Iterator[str]:
    """The modules importing `name` would load that are not loaded yet, those it needs first
    (ours followed through their top-level imports, each read when reached; others named once,
    as one step)."""
    seen = set() if seen is None else seen
    if name in seen or name in sys.modules:
        return
    seen.add(name)
    if name.split(".")[0] == OURS:
        for needed in _top_level_imports(name):
            yield from module_order(needed, seen)
    yield name


def _top_level_imports(name: str) -> list[str]:
    """The absolute imports at the top level of our module `name` (outside `if TYPE_CHECKING:`),
    with the submodules a `from package import module` names; read from its compiled code."""
    return list(_scan(name)[0])


def qt_names(name: str) -> list[tuple[str, str]]:
    """The (module, name) pairs our module `name` imports from PySide6's modules at its top level
    (`from PySide6.QtWidgets import QDialog` gives ("PySide6.QtWidgets", "QDialog"))."""
    return list(_scan(name)[1])


@lru_cache(maxsize=512)
def _scan(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    try:
        spec = importlib.util.find_spec(name)
        code = spec.loader.get_code(name) if spec is not None and spec.loader is not None else None
    except Exception:   # noqa: BLE001 - any loader (a built program's too): the module is then one step
        return (), ()
    if code is None:
        return (), ()
    found: list[str] = []
    qt: list[tuple[str, str]] = []
    consts: list[object] = []
    skip_until = -1
    for ins in dis.get_instructions(code):
        if ins.opname in ("LOAD_NAME", "LOAD_GLOBAL") and ins.argval == "TYPE_CHECKING":
            skip_until = -2                # the jump that follows ends the block
        elif skip_until == -2 and ins.opname.startswith("POP_JUMP") and isinstance(ins.argval, int):
            skip_until = ins.argval
        elif ins.opname == "LOAD_CONST":
            consts = (consts + [ins.argval])[-2:]
            continue
        elif ins.opname == "IMPORT_NAME" and ins.offset >= skip_until and len(consts) == 2 and consts[0] == 0:
            module, fromlist = ins.argval, consts[1]
            parts = module.split(".")
            found.extend(".".join(parts[:i]) for i in range(1, len(parts) + 1))
            if module.split(".")[0] == OURS and isinstance(fromlist, tuple) and _is_package(module):
                found.extend(f"{module}.{entry}" for entry in fromlist if _is_module(f"{module}.{entry}"))
            if module.startswith("PySide6.") and isinstance(fromlist, tuple):
                qt.extend((module, entry) for entry in fromlist if entry != "*")
        consts = []
    return tuple(found), tuple(qt)


def _is_package(name: str) -> bool:
    """Whether `name` is a package (finding it loads its parent packages, not `name`)."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, AttributeError, ValueError):
        return False
    return spec is not None and spec.submodule_search_locations is not None


def _is_module(name: str) -> bool:
    """Whether `name`, in a package, is a module (finding it loads the package, not `name`)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, AttributeError, ValueError):
        return False


class WindowThread(QObject):
    """Runs what it is given on the thread it was made on (the window's), in that thread's turn:
    `call.emit(function)` from any thread."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)

    def _run(self, function: Callable[[], None]) -> None:
        function()


def make_classes(names: list[tuple[str, str]], made: list[tuple[str, str, str]] | None = None) -> None:
    """Name each (module, class) of `names`, so that PySide makes it on this thread (noted in `made`
    with the thread's name)."""
    for module, attr in names:
        getattr(sys.modules.get(module) or importlib.import_module(module), attr, None)
        if made is not None:
            made.append((module, attr, threading.current_thread().name))


class IdleLoader:
    """Imports `targets` (module names) and what they need, one module at a time, in a daemon
    thread. `done` is set once it has finished (or stopped). Made on the window's thread: the Qt
    classes each of our modules imports are made there before the module is imported."""

    def __init__(self, targets: list[str], rest_s: float | None = None) -> None:
        self.targets = list(targets)
        self.rest_s = REST_S if rest_s is None else rest_s
        self.window_thread = WindowThread()
        self.made: list[tuple[str, str, str]] = []    # (module, class, thread), as made before an import
        self.loaded: list[str] = []
        self.failed: list[str] = []     # left to the page's own import, which reports the error
        self.done = threading.Event()
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="msf-desk idle loading", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        """No further module is started (the one being imported finishes)."""
        self._stop.set()

    def _run(self) -> None:
        try:
            seen: set[str] = set()
            for target in self.targets:
                for name in module_order(target, seen):
                    if self._stop.is_set():
                        return
                    if name in sys.modules:
                        continue
                    if name.split(".")[0] == OURS and not self._classes_made(qt_names(name)):
                        return          # stopped while the window's thread was asked
                    try:
                        importlib.import_module(name)
                        self.loaded.append(name)
                    except Exception as exc:    # noqa: BLE001 - the page's own import reports it
                        self.failed.append(name)
                        log.info("Not loaded ahead: %s (%s)", name, exc)
                    time.sleep(self.rest_s)
        finally:
            self.done.set()

    def _classes_made(self, names: list[tuple[str, str]]) -> bool:
        """Have the window's thread make the Qt classes `names` and wait for it (False: stopped
        meanwhile; the window may be closing and will not answer)."""
        if not names:
            return True
        made = threading.Event()

        def make() -> None:
            try:
                make_classes(names, self.made)
            finally:
                made.set()

        self.window_thread.call.emit(make)
        while not made.wait(0.05):
            if self._stop.is_set():
                return False
        return True
