"""Table models for the Responses page.

ContributionsModel stays responsive with 100,000 contributions: a search asks SQLite
only for the ordered ids that match (FTS5 and the filters, in SQL); the rows are read
a page at a time when the view first shows them, and kept in a small cache.
Sorting is done by SQLite too (`sort` re-runs the query), so no proxy model is needed.
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from msf_desk.core import responses as core
from msf_desk.core import consultations_due
from msf_desk.model.dates import add_working_days
from msf_desk.ui.models.base import ListTableModel
from msf_desk.model.responses import CHANNELS, CONTRIBUTOR_TYPES, Contribution, ContributionFilter, OUTCOMES
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, current, record_label, shown, window_day

# The outcome of a contribution nobody has answered yet (model.responses.NOT_ANSWERED).
NOT_ANSWERED_WORDS = QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Not yet answered")


def outcome_words(outcome: str | None) -> str:
    """An answer's outcome (its key) in the window's language; "Not yet answered" for none."""
    if outcome in OUTCOMES:
        return record_label(OUTCOMES[outcome])
    return shown(NOT_ANSWERED_WORDS)

MODELS_RESPONSES = Context("MODELS_RESPONSES")

ID_ROLE = Qt.UserRole + 1
RED = QColor("#f6c1bd")
AMBER = QColor("#fde7b0")
MUTED = QColor("#6b7280")
_COL = {name: i for i, name in enumerate(core.TABLE_COLUMNS)}


@lru_cache(maxsize=4096)
def _day(iso: str | None, language: str) -> str:
    """A stored date ('2026-03-12') as the window's tables show dates ('12 Mar 2026', '12 mars
    2026'); `language` keys the cache. The table still sorts by the stored date (in SQL)."""
    return window_day(dt.date.fromisoformat(iso), short=True) if iso else ""


class ContributionsModel(ListTableModel):
    ROWS = "ids"
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_RESPONSES", "No."), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Received"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Due"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Outcome"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "From"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Theme"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Contribution"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Section"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Channel"),
               QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Type"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Answered")]
    SORT_KEYS = ["id", "received_on", "due_on", "outcome", "contributor", "theme", "text", "section", "channel",
                 "contributor_type", "answered_on"]
    NUMBER, RECEIVED, DUE, OUTCOME, FROM, THEME, TEXT, SECTION, CHANNEL, TYPE, ANSWERED = range(11)
    PAGE = 250
    CACHED_PAGES = 40

    # Emitted after every new query, with the number of matching contributions.
    counted = Signal(int)

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = ContributionFilter()
        self.order = "received_on"
        self.descending = True
        self.today = dt.date.today()
        self.soon_limit = self.today
        self.ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, tuple]] = OrderedDict()
        self.queries = 0  # page reads, for tests and benchmarks

    # --- queries -----------------------------------------------------------------------
    def set_filter(self, flt: ContributionFilter, today: dt.date | None = None) -> None:
        self.filter = flt
        if today is not None:
            self.today = today
        self.refresh()

    @staticmethod
    def query(db, flt: ContributionFilter, today: dt.date, order: str, descending: bool) -> tuple[list[int], dt.date]:
        """What a refresh reads: the matching contributions' ids in order, and the last day
        that counts as due soon. Only `db`: a page may run it off the GUI thread."""
        _, off = consultations_due.due_rule(db)
        return (core.search_ids(db, flt, order=order, descending=descending),
                add_working_days(today, consultations_due.DUE_SOON_WORKING_DAYS, off))

    def refresh(self) -> None:
        """Run the query again (after an edit, a filter change or a sort)."""
        ids, soon_limit = self.query(self.db, self.filter, self.today, self.order, self.descending)
        self.show_ids(ids, soon_limit)

    def show_read(self, flt: ContributionFilter, today: dt.date, ids: list[int], soon_limit: dt.date) -> None:
        """Show what `query` read for `flt` (in the model's order) elsewhere."""
        self.filter, self.today = flt, today
        self.show_ids(ids, soon_limit)

    def show_ids(self, ids: list[int], soon_limit: dt.date) -> None:
        self.soon_limit = soon_limit
        self.beginResetModel()
        self.ids = ids
        self._pages.clear()
        self.endResetModel()
        self.counted.emit(len(ids))

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        key, descending = self.SORT_KEYS[column], order == Qt.DescendingOrder
        if (key, descending) == (self.order, self.descending):
            return  # the view repeats its indicator when set up: no second query
        self.order, self.descending = key, descending
        self.layoutAboutToBeChanged.emit()
        self.ids = core.search_ids(self.db, self.filter, order=self.order, descending=self.descending)
        self._pages.clear()
        self.layoutChanged.emit()

    def _row(self, row: int) -> tuple | None:
        page = row // self.PAGE
        cached = self._pages.get(page)
        if cached is None:
            chunk = self.ids[page * self.PAGE:(page + 1) * self.PAGE]
            cached = core.table_page(self.db, chunk)
            self.queries += 1
            self._pages[page] = cached
            if len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached.get(self.ids[row])

    def contribution_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, contribution_id: int) -> int | None:
        try:
            return self.ids.index(contribution_id)
        except ValueError:
            return None

    # --- Qt ----------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role not in (Qt.DisplayRole, Qt.ToolTipRole, Qt.BackgroundRole, Qt.ForegroundRole):
            return None
        row = self._row(index.row())
        if row is None:  # deleted since the query ran
            return None
        col = index.column()
        answered = row[_COL["answered_on"]]
        due = row[_COL["due_on"]]
        if role == Qt.BackgroundRole:
            if col in (self.DUE, self.OUTCOME) and not answered and not row[_COL["withdrawn_on"]]:
                if due < self.today.isoformat():
                    return RED
                if due <= self.soon_limit.isoformat():
                    return AMBER
            return None
        if role == Qt.ForegroundRole:
            if col == self.FROM and not row[_COL["publish_name"]]:
                return MUTED  # a name that must not be published
            return None
        if role == Qt.ToolTipRole:
            if col == self.TEXT:
                return row[_COL["text"]]
            if col == self.OUTCOME and row[_COL["reason"]]:
                return row[_COL["reason"]]
            if col == self.FROM and not row[_COL["publish_name"]]:
                return MODELS_RESPONSES.tr("No consent to publish the name: the public sees {shown}").format(
                    shown=row[_COL["organisation"]] or MODELS_RESPONSES.tr("'Individual'"))
            if col == self.DUE and not answered and due < self.today.isoformat():
                return MODELS_RESPONSES.tr("Overdue: not answered by its due date")
            return None
        return self._display(row, col)

    def _display(self, row: tuple, col: int) -> str:
        if col == self.NUMBER:
            return str(row[_COL["id"]])
        if col == self.RECEIVED:
            return _day(row[_COL["received_on"]], current())
        if col == self.DUE:
            return _day(row[_COL["due_on"]], current())
        if col == self.CHANNEL:
            return record_label(CHANNELS.get(row[_COL["channel"]], row[_COL["channel"]]))
        if col == self.FROM:
            parts = [p for p in (row[_COL["contributor_name"]], row[_COL["organisation"]]) if p]
            return ", ".join(parts) or MODELS_RESPONSES.tr("Individual")
        if col == self.TYPE:
            return record_label(CONTRIBUTOR_TYPES.get(row[_COL["contributor_type"]], ""))
        if col == self.THEME:
            return row[_COL["theme"]]
        if col == self.SECTION:
            return row[_COL["section"]]
        if col == self.TEXT:
            text = " ".join(row[_COL["text"]].split())
            return text if len(text) <= 140 else text[:139] + "…"
        if col == self.OUTCOME:
            outcome = row[_COL["outcome"]]
            if row[_COL["withdrawn_on"]] and not outcome:
                return MODELS_RESPONSES.tr("Withdrawn")
            return outcome_words(outcome)
        if col == self.ANSWERED:
            return _day(row[_COL["answered_on"]], current())
        return ""


