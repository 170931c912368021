"""SQL for the trash: take a record out with everything its delete takes along, put it back.

What a delete takes along is read from the schema itself (the foreign keys), so tables
added by later migrations are covered: rows that point at the record with ON DELETE
CASCADE go into the trash with it (and, in turn, their own dependants); columns set to
NULL by ON DELETE SET NULL are remembered and set back. The full-text index of
contributions follows through its triggers, in both directions.
"""
from __future__ import annotations

import base64
import json
import json.scanner
import re
import sqlite3
from contextlib import ExitStack, contextmanager, nullcontext

from msf_desk.model.errors import UserError
from msf_desk.model.trash import Restored, TrashRow
from msf_desk.store import audit
from msf_desk.store.db import transaction
from msf_desk.store.search_index import search_index_filled_after, search_index_rebuilt_after
from msf_desk.model.messages import M_, M_n


# --- reading the schema -----------------------------------------------------------------------
def _tables(db) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]


def _references(db) -> dict[str, list[tuple[str, str, str, str]]]:
    """parent table → [(child table, child column, parent column, on delete)]. Kept on the
    connection while the schema stays the same: deleting 2,000 contributions one entry each
    read every table's foreign keys 2,000 times (a fifth of the time)."""
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    kept = getattr(db, "_trash_references", None)
    if kept is not None and kept[0] == version:
        return kept[1]
    refs = _read_references(db)
    try:
        db._trash_references = (version, refs)
    except AttributeError:      # a connection that takes no attributes: read each time
        pass
    return refs


def _read_references(db) -> dict[str, list[tuple[str, str, str, str]]]:
    refs: dict[str, list[tuple[str, str, str, str]]] = {}
    for child in _tables(db):
        for fk in db.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
            parent, column, parent_column, on_delete = fk[2], fk[3], fk[4] or "id", fk[6].upper()
            refs.setdefault(parent, []).append((child, column, parent_column, on_delete))
    return refs


def _outgoing(db, table: str) -> list[tuple[str, str, str]]:
    """[(column, parent table, parent column)] of `table`'s own foreign keys."""
    return [(fk[3], fk[2], fk[4] or "id") for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()]


def _encode(values: dict) -> dict:
    return {k: ({"$bytes": base64.b64encode(v).decode()} if isinstance(v, bytes) else v) for k, v in values.items()}


# --- taking out ---------------------------------------------------------------------------------
_CHUNK = 500
_BATCH = 5000      # rows put back per executemany (progress and Cancel between them)


