"""Platforms' own exports, written here the way the platforms write them, read back field by field.

Decidim files are produced like decidim-core/lib/decidim/exporters/csv.rb does it: the
serializer's nested hash flattened with "/", arrays joined with ", ", the header row the
union of every row's keys (so a locale only one proposal has comes last), cells starting
with = + - @ prefixed with "'", and the configured separator (";" by default).
"""
from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from msf_desk.core import contributions_import as imp
from msf_desk.core import forum as forum_core
from msf_desk.core import responses as r
from msf_desk.model.errors import ImportFailed
from msf_desk.model.errors import UserError
from msf_desk.model.responses import Consultation, Contribution, Response

TODAY = dt.date(2026, 4, 1)


# --- writing files the way the platforms do ----------------------------------------------------
def _flatten(obj, key=None) -> dict:
    if isinstance(obj, dict):
        out = {}
        for sub, value in obj.items():
            out.update(_flatten(value, f"{key}/{sub}" if key else sub))
        return out
    if isinstance(obj, list):
        return {key: ", ".join(str(v) for v in obj if v is not None)}
    return {key: obj}


def _ruby(value) -> str:
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value   # csv.rb#custom_sanitize
    return str(value)


def decidim_csv(path, records: list[dict], sep: str = ";"):
    flat = [_flatten(rec) for rec in records]
    headers: list[str] = []
    for row in flat:                     # csv.rb#headers: keys | resource.keys
        headers += [k for k in row if k not in headers]
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=sep, lineterminator="\n")
    writer.writerow(headers)
    for row in flat:
        writer.writerow([_ruby(row.get(h)) for h in headers])
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def plain_csv(path, headers: list[str], rows: list[list], sep: str = ","):
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def proposal_028(pid, *, title, body, state="", answer=None, supports=0, published="2026-02-10 09:00:00 UTC",
                 category=None, authors=("Ana Silva",)) -> dict:
    """decidim-proposals ProposalSerializer (0.27/0.28 admin export, with the author fields)."""
    return {
        "id": pid,
        "category": {"id": 3 if category else None, "name": category or {"en": "", "ca": ""}},
        "scope": {"id": None, "name": {"en": "", "ca": ""}},
        "participatory_space": {"id": 1, "url": "https://participa.example.org/processes/plan"},
        "component": {"id": 5},
        "title": title, "body": body, "address": "", "latitude": None, "longitude": None,
        "state": state, "reference": f"EX-PROP-2026-02-{pid}",
        "answer": answer or {"en": "", "ca": ""},
        "supports": supports,
        "endorsements": {"total_count": 1, "user_endorsements": ["Someone"]},
        "comments": 5, "attachments": 0, "followers": 2,
        "published_at": published,
        "url": f"https://participa.example.org/processes/plan/f/5/proposals/{pid}",
        "meeting_urls": [], "related_proposals": [], "is_amend": False,
        "original_proposal": {"title": None, "url": None},
        "author": {"id": list(range(len(authors))), "name": list(authors),
                   "url": [f"https://participa.example.org/profiles/u{i}" for i in range(len(authors))]},
    }


def proposal_030(pid, *, title, body, state="", answer=None, votes=0, published="2026-02-10T09:00:00.000Z",
                 taxonomies=(), answered_at=None, withdrawn_at=None, authors=("Ana Silva",)) -> dict:
    """decidim-proposals OpenDataProposalSerializer (0.30 admin export and open-data file)."""
    return {
        "id": pid,
        "author": {"id": list(range(len(authors))), "name": list(authors), "url": []},
        "taxonomies": {"id": [i for i, _ in enumerate(taxonomies)],
                       "name": ["{" + ", ".join(f'"{k}" => "{v}"' for k, v in t.items()) + "}" for t in taxonomies]},
        "participatory_space": {"id": 1, "url": "https://participa.example.org/processes/plan"},
        "component": {"id": 5},
        "title": title, "body": body, "address": "", "latitude": None, "longitude": None,
        "state": state, "state_published_at": answered_at, "reference": f"EX-PROP-2026-02-{pid}",
        "answer": answer or {"en": ""}, "answered_at": answered_at, "votes": votes,
        "likes": {"total_count": 0, "user_likes": []}, "comments": 3, "follows_count": 1,
        "published_at": published, "url": f"https://participa.example.org/proposals/{pid}",
        "meeting_urls": [], "related_proposals": [], "is_amend": False,
        "original_proposal": {"title": None, "url": None},
        "withdrawn": withdrawn_at is not None, "withdrawn_at": withdrawn_at,
        "created_at": published, "updated_at": published, "created_in_meeting": False,
        "coauthorships_count": len(authors), "cost": None, "cost_report": None, "execution_period": None,
    }


