"""Table models for the Ethics page and the conflicts panel."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from msf_desk.core.breaches import Breach
from msf_desk.core.conflicts import Conflict, FlaggedDecision, fold
from msf_desk.core.ethics import ComplianceRow
from msf_desk.model.ethics import Declaration, Interest, Signature, Statement
from msf_desk.model.members import ROLES
from msf_desk.ui.models.base import RowsTableModel
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, in_window_language, record_label, window_day

MODELS_ETHICS = Context("MODELS_ETHICS")

SORT_ROLE = Qt.UserRole
ID_ROLE = Qt.UserRole + 1

AMBER = QColor("#fde7b0")
RED = QColor("#f6c1bd")
GREEN = QColor("#d6efd8")
MUTED = QColor("#7a7f87")
DARK = QColor("#202020")


class _Day(str):
    """A date as the window's tables show it ('12 Mar 2026', '12 mars 2026') that sorts by the
    date itself."""

    __slots__ = ("iso",)

    def __new__(cls, value) -> "_Day":
        day = super().__new__(cls, window_day(value, short=True))
        day.iso = value.isoformat()
        return day


def _d(value) -> str:
    return _Day(value) if value else ""


# The roles a register's table answers beyond its words and sort keys (see _Table.extra).
_EXTRA_ROLES = frozenset({Qt.BackgroundRole, Qt.ForegroundRole, Qt.ToolTipRole, ID_ROLE})


class _Table(RowsTableModel):
    COLUMNS: list[str] = []

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Each row's cells, worked out once per reset: a view sizing its columns to their
        # contents, and a sorted proxy, ask for every cell of every row many times.
        self._cells: list[list[str] | None] = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = [None] * len(self.rows)
        self.endResetModel()

    def cells(self, r) -> list[str]:
        raise NotImplementedError

    def cells_at(self, row: int) -> list[str]:
        cells = self._cells[row]
        if cells is None:
            with in_window_language():   # the rules' words (statement, declaration, state) in the window's language
                cells = self._cells[row] = self.cells(self.rows[row])
        return cells

    def column_texts(self, column: int) -> list[str]:
        """Every row's words in `column` (what data() shows), for a table measuring the column."""
        return [self.cells_at(row)[column] for row in range(len(self.rows))]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            return self.cells_at(index.row())[index.column()]
        if role == SORT_ROLE:
            cell = self.cells_at(index.row())[index.column()]
            return cell.iso if isinstance(cell, _Day) else fold(cell)
        if role not in _EXTRA_ROLES:
            return None                  # a view asks for some ten roles per cell: most have nothing
        with in_window_language():
            return self._data(index, role)

    def _data(self, index: QModelIndex, role: int):
        r = self.rows[index.row()]
        if role == ID_ROLE:
            return getattr(r, "id", None) if not isinstance(r, ComplianceRow) else r.member_id
        return self.extra(r, index.column(), role)

    def extra(self, r, column: int, role: int):
        return None


class ComplianceModel(_Table):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_ETHICS", "Member"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Organisation"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Seat"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Ethics statement"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Declaration of interests")]
    STATEMENT, DECLARATION = 3, 4

    def cells(self, r: ComplianceRow) -> list[str]:
        return [r.name, r.organisation, record_label(ROLES.get(r.role, r.role)), r.statement_text, r.declaration_text]

    def extra(self, r: ComplianceRow, column: int, role: int):
        colour = None
        if column == self.STATEMENT and r.current_version is not None:
            colour = GREEN if r.statement_ok else AMBER
        if column == self.DECLARATION:
            colour = {"ok": GREEN, "due_soon": AMBER, "overdue": RED, "missing": RED}.get(r.declaration)
        if role == Qt.BackgroundRole and colour is not None:
            return QBrush(colour)
        if role == Qt.ForegroundRole and colour is not None:
            return QBrush(DARK)
        if role == Qt.ToolTipRole:
            todo = r.reminders()
            return MODELS_ETHICS.tr("To do: {things}").format(things="; ".join(todo)) if todo else MODELS_ETHICS.tr("Up to date.")
        return None


class ComplianceFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_reminders = False
        self.setSortRole(SORT_ROLE)

    def set_only_reminders(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_reminders = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        return not self.only_reminders or self.sourceModel().row_at(row).needs_reminder


class StatementsModel(_Table):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_ETHICS", "Version"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Adopted"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Signatures"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Note")]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.signed: dict[int, int] = {}

    def set_statements(self, statements: list[Statement], signed: dict[int, int]) -> None:
        self.signed = signed
        self.set_rows(list(reversed(statements)))  # the current version first

    def cells(self, s: Statement) -> list[str]:
        current = self.rows and self.rows[0].id == s.id
        return [MODELS_ETHICS.tr("Version {version}").format(version=s.version) + (MODELS_ETHICS.tr(" (current)") if current else ""), _d(s.dated),
                str(self.signed.get(s.id, 0)), s.note]


