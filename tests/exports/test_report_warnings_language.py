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


def test_a_contribution_not_yet_answered_is_said_so_in_the_report_language(demo_db, tmp_path):
    """"Not yet answered" is a word of the records (model.responses): the French report and its
    open data say it in French, as they say every other outcome."""
    import csv

    from msf_desk.core.responses import add_contribution
    from msf_desk.model.responses import Contribution

    add_contribution(demo_db, Contribution(consultation_id=2, text="Publish the budget monthly.",
                                           received_on=dt.date(2026, 5, 20), channel="email"))
    with using("fr"):
        export_responses(demo_db, 2, audience="public", formats=["docx", "csv"], out_dir=tmp_path,
                         today=dt.date(2026, 12, 1))
    with open(next(tmp_path.glob("*.csv")), encoding="utf-8-sig", newline="") as f:
        labels = [row["outcome_label"] for row in csv.DictReader(f) if not row["outcome"]]
    assert labels and set(labels) == {"Sans réponse à ce jour"}
    document = docx.Document(next(tmp_path.glob("*.docx")))
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Sans réponse à ce jour" in cells and "Not yet answered" not in cells
