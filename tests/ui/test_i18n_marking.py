"""Every word the window shows is marked for translation (msf_desk/ui/i18n.py says how).

Reads msf_desk/ui and msf_desk/app.py with `ast`: a string literal (or f-string) with a
letter in it, given to a Qt call that shows text (setText, setToolTip, QLabel(...),
QMessageBox.warning(...), addAction, addRow, column headers, ...), to one of our helpers that
shows a title or a message (show_error, say, run_command, ...), or kept in a table of column
headers, must be marked: ``NAME.tr("...")`` or ``QT_TRANSLATE_NOOP("NAME", "...")``. The test
names the file, line and text of each unmarked one.

Also: a context is declared ``NAME = Context("NAME")`` (pyside6-lupdate reads the context from
the name before ``.tr``, the program from the text); ``.tr`` is given a literal, not an
f-string (whose text would never be found in the catalogue), and no keyword arguments.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import msf_desk

PACKAGE = Path(msf_desk.__file__).parent
ROOT = PACKAGE.parent
# ui/commands is left out: an undoable command's text ("add meeting …", shown as Edit → Undo
# add meeting …) is also written into the forum's history ("Undid: …"), which stays in one
# language; translating it needs the command to keep its English text for the history apart.
SOURCES = sorted(p for p in (PACKAGE / "ui").rglob("*.py") if "commands" not in p.relative_to(PACKAGE).parts) \
    + [PACKAGE / "app.py"]

# Qt methods whose string arguments are shown (every positional argument is checked, except
# those listed in SKIP_ARGS: e.g. an object name or a shortcut).
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setSubTitle", "setLabelText", "setInformativeText", "setDetailedText", "showMessage",
    "addAction", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip", "addItem", "insertItem",
    "addItems", "setItemText", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "setHeaderLabel", "setSuffix", "setPrefix", "setSpecialValueText", "addButton", "setButtonText",
    "setCancelButtonText", "setOkButtonText", "addRow", "insertRow", "setAccessibleName",
    "setAccessibleDescription", "setHtml", "setMarkdown", "setPlainText", "setTextValue", "setToolTip",
    # our own helpers that show a title or a message
    "show_error", "say", "run_command", "run_job", "not_yet", "PlaceholderPage", "ask", "confirm",
    "_run", "_say", "show_notice", "set_message", "show_message", "_start_job",
}
# Our helpers where only some arguments are words: name → positions.
HELPER_POSITIONS = {"_confirm": {0, 1, 2}, "set_problem": {1}}
# Form helpers: add(form, "&Name", "name", widget) / fields.add("Name", "name", widget): the
# first string argument is the label, the second the field's key.
LABEL_FIRST = {"add"}
# Functions of a table model whose returned strings are shown in cells and tooltips.
MODEL_FUNCTIONS = {"data", "headerData", "_tooltip", "tooltip", "_display", "display", "_text", "text_of"}
# Widgets and dialogs whose constructor's string arguments are shown.
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QCommandLinkButton", "QProgressDialog",
    "QMessageBox", "QStandardItem", "QWidgetAction",
}
# QMessageBox.information(parent, title, text), QFileDialog.getOpenFileName(parent, caption, dir,
# filter), QInputDialog.getText(parent, title, label, ...): the positions that are words.
STATIC_CALLS = {
    ("QMessageBox", "information"): {1, 2}, ("QMessageBox", "warning"): {1, 2},
    ("QMessageBox", "critical"): {1, 2}, ("QMessageBox", "question"): {1, 2},
    ("QMessageBox", "about"): {1, 2},
    ("QFileDialog", "getOpenFileName"): {1, 3}, ("QFileDialog", "getSaveFileName"): {1, 3},
    ("QFileDialog", "getOpenFileNames"): {1, 3}, ("QFileDialog", "getExistingDirectory"): {1},
    ("QInputDialog", "getText"): {1, 2}, ("QInputDialog", "getItem"): {1, 2},
    ("QInputDialog", "getInt"): {1, 2}, ("QInputDialog", "getDouble"): {1, 2},
    ("QInputDialog", "getMultiLineText"): {1, 2},
}
TEXT_KEYWORDS = {"text", "title", "toolTip", "statusTip", "whatsThis", "placeholderText", "windowTitle",
                 "label", "caption", "labelText", "cancelButtonText", "informativeText", "iconText",
                 "summary", "heading", "message"}
# Class attributes holding a model's column headers.
HEADER_NAMES = {"COLUMNS", "HEADERS", "HEADER_LABELS"}
# Qt calls whose string arguments are not words (object names, style sheets, properties, paths).
NOT_WORDS_METHODS = {"setObjectName", "setStyleSheet", "setProperty", "setData", "property", "setFont",
                     "setShortcut", "QKeySequence", "QIcon", "QColor", "setAccessibleIdentifier"}

# Literals that hold a letter but are not words to translate (units, symbols, format codes).
ALLOWED = {"MSF Desk"}   # the program's name
NOT_WORDS = re.compile(r"<[^>]*>|&[a-z]+;|\{[^}]*\}|%\w")


def is_words(text: str) -> bool:
    """True when a literal holds words (letters outside tags, entities, {fields} and %n)."""
    return text.strip() not in ALLOWED and any(c.isalpha() for c in NOT_WORDS.sub("", text))


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _unmarked(node: ast.expr) -> list[ast.expr]:
    """The literal parts of an expression shown as text that are not marked."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if is_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [node] if is_words(literal) else []
    if isinstance(node, ast.BinOp):
        return _unmarked(node.left) + _unmarked(node.right)
    if isinstance(node, ast.IfExp):
        return _unmarked(node.body) + _unmarked(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [u for element in node.elts for u in _unmarked(element)]
    if isinstance(node, ast.BoolOp):
        return [u for value in node.values for u in _unmarked(value)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("join", "format"):
        # "…".join(parts) / "text {x}".format(x=…): the receiver is the text shown
        return _unmarked(node.func.value) + [u for a in node.args for u in _unmarked(a)]
    return []


def _text_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call.func)
    args: list[ast.expr] = []
    if isinstance(call.func, ast.Attribute) and _name(call.func.value) is not None:
        # QMessageBox.warning(...) or QtWidgets.QMessageBox.warning(...) (the class named through
        # its module, so that PySide makes its enumerations only when first used)
        positions = STATIC_CALLS.get((_name(call.func.value), call.func.attr))
        if positions is not None:
            args = [a for i, a in enumerate(call.args) if i in positions]
            return args + [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    if name in NOT_WORDS_METHODS:
        return []
    if name in LABEL_FIRST and len(call.args) >= 3:
        # add(form, label, key, widget) or add(label, key, widget): the form is a name
        first = call.args[0]
        return [call.args[1] if isinstance(first, (ast.Name, ast.Attribute)) else first]
    if name in HELPER_POSITIONS:
        args = [a for i, a in enumerate(call.args) if i in HELPER_POSITIONS[name]]
        return args + [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    if name in TEXT_METHODS or name in TEXT_CLASSES:
        args = list(call.args)
        if name == "addItem" and len(args) > 1:       # combo box: (text, data); data is a key
            args = args[:1]
        if name in ("addItem", "insertItem") and len(args) > 1 and isinstance(args[0], ast.Constant) \
                and isinstance(args[0].value, int):  # insertItem(index, text, data)
            args = args[1:2]
    return args + [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]


def _contexts(tree: ast.Module) -> dict[str, str]:
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and _name(node.value.func) == "Context":
            for target in node.targets:
                if isinstance(target, ast.Name) and node.value.args and isinstance(node.value.args[0], ast.Constant):
                    out[target.id] = node.value.args[0].value
    return out


def problems_in(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    where = path.relative_to(ROOT)
    out = []

    def report(node: ast.AST, what: str) -> None:
        out.append(f"{where}:{node.lineno}: {what}")

    contexts = _contexts(tree)
    for name, text in contexts.items():
        if name != text:
            out.append(f"{where}: Context {text!r} is named {name}: the name and the text must be the same")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                    and func.value.id.isupper():
                if func.value.id not in contexts:
                    report(node, f"{func.value.id}.tr: no `{func.value.id} = Context({func.value.id!r})` here")
                if node.args and isinstance(node.args[0], ast.JoinedStr):
                    report(node, "an f-string given to .tr: mark the text and .format() it after")
                if node.keywords:
                    report(node, ".tr with keyword arguments (pyside6-lupdate does not see them): pass them "
                                 "positionally")
            if _name(func) == "QT_TRANSLATE_NOOP":
                if len(node.args) != 2 or not all(isinstance(a, ast.Constant) for a in node.args):
                    report(node, "QT_TRANSLATE_NOOP takes two literals: the context and the text")
            for arg in _text_arguments(node):
                for literal in _unmarked(arg):
                    report(literal, f"not marked for translation: {ast.unparse(literal)[:70]}")
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in HEADER_NAMES
                                                  for t in node.targets):
            for literal in _unmarked(node.value):
                report(literal, f"column header not marked (QT_TRANSLATE_NOOP): {ast.unparse(literal)[:70]}")
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) and any(
                isinstance(t, ast.Name) and t.id.endswith("LABELS") for t in node.targets):
            for value in node.value.values:
                for literal in _unmarked(value):
                    report(literal, f"label not marked (QT_TRANSLATE_NOOP): {ast.unparse(literal)[:70]}")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in MODEL_FUNCTIONS \
                and "models" in path.parts:
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    for literal in _unmarked(ret.value):
                        report(literal, f"shown by the model, not marked: {ast.unparse(literal)[:70]}")
    return out


def test_every_shown_string_in_the_window_is_marked():
    problems = [p for path in SOURCES for p in problems_in(path)]
    assert not problems, (
        f"{len(problems)} string(s) shown in the window are not marked for translation "
        "(see msf_desk/ui/i18n.py; then run python tools/update_translations.py):\n" + "\n".join(problems))


def test_the_scan_finds_unmarked_strings(tmp_path):
    """The scanner itself: each way of showing an unmarked word is found, marked ones are not."""
    module = tmp_path / "sample.py"
    module.write_text(
        'from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP\n'
        'SAMPLE = Context("SAMPLE")\n'
        'WRONG = Context("OTHER")\n'
        'class M:\n'
        '    COLUMNS = ["Name", QT_TRANSLATE_NOOP("SAMPLE", "Side"), ""]\n'
        'def build(self, n):\n'
        '    QLabel("Unmarked label")\n'
        '    QLabel(SAMPLE.tr("Marked label"))\n'
        '    button.setToolTip(f"Open {n}")\n'
        '    button.setToolTip(SAMPLE.tr("Open {n}").format(n=n))\n'
        '    QMessageBox.warning(self, "Title", SAMPLE.tr("Body"))\n'
        '    self.say("Saved " + SAMPLE.tr("the minutes"))\n'
        '    label.setText(" — ")\n'
        '    label.setText("<b>{n}</b>")\n'
        '    label.setObjectName("members_table")\n'
        '    SAMPLE.tr(f"Bad {n}")\n'
        '    SAMPLE.tr("%n x", n=n)\n'
        '    UNKNOWN.tr("No context")\n'
        '    combo.addItem("Everyone", "all")\n'
        '    form.addRow("Title:", edit)\n',
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = problems_in(module)
    finally:
        ROOT = saved
    text = "\n".join(found)
    for expected in ("'Name'", "Unmarked label", "f'Open {n}'", "'Title'", "'Saved '", "an f-string",
                     "keyword arguments", "UNKNOWN.tr", "named WRONG", "'Everyone'", "'Title:'"):
        assert expected in text, (expected, text)
    for marked in ("Marked label", "'Side'", "Body", "members_table", "' — '", "<b>{n}</b>", "'all'"):
        assert marked not in text, (marked, text)