# --- fixtures ------------------------------------------------------------------------------------
@pytest.fixture
def cons(db):
    profile = forum_core.load(db)
    forum_core.save(db, forum_core.replace(profile, timezone="Europe/Madrid", languages="English, Catalan"))
    return r.save_consultation(db, Consultation(
        name="Draft plan", stage="draft_plan", opens_on=dt.date(2026, 2, 1), closes_on=dt.date(2026, 3, 1),
        channels=["online_platform"]))


def stored(db, cons_id) -> dict[str, Contribution]:
    ids = db.execute("SELECT id FROM contributions WHERE consultation_id = ?", [cons_id]).fetchall()
    items = [r.get_contribution(db, i[0]) for i in ids]
    return {c.source_id or c.text: c for c in items}


def count(db) -> int:
    return db.execute("SELECT count(*) FROM contributions").fetchone()[0]


def decidim_028_file(tmp_path, name="proposals.csv", *, fifth_state="", first_supports=42, extra=()):
    records = [
        proposal_028(101, title={"en": "Publish every contract", "ca": "Publicar tots els contractes"},
                     body={"en": "Line one of the body;\nline two, with \"quotes\".", "ca": "Cos"},
                     state="accepted", answer={"en": "We will publish them monthly.", "ca": "Ho farem."},
                     supports=first_supports, published="2026-02-10 23:30:00 UTC",
                     category={"en": "Open contracting", "ca": "Contractació oberta"},
                     authors=("Ana Silva", "Ben Ode")),
        proposal_028(102, title={"en": "", "ca": ""}, body={"en": "", "ca": ""}, state="rejected",
                     supports=0, published="2026-02-11 08:00:00 UTC"),
        proposal_028(103, title={"en": "Hold hearings in the regions", "ca": ""}, body={"en": "Two per year.",
                     "ca": ""}, state="withdrawn", published="2026-02-12 10:00:00 UTC"),
        proposal_028(104, title={"en": "Open the budget data", "ca": ""}, body={"en": "As CSV.", "ca": ""},
                     state="evaluating", supports=7, published="2026-02-13 10:00:00 UTC"),
        proposal_028(105, title={"en": "Train civil servants", "ca": ""}, body={"en": "Every year.", "ca": ""},
                     state=fifth_state, answer={"en": "Included as milestone 4.", "ca": ""} if fifth_state else None,
                     supports=3, published="2026-02-14 10:00:00 UTC"),
        *extra,
    ]
    # The second proposal is written in Spanish only: its locale columns come last in the header.
    records[1]["title"] = {"es": "Cuadros de mando"}
    records[1]["body"] = {"es": "=SUM(A1) no es una fórmula"}
    return decidim_csv(tmp_path / name, records, sep=";")


