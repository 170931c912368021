"""E-mail drafts written: what they hold, and "Open in mail client" for each.

The draft (.eml) opens in the program the computer uses for e-mail files (Outlook,
Thunderbird, Apple Mail), which shows it ready to send (`X-Unsent: 1`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from msf_desk.ui.i18n import Context

DIALOGS_MAIL = Context("DIALOGS_MAIL")


def open_in_mail_client(path: str | Path) -> bool:
    """Hand the draft to the program that opens .eml files; False when none does."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: str | Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class MailDraftsDialog(QDialog):
    def __init__(self, written: list[Path], lines: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mail_drafts_dialog")
        self.setWindowTitle(DIALOGS_MAIL.tr("E-mail drafts"))
        self.drafts = [Path(p) for p in written if Path(p).suffix == ".eml"]
        self.folder = Path(written[0]).parent if written else None
        layout = QVBoxLayout(self)
        intro = QLabel(DIALOGS_MAIL.tr("Written in {folder}:").format(folder=self.folder))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.open_buttons: list[QPushButton] = []
        for n, path in enumerate(self.drafts):
            row = QHBoxLayout()
            name = QLabel(path.name)
            name.setWordWrap(True)
            row.addWidget(name, 1)
            button = QPushButton(DIALOGS_MAIL.tr("Open in mail client"))
            button.setObjectName(f"open_mail_{n}")
            button.clicked.connect(lambda _=False, p=path: self.open_draft(p))
            row.addWidget(button)
            self.open_buttons.append(button)
            layout.addLayout(row)
        others = [Path(p).name for p in written if Path(p).suffix != ".eml"]
        if others:
            layout.addWidget(QLabel(DIALOGS_MAIL.tr("With: {files}").format(files=", ".join(others))))
        self.details = QLabel("\n".join(lines))
        self.details.setObjectName("mail_details")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.status = QLabel()
        self.status.setObjectName("mail_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        folder = buttons.addButton(DIALOGS_MAIL.tr("Open the folder"), QDialogButtonBox.ActionRole)
        folder.setObjectName("open_folder")
        folder.clicked.connect(lambda: self.folder is not None and open_folder(self.folder))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def open_draft(self, path: Path) -> bool:
        if open_in_mail_client(path):
            self.status.setText(DIALOGS_MAIL.tr("Opened {name}: check it and press Send in your mail client.")
                                .format(name=path.name))
            return True
        self.status.setText(DIALOGS_MAIL.tr("No program on this computer opens e-mail files (.eml). Open {name} "
                                            "from your mail client, or attach the files to a new message.")
                            .format(name=path.name))
        return False
