"""The window writes documents in the language chosen under Settings → Documents in (the
forum's document languages), and the export's worker writes in it too."""
from __future__ import annotations

import docx
import pytest

from msf_desk.core import forum as core_forum
from msf_desk.store.db import open_forum
from msf_desk.ui.main_window import MainWindow
from msf_desk.ui.pages.meetings import MeetingsPage

from tests.conftest import DEMO_TODAY


@pytest.fixture
def bilingual(demo_path):
    db = open_forum(demo_path)
    core_forum.set_document_languages(db, ["en", "fr"])
    db.conn.close()
    return demo_path


@pytest.fixture
def window(qtbot, qsettings, bilingual):
    w = MainWindow(qsettings)
    qtbot.addWidget(w)
    assert w.open_path(bilingual)
    yield w
    if w.session is not None:
        w.session.close()


def test_the_menu_offers_the_forums_document_languages_and_exports_follow_it(window, qtbot, tmp_path):
    menu = window.documents_menu
    window._fill_documents_menu()  # as when the menu opens
    assert [a.text() for a in menu.actions()] == ["English", "Français"]
    assert window.document_actions["en"].isChecked()  # the forum's first language
    window.document_actions["fr"].trigger()
    assert window.session.document_language == "fr" and window.document_actions["fr"].isChecked()

    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    page.set_today(DEMO_TODAY)
    meeting = next(m for m in page.meetings if m.agenda_status == "approved")
    job = page.start_pack_export(meeting.id, "members", ["docx"], tmp_path / "out")
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    text = "\n".join(p.text for p in docx.Document(str(next((tmp_path / "out").glob("*.docx")))).paragraphs)
    assert "Ordre du jour" in text and "Réservé aux membres du forum" in text
    # The window itself stays in its own language: only the documents changed.
    from msf_desk.core import language

    assert language.current() == "en"


def test_a_language_dropped_from_the_profile_falls_back_to_the_first(window):
    window.choose_document_language("fr")
    core_forum.set_document_languages(window.session.db, ["en"])
    assert window.session.document_language == "en"
    window._fill_documents_menu()
    assert list(window.document_actions) == ["en"]
