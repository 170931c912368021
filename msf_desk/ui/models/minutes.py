"""Table models for the Minutes page: the attendance checklist, the agenda items, the
decisions of an item with their verdicts, and actions (this meeting's and matters arising)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from msf_desk.model.actions import Action
from msf_desk.core.matters_arising import is_overdue
from msf_desk.model.minutes import PRESENCE, Attendee
from msf_desk.model.minutes import Decision
from msf_desk.core.decisions import Verdict
from msf_desk.model.members import ROLES, SIDES, Member
from msf_desk.ui.models.base import ListTableModel
from msf_desk.ui.i18n import QT_TRANSLATE_NOOP, Context, record_label, shown, window_day

MODELS_MINUTES = Context("MODELS_MINUTES")

SORT_ROLE = Qt.UserRole
ID_ROLE = Qt.UserRole + 1

GREEN = QColor("#d6efd8")
AMBER = QColor("#fde7b0")
RED = QColor("#f6c1bd")
GREY = QColor("#eef0f3")
MUTED = QColor("#7a7f87")
PRESENCE_SHORT = {"in_person": QT_TRANSLATE_NOOP("MODELS_MINUTES", "In person"), "remote": QT_TRANSLATE_NOOP("MODELS_MINUTES", "Remote"), "apologies": QT_TRANSLATE_NOOP("MODELS_MINUTES", "Apologies"), "absent": QT_TRANSLATE_NOOP("MODELS_MINUTES", "Absent")}
PRESENCE_COLOUR = {"in_person": GREEN, "remote": GREEN, "apologies": AMBER, "absent": None}
OUTCOME_COLOUR = {"agreed": GREEN, "not_agreed": RED, "deferred": GREY, "incomplete": AMBER}


class _Table(ListTableModel):
    COLUMNS: list[str] = []


class AttendanceModel(_Table):
    """Everyone on the list: members first (government, then non-government), then others."""

    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_MINUTES", "Name"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Attendance"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Sitting for"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Side"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Role"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Organisation")]
    NAME, PRESENCE, FOR, SIDE, ROLE, ORGANISATION = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Attendee] = []
        self.members: dict[int, Member] = {}
        self.seats: set[int] = set()   # attendance ids whose person fills a voting seat
        # Each row's cells, worked out once per reset: a view sizing its columns to their
        # contents asks for every cell of every row several times (420 members on a large forum).
        self.texts: list[tuple[str, ...] | None] = []

    def set_rows(self, rows: list[Attendee], members: dict[int, Member], seats: set[int],
                 texts: list[tuple[str, ...]] | None = None) -> None:
        """`texts`: each row's cells (attendance_cells with these members), when prepared with
        the reading (off the window's thread); else worked out as the table asks for them."""
        rows = list(rows)
        if texts is not None and len(texts) != len(rows):
            texts = None
        if members is self.members and [a.id for a in rows] == [a.id for a in self.rows]:
            # The same people in the same order (read again after an edit of the page): only the
            # rows that changed are told, so the table keeps its selection, its columns' measure
            # when no words changed, and does not lay out 400 rows again.
            changed = [n for n, (new, old) in enumerate(zip(rows, self.rows))
                       if new != old or (new.id in seats) != (old.id in self.seats)]
            self.rows, self.seats = rows, seats
            if changed:
                for n in changed:
                    self.texts[n] = texts[n] if texts is not None else None
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.members = members
        self.seats = seats
        self.texts = list(texts) if texts is not None else [None] * len(self.rows)
        self.endResetModel()

    def _cells(self, row: int) -> tuple[str, ...]:
        texts = self.texts[row]
        if texts is None:
            texts = self.texts[row] = attendance_cells(self.rows[row], self.members)
        return texts

    def column_texts(self, column: int) -> list[str]:
        """Every row's words in `column` (what data() shows), for a table measuring the column."""
        return [self._cells(row)[column] for row in range(len(self.rows))]

    def attendee_at(self, row: int) -> Attendee:
        return self.rows[row]

    def row_of(self, attendee_id: int) -> int | None:
        return next((i for i, a in enumerate(self.rows) if a.id == attendee_id), None)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.DisplayRole:
            return self._cells(row)[col]
        a = self.rows[row]
        if role == Qt.ToolTipRole:
            if col == self.PRESENCE:
                return MODELS_MINUTES.tr("{presence} — keys: P in person, R remote, A apologies, X absent").format(presence=PRESENCE.get(a.presence, a.presence))
            return self._cells(row)[col]
        if role == SORT_ROLE:
            return row if col == self.NAME else self._cells(row)[col]
        if role == ID_ROLE:
            return a.id
        if role == Qt.BackgroundRole and col == self.PRESENCE:
            colour = PRESENCE_COLOUR.get(a.presence)
            return QBrush(colour) if colour else None
        if role == Qt.ForegroundRole and a.member_id is not None and a.present and a.id not in self.seats:
            return QBrush(MUTED)  # present but not counted (observer, secretariat, alternate sitting for nobody)
        return None


def attendance_cells(a: Attendee, members: dict[int, Member]) -> tuple[str, ...]:
    """An attendee's cells in the attendance table, in the window's language: only Python and
    Qt's translations, so a page may prepare them with its reading, off the window's thread."""
    return tuple(_attendance_text(a, members, col) for col in range(len(AttendanceModel.COLUMNS)))


def _attendance_text(a: Attendee, members: dict[int, Member], col: int) -> str:
    m = members.get(a.member_id)
    if col == AttendanceModel.NAME:
        return m.name if m else a.name
    if col == AttendanceModel.ORGANISATION:
        return m.organisation if m else a.organisation
    if col == AttendanceModel.SIDE:
        return record_label(SIDES.get(m.side, "")) if m else ""
    if col == AttendanceModel.ROLE:
        if m is None:
            return {"guest": MODELS_MINUTES.tr("Guest"), "observer": MODELS_MINUTES.tr("Observer"), "secretariat": MODELS_MINUTES.tr("Secretariat")}.get(a.kind, a.kind)
        if m.role == "alternate" and m.alternate_for in members:
            return MODELS_MINUTES.tr("Alternate for {name}").format(name=members[m.alternate_for].name)
        return record_label(ROLES.get(m.role, m.role))
    if col == AttendanceModel.PRESENCE:
        return shown(PRESENCE_SHORT.get(a.presence, a.presence))
    if col == AttendanceModel.FOR:
        holder = members.get(a.substitute_for)
        return holder.name if holder and a.present else ""
    return ""


class ItemsModel(_Table):
    """The agenda, numbered as in the pack, with what the minutes hold for each item."""

    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_MINUTES", "No."), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Item")]
    NUMBER, TITLE = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, int, str, str]] = []   # (item id, number, title, recorded)

    def set_rows(self, rows: list[tuple[int, int, str, str]]) -> None:
        rows = list(rows)
        if [r[0] for r in rows] == [r[0] for r in self.rows]:
            # The same items (read again after an edit of the page): only the rows whose words
            # changed are told ("2 decisions"), so the agenda keeps its selection and is not
            # measured and drawn again whole.
            changed = [n for n, (new, old) in enumerate(zip(rows, self.rows)) if new != old]
            self.rows = rows
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def item_id_at(self, row: int) -> int:
        return self.rows[row][0]

    def row_of(self, item_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r[0] == item_id), None)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        item_id, number, title, recorded = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if index.column() == self.NUMBER:
                return str(number)
            return f"{title}\n({recorded})" if recorded else title
        if role == ID_ROLE:
            return item_id
        if role == Qt.BackgroundRole and recorded and index.column() == self.NUMBER:
            return QBrush(GREEN)
        return None


