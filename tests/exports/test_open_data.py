"""The repository's open data: forum.sqlite served by Datasette (in-process) and queried, its
rows the same as the public CSV files', its metadata describing every table and column."""
from __future__ import annotations

import asyncio
import csv
import json
import sqlite3

import pytest
from datasette.app import Datasette

from msf_desk.cli import main
from msf_desk.core import repository as plan_core
from msf_desk.exports.open_data import TABLES
from tests.exports.test_repository import package  # noqa: F401 (the demo exported once)

pytestmark = pytest.mark.slow  # exports the whole demo repository


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def served(package):  # noqa: F811
    folder = package.folder / "open-data"
    metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    ds = Datasette([str(folder / "forum.sqlite")], metadata=metadata)

    def get(path, **params):
        async def fetch():
            await ds.invoke_startup()
            return await ds.client.get(path, params=params)
        response = asyncio.run(fetch())
        assert response.status_code == 200, (path, response.text[:300])
        return response

    def sql(query):
        return get("/forum.json", sql=query, _shape="array").json()

    return get, sql, metadata


def test_the_package_lists_the_database_and_its_metadata(package):  # noqa: F811
    entries = {e.path: e for e in package.entries}
    assert entries["open-data/forum.sqlite"].media_type == "application/vnd.sqlite3"
    assert entries["open-data/metadata.json"].format == "json"
    with sqlite3.connect(package.folder / "open-data" / "forum.sqlite") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)  # no page left over with old values
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == set(TABLES)


def test_datasette_serves_the_tables_with_their_descriptions(served):
    get, sql, metadata = served
    assert metadata["title"] == "National Open Government Forum: public records"
    assert metadata["license"] == "CC BY 4.0" and metadata["license_url"].startswith("https://creativecommons.org")
    served_meta = get("/-/metadata.json").json()
    assert served_meta["databases"]["forum"]["tables"]["contributions"]["columns"]["reason"] == "The reason given"
    tables = {t["name"] for t in get("/forum.json").json()["tables"]}
    assert set(TABLES) <= tables
    # every column of every table is described
    for name, (_text, _pk, _fk, columns) in TABLES.items():
        described = metadata["databases"]["forum"]["tables"][name]["columns"]
        served_cols = get(f"/forum/{name}.json", _size="0").json()["columns"]
        assert set(served_cols) - {"rowid"} == set(described) == set(columns), name
    page = get("/forum/members").text
    assert "never an e-mail address or phone number" in page and "CC BY 4.0" in page


def test_the_rows_are_those_of_the_public_csv_files(served, package):  # noqa: F811
    _get, sql, _ = served
    site = package.folder
    members = sql("SELECT * FROM members ORDER BY rowid")
    assert members == _csv(site / "forum" / "members.csv")
    decisions = sql("SELECT * FROM decisions ORDER BY rowid")
    assert [(str(d["meeting_id"]), d["decision"], d["outcome"]) for d in decisions] == \
        [(r["meeting_id"], r["decision"], r["outcome"]) for r in _csv(site / "registers" / "decisions.csv")]
    actions = sql("SELECT id, text, owner, due FROM actions")
    assert sorted(tuple(str(v) for v in a.values()) for a in actions) == \
        sorted(tuple(r[k] for k in ("id", "text", "owner", "due")) for r in _csv(site / "registers" / "actions.csv"))
    for folder in sorted((site / "consultations").iterdir()):
        rows = _csv(folder / "contributions.csv")
        cid = int(folder.name.split("-", 1)[0])
        got = sql(f"SELECT id, text, outcome_label, reason FROM contributions WHERE consultation_id = {cid}")
        assert sorted((str(g["id"]), g["text"], g["outcome_label"], g["reason"]) for g in got) == \
            sorted((r["id"], r["text"], r["outcome_label"], r["reason"]) for r in rows)
        assert rows


def test_meetings_agendas_and_papers_follow_the_published_packs(served, package):  # noqa: F811
    _get, sql, _ = served
    manifest = json.loads((package.folder / "manifest.json").read_text(encoding="utf-8"))
    folders = {e["path"].rsplit("/", 1)[0] for e in manifest["files"] if e["path"].startswith("meetings/")}
    meetings = sql("SELECT id, folder, pack_published, minutes_published, status FROM meetings")
    assert {m["folder"] for m in meetings if m["pack_published"] or m["minutes_published"]} == \
        {f for f in folders if "/papers" not in f}
    assert not any("extraordinary" in m["folder"] for m in meetings)  # the closed meeting is not public
    # a held meeting says whether its minutes are still pending, as index.html does
    states = sql("SELECT status, minutes_published, minutes FROM meetings")
    assert {(m["minutes_published"] != "", m["minutes"]) for m in states if m["status"] == "Held"} == \
        {(True, "published"), (False, "pending")}
    assert {m["minutes"] for m in states if m["status"] != "Held"} == {""}
    # agenda items only for meetings whose pack is published, and a foreign key Datasette follows
    orphans = sql("SELECT COUNT(*) AS n FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
                  "WHERE m.pack_published = ''")
    assert orphans == [{"n": 0}]
    assert sql("SELECT COUNT(*) AS n FROM agenda_items")[0]["n"] > 10
    # public papers point at their file in the package; the others are listed without one
    papers = sql("SELECT disclosure, file FROM papers")
    assert {p["disclosure"] for p in papers} >= {"Public", "Withheld as pre-decision"}
    assert all(p["file"] == "" for p in papers if p["disclosure"] != "Public")
    assert all((package.folder / p["file"]).is_file() for p in papers if p["file"])
    labelled = _get("/forum/agenda_items.json", _labels="on", _shape="array", _size="1").json()
    assert set(labelled[0]["meeting_id"]) == {"value", "label"}


def test_the_licence_is_the_forums_choice(demo_path, tmp_path, capsys):
    out = tmp_path / "site"
    assert main(["standards", "website", "--db", str(demo_path), "https://ogp.example.org/forum"]) == 0
    code = main(["export", "repository", "--db", str(demo_path), "--out", str(out), "--on", "2026-06-15",
                 "--licence", "ODC-BY-1.0", "--licence-url", "https://opendatacommons.org/licenses/by/1-0/"])
    assert code == 0, capsys.readouterr().err
    data = json.loads((out / "open-data" / "metadata.json").read_text(encoding="utf-8"))
    assert (data["license"], data["license_url"]) == ("ODC-BY-1.0", "https://opendatacommons.org/licenses/by/1-0/")
    assert data["source_url"] == "https://ogp.example.org/forum"  # the forum's OGP website, as recorded
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="open-data/forum.sqlite"' in index and 'href="open-data/metadata.json"' in index
    code = main(["export", "repository", "--db", str(demo_path), "--out", str(out), "--on", "2026-06-15",
                 "--licence-url", "opendatacommons.org"])
    assert code == 1 and "--licence-url" in capsys.readouterr().err
    from msf_desk.store.db import open_forum

    db = open_forum(demo_path, access="read")
    try:
        assert plan_core.open_data_licence(db)[0] == "ODC-BY-1.0"  # kept for the next export
    finally:
        db.conn.close()
