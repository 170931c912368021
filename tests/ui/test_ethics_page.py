"""The Ethics page driven as a secretariat would: real forum files, real clicks and typing."""
from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from msf_desk.core import ethics as core
from msf_desk.core.members import get_member, list_members
from msf_desk.ui.dialogs.ethics import DeclarationDialog, InterestDialog, SignDialog
from msf_desk.ui.pages.ethics import EthicsPage
from msf_desk.ui.widgets.conflicts import ConflictsPanel
from tests.conftest import DEMO_TODAY


@pytest.fixture
def page(shown, session):
    p = shown(EthicsPage(session), 1300, 850)
    p.today = DEMO_TODAY
    p.reload()
    return p


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.LeftButton)


def tick(qtbot, box) -> None:
    """Click the box itself: a check box stretched by its layout has empty space at its centre."""
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.Ok))


def member_id(session, name: str) -> int:
    return next(m.id for m in list_members(session.db) if m.name.startswith(name))


def in_file(path, sql: str, params=()):
    """Read through a connection of its own: what was really written."""
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_compliance_and_the_reminder_list(qtbot, page):
    assert page.compliance_model.rowCount() == 17
    assert "signed by 13 of 17 members" in page.compliance_summary.text()
    tick(qtbot, page.only_reminders)
    assert page.compliance_proxy.rowCount() == 5
    page.copy_reminders()
    text = QGuiApplication.clipboard().text()
    assert "Leila Haddad / ليلى حداد: renew the declaration of interests (due 11 May 2026)" in text
    assert "Aïcha Diallo: sign version 2 of the ethics statement; make a declaration of interests" in text
    # A narrower window: Anita's declaration (due in 15 days) is no longer flagged as due.
    anita = next(r for r in page.report.rows if r.name.startswith("Anita"))
    assert anita.declaration == "due_soon"
    page.within.setValue(10)
    anita = next(r for r in page.report.rows if r.name.startswith("Anita"))
    assert anita.declaration == "ok" and anita.reminders() == ["sign version 2 of the ethics statement"]


def test_new_version_asks_everyone_to_sign_again_and_undo(qtbot, page, session, demo_path):
    page.tabs.setCurrentIndex(1)
    page.new_version_action.trigger()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert "Gifts and hospitality" in dialog.text.toPlainText()  # starts from the current text
    ok(qtbot, dialog)  # unchanged text: refused on the field
    assert dialog.isVisible() and "same as version 2" in dialog.f.errors["text"].text()
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.text, Qt.Key_Return)
    qtbot.keyClicks(dialog.text, "A third version.")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.statements_model.rows[0].version == 3
    assert in_file(demo_path, "SELECT max(version) FROM ethics_statements") == [(3,)]
    assert "signed by 0 of 17 members" in page.compliance_summary.text()
    session.undo_stack.undo()
    assert page.statements_model.rows[0].version == 2
    assert "signed by 13 of 17 members" in page.compliance_summary.text()


def test_record_a_typed_signature(qtbot, page, session):
    page.tabs.setCurrentIndex(1)
    page.sign_action.trigger()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    amara = member_id(session, "Amara")
    dialog.member.setCurrentIndex(dialog.member.findData(amara))
    ok(qtbot, dialog)  # she signed version 2 already
    assert dialog.isVisible() and "already signed" in dialog.f.errors["member"].text()
    anita = member_id(session, "Anita")
    dialog.member.setCurrentIndex(dialog.member.findData(anita))
    assert dialog.confirmation.toPlainText().startswith("I, Anita Sharma")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    row = next(r for r in page.report.rows if r.member_id == anita)
    assert row.statement_ok and "signed by 14 of 17 members" in page.compliance_summary.text()


