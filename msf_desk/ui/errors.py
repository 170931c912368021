"""Every error the user meets is a dialog in plain words, never a traceback."""
from __future__ import annotations

import logging
import sys
import traceback

from PySide6 import QtWidgets
from PySide6.QtWidgets import QWidget

from msf_desk.model.errors import UserError
from msf_desk.ui.i18n import Context

ERRORS = Context("ERRORS")

log = logging.getLogger("msf_desk")


_to_stderr = False


def report_to_stderr(enabled: bool = True) -> None:
    """For unattended runs (the start-up check): print errors instead of waiting on a dialog."""
    global _to_stderr
    _to_stderr = enabled


def show_error(parent: QWidget | None, exc: BaseException, title: str = "MSF Desk") -> None:
    if _to_stderr:
        print(f"{title}: {exc}", file=sys.stderr)
        return
    if isinstance(exc, UserError):
        QtWidgets.QMessageBox.warning(parent, title, str(exc))
        return
    log.error("Unexpected error", exc_info=exc)
    QtWidgets.QMessageBox.critical(
        parent,
        title,
        ERRORS.tr("Something went wrong that MSF Desk did not expect. Your saved records are safe: every "
                "change is saved whole or not at all.\n\nDetails for support: {name__}: {exc}").format(name__=type(exc).__name__, exc=exc),
    )


def install_excepthook() -> None:
    """Uncaught errors in slots become a dialog instead of a crash with a traceback."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("".join(traceback.format_exception(exc_type, exc, tb)))
        from PySide6.QtWidgets import QApplication

        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
