"""Words the compliance check writes in the document language: lists of days and the gaps
between forum meetings (shared by the 2017 indicators and the 2021 requirements)."""
from __future__ import annotations

import datetime as dt

from msf_desk.core.language import _, is_rtl
from msf_desk.core.language import day as human
from msf_desk.core import regularity_words


def dates_text(days: list[dt.date], limit: int = 6) -> str:
    shown = ("، " if is_rtl() else ", ").join(human(d) for d in days[:limit])
    return _("{dates} and {n} more").format(dates=shown, n=len(days) - limit) if len(days) > limit else shown


def gap_text(g) -> str:
    """A gap between forum meetings longer than the rule, in the document language."""
    return regularity_words.gap_sentence(g, regularity_words.document())
