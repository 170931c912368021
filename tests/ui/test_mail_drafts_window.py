"""The window writes e-mail drafts and opens them in the mail client: the notice (Meetings),
the ethics reminders (Ethics), the draft minutes (Minutes). The drafts are parsed back, and
"Open in mail client" is followed to the URL the desktop is asked to open."""
from __future__ import annotations

import dataclasses
import email
from email import policy
from email.utils import getaddresses
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from msf_desk.core import members
from msf_desk.core.audience.pack import notice_recipients
from msf_desk.ui.pages.ethics import EthicsPage
from msf_desk.ui.pages.meetings import MeetingsPage
from msf_desk.ui.pages.minutes import MinutesPage
from msf_desk.ui.session import ForumSession
from tests.conftest import DEMO_TODAY

CIRCULATED = 7


class Desktop(QObject):
    """Stands for the desktop: records the files it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def desktop():
    handler = Desktop()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def session(demo_db, demo_path):
    return ForumSession(demo_db, demo_path)


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _open_first_draft(qtbot, page, desktop) -> email.message.EmailMessage:
    qtbot.waitUntil(lambda: getattr(page, "mail_dialog", None) is not None, timeout=60000)
    dialog = page.mail_dialog
    assert dialog.open_buttons and dialog.open_buttons[0].text() == "Open in mail client"
    qtbot.mouseClick(dialog.open_buttons[0], Qt.LeftButton)
    [opened] = desktop.opened
    assert opened == dialog.drafts[0] and opened.suffix == ".eml"
    assert "press Send" in dialog.status.text()
    return email.message_from_bytes(opened.read_bytes(), policy=policy.default)


def test_ethics_reminders_from_the_toolbar(qtbot, session, desktop, tmp_path, monkeypatch):
    page = _show(qtbot, EthicsPage(session))
    page.today = DEMO_TODAY
    page.reload_compliance()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(page.compliance_bar.widgetForAction(page.email_action), Qt.LeftButton)
    msg = _open_first_draft(qtbot, page, desktop)
    assert msg["X-Unsent"] == "1" and msg["Subject"].startswith("Please sign the ethics statement (version 2)")
    assert ("Anita Sharma / अनीता शर्मा", "gov_region@ministry.example.gov") in getaddresses([msg["Bcc"]])
    assert [p.stem.rsplit("-", 1)[1] for p in page.mail_dialog.drafts] == ["sign", "declare"]
    assert "To declare their interests: 3 members in Bcc." in page.mail_dialog.details.text()


def test_nobody_with_an_address_is_refused_in_a_dialog(qtbot, session, desktop, tmp_path):
    for m in members.list_members(session.db):
        if m.email:
            members.update_member(session.db, dataclasses.replace(m, email=""))
    page = _show(qtbot, EthicsPage(session))
    page.today = DEMO_TODAY
    seen: list[str] = []

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(0, close_box)
    page.email_reminders(str(tmp_path))
    qtbot.waitUntil(lambda: bool(seen), timeout=60000)
    assert "none of the members to remind has an e-mail address" in seen[0]
    assert page.mail_dialog is None if hasattr(page, "mail_dialog") else True
    assert not list(tmp_path.glob("*.eml")) and not desktop.opened


def test_draft_minutes_by_e_mail(qtbot, demo_db, demo_path, desktop, tmp_path, monkeypatch):
    page = _show(qtbot, MinutesPage(ForumSession(demo_db, demo_path)))
    page.set_today(DEMO_TODAY)
    assert page.select_meeting(CIRCULATED)
    assert page.email_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(page.email_button, Qt.LeftButton)
    msg = _open_first_draft(qtbot, page, desktop)
    assert msg["Subject"].startswith("Draft minutes for comment: Forum meeting, March 2026")
    names = sorted(p.get_filename() for p in msg.iter_attachments())
    assert [Path(n).suffix for n in names] == [".docx", ".pdf"]
    for part in msg.iter_attachments():
        assert part.get_payload(decode=True) == (tmp_path / part.get_filename()).read_bytes()
    assert page.select_meeting(1) and not page.email_button.isEnabled()  # approved minutes are not circulated


def test_the_notice_dialog_writes_the_draft_with_the_members_pack(qtbot, demo_db, demo_path, desktop, tmp_path,
                                                                  monkeypatch):
    page = _show(qtbot, MeetingsPage(ForumSession(demo_db, demo_path)))
    page.set_today(DEMO_TODAY)
    meeting = next(m for m in page.meetings if m.agenda_status == "approved")
    page.select_meeting(meeting.id)
    page.notice()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    out = tmp_path / "notice"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    qtbot.mouseClick(page.dialog.email_button, Qt.LeftButton)
    msg = _open_first_draft(qtbot, page, desktop)
    recipients, _ = notice_recipients(demo_db, meeting.id)
    assert set(getaddresses([msg["Bcc"]])) == {(r.name, r.email) for r in recipients}
    types = sorted(p.get_content_type() for p in msg.iter_attachments())
    assert types == ["application/pdf", "text/calendar"]
    assert sorted(p.suffix for p in out.iterdir()) == [".eml", ".ics", ".pdf", ".txt"]
    page.dialog.reject()