class SignaturesModel(_Table):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_ETHICS", "Member"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Signed on"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "How")]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}

    def set_signatures(self, signatures: list[Signature], names: dict[int, str]) -> None:
        self.names = names
        self.set_rows(sorted(signatures, key=lambda s: self.names.get(s.member_id, "").casefold()))

    def cells(self, s: Signature) -> list[str]:
        how = record_label(s.method_label) + (f" ({s.file_name})" if s.method == "scan" and s.file_name else "")
        return [self.names.get(s.member_id, f"member {s.member_id}"), _d(s.signed_on), how]

    def extra(self, s: Signature, column: int, role: int):
        if role == Qt.ToolTipRole:
            if s.method == "typed":
                return MODELS_ETHICS.tr("Typed confirmation: {confirmation}").format(confirmation=s.confirmation)
            return MODELS_ETHICS.tr("Scan stored as {stored_path}\nSHA-256 {sha256}").format(stored_path=s.stored_path, sha256=s.sha256)
        return None


class DeclarationsModel(_Table):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_ETHICS", "Made on"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Kind"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Content")]

    def cells(self, d: Declaration) -> list[str]:
        return [_d(d.made_on), record_label(d.kind_label), d.summary()]


class InterestsModel(_Table):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_ETHICS", "Type"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Organisation"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Description"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "From"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "To"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Visibility")]

    def cells(self, i: Interest) -> list[str]:
        return [record_label(i.type_label), i.organisation, i.description, _d(i.from_date), _d(i.to_date),
                MODELS_ETHICS.tr("Public") if i.is_public else MODELS_ETHICS.tr("Forum only")]

    def extra(self, i: Interest, column: int, role: int):
        if role == Qt.ToolTipRole and not i.is_public:
            return MODELS_ETHICS.tr("Kept within the forum: {reason}").format(reason=i.reason)
        if role == Qt.ForegroundRole and column == 5 and not i.is_public:
            return QBrush(QColor("#8a4b00"))
        return None


class BreachesModel(_Table):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_ETHICS", "Member"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Reported"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Allegation"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Handled by"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Sanction"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Outcome"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Status")]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}

    def set_breaches(self, rows: list[Breach], names: dict[int, str]) -> None:
        self.names = names
        self.set_rows(rows)

    def cells(self, b: Breach) -> list[str]:
        return [self.names.get(b.member_id, MODELS_ETHICS.tr("member {id}").format(id=b.member_id)), _d(b.reported_on), b.allegation,
                b.handled_by, record_label(b.sanction_label), b.outcome, b.state_text]

    def extra(self, b: Breach, column: int, role: int):
        if role == Qt.ToolTipRole and column in (2, 5):
            return b.allegation if column == 2 else b.outcome
        if role == Qt.BackgroundRole and column == 6 and b.is_open:
            return QBrush(AMBER)
        if role == Qt.ForegroundRole and column == 6 and b.is_open:
            return QBrush(DARK)
        return None


class ConflictsModel(_Table):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_ETHICS", "Item"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Member"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Status"), QT_TRANSLATE_NOOP("MODELS_ETHICS", "Reason")]
    STATUS = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.flagged: set[tuple[int, int]] = set()

    def set_conflicts(self, conflicts: list[Conflict], flagged: list[FlaggedDecision]) -> None:
        self.flagged = {(f.item_id, f.member_id) for f in flagged}
        self.set_rows(conflicts)

    def is_flagged(self, c: Conflict) -> bool:
        return (c.item_id, c.member_id) in self.flagged

    def status(self, c: Conflict) -> str:
        if self.is_flagged(c):
            return MODELS_ETHICS.tr("Took part in a decision: flagged")
        return c.status_text

    def cells(self, c: Conflict) -> list[str]:
        reason = c.reason + (MODELS_ETHICS.tr(" (interest kept within the forum)") if c.visibility == "forum_only" else "")
        return [f"{c.item_position}. {c.item_title}", c.member_name, self.status(c), reason]

    def extra(self, c: Conflict, column: int, role: int):
        if column == self.STATUS:
            colour = RED if self.is_flagged(c) else GREEN if c.handled else AMBER
            if role == Qt.BackgroundRole:
                return QBrush(colour)
            if role == Qt.ForegroundRole:
                return QBrush(DARK)
        if role == Qt.ToolTipRole:
            lines = [c.reason + "."]
            if c.note:
                lines.append(MODELS_ETHICS.tr("Recorded: {note}").format(note=c.note))
            return "\n".join(lines)
        return None


def date_text(value) -> str:
    return window_day(value) if value else ""
