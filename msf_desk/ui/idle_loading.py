"""Loading the modules of the pages not shown yet, once the window is idle after opening a forum.

A page's first show was mostly Python importing its modules (about 35 to 80 ms of the window's
thread for the Forum, Responses and Repository pages on this machine). Once the forum is open,
its first page filled and the opening check and backup done, a background thread imports the
modules those pages will import, one module at a time and a short rest after each, so the page
finds them loaded when it is first shown.

Import only: the thread makes no widget, model or timer. The modules' top-level code defines
classes (Qt's among them), constants (QColor values) and translation contexts, nothing tied to a
thread. A page shown meanwhile imports on the window's thread as before: Python's import lock
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
from collections.abc import Iterator

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
    try:
        spec = importlib.util.find_spec(name)
        code = spec.loader.get_code(name) if spec is not None and spec.loader is not None else None
    except Exception:   # noqa: BLE001 - any loader (a built program's too): the module is then one step
        return []
    if code is None:
        return []
    found: list[str] = []
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
        consts = []
    return found


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


class IdleLoader:
    """Imports `targets` (module names) and what they need, one module at a time, in a daemon
    thread. `done` is set once it has finished (or stopped)."""

    def __init__(self, targets: list[str], rest_s: float | None = None) -> None:
        self.targets = list(targets)
        self.rest_s = REST_S if rest_s is None else rest_s
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
                    try:
                        importlib.import_module(name)
                        self.loaded.append(name)
                    except Exception as exc:    # noqa: BLE001 - the page's own import reports it
                        self.failed.append(name)
                        log.info("Not loaded ahead: %s (%s)", name, exc)
                    time.sleep(self.rest_s)
        finally:
            self.done.set()
