"""Dates as this user writes them: the locale's short format with a four-digit year for
showing, and that format or YYYY-MM-DD for reading what was typed (QtCore only, so the
table models use it too)."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QDate, QLocale

from msf_desk.model.errors import UserError
from msf_desk.ui.i18n import Context

LOCAL_DATES = Context("LOCAL_DATES")

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_EXAMPLE = dt.date(2026, 3, 14)


def display_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year; ISO where the locale has no
    format of its own (the C locale)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """A date as this user writes it (empty for None)."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), display_format(locale))


def format_hint(locale: QLocale | None = None) -> str:
    """The local format in words a person reads, e.g. 'DD/MM/YYYY'."""
    fmt = display_format(locale).replace("\u200f", "").replace("\u200e", "")
    fmt = re.sub(r"d+", "\0D", fmt)
    fmt = re.sub(r"M+", "\0M", fmt)
    fmt = re.sub(r"y+", "\0Y", fmt)
    # The letters in the reader's language (JJ/MM/AAAA in French).
    return (fmt.replace("\0D", LOCAL_DATES.tr("DD", "day, in a date format"))
               .replace("\0M", LOCAL_DATES.tr("MM", "month, in a date format"))
               .replace("\0Y", LOCAL_DATES.tr("YYYY", "year, in a date format")))


# Direction marks a locale's format carries (Arabic: d\u200f/M\u200f/yyyy) and a pasted date may.
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_NUMERIC = re.compile(r"^\s*(\d{1,4})\s*[^\w\s]\s*(\d{1,4})\s*[^\w\s]\s*(\d{1,4})\s*$")


def _plain(text: str) -> str:
    """`text` without direction marks, its digits as 0-9 (Arabic-Indic ١٤ and Persian ۱۴ too)."""
    return re.sub(r"\d", lambda m: str(unicodedata.digit(m.group())), text.translate(_MARKS))


def _numeric(text: str, fmt: str) -> dt.date | None:
    """Day, month and year typed in the order of a numeric format (d/M/yyyy, yyyy/MM/dd, M/d/yy),
    whatever the separator and the digits; None when `text` or the format is not of that kind."""
    order = re.findall(r"d+|M+|y+", fmt.translate(_MARKS))
    found = _NUMERIC.match(text)
    if sorted(k[0] for k in order) != ["M", "d", "y"] or any(len(k) > 2 for k in order if k[0] != "y") \
            or re.search(r"[A-Za-z]", re.sub(r"d+|M+|y+", "", fmt)) or not found:
        return None
    parts = dict(zip((k[0] for k in order), found.groups()))
    if len(parts["d"]) > 2 or len(parts["M"]) > 2 or len(parts["y"]) not in (2, 4) \
            or (order[0][0] == "y" and len(parts["y"]) != 4):     # 14/3/26 is no year-first date
        return None
    year = int(parts["y"]) if len(parts["y"]) == 4 else 2000 + int(parts["y"])   # 26 → 2026
    try:
        return dt.date(year, int(parts["M"]), int(parts["d"]))
    except ValueError:
        return None


def parse_local_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """A date typed as YYYY-MM-DD or in the locale's short format (one- or two-digit day
    and month, two- or four-digit year), in 0-9 or the locale's own digits (an Arabic window
    takes ١٤/٣/٢٠٢٦ and 14/3/2026 alike, with or without direction marks); None when empty.
    UserError in plain words when it is not a date."""
    shown = (text or "").strip()
    text = _plain(shown).strip()
    if not text:
        return None
    locale = locale or QLocale()
    iso = _ISO.match(text)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            raise UserError(_not_a_date(shown, locale)) from None
    fmt = display_format(locale)
    numeric = _numeric(text, fmt)
    if numeric is not None:
        return numeric
    loose = re.sub(r"d+", "d", re.sub(r"M+", "M", fmt))      # 3/4/2026 as well as 03/04/2026
    for pattern in (loose, loose.replace("yyyy", "yy")):
        day = locale.toDate(text, pattern)
        if day.isValid():
            year = day.year()
            if "yyyy" not in pattern:
                year = 2000 + year % 100                         # 26 → 2026
            try:
                return dt.date(year, day.month(), day.day())
            except ValueError:
                break
    raise UserError(_not_a_date(shown, locale))


def _not_a_date(text: str, locale: QLocale) -> str:
    hint, example = format_hint(locale), format_date(_EXAMPLE, locale)
    if display_format(locale) == "yyyy-MM-dd":
        return LOCAL_DATES.tr("'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-14).").format(text=text)
    return LOCAL_DATES.tr("'{text}' is not a date; write it as {format} (e.g. {example}) or YYYY-MM-DD "
                          "(e.g. 2026-03-14).").format(text=text, format=hint, example=example)