def test_sign_dialog_shows_a_missing_scan_on_its_field(qtbot, session, tmp_path):
    statement = core.current_statement(session.db)
    dialog = SignDialog(session.db, core.covered_members(session.db, DEMO_TODAY), core.statements(session.db),
                        DEMO_TODAY, tmp_path / "files", member_id=member_id(session, "Anita"))
    qtbot.addWidget(dialog)
    dialog.show()
    tick(qtbot, dialog.scanned)
    ok(qtbot, dialog)
    assert dialog.isVisible() and "scanned signed copy" in dialog.f.errors["scan"].text()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4")
    qtbot.keyClicks(dialog.scan, str(scan))
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.values["scan"] == str(scan) and dialog.values["statement_id"] == statement.id


def test_a_forum_only_interest_needs_a_reason(qtbot):
    dialog = InterestDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.type.setCurrentIndex(dialog.type.findData("family"))
    qtbot.keyClicks(dialog.organisation, "Riverside Water Ltd")
    dialog.visibility.setCurrentIndex(dialog.visibility.findData("forum_only"))
    ok(qtbot, dialog)
    assert dialog.isVisible() and "Say why" in dialog.f.errors["reason"].text()
    qtbot.keyClicks(dialog.reason, "Concerns a relative")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert (dialog.interest.visibility, dialog.interest.reason) == ("forum_only", "Concerns a relative")


def test_new_declaration_starts_from_the_record_and_is_undoable(qtbot, page, session, demo_path):
    page.tabs.setCurrentIndex(2)
    leila = member_id(session, "Leila")
    page.select_member(leila)
    page.new_declaration_action.trigger()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog: DeclarationDialog = page.dialog
    assert [i.organisation for i in dialog.model.rows] == ["Capital Police Union"]
    # Add an interest through its own dialog.
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: dialog.interest_dialog is not None and dialog.interest_dialog.isVisible())
    inner = dialog.interest_dialog
    inner.type.setCurrentIndex(inner.type.findData("gifts"))
    qtbot.keyClicks(inner.organisation, "Regional Press Club")
    qtbot.keyClicks(inner.description, "Dinner at the annual awards")
    ok(qtbot, inner)
    qtbot.waitUntil(lambda: dialog.interest_dialog is None)
    assert [i.organisation for i in dialog.model.rows] == ["Capital Police Union", "Regional Press Club"]
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    row = next(r for r in page.report.rows if r.member_id == leila)
    assert row.declaration == "ok" and row.last_declared == DEMO_TODAY
    assert in_file(demo_path, "SELECT count(*) FROM declarations WHERE member_id = ? AND made_on = ?",
                   [leila, DEMO_TODAY.isoformat()]) == [(1,)]
    session.undo_stack.undo()
    assert next(r for r in page.report.rows if r.member_id == leila).declaration == "overdue"


def test_nothing_to_declare_conflicts_with_interests(qtbot, session):
    draft = core.prefill_declaration(session.db, member_id(session, "Amara"), DEMO_TODAY)
    dialog = DeclarationDialog(draft, "Amara Okafor")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.remove_interest()  # nothing selected: nothing removed
    dialog.table.selectRow(0)
    click(qtbot, dialog.remove_button)
    ok(qtbot, dialog)
    assert dialog.isVisible() and "nothing to declare" in dialog.f.errors["interests"].text()
    tick(qtbot, dialog.nothing)
    ok(qtbot, dialog)
    assert not dialog.isVisible() and dialog.declaration.nothing_to_declare


def test_a_removal_ends_the_term_and_undo_restores_it(qtbot, page, session, demo_path):
    page.tabs.setCurrentIndex(4)
    page.add_breach_action.trigger()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    diego = member_id(session, "Diego")
    dialog.member.setCurrentIndex(dialog.member.findData(diego))
    qtbot.keyClicks(dialog.allegation, "Voted on the themes he was paid to facilitate, and hid it.")
    dialog.sanction.setCurrentIndex(dialog.sanction.findData("removal"))
    assert "ends Diego Fernández's term" in dialog.removal_note.text()
    ok(qtbot, dialog)
    assert dialog.isVisible() and "decided" in dialog.f.errors["decided_on"].text()
    qtbot.keyClicks(dialog.decided_on, "2026-06-15")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert in_file(demo_path, "SELECT status, status_date, term_end FROM members WHERE id = ?", [diego]) == [
        ("removed", "2026-06-15", "2026-06-14")]
    assert page.breaches_model.rowCount() == 2
    assert all(r.member_id != diego for r in page.report.rows)  # no longer covered
    session.undo_stack.undo()
    assert get_member(session.db, diego).status == "active"
    assert page.breaches_model.rowCount() == 1


