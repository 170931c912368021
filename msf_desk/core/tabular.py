"""Reading a table a secretariat sends us: .csv in any of the usual encodings, or .xlsx.

Imports built on this (members, contributions) map headers to fields, check every
row, and write nothing unless every row is good.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from zipfile import BadZipFile

import openpyxl

from msf_desk.model.errors import UserError


@dataclass
class Sheet:
    source: str
    headers: list[str]
    rows: list[dict[str, str]]  # keyed by normalised header
    encoding: str = ""

    def first_row_number(self) -> int:
        # Row numbers as the user sees them in a spreadsheet: the header is row 1.
        return 2


def normalise_header(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(text or "").strip().lower()).strip("_")


def decode_csv_bytes(data: bytes, source: str) -> tuple[str, str]:
    """UTF-8 (with or without BOM) is tried first; Windows-1252 is the usual alternative."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{source}: the text encoding is not UTF-8 or Windows-1252 "
            f"(unreadable byte at position {exc.start}). Save it as 'CSV UTF-8' and try again."
        ) from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).strip()


def read_table(path: str | Path) -> Sheet:
    """Read a .csv or .xlsx file into normalised rows; blank rows are skipped."""
    path = Path(path)
    source = path.name
    if not path.exists():
        raise UserError(f"There is no file at {path}.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw_rows, encoding = _read_xlsx(path), "xlsx"
    elif suffix == ".json":
        raw_rows, encoding = _read_json_records(path), "json"
    elif suffix in (".csv", ".txt", ".tsv"):
        text, encoding = decode_csv_bytes(path.read_bytes(), source)
        raw_rows = _read_csv_text(text, source)
    else:
        raise UserError(f"{source}: MSF Desk reads .csv, .xlsx and .json files, not '{suffix or 'no extension'}'.")
    if not raw_rows:
        raise UserError(f"{source} is empty: it needs a header row.")
    headers = [str(h or "").strip() for h in raw_rows[0]]
    keys = [normalise_header(h) for h in headers]
    seen = set()
    for key, header in zip(keys, headers):
        if key and key in seen:
            raise UserError(f"{source}: the column '{header}' appears twice in the header.")
        seen.add(key)
    rows = []
    for raw in raw_rows[1:]:
        cells = [_cell_text(c) for c in raw]
        if not any(cells):
            rows.append(None)  # keep numbering honest for the user
            continue
        rows.append({k: (cells[i] if i < len(cells) else "") for i, k in enumerate(keys) if k})
    return Sheet(source=source, headers=headers, rows=rows, encoding=encoding)


def _header_delimiter(text: str) -> str | None:
    """The separator, read from an unquoted header line (Decidim writes ';' by default, other
    tools ','; a sample with multi-line quoted bodies can mislead the sniffer)."""
    first = text.split("\n", 1)[0]
    if '"' in first:
        return None
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def _read_csv_text(text: str, source: str) -> list[list[str]]:
    sample = text[:4096]
    delimiter = _header_delimiter(text)
    if delimiter:
        class dialect(csv.excel):  # noqa: N801
            pass
        dialect.delimiter = delimiter
    else:
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise UserError(f"{source}: not a readable CSV file ({exc}).") from None


def _read_xlsx(path: Path) -> list[list[object]]:
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"{path.name}: not a readable Excel workbook ({exc}).") from None
    try:
        sheet = book.worksheets[0]
        return [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _flatten_record(value: object, key: str = "") -> dict[str, object]:
    """Nested objects as "a/b" columns and lists joined with ", ": how Decidim's CSV exporter
    (decidim-core/lib/decidim/exporters/csv.rb#flatten) flattens the same records its JSON
    exporter (exporters/json.rb) writes nested, so both files give the same columns."""
    if isinstance(value, dict):
        flat: dict[str, object] = {}
        for sub, inner in value.items():
            flat.update(_flatten_record(inner, f"{key}/{sub}" if key else str(sub)))
        return flat
    if isinstance(value, list):
        return {key: ", ".join(_json_cell(v) for v in value if v is not None)}
    return {key: value}


def _json_cell(value: object) -> str:
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _read_json_records(path: Path) -> list[list[object]]:
    """A JSON file holding a list of records (objects): a header row (the union of every record's
    keys, in order of first appearance) and one row per record."""
    try:
        data = json.loads(decode_csv_bytes(path.read_bytes(), path.name)[0])
    except ValueError as exc:
        raise UserError(f"{path.name}: not readable JSON ({exc}).") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise UserError(f"{path.name}: MSF Desk reads a JSON file that holds a list of records "
                        "([{…}, {…}]), as platforms export them.")
    flat = [_flatten_record(item) for item in data]
    headers: list[str] = []
    seen: set[str] = set()
    for record in flat:
        for name in record:
            if name not in seen:
                seen.add(name)
                headers.append(name)
    return [headers] + [[_json_cell(record.get(name)) for name in headers] for record in flat]


def parse_yes_no(value: str) -> bool | None:
    text = value.strip().lower()
    if text in ("yes", "y", "true", "1", "oui", "sí", "si", "x"):
        return True
    if text in ("no", "n", "false", "0", "non"):
        return False
    return None


def write_template(path: str | Path, headers: list[str], example: list[str] | None = None) -> Path:
    """An empty import template: .xlsx when asked for, UTF-8 CSV (with BOM, for Excel) otherwise."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(headers)
        if example:
            sheet.append(example)
        book.save(path)
        return path
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        if example:
            writer.writerow(example)
    return path
