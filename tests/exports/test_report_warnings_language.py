"""The members' response report lists the consultation's points to check in the report's own
language, not the language of the person who exports it (the window may speak English while
the secretariat writes the report in French)."""
from __future__ import annotations

import datetime as dt

import docx

from msf_desk.core import messages
from msf_desk.core.language import using
from msf_desk.core.responses import save_consultation
from msf_desk.exports.responses import export_responses
from msf_desk.model.responses import Consultation


def test_points_to_check_follow_the_report_language(demo_db, tmp_path):
    short = save_consultation(demo_db, Consultation(
        name="Consultation éclair", stage="draft_plan", opens_on=dt.date(2026, 3, 1),
        closes_on=dt.date(2026, 3, 6), channels=[]))
    assert messages.set_message_language("en") == "en"
    with using("fr"):
        export_responses(demo_db, short.id, audience="members", formats=["docx"], out_dir=tmp_path,
                         today=dt.date(2026, 12, 1))
    text = "\n".join(p.text for p in docx.Document(next(tmp_path.glob("*.docx"))).paragraphs)
    assert "Aucun canal enregistré" in text and "Ouverte 5 jours" in text
    assert "No channels recorded" not in text and "Open for 5 days" not in text
    assert not set("\u200f\u2068\u2069") & set(text)