def test_conflicts_tab_shows_the_recusal_and_the_flag_and_records_a_waiver(qtbot, page, session, demo_path):
    meeting = in_file(demo_path, "SELECT i.meeting_id FROM item_declarations d JOIN agenda_items i "
                                 "ON i.id = d.item_id WHERE d.kind = 'recusal'")[0][0]
    page.tabs.setCurrentIndex(3)
    page.meeting_combo.setCurrentIndex(page.meeting_combo.findData(meeting))
    panel: ConflictsPanel = page.conflicts
    statuses = {c.member_name: panel.model.status(c) for c in panel.model.rows}
    assert statuses == {"Marie-Claire Dubois": "Recused", "Diego Fernández": "Took part in a decision: flagged"}
    assert panel.flags.isVisible() and "Diego Fernández was present" in panel.flags.text()
    assert "1 recusal" in panel.summary.text() and "1 decision flagged" in panel.summary.text()
    row = next(i for i, c in enumerate(panel.model.rows) if c.member_name == "Diego Fernández")
    panel.table.selectRow(row)
    assert panel.waiver_button.isEnabled()
    qtbot.keyClicks(panel.note, "The co-chairs judged the contract had ended")
    click(qtbot, panel.waiver_button)
    assert panel.flagged == [] and not panel.flags.isVisible()
    diego = panel.model.rows[row].member_id
    assert in_file(demo_path, "SELECT note FROM item_declarations WHERE kind = 'waiver' AND member_id = ?",
                   (diego,)) == [("The co-chairs judged the contract had ended",)]
    session.undo_stack.undo()
    assert [f.member_name for f in panel.flagged] == ["Diego Fernández"]


def test_panel_for_one_item_without_recording(qtbot, session, demo_path):
    item = in_file(demo_path, "SELECT item_id FROM item_declarations WHERE kind = 'recusal'")[0][0]
    meeting = in_file(demo_path, "SELECT meeting_id FROM agenda_items WHERE id = ?", [item])[0][0]
    panel = ConflictsPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.updated) as signal:
        panel.set_meeting(meeting, item)
    assert signal.args == [1] and not panel.record_row.isVisible()
    assert "on this item" in panel.summary.text()


def test_export_the_public_register_in_the_background(qtbot, page, tmp_path):
    from msf_desk.exports.interests import prepare_register

    job = page.start_export(prepare_register(page.session.db, "public", DEMO_TODAY), ["pdf", "csv"], str(tmp_path))
    with qtbot.waitSignal(job.ended, timeout=30000):
        pass
    names = sorted(p.name for p in page.last_written)
    assert names == ["register-of-interests-public-2026-06-15.csv", "register-of-interests-public-2026-06-15.pdf"]
    text = (tmp_path / names[0]).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert any(r["interest_organisation"] == "Public Services Union" for r in rows)
    assert "Riverside Water" not in text  # the forum-only interest


def test_remove_signature_asks_first(qtbot, page, session):
    page.tabs.setCurrentIndex(1)
    page.signatures_table.selectRow(0)
    before = len(core.signatures(session.db))
    page.unsign_action.trigger()
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    click(qtbot, page.confirm_box.button(QMessageBox.Cancel))
    assert len(core.signatures(session.db)) == before
    page.unsign_action.trigger()
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    click(qtbot, page.confirm_box.button(QMessageBox.Yes))
    assert len(core.signatures(session.db)) == before - 1
