"""Deleting into the trash and restoring, for each kind of record, on the demo forum."""
import datetime as dt
import sqlite3
from contextlib import contextmanager

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


def _file_state(db) -> dict:
    """`_every_row`, the search index's settings and its own check, the history and the trash."""
    state = _every_row(db)
    state["search settings"] = db.execute("SELECT k, v FROM contributions_fts_config ORDER BY k").fetchall()
    state["history"] = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    state["trash"] = db.execute("SELECT id, kind, record_id, label, deleted_at, row_count, payload FROM trash "
                                "ORDER BY id").fetchall()
    return state


def _odd_consultation(db, n: int, other: int = 0):
    """A consultation of `n` contributions holding what JSON writes in more than one way: floats
    (thirds, tenths, tiny, negative zero, an infinity in an integer column), a REAL in an INTEGER
    column, bytes in a text column, quotes, backslashes, control characters, line breaks, letters
    of other scripts and an emoji; `other` more contributions in another consultation."""
    from msf_desk.store import responses as store
    from msf_desk.store.db import transaction

    c = responses.save_consultation(db, Consultation(name="Odd values", stage="draft_plan"))
    rows = [{"consultation_id": c.id, "received_on": f"2026-05-{1 + i % 28:02d}", "due_on": "2026-05-29",
             "channel": "email", "contributor_type": "individual", "theme": f"Thème {i % 5}",
             "contributor_name": ["Zoë \"Q\" O'Neil", "back\\slash", "tab\there", "وثيقة", "名前 😀", "\x01\x1f"][i % 6],
             "text": f"Odd proposal {i} about xylophones\nsecond line\r\n«é» \u2028 end"} for i in range(n)]
    store.insert_contribution_rows(db, rows)
    if other:
        d = responses.save_consultation(db, Consultation(name="Others", stage="draft_plan"))
        store.insert_contribution_rows(db, [{**r, "consultation_id": d.id, "text": f"Another about tubas {i}"}
                                            for i, r in enumerate(rows[:1] * other)])
    ids = [r[0] for r in db.execute("SELECT id FROM contributions WHERE consultation_id = ? ORDER BY id", [c.id])]
    reals = [1 / 3, -0.1, 0.1 + 0.2, 1e-300, -0.0, 0.5]
    with transaction(db):
        for k, cid in enumerate(ids[:60]):
            db.execute("UPDATE contributions SET average_support = ?, votes_for = ? WHERE id = ?",
                       [reals[k % len(reals)], 2.5 if k % 2 else 7, cid])
        db.execute("UPDATE contributions SET commitment = ? WHERE id = ?", [b"\x00\xffbytes", ids[1]])      # bytes
        db.execute("UPDATE contributions SET votes_against = ? WHERE id = ?", [float("inf"), ids[700]])    # infinity
    return c, ids


@pytest.mark.parametrize("portion", ["most of the table", "part of the table"])
def test_rows_written_by_sqlite_come_back_as_python_wrote_them(demo_db, portion, monkeypatch):
    """Sending to the trash writes each row's JSON in SQLite (`_rows_as_json`), falling back to
    Python for a few hundred rows holding bytes or an infinity: the entry decodes to exactly what
    Python's json wrote before (every value, every float to the last bit), and the restore gives
    back every row, the search index (rebuilt when the rows put back outnumber the table, filled
    otherwise), the indexes and triggers, the index's settings; the history names the same rows."""
    import json
    import math

    from msf_desk.store import audit as store_audit
    from msf_desk.store import trash as store_trash

    db = demo_db
    c, ids = _odd_consultation(db, 1500, other=0 if portion == "most of the table" else 2000)
    before = _file_state(db)
    held = db.execute("SELECT average_support, votes_for FROM contributions WHERE id IN (%s) ORDER BY id"
                      % ",".join(map(str, ids[:60]))).fetchall()
    as_python_wrote_it = json.loads(json.dumps(store_trash.snapshot(db, "consultations", c.id), ensure_ascii=False))
    trash_id = responses.trash_consultation(db, c.id, now=NOW)
    written = json.loads(db.execute("SELECT payload FROM trash WHERE id = ?", [trash_id]).fetchone()[0])
    assert written == as_python_wrote_it
    floats = [(r["values"]["average_support"], r["values"]["votes_for"]) for r in written["rows"][1:61]]
    assert repr(floats) == repr(held)            # to the last bit, the sign of a zero and int or float alike
    assert [b for _, b in floats][1] == 2.5 and type([b for _, b in floats][0]) is int
    assert written["rows"][2]["values"]["commitment"] == {"$bytes": "AP9ieXRlcw=="}
    assert written["rows"][701]["values"]["votes_against"] == math.inf
    assert _search(db, "xylophones") == []
    assert db.execute("SELECT k, v FROM contributions_fts_config ORDER BY k").fetchall() == before["search settings"]
    after_trash = _every_row(db)
    trash.restore(db, trash_id)
    state = _file_state(db)
    assert {k: v for k, v in state.items() if k not in ("history", "trash")} == \
        {k: v for k, v in before.items() if k not in ("history", "trash")}
    before_rows = _every_row(db)
    assert state["trash"] == before["trash"] and state["history"] == before["history"] + 2
    assert db.execute("SELECT commitment, votes_against FROM contributions WHERE id = ?", [ids[1]]).fetchone()[0] \
        == b"\x00\xffbytes"
    assert len(_search(db, "xylophones")) == 1500
    db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('integrity-check')")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # The history: the trash and the restore each name the consultation and its contributions.
    restored, trashed = store_audit.entries(db, limit=2)
    for entry in (restored, trashed):
        assert entry["records"]["consultations"] == [str(c.id)]
        assert entry["records"]["contributions"] == [f"{ids[0]}-{ids[-1]}"]
    # Sent to the trash again, it leaves the file as the first time did.
    again = responses.trash_consultation(db, c.id, now=NOW)
    assert _every_row(db) == after_trash and again
    # Each row noted by its trigger, indexes kept (as before): the history names the same rows.
    monkeypatch.setattr(store_trash, "_named_by_triggers", lambda db, tbl: True)
    trash.restore(db, again)
    assert _every_row(db) == before_rows
    assert store_audit.entries(db, limit=1)[0]["records"] == restored["records"]
    responses.trash_consultation(db, c.id, now=NOW)
    assert _every_row(db) == after_trash
    assert store_audit.entries(db, limit=1)[0]["records"] == trashed["records"]


