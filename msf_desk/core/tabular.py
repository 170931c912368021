"""Reading a table a secretariat sends us: .csv in any of the usual encodings, or .xlsx.

Imports built on this (members, contributions) map headers to fields, check every
row, and write nothing unless every row is good.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from pathlib import Path
from zipfile import BadZipFile


from msf_desk.model.errors import ImportFailed, Problem, UserError
from msf_desk.model.messages import M_, M_mark
from msf_desk.model.records import record


@record
class Sheet:
    source: str
    headers: list[str]
    rows: list[dict[str, str]]  # keyed by normalised header
    encoding: str = ""

    @property
    def encoding_note(self) -> str:
        """Said to the user whenever the file was not UTF-8, so a wrong reading is noticed."""
        if self.encoding == "windows-1252":
            return M_("{source} holds no UTF-8 and was read as Windows-1252 (what Excel's plain 'CSV' writes): "
                      "check the accented names.").format(source=self.source)
        return ""

    def first_row_number(self) -> int:
        # Row numbers as the user sees them in a spreadsheet: the header is row 1.
        return 2


def normalise_header(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(text or "").strip().lower()).strip("_")


# --- honest decoding -----------------------------------------------------------------------------

_BAD = re.compile("[\udc80-\udcff]+")  # bytes that are not UTF-8, kept by errors='surrogateescape'
_UTF8_SEQUENCE = re.compile(  # one well-formed multi-byte UTF-8 character
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
UTF8_ADVICE = M_mark("Save the file again as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8) and import it again.")


def _bad_byte_problems(text: str, source: str) -> list[Problem]:
    """Where each byte that is not UTF-8 sits: row and column, as a spreadsheet numbers them.
    `text` was decoded with errors='surrogateescape', so each such byte is a lone surrogate."""
    rows = _read_csv_text(text, source)
    headers = [str(h).strip() for h in rows[0]] if rows else []
    problems: list[Problem] = []
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row):
            runs = _BAD.findall(cell)
            if not runs:
                continue
            hexes = " ".join(f"{ord(ch) - 0xDC00:02X}" for run in runs for ch in run)
            shown = _BAD.sub("?", cell).strip()
            if len(shown) > 40:
                shown = shown[:37] + "…"
            many = len(hexes) > 2
            column = headers[c] if r > 1 and c < len(headers) else ("" if r == 1 else f"column {c + 1}")
            problems.append(Problem(r, column, (M_("bytes {hexes} are not UTF-8 (“{shown}”)") if many else M_("byte {hexes} is not UTF-8 (“{shown}”)")).format(
                hexes=hexes, shown=shown)))
    return problems


def _bad_byte_lines(text: str) -> list[Problem]:
    """For a file that is not a table (JSON): the line of each byte that is not UTF-8."""
    problems = []
    for n, line in enumerate(text.split("\n"), start=1):
        runs = _BAD.findall(line)
        if runs:
            hexes = " ".join(f"{ord(ch) - 0xDC00:02X}" for run in runs for ch in run)
            shown = _BAD.sub("?", line).strip()
            shown = shown if len(shown) <= 40 else shown[:37] + "…"
            problems.append(Problem(n, "", M_("line {n}: bytes {hexes} not UTF-8 (“{shown}”)").format(n=n, hexes=hexes, shown=shown)))
    return problems


def decode_csv_bytes(data: bytes, source: str, *, table: bool = True) -> tuple[str, str]:
    """The text of a CSV file, decoded without guessing wrong.

    UTF-8 (with or without BOM) and UTF-16 (with BOM) are read as such. A file that is UTF-8
    except for some bytes (typically a name typed in another program and pasted in) is refused,
    naming each row and column where a byte is not UTF-8: reading the whole file as
    Windows-1252 would store every other accented name as mojibake ("ZoÃ«"). A file with no
    UTF-8 sequence at all whose every byte is a Windows-1252 character is what Excel's plain
    "CSV" writes on Windows; it is read as Windows-1252 and the encoding is reported.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        body, encoding = data[3:], "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UserError(M_("{source}: not readable as UTF-16 (byte {start}). {utf8_advice}").format(source=source, start=exc.start, utf8_advice=M_(UTF8_ADVICE))) from None
    else:
        body, encoding = data, "utf-8"
    try:
        return body.decode("utf-8"), encoding
    except UnicodeDecodeError:
        pass
    if table and encoding == "utf-8" and not _UTF8_SEQUENCE.search(body):
        try:
            return body.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            pass  # bytes Windows-1252 does not define either: report them as not UTF-8
    marked = body.decode("utf-8", errors="surrogateescape")
    problems = _bad_byte_problems(marked, source) if table else _bad_byte_lines(marked)
    if not problems:  # cannot happen with csv (every byte lands in a cell); kept as a guard
        problems = [Problem(0, "", M_("bytes that are not UTF-8"))]
    if not table:
        advice = M_("A JSON file is UTF-8; these bytes are not. Save the file again as UTF-8 and import it again.")
    elif _UTF8_SEQUENCE.search(body):
        advice = M_("The file is UTF-8 except in these cells, so no encoding was guessed: correct them, or save the "
                    "file again as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8) and import it again.")
    else:
        advice = M_("The file is neither UTF-8 nor Windows-1252. {advice}").format(advice=M_(UTF8_ADVICE))
    raise ImportFailed(source, problems, advice=advice)


