"""A forum open read-only: every edit action on a page disabled, and kept disabled.

Pages enable their buttons as the selection moves; a guard puts each edit button back to
disabled whenever a page enables it. Reading actions (exports, copies, previews) stay on.
The database refuses writes too (the session refuses commands and the connection is
`query_only`), so an edit reached some other way (a double-click) ends in a sentence.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPlainTextEdit, QRadioButton, QTextEdit, QWidget

from msf_desk.ui.i18n import source_of

# Buttons and actions whose English words start so only read or export; everything else edits
# (a translated label is read through its English source: msf_desk.ui.i18n.source_of).
READ_WORDS = (
    "export", "copy", "save a copy", "save invitation", "compliance summary", "register of interests",
    "declaration form", "template", "today", "choose", "show", "preview", "print", "find", "filter",
    "refresh", "open", "view", "history", "try to edit",
)


def reads_only(text: str) -> bool:
    """True for a button or action whose (English) words say it only reads or exports."""
    return source_of(text).replace("&", "").strip().lower().startswith(READ_WORDS)


class _Guard(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.EnabledChange and isinstance(obj, QWidget) and obj.isEnabled():
            obj.setEnabled(False)
        return False


def _keep_action_off(action: QAction) -> None:
    if action.isEnabled():
        action.setEnabled(False)


def disable_edits(root: QWidget) -> list[QObject]:
    """Disable the edit buttons, actions and text areas under `root`; return what was disabled."""
    guard = _Guard(root)
    done: list[QObject] = []
    for action in root.findChildren(QAction):
        if action.menu() is not None or action.isSeparator() or not action.text() or reads_only(action.text()):
            continue
        action.setEnabled(False)
        action.changed.connect(lambda a=action: _keep_action_off(a))
        done.append(action)
    for button in root.findChildren(QAbstractButton):
        if isinstance(button, (QCheckBox, QRadioButton)):
            continue  # filters and view choices; form fields are the forms' own business
        text = button.text()
        if not text or reads_only(text):
            continue
        button.setEnabled(False)
        button.installEventFilter(guard)
        done.append(button)
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        edit.setReadOnly(True)
    return done
