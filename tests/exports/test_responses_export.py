"""The reasoned-response report and open data, read back; the consent scan."""
from __future__ import annotations

import csv
import datetime as dt
import json
import zipfile

import docx
import pytest
from pypdf import PdfReader

from msf_desk.core import responses as r
from msf_desk.core import consultations_due
from msf_desk.exports.atomic import Cancelled
from msf_desk.exports.responses import export_responses
from msf_desk.model.responses import Consultation, Contribution, Response

SENTINEL = "SENTINEL-NAME-5521 Quixote"
SENTINEL_NO_ORG = "SENTINELNOORG-8830 Lupin"
TODAY = dt.date(2026, 5, 4)


@pytest.fixture
def consultation(db):
    cons = r.save_consultation(db, Consultation(
        name="Draft commitments", stage="draft_plan", opens_on=dt.date(2026, 3, 2), closes_on=dt.date(2026, 3, 20),
        channels=["online_platform", "email"], document="Draft Action Plan v2"))
    rows = [
        Contribution(consultation_id=cons.id, received_on=dt.date(2026, 3, 3), contributor_name="Marta Kowalska",
                       organisation="Right to Know Network", contributor_type="civil_society", publish_name=True,
                       text="Publish the statistics on information requests.", theme="Access to information",
                       section="Commitment 2", votes_for=12, votes_against=1),
        Contribution(consultation_id=cons.id, received_on=dt.date(2026, 3, 4), contributor_name=SENTINEL,
                       organisation="Builders' Federation", contributor_type="private_sector", publish_name=False,
                       text="Include the building permits in the open data portal.", theme="Public procurement"),
        Contribution(consultation_id=cons.id, received_on=dt.date(2026, 3, 5), contributor_name=SENTINEL_NO_ORG,
                       publish_name=False, channel="email", text="Stream the council meetings.",
                       theme="Public procurement"),
        Contribution(consultation_id=cons.id, received_on=dt.date(2026, 3, 6), contributor_name="Tomás Rivera",
                       publish_name=True, text="More time to comment, please.", channel="email"),
    ]
    saved = [r.add_contribution(db, c) for c in rows]
    r.answer(db, saved[0].id, Response("included", "Becomes milestone 2.3.", decided_by="The forum"),
             today=dt.date(2026, 3, 25))
    r.answer(db, saved[1].id, Response("deferred", "The permit register goes online next year."),
             today=dt.date(2026, 4, 20))  # late: due 2026-04-01
    r.set_link(db, saved[2].id, "duplicate_of", saved[1].id)
    r.save_theme_summary(db, cons.id, "Access to information", "People want to see how requests are handled.",
                         "A yearly statistics release is now milestone 2.3.")
    return cons, saved


