"""The Members page driven as a secretariat would: real forum files, real clicks and typing."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from msf_desk.core import members as core_members
from msf_desk.store.db import open_forum
from msf_desk.ui.models.members import AMBER, ID_ROLE, SORT_ROLE, MembersModel
from msf_desk.ui.pages.members import MembersPage
from tests.conftest import DEMO_TODAY
from msf_desk.model.members import Member


@pytest.fixture
def page(shown, session):
    p = shown(MembersPage(session), 1300, 850)
    # The demo is anchored on DEMO_TODAY; look at the forum on that day.
    p.today = DEMO_TODAY
    p.parity.set_date(DEMO_TODAY)
    p.reload()
    return p


def counts(page) -> tuple[int, int]:
    return page.parity.government_count, page.parity.non_government_count


def names_in_file(path) -> set[str]:
    """Read the forum file through a connection of its own: what was really written."""
    db = open_forum(path)
    try:
        return {m.name for m in core_members.list_members(db)}
    finally:
        db.conn.close()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.LeftButton)


def open_add_dialog(qtbot, page):
    click(qtbot, page.toolbar.widgetForAction(page.add_action))
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    return page.dialog


def choose(combo, key) -> None:
    combo.setCurrentIndex(combo.findData(key))


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.Ok))


def row_of(page, name: str) -> int:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, MembersModel.NAME).data() == name:
            return row
    raise AssertionError(f"{name} is not shown")


def select(qtbot, page, name: str) -> None:
    row = row_of(page, name)
    page.table.scrollTo(page.proxy.index(row, MembersModel.NAME))
    rect = page.table.visualRect(page.proxy.index(row, MembersModel.NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.table.selectionModel().selectedRows()[0].row() == row


def test_adding_a_member_moves_parity_and_undo_moves_it_back(qtbot, page, session, demo_path):
    assert counts(page) == (7, 8)
    assert page.parity.verdict_text().startswith("Leaning to non-government by 1 seat")

    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name, "Mariam Tsiklauri / ")
    # QTest types ASCII only; Georgian arrives as an input method would deliver it.
    dialog.name.insert("მარიამ წიკლაური")
    qtbot.keyClicks(dialog.organisation, "Ministry of Education")
    choose(dialog.sector, "national_government")
    assert dialog.side.currentData() == "government"  # the side follows the sector
    qtbot.keyClicks(dialog.term_start, "2026-01-01")
    qtbot.keyClicks(dialog.term_end, "2028-12-31")
    qtbot.keyClicks(dialog.email, "m.tsiklauri@education.example.gov")
    ok(qtbot, dialog)

    qtbot.waitUntil(lambda: page.dialog is None)
    assert counts(page) == (8, 8)
    assert page.parity.verdict_text().startswith("Even: 8 government and 8 non-government seats.")
    assert page.parity.chart.sides[0].value == 8
    assert "Mariam Tsiklauri / მარიამ წიკლაური" in names_in_file(demo_path)
    added = [m for m in core_members.list_members(session.db) if m.name.startswith("Mariam")][0]
    assert page.selected_id() == added.id

    session.undo_stack.undo()
    assert counts(page) == (7, 8)
    assert page.parity.verdict_text().startswith("Leaning to non-government")
    assert "Mariam Tsiklauri / მარიამ წიკლაური" not in names_in_file(demo_path)

    session.undo_stack.redo()
    assert counts(page) == (8, 8)
    again = [m for m in core_members.list_members(session.db) if m.name.startswith("Mariam")][0]
    assert again.id == added.id  # redo puts them back under the same id


def test_a_bad_date_keeps_the_dialog_open_with_the_message_under_the_field(qtbot, page, demo_path):
    before = names_in_file(demo_path)
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name, "Jean Dupont")
    qtbot.keyClicks(dialog.term_start, "2026-01-01")
    qtbot.keyClicks(dialog.term_end, "2026-13-40")
    ok(qtbot, dialog)

    assert dialog.isVisible() and page.dialog is dialog
    error = dialog.f.errors["term_end"]
    assert error.isVisible()
    assert "'2026-13-40' is not a date" in error.text()
    assert "YYYY-MM-DD" in error.text()
    assert not dialog.f.errors["term_start"].isVisible()
    assert names_in_file(demo_path) == before

    # Put it right: the message goes and the member is saved.
    dialog.term_end.clear()
    qtbot.keyClicks(dialog.term_end, "2027-12-31")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert "Jean Dupont" in names_in_file(demo_path)


def test_a_bad_date_shows_as_soon_as_the_field_is_left(qtbot, page):
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.term_start, "14/03/2026")
    dialog.term_start.editingFinished.emit()
    assert dialog.f.errors["term_start"].isVisible()
    assert "YYYY-MM-DD" in dialog.f.errors["term_start"].text()
    qtbot.keyClick(dialog.term_start, Qt.Key_Backspace)
    assert not dialog.f.errors["term_start"].isVisible()  # typing again clears it
    dialog.reject()


def test_core_problems_show_on_their_own_fields(qtbot, page, demo_path):
    before = names_in_file(demo_path)
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.term_start, "2026-05-01")
    qtbot.keyClicks(dialog.term_end, "2026-04-01")
    qtbot.keyClicks(dialog.email, "not-an-address")
    choose(dialog.role, "alternate")
    ok(qtbot, dialog)

    assert dialog.isVisible()
    shown = {name: label.text() for name, label in dialog.f.errors.items() if label.isVisible()}
    assert set(shown) == {"name", "term_end", "email", "alternate_for"}
    assert shown["name"] == "A member needs a name."
    assert shown["term_end"] == "The term ends before it starts."
    assert "not an e-mail address" in shown["email"]
    assert "choose whose" in shown["alternate_for"]
    assert "4 fields" in dialog.summary.text()
    assert names_in_file(demo_path) == before
    dialog.reject()


def test_alternate_for_is_only_open_to_alternates_and_lists_seat_holders(qtbot, page):
    dialog = open_add_dialog(qtbot, page)
    assert not dialog.alternate_for.isEnabled()
    choose(dialog.role, "alternate")
    assert dialog.alternate_for.isEnabled()
    offered = {dialog.alternate_for.itemData(i) for i in range(1, dialog.alternate_for.count())}
    holders = {m.id for m in page.members if m.role in ("co_chair", "member") and m.status == "active"}
    assert offered == holders
    choose(dialog.role, "observer")
    assert not dialog.alternate_for.isEnabled()
    assert not dialog.voting.isChecked()
    dialog.reject()


def test_side_override(qtbot, page):
    dialog = open_add_dialog(qtbot, page)
    choose(dialog.sector, "parliament")
    assert dialog.side.currentData() == "government" and not dialog.side.isEnabled()
    click(qtbot, dialog.side_override)
    assert dialog.side.isEnabled()
    choose(dialog.side, "non_government")
    choose(dialog.sector, "local_government")
    assert dialog.side.currentData() == "non_government"  # overridden: no longer follows
    qtbot.keyClicks(dialog.name, "Opposition MP")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    saved = [m for m in page.members if m.name == "Opposition MP"][0]
    assert saved.side == "non_government" and saved.side_overridden


def test_double_click_edits_and_undo_restores(qtbot, page, session):
    index = page.proxy.index(row_of(page, "Sofía Castillo"), MembersModel.ORGANISATION)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog.name.text() == "Sofía Castillo"
    assert dialog.email.text() == "cs_media@example.org"
    choose(dialog.role, "observer")  # no longer holds a voting seat
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert counts(page) == (7, 7)
    sofia = [m for m in core_members.list_members(session.db) if m.name == "Sofía Castillo"][0]
    assert sofia.role == "observer" and not sofia.voting
    assert session.undo_stack.undoText() == "edit Sofía Castillo"

    session.undo_stack.undo()
    assert counts(page) == (7, 8)
    sofia = core_members.get_member(session.db, sofia.id)
    assert sofia.role == "member" and sofia.voting and sofia.email == "cs_media@example.org"


def test_remove_asks_first_and_undo_restores_id_and_alternates(qtbot, page, session, demo_path):
    # Every demo member is named in meetings or minutes, so enter one by mistake first:
    # a seat holder with an alternate covering the seat.
    holder = core_members.add_member(session.db, Member(
        name="Entered By Mistake", organisation="Nowhere Institute", sector="academia",
        term_start=DEMO_TODAY - dt.timedelta(days=3), email="mistake@example.org"))
    alternate = core_members.add_member(session.db, Member(
        name="Cover For Mistake", sector="academia", role="alternate", alternate_for=holder.id))
    session.notify("members")
    assert counts(page) == (7, 9)

    select(qtbot, page, "Entered By Mistake")
    click(qtbot, page.toolbar.widgetForAction(page.remove_action))
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    assert "Entered By Mistake" in page.confirm_box.text()
    click(qtbot, page.confirm_box.button(QMessageBox.Cancel))
    qtbot.waitUntil(lambda: page.confirm_box is None)
    assert "Entered By Mistake" in names_in_file(demo_path)

    click(qtbot, page.toolbar.widgetForAction(page.remove_action))
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    click(qtbot, page.confirm_box.button(QMessageBox.Yes))
    qtbot.waitUntil(lambda: page.confirm_box is None)
    assert "Entered By Mistake" not in names_in_file(demo_path)
    assert counts(page) == (7, 8)
    assert core_members.get_member(session.db, alternate.id).alternate_for is None

    session.undo_stack.undo()
    assert core_members.get_member(session.db, holder.id) == holder  # same id, every field
    assert core_members.get_member(session.db, alternate.id).alternate_for == holder.id
    assert counts(page) == (7, 9)
    session.undo_stack.redo()
    assert counts(page) == (7, 8)


def test_remove_explains_why_a_member_named_in_records_stays(qtbot, page, session, demo_path):
    select(qtbot, page, "Amara Okafor")
    click(qtbot, page.toolbar.widgetForAction(page.remove_action))
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    text = page.confirm_box.text()
    assert "Amara Okafor cannot be deleted" in text and "attendance" in text and "status" in text
    edit = next(b for b in page.confirm_box.buttons() if b.text() == "Edit status…")
    click(qtbot, edit)
    # The way forward is offered at once: her record opens for editing.
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.name.text() == "Amara Okafor"
    page.dialog.reject()
    assert "Amara Okafor" in names_in_file(demo_path)
    assert session.undo_stack.count() == 0


def test_search_and_filters(qtbot, page):
    assert page.count_label.text() == "19 of 20 members shown"  # Omar Farouk resigned
    qtbot.keyClicks(page.search, "ministry of")
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert shown == {"Nino Beridze / ნინო ბერიძე", "Carlos Méndez Ruiz", "Leila Haddad / ليلى حداد",
                     "Paolo Rossi"}
    page.search.clear()
    choose(page.role_filter, "co_chair")
    assert page.proxy.rowCount() == 2
    choose(page.side_filter, "government")
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Nino Beridze / ნინო ბერიძე"]
    choose(page.role_filter, "")
    choose(page.side_filter, "")
    choose(page.status_filter, "resigned")
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Omar Farouk"]
    choose(page.status_filter, "")
    assert page.count_label.text() == "20 of 20 members shown"


def test_columns_sort_by_clicking_the_header(qtbot, page):
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(MembersModel.TERM_END) + header.sectionSize(MembersModel.TERM_END) // 2
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, 5))
    ends = [page.proxy.index(r, MembersModel.TERM_END).data(SORT_ROLE) for r in range(page.proxy.rowCount())]
    # Sorted by the date itself (the cells show '06 Jul 2026', which would not sort by text).
    assert ends == sorted(ends) and ends[0] == "2026-07-06"  # Sofía Castillo: 21 days after DEMO_TODAY
    assert page.proxy.index(0, MembersModel.TERM_END).data() == "06 Jul 2026"
    assert page.proxy.index(0, MembersModel.NAME).data() == "Sofía Castillo"


def test_terms_ending_within_90_days_are_highlighted(page):
    model = page.model
    sofia = model.row_of([m for m in model.members if m.name == "Sofía Castillo"][0].id)
    brush = model.index(sofia, MembersModel.TERM_END).data(Qt.BackgroundRole)
    assert brush is not None and brush.color() == AMBER
    assert "in 21 days" in model.index(sofia, MembersModel.TERM_END).data(Qt.ToolTipRole)
    amara = model.row_of([m for m in model.members if m.name == "Amara Okafor"][0].id)
    assert model.index(amara, MembersModel.TERM_END).data(Qt.BackgroundRole) is None


def test_the_parity_date_field_looks_at_another_day(page):
    assert counts(page) == (7, 8)
    page.parity.set_date(DEMO_TODAY + dt.timedelta(days=22))  # Sofía Castillo's term is over
    assert counts(page) == (7, 7)
    assert page.parity.verdict_text().startswith("Even")
    changes = page.parity.projection_model.changes
    assert all(c.on > DEMO_TODAY + dt.timedelta(days=22) for c in changes)


def test_projection_lists_coming_changes_with_imbalance_colours(page):
    model = page.parity.projection_model
    first = model.changes[0]
    assert first.on == DEMO_TODAY + dt.timedelta(days=22)
    assert first.leaving == ["Sofía Castillo"]
    assert model.index(0, model.BALANCE).data() == "Even"
    assert model.index(0, model.CHANGE).data() == "Sofía Castillo leaves"
    lopsided = next(r for r, c in enumerate(model.changes) if abs(c.difference) >= 2)
    assert model.index(lopsided, model.BALANCE).data(Qt.BackgroundRole).color().name() == "#f6c1bd"


def test_changes_from_elsewhere_refresh_the_page(page, session):
    core_members.add_member(session.db, Member(
        name="Added Elsewhere", sector="parliament", term_start=DEMO_TODAY - dt.timedelta(days=1)))
    session.notify("members")
    assert counts(page) == (8, 8)
    assert "Added Elsewhere" in {m.name for m in page.model.members}


def test_selection_rounds_add_and_undo(qtbot, page, session):
    page.tabs.setCurrentIndex(1)
    assert page.rounds_model.rowCount() == 2
    click(qtbot, page.rounds_toolbar.widgetForAction(page.add_round_action))
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.f.errors["title"].isVisible()
    qtbot.keyClicks(dialog.title, "Civil society seats - open call 2027")
    qtbot.keyClicks(dialog.call_opened, "2027-03-01")
    qtbot.keyClicks(dialog.call_closed, "2027-02-01")
    ok(qtbot, dialog)
    assert dialog.f.errors["call_closed"].text() == "The call closes before it opens."
    dialog.call_closed.clear()
    qtbot.keyClicks(dialog.call_closed, "2027-03-31")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.rounds_model.rowCount() == 3
    titles = [r.title for r in core_members.list_rounds(session.db)]
    assert "Civil society seats - open call 2027" in titles

    session.undo_stack.undo()
    assert page.rounds_model.rowCount() == 2
    session.undo_stack.redo()
    assert page.rounds_model.rowCount() == 3


def test_round_details_show_candidates(qtbot, page):
    page.tabs.setCurrentIndex(1)
    page.rounds_table.selectRow(1)
    assert "Dr. Ahmed Salem" in page.round_details.text()
    assert "Not selected" in page.round_details.text()


def test_member_ids_stay_with_their_rows(page):
    for row in range(page.proxy.rowCount()):
        member_id = page.proxy.index(row, 0).data(ID_ROLE)
        name = page.proxy.index(row, 0).data()
        assert core_members.get_member(page.session.db, member_id).name == name