@contextmanager
def _interrupted_at(db, statement: str):
    """SQLite interrupted (as the window's Cancel does, through a progress handler) inside the
    first statement that starts with `statement`; yields the statements seen."""
    seen: list[str] = []
    execute = db.execute

    def watched(sql, parameters=None):
        if sql.startswith(statement):
            seen.append(sql)
        return execute(sql, parameters)

    db.execute = watched
    db.conn.set_progress_handler(lambda: 1 if seen else 0, 100)
    try:
        yield seen
    finally:
        db.conn.set_progress_handler(None, 0)
        del db.execute


def _cancel_at(db, call: int):
    """A progress callback that raises Cancelled at its `call`-th call."""
    from msf_desk.exports.atomic import Cancelled

    calls = []

    def progress(done, total):
        calls.append((done, total))
        if len(calls) == call:
            raise Cancelled()
    return progress, calls


@pytest.mark.parametrize("portion", ["most of the table", "part of the table"])
def test_a_restore_or_a_trash_stopped_at_any_step_leaves_the_file_as_it_was(demo_db, portion):
    """Cancel at each step (the entry being read, the rows written, the indexes and the search
    index made again: SQLite interrupted inside the statement, as the window's Cancel does)
    rolls everything back: every row, the search index and its settings, the indexes and
    triggers, the trash entry, the history; the restore then runs to the end as if never tried."""
    from msf_desk.exports.atomic import Cancelled

    db = demo_db
    c, ids = _odd_consultation(db, 1500, other=0 if portion == "most of the table" else 2000)
    before_trash = _file_state(db)
    # Sending to the trash, stopped while its rows are read, and inside the delete (SQLite interrupted).
    progress, _calls = _cancel_at(db, 2)
    with pytest.raises(Cancelled):
        responses.trash_consultation(db, c.id, now=NOW, progress=progress)
    assert _file_state(db) == before_trash
    with _interrupted_at(db, "DELETE FROM [consultations]") as seen:
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            responses.trash_consultation(db, c.id, now=NOW)
    assert seen and _file_state(db) == before_trash
    trash_id = responses.trash_consultation(db, c.id, now=NOW)
    before = _file_state(db)
    # The restore, stopped at its first, second and middle calls, at its last (the indexes made
    # again), and inside SQLite once every row is written (the search index being made).
    _, calls = _cancel_at(db, 0)
    trash.restore(db, trash_id, progress=lambda done, total: calls.append((done, total)))
    count = len(calls)
    trash_id = responses.trash_consultation(db, c.id, now=NOW)
    before = _file_state(db)
    for call in (1, 2, count // 2, count - 1, count):
        progress, calls = _cancel_at(db, call)
        with pytest.raises(Cancelled):
            trash.restore(db, trash_id, progress=progress)
        assert _file_state(db) == before, f"stopped at call {call} of {count}"
    made_again = (["INSERT INTO contributions_fts(contributions_fts) VALUES ('rebuild')", "CREATE INDEX"]
                  if portion == "most of the table" else ["INSERT INTO contributions_fts(rowid"])
    for statement in made_again:
        with _interrupted_at(db, statement) as seen:
            with pytest.raises(sqlite3.OperationalError, match="interrupted"):
                trash.restore(db, trash_id)
        assert seen and _file_state(db) == before, statement
    trash.restore(db, trash_id)
    state = _file_state(db)
    assert {k: v for k, v in state.items() if k not in ("history", "trash")} == \
        {k: v for k, v in before_trash.items() if k not in ("history", "trash")}
    assert state["trash"] == before_trash["trash"]
    db.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('integrity-check')")
    assert len(_search(db, "xylophones")) == 1500
