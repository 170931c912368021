"""Table models for meetings, agenda items (reorderable by drag and drop) and papers."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QMimeData, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from msf_desk.model.meetings import AgendaItem
from msf_desk.core.agendas import Timetable
from msf_desk.model.errors import UserError
from msf_desk.model.meetings import Meeting
from msf_desk.model.meetings import Paper
from msf_desk.core.attachments import size_text
from msf_desk.ui.local_dates import format_date, parse_local_date
from msf_desk.ui.models.base import ListTableModel
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, current, record_label, window_clock, window_day
from msf_desk.ui.words import meeting_when

MODELS_MEETINGS = Context("MODELS_MEETINGS")

ID_ROLE = Qt.UserRole + 1
ITEM_MIME = "application/x-msf-desk-agenda-rows"
AMBER = QColor("#fde7b0")
RED = QColor("#f8c9c4")
GREY = QColor("#8a8a8a")


class MeetingsModel(ListTableModel):
    DATE, TIME, TITLE, KIND, STATUS, AGENDA, NOTICE = range(7)
    HEADERS = [QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Date"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Time"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Meeting"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Kind"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Status"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Agenda"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Notice due")]
    COLUMNS = HEADERS
    ROWS = "meetings"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.meetings: list[Meeting] = []
        self.deadlines: dict[int, dt.date] = {}
        self.overdue: set[int] = set()

    def set_meetings(self, meetings: list[Meeting], deadlines: dict[int, dt.date], overdue: set[int]) -> None:
        self.beginResetModel()
        self.meetings = list(meetings)
        self.deadlines = dict(deadlines)
        self.overdue = set(overdue)
        self.endResetModel()

    def meeting_at(self, row: int) -> Meeting:
        return self.meetings[row]

    def row_of(self, meeting_id: int) -> int | None:
        return next((r for r, m in enumerate(self.meetings) if m.id == meeting_id), None)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        m = self.meetings[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == self.DATE:
                return window_day(m.day, short=True)
            if col == self.TIME:
                return f"{window_clock(m.local_start)}–{window_clock(m.local_end)}"
            if col == self.TITLE:
                return m.title + ("" if m.public else MODELS_MEETINGS.tr("  (not public)"))
            if col == self.KIND:
                return record_label(m.kind_label)
            if col == self.STATUS:
                return record_label(m.status_label)
            if col == self.AGENDA:
                return {"draft": MODELS_MEETINGS.tr("Draft"), "approved": MODELS_MEETINGS.tr("Approved"), "sent": MODELS_MEETINGS.tr("Sent")}.get(m.agenda_status)
            if col == self.NOTICE:
                due = self.deadlines.get(m.id)
                return window_day(due, short=True) if due and m.status == "planned" else ""
        if role == Qt.ToolTipRole:
            text = f"{m.title}\n{meeting_when(m)}\n{m.location}"
            if m.status_reason:
                text += f"\n{m.status_reason}"
            if m.id in self.overdue:
                text += MODELS_MEETINGS.tr("\nOverdue: the notice deadline has passed.")
            return text
        if role == Qt.BackgroundRole and m.id in self.overdue:
            return QBrush(AMBER)
        if role == Qt.ForegroundRole and m.status in ("cancelled", "postponed"):
            return QBrush(GREY)
        if role == ID_ROLE:
            return m.id
        if role == Qt.UserRole:  # sort key
            if col in (self.DATE, self.TIME):
                return m.starts_at.timestamp()
            if col == self.NOTICE:
                due = self.deadlines.get(m.id)
                return due.isoformat() if due and m.status == "planned" else ""
            return self.data(index, Qt.DisplayRole)
        return None


class MeetingsFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(Qt.UserRole)
        self.upcoming_only = False
        self.today = dt.date.today()

    def set_upcoming_only(self, value: bool, today: dt.date) -> None:
        self.beginFilterChange()
        self.upcoming_only, self.today = value, today
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if not self.upcoming_only:
            return True
        meeting = self.sourceModel().meeting_at(row)
        return meeting.day >= self.today


class AgendaModel(ListTableModel):
    """The agenda with computed times. Rows are dragged to reorder: the model does not move
    them itself but asks (reorder_requested) so the move goes through an undoable command."""

    TIME, NUMBER, TITLE, PURPOSE, PRESENTERS, MINUTES, PAPERS = range(7)
    HEADERS = [QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Time"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "No."), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Item"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Purpose"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Presented by"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Min"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Papers")]
    COLUMNS = HEADERS
    ROWS = "items"
    reorder_requested = Signal(list)  # the new order of item ids

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.table: Timetable | None = None
        self.paper_counts: dict[int, int] = {}

    def set_agenda(self, items: list[AgendaItem], table: Timetable | None, paper_counts: dict[int, int]) -> None:
        self.beginResetModel()
        self.items = [t.item for t in table.items] if table else list(items)
        self.table = table
        self.paper_counts = dict(paper_counts)
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItem:
        return self.items[row]

    def row_of(self, item_id: int) -> int | None:
        return next((r for r, i in enumerate(self.items) if i.id == item_id), None)

    def order(self) -> list[int]:
        return [i.id for i in self.items]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        timed = self.table.items[index.row()] if self.table else None
        col = index.column()
        if role == Qt.DisplayRole:
            if col == self.TIME:
                return window_clock(timed.start) if timed else ""
            if col == self.NUMBER:  # breaks take time but have no number
                return str(timed.number or "") if timed else ("" if item.is_break else str(index.row() + 1))
            if col == self.TITLE:
                return item.title
            if col == self.PURPOSE:
                if item.is_break:
                    return MODELS_MEETINGS.tr("Break")
                if current() != "en":
                    return record_label(item.purpose_label)
                return item.purpose_label.replace("For ", "").capitalize()
            if col == self.PRESENTERS:
                return item.presenters
            if col == self.MINUTES:
                return str(item.duration_minutes)
            if col == self.PAPERS:
                count = self.paper_counts.get(item.id, 0)
                return str(count) if count else ""
        if role == Qt.ToolTipRole and timed:
            tip = f"{window_clock(timed.start)}–{window_clock(timed.end)}: {item.title}"
            if timed.overruns:
                tip += MODELS_MEETINGS.tr("\nRuns past the meeting's end.")
            return tip
        if role == Qt.BackgroundRole and timed and timed.overruns:
            return QBrush(RED)
        if role == Qt.TextAlignmentRole and col in (self.NUMBER, self.MINUTES, self.PAPERS):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == ID_ROLE:
            return item.id
        return None

    # --- drag and drop ------------------------------------------------------------------
    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemIsDragEnabled
        return base | Qt.ItemIsDropEnabled

    def supportedDropActions(self):  # noqa: N802
        return Qt.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(ITEM_MIME, ",".join(str(self.items[r].id) for r in rows).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(ITEM_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if action == Qt.IgnoreAction:
            return True
        if not data.hasFormat(ITEM_MIME):
            return False
        moved = [int(x) for x in bytes(data.data(ITEM_MIME)).decode().split(",") if x]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        self.reorder_requested.emit(self.order_after_drop(moved, row))
        # The command reloads the model; Qt must not remove the source rows itself.
        return False

    def order_after_drop(self, moved: list[int], row: int) -> list[int]:
        before = [i.id for i in self.items[:row] if i.id not in moved]
        after = [i.id for i in self.items[row:] if i.id not in moved]
        return before + moved + after


class PapersModel(ListTableModel):
    NUMBER, TITLE, ITEM, DISCLOSURE, SOURCE, SIZE = range(6)
    HEADERS = [QT_TRANSLATE_NOOP("MODELS_MEETINGS", "No."), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Paper"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Item"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Disclosure"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "File or reference"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Size")]
    COLUMNS = HEADERS
    ROWS = "papers"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.papers: list[Paper] = []
        self.item_numbers: dict[int, int] = {}

    def set_papers(self, papers: list[Paper], item_numbers: dict[int, int]) -> None:
        self.beginResetModel()
        self.item_numbers = dict(item_numbers)
        self.papers = sorted(papers, key=lambda p: (item_numbers.get(p.item_id, 10_000), p.position, p.id))
        self.endResetModel()

    def paper_at(self, row: int) -> Paper:
        return self.papers[row]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self.papers[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == self.NUMBER:
                return str(index.row() + 1)
            if col == self.TITLE:
                return p.title
            if col == self.ITEM:
                number = self.item_numbers.get(p.item_id)
                return str(number) if number else "—"
            if col == self.DISCLOSURE:
                return record_label(p.disclosure_label)
            if col == self.SOURCE:  # a tabled or revised paper says so here, where the title is not elided
                notes = ([MODELS_MEETINGS.tr("version {version}").format(version=p.version)] if p.is_revised else []) \
                    + ([MODELS_MEETINGS.tr("tabled")] if p.tabled else [])
                where = p.file_name or p.reference
                if not where:
                    return MODELS_MEETINGS.tr("Tabled at the meeting") if p.tabled else ""
                return (", ".join(notes).capitalize() + ": " if notes else "") + where  # seen before any elision
            if col == self.SIZE:
                return size_text(p.size) if p.size else ""
        if role == Qt.ToolTipRole:
            lines = [p.title, record_label(p.disclosure_label)]
            if p.sha256:
                lines.append(f"SHA-256 {p.sha256}")
            if p.added_on:
                lines.append(MODELS_MEETINGS.tr("Added {day}").format(day=window_day(dt.date.fromisoformat(p.added_on))))
            return "\n".join(lines)
        if role == Qt.BackgroundRole and p.disclosure != "public":
            return QBrush(AMBER if p.disclosure == "withheld" else RED)
        if role == ID_ROLE:
            return p.id
        return None


class ProposalsModel(ListTableModel):
    """The planner's proposals: keep or drop (check box), move (edit the date), retitle."""

    KEEP, DATE, TIME, TITLE, NOTE = range(5)
    HEADERS = [QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Keep"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Date"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Time"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Title"), QT_TRANSLATE_NOOP("MODELS_MEETINGS", "Why this date")]
    COLUMNS = HEADERS
    ROWS = "proposals"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.proposals: list = []
        self.bad_dates: dict[int, str] = {}  # row -> text that is not a date

    def set_proposals(self, proposals: list) -> None:
        self.beginResetModel()
        self.proposals = list(proposals)
        self.bad_dates = {}
        self.endResetModel()

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == self.KEEP:
            return base | Qt.ItemIsUserCheckable
        if index.column() in (self.DATE, self.TITLE):
            return base | Qt.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self.proposals[index.row()]
        col = index.column()
        if role == Qt.CheckStateRole and col == self.KEEP:
            return Qt.Checked if p.accepted else Qt.Unchecked
        if role in (Qt.DisplayRole, Qt.EditRole):
            if col == self.DATE:
                if index.row() in self.bad_dates:
                    return self.bad_dates[index.row()]
                # Shown with its weekday, so the chosen day can be seen to be kept.
                return format_date(p.day) if role == Qt.EditRole else \
                    f"{QLocale().dayName(p.day.isoweekday(), QLocale.ShortFormat)} {format_date(p.day)}"
            if col == self.TIME:
                return f"{p.start:%H:%M}–{p.end:%H:%M}"
            if col == self.TITLE:
                return p.title
            if col == self.NOTE:
                return p.note
        if role == Qt.BackgroundRole and col == self.DATE and index.row() in self.bad_dates:
            return QBrush(RED)
        if role == Qt.ForegroundRole and not p.accepted:
            return QBrush(GREY)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        p = self.proposals[index.row()]
        col = index.column()
        if role == Qt.CheckStateRole and col == self.KEEP:
            p.accepted = Qt.CheckState(value) == Qt.Checked
        elif role == Qt.EditRole and col == self.DATE:
            text = str(value).strip()
            try:
                day = parse_local_date(text)
            except UserError:
                day = None
            if day is None:
                self.bad_dates[index.row()] = text
            else:
                p.day = day
                self.bad_dates.pop(index.row(), None)
        elif role == Qt.EditRole and col == self.TITLE:
            p.title = str(value).strip() or p.title
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.NOTE))
        return True
