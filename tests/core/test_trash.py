"""Deleting into the trash and restoring, for each kind of record, on the demo forum."""
import datetime as dt
import sqlite3

import pytest

from msf_desk.core import ethics, member_trash, members, papers, responses, trash
from msf_desk.model.errors import UserError
from msf_desk.model.members import Member
from msf_desk.core.audience.responses import open_data
from msf_desk.model.responses import Consultation, Contribution, ContributionFilter

NOW = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.timezone.utc)


def _search(db, text, consultation_id=None):
    return responses.search_ids(db, ContributionFilter(text=text, consultation_id=consultation_id))


def _count(db, table, where="1", params=()):
    return db.execute(f"SELECT count(*) FROM {table} WHERE {where}", list(params)).fetchone()[0]


def test_a_member_and_the_alternate_link_to_their_seat_come_back(demo_db):
    holder = members.add_member(demo_db, Member(name="Entered By Mistake", sector="academia",
                                                side="non_government", term_start=dt.date(2026, 1, 1)))
    alternate = members.add_member(demo_db, Member(name="Their Alternate", sector="academia", side="non_government",
                                                   role="alternate", alternate_for=holder.id,
                                                   term_start=dt.date(2026, 1, 1)))
    trash_id = member_trash.trash_member(demo_db, holder.id, now=NOW)
    assert _count(demo_db, "members", "id = ?", [holder.id]) == 0
    assert members.get_member(demo_db, alternate.id).alternate_for is None
    [item] = trash.items(demo_db, now=NOW)
    assert (item.kind, item.record_id, item.label) == ("member", holder.id, "Entered By Mistake")
    assert item.expires_on == dt.date(2026, 7, 15)
    restored = trash.restore(demo_db, trash_id)
    assert restored.record_id == holder.id
    assert members.get_member(demo_db, holder.id).name == "Entered By Mistake"
    assert members.get_member(demo_db, alternate.id).alternate_for == holder.id
    assert trash.items(demo_db, now=NOW) == []


def test_a_member_named_in_other_records_is_still_refused(demo_db):
    chair = demo_db.execute("SELECT chair_id FROM meetings WHERE chair_id IS NOT NULL").fetchone()[0]
    with pytest.raises(UserError, match="cannot be deleted"):
        member_trash.trash_member(demo_db, chair)
    assert trash.items(demo_db) == []


def test_a_paper_goes_with_its_record_and_comes_back_under_its_id(demo_db):
    # (A paper of a meeting whose minutes are approved stays with the record: see test_record_locks.)
    paper_id, meeting_id = demo_db.execute(
        "SELECT id, meeting_id FROM papers WHERE meeting_id NOT IN (SELECT meeting_id FROM minutes "
        "WHERE status IN ('approved', 'published')) ORDER BY id LIMIT 1").fetchone()
    before = papers.get_paper(demo_db, paper_id)
    trash_id = papers.trash_paper(demo_db, paper_id, now=NOW)
    assert paper_id not in [p.id for p in papers.papers_of(demo_db, meeting_id)]
    trash.restore(demo_db, trash_id)
    assert papers.get_paper(demo_db, paper_id) == before


def test_a_declaration_comes_back_with_its_interests(demo_db):
    decl_id = demo_db.execute("SELECT declaration_id FROM interests GROUP BY declaration_id "
                              "HAVING count(*) >= 2 LIMIT 1").fetchone()[0]
    before = ethics.get_declaration(demo_db, decl_id)
    trash_id = ethics.trash_declaration(demo_db, decl_id, now=NOW)
    assert _count(demo_db, "interests", "declaration_id = ?", [decl_id]) == 0
    assert trash.entry(demo_db, trash_id).rows == 1 + len(before.interests)
    assert "declaration of" in trash.entry(demo_db, trash_id).label
    trash.restore(demo_db, trash_id)
    assert ethics.get_declaration(demo_db, decl_id) == before