def _chunks(items: list, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def snapshot(db, table: str, record_id: int, progress=None) -> dict:
    """The record and every row a delete of it would take or change, as JSON-ready data.

    Read table by table, level by level (a consultation, then its contributions, then their
    links and attachments), many rows per query: a consultation of 100,000 contributions is
    a few dozen queries per table, not hundreds of thousands.
    """
    return _walk(db, table, record_id, progress, as_json=False)[0]


def _walk(db, table: str, record_id: int, progress, as_json: bool) -> tuple[dict, dict[str, set[int]]]:
    """What `snapshot` gives, and the rowids it holds per table; with `as_json` each row
    comes as its JSON text already (UTF-8 bytes, holding what json.dumps(row) holds, written by
    SQLite: see `_rows_as_json`)."""
    refs = _references(db)
    rows: list = []
    nulls: list[dict] = []
    seen: dict[str, set[int]] = {}
    frontier: dict[str, list[int]] = {table: [record_id]}
    while frontier:
        following: dict[str, list[int]] = {}
        for tbl, rowids in frontier.items():
            # In rowid order: put back in that order, rows go to the end of each index
            # instead of all over it.
            done = seen.setdefault(tbl, set())
            new = sorted(set(rowids) - done)
            done.update(new)
            # The values of the columns the table's dependants point at, row by row.
            wanted = list(dict.fromkeys(parent_column for _c, _col, parent_column, _d in refs.get(tbl, [])))
            keys: dict[str, list] = {column: [] for column in wanted}
            for chunk in _chunks(new):
                if progress is not None:
                    progress(0, 0)      # how many rows go is known only at the end; Cancel checked
                texts = _rows_as_json(db, tbl, chunk, wanted) if as_json else None
                if texts is not None:
                    for n, column in enumerate(wanted, start=1):
                        keys[column] += [found[n] for found in texts]
                    rows += [found[-1] for found in texts]
                    continue
                cur = db.execute(f"SELECT rowid AS __rowid__, * FROM [{tbl}] WHERE rowid IN "
                                 f"({','.join('?' * len(chunk))})", chunk)
                names = [d[0] for d in cur.description]
                for found in cur.fetchall():
                    values = dict(zip(names, found))
                    rowid = values.pop("__rowid__")
                    row = {"table": tbl, "rowid": rowid, "values": _encode(values)}
                    rows.append(json.dumps(row, ensure_ascii=False).encode() if as_json else row)
                    for column in wanted:
                        keys[column].append(values.get(column, rowid if column == "id" else None))
            for child, column, parent_column, on_delete in refs.get(tbl, []):
                values = [k for k in dict.fromkeys(keys[parent_column]) if k is not None]
                for chunk in _chunks(values):
                    hits = db.execute(f"SELECT rowid, [{column}] FROM [{child}] WHERE [{column}] IN "
                                      f"({','.join('?' * len(chunk))})", chunk).fetchall()
                    if not hits:
                        continue
                    if on_delete == "CASCADE":
                        following.setdefault(child, []).extend(h[0] for h in hits)
                    elif on_delete == "SET NULL":
                        nulls.extend({"table": child, "rowid": h[0], "column": column, "value": h[1], "parent": tbl}
                                     for h in hits)
                    elif on_delete in ("NO ACTION", "RESTRICT"):
                        raise UserError(
                            M_n("This record cannot be deleted: {count} record in {child} still names it.",
                               "This record cannot be deleted: {count} records in {child} still name it.",
                               len(hits)).format(count=len(hits), child=child.replace('_', ' '))
                        )
        frontier = following
    if not rows:
        raise UserError(M_("There is no record no. {record_id} in {table} (already deleted?).").format(record_id=record_id, table=table.replace('_', ' ')))
    # A row that is itself going away needs no column set back.
    nulls = [n for n in nulls if n["rowid"] not in seen.get(n["table"], ())]
    return {"table": table, "rows": rows, "nulls": nulls}, seen


def _real_text(value: float) -> str:
    return repr(value)          # what json.dumps writes for a float (an infinity: refused by json())


def _json_select(db, tbl: str, keys_wanted: list[str]) -> str:
    """SELECT rowid, the columns `keys_wanted` (the parent columns the walk follows), and the row
    as the JSON text of {"table": tbl, "rowid": rowid, "values": {column: value, ...}}, the
    columns in the order `SELECT *` gives them. Kept on the connection per schema version."""
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    kept = getattr(db, "_trash_json_selects", None)
    if kept is None or kept[0] != version:
        kept = (version, {})
        try:
            db._trash_json_selects = kept
        except AttributeError:
            pass
    key = (tbl, tuple(keys_wanted))
    if key not in kept[1]:
        names = [d[0] for d in db.execute(f"SELECT * FROM [{tbl}] LIMIT 0").description]

        def literal(text: str) -> str:
            return "'" + text.replace("'", "''") + "'"

        # A REAL as Python writes it (SQLite's own JSON keeps 15 digits only): exactly the float.
        values = ", ".join(f"{literal(n)}, CASE typeof([{n}]) WHEN 'real' THEN json(msf_trash_real([{n}])) "
                           f"ELSE [{n}] END" for n in names)
        wanted = "".join(f"[{k}], " if k in names else ("rowid, " if k == "id" else "NULL, ") for k in keys_wanted)
        kept[1][key] = (f"SELECT rowid, {wanted}CAST(json_object('table', {literal(tbl)}, 'rowid', rowid, "
                        f"'values', json_object({values})) AS BLOB) FROM [{tbl}] WHERE rowid IN ")
    return kept[1][key]


def _rows_as_json(db, tbl: str, chunk: list[int], keys_wanted: list[str]) -> list[tuple] | None:
    """[(rowid, the values of `keys_wanted`..., the row's JSON text as UTF-8)] for the rows `chunk` of
    `tbl`, the text written by SQLite in one query (json.dumps over 100,000 rows in Python took
    three times as long, and each row's values held as Python objects meanwhile). None when a
    value has no JSON form SQLite writes as Python's json would (bytes: base64 in Python; an
    infinity) or a text is not valid UTF-8 (Python's reading refuses it in words): the rows
    are then read in Python, as before."""
    if not getattr(db, "_trash_real", False):
        # Once per connection: defining a function again makes SQLite prepare every statement again.
        getattr(db, "conn", db).create_function("msf_trash_real", 1, _real_text, deterministic=True)
        try:
            db._trash_real = True
        except AttributeError:       # a connection that takes no attributes: defined each time
            pass
    try:
        found = db.execute(_json_select(db, tbl, keys_wanted) + f"({','.join('?' * len(chunk))})", chunk).fetchall()
    except sqlite3.OperationalError as exc:
        if "JSON" in str(exc):       # "JSON cannot hold BLOB values", "malformed JSON"
            return None
        raise                        # Cancel ("interrupted") and every other failure
    try:
        b"".join(f[-1] for f in found).decode()
    except UnicodeDecodeError:
        return None
    return found


def move_to_trash(db, kind: str, table: str, record_id: int, label: str, deleted_at: str,
                  trash_id: int | None = None, progress=None) -> int:
    """Take the record out of its tables into the trash, in one transaction; return the trash id
    (`trash_id` puts it back under the entry it had: the undo of a restore). `progress(done,
    total)` is called between steps (it may raise to stop: the transaction is rolled back)."""
    with transaction(db):
        payload, leaving = _walk(db, table, record_id, progress, as_json=True)
        counts = {tbl: len(rowids) for tbl, rowids in leaving.items()}
        # The payload is handed to SQLite as UTF-8 bytes, kept as text (CAST): a Python string of
        # 90 MB would be copied twice more (made wider by one letter outside Latin-1, then encoded
        # to UTF-8 to be bound), each time holding Python's lock while the window waits.
        count, text = len(payload["rows"]), _dumps(payload)
        trash_id = db.execute(
            "INSERT INTO trash (id, kind, record_id, label, deleted_at, row_count, payload) "
            "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT))",
            [trash_id, kind, record_id, label, deleted_at, count, text]).lastrowid
        del payload, text
        # The database's own ON DELETE rules take the dependants and clear the references.
        cache = db.execute("PRAGMA cache_size").fetchone()[0]
        if count > 1000:
            db.execute("PRAGMA cache_size = -65536")    # 64 MB while the indexes shrink
        contributions = counts.get("contributions", 0)
        staying = (db.execute("SELECT count(*) FROM contributions").fetchone()[0] - contributions) \
            if contributions > 1000 else 0
        with ExitStack() as stack:
            if contributions > max(1000, staying):
                stack.enter_context(search_index_rebuilt_after(db))
            stack.enter_context(_indexes_made_again(db, _shrinking_indexes(db, counts)))
            # The rows of a large table leaving are noted for the history all at once (they are
            # the ones read above: only the delete's ON DELETE CASCADE takes rows of such a table).
            notes = [(stack.enter_context(audit.noted_together(db, tbl, "DELETE")), leaving[tbl])
                     for tbl, n in counts.items() if n > 1000 and not _named_by_triggers(db, tbl)]
            db.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [record_id])
            for note, rowids in notes:
                note(sorted(rowids))
        db.execute(f"PRAGMA cache_size = {int(cache)}")
    return trash_id


