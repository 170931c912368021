"""Table models for the records the standards read: action plans, outreach, process documents."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from msf_desk.ui.i18n import QT_TRANSLATE_NOOP, Context, record_label, window_day
from msf_desk.ui.models.base import RowsTableModel

MODELS_STANDARDS = Context("MODELS_STANDARDS")
SORT_ROLE = Qt.UserRole
ID_ROLE = Qt.UserRole + 1


def _d(day) -> str:
    return window_day(day) if day else "—"


def _span(a, b) -> str:
    if not a and not b:
        return "—"
    return f"{_d(a)} – {_d(b)}"


class _Rows(RowsTableModel):
    def cells(self, r) -> list[str]:
        raise NotImplementedError

    def sort_keys(self, r) -> list:
        return self.cells(r)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.cells(r)[index.column()]
        if role == SORT_ROLE:
            return str(self.sort_keys(r)[index.column()])
        if role == ID_ROLE:
            return r.id
        return None


class PlansModel(_Rows):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Action plan"), QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Co-creation"),
               QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Timeline published"),
               QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Implementation")]

    def cells(self, p) -> list[str]:
        return [p.name, _span(p.cocreation_starts, p.cocreation_ends), _d(p.timeline_published_on),
                _span(p.implementation_starts, p.implementation_ends)]

    def sort_keys(self, p) -> list:
        iso = lambda d: d.isoformat() if d else ""  # noqa: E731
        return [p.name.casefold(), iso(p.cocreation_starts), iso(p.timeline_published_on),
                iso(p.implementation_starts)]


class OutreachModel(_Rows):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Held on"), QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Kind"),
               QT_TRANSLATE_NOOP("MODELS_STANDARDS", "What was done")]

    def cells(self, a) -> list[str]:
        return [_d(a.held_on), record_label(a.kind_label), a.description]

    def sort_keys(self, a) -> list:
        return [a.held_on.isoformat() if a.held_on else "", a.kind_label, a.description.casefold()]


class DocumentsModel(_Rows):
    COLUMNS = [QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Date"), QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Type"),
               QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Title"), QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Language"),
               QT_TRANSLATE_NOOP("MODELS_STANDARDS", "Published")]

    def cells(self, d) -> list[str]:
        return [_d(d.issued_on), record_label(d.type_label), d.title, d.language,
                MODELS_STANDARDS.tr("Yes") if d.public else MODELS_STANDARDS.tr("No (forum only)")]

    def sort_keys(self, d) -> list:
        cells = self.cells(d)
        return [d.issued_on.isoformat() if d.issued_on else ""] + cells[1:]