# --- Decidim proposals ---------------------------------------------------------------------------
def test_decidim_028_proposals_are_read_field_by_field(db, cons, tmp_path):
    path = decidim_028_file(tmp_path)
    assert path.read_text(encoding="utf-8").splitlines()[0].split(";")[-2:] == ["title/es", "body/es"]
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert result.mapping_from == "platform" and "0.27 to 0.29" in result.layout
    assert (result.added, result.updated) == (5, 0)
    rows = stored(db, cons.id)
    first = rows["proposal/101"]
    assert first.text == "Publish every contract\n\nLine one of the body;\nline two, with \"quotes\"."
    assert first.theme == "Open contracting"
    assert first.votes_for == 42
    assert first.received_on == dt.date(2026, 2, 11)     # 23:30 UTC is the next day in Madrid
    assert first.section == "EX-PROP-2026-02-101"
    assert first.contributor_name == "Ana Silva, Ben Ode"  # co-authors kept
    assert first.source_platform == "decidim"
    assert first.response.outcome == "included"
    assert first.response.reason == "We will publish them monthly."
    assert first.response.decided_by == "Answered on Decidim"
    assert first.response.answered_on == TODAY            # 0.28 exports no answer date: said in a note
    assert any("no date" in n for n in result.notes)
    assert first.opinions is None                          # 'comments' is a count, never the text
    spanish = rows["proposal/102"]
    assert spanish.text == "Cuadros de mando\n\n=SUM(A1) no es una fórmula"   # "'" Decidim added is gone
    assert spanish.response.outcome == "not_included"
    assert "without a published reason" in spanish.response.reason
    withdrawn = rows["proposal/103"]
    assert withdrawn.withdrawn_on == dt.date(2026, 2, 12) and withdrawn.response.outcome is None
    assert not withdrawn.overdue_on(dt.date(2026, 12, 1))
    assert rows["proposal/104"].response.outcome == "under_consideration"
    assert rows["proposal/104"].response.answered_on is None
    assert rows["proposal/105"].response.outcome is None
    assert "comments" in result.unused_columns and "endorsements/total_count" in result.unused_columns
    assert result.preview[0]["Text"].startswith("Publish every contract")
    assert result.preview[0]["Theme"] == "Open contracting" and result.preview[0]["Source id"] == "proposal/101"


def test_reimporting_an_updated_export_updates_answers_and_adds_only_new_rows(db, cons, tmp_path):
    imp.import_contributions(db, decidim_028_file(tmp_path), cons.id, today=TODAY)
    mine = stored(db, cons.id)["proposal/104"]
    r.answer(db, mine.id, Response(outcome="deferred", reason="Next plan.", decided_by="Steering group"),
             today=TODAY)
    newer = decidim_028_file(
        tmp_path, "newer.csv", fifth_state="accepted", first_supports=50,
        extra=[proposal_028(106, title={"en": "A new idea", "ca": ""}, body={"en": "Late.", "ca": ""},
                            published="2026-02-20 10:00:00 UTC")])
    result = imp.import_contributions(db, newer, cons.id, today=TODAY)
    assert (result.added, result.updated, result.already_imported) == (1, 2, 3)
    rows = stored(db, cons.id)
    assert count(db) == 6
    assert rows["proposal/101"].votes_for == 50
    assert rows["proposal/105"].response.outcome == "included"
    assert rows["proposal/105"].response.reason == "Included as milestone 4."
    assert rows["proposal/104"].response.outcome == "deferred"     # the forum's own answer is kept
    again = imp.import_contributions(db, newer, cons.id, today=TODAY)
    assert (again.added, again.updated, again.already_imported) == (0, 0, 6)


def test_decidim_030_open_data_with_commas_and_taxonomies(db, cons, tmp_path):
    records = [
        proposal_030(201, title={"ca": "Dades obertes", "en": "Open data"}, body={"en": "Publish datasets."},
                     state="accepted", answer={"en": "Done in commitment 2."}, votes=12,
                     taxonomies=[{"en": "Transparency", "ca": "Transparència"}, {"en": "Health"}],
                     answered_at="2026-02-20T10:00:00.000Z", authors=("Lina",)),
        proposal_030(202, title={"ca": "Només en català"}, body={"ca": "Cos en català."}, state="",
                     votes=None, withdrawn_at="2026-02-15T12:00:00.000Z"),
    ]
    path = decidim_csv(tmp_path / "open-data-proposals.csv", records, sep=",")
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert "0.30" in result.layout and result.added == 2
    rows = stored(db, cons.id)
    first = rows["proposal/201"]
    assert first.text == "Open data\n\nPublish datasets."         # the forum's language first
    assert first.theme == "Transparency, Health"
    assert first.votes_for == 12 and first.contributor_name == "Lina"
    assert (first.response.outcome, first.response.answered_on) == ("included", dt.date(2026, 2, 20))
    catalan = rows["proposal/202"]
    assert catalan.text == "Només en català\n\nCos en català."      # any non-empty locale else
    assert catalan.withdrawn_on == dt.date(2026, 2, 15) and catalan.votes_for is None


