"""The panels and lists of the window write their dates in the window's language, like its
tables: the Members parity panel ('Mandats arrivant bientôt à échéance : … (22 décembre
2026)'), the Responses consultation line and contribution detail, the Ethics meeting list."""
from __future__ import annotations

import datetime as dt
import re

from msf_desk.ui.pages.ethics import EthicsPage
from msf_desk.ui.pages.members import MembersPage
from msf_desk.ui.pages.responses import ResponsesPage
from tests.conftest import DEMO_TODAY
from tests.ui.test_table_dates import french, page_of  # noqa: F401 (a fixture and a helper shared with the tables' dates)

ISO = re.compile(r"\d{4}-\d\d-\d\d")
FRENCH_DAY = r"(\d{1,2}|1er) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d"


def ending_soon(page):
    """The parity panel's day moved to a month before the first term that ends after today."""
    end = min(m.term_end for m in page.parity.members if m.term_end and m.term_end > DEMO_TODAY)
    page.parity.set_date(end - dt.timedelta(days=30))
    return page


def test_members_parity_panel_terms_ending_soon_in_french(qtbot, shown, session, french):
    page = ending_soon(page_of(shown, MembersPage, session))
    shown_text = page.parity.verdict_label.text()
    assert "Mandats arrivant bientôt à échéance" in shown_text, shown_text
    ending = re.search(r"Mandats arrivant bientôt à échéance[^:]*:(.*)", shown_text).group(1)
    assert not ISO.search(ending), ending
    assert re.search(r"\(" + FRENCH_DAY + r"\)", ending), ending
    assert not ISO.search(page.parity.verdict_text())


def test_members_parity_panel_in_english_writes_the_day_in_words(qtbot, shown, session):
    page = ending_soon(page_of(shown, MembersPage, session))
    line = next(x for x in page.parity.verdict_text().splitlines() if x.startswith("Terms ending soon"))
    assert not ISO.search(line) and re.search(r"\(\d{1,2} [A-Z][a-z]+ 20\d\d\)", line), line


def test_responses_consultation_and_detail_in_french(qtbot, shown, session, french):
    page = page_of(shown, ResponsesPage, session)
    for i in range(1, page.consultation_combo.count()):
        page.consultation_combo.setCurrentIndex(i)
        info = page.info.text()
        assert not ISO.search(info), info
    assert re.search(FRENCH_DAY, info), info
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "n° " in page.detail.toPlainText().lower() or "no " in page.detail.toPlainText().lower())
    detail = page.detail.toPlainText()
    assert not ISO.search(detail), detail
    assert re.search(FRENCH_DAY, detail), detail


def test_ethics_meeting_list_in_french(qtbot, shown, session, french):
    page = page_of(shown, EthicsPage, session)
    items = [page.meeting_combo.itemText(i) for i in range(page.meeting_combo.count())]
    dated = [t for t in items if page.meeting_combo.itemData(items.index(t)) is not None]
    assert dated and not any(ISO.search(t) for t in dated), dated[:3]


def test_members_parity_panel_vacant_seats_agree_in_french(qtbot, shown, session, french):
    """'Sièges vacants : 1 siège gouvernemental.' (it said '1 gouvernementaux')."""
    page = page_of(shown, MembersPage, session)
    page.parity.set_date(DEMO_TODAY)
    assert "Sièges vacants : 1 siège gouvernemental." in page.parity.verdict_text()
