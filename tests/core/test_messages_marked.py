"""Every message a person can see from the rules is marked for translation: a UserError (or one
of its family), an import Problem, raised with a literal sentence (a string, an f-string, a
string + string) that does not go through M_()/M_n() fails here, naming the file and line.
Re-raising a message built elsewhere (a variable, str(exc)) is fine. And no f-string inside M_():
its text would never match the catalogue (M_(NAME) of a text marked with M_mark is fine)."""
from __future__ import annotations

import ast
from pathlib import Path

import msf_desk

PACKAGE = Path(msf_desk.__file__).parent
ROOT = PACKAGE.parent
# The floors whose messages are translated (the window has its own catalogue; the command
# line's own words stay English).
FLOORS = ("core", "model", "store", "exports")
# Modules whose messages are still English: take one off when its messages are marked.
NOT_YET: set[str] = set()

ERRORS = {"UserError", "NotAForumFile", "NewerVersion", "DamagedFile"}
MARKS = {"M_", "M_n"}


def _marked(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return not isinstance(node.value, str) or not node.value.strip()
    if isinstance(node, ast.JoinedStr):
        return False
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKS:
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _marked(node.func.value)
    if isinstance(node, ast.BinOp):
        return _marked(node.left) and _marked(node.right)
    if isinstance(node, ast.IfExp):
        return _marked(node.body) and _marked(node.orelse)
    return True   # a message built elsewhere (a name, str(exc), a call): judged where it is built


def _files():
    for floor in FLOORS:
        for path in sorted((PACKAGE / floor).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _name(func: ast.AST) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def test_every_user_error_says_a_marked_message():
    unmarked = []
    for rel, tree in _files():
        if rel in NOT_YET:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in ERRORS and node.args and not _marked(node.args[0]):
                unmarked.append(f"{rel}:{node.lineno}")
            elif name == "Problem" and len(node.args) >= 3 and not _marked(node.args[2]):
                unmarked.append(f"{rel}:{node.lineno}")
    assert unmarked == [], "mark these messages with M_() (msf_desk/model/messages.py)"


def test_no_f_string_inside_a_mark():
    wrong = []
    for rel, tree in ((p.relative_to(ROOT).as_posix(), ast.parse(p.read_text(encoding="utf-8")))
                      for p in sorted(PACKAGE.rglob("*.py"))):
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in MARKS | {"M_mark"}
                    and any(isinstance(a, (ast.JoinedStr, ast.BinOp)) or (
                        isinstance(a, ast.Call) and isinstance(a.func, ast.Attribute) and a.func.attr == "format")
                            for a in node.args[:1 if node.func.id != "M_n" else 2])):
                wrong.append(f"{rel}:{node.lineno}")
    assert wrong == [], "M_() takes a plain string; fill {placeholders} with .format() after it"


def test_the_scan_sees_an_unmarked_message():
    """The rule above can fail: an f-string, a plain string and a concatenation are caught."""
    for source in ('UserError(f"no {x}")', 'UserError("no")', 'UserError("a" + M_("b"))',
                   'UserError("{x}".format(x=1))'):
        assert not _marked(ast.parse(source, mode="eval").body.args[0]), source
    for source in ('UserError(M_("no {x}").format(x=1))', "UserError(str(exc))", "UserError(message)",
                   'UserError(M_n("one", "{n} many", n).format(n=n))'):
        assert _marked(ast.parse(source, mode="eval").body.args[0]), source