# --- Decidim comments ----------------------------------------------------------------------------
def test_decidim_comments_link_to_their_proposal(db, cons, tmp_path):
    imp.import_contributions(db, decidim_028_file(tmp_path), cons.id, today=TODAY)
    comments = [
        {"id": 900, "created_at": "2026-02-15 22:10:00 UTC", "body": "I agree, and\nadd the annexes.",
         "locale": "en", "author": {"id": 7, "name": "Marc Puig"}, "alignment": 1, "depth": 0,
         "user_group": {"id": 2, "name": {"en": "Open Knowledge Group"}},
         "commentable_id": 101, "commentable_type": "Decidim::Proposals::Proposal",
         "root_commentable_url": "https://participa.example.org/processes/plan/f/5/proposals/101"},
        {"id": 901, "created_at": "2026-02-16 09:00:00 UTC", "body": "-1 from me: too costly",
         "locale": "en", "author": {"id": 8, "name": "Eva"}, "alignment": -1, "depth": 1,
         "user_group": {"id": None, "name": {"en": ""}},
         "commentable_id": 900, "commentable_type": "Decidim::Comments::Comment",
         "root_commentable_url": "https://participa.example.org/processes/plan/f/5/proposals/101"},
    ]
    result = imp.import_contributions(db, decidim_csv(tmp_path / "comments.csv", comments), cons.id, today=TODAY)
    assert result.layout == "Decidim comments export" and result.added == 2
    rows = stored(db, cons.id)
    first, reply = rows["comment/900"], rows["comment/901"]
    assert first.text == "I agree, and\nadd the annexes."
    assert first.received_on == dt.date(2026, 2, 15)               # 23:10 in Madrid
    assert (first.contributor_name, first.organisation) == ("Marc Puig", "Open Knowledge Group")
    assert first.average_support == 1 and reply.average_support == -1
    assert reply.text == "-1 from me: too costly"                   # defused cell restored
    assert first.source_parent == "proposal/101" and reply.source_parent == "comment/900"
    links = dict(db.execute("SELECT contribution_id, target_id FROM contribution_links WHERE kind = 'related'")
                 .fetchall())
    assert links[first.id] == rows["proposal/101"].id and links[reply.id] == first.id


# --- OpenSlides ----------------------------------------------------------------------------------
def test_openslides_3_and_4_motions(db, cons, tmp_path):
    v3 = plain_csv(tmp_path / "motions-v3.csv",
                   ["Identifier", "Submitters", "Supporters", "Title", "Text", "Reason", "Category", "Tags",
                    "Motion block", "Origin", "Recommendation", "State", "ID"],
                   [["A1", "Youth Council", "Ana, Ben, Carla", "Lower the voting age",
                     "<p>Allow voting from 16.</p><p>In every local election.</p>", "<p>Participation.</p>",
                     "Elections", "", "Block 1", "", "Acceptance", "accepted", "17"],
                    ["A2", "Marc", "", "Abolish the senate", "<p>Now.</p>", "", "Institutions", "", "", "", "",
                     "withdrawn", "18"],
                    ["A3", "Eva", "", "More parks", "<p>Two more.</p>", "", "", "", "", "", "", "submitted", "19"]])
    result = imp.import_contributions(db, v3, cons.id, today=TODAY)
    assert result.layout == "OpenSlides 3 motions export" and result.added == 3
    rows = stored(db, cons.id)
    first = rows["motion/17"]
    assert first.text == "Lower the voting age\n\nAllow voting from 16.\n\nIn every local election.\n\n" \
                         "Reason: Participation."
    assert (first.section, first.contributor_name, first.theme, first.votes_for) == ("A1", "Youth Council",
                                                                                     "Elections", 3)
    assert first.response.outcome == "included" and "accepted" in first.response.reason
    assert rows["motion/18"].withdrawn_on is not None
    assert rows["motion/19"].response.outcome is None
    v4 = plain_csv(tmp_path / "motions-v4.csv",
                   ["Number", "Submitter full names", "Supporter full names", "Submitter usernames",
                    "Supporter usernames", "Title", "Text", "Reason", "Category name", "Category_prefix", "Tags",
                    "Motion block", "Recommendation", "State", "Sequential number", "Amendment status"],
                   [["B1", "Lina Haddad", "", "lina", "", "Open the registers", "<p>All of them.</p>", "",
                     "Registers", "R", "", "", "", "rejected", "4", ""]], sep=";")
    result = imp.import_contributions(db, v4, cons.id, today=TODAY)
    assert result.layout == "OpenSlides 4 motions export"
    motion = stored(db, cons.id)["motion/4"]
    assert (motion.text, motion.contributor_name, motion.theme) == ("Open the registers\n\nAll of them.",
                                                                    "Lina Haddad", "Registers")
    assert motion.response.outcome == "not_included"


