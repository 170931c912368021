"""The Forum page: the profile edited in a form, saved as one undoable step."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import forum as core_forum
from msf_desk.model.forum import ForumProfile
from msf_desk.store.db import open_forum
from msf_desk.ui.pages.forum import ForumPage


@pytest.fixture
def page(shown, session):
    p = shown(ForumPage(session), 1200, 900)
    return p


def profile_in_file(path) -> ForumProfile:
    db = open_forum(path)
    try:
        return core_forum.load(db)
    finally:
        db.conn.close()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.LeftButton)


def choose(combo, key) -> None:
    combo.setCurrentIndex(combo.findData(key))


def test_every_profile_field_has_a_widget_showing_its_value(page):
    assert set(page.widgets) == set(ForumProfile.field_names())
    assert page.form_profile() == core_forum.load(page.session.db)
    assert page.widgets["name"].text() == "National Open Government Forum"
    assert page.widgets["timezone"].currentText() == "Europe/Paris"
    assert not page.save_button.isEnabled() and not page.revert_button.isEnabled()


def test_save_goes_through_undo(qtbot, page, session, demo_path):
    name = page.widgets["name"]
    name.selectAll()
    qtbot.keyClicks(name, "National Open Government Forum of Riverland")
    assert page.save_button.isEnabled() and page.state.text() == "Unsaved changes"
    click(qtbot, page.save_button)

    assert profile_in_file(demo_path).name == "National Open Government Forum of Riverland"
    assert not page.save_button.isEnabled()
    assert session.undo_stack.undoText() == "edit the forum profile"

    session.undo_stack.undo()
    assert profile_in_file(demo_path).name == "National Open Government Forum"
    assert name.text() == "National Open Government Forum"  # the form follows the undo
    session.undo_stack.redo()
    assert name.text() == "National Open Government Forum of Riverland"


def test_governance_as_published_follows_the_saved_rules(qtbot, page, demo_path):
    summary = page.summary.text()
    assert "Qualified majority of 2/3 of members present" in summary
    assert "More than half of the voting members, with both sides present" in summary
    assert "At least every 3 months" in summary

    choose(page.widgets["decision_rule"], "consensus")
    assert not page.widgets["qualified_fraction"].isEnabled()
    choose(page.widgets["quorum_kind"], "number")
    assert page.widgets["quorum_value"].isEnabled()
    qtbot.keyClicks(page.widgets["quorum_value"], "9")
    click(qtbot, page.widgets["action_plan_in_development"])
    assert "Qualified majority" in page.summary.text()  # not saved yet: still as published
    click(qtbot, page.save_button)

    summary = page.summary.text()
    assert "Consensus (no member opposes)" in summary
    assert "At least 9 voting members, with both sides present" in summary
    assert "Monthly while the Action Plan is in development" in summary
    saved = profile_in_file(demo_path)
    assert (saved.decision_rule, saved.quorum_kind, saved.quorum_value) == ("consensus", "number", "9")
    assert saved.target_months == 1


def test_problems_show_on_their_fields_and_nothing_is_saved(qtbot, page, session, demo_path):
    before = profile_in_file(demo_path)
    page.widgets["name"].clear()
    choose(page.widgets["jurisdiction"], "local")
    page.widgets["contact_email"].clear()
    qtbot.keyClicks(page.widgets["contact_email"], "opengov.example.gov")
    choose(page.widgets["quorum_kind"], "fraction")
    qtbot.keyClicks(page.widgets["quorum_value"], "3/2")
    page.widgets["timezone"].setEditText("Europe/Atlantis")
    click(qtbot, page.save_button)

    shown = {n: label.text() for n, label in page.f.errors.items() if label.isVisible()}
    assert set(shown) == {"name", "place", "contact_email", "quorum_value", "timezone"}
    assert shown["name"] == "The forum needs a name."
    assert shown["place"] == "A local forum needs the place it serves."
    assert "is not an e-mail address" in shown["contact_email"]
    assert "between 0 and 1" in shown["quorum_value"]
    assert "'Europe/Atlantis' is not a time zone name" in shown["timezone"]
    assert "5 fields" in page.state.text()
    assert profile_in_file(demo_path) == before
    assert session.undo_stack.count() == 0

    # Put them right: the messages go and the profile is saved.
    qtbot.keyClicks(page.widgets["name"], "Riverside Open Government Forum")
    qtbot.keyClicks(page.widgets["place"], "Riverside")
    page.widgets["contact_email"].clear()
    qtbot.keyClicks(page.widgets["contact_email"], "opengov@riverside.example")
    page.widgets["quorum_value"].clear()
    qtbot.keyClicks(page.widgets["quorum_value"], "2/3")
    page.widgets["timezone"].setEditText("America/Bogota")
    click(qtbot, page.save_button)
    assert not any(label.isVisible() for label in page.f.errors.values())
    saved = profile_in_file(demo_path)
    assert (saved.jurisdiction, saved.place, saved.timezone) == ("local", "Riverside", "America/Bogota")
    assert saved.quorum_text() == "At least 2/3 of the voting members, with both sides present"


def test_revert_throws_away_unsaved_changes(qtbot, page, demo_path):
    before = profile_in_file(demo_path)
    page.widgets["seats_government"].setValue(12)
    qtbot.keyClicks(page.widgets["remit"], " And more.")
    assert page.revert_button.isEnabled()
    click(qtbot, page.revert_button)
    assert page.widgets["seats_government"].value() == 8
    assert page.form_profile() == before
    assert not page.save_button.isEnabled()
    assert profile_in_file(demo_path) == before


def test_seat_numbers_reach_the_members_page_parity(qtbot, page, session):
    from msf_desk.ui.pages.members import MembersPage
    from tests.conftest import DEMO_TODAY

    members = MembersPage(session)
    qtbot.addWidget(members)
    members.parity.set_date(DEMO_TODAY)
    assert "Vacant seats: 1 government seat." in members.parity.verdict_text()
    page.widgets["seats_government"].setValue(7)
    click(qtbot, page.save_button)
    assert "Vacant seats" not in members.parity.verdict_text()
    session.undo_stack.undo()
    assert "Vacant seats: 1 government seat." in members.parity.verdict_text()
    page.widgets["seats_government"].setValue(10)
    click(qtbot, page.save_button)
    assert "Vacant seats: 3 government seats." in members.parity.verdict_text()


def test_document_languages_are_typed_as_codes_and_refused_in_words(qtbot, page, session, demo_path):
    field = page.widgets["document_languages"]
    assert field.text() == "en"  # the demo publishes in English
    field.clear()
    qtbot.keyClicks(field, "fr, en, pt")
    click(qtbot, page.save_button)
    shown = {n: label.text() for n, label in page.f.errors.items() if label.isVisible()}
    assert set(shown) == {"document_languages"} and "en, fr, es, ar" in shown["document_languages"]
    assert profile_in_file(demo_path).document_languages == "en"

    field.clear()
    qtbot.keyClicks(field, "fr, en")
    click(qtbot, page.save_button)
    from msf_desk.core import language

    assert language.document_languages(profile_in_file(demo_path)) == ["fr", "en"]
    assert session.undo_stack.undoText() == "edit the forum profile"
