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
from contextlib import contextmanager, nullcontext

from msf_desk.model.errors import UserError
from msf_desk.model.trash import Restored, TrashRow
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


def _decode(values: dict) -> dict:
    return {k: (base64.b64decode(v["$bytes"]) if isinstance(v, dict) else v) for k, v in values.items()}


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
    refs = _references(db)
    rows: list[dict] = []
    nulls: list[dict] = []
    seen: set[tuple[str, int]] = set()
    frontier: dict[str, list[int]] = {table: [record_id]}
    while frontier:
        following: dict[str, list[int]] = {}
        for tbl, rowids in frontier.items():
            # In rowid order: put back in that order, rows go to the end of each index
            # instead of all over it.
            new = sorted(set(r for r in rowids if (tbl, r) not in seen))
            seen.update((tbl, r) for r in new)
            fetched: list[tuple[int, dict]] = []
            for chunk in _chunks(new):
                if progress is not None:
                    progress(0, 0)      # how many rows go is known only at the end; Cancel checked
                cur = db.execute(f"SELECT rowid AS __rowid__, * FROM [{tbl}] WHERE rowid IN "
                                 f"({','.join('?' * len(chunk))})", chunk)
                names = [d[0] for d in cur.description]
                for found in cur.fetchall():
                    values = dict(zip(names, found))
                    rowid = values.pop("__rowid__")
                    rows.append({"table": tbl, "rowid": rowid, "values": _encode(values)})
                    fetched.append((rowid, values))
            for child, column, parent_column, on_delete in refs.get(tbl, []):
                keys = list(dict.fromkeys(
                    k for k in (values.get(parent_column, rowid if parent_column == "id" else None)
                                for rowid, values in fetched) if k is not None))
                for chunk in _chunks(keys):
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
    nulls = [n for n in nulls if (n["table"], n["rowid"]) not in seen]
    return {"table": table, "rows": rows, "nulls": nulls}


def move_to_trash(db, kind: str, table: str, record_id: int, label: str, deleted_at: str,
                  trash_id: int | None = None, progress=None) -> int:
    """Take the record out of its tables into the trash, in one transaction; return the trash id
    (`trash_id` puts it back under the entry it had: the undo of a restore). `progress(done,
    total)` is called between steps (it may raise to stop: the transaction is rolled back)."""
    with transaction(db):
        payload = snapshot(db, table, record_id, progress)
        # The payload is handed to SQLite as UTF-8 bytes, kept as text (CAST): a Python string of
        # 90 MB would be copied twice more (made wider by one letter outside Latin-1, then encoded
        # to UTF-8 to be bound), each time holding Python's lock while the window waits.
        trash_id = db.execute(
            "INSERT INTO trash (id, kind, record_id, label, deleted_at, row_count, payload) "
            "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT))",
            [trash_id, kind, record_id, label, deleted_at, len(payload["rows"]), _dumps(payload)]).lastrowid
        # The database's own ON DELETE rules take the dependants and clear the references.
        cache = db.execute("PRAGMA cache_size").fetchone()[0]
        if len(payload["rows"]) > 1000:
            db.execute("PRAGMA cache_size = -65536")    # 64 MB while the indexes shrink
        leaving = sum(1 for row in payload["rows"] if row["table"] == "contributions")
        staying = (db.execute("SELECT count(*) FROM contributions").fetchone()[0] - leaving) if leaving > 1000 else 0
        with (search_index_rebuilt_after(db) if leaving > max(1000, staying) else nullcontext()):
            db.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [record_id])
        db.execute(f"PRAGMA cache_size = {int(cache)}")
    return trash_id


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
                pieces.append(dumps(item, ensure_ascii=False).encode())
            pieces.append(b"\n]" if value else b"]")
        else:
            pieces.append(dumps(value, ensure_ascii=False).encode())
    pieces.append(b"}")
    return b"".join(p.encode() if isinstance(p, str) else p for p in pieces)


_LINES = 2000          # rows decoded per json.loads call (about 20 ms each)
_READ = 1 << 20        # bytes of the payload read at a time
_SPACE = re.compile(r"[ \t\n\r]*")


