"""The one export dialog: what to write, for whom, in which formats, where; then its progress
and what was written, while the window stays usable.

A page describes what its export offers (`ExportOffer`: the documents to choose from, the
audiences, the formats each document has, the folder, tick-box options) and how to start it
(`start(choice) -> ExportJob | None`, None when core refused and the page said why). The
dialog is not window-modal: after Export it shows the document being written and a Cancel
button; Close hides it and the export goes on, shown in the window's status area; at the
end it says what was written (or what changed, for the repository) with a button to open
the folder. A cancelled export leaves no file (msf_desk.exports.atomic) and the choices
come back, to export again.
"""
from __future__ import annotations

from dataclasses import field
from msf_desk.model.records import record
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from msf_desk.ui.i18n import QT_TRANSLATE_NOOP, Context, shown
from msf_desk.ui.widgets.fields import FieldForm
from msf_desk.ui.widgets.folders import choose_folder
from msf_desk.ui.widgets.forms import esc, form_layout

DIALOGS_EXPORT = Context("DIALOGS_EXPORT")

FORMAT_LABELS = {
    "docx": QT_TRANSLATE_NOOP("DIALOGS_EXPORT", "Word (.docx)"),
    "pdf": QT_TRANSLATE_NOOP("DIALOGS_EXPORT", "PDF"),
    "csv": QT_TRANSLATE_NOOP("DIALOGS_EXPORT", "Spreadsheet (.csv)"),
    "json": QT_TRANSLATE_NOOP("DIALOGS_EXPORT", "Open data (.json)"),
    "ics": QT_TRANSLATE_NOOP("DIALOGS_EXPORT", "Calendar (.ics)"),
}


@record
class Document:
    """One document the export can write: its label, the formats it comes in (ticked first:
    `checked`, all when empty), and the audiences it cannot be written for, with the reason."""
    key: str
    label: str
    formats: tuple[str, ...] = ()
    checked: tuple[str, ...] = ()
    closed: dict[str, str] = field(default_factory=dict)


@record
class ExportOffer:
    title: str
    folder: Path
    documents: list[Document]
    audiences: dict[str, str] = field(default_factory=dict)   # key → label; none: no choice to make
    audience: str = ""                                         # ticked first
    options: dict[str, str] = field(default_factory=dict)     # key → label of a tick box
    checked_options: tuple[str, ...] = ()
    subject: str = ""                                          # what is exported, on top in bold
    note: str = ""                                             # a line under the choices
    format_labels: dict[str, str] = field(default_factory=dict)
    folder_caption: str = ""
    name: str = "export_dialog"
    # What was written, in words: (summary, details) from the job's result; by default the files.
    describe: Callable[[object], tuple[str, str]] | None = None


@record(frozen=True)
class ExportChoice:
    document: str
    audience: str
    formats: list[str]
    folder: Path
    options: frozenset[str] = frozenset()


def _files_written(result) -> tuple[str, str]:
    paths = [Path(p) for p in (result or [])]
    if not paths:
        return DIALOGS_EXPORT.tr("Nothing was written."), ""
    return (DIALOGS_EXPORT.tr("Wrote %n file(s) in {folder}.", "", len(paths)).format(folder=paths[0].parent),
            "\n".join(p.name for p in paths))


