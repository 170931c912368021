"""What the rules say follows the window's language: a French window shows an import's
problems and a refusal from core in French, an Arabic one in Arabic; English again after."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from msf_desk.ui.dialogs.imports import ImportPreviewDialog
from msf_desk.ui.pages.members import MembersPage
from tests.conftest import DEMO_TODAY
from tests.ui.test_members_import import drop, rows_of


def members_page(shown, session):
    page = shown(MembersPage(session), 1300, 850)
    page.today = DEMO_TODAY
    page.reload()
    return page


def when_modal(kind, action) -> None:
    """Run `action` on the next modal widget of `kind` once it shows (the page waits in exec)."""
    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            action(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


BAD_ROW = ("name,organisation,sector,role\n"
           "Nadia Rahman,Open Budget Coalition,civil society,member\n"
           "Tomás Leal,Ministry of Finance,national government,alternate\n"
           "Ana Ruiz,Transparencia,civil society,chairwoman\n")


def test_a_french_window_shows_the_rows_problems_in_french(qtbot, shown, session, tmp_path, language):
    language("fr")
    page = members_page(shown, session)
    path = tmp_path / "membres.csv"
    path.write_text(BAD_ROW, encoding="utf-8")
    seen = {}

    def problems(dialog):
        seen["rows"] = rows_of(dialog.problems_table)
        dialog.reject()

    when_modal(ImportPreviewDialog, problems)
    drop(page, path)                       # checked in a worker, then the preview
    qtbot.waitUntil(lambda: "rows" in seen)
    assert seen["rows"][0] == {"Ligne": "3", "Colonne": "alternate_for",
                               "Problème": "un suppléant doit indiquer le nom du membre dont il occupe le siège"}
    assert seen["rows"][1]["Ligne"] == "4"
    assert seen["rows"][1]["Problème"].startswith("« chairwoman » n'est pas un rôle (co-chair, member")


def test_an_arabic_window_shows_a_refusal_from_core_in_arabic(qtbot, shown, session, tmp_path, language):
    language("ar")
    page = members_page(shown, session)
    path = tmp_path / "members.csv"
    path.write_text("name,organisation,sector\n", encoding="utf-8")
    seen = {}

    def read(box):
        seen["text"] = box.text()
        box.close()

    when_modal(QMessageBox, read)
    drop(page, path)
    qtbot.waitUntil(lambda: "text" in seen)
    # The file name is isolated (U+2068 … U+2069): a Latin value keeps its own direction
    # without pulling the Arabic words or the full stop next to it.
    assert seen["text"] == "يحتوي \u2068members.csv\u2069 على صف العناوين لكن دون أي عضو."


def test_english_again_after_the_window_goes_back_to_english(qapp, language, tmp_path, db):
    from msf_desk.core import member_import
    from msf_desk.model.errors import UserError

    path = tmp_path / "members.csv"
    path.write_text("name,organisation,sector\n", encoding="utf-8")
    language("es")
    with pytest.raises(UserError, match="no tiene ningún miembro|encabezado pero ningún miembro"):
        member_import.import_members(db, path, dry_run=True)
    language("en")
    with pytest.raises(UserError, match="has a header but no members in it"):
        member_import.import_members(db, path, dry_run=True)


def test_an_arabic_window_starts_a_sentence_that_begins_with_a_file_name_right_to_left(
        qtbot, shown, session, tmp_path, language):
    from PySide6.QtWidgets import QLabel

    language("ar")
    page = members_page(shown, session)
    path = tmp_path / "membres.csv"
    path.write_text(BAD_ROW, encoding="utf-8")
    seen = {}

    def summary(dialog):
        seen["text"] = dialog.findChild(QLabel, "summary").text()
        dialog.reject()

    when_modal(ImportPreviewDialog, summary)
    drop(page, path)
    qtbot.waitUntil(lambda: "text" in seen)
    # A right-to-left mark first, then the file name isolated: the sentence runs right to
    # left though its first word is Latin.
    assert seen["text"].startswith("\u200f\u2068membres.csv\u2069: فُحص كل صف")


def test_rich_text_keeps_its_tags_when_an_arabic_sentence_is_isolated():
    from msf_desk.ui.i18n import right_to_left

    said = right_to_left("<b>الاجتماع القادم:</b> <a href='meeting:{id}'>{title}</a>")
    assert said == "<b>الاجتماع القادم:</b> <a href='meeting:{id}'>\u2068{title}\u2069</a>"
    assert right_to_left("<br>{size:.1f} ميغابايت").format(size=1.5) == "<br>\u200f\u20681.5\u2069 ميغابايت"
    assert right_to_left("Zip: {path}") == "Zip: {path}"   # no Arabic in it: as written


def test_a_french_window_shows_the_import_preview_in_french(qtbot, shown, session, tmp_path, language):
    language("fr")
    page = members_page(shown, session)
    path = tmp_path / "membres.csv"
    path.write_text("name,organisation,sector,role,term_start\n"
                    "Nadia Rahman,Open Budget Coalition,civil society,member,2026-03-12\n", encoding="utf-8")
    seen = {}

    def preview(dialog):
        seen["rows"] = rows_of(dialog.preview_table)
        dialog.reject()

    when_modal(ImportPreviewDialog, preview)
    drop(page, path)
    qtbot.waitUntil(lambda: "rows" in seen)
    row = seen["rows"][0]
    assert row["Nom"] == "Nadia Rahman" and row["Organisation"] == "Open Budget Coalition"   # as typed
    assert row["Secteur"] == "Société civile" and row["Rôle"] == "Membre"
    assert row["Droit de vote"] == "oui" and row["Début du mandat"] == "12 mars 2026"


def test_a_contributions_import_summary_in_french(language):
    from msf_desk.core.contributions_import import ImportResult

    language("fr")
    said = ImportResult(source="contribs.csv", consultation_id=1, added=2, already_imported=1, dry_run=True).summary()
    assert said == "contribs.csv : ajouterait 2 contributions ; 1 déjà importée (ignorée)."


def test_a_french_contributions_preview_says_the_recognised_layout_once(qtbot, shown, session, language):
    from PySide6.QtWidgets import QLabel

    from msf_desk.core.contributions_import import ImportResult
    from msf_desk.model.messages import M_
    from msf_desk.ui.pages.responses import ResponsesPage

    language("fr")
    page = shown(ResponsesPage(session), 1300, 850)
    note = M_("Recognised as a {layout} (read as {source}).").format(layout="Decidim export", source="CSV")
    assert not note.startswith("Recognised")
    outcome = ImportResult(source="export.csv", consultation_id=1, added=1, dry_run=True, layout="Decidim export",
                           notes=[note, "Autre remarque."])
    dialog = page.preview_dialog(None, outcome)
    qtbot.addWidget(dialog)
    notes = dialog.findChild(QLabel, "notes").text()
    assert "Autre remarque." in notes and note not in notes
