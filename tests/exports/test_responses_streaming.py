"""The reasoned-response report of a large consultation: counted as the contributions are read,
its compact annex (every answer and the numbers that received it), and the open data written as
it is read. Real forums on disk, real files read back."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter

import docx
import pytest
from pypdf import PdfReader

from msf_desk.core import responses as r
from msf_desk.core import consultations_due
from msf_desk.core.audience import responses as view
from msf_desk.exports.responses import export_responses, write_open_data_csv, write_open_data_json
from msf_desk.model.responses import Contribution, Response
from msf_desk.store import responses as store

from tests.exports.test_responses_export import SENTINEL, SENTINEL_NO_ORG, TODAY, consultation, docx_text, scan_bytes  # noqa: F401


def pdf_text(path) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


@pytest.fixture
def many(db, consultation):
    """The four contributions of the report's tests and six more on access to information: five
    given one answer together (numbers in a run), one not yet answered."""
    cons, saved = consultation
    more = [r.add_contribution(db, Contribution(
        consultation_id=cons.id, received_on=dt.date(2026, 3, 10), contributor_name=f"Ada Example {n}",
        publish_name=True, text=f"Idea {n} on requests.", theme="Access to information")) for n in range(6)]
    for c in more[:5]:
        r.answer(db, c.id, Response("amended", "Folded into milestone 2.4 with a shorter deadline.",
                                    decided_by="The secretariat"), today=dt.date(2026, 3, 30))
    return cons, saved, more


def test_above_the_limit_the_annex_gives_every_answer_and_the_numbers_that_received_it(db, many, tmp_path,
                                                                                      monkeypatch):
    cons, saved, more = many
    monkeypatch.setattr(view, "ANNEX_ROW_LIMIT", 3)
    paths = export_responses(db, cons.id, audience="public", formats=["docx", "pdf"], out_dir=tmp_path, today=TODAY)
    assert [p.suffix for p in paths] == [".docx", ".pdf", ".csv"]
    run = f"{more[0].id}–{more[4].id}"
    for text in (" ".join(docx_text(paths[0]).split()), pdf_text(paths[1])):
        assert "There are 10 contributions: more than this report can list usefully" in text
        assert "look for a contribution's number to find its answer" in text
        # An answer given to one contribution: its number and its reason on one line.
        assert f"No. {saved[0].id}: Becomes milestone 2.3." in text
        assert f"No. {saved[1].id}: The permit register goes online next year." in text
        # One answer given to five: the reason once, with the count, then the run of numbers.
        assert "5 contributions: Folded into milestone 2.4 with a shorter deadline." in text
        assert f"No. {run}" in text
        assert text.count("Folded into milestone 2.4") == 1
        assert "Not yet answered" in text
        # Each contribution by its number, none dropped: the four not answered on their own lines.
        for c in (saved[2], saved[3], more[5]):
            assert re.search(rf"No\. {c.id}(?!\d)", text), c.id
        # The texts are in the open data, not here.
        assert "Stream the council meetings." not in text and "Idea 3 on requests." not in text
    d = docx.Document(str(paths[0]))
    headings = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
    annex = headings[headings.index(("Heading 1", "Annex: every contribution and our response")):]
    assert annex[1:] == [
        ("Heading 2", "Access to information"), ("Heading 3", "Included"),
        ("Heading 3", "Included with amendment"), ("Heading 3", "Not yet answered"),
        ("Heading 2", "Public procurement"), ("Heading 3", "Deferred to a later plan"),
        ("Heading 3", "Not yet answered"),
        ("Heading 2", "No theme"), ("Heading 3", "Not yet answered")]
    with paths[2].open(encoding="utf-8-sig") as fh:   # every contribution, with its text, in the open data
        assert sorted(int(row["id"]) for row in csv.DictReader(fh)) == sorted(c.id for c in saved + more)


def test_the_compact_annex_names_no_one_without_consent(db, many, tmp_path, monkeypatch):
    cons, _saved, _more = many
    monkeypatch.setattr(view, "ANNEX_ROW_LIMIT", 3)
    for audience in ("public", "members"):
        out = tmp_path / audience
        paths = export_responses(db, cons.id, audience=audience, formats=["docx", "pdf", "json"], out_dir=out,
                                 today=TODAY)
        for path in paths:
            if audience == "members" and path.suffix != ".json":
                continue   # the members' version names everyone in its ranked proposals, and says so
            raw = scan_bytes(path)
            for sentinel in (SENTINEL, SENTINEL_NO_ORG):
                for token in (sentinel, *sentinel.split()):
                    assert token.encode() not in raw, (path.name, token)
                    assert token.encode("utf-16-be") not in raw, (path.name, token)
            if path.suffix == ".pdf":
                assert "SENTINEL" not in pdf_text(path)


def test_every_contribution_is_in_exactly_one_answer_group(demo_db):
    for cons in consultations_due.list_consultations(demo_db):
        everyone = {c.id: c for c in store.contributions_of(demo_db, cons.id)}
        groups = list(view.answer_groups(demo_db, cons.id))
        numbers = [n for g in groups for n in g.numbers]
        assert sorted(numbers) == sorted(everyone), cons.name
        for g in groups:
            assert list(g.numbers) == sorted(g.numbers)
            for n in g.numbers:
                c = everyone[n]
                assert (c.theme or view.NO_THEME) == g.theme and c.response.reason == g.reason
                assert g.outcome == ("withdrawn" if c.withdrawn_on else c.response.outcome or "none")
        assert len({(g.theme, g.outcome, g.reason) for g in groups}) == len(groups)


def test_the_counts_made_row_by_row_are_those_of_the_whole_list(demo_db):
    """What the report counts as it reads, against the same figures taken from every
    contribution held in a list (as the report was made before)."""
    today = dt.date.today()
    for cons in consultations_due.list_consultations(demo_db):
        rep = view.report(demo_db, cons.id, "public", today=today)
        every = store.contributions_of(demo_db, cons.id)
        assert rep.total == len(every)
        assert rep.by_outcome == dict(Counter("withdrawn" if c.withdrawn_on else (c.response.outcome or "none")
                                              for c in every))
        assert rep.by_channel == dict(Counter(c.channel for c in every).most_common())
        assert rep.answered == sum(c.answered for c in every)
        assert rep.answered_late == sum(c.late for c in every)
        assert rep.overdue == sum(c.overdue_on(today) for c in every)
        assert rep.withdrawn == sum(bool(c.withdrawn_on) for c in every)
        assert rep.unanswered == sum(not c.answered and not c.withdrawn_on for c in every)
        dues = [c.due_on for c in every if not c.answered and not c.withdrawn_on and c.due_on]
        assert rep.last_due == (max(dues) if dues else None)
        people = {(c.contributor_name.strip().lower(), c.organisation.strip().lower())
                  if c.contributor_name.strip() or c.organisation.strip() else ("#", c.id) for c in every}
        assert rep.contributors == len(people)
        voted = sorted((c for c in every if c.votes_for is not None),
                       key=lambda c: (-(c.votes_for - (c.votes_against or 0)), -c.votes_for, c.id))
        assert rep.with_votes == len(voted)
        assert [p.number for p in rep.ranked] == [c.id for c in voted[:view.RANKED_PROPOSALS]]
        assert sum(n for _who, _meeting, n in rep.deciders) == sum(1 for c in every if c.response.outcome)
        full = len(every) <= view.ANNEX_ROW_LIMIT
        assert [a.number for a in rep.annex] == ([c.id for c in every] if full else [])


def _biggest(demo_db):
    return max(consultations_due.list_consultations(demo_db), key=lambda c: len(store.contributions_of(demo_db, c.id)))


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_open_data_is_on_disk_before_its_last_row_is_read(demo_db, tmp_path, fmt):
    """The files are written as the rows come from the forum, not from a list of them all: by the
    time the last row is read, most of the file is already on disk."""
    cons = _biggest(demo_db)
    total = len(store.contributions_of(demo_db, cons.id))
    assert total >= 100
    seen_on_disk: list[int] = []

    def watched(rows):
        for n, row in enumerate(rows, start=1):
            if n == total:
                [part] = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
                seen_on_disk.append(part.stat().st_size)
            yield row

    rows = watched(view.open_data_rows(demo_db, cons.id))
    path = tmp_path / f"open.{fmt}"
    if fmt == "csv":
        write_open_data_csv(rows, path, total=total)
    else:
        write_open_data_json(view.open_data_meta(demo_db, cons.id), rows, path, TODAY, total=total)
    size = path.stat().st_size
    assert seen_on_disk and seen_on_disk[0] > size / 2
    meta, listed = view.open_data(demo_db, cons.id)
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            assert [int(row["id"]) for row in csv.DictReader(fh)] == [row["id"] for row in listed]
    else:
        assert json.loads(path.read_text(encoding="utf-8"))["contributions"] == listed


def test_too_many_answers_of_their_own_leave_their_reasons_to_the_open_data_and_say_so(db, many, tmp_path,
                                                                                     monkeypatch):
    cons, saved, more = many
    monkeypatch.setattr(view, "ANNEX_ROW_LIMIT", 3)
    monkeypatch.setattr(view, "LONE_ANSWERS_LISTED", 1)   # the test forum has two
    paths = export_responses(db, cons.id, audience="public", formats=["pdf", "docx"], out_dir=tmp_path, today=TODAY)
    for text in (pdf_text(paths[0]), " ".join(docx_text(paths[1]).split())):
        assert "Becomes milestone 2.3." not in text
        assert "The permit register goes online next year." not in text
        assert (f"1 contribution: each answered with a reason of its own, given in the open-data file "
                f"No. {saved[0].id}") in text
        assert f"No. {saved[1].id}" in text
        assert "5 contributions: Folded into milestone 2.4 with a shorter deadline." in text   # shared: still here
    with paths[2].open(encoding="utf-8-sig") as fh:
        reasons = {int(row["id"]): row["reason"] for row in csv.DictReader(fh)}
    assert reasons[saved[0].id] == "Becomes milestone 2.3."
