"""E-mail drafts written: what they hold, and "Open in mail client" for each.

The draft (.eml) opens in the program the computer uses for e-mail files (Outlook,
Thunderbird, Apple Mail), which shows it ready to send (`X-Unsent: 1`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout)

from msf_desk.core.audience.mail import minutes_circulation
from msf_desk.core.audience.pack import notice_recipients
from msf_desk.core.forum import worker_db
from msf_desk.exports.mail import write_minutes_draft, write_reminders
from msf_desk.exports.notice import write_notice
from msf_desk.ui.i18n import Context
from msf_desk.ui.workers import ExportJob

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


def write_drafts(page, work, *, title: str, label: str, folder: str | Path | None = None):
    """Ask for a folder (unless `folder` is given), run `work(db, folder) -> (written, lines)`
    off the GUI thread on a connection of its own, then show what was written with "Open in
    mail client". A refusal (nobody has an address, ...) is shown in words by the job."""
    if folder is None:
        folder = QFileDialog.getExistingDirectory(page, DIALOGS_MAIL.tr("Write the e-mail draft into…"),
                                                  str(page.session.path.parent))
        if not folder:
            return None
    path = page.session.path

    def run(_progress):
        with worker_db(path) as db:
            return work(db, Path(folder))

    def done(result) -> None:
        written, lines = result
        dialog = MailDraftsDialog(written, lines, page)
        page.mail_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(page, "mail_dialog", None))
        dialog.open()

    job = ExportJob(page, label, run, title=title)
    page.mail_job = job
    job.finished.connect(done)
    job.ended.connect(lambda: setattr(page, "mail_job", None))
    job.start()
    return job


# --- the three drafts the window writes ---------------------------------------------------------

def _who(recipients, without, what_in_bcc, what_without: str) -> list[str]:
    """`what_in_bcc(n)`: the line for n members in Bcc (a plural of the window's language)."""
    lines = []
    if recipients:
        lines.append(what_in_bcc(len(recipients)))
    if without:
        lines.append(what_without.format(n=len(without), names=", ".join(without)))
    return lines


def reminders_work(on):
    """For write_drafts: the ethics reminders (exports.mail.write_reminders)."""
    def work(db, folder):
        written, r = write_reminders(db, on, folder)
        lines = _who(r.sign.recipients, r.sign.without,
                     lambda n: DIALOGS_MAIL.tr("To sign the ethics statement: %n member(s) in Bcc.", "", n),
                     DIALOGS_MAIL.tr("To sign, with no e-mail address ({n}): {names}."))
        lines += _who(r.declare.recipients, r.declare.without,
                      lambda n: DIALOGS_MAIL.tr("To declare their interests: %n member(s) in Bcc.", "", n),
                      DIALOGS_MAIL.tr("To declare, with no e-mail address ({n}): {names}."))
        return written, lines
    return work


def minutes_work(meeting_id: int, today):
    """For write_drafts: the draft minutes for comment (exports.mail.write_minutes_draft)."""
    def work(db, folder):
        addressed = minutes_circulation(db, meeting_id)
        written = write_minutes_draft(db, meeting_id, folder, today=today)
        return written, _who(addressed.recipients, addressed.without,
                             lambda n: DIALOGS_MAIL.tr("%n member(s) in Bcc; the draft minutes (PDF and Word) attached.", "", n),
                             DIALOGS_MAIL.tr("No e-mail address ({n}), to be sent the minutes by other means: "
                                             "{names}."))
    return work


def notice_work(meeting_id: int):
    """For write_drafts: the notice (.txt, .ics and the draft with the members' pack)."""
    def work(db, folder):
        written = write_notice(db, meeting_id, folder)
        recipients, without = notice_recipients(db, meeting_id)
        lines = _who(recipients, without,
                     lambda n: DIALOGS_MAIL.tr("%n member(s) in Bcc; the invitation (.ics) and the members' pack attached.", "", n),
                     DIALOGS_MAIL.tr("No e-mail address ({n}), to be sent the notice by other means: {names}."))
        if not recipients:
            lines.insert(0, DIALOGS_MAIL.tr("No e-mail draft: none of the members has an e-mail address. The "
                                            "notice (.txt) and the invitation (.ics) are written."))
        return written, lines
    return work