def _shrinking_indexes(db, counts: dict[str, int]) -> list[tuple[str, str]]:
    """[(name, definition)] of the indexes a delete taking `counts` rows per table (the entry's)
    is better without, made again after it: those of a table losing more than 1,000 rows and
    more rows than it keeps (taking 100,000 contributions out of seven indexes row by row cost
    twice the delete itself; making them again over the 300 left is nothing). Unique ones too: a
    delete cannot make two rows alike. Kept: an index SQLite looks rows up by while the delete
    runs (one starting with a column that points at a table losing more than a few rows: the
    delete looks up each of those rows' dependants), and every index of a table a trigger's
    body names (it may look rows up there for each row deleted)."""
    tables = [tbl for tbl, n in counts.items() if n > 1000]
    if not tables:
        return []
    dropped = []
    for tbl in tables:
        if counts[tbl] <= db.execute(f"SELECT count(*) FROM [{tbl}]").fetchone()[0] - counts[tbl]:
            continue
        if _named_by_triggers(db, tbl):
            continue
        looked_up = {column for column, parent, _pc in _outgoing(db, tbl) if counts.get(parent, 0) > 10}
        for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                    "AND sql IS NOT NULL ORDER BY rowid", [tbl]).fetchall():
            first = db.execute(f"PRAGMA index_info([{name}])").fetchone()
            if first is not None and first[2] in looked_up:
                continue
            dropped.append((name, sql))
    return dropped