class DecisionsModel(_Table):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_MINUTES", "No."), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Decision"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Rule"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Verdict")]
    NUMBER, TEXT, RULE, VERDICT = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, Decision, str, Verdict]] = []

    def set_rows(self, rows: list[tuple[int, Decision, str, Verdict]]) -> None:
        if list(rows) == self.rows:
            return                      # as shown (a vote typed changes no verdict's words here)
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def decision_at(self, row: int) -> Decision:
        return self.rows[row][1]

    def row_of(self, decision_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r[1].id == decision_id), None)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        number, d, rule, v = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            return [str(number), d.text.splitlines()[0] if d.text else "", rule, record_label(v.label)][col]
        if role == Qt.ToolTipRole:
            return v.explanation if col == self.VERDICT else d.text
        if role == ID_ROLE:
            return d.id
        if role == Qt.BackgroundRole and col == self.VERDICT:
            return QBrush(OUTCOME_COLOUR.get(v.outcome, GREY))
        return None


class ActionsModel(_Table):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_MINUTES", "No."), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Action"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Owner"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Due"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Status"), QT_TRANSLATE_NOOP("MODELS_MINUTES", "Item")]
    NUMBER, TEXT, OWNER, DUE, STATUS, ITEM = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Action, str, str]] = []   # (action, owner, item text)
        self.today = dt.date.today()

    def set_rows(self, rows: list[tuple[Action, str, str]], today: dt.date) -> None:
        rows = list(rows)
        if rows == self.rows and today == self.today:
            return                      # as shown (read again after an edit that left them)
        self.beginResetModel()
        self.rows = rows
        self.today = today
        self.endResetModel()

    def action_at(self, row: int) -> Action:
        return self.rows[row][0]

    def row_of(self, action_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r[0].id == action_id), None)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        a, owner, item = self.rows[index.row()]
        col = index.column()
        late = is_overdue(a, self.today)
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if col == self.NUMBER:
                return str(a.id)
            if col == self.TEXT:
                return a.text
            if col == self.OWNER:
                return owner
            if col == self.DUE:
                if a.due is None:
                    return ""
                # Whole words: "overdue 149 d" read as a cut-off cell.
                return window_day(a.due) + (MODELS_MINUTES.tr(" — %n day(s) overdue", "", (self.today - a.due).days)
                                            if late else "")
            if col == self.STATUS:
                return record_label(a.status_label) + (f" ({window_day(a.closed_on)})" if a.closed_on else "")
            return item
        if role == SORT_ROLE:
            if col == self.DUE:
                return a.due.isoformat() if a.due else "9999"
            if col == self.NUMBER:
                return a.id
            return self.data(index, Qt.DisplayRole)
        if role == ID_ROLE:
            return a.id
        if role == Qt.BackgroundRole and col in (self.DUE, self.STATUS) and late:
            return QBrush(RED)
        if role == Qt.ForegroundRole and a.status != "open":
            return QBrush(MUTED)
        return None


class SortProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