# --- what a cell may hold -------------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _control_name(ch: str) -> str:
    return "NUL" if ch == "\x00" else f"U+{ord(ch):04X}"


# Excel writes a control character in a cell as _xHHHH_ (XML cannot hold it); the reader
# leaves the escape as it is.
_XLSX_CONTROL = re.compile(r"_x00(0[0-8BCEF]|1[0-9A-F]|7F)_", re.IGNORECASE)


def control_problems(raw_rows: list[list[object]], headers: list[str], *, xlsx: bool = False) -> list[Problem]:
    """Cells holding NUL or another control character (tab and line breaks excepted): refused
    with their row and column rather than stored where no one can see them."""
    problems = []
    for r, raw in enumerate(raw_rows, start=1):
        for c, value in enumerate(raw):
            if not isinstance(value, str):
                continue
            found = _CONTROL.search(value.replace("\r", "\n"))
            escaped = _XLSX_CONTROL.search(value) if xlsx and not found else None
            if found or escaped:
                name = _control_name(found.group()) if found else _control_name(chr(int(escaped.group(1), 16)))
                column = headers[c] if r > 1 and c < len(headers) else ("" if r == 1 else f"column {c + 1}")
                problems.append(Problem(r, column, M_("holds the control character {name}, which is not text; remove it").format(name=name)))
    return problems


# --- writing cells a spreadsheet will not run -----------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
FORMULA_NOTE = ("Text cells that begin with =, +, -, @, a tab or a carriage return are written with a "
                "leading apostrophe (') so that spreadsheet programs show them instead of running them "
                "as formulas; numbers are written as they are.")


def spreadsheet_safe(value: object) -> object:
    """The one rule for every cell of every CSV and XLSX the program writes: text that a
    spreadsheet would read as a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


class SafeDictWriter(csv.DictWriter):
    """csv.DictWriter whose every cell passes through spreadsheet_safe."""

    def writerow(self, rowdict):
        return super().writerow({k: spreadsheet_safe(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts):
        for row in rowdicts:
            self.writerow(row)


def safe_csv_writer(fh, *args, **kwargs):
    """csv.writer whose every cell passes through spreadsheet_safe."""
    writer = csv.writer(fh, *args, **kwargs)

    class _Writer:
        def writerow(self, row):
            return writer.writerow([spreadsheet_safe(v) for v in row])

        def writerows(self, rows):
            for row in rows:
                self.writerow(row)

    return _Writer()


def safe_xlsx_row(values: list[object]) -> list[object]:
    """A row for openpyxl's sheet.append: a string starting with '=' would become a formula."""
    return [spreadsheet_safe(v) for v in values]


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
        raise UserError(M_("There is no file at {path}.").format(path=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw_rows, encoding = _read_xlsx(path), "xlsx"
    elif suffix == ".json":
        raw_rows, encoding = _read_json_records(path), "json"
    elif suffix in (".csv", ".txt", ".tsv"):
        text, encoding = decode_csv_bytes(path.read_bytes(), source)
        raw_rows = _read_csv_text(text, source)
    else:
        raise UserError(M_("{source}: MSF Desk reads .csv, .xlsx and .json files, not '{value}'.").format(source=source, value=suffix or 'no extension'))
    if not raw_rows:
        raise UserError(M_("{source} is empty: it needs a header row.").format(source=source))
    headers = [str(h or "").strip() for h in raw_rows[0]]
    problems = control_problems(raw_rows, headers, xlsx=encoding == "xlsx")
    if problems:
        raise ImportFailed(source, problems)
    keys = [normalise_header(h) for h in headers]
    seen = set()
    for key, header in zip(keys, headers):
        if key and key in seen:
            raise UserError(M_("{source}: the column '{header}' appears twice in the header.").format(source=source, header=header))
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
        raise UserError(M_("{source}: not a readable CSV file ({exc}).").format(source=source, exc=exc)) from None


def _read_xlsx(path: Path) -> list[list[object]]:
    try:
        import openpyxl   # loaded with the first spreadsheet read: the Responses page opens without it

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(M_("{name}: not a readable Excel workbook ({exc}).").format(name=path.name, exc=exc)) from None
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
        data = json.loads(decode_csv_bytes(path.read_bytes(), path.name, table=False)[0])
    except ValueError as exc:
        raise UserError(M_("{name}: not readable JSON ({exc}).").format(name=path.name, exc=exc)) from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise UserError(M_("{name}: MSF Desk reads a JSON file that holds a list of records ([{{…}}, {{…}}]), as platforms export them.").format(name=path.name))
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
    """An empty import template: .xlsx when asked for, UTF-8 CSV (with BOM, for Excel) otherwise.
    Written beside the target and renamed into place, so a failure leaves no half file."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid() & 0xFFFFFFFF:08x}.part")
    try:
        if path.suffix.lower() == ".xlsx":
            import openpyxl   # loaded with the first spreadsheet written

            book = openpyxl.Workbook()
            sheet = book.active
            sheet.append(safe_xlsx_row(headers))
            if example:
                sheet.append(safe_xlsx_row(example))
            book.save(tmp)
        else:
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = safe_csv_writer(fh)
                writer.writerow(headers)
                if example:
                    writer.writerow(example)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(M_("Cannot write {path}: {value}.").format(path=path, value=exc.strerror or exc)) from exc
    return path