def docx_text(path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_report_reads_back_in_both_formats(db, consultation, tmp_path):
    cons, saved = consultation
    paths = export_responses(db, cons.id, audience="public", formats=["docx", "pdf"], out_dir=tmp_path, today=TODAY)
    assert [p.suffix for p in paths] == [".docx", ".pdf"]
    for text in (docx_text(paths[0]), " ".join(pdf_text(paths[1]).split())):
        assert "What we heard and what we did: Draft commitments" in text
        assert "We received 4 contributions from 4 contributors" in " ".join(text.split())
        assert "People want to see how requests are handled." in text
        assert "A yearly statistics release is now milestone 2.3." in text
        assert "Marta Kowalska" in text            # consent given
        assert "Builders' Federation" in text       # no consent: the organisation
        assert "Becomes milestone 2.3." in text
        assert "Answered late" in text
        assert f"Duplicate of no. {saved[1].id}" in text
        assert "Individual" in text
    d = docx.Document(str(paths[0]))
    summary = next(t for t in d.tables if t.rows[0].cells[0].text == "Takeaway: what we heard")
    assert summary.rows[0].cells[1].text == "Response: what we did and why"
    assert len(summary.rows) == 1 + 3  # two themes and the contributions without one


def scan_bytes(path) -> bytes:
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            return b"".join(z.read(name) for name in z.namelist())
    return path.read_bytes()


def test_the_public_files_never_name_contributors_without_consent(db, consultation, tmp_path):
    cons, _ = consultation
    paths = export_responses(db, cons.id, audience="public", formats=["docx", "pdf", "csv", "json"],
                             out_dir=tmp_path, today=TODAY)
    assert len(paths) == 4
    for path in paths:
        raw = scan_bytes(path)
        for sentinel in (SENTINEL, SENTINEL_NO_ORG):
            for token in (sentinel, sentinel.split()[0], sentinel.split()[1]):
                assert token.encode() not in raw, (path.name, token)
                assert token.encode("utf-16-be") not in raw, (path.name, token)
        if path.suffix == ".pdf":
            text = pdf_text(path)
            assert "SENTINEL" not in text and "Quixote" not in text and "Lupin" not in text


def test_the_members_version_names_everyone_and_says_so(db, consultation, tmp_path):
    cons, _ = consultation
    [path] = export_responses(db, cons.id, audience="members", formats=["docx"], out_dir=tmp_path, today=TODAY)
    text = docx_text(path)
    assert SENTINEL in text and "name not for publication" in text
    assert "Do not publish" in text
    assert path.name.endswith("-members.docx")


def test_open_data_follows_its_documented_schema(db, consultation, tmp_path):
    cons, saved = consultation
    csv_path, json_path = export_responses(db, cons.id, audience="members", formats=["csv", "json"],
                                           out_dir=tmp_path, today=TODAY)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    names = [f["name"] for f in data["schema"]["fields"]]
    assert data["consultation"]["name"] == "Draft commitments"
    assert len(data["contributions"]) == 4
    assert all(list(rec) == names for rec in data["contributions"])
    by_id = {rec["id"]: rec for rec in data["contributions"]}
    assert by_id[saved[0].id]["contributor"] == "Marta Kowalska"
    assert by_id[saved[1].id]["contributor"] == "Builders' Federation"
    assert by_id[saved[2].id]["contributor"] == "Individual"
    assert by_id[saved[1].id]["answered_late"] is True and by_id[saved[1].id]["outcome"] == "deferred"
    assert by_id[saved[2].id]["duplicate_of"] == saved[1].id
    assert by_id[saved[3].id]["outcome"] is None and by_id[saved[3].id]["answered"] is None
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == names
    assert [row["contributor"] for row in rows] == ["Marta Kowalska", "Builders' Federation", "Individual",
                                                   "Tomás Rivera"]
    assert rows[1]["answered_late"] == "true" and rows[3]["outcome"] == ""


def test_a_cancelled_export_leaves_no_file(db, consultation, tmp_path):
    cons, _ = consultation

    def cancel(done, total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_responses(db, cons.id, audience="public", formats=["pdf"], out_dir=tmp_path, progress=cancel,
                         today=TODAY)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*part")) == []


def test_the_demo_report_shows_the_late_answer_and_merged_duplicates(demo_db, tmp_path):
    from msf_desk.store import responses as store

    draft = next(c for c in consultations_due.list_consultations(demo_db) if c.stage == "draft_plan")
    [path] = export_responses(demo_db, draft.id, audience="public", formats=["docx"], out_dir=tmp_path)
    text = docx_text(path)
    assert text.count("Answered late") == 1
    merged = [c for c in store.contributions_of(demo_db, draft.id) if c.duplicate_of]
    assert merged and all(f"Duplicate of no. {c.duplicate_of}" in text for c in merged)
    hidden = [c for c in store.contributions_of(demo_db, draft.id)
              if not c.publish_name and c.contributor_name and c.contributor_name not in
              {x.contributor_name for x in store.contributions_of(demo_db, draft.id) if x.publish_name}]
    assert hidden and all(c.contributor_name not in text for c in hidden)


def test_the_report_has_the_parts_of_a_real_consultation_report(db, consultation, tmp_path):
    cons, saved = consultation
    paths = export_responses(db, cons.id, audience="public", formats=["docx", "pdf"], out_dir=tmp_path, today=TODAY)
    d = docx.Document(str(paths[0]))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    for wanted in ("Executive summary", "Who took part and how", "Data limitations", "Proposals ranked by support",
                   "What we heard and what we did", "Who decided, and where", "What happens next and how to follow",
                   "Annex: every contribution and our response"):
        assert wanted in headings, wanted
    text = docx_text(paths[0])
    # Two of four are not answered: the report is interim, on the cover and in the title.
    assert d.core_properties.title.startswith("Interim report — What we heard")
    assert "Interim: this report will be updated because 2 contributions are not answered yet" in text
    assert "2 of 4 contributions (50%) have a final answer" in text
    channels = next(t for t in d.tables if t.rows[0].cells[0].text == "Channel")
    assert [[c.text for c in row.cells] for row in channels.rows[1:]] == [["Online platform", "2", "50%"],
                                                                          ["E-mail", "2", "50%"]]
    ranked = next(t for t in d.tables if t.rows[0].cells[0].text == "No." and t.rows[0].cells[1].text == "Votes for")
    assert [c.text for c in ranked.rows[1].cells][:3] == [str(saved[0].id), "12", "1"]
    deciders = next(t for t in d.tables if t.rows[0].cells[0].text == "Decided by")
    assert ["The forum", "—", "1"] in [[c.text for c in row.cells] for row in deciders.rows[1:]]
    assert "Decided by The forum" in text      # and on the contribution's own answer in the annex
    assert "responses-1-draft-commitments-open-data.csv" in text
    pdf = " ".join(pdf_text(paths[1]).split())
    assert pdf.startswith("Interim report — What we heard") or "Interim report — What we heard" in pdf[:200]


def test_a_closed_fully_answered_consultation_is_not_interim(db, consultation, tmp_path):
    cons, saved = consultation
    for c in saved[2:]:
        r.answer(db, c.id, Response("out_of_scope", "Not about this plan."), today=dt.date(2026, 3, 28))
    path = export_responses(db, cons.id, audience="public", formats=["docx"], out_dir=tmp_path, today=TODAY)[0]
    d = docx.Document(str(path))
    assert d.core_properties.title == "What we heard and what we did: Draft commitments"
    assert "Interim" not in docx_text(path)


def test_a_large_annex_gives_way_to_the_per_theme_table_and_the_open_data(db, consultation, tmp_path, monkeypatch):
    cons, saved = consultation
    from msf_desk.core.audience import responses as view

    monkeypatch.setattr(view, "ANNEX_ROW_LIMIT", 3)
    paths = export_responses(db, cons.id, audience="public", formats=["docx", "csv"], out_dir=tmp_path, today=TODAY)
    text = docx_text(paths[0])
    assert "There are 4 contributions: more than this report can list usefully" in text
    assert "responses-1-draft-commitments-open-data.csv (and .json) published with this report" in text
    assert "Stream the council meetings." not in text          # not listed one by one …
    with paths[1].open(encoding="utf-8-sig") as fh:              # … but every one is in the open data
        assert len(list(csv.DictReader(fh))) == 4
    d = docx.Document(str(paths[0]))
    per_theme = next(t for t in d.tables if t.rows[0].cells[0].text == "Theme")
    assert [c.text for c in per_theme.rows[1].cells][:2] == ["Access to information", "1"]


def test_a_report_without_its_annex_brings_the_open_data_with_it(db, consultation, tmp_path, monkeypatch):
    cons, _ = consultation
    from msf_desk.core.audience import responses as view

    monkeypatch.setattr(view, "ANNEX_ROW_LIMIT", 3)
    paths = export_responses(db, cons.id, audience="public", formats=["pdf"], out_dir=tmp_path, today=TODAY)
    assert [p.name for p in paths] == ["responses-1-draft-commitments-public.pdf",
                                       "responses-1-draft-commitments-open-data.csv"]


def test_open_data_json_written_row_by_row_is_the_text_json_dumps_gives(tmp_path):
    """The JSON writer writes each row with the C encoder; the text is the general encoder's
    (ensure_ascii=False, indent=1), odd values and an empty list included."""
    import json

    from msf_desk.exports.responses import _schema, write_open_data_json

    meta = {"forum": "Forum “Ω”", "consultation": {"id": 1, "name": "Plan", "channels": ["email", "platform"]}}
    rows = [{"id": 1, "text": "=1+1 \"quoted\" \u2028 \x01 ✓ مرحبا", "average_support": 0.1 + 0.2,
             "answered_late": True, "withdrawn": None, "votes_for": -3},
            {"id": 2, "text": "", "nested": ["a", {"b": 1}], "answered_late": False},
            {}]
    for listed in (rows, []):
        path = write_open_data_json(meta, listed, tmp_path / f"c{len(listed)}.json", dt.date(2026, 6, 15))
        data = {**meta, "generated": "2026-06-15", "schema": _schema(), "contributions": listed}
        assert path.read_text(encoding="utf-8") == json.dumps(data, ensure_ascii=False, indent=1)
        assert json.loads(path.read_text(encoding="utf-8"))["contributions"] == listed