def test_a_contribution_leaves_the_search_and_the_open_data_and_comes_back_to_both(demo_db):
    c_id, consultation_id, text = demo_db.execute(
        "SELECT id, consultation_id, text FROM contributions WHERE outcome IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    word = max(text.split(), key=len).strip(".,;:()\"'")
    assert c_id in _search(demo_db, word)
    trash_id = responses.trash_contribution(demo_db, c_id, now=NOW)
    assert c_id not in _search(demo_db, word)
    _, rows = open_data(demo_db, consultation_id)
    assert c_id not in [r["id"] for r in rows]                    # trashed: never exported
    assert trash.entry(demo_db, trash_id).label.startswith(f"No. {c_id} from ")
    trash.restore(demo_db, trash_id)
    assert c_id in _search(demo_db, word)
    _, rows = open_data(demo_db, consultation_id)
    assert c_id in [r["id"] for r in rows]
    assert responses.get_contribution(demo_db, c_id).response.outcome is not None


def test_a_contribution_whose_number_was_taken_meanwhile_comes_back_under_a_new_one(demo_db):
    newest, consultation_id = demo_db.execute(
        "SELECT id, consultation_id FROM contributions ORDER BY id DESC LIMIT 1").fetchone()
    original = responses.get_contribution(demo_db, newest)
    trash_id = responses.trash_contribution(demo_db, newest, now=NOW)
    # SQLite hands the freed number to the next contribution typed in.
    typed = responses.add_contribution(demo_db, Contribution(
        consultation_id=consultation_id, received_on=dt.date(2026, 6, 1), text="Zanzibarian quokkas please"))
    assert typed.id == newest
    restored = trash.restore(demo_db, trash_id)
    assert restored.record_id != newest
    again = responses.get_contribution(demo_db, restored.record_id)
    assert again.text == original.text
    assert restored.record_id in _search(demo_db, original.text.split()[0])
    assert _search(demo_db, "quokkas") == [newest]