# --- CONSUL and forms ----------------------------------------------------------------------------
def test_consul_comments(db, cons, tmp_path):
    headers = ["id", "commentable_id", "commentable_type", "body", "subject", "user_id", "created_at", "updated_at",
               "hidden_at", "flags_count", "ignored_flag_at", "moderator_id", "administrator_id",
               "cached_votes_total", "cached_votes_up", "cached_votes_down", "confirmed_hide_at", "ancestry",
               "confidence_score", "valuation"]
    path = plain_csv(tmp_path / "comments.csv", headers, [
        ["31", "5", "Legislation::Question", "More bike lanes,\nplease.", "", "12", "2026-02-03 10:00:00 +0100",
         "2026-02-03 10:00:00 +0100", "", "0", "", "", "", "9", "7", "2", "", "", "12", "false"],
    ])
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert result.layout == "CONSUL Democracy comments export"
    c = stored(db, cons.id)["comment/31"]
    assert (c.text, c.received_on, c.votes_for, c.votes_against) == ("More bike lanes,\nplease.",
                                                                     dt.date(2026, 2, 3), 7, 2)
    assert c.source_parent == "legislation_question/5" and c.contributor_name == ""
    assert "user_id" in result.unused_columns


def test_microsoft_forms_keeps_every_written_answer_under_its_question(db, cons, tmp_path):
    path = plain_csv(tmp_path / "forms.csv",
                     ["ID", "Start time", "Completion time", "Email", "Name", "What should the plan change?",
                      "Anything else?", "How satisfied are you (1-5)?"],
                     [["1", "2/3/26 10:00:00", "2/3/26 10:05:00", "ana@example.org", "Ana", "More data",
                       "No", "4"],
                      ["2", "2/13/26 11:00:00", "2/13/26 11:02:00", "anonymous", "", "Fewer PDFs", "", "5"]])
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert result.layout == "Microsoft Forms responses" and result.added == 2
    rows = stored(db, cons.id)
    assert rows["response/1"].text == "What should the plan change?\nMore data\n\nAnything else?\nNo"
    assert rows["response/1"].received_on == dt.date(2026, 2, 3)    # month first: 2/13 settles it
    assert rows["response/2"].received_on == dt.date(2026, 2, 13)
    assert rows["response/1"].contributor_name == "Ana"
    assert result.unused_columns == ["Start time", "Email", "How satisfied are you (1-5)?"]
    assert any("only numbers or web addresses: How satisfied" in n for n in result.notes)


def test_google_forms_with_a_single_question(db, cons, tmp_path):
    path = plain_csv(tmp_path / "google.csv", ["Timestamp", "Email Address", "Your proposal", "Link"],
                     [["2026-02-05 10:00:00", "x@example.org", "Publish the minutes", "https://example.org/a"]])
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert result.layout == "Google Forms responses"
    c = next(iter(stored(db, cons.id).values()))
    assert c.text == "Publish the minutes" and c.received_on == dt.date(2026, 2, 5)


