"""Search as you type on a few thousand contributions: the same rows in the same order as plain SQL
(LIKE on each searched column, ORDER BY date received then number), whichever way the search
takes them out (the kept order of every contribution, or SQLite's own sort)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from msf_desk.core import responses as r
from msf_desk.model.responses import Consultation, ContributionFilter
from msf_desk.store import responses as store

WORDS = ("publish", "public", "budget", "budgets", "procurement", "process", "privacy", "open", "data", "council",
         "municipal", "journalists", "justice", "climate", "finance", "right", "information", "pupils")
COLUMNS = ("text", "contributor_name", "organisation", "theme", "section", "reason")
TYPED = ("pu", "pub", "publ", "publi", "publish", "pr", "pro", "proc", "bu", "budget", "budgets", "op", "open da",
         "publish the", "right to in", "zz", "ju", "climate fi")


@pytest.fixture
def crowded(db):
    """3,000 contributions in two consultations, words drawn at random, many on the same day."""
    rng = random.Random(14)
    first = r.save_consultation(db, Consultation(name="Budget", stage="draft_plan"))
    second = r.save_consultation(db, Consultation(name="Themes", stage="theme_scoping"))
    rows = []
    for n in range(3000):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 40))
        rows.append({"consultation_id": (first, second)[n % 2].id, "received_on": day.isoformat(),
                     "due_on": (day + dt.timedelta(days=28)).isoformat(), "channel": "email",
                     "contributor_type": "individual",
                     "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9))) + " the",
                     "theme": rng.choice(("Budget", "Open data", "Civic space", "")),
                     "contributor_name": rng.choice(("", "Ana Pujol", "Priya Rao")),
                     "organisation": rng.choice(("", "Public Voice", "Budget Watch"))})
    store.insert_contribution_rows(db, rows)
    return db


def by_sql(db, typed: str, descending: bool = True) -> list[int]:
    """Every word typed (two letters or more) starts a word of one of the searched columns."""
    words = [w for w in typed.lower().split() if len(w) > 1]
    clauses, params = [], []
    for w in words:
        clauses.append("(" + " OR ".join(f"({c} LIKE ? OR {c} LIKE ?)" for c in COLUMNS) + ")")
        params += [f"{w}%", f"% {w}%"] * len(COLUMNS)
    direction = "DESC" if descending else "ASC"
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return [row[0] for row in db.execute(
        f"SELECT id FROM contributions {where} ORDER BY received_on {direction}, id {direction}", params)]


@pytest.mark.parametrize("kept_from", [0, store.PYTHON_SORT_FROM])
def test_every_prefix_gives_the_rows_and_order_of_plain_sql(crowded, monkeypatch, kept_from):
    # 0: every search takes its matches out of the kept order; 5,000: none here does (SQLite sorts).
    monkeypatch.setattr(store, "PYTHON_SORT_FROM", kept_from)
    db = crowded
    assert r.search_ids(db, ContributionFilter()) == by_sql(db, "")   # the page as it opens
    assert r.search_ids(db, ContributionFilter(), descending=False) == by_sql(db, "", descending=False)
    checked = 0
    for typed in TYPED:
        expected = by_sql(db, typed)
        assert r.search_ids(db, ContributionFilter(text=typed)) == expected, typed
        assert r.search_ids(db, ContributionFilter(text=typed), descending=False) == by_sql(db, typed, False), typed
        checked += len(expected)
    assert checked > 10000   # prefixes matching from nothing to most of the table


def test_the_order_read_as_the_page_opens_is_not_kept_past_an_edit(crowded, monkeypatch):
    monkeypatch.setattr(store, "PYTHON_SORT_FROM", 0)
    db = crowded
    r.search_ids(db, ContributionFilter())          # keeps the order
    newest = by_sql(db, "pu")[-1]
    db.execute("UPDATE contributions SET received_on = '2099-01-01' WHERE id = ?", [newest])
    db.conn.commit()
    assert r.search_ids(db, ContributionFilter(text="pu"))[0] == newest == by_sql(db, "pu")[0]
    assert r.search_ids(db, ContributionFilter()) == by_sql(db, "")