def _named_by_triggers(db, tbl: str) -> bool:
    """Whether the body of any trigger of the forum's names the table `tbl` (the search index's
    triggers name `contributions_fts`, not `contributions`)."""
    return any(re.search(rf"(?<![\w$]){re.escape(tbl.upper())}(?![\w$])", sql.upper().partition(" BEGIN ")[2])
               for (sql,) in db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL"))


@contextmanager
def _indexes_made_again(db, indexes: list[tuple[str, str]], between=None):
    """Inside a transaction: the indexes [(name, definition)] dropped for the block and made again,
    with the same definitions, at its end (`between()` called before each: Cancel looked for
    between the indexes, 0.1-0.5 s each at 100,000 rows)."""
    for name, _sql in indexes:
        db.execute(f"DROP INDEX [{name}]")
    yield
    for _name, sql in indexes:
        if between is not None:
            between()
        db.execute(sql)


def _dumps(payload: dict) -> bytes:
    """The payload as JSON text in UTF-8, each element of its lists (the rows, the columns to set
    back) on a line of its own: json.dumps writes no raw line break inside a value, so a line
    break always ends an element, and `_loads` can read a few thousand rows per json.loads call.
    Written element by element, as bytes: one json.dumps over 100,000 rows, or one string of
    90 MB, holds Python's lock for a second or more, and the window (another thread) stops
    meanwhile."""
    dumps = json.dumps
    pieces = [b"{"]          # joined once at the end: each copy of 90 MB holds the lock too
    for n, (key, value) in enumerate(payload.items()):
        pieces.append((", " if n else "") + dumps(key) + ": ")
        if isinstance(value, list):
            pieces.append(b"[\n")
            for m, item in enumerate(value):
                if m:
                    pieces.append(b",\n")
                # A row may come as its JSON text already (`_walk(..., as_json=True)`).
                pieces.append(item if isinstance(item, bytes) else dumps(item, ensure_ascii=False).encode())
            pieces.append(b"\n]" if value else b"]")
        else:
            pieces.append(dumps(value, ensure_ascii=False).encode())
    pieces.append(b"}")
    return b"".join(p.encode() if isinstance(p, str) else p for p in pieces)


_LINES = 2000          # rows decoded per json.loads call (about 20 ms each)
_READ = 1 << 20        # bytes of the payload read at a time
_SPACE = re.compile(r"[ \t\n\r]*")


def _loads(db, trash_id: int, progress=None, shape=None) -> tuple[dict, bool]:
    """The entry's payload, as json.loads gives it, and whether it holds bytes (base64 in
    {"$bytes": ...}: decoded only then).

    A payload written by `_dumps` (one element per line) is read a megabyte at a time (SQLite's
    incremental blob reading) and decoded a few thousand lines per json.loads call: no call holds
    Python's lock for long (one json.loads over 100,000 rows held it for seconds, and turning the
    whole 90 MB text into one Python string a quarter of a second, while the window waited), each
    row is parsed once (reading them through SQLite's json_each parsed the payload, wrote each row
    out again, then Python parsed that), and the text is never held whole. An older entry (one
    json.dumps text, no line breaks), or JSON laid out otherwise, is walked one element at a time
    by json's own scanner. `progress(0, 0)` is called every few thousand rows (it may raise to
    stop: Cancel). `shape(elements, has_bytes)`, when given, is applied to the elements of the
    payload's lists as they are decoded, a few thousand at a time (`has_bytes`: whether those may
    hold bytes), and its result kept instead of them: what the restore keeps of 100,000 rows is
    then never held as 200,000 dicts (Python's collector walks every dict kept, holding its lock)."""
    conn = getattr(db, "conn", db)
    found = _loads_lines(conn, trash_id, progress, shape)
    if found is not None:
        return found
    text = db.execute("SELECT payload FROM trash WHERE id = ?", [trash_id]).fetchone()[0]
    has_bytes = '"$bytes"' in text
    return _loads_walked(text, trash_id, progress, shape and (lambda items: shape(items, has_bytes))), has_bytes


def _loads_lines(conn: sqlite3.Connection, trash_id: int, progress, shape=None) -> tuple[dict, bool] | None:
    """The payload read line by line (see _loads); None when it is not laid out one element per
    line (its first line does not open a list)."""
    skeleton: list[bytes] = []       # the lines outside the lists: the payload with its lists empty
    lists: list[list] = []
    items: list | None = None        # the list being read, if any
    batch: list[bytes] = []
    has_bytes = False

    def flush() -> None:
        nonlocal has_bytes
        joined = b"".join(batch)
        here = b'"$bytes"' in joined
        has_bytes = has_bytes or here
        decoded = json.loads(b"[" + joined.rstrip(b",") + b"]")
        items.extend(decoded if shape is None else shape(decoded, here))
        batch.clear()
        if progress is not None:
            progress(0, 0)

    with conn.blobopen("trash", "payload", trash_id, readonly=True) as blob:
        size, done, pending = len(blob), 0, b""
        while done < size or pending:
            chunk = blob.read(_READ) if done < size else b""
            done += len(chunk)
            text = pending + chunk
            if done < size:
                cut = text.rfind(b"\n")
                if cut < 0 and not skeleton:
                    return None              # a first megabyte without a line break
                if cut < 0:
                    pending = text
                    continue
                lines, pending = text[:cut].split(b"\n"), text[cut + 1:]
            else:
                lines, pending = text.split(b"\n"), b""
            if not skeleton and not lines[0].endswith(b"["):
                return None                  # not written one element per line
            for line in lines:
                if items is None:
                    skeleton.append(line)
                    if line.endswith(b"["):
                        items = []
                elif line.startswith(b"]"):
                    if batch:
                        flush()
                    lists.append(items)
                    skeleton.append(line)
                    items = [] if line.endswith(b"[") else None
                else:
                    batch.append(line)
                    if len(batch) >= _LINES:
                        flush()
    joined = b"".join(skeleton)
    if items is not None:
        raise json.JSONDecodeError(f"A list of trash entry {trash_id} is not closed", joined.decode(errors="replace"), 0)
    data = json.loads(joined)
    filled = iter(lists)
    for key, value in data.items():
        if isinstance(value, list) and not value:
            data[key] = next(filled, value)
    return data, has_bytes or b'"$bytes"' in joined


def _loads_walked(text: str, trash_id: int, progress, shape=None) -> dict:
    scan = json.scanner.make_scanner(json.JSONDecoder())
    space = _SPACE.match

    def expect(i: int, chars: str) -> int:
        if i >= len(text) or text[i] not in chars:
            raise json.JSONDecodeError(f"Expecting one of {chars!r} in trash entry {trash_id}", text, i)
        return i

    def value(i: int):
        try:
            return scan(text, i)
        except StopIteration as stop:
            raise json.JSONDecodeError(f"Expecting value in trash entry {trash_id}", text, stop.value) from None

    data: dict = {}
    i = expect(space(text, 0).end(), "{") + 1
    i = space(text, i).end()
    if text[i:i + 1] != "}":
        while True:
            key, i = value(expect(i, '"'))
            i = space(text, expect(space(text, i).end(), ":") + 1).end()
            if text[i:i + 1] == "[":
                items: list = []
                pending: list = []
                i = space(text, i + 1).end()
                if text[i:i + 1] != "]":
                    while True:
                        item, i = value(i)
                        pending.append(item)
                        if len(pending) == _LINES:
                            items.extend(pending if shape is None else shape(pending))
                            pending = []
                            if progress is not None:
                                progress(0, 0)
                        i = space(text, i).end()
                        if text[expect(i, ",]")] == "]":
                            break
                        i = space(text, i + 1).end()
                items.extend(pending if shape is None else shape(pending))
                data[key], i = items, i + 1
            else:
                data[key], i = value(i)
            i = space(text, i).end()
            if text[expect(i, ",}")] == "}":
                break
            i = space(text, i + 1).end()
    return data


# --- putting back -------------------------------------------------------------------------------
class _Compact:
    """What a restore keeps of each row of an entry, made as the entry is decoded: (table, rowid,
    columns, values), the columns one tuple shared by every row with the same ones, the values a
    tuple (bytes decoded from base64). Tuples of plain values are left alone by Python's cycle
    collector (it stops tracking them at its first pass), so keeping 100,000 rows no longer sets
    off full collections that walk them all while holding Python's lock (0.1-0.3 s each, the
    window waiting). Other elements (the columns to set back) are kept as they are."""

    def __init__(self) -> None:
        self.columns: dict[tuple, tuple] = {}
        self.tables: dict[str, str] = {}

    def __call__(self, items: list, has_bytes: bool) -> list:
        out = []
        for item in items:
            values = item.get("values") if isinstance(item, dict) else None
            if not isinstance(values, dict):
                out.append(item)
                continue
            names = tuple(values)
            columns = self.columns.setdefault(names, names)
            tbl = self.tables.setdefault(item["table"], item["table"])
            if has_bytes:
                out.append((tbl, item["rowid"], columns, tuple(
                    base64.b64decode(v["$bytes"]) if isinstance(v, dict) else v for v in values.values())))
            else:
                out.append((tbl, item["rowid"], columns, tuple(values.values())))
        return out


def _indexes_made_after(db, tables: list[str], between=None):
    """Inside a transaction: the plain (not UNIQUE) indexes of `tables` dropped for the block and
    made again at its end (_indexes_made_again). Unique indexes stay, so that a row the forum
    already holds again is still refused at its insert."""
    indexes = [(name, sql) for tbl in tables for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
        "AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid", [tbl])]
    return _indexes_made_again(db, indexes, between)