# --- never guess ---------------------------------------------------------------------------------
def test_an_unknown_layout_is_refused_with_the_mapping_to_confirm_and_nothing_written(db, cons, tmp_path):
    path = plain_csv(tmp_path / "export.csv", ["id", "comments", "supports", "Titel"],
                     [["1", "5", "3", "Offene Daten"], ["2", "0", "1", "Mehr Parks"]])
    with pytest.raises(imp.LayoutNotRecognised) as err:
        imp.import_contributions(db, path, cons.id, today=TODAY)
    assert count(db) == 0
    proposed = err.value.proposed
    assert proposed["comments"] == "" and proposed["Titel"] == ""   # a count is never the text
    assert proposed["supports"] == "votes_for"
    assert "--mapping" in str(err.value)
    with pytest.raises(ImportFailed, match="only numbers"):
        imp.import_contributions(db, path, cons.id, mapping={"comments": "text"}, today=TODAY)
    result = imp.import_contributions(db, path, cons.id, mapping={**proposed, "Titel": "text", "id": "source_id"},
                                      today=TODAY)
    assert result.added == 2 and result.unused_columns == ["comments"]


def test_a_bad_row_in_a_platform_file_names_row_and_column_and_writes_nothing(db, cons, tmp_path):
    records = [proposal_028(1, title={"en": "Fine"}, body={"en": "Body"}),
               proposal_028(2, title={"en": "Bad"}, body={"en": "Body"}, supports="many")]
    path = decidim_csv(tmp_path / "p.csv", records)
    with pytest.raises(ImportFailed) as err:
        imp.import_contributions(db, path, cons.id, today=TODAY)
    assert [(p.row, p.column) for p in err.value.problems] == [(3, "supports")]
    assert count(db) == 0


def test_decidim_excel_export_is_read_like_the_csv(db, cons, tmp_path):
    # Decidim's Excel exporter (exporters/excel.rb: Excel < CSV) writes the same flattened header row;
    # releases writing the old .xls format are refused by name (save as .xlsx, or take the CSV).
    import openpyxl

    csv_path = decidim_028_file(tmp_path)
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8")), delimiter=";"))
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "proposals.xlsx")
    result = imp.import_contributions(db, tmp_path / "proposals.xlsx", cons.id, today=TODAY)
    assert "Decidim proposals" in result.layout and result.added == 5
    rows = stored(db, cons.id)
    assert rows["proposal/101"].text.startswith("Publish every contract\n\nLine one of the body;\nline two")
    assert rows["proposal/102"].text == "Cuadros de mando\n\n=SUM(A1) no es una fórmula"
    assert rows["proposal/101"].votes_for == 42 and rows["proposal/101"].received_on == dt.date(2026, 2, 11)


def test_decidim_json_export_is_read_like_the_csv(db, cons, tmp_path):
    # exporters/json.rb writes the serializer's records nested; flattened as csv.rb does, the same columns.
    import json

    records = [proposal_030(201, title={"en": "Open data"}, body={"en": "Publish datasets,\nmonthly."},
                            state="accepted", answer={"en": "Done in commitment 2."}, votes=12,
                            taxonomies=[{"en": "Transparency"}], answered_at="2026-02-20T10:00:00.000Z",
                            authors=("Lina", "Omar")),
               proposal_030(202, title={"en": "Later one"}, body={"en": "Body"}, state="rejected")]
    path = tmp_path / "proposals.json"
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    result = imp.import_contributions(db, path, cons.id, today=TODAY)
    assert "0.30" in result.layout and result.added == 2
    first = stored(db, cons.id)["proposal/201"]
    assert (first.text, first.theme, first.votes_for, first.contributor_name) == (
        "Open data\n\nPublish datasets,\nmonthly.", "Transparency", 12, "Lina, Omar")
    assert (first.response.outcome, first.response.answered_on) == ("included", dt.date(2026, 2, 20))
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a list"}', encoding="utf-8")
    with pytest.raises(UserError, match="list of records"):
        imp.import_contributions(db, bad, cons.id, today=TODAY)