def test_a_consultation_comes_back_with_all_its_contributions_searchable(demo_db):
    consultation_id = demo_db.execute("SELECT consultation_id FROM contributions GROUP BY consultation_id "
                                      "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    count = _count(demo_db, "contributions", "consultation_id = ?", [consultation_id])
    text = demo_db.execute("SELECT text FROM contributions WHERE consultation_id = ? LIMIT 1",
                           [consultation_id]).fetchone()[0]
    word = max(text.split(), key=len).strip(".,;:()\"'")
    found_before = _search(demo_db, word, consultation_id)
    trash_id = responses.trash_consultation(demo_db, consultation_id, now=NOW)
    assert _count(demo_db, "contributions", "consultation_id = ?", [consultation_id]) == 0
    assert _search(demo_db, word, consultation_id) == []
    assert f"with {count} contributions" in trash.entry(demo_db, trash_id).label
    trash.restore(demo_db, trash_id)
    assert _count(demo_db, "contributions", "consultation_id = ?", [consultation_id]) == count
    assert _search(demo_db, word, consultation_id) == found_before
    assert demo_db.execute("PRAGMA foreign_key_check").fetchall() == []
    demo_db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('integrity-check')")


def test_a_contribution_of_a_consultation_no_longer_there_is_refused_in_words(demo_db):
    c_id, consultation_id = demo_db.execute("SELECT id, consultation_id FROM contributions LIMIT 1").fetchone()
    first = responses.trash_contribution(demo_db, c_id, now=NOW)
    second = responses.trash_consultation(demo_db, consultation_id, now=NOW)
    with pytest.raises(UserError, match=rf"cannot be restored.*consultations no\. {consultation_id}"):
        trash.restore(demo_db, first)
    assert _count(demo_db, "contributions", "id = ?", [c_id]) == 0
    trash.restore(demo_db, second)
    trash.restore(demo_db, first)
    assert responses.get_contribution(demo_db, c_id).consultation_id == consultation_id


def test_the_trash_is_emptied_after_thirty_days(demo_db):
    # Papers of meetings whose minutes are not approved (an approved meeting's papers stay).
    p1, p2, p3 = [r[0] for r in demo_db.execute(
        "SELECT id FROM papers WHERE meeting_id NOT IN (SELECT meeting_id FROM minutes "
        "WHERE status IN ('approved', 'published')) ORDER BY id LIMIT 3")]
    old = papers.trash_paper(demo_db, p1, now=NOW - dt.timedelta(days=31))
    edge = papers.trash_paper(demo_db, p2, now=NOW - dt.timedelta(days=30))
    papers.trash_paper(demo_db, p3, now=NOW - dt.timedelta(days=2))
    assert [i.id for i in trash.items(demo_db, now=NOW)][-1] == edge       # the old one is not shown
    assert trash.purge(demo_db, now=NOW) == 1
    assert trash.entry(demo_db, old) is None
    assert trash.entry(demo_db, edge) is not None
    with pytest.raises(UserError, match="no longer in the trash"):
        trash.restore(demo_db, old)
    # Moving something new to the trash empties what has expired in passing.
    later = NOW + dt.timedelta(days=1)
    decl = demo_db.execute("SELECT id FROM declarations LIMIT 1").fetchone()[0]
    ethics.trash_declaration(demo_db, decl, now=later)
    assert trash.entry(demo_db, edge) is None
    assert trash.expired(NOW - dt.timedelta(days=30, seconds=1), NOW)
    assert not trash.expired(NOW - dt.timedelta(days=30), NOW)


def test_an_upgraded_forum_gains_an_empty_trash(tmp_path):
    from msf_desk.store.db import create_forum, open_forum

    path = tmp_path / "old.msf"
    create_forum(path, upto=6).conn.close()
    db = open_forum(path)
    assert db.execute("SELECT count(*) FROM trash").fetchone()[0] == 0
    db.conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_large_consultation_comes_back_searchable_through_the_bulk_index_path(demo_db):
    from msf_desk.store import responses as store

    c = responses.save_consultation(demo_db, Consultation(name="Big one", stage="draft_plan"))
    rows = [{"consultation_id": c.id, "received_on": "2026-05-01", "due_on": "2026-05-29", "channel": "email",
             "contributor_type": "individual", "text": f"Bulky proposal {i} about xylophones"} for i in range(1500)]
    store.insert_contribution_rows(demo_db, rows)
    ids = _search(demo_db, "xylophones")
    assert len(ids) == 1500
    others = _search(demo_db, "the")
    assert others and not set(others) & set(ids)
    trash_id = responses.trash_consultation(demo_db, c.id, now=NOW)
    # More contributions left than stayed: the search index was rebuilt from what stayed.
    assert _search(demo_db, "xylophones") == []
    assert _search(demo_db, "the") == others
    demo_db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('integrity-check')")
    assert demo_db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'contributions_fts_delete'").fetchone()[0]
    trash.restore(demo_db, trash_id)
    assert sorted(_search(demo_db, "xylophones")) == sorted(ids)
    demo_db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('integrity-check')")
    # The insert trigger is back: a contribution typed in afterwards is found too.
    typed = responses.add_contribution(demo_db, Contribution(
        consultation_id=c.id, received_on=dt.date(2026, 6, 1), text="A lone xylophones remark"))
    assert typed.id in _search(demo_db, "xylophones")
    # The delete trigger is back too: a contribution deleted afterwards leaves the search.
    responses.trash_contribution(demo_db, typed.id, now=NOW)
    assert typed.id not in _search(demo_db, "xylophones")
    demo_db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('integrity-check')")


def _every_row(db) -> dict:
    """Every table's rows in rowid order (the history and the trash itself aside), the search
    index's own rows, and the indexes and triggers with their definitions."""
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT IN ('audit_log', 'audit_records', 'trash') AND name NOT LIKE 'contributions_fts%'")]
    rows = {t: db.execute(f"SELECT rowid, * FROM [{t}] ORDER BY rowid").fetchall() for t in tables}
    rows["search"] = db.execute("SELECT rowid, * FROM contributions_fts ORDER BY rowid").fetchall()
    rows["schema"] = sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                       "WHERE type IN ('index', 'trigger')").fetchall())
    return rows


