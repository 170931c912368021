"""The Repository page: where the forum stands against the standards, and the public package.

A traffic-light list of the indicators (evidence and the next step beside it), three charts,
and two exports that run in a worker with a progress dialog that can cancel them: the
public repository (a folder and, if asked, a .zip) and the compliance report.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QScrollArea, QSplitter, QTabWidget, QTableView,
                               QVBoxLayout, QWidget)

from msf_desk.core import compliance, standards
from msf_desk.core import export_record, standing
from msf_desk.core import responses as core_responses
from msf_desk.exports.atomic import every
from msf_desk.model.dates import add_months
from msf_desk.model.records import record
from msf_desk.ui.commands.standards import ChooseFrameworks
from msf_desk.ui.errors import show_error
from msf_desk.ui.pages.base import PageBase, waits_for_fill
from msf_desk.ui.pages.standards_records import RecordsReading, StandardsRecords, read_records
from msf_desk.ui.models.repository import COLOURS, KEY_ROLE, SORT_ROLE, IndicatorsModel
from msf_desk.ui.widgets.dashboard_charts import MeetingsChart, ParityTimeline, ResponseTimesChart
from msf_desk.ui.dialogs.export import Document, ExportDialog, ExportOffer
from msf_desk.ui.workers import ExportJob, forum_work, interruptible
from msf_desk.ui.i18n import Context, in_window_language, record_label, window_day
from msf_desk.ui.widgets import folders

PAGES_REPOSITORY = Context("PAGES_REPOSITORY")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# Contributions from which the standards are checked in a worker (a second or more of work).
CHECK_IN_BACKGROUND_FROM = 5_000


def _assess(db, today: dt.date, progress) -> standards.Assessment:
    # Cancel stops it between rows and inside SQLite's statements alike (well within 2 s).
    with in_window_language(), interruptible(db, progress):   # the requirements' words, in the window's language
        return standards.assess(db, today, progress=every(progress))


@record
class RepositoryReading:
    """What the page shows: the check (None: it runs in a job of its own, see reload), the last
    export and the records of the second tab."""
    assessment: standards.Assessment | None
    last_export: object
    records: RecordsReading
    chosen: tuple = ()        # the frameworks the forum is assessed against (ticked before the check shows)


def read_repository(db, today: dt.date, check: bool | None) -> RepositoryReading:
    """Only core calls: the page may run this off the GUI thread (read_then_show). `check`: the
    standards are checked here (None: only on a forum of fewer than CHECK_IN_BACKGROUND_FROM
    contributions; a larger one is checked in a job of its own, with progress and Cancel)."""
    # The charts describe and mark themselves with the exports' words (exports.charts, which
    # loads PIL and the PDF fonts): loaded here, off the window's thread when the page reads
    # there, rather than on it when the charts are first shown.
    import msf_desk.exports.charts  # noqa: F401

    assessment = None
    if check is None:
        check = core_responses.total_contributions(db) < CHECK_IN_BACKGROUND_FROM
    if check:
        with in_window_language():   # the requirements' words, in the window's language
            assessment = standards.assess(db, today)
    return RepositoryReading(assessment, export_record.last_export(db), read_records(db), tuple(standards.chosen(db)))


class RepositoryPage(PageBase, QWidget):
    _say = PageBase.say  # the one way of every page (ui/pages/base.py)
    # The window builds this page with later=True (see MainWindow._make_page): it checks the
    # standards and reads its records off the GUI thread and fills in when they come.
    FILLS_LATER = True
    filled = Signal()              # the page shows what was read (after each reading)
    fill_failed = Signal(object)   # a reading off the GUI thread failed (the exception)

    def __init__(self, session, parent: QWidget | None = None, *, later: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.later = later
        self.today = dt.date.today()
        self.report: compliance.ComplianceReport | None = None
        self.assessment: standards.Assessment | None = None
        self.job: ExportJob | None = None
        self.check_job: ExportJob | None = None   # the standards checked in a worker (a large forum)
        self._check_again = False
        self.last_result = None
        self.report_dialog: ExportDialog | None = None   # the export dialog that shows what changed
        self.written: list[Path] = []
        self._stale = False

        heading = QLabel(PAGES_REPOSITORY.tr("<h2>Repository and the standards</h2>"))
        # Which framework(s) the forum is assessed against (stored with the forum), and which one
        # the list below shows.
        choice = QHBoxLayout()
        choice.addWidget(QLabel(PAGES_REPOSITORY.tr("Assessed against:")))
        self.framework_boxes: dict[str, QCheckBox] = {}
        for key, framework in standards.FRAMEWORKS.items():
            box = QCheckBox(record_label(framework.short))
            box.setObjectName(f"framework_{key}")
            box.setToolTip(PAGES_REPOSITORY.tr("{title}. Source: {source}").format(title=record_label(framework.title), source=record_label(framework.source)))
            box.toggled.connect(lambda _on, key=key: self._choice_toggled(key))
            self.framework_boxes[key] = box
            choice.addWidget(box)
        choice.addStretch(1)
        choice.addWidget(QLabel(PAGES_REPOSITORY.tr("&Showing:")))
        self.framework_shown = QComboBox()
        self.framework_shown.setObjectName("framework_shown")
        # Filled when the check comes (after the page is first shown, off the GUI thread).
        self.framework_shown.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.framework_shown.setAccessibleName(PAGES_REPOSITORY.tr("The framework the list shows"))
        self.framework_shown.currentIndexChanged.connect(lambda _i: self._show_framework())
        choice.itemAt(choice.count() - 1).widget().setBuddy(self.framework_shown)
        choice.addWidget(self.framework_shown)
        self.contrary = QLabel()
        self.contrary.setObjectName("contrary")
        self.contrary.setWordWrap(True)
        self.contrary.setTextFormat(Qt.RichText)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.last_export = QLabel()
        self.last_export.setObjectName("last_export")
        self.last_export.setWordWrap(True)

        self.export_button = QPushButton(PAGES_REPOSITORY.tr("&Export repository…"))
        self.export_button.setObjectName("export_repository")
        self.export_button.setDefault(True)
        self.export_button.setToolTip(PAGES_REPOSITORY.tr("Write everything the forum publishes into a folder to upload to its website"))
        self.export_button.clicked.connect(self.export_repository)
        self.report_button = QPushButton(PAGES_REPOSITORY.tr("Export &compliance report…"))
        self.report_button.setObjectName("export_compliance")
        self.report_button.clicked.connect(self.export_compliance_report)
        self.check_again_button = QPushButton(PAGES_REPOSITORY.tr("C&heck again"))
        self.check_again_button.setObjectName("check_again")
        self.check_again_button.setToolTip(PAGES_REPOSITORY.tr("Check the records against the standards again"))
        self.check_again_button.clicked.connect(self.reload)
        self.check_again_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.check_again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)

        self.model = IndicatorsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("indicators")
        self.table.setAccessibleName(PAGES_REPOSITORY.tr("Indicators of the standards"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        # Worst first (not met, not evidenced, in progress, met); the standards' order within each.
        self.table.sortByColumn(IndicatorsModel.STATUS, Qt.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(IndicatorsModel.STATUS, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(IndicatorsModel.TITLE, QHeaderView.Interactive)
        header.setSectionResizeMode(IndicatorsModel.NEXT, QHeaderView.Stretch)
        header.resizeSection(IndicatorsModel.TITLE, 250)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.RichText)
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.details.setMargin(10)
        self.details.setStyleSheet("QLabel#details { background: #f7f8fa; border: 1px solid #d8dee9; "
                                   "border-radius: 4px; }")
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(self.details)
        details_scroll.setMinimumWidth(260)

        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(details_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.meetings_chart = MeetingsChart()
        self.meetings_chart.setObjectName("meetings_chart")
        self.parity_chart = ParityTimeline()
        self.parity_chart.setObjectName("parity_chart")
        self.responses_chart = ResponseTimesChart()
        self.responses_chart.setObjectName("responses_chart")
        charts = QGridLayout()
        for column, chart in enumerate((self.meetings_chart, self.parity_chart, self.responses_chart)):
            charts.addWidget(chart, 0, column)

        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.contrary)
        layout.addLayout(buttons)
        layout.addWidget(self.last_export)
        # First tab: where the forum stands; second: the records the standards read.
        standing = QWidget()
        standing_layout = QVBoxLayout(standing)
        standing_layout.setContentsMargins(0, 0, 0, 0)
        standing_layout.addWidget(split, 3)
        standing_layout.addLayout(charts, 2)
        self.records = StandardsRecords(session, self)
        self.records.setObjectName("standards_records")
        self.records.message = self.message
        self.tabs = QTabWidget()
        self.tabs.setObjectName("repository_tabs")
        self.tabs.addTab(standing, PAGES_REPOSITORY.tr("&Where the forum stands"))
        self.tabs.addTab(self.records, PAGES_REPOSITORY.tr("&Records for the standards"))
        layout.addWidget(self.tabs, 5)
        layout.addWidget(self.message)

        session.changed.connect(self._on_changed)
        # The window says what went wrong (damage: in its own message); the summary says it here.
        self.fill_failed.connect(lambda _exc: self.summary.setText(PAGES_REPOSITORY.tr("Cannot check the standards")))
        self.reload()

    @property
    def db(self):
        return self.session.db

    # --- reading ----------------------------------------------------------------------------
    def set_today(self, day: dt.date) -> None:
        """The page's notion of today (tests and demos anchored on another date)."""
        self.today = day
        self.reload()

    def _on_changed(self, _topic: str) -> None:
        # Every record counts somewhere in the standards; check again when the page is seen.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """The check, the last export and the records again: read off the GUI thread when the
        page was built with later=True (what acts on them waits, see @waits_for_fill), else here,
        with the check of a forum of many contributions in a job of its own (status area)."""
        self._stale = False
        selected = self._selected_key()
        today = self.today
        # Off the GUI thread the reading counts the contributions itself (check=None).
        check = None if self.later else core_responses.total_contributions(self.db) < CHECK_IN_BACKGROUND_FROM
        self.check_again_button.hide()
        if self.later and self.assessment is None:
            self.summary.setText(PAGES_REPOSITORY.tr("Checking the records against the standards…"))
            self.records.show_reading()
            for box in self.framework_boxes.values():
                box.setEnabled(False)
        try:
            self.read_then_show(lambda db: read_repository(db, today, check),
                                lambda r: self._show_reading(r, selected))
        except Exception as exc:  # a record the check cannot read: say so, keep the page
            show_error(self, exc, PAGES_REPOSITORY.tr("Cannot check the standards"))

    def _show_reading(self, r: RepositoryReading, selected: str | None) -> None:
        if selected is None:
            selected = self._selected_key()   # chosen while the page read
        for key, box in self.framework_boxes.items():
            box.setEnabled(True)
            if r.chosen:
                box.blockSignals(True)
                box.setChecked(key in r.chosen)
                box.blockSignals(False)
        self.records.show_records(r.records)
        self._show_last_export(r.last_export)
        if r.assessment is None:
            self._check_in_background(selected)
        else:
            self._show_assessment(r.assessment, selected)

    def _check_in_background(self, selected: str | None) -> None:
        """On a forum with many contributions the check takes seconds: it runs in a worker on a
        connection of its own, the page says so meanwhile, and the window stays usable."""
        if self.check_job is not None and self.check_job.running:
            self._check_again = True   # something changed meanwhile: check once more when it ends
            return
        today = self.today
        if self.assessment is None:
            self.summary.setText(PAGES_REPOSITORY.tr("Checking the records against the standards…"))
        job = ExportJob(self, PAGES_REPOSITORY.tr("Checking the records against the standards…"),
                        forum_work(self.session.path, lambda db, progress: _assess(db, today, progress)),
                        title=PAGES_REPOSITORY.tr("Check the standards"), session=self.session, kind="check")
        job.finished.connect(lambda assessment: self._checked(assessment, selected))
        job.cancelled.connect(self._check_stopped)
        job.failed.connect(lambda _exc: self._check_stopped(failed=True))
        job.ended.connect(self._check_ended)
        self.check_job = job
        job.start()

    def _checked(self, assessment, selected: str | None) -> None:
        if getattr(self.session, "closed", False):
            return   # the forum was closed while the check ran
        if not self._check_again:
            self._show_assessment(assessment, selected if selected is not None else self._selected_key())

    def _check_stopped(self, failed: bool = False) -> None:
        """The check was cancelled (or failed: the window said why): the page says so, and offers
        to check again."""
        self._check_again = False
        if getattr(self.session, "closed", False):
            return
        if failed:
            text = PAGES_REPOSITORY.tr("Cannot check the standards")
        elif self.assessment is None:
            text = PAGES_REPOSITORY.tr("The check against the standards was cancelled: nothing is shown until it "
                                       "runs again.")
        else:
            text = PAGES_REPOSITORY.tr("The check against the standards was cancelled: what is shown is the check "
                                       "before.")
        if self.assessment is None:
            self.summary.setText(text)
        else:
            self._say(text)
        self.check_again_button.show()

    def _check_ended(self) -> None:
        self.check_job = None
        if self._check_again and not getattr(self.session, "closed", False):
            self._check_again = False
            self._check_in_background(self._selected_key())

    def _show_assessment(self, assessment: standards.Assessment, selected: str | None) -> None:
        self.assessment = assessment
        self.report = self.assessment.compliance
        r = self.report
        keys = [res.key for res in self.assessment.results]
        for key, box in self.framework_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in keys)
            box.blockSignals(False)
        shown = self.framework_shown.currentData()
        self.framework_shown.blockSignals(True)
        self.framework_shown.clear()
        for key in keys:
            self.framework_shown.addItem(record_label(standards.FRAMEWORKS[key].short), key)
        self.framework_shown.setCurrentIndex(max(0, keys.index(shown)) if shown in keys else 0)
        self.framework_shown.blockSignals(False)
        self._show_framework(selected)
        for chart in (self.meetings_chart, self.parity_chart, self.responses_chart):
            chart.set_series(r.series)

    def shown_result(self) -> standards.FrameworkResult:
        key = self.framework_shown.currentData()
        return self.assessment.result(key) or self.assessment.results[0]

    def _show_framework(self, selected: str | None = None) -> None:
        if self.assessment is None:
            return
        result = self.shown_result()
        r = self.report
        counts = " · ".join(
            f'<span style="color:{COLOURS[key][1].name()}">●</span> {label}: <b>{result.counts[key]}</b>'
            for key, label in (("met", PAGES_REPOSITORY.tr("Met")), ("in_progress", PAGES_REPOSITORY.tr("In progress")), ("not_met", PAGES_REPOSITORY.tr("Not met")),
                               ("not_evidenced", PAGES_REPOSITORY.tr("Not evidenced"))))
        if result.key == "2017":
            with in_window_language():
                minimum_text = r.minimum_text()
            note = PAGES_REPOSITORY.tr("{minimum_text} <i>(* a basic requirement of a starred process)</i>").format(minimum_text=_e(minimum_text))
        else:
            note = PAGES_REPOSITORY.tr("<i>{title}. Source: {source}</i>").format(title=_e(record_label(result.framework.title)), source=_e(record_label(result.framework.source)))
        self.summary.setText(PAGES_REPOSITORY.tr("{forum_name} as of {today}: {counts}<br>{note}").format(forum_name=_e(r.forum_name), today=_e(window_day(r.today)), counts=counts, note=note))
        with in_window_language():
            headline = result.contrary_text()
        if result.contrary():
            self.contrary.setText(f'<b style="color:#b00020">{_e(headline)}</b>')
        else:
            self.contrary.setText(_e(headline))
        self.contrary.setVisible(bool(headline))
        self.model.set_indicators(result.requirements)
        self.table.resizeRowsToContents()
        self.select(selected if selected and self.model.row_of(selected) is not None
                    else sorted(result.requirements, key=lambda i: compliance.SEVERITY[i.status])[0].key)

    def _choice_toggled(self, key: str) -> None:
        keys = [k for k, box in self.framework_boxes.items() if box.isChecked()]
        if not keys:
            box = self.framework_boxes[key]
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            self._say(PAGES_REPOSITORY.tr("The forum is assessed against at least one framework; choose another before leaving "
                      "this one."))
            return
        self.run_command(ChooseFrameworks(self.session, keys), PAGES_REPOSITORY.tr("Cannot choose the standards"))
        self.reload()
        self.when_filled(lambda: self._show_chosen_framework(key))
        self._say(PAGES_REPOSITORY.tr("Assessed against: {frameworks}.").format(
            frameworks=", ".join(record_label(standards.FRAMEWORKS[k].short) for k in keys)))

    def _show_chosen_framework(self, key: str) -> None:
        """A framework just chosen is the one the list shows (once the check is shown)."""
        if self.framework_boxes[key].isChecked():
            index = self.framework_shown.findData(key)
            if index >= 0:
                self.framework_shown.setCurrentIndex(index)

    def _show_last_export(self, last) -> None:
        if last is None:
            self.last_export.setText(PAGES_REPOSITORY.tr("The repository has not been exported yet."))
            return
        due = add_months(last.on, standing.REPOSITORY_MONTHS)
        self.last_export.setText(PAGES_REPOSITORY.tr("Last exported on {on} to {folder} (%n file(s)). Export again by {due} at the latest.", "", last.files).format(on=window_day(last.on), folder=last.folder, due=window_day(due)))

    def _selected_key(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    @waits_for_fill
    def select(self, key: str) -> None:
        row = self.model.row_of(key)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, IndicatorsModel.TITLE))
        self.table.setCurrentIndex(index)
        self._show_details()

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.details.setText("")
            return
        i = self.model.indicator_at(self.proxy.mapToSource(index).row())
        light, strong = COLOURS[i.status]
        evidence = "".join(f"<li>{_e(line)}</li>" for line in i.evidence)
        self.details.setText(
            PAGES_REPOSITORY.tr('<h3>{title}</h3><p><span style="background:{name}; color:{name2}; '
                    'font-weight:bold">&nbsp;{status_label}&nbsp;</span></p><p><b>The standard:</b> '
                    "{standard}</p><p><b>Evidence</b></p><ul>{evidence}</ul><p><b>What to do next:</b> "
                    "{next_step}</p>").format(title=_e(i.title), name=light.name(), name2=strong.name(), status_label=_e(record_label(i.status_label)), standard=_e(i.standard), evidence=evidence, next_step=_e(i.next_step)))

    # --- exports ----------------------------------------------------------------------------
    def _suggested_folder(self) -> Path:
        last = export_record.last_export(self.db)
        if last is not None and Path(last.folder).parent.is_dir():
            return Path(last.folder)
        path = Path(self.session.path)
        return path.with_name(f"{path.stem}-repository")

    def _repository_offer(self) -> ExportOffer:
        start = self._suggested_folder()
        start = folders.start_folder("repository", self.session.path, start if start.is_dir() else start.parent)
        return ExportOffer(
            PAGES_REPOSITORY.tr("Export the repository"), start,
            [Document("repository", PAGES_REPOSITORY.tr("The public repository"))],
            options={"zip": PAGES_REPOSITORY.tr("Also write a .zip (to send or upload as one file)")}, checked_options=("zip",),
            note=PAGES_REPOSITORY.tr("Everything the forum publishes, for the public: an empty folder, or the last export's "
                                     "(only what changed is rewritten)."),
            folder_caption=PAGES_REPOSITORY.tr("Export the repository into a folder (an empty one, or the last export's)"),
            name="export_repository_dialog", describe=_describe_repository)

    def export_repository(self) -> ExportDialog:
        return self.open_export(self._repository_offer(),
                                lambda c: self.start_repository_export(c.folder, "zip" in c.options))

    def start_repository_export(self, folder: Path, make_zip: bool = False) -> ExportJob | None:
        """Build the package in a worker, reading the forum through a connection of its own (one
        snapshot), so the window stays usable; Cancel leaves the previous package as it was."""
        from msf_desk.exports.repository import export_repository
        from msf_desk.paths import forum_files_dir

        path, today = Path(self.session.path), self.today
        folders.remember("repository", path, folder)

        def work(db, progress):
            return export_repository(db, folder, make_zip=make_zip, today=today, files_dir=forum_files_dir(path),
                                     progress=progress)

        job = self.run_export_job(PAGES_REPOSITORY.tr("Building the public repository…"), work, self._repository_written,
                                  title=PAGES_REPOSITORY.tr("Export the repository"), forum=True)
        if job is not None:
            job.cancelled.connect(lambda: self._say(PAGES_REPOSITORY.tr("Export cancelled: the previous package is unchanged.")))
            self._say(PAGES_REPOSITORY.tr("Exporting the repository to {folder}…").format(folder=folder))
        return job

    def _repository_written(self, result) -> None:
        self.last_result = result
        self._say(PAGES_REPOSITORY.tr("{summary} Folder: {folder}").format(summary=_e(result.summary()), folder=_e(result.folder)))
        self.session.notify("repository")
        self.reload()
        dialog = self.export_dialog
        if dialog is None or dialog.job is not self.job:
            # Started without the dialog (or it was replaced): show what changed all the same.
            dialog = self.open_export(self._repository_offer(),
                                      lambda c: self.start_repository_export(c.folder, "zip" in c.options))
            dialog.show_result(result)
        dialog.show()
        self.report_dialog = dialog

    def export_compliance_report(self) -> ExportDialog:
        offer = ExportOffer(PAGES_REPOSITORY.tr("Export the compliance report"),
                            folders.start_folder("compliance", self.session.path),
                            [Document("compliance", PAGES_REPOSITORY.tr("The compliance report"), ("docx", "pdf"))],
                            name="export_compliance_dialog")
        return self.open_export(offer, lambda c: self.start_compliance_export(c.folder, tuple(c.formats)))

    def start_compliance_export(self, folder: Path, formats: tuple[str, ...] = ("docx", "pdf")) -> ExportJob | None:
        from msf_desk.exports.compliance import export_compliance

        path, today = Path(self.session.path), self.today
        folders.remember("compliance", path, folder)

        def work(db, progress):
            return export_compliance(db, formats=list(formats), out_dir=folder, today=today, progress=progress)

        return self.run_export_job(PAGES_REPOSITORY.tr("Writing the compliance report…"), work, self._report_written,
                                   title=PAGES_REPOSITORY.tr("Export the compliance report"), forum=True)

    def _report_written(self, paths: list[Path]) -> None:
        self.written = list(paths)
        self._say(PAGES_REPOSITORY.tr("Wrote {files} in {folder}.").format(
            files=", ".join(p.name for p in paths), folder=paths[0].parent))


def _describe_repository(result) -> tuple[str, str]:
    """What the repository export added, changed and removed since the last one."""
    summary = (PAGES_REPOSITORY.tr("<b>{summary}</b><br>Folder: {folder}").format(summary=_e(result.summary()), folder=_e(result.folder))
               + (PAGES_REPOSITORY.tr("<br>Zip: {zip_path}").format(zip_path=_e(result.zip_path)) if result.zip_path else "")
               + PAGES_REPOSITORY.tr("<br>{size:.1f} MB, written in {seconds:.1f} s.").format(size=result.size / 1024 / 1024,
                                                                             seconds=result.seconds))
    lines = []
    for label, paths in ((PAGES_REPOSITORY.tr("Added"), result.added), (PAGES_REPOSITORY.tr("Changed"), result.changed),
                         (PAGES_REPOSITORY.tr("Removed"), result.removed)):
        lines += [f"{label}: {p}" for p in paths]
    lines += [PAGES_REPOSITORY.tr("Not included (file missing from the forum's storage): {p}").format(p=p) for p in result.skipped]
    lines += [PAGES_REPOSITORY.tr("Not included (stored outside the forum's storage folder): {p}").format(p=p) for p in result.refused]
    return summary, "\n".join(lines) or PAGES_REPOSITORY.tr("Every file is as it was: there is nothing new to upload.")
