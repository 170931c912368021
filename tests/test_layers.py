"""The floors of the house, checked from the source: data flows one way, down.

model ← store ← core (← core.audience) ← exports, cli, ui. Each test reads every module's
imports with `ast` (including imports written inside functions) and names the offending
module and line, so a broken rule says where to look.
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import msf_desk

PACKAGE = Path(msf_desk.__file__).parent
ROOT = PACKAGE.parent


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        name = ".".join(rel.parts)
        if name.endswith(".__init__"):
            name = name[: -len(".__init__")]
        out[name] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> list[tuple[str, int, bool]]:
    """(imported msf_desk module, line, inside a function) for every import in the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            inside.update(id(n) for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom)))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = name.split(".")
                if not path.name == "__init__.py":
                    parts = parts[:-1]
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join(parts + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for target in targets:
            if target.startswith("msf_desk"):
                while target not in MODULES and "." in target:
                    target = target.rsplit(".", 1)[0]
                out.append((target, node.lineno, id(node) in inside))
    return out


IMPORTS = {name: _imports(name, path) for name, path in MODULES.items()}


def _floor(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_model_imports_nothing_of_ours():
    wrong = [(m, line, t) for m, imps in IMPORTS.items() if _floor(m) == "model"
             for t, line, _ in imps if _floor(t) != "model"]
    assert wrong == []


def test_store_imports_only_model():
    # msf_desk.paths finds the folder beside a forum file; it imports nothing of ours but the app name.
    allowed = {"model", "store", "paths", ""}
    wrong = [(m, line, t) for m, imps in IMPORTS.items() if _floor(m) == "store"
             for t, line, _ in imps if _floor(t) not in allowed]
    assert wrong == []


def test_core_does_not_reach_up():
    allowed = {"model", "store", "core", "paths", ""}
    wrong = [(m, line, t) for m, imps in IMPORTS.items() if _floor(m) == "core"
             for t, line, _ in imps if _floor(t) not in allowed]
    assert wrong == []


def test_only_the_window_opens_the_store():
    """The window opens a forum and saves a copy; every other ui file goes through core."""
    wrong = [(m, line, t) for m, imps in IMPORTS.items() if _floor(m) == "ui" and m != "msf_desk.ui.main_window"
             for t, line, _ in imps if _floor(t) == "store"]
    assert wrong == []


def test_no_sql_text_in_the_window():
    words = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", ".execute(")
    wrong = []
    for name, path in MODULES.items():
        if _floor(name) == "ui":
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if any(w in line for w in words):
                    wrong.append((name, number, line.strip()))
    assert wrong == []


def test_no_import_cycles():
    graph = {m: {t for t, _, _ in imps if t != m} for m, imps in IMPORTS.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
    for module in graph:
        if module not in index:
            visit(module)
    assert cycles == []


def test_core_imports_at_the_top():
    """An import hidden in a function is a sign that something sits on the wrong floor.
    The few left say why in a comment on the line above or on the line itself."""
    hidden = []
    for name, imps in IMPORTS.items():
        if _floor(name) != "core":
            continue
        lines = MODULES[name].read_text(encoding="utf-8").splitlines()
        for _, line, inside in imps:
            if inside and "#" not in lines[line - 1] and not lines[line - 2].strip().startswith("#"):
                hidden.append((name, line))
    assert hidden == []


def test_at_most_a_handful_of_imports_inside_functions_in_core():
    hidden = [(m, line) for m, imps in IMPORTS.items() if _floor(m) == "core" for _, line, inside in imps if inside]
    assert len(hidden) <= 5, hidden


MAX_LINES = 700


def test_no_module_in_core_or_ui_is_over_700_lines():
    """A module past 700 lines does several jobs: split it by job (as minutes_* and the
    contribution columns were), with some margin."""
    long = sorted((len(path.read_text(encoding="utf-8").splitlines()), name) for name, path in MODULES.items()
                  if _floor(name) in ("core", "ui"))
    assert [(n, name) for n, name in long if n > MAX_LINES] == []


def test_one_export_dialog():
    """Every export in the window goes through msf_desk/ui/dialogs/export.py: no other dialog class
    whose name says it exports."""
    others = []
    for name, path in MODULES.items():
        if _floor(name) == "ui" and name != "msf_desk.ui.dialogs.export":
            tree = ast.parse(path.read_text(encoding="utf-8"))
            others += [(name, node.name) for node in ast.walk(tree)
                       if isinstance(node, ast.ClassDef) and node.name.startswith("Export") and node.name.endswith("Dialog")]
    assert others == []


def test_core_store_exports_and_cli_load_no_qt():
    """The library side runs without Qt: a server, a script or the command line never loads it."""
    names = sorted(m for m in MODULES if _floor(m) in ("model", "store", "core", "exports", "cli")
                   and not m.split(".")[-1][0].isdigit())
    code = ("import importlib, sys\n"
            f"for name in {names!r}:\n"
            "    importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _top_level_names(path: Path) -> tuple[set[str], dict[str, str]]:
    """(names a module defines itself, names it imports from another module of ours → that module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    defined: set[str] = set()
    borrowed: dict[str, str] = {}
    for node in tree.body:
        for n in ([node] if not isinstance(node, (ast.If, ast.Try)) else list(ast.walk(node))):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                defined.add(n.name)
            elif isinstance(n, (ast.Assign, ast.AnnAssign)):
                for target in (n.targets if isinstance(n, ast.Assign) else [n.target]):
                    defined.update(x.id for x in ast.walk(target) if isinstance(x, ast.Name))
            elif isinstance(n, ast.ImportFrom) and (n.module or "").startswith("msf_desk") and not n.level:
                for a in n.names:
                    if f"{n.module}.{a.name}" not in MODULES:
                        borrowed[a.asname or a.name] = n.module
    return defined, borrowed


CORE_NAMES = {m: _top_level_names(p) for m, p in MODULES.items() if _floor(m) == "core"}


def test_names_are_imported_from_their_home():
    """A record, error or date helper is imported from the floor it lives on (model), a rule from the
    core module that defines it: no core module passes on names it only borrowed. Checked in the
    package, the tests and the benchmarks alike."""
    wrong = []
    others = {str(p.relative_to(ROOT)): p for folder in ("tests", "benchmarks") for p in (ROOT / folder).rglob("*.py")}
    for name, path in {**MODULES, **others}.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in CORE_NAMES:
                for a in node.names:
                    if f"{node.module}.{a.name}" in MODULES:
                        aliases[a.asname or a.name] = f"{node.module}.{a.name}"
                    elif a.name in CORE_NAMES[node.module][1]:
                        wrong.append((name, node.lineno, f"{a.name} lives in {CORE_NAMES[node.module][1][a.name]}"))
            elif isinstance(node, ast.Import):
                aliases.update({a.asname: a.name for a in node.names if a.asname and a.name in CORE_NAMES})
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and aliases.get(node.value.id) in CORE_NAMES):
                borrowed = CORE_NAMES[aliases[node.value.id]][1]
                if node.attr in borrowed:
                    wrong.append((name, node.lineno, f"{node.attr} lives in {borrowed[node.attr]}"))
    assert wrong == []
