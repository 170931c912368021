"""A paper's versions in its dialog: every file circulated for it (earlier versions kept for
the record, the current one last), with the day each came in and was replaced, and Open."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from msf_desk.core import papers as core_papers
from msf_desk.core.attachments import size_text
from msf_desk.model.errors import UserError
from msf_desk.model.meetings import Paper, PaperVersion
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, window_day
from msf_desk.ui.models.base import RowsTableModel
from msf_desk.ui.widgets.fields import ErrorLabel
from msf_desk.ui.widgets.tables import fit_columns, record_table, select_row

WIDGETS_PAPER_VERSIONS = Context("WIDGETS_PAPER_VERSIONS")


def _day(text: str) -> str:
    try:
        return window_day(dt.date.fromisoformat(text)) if text else ""
    except ValueError:
        return text


def open_file(path: Path) -> bool:
    """Hand a stored file to the program that opens its kind."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class VersionsModel(RowsTableModel):
    COLUMNS = [QT_TRANSLATE_NOOP("WIDGETS_PAPER_VERSIONS", "Version"), QT_TRANSLATE_NOOP("WIDGETS_PAPER_VERSIONS", "Came in"),
               QT_TRANSLATE_NOOP("WIDGETS_PAPER_VERSIONS", "Replaced on"), QT_TRANSLATE_NOOP("WIDGETS_PAPER_VERSIONS", "File"),
               QT_TRANSLATE_NOOP("WIDGETS_PAPER_VERSIONS", "Size")]
    VERSION, CAME_IN, REPLACED, FILE, SIZE = range(5)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        v: PaperVersion = self.rows[index.row()]
        current = not v.replaced_on
        if role == Qt.DisplayRole:
            return [WIDGETS_PAPER_VERSIONS.tr("{version} (current)").format(version=v.version) if current
                    else str(v.version), _day(v.added_on),
                    WIDGETS_PAPER_VERSIONS.tr("still current") if current else _day(v.replaced_on),
                    v.file_name, size_text(v.size) if v.size else ""][index.column()]
        if role == Qt.ToolTipRole and index.column() == self.FILE:
            return f"{v.file_name}\nSHA-256 {v.sha256}"
        if role == Qt.FontRole and current:
            font = self.parent().font() if self.parent() is not None else None
            if font is not None:
                font.setBold(True)
                return font
        return None


class PaperVersionsBox(QGroupBox):
    """What was circulated for a paper, version by version; Open (or a double-click) shows a
    version's file in the program that opens it."""

    def __init__(self, paper: Paper, versions: list[PaperVersion], files_dir: Path | None, parent=None) -> None:
        super().__init__(WIDGETS_PAPER_VERSIONS.tr("Versions circulated"), parent)
        self.setObjectName("paper_versions")
        self.paper, self.files_dir = paper, files_dir
        self.opener = open_file          # what opens a file (the system's program for it)
        self.model = VersionsModel(self)
        self.model.set_rows(versions)
        self.table = record_table("versions_table", self.model, word_wrap=False)
        fit_columns(self.table, VersionsModel.FILE)
        rows = max(2, min(len(versions), 5))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + self.table.verticalHeader().defaultSectionSize() * rows + 4)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        note = QLabel(WIDGETS_PAPER_VERSIONS.tr("Earlier versions stay in the forum's storage, as they were sent."))
        note.setWordWrap(True)
        self.open_button = QPushButton(WIDGETS_PAPER_VERSIONS.tr("Open"))
        self.open_button.setObjectName("open_version")
        self.open_button.clicked.connect(self.open_selected)
        self.error = ErrorLabel("version_error")
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.open_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        box.addLayout(row)
        box.addWidget(self.error)
        self.table.selectionModel().selectionChanged.connect(self._update)
        if versions:
            select_row(self.table, len(versions) - 1)     # the current version
        self._update()

    def selected(self) -> PaperVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def open_selected(self) -> Path | None:
        version = self.selected()
        if version is None:
            return None
        try:
            path = core_papers.version_file(self.files_dir, self.paper, version)
        except UserError as exc:
            self.error.set_message(str(exc))
            return None
        self.error.set_message("")
        if not self.opener(path):
            self.error.set_message(WIDGETS_PAPER_VERSIONS.tr("No program here opens {name}; it is stored at {path}.").format(
                name=version.file_name, path=path))
        return path