# Short headings so the counts fit beside the theme; the tooltip gives the full outcome.
SHORT_OUTCOMES = {"included": QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Included"), "amended": QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Amended"), "merged": QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Merged"), "not_included": QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Not included"),
                  "out_of_scope": QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Out of scope"), "deferred": QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Deferred"), "under_consideration": QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Considering"),
                  "none": QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Not answered")}


class ThemeSummaryModel(QAbstractTableModel):
    """Per theme of one consultation: contributions, counts by outcome, whether a summary is written."""

    OUTCOME_KEYS = list(OUTCOMES) + ["none"]
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Theme"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Contributions")] + [SHORT_OUTCOMES[k] for k in SHORT_OUTCOMES] + [QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Summary written")]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.themes: list[core.ThemeOverview] = []

    def set_themes(self, themes: list[core.ThemeOverview]) -> None:
        self.beginResetModel()
        self.themes = list(themes)
        self.endResetModel()

    def theme_at(self, row: int) -> core.ThemeOverview | None:
        return self.themes[row] if 0 <= row < len(self.themes) else None

    def row_of(self, theme: str) -> int | None:
        return next((i for i, t in enumerate(self.themes) if t.theme == theme), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.themes)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return shown(self.COLUMNS[section])
        if role == Qt.ToolTipRole and 2 <= section < 2 + len(self.OUTCOME_KEYS):
            key = self.OUTCOME_KEYS[section - 2]
            return outcome_words(key)
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        t = self.themes[index.row()]
        col = index.column()
        if role == Qt.TextAlignmentRole and col >= 1:
            return int(Qt.AlignCenter)
        if role == Qt.BackgroundRole and col == len(self.COLUMNS) - 1 and not (t.heard and t.response):
            return AMBER
        if role != Qt.DisplayRole:
            return None
        if col == 0:
            return t.theme or MODELS_RESPONSES.tr("No theme")
        if col == 1:
            return t.total
        if col == len(self.COLUMNS) - 1:
            return MODELS_RESPONSES.tr("Yes") if t.heard and t.response else (MODELS_RESPONSES.tr("Partly") if t.heard or t.response else MODELS_RESPONSES.tr("No"))
        n = t.counts.get(self.OUTCOME_KEYS[col - 2], 0)
        return n or ""


class DueListModel(ListTableModel):
    """Overdue or due-soon contributions (small lists, read whole)."""

    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_RESPONSES", "No."), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Consultation"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Received"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Due"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Working days late"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Theme"), QT_TRANSLATE_NOOP("MODELS_RESPONSES", "Contribution")]
    NUMBER, CONSULTATION, RECEIVED, DUE, LATE, THEME, TEXT = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Contribution, str, int]] = []

    def set_rows(self, rows: list[tuple[Contribution, str, int]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def contribution_id(self, row: int) -> int | None:
        return self.rows[row][0].id if 0 <= row < len(self.rows) else None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        c, consultation, late = self.rows[index.row()]
        if role == ID_ROLE:
            return c.id
        if role == Qt.ToolTipRole and index.column() == 6:
            return c.text
        if role != Qt.DisplayRole:
            return None
        text = " ".join(c.text.split())
        return [str(c.id), consultation, window_day(c.received_on, short=True), window_day(c.due_on, short=True),
                str(late) if late else "", c.theme, text[:120]][index.column()]