@pytest.mark.parametrize("written", ["now", "before"])
def test_a_large_consultation_restored_is_the_same_row_for_row_search_index_included(demo_db, written):
    """The bulk paths (indexes made again once, search index filled once, the entry read a few
    thousand rows at a time, or one row at a time for an entry written by an earlier version as
    one json.dumps text) give back exactly what was there: every row of every table, the search
    index, the schema's indexes and triggers; the database's own checks pass."""
    import json

    from msf_desk.store import responses as store

    c = responses.save_consultation(demo_db, Consultation(name="Big one", stage="draft_plan"))
    rows = [{"consultation_id": c.id, "received_on": f"2026-05-{1 + i % 28:02d}", "due_on": "2026-05-29",
             "channel": "email", "contributor_type": "individual", "theme": f"Theme {i % 7}",
             "contributor_name": f"Person {i}", "text": f"Bulky proposal {i} about xylophones and «accents» é"}
            for i in range(2500)]
    store.insert_contribution_rows(demo_db, rows)
    before = _every_row(demo_db)
    trash_id = responses.trash_consultation(demo_db, c.id, now=NOW)
    assert demo_db.execute("SELECT length(payload) FROM trash WHERE id = ?", [trash_id]).fetchone()[0] > 0
    payload = demo_db.execute("SELECT payload FROM trash WHERE id = ?", [trash_id]).fetchone()[0]
    assert payload.count("\n") == 2501 + 2          # one row per line (and the list of nulls)
    assert demo_db.execute("SELECT typeof(payload), json_array_length(payload, '$.rows') FROM trash WHERE id = ?",
                           [trash_id]).fetchone() == ("text", 2501)     # text, as earlier versions read it
    if written == "before":
        # As versions before 0015 wrote it: json.dumps of the whole payload, no line breaks.
        payload = json.dumps(json.loads(payload), ensure_ascii=False)
        assert "\n" not in payload
        demo_db.execute("UPDATE trash SET payload = ? WHERE id = ?", [payload, trash_id])
    reports = []
    trash.restore(demo_db, trash_id, progress=lambda done, total: reports.append((done, total)))
    assert _every_row(demo_db) == before
    assert reports and reports[-1][1] == 2 * 2501 - 1
    assert (0, 0) in reports           # Cancel was looked for while the entry was read
    demo_db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('integrity-check')")
    assert demo_db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert demo_db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert len(_search(demo_db, "xylophones")) == 2500


@pytest.mark.parametrize("layout", ["as written", "one json.dumps", "indented", "compact"])
def test_an_entry_is_read_as_json_reads_it_whatever_its_layout(tmp_path, layout):
    """The payload reader gives what json.loads gives for the layout this version writes (one
    element per line), for what earlier versions wrote (one json.dumps text) and for any other
    layout of the same JSON; a damaged text is refused, never half read."""
    import json

    from msf_desk.store import trash as store_trash

    payload = {"table": "consultations",
               "rows": [{"table": "contributions", "rowid": i, "values": {
                   "id": i, "text": f"Line one\nline two «é» {i} ] [ \\\" ," + "وثيقة " * 40, "theme": None,
                   "file": {"$bytes": "AAE="} if i == 3 else 7}} for i in range(4321)],
               "nulls": [{"table": "papers", "rowid": 5, "column": "item_id", "value": 9, "parent": "agenda_items"}]}
    text = {"as written": store_trash._dumps(payload).decode(),
            "one json.dumps": json.dumps(payload, ensure_ascii=False),
            "indented": json.dumps(payload, indent=2),
            "compact": json.dumps(payload, separators=(",", ":"))}[layout]
    assert len(text.encode()) > 2 * store_trash._READ      # read in several pieces
    conn = sqlite3.connect(tmp_path / "entries.db")
    conn.execute("CREATE TABLE trash (id INTEGER PRIMARY KEY, payload TEXT)")
    conn.execute("INSERT INTO trash VALUES (1, ?), (2, ?), (3, ?)",
                 [text, store_trash._dumps({**payload, "rows": payload["rows"][:2], "nulls": []}).decode(), text[:-40]])
    calls = []
    read, has_bytes = store_trash._loads(conn, 1, lambda done, total: calls.append((done, total)))
    assert read == payload and list(read) == list(payload)
    assert has_bytes and calls and set(calls) == {(0, 0)}
    assert store_trash._loads(conn, 2) == ({**payload, "rows": payload["rows"][:2], "nulls": []}, False)
    with pytest.raises(json.JSONDecodeError):
        store_trash._loads(conn, 3)
    conn.close()
