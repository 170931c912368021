"""One dialog for every import (members, contributions): what will be stored, field by field,
or every problem that stops it. Nothing is written until the user presses Import."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from msf_desk.ui.models.imports import ProblemsModel, StoredRowsModel
from msf_desk.ui.i18n import Context

DIALOGS_IMPORTS = Context("DIALOGS_IMPORTS")

HINT_STYLE = "color: #6b7280;"
ERROR_STYLE = "color: #c62828;"


def _table(name: str, model) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setStretchLastSection(True)
    table.resizeColumnsToContents()
    for column in range(model.columnCount()):
        table.setColumnWidth(column, min(max(table.columnWidth(column), 70), 320))
    return table


class ImportPreviewDialog(QDialog):
    """The first rows as they will be stored and the columns left out (or the problems found).

    `can_remap` adds "Match the columns…": the dialog then closes with REMAP so the caller can
    show the column matching again and preview once more."""

    REMAP = 2

    def __init__(self, *, title: str, summary: str, rows: list[dict[str, str]] = (), notes: list[str] = (),
                 unused: list[str] = (), problems=None, can_remap: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(900, 480)
        layout = QVBoxLayout(self)
        head = QLabel(summary)
        head.setObjectName("summary")
        head.setWordWrap(True)
        layout.addWidget(head)
        if notes:
            text = QLabel("<br>".join(f"• {n}" for n in notes))
            text.setObjectName("notes")
            text.setWordWrap(True)
            text.setStyleSheet(HINT_STYLE)
            layout.addWidget(text)
        self.problems_table = None
        self.preview_table = None
        if problems:
            layout.addWidget(QLabel(DIALOGS_IMPORTS.tr("<b>%n problem(s): nothing will be imported.</b> Correct the file (or the column "
                    "matching) and try again.", "", len(problems))))
            self.problems_table = _table("problems", ProblemsModel(problems, self))
            layout.addWidget(self.problems_table, 1)
        else:
            layout.addWidget(QLabel(DIALOGS_IMPORTS.tr("<b>The first %n row(s) as they will be stored</b> (hover a cell for all of it):", "", len(rows))))
            self.preview_table = _table("preview", StoredRowsModel(list(rows), self))
            layout.addWidget(self.preview_table, 1)
        unused_label = QLabel(DIALOGS_IMPORTS.tr("Columns left unused: {columns}").format(
            columns=", ".join(unused) if unused else DIALOGS_IMPORTS.tr("none")))
        unused_label.setObjectName("unused")
        unused_label.setWordWrap(True)
        unused_label.setStyleSheet(HINT_STYLE)
        layout.addWidget(unused_label)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.remap_button = None
        if can_remap:
            self.remap_button = QPushButton(DIALOGS_IMPORTS.tr("Match the columns…"))
            self.remap_button.setObjectName("remap")
            buttons.addButton(self.remap_button, QDialogButtonBox.ResetRole)
            self.remap_button.clicked.connect(lambda: self.done(self.REMAP))
        self.import_button = buttons.addButton(DIALOGS_IMPORTS.tr("Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setObjectName("do_import")
        self.import_button.setEnabled(not problems)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
