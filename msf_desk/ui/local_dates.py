"""Dates as this user writes them: the locale's short format with a four-digit year for
showing, and that format or YYYY-MM-DD for reading what was typed (QtCore only, so the
table models use it too)."""
from __future__ import annotations

import datetime as dt
import re

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


def parse_local_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """A date typed as YYYY-MM-DD or in the locale's short format (one- or two-digit day
    and month, two- or four-digit year); None when empty. UserError in plain words when it
    is not a date."""
    text = (text or "").strip()
    if not text:
        return None
    locale = locale or QLocale()
    iso = _ISO.match(text)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            raise UserError(_not_a_date(text, locale)) from None
    fmt = display_format(locale)
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
    raise UserError(_not_a_date(text, locale))


def _not_a_date(text: str, locale: QLocale) -> str:
    hint, example = format_hint(locale), format_date(_EXAMPLE, locale)
    if display_format(locale) == "yyyy-MM-dd":
        return LOCAL_DATES.tr("'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-14).").format(text=text)
    return LOCAL_DATES.tr("'{text}' is not a date; write it as {format} (e.g. {example}) or YYYY-MM-DD "
                          "(e.g. 2026-03-14).").format(text=text, format=hint, example=example)