def restore(db, trash_id: int, progress=None) -> Restored:
    """Put a trashed record back with everything that went with it, then empty its trash entry.

    Ids are kept where still free; a row whose id was taken meanwhile gets a new one and the
    rows pointing at it follow. Refused in words (nothing written) when a record it belongs to
    is no longer in the forum. `progress(done, total)` is called every few thousand rows put
    back (it may raise to stop: the transaction is rolled back).
    """
    found = db.execute("SELECT kind, record_id, label FROM trash WHERE id = ?", [trash_id]).fetchone()
    if found is None:
        raise UserError(M_("That item is no longer in the trash (restored or emptied meanwhile)."))
    kind, record_id, label = found
    data, _has_bytes = _loads(db, trash_id, progress, _Compact())
    rows = data["rows"]          # [(table, rowid, columns, values)]: see _Compact
    outgoing: dict[str, list[tuple[str, str]]] = {}
    by_table: dict[str, list[int]] = {}
    for row in rows:
        by_table.setdefault(row[0], []).append(row[1])
    for tbl in by_table:
        # Only references to a parent's id can point inside the entry or need their parent checked.
        outgoing[tbl] = [(column, parent) for column, parent, parent_column in _outgoing(db, tbl)
                         if parent_column == "id"]
    with transaction(db):
        # New ids for rows whose id another record has taken since (found many at a time).
        remap: dict[tuple[str, int], int] = {}
        for tbl, rowids in by_table.items():
            taken: list[int] = []
            for chunk in _chunks(rowids):
                taken += [r[0] for r in db.execute(
                    f"SELECT rowid FROM [{tbl}] WHERE rowid IN ({','.join('?' * len(chunk))})", chunk)]
            if taken:
                next_free = max((db.execute(f"SELECT max(rowid) FROM [{tbl}]").fetchone()[0] or 0),
                                max(rowids)) + 1
                for rowid in sorted(taken):
                    remap[(tbl, rowid)] = next_free
                    next_free += 1
        inside = {tbl: set(rowids) for tbl, rowids in by_table.items()}
        nothing: set[int] = set()
        wanted: dict[str, set[int]] = {}       # parents outside the entry that must still exist
        # Per table and columns: where the references and the id are among the values.
        plans: dict[tuple[str, tuple], tuple[list[tuple[int, str]], int | None, tuple]] = {}
        # The rows of a large table are noted for the history all at once, after they are written.
        noted: dict[str, list[int]] = {tbl: [] for tbl, rowids in by_table.items()
                                       if len(rowids) > 1000 and not _named_by_triggers(db, tbl)}
        prepared: list[tuple[str, tuple, tuple]] = []     # (table, columns, values): tuples only
        for tbl, rowid, columns, values in rows:
            plan = plans.get((tbl, columns))
            if plan is None:
                plan = plans[(tbl, columns)] = (
                    [(columns.index(column), parent) for column, parent in outgoing[tbl] if column in columns],
                    columns.index("id") if "id" in columns else None,
                    columns if "id" in columns else ("rowid",) + columns)
            references, id_at, written = plan
            changed: list | None = None
            for at, parent in references:
                value = values[at]
                if value is None:
                    continue
                if value in inside.get(parent, nothing):
                    if remap and (parent, value) in remap:
                        changed = changed or list(values)
                        changed[at] = remap[(parent, value)]
                else:
                    wanted.setdefault(parent, set()).add(value)
            new_rowid = remap.get((tbl, rowid), rowid) if remap else rowid
            if tbl in noted:
                noted[tbl].append(new_rowid)
            if id_at is None:
                values = (new_rowid,) + (tuple(changed) if changed else values)
            else:
                if values[id_at] != new_rowid or type(values[id_at]) is not int:
                    changed = changed or list(values)
                    changed[id_at] = new_rowid
                if changed:
                    values = tuple(changed)
            prepared.append((tbl, written, values))
        # The entry's own rows are no longer needed (most are the same tuples as `prepared`).
        del rows[:]
        missing: list[str] = []
        for parent, values in wanted.items():
            values = sorted(values)
            present: set[int] = set()
            for chunk in _chunks(values):
                present.update(r[0] for r in db.execute(
                    f"SELECT rowid FROM [{parent}] WHERE rowid IN ({','.join('?' * len(chunk))})", chunk))
            missing += [f"{parent.replace('_', ' ')} no. {v}" for v in values if v not in present]
        if missing:
            shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
            raise UserError(
                M_("“{label}” cannot be restored: it belongs to records no longer in the forum ({shown}). Restore those first if they are in the trash.").format(label=label, shown=shown)
            )
        db.execute("PRAGMA defer_foreign_keys = ON")   # rows of one entry may point at each other
        cache = db.execute("PRAGMA cache_size").fetchone()[0]
        if len(prepared) > 1000:
            db.execute("PRAGMA cache_size = -65536")    # 64 MB while the indexes grow
        batch: list[tuple] = []
        key: tuple | None = None
        key_table = key_columns = None

        def flush() -> None:
            if not batch:
                return
            tbl, columns = key
            try:
                db.conn.executemany(
                    f"INSERT INTO [{tbl}] ({', '.join(f'[{c}]' for c in columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})", batch)
            except sqlite3.IntegrityError as exc:
                raise UserError(
                    M_("“{label}” cannot be restored: the forum already holds the same record again ({tbl}: {exc}). Nothing was changed.").format(label=label, tbl=tbl.replace('_', ' '), exc=exc)
                ) from None
            batch.clear()

        id_at = {columns: plan[1] for (tbl, columns), plan in plans.items() if tbl == "contributions"}
        contributions = [values[id_at[columns]] for tbl, columns, values in prepared if tbl == "contributions"]
        total = len(prepared) + len(contributions)
        done = 0
        # A table that gets back more rows than it holds now has its plain indexes made again once,
        # after the rows, rather than grown row by row (a third of the inserts' time at 100,000).
        counted = {tbl: db.execute(f"SELECT count(*) FROM [{tbl}]").fetchone()[0]
                   for tbl, rowids in by_table.items() if len(rowids) > 1000}
        growing = [tbl for tbl, n in counted.items() if len(by_table[tbl]) > n]
        # The search index likewise: filled with the contributions put back, in one statement per
        # few hundred; made again from the whole table (FTS5's rebuild, about a third quicker per
        # row) when they are more than the table holds now.
        index_progress = (lambda n: progress(len(prepared) + n, total)) if progress is not None else None
        if len(contributions) > max(1000, counted.get("contributions", 0)):
            search = search_index_rebuilt_after(db, "contributions_fts_insert")
        elif len(contributions) > 1000:
            search = search_index_filled_after(db, contributions, progress=index_progress)
        else:
            search = nullcontext()
        with search, _indexes_made_after(db, growing, (lambda: progress(len(prepared), total))
                                         if progress is not None else None), ExitStack() as stack:
            notes = {tbl: stack.enter_context(audit.noted_together(db, tbl, "INSERT")) for tbl in noted}
            for tbl, columns, values in prepared:
                if columns is not key_columns or tbl != key_table or len(batch) >= _BATCH:
                    flush()
                    key = key_table, key_columns = tbl, columns
                    if progress is not None:
                        progress(done, total)
                batch.append(values)
                done += 1
            flush()
            for tbl, note in notes.items():
                note(noted[tbl])
            if progress is not None:
                progress(len(prepared), total)
        db.execute(f"PRAGMA cache_size = {int(cache)}")
        for n in data.get("nulls", []):
            value = remap.get((n["parent"], n["value"]), n["value"])
            db.execute(f"UPDATE [{n['table']}] SET [{n['column']}] = ? WHERE rowid = ? AND [{n['column']}] IS NULL",
                       [value, n["rowid"]])
        db.execute("DELETE FROM trash WHERE id = ?", [trash_id])
    return Restored(kind, remap.get((data["table"], record_id), record_id), label)


# --- listing and emptying -----------------------------------------------------------------------
def list_trash(db, since: str | None = None) -> list[TrashRow]:
    """What is in the trash, newest first (only what was deleted at or after `since`). Each
    entry's count of rows is the one stored with it (migration 0015): no payload is read."""
    sql = ("SELECT id, kind, record_id, label, deleted_at, row_count FROM trash "
           + ("WHERE deleted_at >= ? " if since else "") + "ORDER BY deleted_at DESC, id DESC")
    return [TrashRow(*r) for r in db.execute(sql, [since] if since else [])]


def purge_before(db, cutoff: str) -> int:
    """Empty what was deleted before `cutoff` (UTC ISO text); return how many went."""
    with transaction(db):
        cur = db.execute("DELETE FROM trash WHERE deleted_at < ?", [cutoff])
    return cur.rowcount


def trash_entry(db, trash_id: int) -> TrashRow | None:
    r = db.execute("SELECT id, kind, record_id, label, deleted_at, row_count FROM trash WHERE id = ?",
                   [trash_id]).fetchone()
    return TrashRow(*r) if r else None

