"""Table models for the Members page: members, the parity projection, selection rounds."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from msf_desk.model.members import METHODS, OUTCOMES as CANDIDATE_OUTCOMES, SIDES, Member, SelectionRound
from msf_desk.core.parity import ProjectedChange
from msf_desk.ui.models.base import ListTableModel
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, current as current_language, record_label, window_day

MODELS_MEMBERS = Context("MODELS_MEMBERS")

SORT_ROLE = Qt.UserRole
ID_ROLE = Qt.UserRole + 1
ENDING_WITHIN_DAYS = 90

AMBER = QColor("#fde7b0")
RED = QColor("#f6c1bd")
GREEN = QColor("#d6efd8")
MUTED = QColor("#7a7f87")


def _date(value: dt.date | None) -> str:
    """A date as the window's tables show it ('12 Mar 2026', '12 mars 2026')."""
    return window_day(value, short=True) if value else ""


def _iso(value: dt.date | None) -> str:
    """What a date column sorts by: the date itself."""
    return value.isoformat() if value else ""


_MORE_ROLES = frozenset((Qt.BackgroundRole, Qt.ForegroundRole, Qt.ToolTipRole))


class MembersModel(ListTableModel):
    ROWS = "members"
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Name"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Organisation"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Sector"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Side"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Role"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Voting"),
               QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Term start"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Term end"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Status")]
    NAME, ORGANISATION, SECTOR, SIDE, ROLE, VOTING, TERM_START, TERM_END, STATUS = range(9)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.members: list[Member] = []      # in the order shown (sorted, see sort)
        self._read: list[Member] = []        # in the order read
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self.today = dt.date.today()
        self._names: dict[int, str] = {}
        # Each member's cells as shown, written once per language: a view sizing its columns
        # asks for every cell many times (420 members: about 200,000 calls on first show).
        self._shown: dict[tuple[object, str], tuple] = {}

    def set_members(self, members: list[Member], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._read = list(members)
        self._names = {m.id: m.name for m in self._read}
        self._shown = {}
        if today is not None:
            self.today = today
        self.members = self._in_order(self._read, *self._sorted) if self._sorted else list(self._read)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:  # noqa: A003 (Qt's name)
        """The rows in the order of `column` (what it sorts by: SORT_ROLE), ties in the order they
        were in (read, or sorted before), as QSortFilterProxyModel sorts them; done here once, in Python, rather than by the proxy
        asking the model for two cells per comparison (420 members: some 7,000 calls). The page's
        proxy hands its sort to this model (MembersFilter.sort) and keeps the rows' order."""
        if (column, order) == self._sorted:
            return              # as sorted (QTableView.sortByColumn asks twice)
        self._sorted = (column, order)
        if not self.members or not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        position = {id(m): row for row, m in enumerate(self.members)}
        self.members = self._in_order(self.members, column, order)
        moved = {position[id(m)]: row for row, m in enumerate(self.members)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def _in_order(self, members: list[Member], column: int, order: Qt.SortOrder) -> list[Member]:
        """`members` sorted by `column`, ties in the order given (as the proxy's stable sort)."""
        if not 0 <= column < len(self.COLUMNS):
            return list(members)
        at = len(self.COLUMNS) + column
        return sorted(members, key=lambda m: self._cells_of(m)[at], reverse=order == Qt.DescendingOrder)

    def member_at(self, row: int) -> Member:
        return self.members[row]

    def row_of(self, member_id: int) -> int | None:
        return next((i for i, m in enumerate(self.members) if m.id == member_id), None)

    # --- Qt ---------------------------------------------------------------------------
    def ending_in_days(self, member: Member) -> int | None:
        """Days until the term ends, when it ends within the highlight window."""
        if member.status != "active" or member.term_end is None:
            return None
        days = (member.term_end - self.today).days
        return days if days <= ENDING_WITHIN_DAYS else None

    def role_text(self, m: Member) -> str:
        if m.role == "alternate" and m.alternate_for in self._names:
            return MODELS_MEMBERS.tr("Alternate for {names}").format(names=self._names[m.alternate_for])
        return record_label(m.role_label)

    def _cells(self, row: int) -> tuple:
        """The row's cells as shown and, after them, what each column sorts by."""
        return self._cells_of(self.members[row])

    def _cells_of(self, m: Member) -> tuple:
        key = (id(m), current_language())
        cells = self._shown.get(key)
        if cells is None:
            shown = (m.name, m.organisation, record_label(m.sector_label), record_label(m.side_label), self.role_text(m),
                     MODELS_MEMBERS.tr("Yes") if m.voting else MODELS_MEMBERS.tr("No"), _date(m.term_start),
                     _date(m.term_end), record_label(m.status_label))
            sort = [text.casefold() for text in shown]
            sort[self.TERM_START] = _iso(m.term_start) or "9999"
            sort[self.TERM_END] = _iso(m.term_end) or "9999"
            sort[self.VOTING] = int(m.voting)
            cells = self._shown[key] = shown + tuple(sort)
        return cells

    def column_texts(self, column: int) -> list[str]:
        """Every row's words in `column` (what data() shows), for a table measuring the column."""
        return [self._cells(row)[column] for row in range(len(self.members))]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            return self._cells(index.row())[index.column()]
        if role == SORT_ROLE:
            return self._cells(index.row())[9 + index.column()]
        if role == ID_ROLE:
            return self.members[index.row()].id
        if role not in _MORE_ROLES:     # a view asks for many roles it does not use here
            return None
        m = self.members[index.row()]
        col = index.column()
        days = self.ending_in_days(m)
        if role == Qt.BackgroundRole and col == self.TERM_END and days is not None:
            return QBrush(RED if days < 0 else AMBER)
        if role == Qt.ForegroundRole:
            if col == self.TERM_END and days is not None:
                return QBrush(QColor("#202020"))
            if m.status != "active":
                return QBrush(MUTED)
        if role == Qt.ToolTipRole:
            if col == self.TERM_END and days is not None:
                if days < 0:
                    return MODELS_MEMBERS.tr("The term ended on {term_end}: update the status or the term.").format(term_end=window_day(m.term_end))
                return MODELS_MEMBERS.tr("The term ends on {term_end}, in %n day(s).", "", days).format(term_end=window_day(m.term_end))
            if col in (self.TERM_START, self.TERM_END):
                return window_day(m.term_start if col == self.TERM_START else m.term_end) or None
            if col == self.NAME and not m.publish_name:
                return MODELS_MEMBERS.tr("Has not agreed to have their name published.")
            if col == self.STATUS and m.status != "active" and m.status_date:
                return MODELS_MEMBERS.tr("{status_label} on {status_date}").format(status_label=record_label(m.status_label), status_date=window_day(m.status_date))
        return None


class MembersFilter(QSortFilterProxyModel):
    """Filters by a search text (name, organisation), side, role and status."""

    ACTIVE = "active_only"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.side = ""
        self.role = ""
        self.status = self.ACTIVE
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:  # noqa: A003 (Qt's name)
        """Sorted by the members' model (MembersModel.sort: once, in Python); the rows it lets
        through keep that order."""
        source = self.sourceModel()
        if isinstance(source, MembersModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def set_filters(self, *, text=None, side=None, role=None, status=None) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = " ".join(text.casefold().split())
        if side is not None:
            self.side = side
        if role is not None:
            self.role = role
        if status is not None:
            self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        m: Member = self.sourceModel().member_at(row)
        if self.text and self.text not in f"{m.name} {m.organisation}".casefold():
            return False
        if self.side and m.side != self.side:
            return False
        if self.role and m.role != self.role:
            return False
        if self.status == self.ACTIVE:
            return m.status == "active"
        return not self.status or m.status == self.status


def balance_colour(government: int, non_government: int) -> QColor | None:
    gap = abs(government - non_government)
    if gap == 0:
        return GREEN if government + non_government else None
    return AMBER if gap == 1 else RED


class ProjectionModel(ListTableModel):
    """Coming changes of the balance as terms end and start."""

    ROWS = "changes"
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_MEMBERS", "From"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Gov. : non-gov."), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Balance"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Change")]
    DATE, SEATS, BALANCE, CHANGE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.changes: list[ProjectedChange] = []

    def set_changes(self, changes: list[ProjectedChange]) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.endResetModel()

    @staticmethod
    def balance_text(change: ProjectedChange) -> str:
        d = change.difference
        if d == 0:
            return MODELS_MEMBERS.tr("Even") if change.government + change.non_government else MODELS_MEMBERS.tr("No seats")
        if d > 0:
            return MODELS_MEMBERS.tr("+{n} government").format(n=abs(d))
        return MODELS_MEMBERS.tr("+{n} non-government").format(n=abs(d))

    @staticmethod
    def change_text(change: ProjectedChange) -> str:
        parts = [MODELS_MEMBERS.tr("{name} leaves").format(name=name) for name in change.leaving]
        parts += [MODELS_MEMBERS.tr("{name} joins").format(name=name) for name in change.joining]
        return "; ".join(parts)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        c = self.changes[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            return [_date(c.on), f"{c.government} : {c.non_government}",
                    self.balance_text(c), self.change_text(c)][col]
        if role == Qt.ToolTipRole:
            lines = [MODELS_MEMBERS.tr("From {on}: {government} government, {non_government} non-government seats.").format(on=window_day(c.on), government=c.government, non_government=c.non_government)]
            lines += [MODELS_MEMBERS.tr("Leaves: {n}").format(n=n) for n in c.leaving] + [MODELS_MEMBERS.tr("Joins: {n}").format(n=n) for n in c.joining]
            return "\n".join(lines)
        if role == Qt.BackgroundRole and col == self.BALANCE:
            colour = balance_colour(c.government, c.non_government)
            return QBrush(colour) if colour else None
        if role == Qt.TextAlignmentRole and col == self.SEATS:
            return int(Qt.AlignCenter)
        return None


class RoundsModel(ListTableModel):
    ROWS = "rounds"
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Title"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Side"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Method"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Call opened"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Call closed"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Result"), QT_TRANSLATE_NOOP("MODELS_MEMBERS", "Candidates")]
    TITLE, SIDE, METHOD, CALL_OPENED, CALL_CLOSED, RESULT, CANDIDATES = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rounds: list[SelectionRound] = []

    def set_rounds(self, rounds: list[SelectionRound]) -> None:
        self.beginResetModel()
        self.rounds = list(rounds)
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rounds[index.row()]
        col = index.column()
        side = {"both": MODELS_MEMBERS.tr("Both sides")}.get(r.side) or record_label(SIDES.get(r.side, r.side))
        if role == Qt.DisplayRole:
            result = r.result + (f" ({_date(r.result_date)})" if r.result_date else "")
            return [r.title, side, record_label(METHODS.get(r.method, r.method)), _date(r.call_opened),
                    _date(r.call_closed), result, str(len(r.candidates))][col]
        if role == Qt.ToolTipRole:
            lines = [r.title, record_label(r.method_label)]
            if r.advertised:
                lines.append(MODELS_MEMBERS.tr("Advertised: {advertised}").format(advertised=r.advertised))
            if r.led_by:
                lines.append(MODELS_MEMBERS.tr("Led by: {led_by}").format(led_by=r.led_by))
            if r.result:
                lines.append(MODELS_MEMBERS.tr("Result: {result}").format(result=r.result))
            lines += [f"• {c.name} — {record_label(CANDIDATE_OUTCOMES.get(c.outcome, c.outcome))}"
                      + (" " + MODELS_MEMBERS.tr("(%n vote(s))", "", c.votes) if c.votes is not None else "")
                      for c in r.candidates]
            return "\n".join(lines)
        return None