def _loads(db, trash_id: int, progress=None) -> tuple[dict, bool]:
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
    stop: Cancel)."""
    conn = getattr(db, "conn", db)
    found = _loads_lines(conn, trash_id, progress)
    if found is not None:
        return found
    text = db.execute("SELECT payload FROM trash WHERE id = ?", [trash_id]).fetchone()[0]
    return _loads_walked(text, trash_id, progress), '"$bytes"' in text


def _loads_lines(conn: sqlite3.Connection, trash_id: int, progress) -> tuple[dict, bool] | None:
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
        has_bytes = has_bytes or b'"$bytes"' in joined
        items.extend(json.loads(b"[" + joined.rstrip(b",") + b"]"))
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


def _loads_walked(text: str, trash_id: int, progress) -> dict:
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
                i = space(text, i + 1).end()
                if text[i:i + 1] != "]":
                    while True:
                        item, i = value(i)
                        items.append(item)
                        if progress is not None and len(items) % _LINES == 0:
                            progress(0, 0)
                        i = space(text, i).end()
                        if text[expect(i, ",]")] == "]":
                            break
                        i = space(text, i + 1).end()
                data[key], i = items, i + 1
            else:
                data[key], i = value(i)
            i = space(text, i).end()
            if text[expect(i, ",}")] == "}":
                break
            i = space(text, i + 1).end()
    return data


# --- putting back -------------------------------------------------------------------------------
@contextmanager
def _indexes_made_after(db, tables: list[str], between=None):
    """Inside a transaction: the plain (not UNIQUE) indexes of `tables` dropped for the block and
    made again, with the same definitions, at its end. Unique indexes stay, so that a row the
    forum already holds again is still refused at its insert."""
    indexes = [(name, sql) for tbl in tables for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
        "AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid", [tbl])]
    for name, _sql in indexes:
        db.execute(f"DROP INDEX [{name}]")
    yield
    for _name, sql in indexes:
        if between is not None:
            between()        # Cancel looked for between the indexes (0.1-0.5 s each at 100,000 rows)
        db.execute(sql)


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
    data, has_bytes = _loads(db, trash_id, progress)
    rows = data["rows"]
    outgoing: dict[str, list[tuple[str, str]]] = {}
    by_table: dict[str, list[int]] = {}
    for row in rows:
        by_table.setdefault(row["table"], []).append(row["rowid"])
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
        prepared: list[tuple[str, dict]] = []
        for row in rows:
            tbl, rowid = row["table"], row["rowid"]
            values = _decode(row["values"]) if has_bytes else row["values"]
            for column, parent in outgoing[tbl]:
                value = values.get(column)
                if value is None:
                    continue
                if value in inside.get(parent, nothing):
                    if remap:
                        values[column] = remap.get((parent, value), value)
                else:
                    wanted.setdefault(parent, set()).add(value)
            new_rowid = remap.get((tbl, rowid), rowid) if remap else rowid
            if "id" in values:
                values["id"] = new_rowid
            else:
                values = {"rowid": new_rowid, **values}
            prepared.append((tbl, values))
        # The entry's own row records are no longer needed: 100,000 fewer objects for Python's
        # collector to walk while the rows are written (it holds the window up as it walks).
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
        batch: list[list] = []
        key: tuple | None = None

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

        contributions = [v.get("id") for tbl, v in prepared if tbl == "contributions"]
        total = len(prepared) + len(contributions)
        done = 0
        # A table that gets back more rows than it holds now has its plain indexes made again once,
        # after the rows, rather than grown row by row (a third of the inserts' time at 100,000).
        growing = [tbl for tbl, rowids in by_table.items() if len(rowids) > 1000
                   and len(rowids) > db.execute(f"SELECT count(*) FROM [{tbl}]").fetchone()[0]]
        with (search_index_filled_after(db, contributions, progress=(lambda n: progress(len(prepared) + n, total))
                                        if progress is not None else None)
              if len(contributions) > 1000 else nullcontext()), \
                _indexes_made_after(db, growing, (lambda: progress(len(prepared), total)) if progress is not None else None):
            for tbl, values in prepared:
                this = (tbl, tuple(values))
                if this != key or len(batch) >= _BATCH:
                    flush()
                    key = this
                    if progress is not None:
                        progress(done, total)
                batch.append(tuple(values.values()))     # tuples of plain values: not walked by the collector
                done += 1
            flush()
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