class ExportDialog(QDialog):
    def __init__(self, offer: ExportOffer, start: Callable[[ExportChoice], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.offer = offer
        self.start = start
        self.job = None
        self.choice: ExportChoice | None = None
        self.result = None
        self.setObjectName(offer.name)
        self.setWindowTitle(offer.title)
        self.setWindowModality(Qt.NonModal)   # the window stays usable while it is open
        self.setMinimumWidth(560)
        self.fields = FieldForm()
        layout = QVBoxLayout(self)
        title = offer.subject or (offer.documents[0].label if len(offer.documents) == 1 else "")
        if title:
            subject = QLabel(f"<b>{esc(title)}</b>")
            subject.setObjectName("subject")
            subject.setWordWrap(True)
            layout.addWidget(subject)

        # --- the choices ---------------------------------------------------------------------
        self.choices = QWidget()
        self.choices.setObjectName("choices")
        form = form_layout()
        form.setContentsMargins(0, 0, 0, 0)
        self.choices.setLayout(form)
        self.document_buttons: dict[str, QRadioButton] = {}
        if len(offer.documents) > 1:
            what = QWidget()
            box = QVBoxLayout(what)
            box.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(self)
            for doc in offer.documents:
                button = QRadioButton(doc.label)
                button.setObjectName(f"document_{doc.key}")
                group.addButton(button)
                box.addWidget(button)
                self.document_buttons[doc.key] = button
            self.document_buttons[offer.documents[0].key].setChecked(True)
            self.fields.add(form, DIALOGS_EXPORT.tr("Export"), "document", what)
        self.audience_buttons: dict[str, QRadioButton] = {}
        self.audience_reason = QLabel()
        self.audience_reason.setObjectName("audience_reason")
        self.audience_reason.setWordWrap(True)
        self.audience_reason.setStyleSheet("color: palette(placeholder-text);")
        if offer.audiences:
            who = QWidget()
            box = QVBoxLayout(who)
            box.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(self)
            for key, label in offer.audiences.items():
                button = QRadioButton(label)
                button.setObjectName(f"audience_{key}")
                group.addButton(button)
                box.addWidget(button)
                self.audience_buttons[key] = button
            box.addWidget(self.audience_reason)
            first = offer.audience if offer.audience in offer.audiences else next(iter(offer.audiences))
            self.audience_buttons[first].setChecked(True)
            self.fields.add(form, DIALOGS_EXPORT.tr("For"), "audience", who)
        formats: list[str] = []
        for doc in offer.documents:
            formats += [f for f in doc.formats if f not in formats]
        self.format_boxes: dict[str, QCheckBox] = {}
        if formats:
            row_widget = QWidget()
            row = QHBoxLayout(row_widget)
            row.setContentsMargins(0, 0, 0, 0)
            for fmt in formats:
                check = QCheckBox(offer.format_labels.get(fmt) or shown(FORMAT_LABELS.get(fmt, f".{fmt}")))
                check.setObjectName(f"format_{fmt}")
                row.addWidget(check)
                self.format_boxes[fmt] = check
            row.addStretch(1)
            self.fields.add(form, DIALOGS_EXPORT.tr("Formats"), "formats", row_widget)
        place = QWidget()
        row = QHBoxLayout(place)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(offer.folder))
        browse = QPushButton(DIALOGS_EXPORT.tr("Choose…"))
        browse.setObjectName("choose_folder")
        browse.clicked.connect(self._choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.fields.add(form, DIALOGS_EXPORT.tr("Folder"), "folder", place)
        self.fields.widgets["folder"] = self.folder
        self.option_boxes: dict[str, QCheckBox] = {}
        for key, label in offer.options.items():
            check = QCheckBox(label)
            check.setObjectName(f"option_{key}")
            check.setChecked(key in offer.checked_options)
            form.addRow("", check)
            self.option_boxes[key] = check
        layout.addWidget(self.choices)
        if offer.note:
            note = QLabel(offer.note)
            note.setObjectName("note")
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(note)

        # --- while it runs, and what it wrote ----------------------------------------------------
        self.running_box = QWidget()
        box = QVBoxLayout(self.running_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("export_bar")
        self.hint = QLabel(DIALOGS_EXPORT.tr("You can go on working: close this and the export goes on, shown in "
                                             "the status bar."))
        self.hint.setObjectName("export_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(self.status)
        box.addWidget(self.bar)
        box.addWidget(self.hint)
        self.running_box.hide()
        layout.addWidget(self.running_box)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit()
        self.details.setObjectName("changes")
        self.details.setReadOnly(True)
        self.details.hide()
        layout.addWidget(self.details, 1)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(DIALOGS_EXPORT.tr("Export"), QDialogButtonBox.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(DIALOGS_EXPORT.tr("Cancel the export"),
                                                    QDialogButtonBox.ActionRole)
        self.cancel_button.setObjectName("cancel_export")
        self.cancel_button.hide()
        self.open_button = self.buttons.addButton(DIALOGS_EXPORT.tr("Open the folder"), QDialogButtonBox.ActionRole)
        self.open_button.setObjectName("open_folder")
        self.open_button.hide()
        self.close_button = self.buttons.addButton(DIALOGS_EXPORT.tr("Close"), QDialogButtonBox.RejectRole)
        self.close_button.setObjectName("close")
        self.export_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        for button in self.document_buttons.values():
            button.toggled.connect(self._document_changed)
        self._document_changed()

    # --- the choices ---------------------------------------------------------------------------
    def document(self):
        key = next((k for k, b in self.document_buttons.items() if b.isChecked()), None)
        return next((d for d in self.offer.documents if d.key == key), self.offer.documents[0])

    def _document_changed(self, *_args) -> None:
        doc = self.document()
        for fmt, box in self.format_boxes.items():
            offered = fmt in doc.formats
            box.setEnabled(offered)
            box.setChecked(offered and (fmt in doc.checked if doc.checked else True))
        reasons = []
        for key, button in self.audience_buttons.items():
            reason = doc.closed.get(key, "")
            button.setEnabled(not reason)
            button.setToolTip(reason)
            if reason:
                reasons.append(reason)
                if button.isChecked():
                    open_ = next((b for k, b in self.audience_buttons.items() if k not in doc.closed), None)
                    if open_ is not None:
                        open_.setChecked(True)
        self.audience_reason.setText(" ".join(reasons))
        self.audience_reason.setVisible(bool(reasons))

    def _choose_folder(self) -> None:
        path = choose_folder(self, self.offer.folder_caption or DIALOGS_EXPORT.tr("Export into"), self.folder.text())
        if path:
            self.folder.setText(str(path))

    def check(self) -> dict[str, str]:
        """The problems with the choices, by field (none: `self.choice` is set)."""
        doc = self.document()
        problems = {}
        formats = [f for f, b in self.format_boxes.items() if b.isChecked() and b.isEnabled()]
        if doc.formats and not formats:
            problems["formats"] = DIALOGS_EXPORT.tr("tick at least one format")
        text = self.folder.text().strip()
        if not text:
            problems["folder"] = DIALOGS_EXPORT.tr("choose the folder to export into")
        elif Path(text).exists() and not Path(text).is_dir():
            problems["folder"] = DIALOGS_EXPORT.tr("{folder} is a file, not a folder").format(folder=text)
        audience = next((k for k, b in self.audience_buttons.items() if b.isChecked()), self.offer.audience)
        if audience in doc.closed:
            problems["audience"] = doc.closed[audience]
        self.choice = None if problems else ExportChoice(
            doc.key, audience, formats, Path(text), frozenset(k for k, b in self.option_boxes.items() if b.isChecked()))
        return problems

    # --- running -------------------------------------------------------------------------------
    def accept(self) -> None:
        """Export: check the choices, start the export; the dialog then shows its progress."""
        if self.job is not None and self.job.running:
            return
        problems = self.check()
        self.fields.show_problems(problems)
        if problems:
            return
        job = self.start(self.choice)
        if job is None:
            return          # refused; the page said why
        self.watch(job)

    def watch(self, job) -> None:
        self.job = job
        self.result = None
        self.choices.setEnabled(False)
        self.summary.hide()
        self.details.hide()
        self.open_button.hide()
        self.export_button.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.close_button.setText(DIALOGS_EXPORT.tr("Close"))
        self.close_button.setToolTip(DIALOGS_EXPORT.tr("The export goes on; the status bar shows it"))
        self.running_box.show()
        self.status.setText(job.label)
        self.bar.setRange(0, 0)
        job.progressed.connect(self._progress)
        job.document.connect(self._document)
        job.finished.connect(self._finished)
        job.cancelled.connect(self._cancelled)
        job.failed.connect(self._failed)
        self.adjustSize()

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(DIALOGS_EXPORT.tr("Cancelling… nothing of this export will be written."))

    def _progress(self, done: int, total: int) -> None:
        if self.job is not None and not self.job.cancelling:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(min(done, max(total, 1)))

    def _document(self, name: str, n: int, count: int) -> None:
        if self.job is None or self.job.cancelling:
            return
        if count > 1:
            self.status.setText(DIALOGS_EXPORT.tr("Writing {name} ({n} of {count})…").format(name=name, n=n,
                                                                                             count=count))
        else:
            self.status.setText(DIALOGS_EXPORT.tr("Writing {name}…").format(name=name))

    def _back_to_choices(self) -> None:
        self.running_box.hide()
        self.cancel_button.hide()
        self.export_button.show()
        self.choices.setEnabled(True)
        self.close_button.setToolTip("")

    def _finished(self, result) -> None:
        self.show_result(result)

    def show_result(self, result) -> None:
        """What was written (or, for the repository, what changed), with a button to open the folder."""
        self.result = result
        self._back_to_choices()
        self.export_button.setText(DIALOGS_EXPORT.tr("Export again"))
        summary, details = (self.offer.describe or _files_written)(result)
        self.summary.setText(summary)
        self.summary.show()
        self.details.setPlainText(details)
        self.details.setVisible(bool(details))
        self.open_button.show()
        self.close_button.setFocus()
        self.adjustSize()

    def _cancelled(self) -> None:
        self._back_to_choices()
        self.summary.setText(DIALOGS_EXPORT.tr("Export cancelled: no file was written."))
        self.summary.show()
        self.adjustSize()

    def _failed(self, exc: BaseException) -> None:
        self._back_to_choices()
        self.summary.setText(DIALOGS_EXPORT.tr("Nothing was written: {problem}").format(problem=exc))
        self.summary.show()

    def folder_written(self) -> Path:
        folder = getattr(self.result, "folder", None)
        if folder is None and self.result:
            folder = Path(list(self.result)[0]).parent
        return Path(folder or (self.choice.folder if self.choice else self.folder.text()))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder_written())))
