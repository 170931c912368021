"""The Responses page: consultations, every contribution with its outcome and reason,
the summary by theme, and what is overdue.

The contributions table is lazy (see ui/models/responses.py): searching runs FTS5 and the
filters in SQLite, debounced while the user types. Imports and exports run in a worker
with their own connection to the forum file, so the window stays usable.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QMenu, QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableView,
                               QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from msf_desk.core import responses as core
from msf_desk.core import consultations_due
from msf_desk.core.audience import privacy, responses as responses_view
from msf_desk.model.errors import UserError
from msf_desk.ui.dialogs import responses as dialogs
from msf_desk.ui.models.responses import ContributionsModel, DueListModel, ThemeSummaryModel, outcome_words
from msf_desk.ui.pages.base import PageBase, not_read_text
from msf_desk.ui.pages.responses_answers import AnswersPart
from msf_desk.ui.pages.responses_reading import (DUE_TAB, SUMMARY_TAB, DueReading, ResponsesReading, read_due,
                                                 read_responses, read_summary)
from msf_desk.ui.pages.responses_transfer import TransferPart
from msf_desk.ui.widgets.forms import esc_lines as _esc
from msf_desk.model.responses import CHANNELS, CONTRIBUTOR_TYPES, ContributionFilter, OUTCOMES
from msf_desk.ui.i18n import Context, record_label, window_day
from msf_desk.ui.widgets import folders
from msf_desk.ui.widgets.forms import message_line
from msf_desk.ui.widgets.tables import RecordTable, fit_columns, select_row

PAGES_RESPONSES = Context("PAGES_RESPONSES")

SEARCH_DELAY_MS = 150
TOPICS = ("responses", "forum", "holidays", "calendar", "meetings", "minutes")
ANY = "__any__"
NOTICE_STYLE = "background: #e3f2e6; color: #1e4620; padding: 6px; border-radius: 3px;"


def _filter_combo(name: str, first: str, items: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(first, ANY)
    for key, label in items.items():
        combo.addItem(record_label(label), key)
    return combo


class ResponsesPage(PageBase, AnswersPart, TransferPart, QWidget):
    # Emitted when a worker (import or export) has finished and the page has refreshed.
    job_done = Signal(object)
    # Built with later=True by the window: the consultations, their counts and the contributions
    # matching the filters are read off the GUI thread (seconds on 100,000 contributions), and
    # the page fills in when the reading comes back (see PageBase.read_then_show).
    FILLS_LATER = True
    filled = Signal()              # the page shows what was read (after each refresh)
    fill_failed = Signal(object)   # a reading off the GUI thread failed (the exception)

    def __init__(self, session, parent: QWidget | None = None, *, later: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.later = later
        self.read = False          # something read is on screen (the buttons need it)
        self.db = session.db
        self.today = dt.date.today()
        self.job = None
        self.last_export_dir = str(folders.start_folder("responses", session.path))

        layout = QVBoxLayout(self)
        title = QLabel(PAGES_RESPONSES.tr("<h2>Responses</h2>"))
        layout.addWidget(title)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(PAGES_RESPONSES.tr("Consultation")))
        self.consultation_combo = QComboBox()
        self.consultation_combo.setObjectName("consultation")
        # A long consultation name never widens the page (the Spanish buttons beside it
        # already took the window past 1200 px).
        self.consultation_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.consultation_combo.setMinimumContentsLength(18)
        self.consultation_combo.currentTextChanged.connect(self.consultation_combo.setToolTip)
        bar.addWidget(self.consultation_combo, 1)
        self.new_button = QPushButton(PAGES_RESPONSES.tr("New consultation…"))
        self.edit_button = QPushButton(PAGES_RESPONSES.tr("Edit…"))
        self.delete_consultation_button = QPushButton(PAGES_RESPONSES.tr("Delete…"))
        self.delete_consultation_button.setToolTip(
            PAGES_RESPONSES.tr("Move this consultation, with its contributions and answers, to the trash (kept 30 days)."))
        self.import_button = QPushButton(PAGES_RESPONSES.tr("Import contributions…"))
        self.template_button = QPushButton(PAGES_RESPONSES.tr("Template…"))
        self.export_button = QPushButton(PAGES_RESPONSES.tr("Export report…"))
        for name, button in (("new_consultation", self.new_button), ("edit_consultation", self.edit_button),
                             ("delete_consultation", self.delete_consultation_button),
                             ("import", self.import_button), ("template", self.template_button),
                             ("export", self.export_button)):
            button.setObjectName(name)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.info = QLabel()
        self.info.setObjectName("consultation_info")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.warnings = QLabel()
        self.warnings.setObjectName("consultation_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(dialogs.WARNING_STYLE)
        layout.addWidget(self.warnings)
        # What the page has to say goes under the tabs, in room kept for it: the buttons
        # above never move when it speaks.
        self.notice = message_line("notice", style=NOTICE_STYLE)
        self.notice.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.notice.setOpenExternalLinks(True)
        self.notice.hide()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._contributions_tab(), PAGES_RESPONSES.tr("Contributions"))
        self.tabs.addTab(self._summary_tab(), PAGES_RESPONSES.tr("Summary by theme"))
        self.tabs.addTab(self._due_tab(), PAGES_RESPONSES.tr("Overdue and due soon"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)

        self.consultation_combo.currentIndexChanged.connect(self._consultation_changed)
        self.new_button.clicked.connect(self.new_consultation)
        self.edit_button.clicked.connect(self.edit_consultation)
        self.delete_consultation_button.clicked.connect(self.delete_consultation)
        self.import_button.clicked.connect(self.import_file)
        self.template_button.clicked.connect(self.write_template)
        self.export_button.clicked.connect(self.export_report)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_visible_tab())
        session.changed.connect(self._on_changed)
        self.fill_failed.connect(lambda exc: self.info.setText(not_read_text(exc)))
        self.setAcceptDrops(True)
        self.import_button.setToolTip(PAGES_RESPONSES.tr("Import a .csv or .xlsx file (or drop it on this page): platforms' own "
                                      "exports are recognised; you see the rows as they will be stored first."))
        if later:
            # Nothing to act on until the consultations are read: never an import into, or an
            # export of, a consultation the page has not shown.
            self.info.setText(PAGES_RESPONSES.tr("Reading the consultations and their contributions…"))
            self.warnings.hide()
            for widget in self._needs_reading():
                widget.setEnabled(False)
        self.reload()

    def _needs_reading(self) -> tuple[QWidget, ...]:
        return (self.consultation_combo, self.new_button, self.edit_button, self.delete_consultation_button,
                self.import_button, self.template_button, self.export_button, self.tabs)

    # --- building ----------------------------------------------------------------------
    def _contributions_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(PAGES_RESPONSES.tr("Search the text, names, themes and reasons…"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 2)
        self.theme_filter = _filter_combo("theme_filter", PAGES_RESPONSES.tr("All themes"), {})
        self.outcome_filter = _filter_combo("outcome_filter", PAGES_RESPONSES.tr("All outcomes"),
                                            {**OUTCOMES, "none": outcome_words(None)})
        self.channel_filter = _filter_combo("channel_filter", PAGES_RESPONSES.tr("All channels"), CHANNELS)
        self.type_filter = _filter_combo("type_filter", PAGES_RESPONSES.tr("All contributors"), CONTRIBUTOR_TYPES)
        self.overdue_only = QCheckBox(PAGES_RESPONSES.tr("Overdue only"))
        self.overdue_only.setObjectName("overdue_only")
        for widget in (self.theme_filter, self.outcome_filter, self.channel_filter, self.type_filter):
            filters.addWidget(widget, 1)
            widget.currentIndexChanged.connect(lambda _i: self.apply_filters())
        filters.addWidget(self.overdue_only)
        self.overdue_only.toggled.connect(lambda _on: self.apply_filters())
        self.search.textEdited.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        layout.addLayout(filters)

        self.model = ContributionsModel(self.db, self)
        self.table = RecordTable()
        self.table.setObjectName("contributions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        # Several rows may be selected (Ctrl/Shift+click) to answer them at once.
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(ContributionsModel.RECEIVED, Qt.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never asks for every row's size (100,000 rows).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Widths are set, never measured (100,000 rows). The contribution's text takes the
        # spare width; on a narrow window the columns the detail below also shows (section,
        # channel, type, date answered, then the theme) give way to it, and come back when
        # there is room.
        cm = ContributionsModel
        fit_columns(self.table, cm.TEXT, interactive=tuple(c for c in range(len(cm.COLUMNS)) if c != cm.TEXT),
                    optional=(cm.TYPE, cm.CHANNEL, cm.SECTION, cm.ANSWERED, cm.THEME), min_text=300)
        for col, width in zip(range(len(cm.COLUMNS)), (56, 86, 86, 170, 190, 150, 380, 170, 120, 100, 92)):
            if col != cm.TEXT:
                self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.answer_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        # The count shares the row with the buttons: it takes the room they leave (wrapped
        # to three lines: the Spanish and French sentences need them at 1200 px), so a longer
        # count never pushes them aside or widens the window.
        self.count_label = message_line("count", lines=3)
        bottom.addWidget(self.count_label, 1)
        self.add_button = QPushButton(PAGES_RESPONSES.tr("New contribution…"))
        self.add_button.setObjectName("new_contribution")
        self.add_button.clicked.connect(self.new_contribution)
        self.edit_contribution_button = QPushButton(PAGES_RESPONSES.tr("Edit…"))
        self.edit_contribution_button.setObjectName("edit_contribution")
        self.edit_contribution_button.clicked.connect(self.edit_contribution)
        self.attach_button = QPushButton(PAGES_RESPONSES.tr("Attach file…"))
        self.attach_button.setObjectName("attach")
        self.attach_button.clicked.connect(self.attach_file)
        self.answer_button = QPushButton(PAGES_RESPONSES.tr("Answer…"))
        self.answer_button.setObjectName("answer")
        self.answer_button.clicked.connect(self.answer_selected)
        self.answer_many_button = QPushButton(PAGES_RESPONSES.tr("Answer many ▾"))
        self.answer_many_button.setObjectName("answer_many")
        self.answer_many_button.setToolTip(PAGES_RESPONSES.tr("One outcome and reason for many contributions at once."))
        many = QMenu(self.answer_many_button)
        self.answer_selected_action = many.addAction(PAGES_RESPONSES.tr("The selected rows…"),
                                                     lambda: self.answer_many("selected"))
        self.answer_theme_action = many.addAction(PAGES_RESPONSES.tr("All in this theme…"), lambda: self.answer_many("theme"))
        self.answer_duplicates_action = many.addAction(PAGES_RESPONSES.tr("All duplicates of this one…"),
                                                       lambda: self.answer_many("duplicates"))
        self.answer_many_button.setMenu(many)
        self.delete_contribution_button = QPushButton(PAGES_RESPONSES.tr("Delete…"))
        self.delete_contribution_button.setObjectName("delete_contribution")
        self.delete_contribution_button.setToolTip(PAGES_RESPONSES.tr("Move the selected contributions to the trash (kept 30 days)."))
        self.delete_contribution_button.clicked.connect(self.delete_contributions)
        for button in (self.add_button, self.edit_contribution_button, self.attach_button, self.answer_button,
                       self.answer_many_button, self.delete_contribution_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.model.counted.connect(self._show_count)
        return tab

    def _summary_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.summary_note = QLabel(
            PAGES_RESPONSES.tr("The published overview: per theme, what people asked for and what the forum did and why. "
            "It becomes the \"what we heard | what we did and why\" table of the report."))
        self.summary_note.setWordWrap(True)
        layout.addWidget(self.summary_note)
        self.summary_model = ThemeSummaryModel(self)
        self.summary_table = QTableView()
        self.summary_table.setObjectName("summary")
        self.summary_table.setModel(self.summary_model)
        self.summary_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.summary_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.summary_table.verticalHeader().setVisible(False)
        self.summary_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.summary_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.summary_table.horizontalHeader().setMinimumSectionSize(60)
        self.summary_table.selectionModel().currentRowChanged.connect(lambda *_: self._load_summary_text())
        layout.addWidget(self.summary_table, 2)
        editors = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(PAGES_RESPONSES.tr("<b>What we heard</b>")))
        self.heard_edit = QPlainTextEdit()
        self.heard_edit.setObjectName("heard")
        self.heard_edit.setPlaceholderText(PAGES_RESPONSES.tr("In a few sentences: what people asked for on this theme."))
        left.addWidget(self.heard_edit)
        right.addWidget(QLabel(PAGES_RESPONSES.tr("<b>What we did and why</b>")))
        self.did_edit = QPlainTextEdit()
        self.did_edit.setObjectName("did")
        self.did_edit.setPlaceholderText(PAGES_RESPONSES.tr("What the forum did with it, and the reasons."))
        right.addWidget(self.did_edit)
        editors.addLayout(left)
        editors.addLayout(right)
        layout.addLayout(editors, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_summary_button = QPushButton(PAGES_RESPONSES.tr("Save summary"))
        self.save_summary_button.setObjectName("save_summary")
        self.save_summary_button.clicked.connect(self.save_summary)
        row.addWidget(self.save_summary_button)
        layout.addLayout(row)
        return tab

    def _due_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdue_label")
        layout.addWidget(self.overdue_label)
        self.overdue_model = DueListModel(self)
        self.overdue_table = self._due_table("overdue", self.overdue_model)
        layout.addWidget(self.overdue_table, 1)
        self.soon_label = QLabel()
        layout.addWidget(self.soon_label)
        self.soon_model = DueListModel(self)
        self.soon_table = self._due_table("due_soon", self.soon_model)
        layout.addWidget(self.soon_table, 1)
        return tab

    def _due_table(self, name: str, model: DueListModel) -> QTableView:
        table = RecordTable()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        # The consultation and the contribution share the spare width; the theme gives way
        # on a narrow window (the contribution's detail shows it).
        fit_columns(table, (DueListModel.CONSULTATION, DueListModel.TEXT), optional=(DueListModel.THEME,))
        table.doubleClicked.connect(lambda index, m=model: self.answer(m.contribution_id(index.row())))
        return table

    # --- state -------------------------------------------------------------------------
    def consultation_id(self) -> int | None:
        return self.consultation_combo.currentData()

    def current_filter(self) -> ContributionFilter:
        def value(combo: QComboBox):
            data = combo.currentData()
            return None if data == ANY else data

        return ContributionFilter(
            text=self.search.text(), consultation_id=self.consultation_id(), theme=value(self.theme_filter),
            outcome=value(self.outcome_filter), channel=value(self.channel_filter),
            contributor_type=value(self.type_filter),
            overdue_on=self.today if self.overdue_only.isChecked() else None)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contribution_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.contribution_id(row) for row in rows]

    def select_contribution(self, contribution_id: int) -> bool:
        row = self.model.row_of(contribution_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)
        return True

    # --- refreshing --------------------------------------------------------------------
    def reload(self) -> None:
        """Everything again (a new forum, or after an undo)."""
        consultations_due.refresh_due_dates(self.db)   # writes only after the holidays or the rule changed
        self._read()

    def _read(self) -> None:
        """Read the consultations, the chosen one's counts and themes, the contributions matching
        the filters and the open tab's contents; then show them (see read_responses)."""
        today, flt, tab = self.today, self.current_filter(), self.tabs.currentIndex()
        order, descending = self.model.order, self.model.descending
        if tab == SUMMARY_TAB:
            self._summary_read_again()
        self.read_then_show(lambda db: read_responses(db, today, flt, order, descending, tab), self._show_reading)

    def _summary_read_again(self) -> None:
        """The theme's summary is about to be shown again as read: meanwhile its boxes take no
        typing (it would be replaced by what is read)."""
        for widget in (self.heard_edit, self.did_edit, self.save_summary_button):
            widget.setEnabled(False)

    def _show_reading(self, reading: ResponsesReading) -> None:
        if not self.read:
            self.read = True
            for widget in self._needs_reading():
                widget.setEnabled(True)
        self._fill_consultations(reading.consultations)
        self._fill_themes(reading.themes)
        self._show_consultation(reading)
        selected = self.selected_id()
        flt = self.current_filter()
        if reading.error:
            self.count_label.setText(reading.error)
        elif flt != reading.filter or (self.model.order, self.model.descending) != reading.order:
            self.apply_filters()   # the filters moved while reading: what they ask for now
            selected = None
        else:
            self.model.show_read(flt, self.today, reading.ids, reading.soon_limit)
        if selected is None or not self.select_contribution(selected):
            self._show_detail()
        if reading.tab == self.tabs.currentIndex() == SUMMARY_TAB and reading.summary is not None:
            self._show_summary(reading.consultation_id, reading.summary)
        elif reading.tab == self.tabs.currentIndex() == DUE_TAB and reading.due is not None:
            self._show_due(reading.due)
        else:
            self._refresh_visible_tab()

    def _on_changed(self, topic: str) -> None:
        if topic in TOPICS:
            self.reload()

    def _fill_consultations(self, consultations) -> None:
        current = self.consultation_id()
        self.consultation_combo.blockSignals(True)
        self.consultation_combo.clear()
        self.consultation_combo.addItem(PAGES_RESPONSES.tr("All consultations"), None)
        for c in consultations:
            self.consultation_combo.addItem(f"{c.name} ({record_label(c.stage_label).split(' (')[0].lower()})", c.id)
        index = self.consultation_combo.findData(current)
        self.consultation_combo.setCurrentIndex(max(index, 0))
        self.consultation_combo.blockSignals(False)

    def _fill_themes(self, themes) -> None:
        current = self.theme_filter.currentData()
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(PAGES_RESPONSES.tr("All themes"), ANY)
        for theme in themes:
            self.theme_filter.addItem(theme, theme)
        index = self.theme_filter.findData(current)
        self.theme_filter.setCurrentIndex(max(index, 0))
        self.theme_filter.blockSignals(False)

    def _consultation_changed(self) -> None:
        self._read()

    def _show_consultation(self, reading: ResponsesReading) -> None:
        cid = self.consultation_id()
        for button in (self.edit_button, self.export_button, self.add_button):
            button.setEnabled(cid is not None)
        counts = reading.counts
        if cid is None:
            total = sum(n["contributions"] for n in counts.values())
            overdue = sum(n["overdue"] for n in counts.values())
            self.info.setText(PAGES_RESPONSES.tr("%n consultation(s) · {total:,} contributions · {overdue:,} overdue. Choose a "
                    "consultation to edit it, import into it or export its report.", "",
                    self.consultation_combo.count() - 1).format(total=total, overdue=overdue))
            self.warnings.hide()
            return
        c = next(c for c in reading.consultations if c.id == cid)
        n = counts.get(cid, {"contributions": 0, "answered": 0, "overdue": 0, "answered_late": 0})
        period = (PAGES_RESPONSES.tr("{opens} to {closes}").format(opens=window_day(c.opens_on) or '…', closes=window_day(c.closes_on) or '…'))
        state = {"open": PAGES_RESPONSES.tr("open now"), "closed": PAGES_RESPONSES.tr("closed"), "planned": PAGES_RESPONSES.tr("not yet open")}[c.status_on(self.today)]
        self.info.setText(
            f"<b>{_esc(c.name)}</b> — {_esc(record_label(c.stage_label))}, {period} ({state})"
            + (PAGES_RESPONSES.tr(" · on {document}").format(document=_esc(c.document)) if c.document else "")
            + PAGES_RESPONSES.tr("<br>{channels} · {contributions:,} contributions · {answered:,} answered "
                    "({answered_late:,} late) · {overdue:,} overdue").format(channels=_esc(", ".join(record_label(CHANNELS.get(k, k)) for k in c.channels)) or PAGES_RESPONSES.tr("No channels recorded"), contributions=n['contributions'], answered=n['answered'], answered_late=n['answered_late'], overdue=n['overdue']))
        warnings = core.consultation_warnings(c)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))

    def apply_filters(self, keep_selection: bool = True) -> None:
        self.search_timer.stop()
        selected = self.selected_id() if keep_selection else None
        try:
            self.model.set_filter(self.current_filter(), self.today)
        except UserError as exc:
            self.count_label.setText(str(exc))
            return
        if selected is None or not self.select_contribution(selected):
            self._show_detail()

    def _show_count(self, n: int) -> None:
        text = PAGES_RESPONSES.tr("%Ln contribution(s)", "", n)
        if self.search.text().strip():
            text += PAGES_RESPONSES.tr(" match the search")
        self.count_label.setText(text + PAGES_RESPONSES.tr(". Double-click one to answer it. Names in grey: no consent to publish."))

    def _show_detail(self) -> None:
        cid = self.selected_id()
        for button in (self.answer_button, self.edit_contribution_button, self.attach_button):
            button.setEnabled(cid is not None)
        if cid is None:
            self.detail.setHtml(PAGES_RESPONSES.tr("<p style='color:#6b7280'>Select a contribution to see it in full.</p>"))
            return
        c = core.find_contribution(self.db, cid)
        if c is None:
            self.detail.clear()
            return
        r = c.response
        who = ", ".join(p for p in (c.contributor_name, c.organisation) if p) or PAGES_RESPONSES.tr("Individual")
        consent = ("" if c.publish_name or not c.contributor_name else
                   PAGES_RESPONSES.tr(" <i>(no consent: the public sees “{public_contributor}”)</i>").format(public_contributor=_esc(privacy.public_contributor(c))))
        lines = [
            PAGES_RESPONSES.tr("<b>No. {id}</b> · {received_on} · {channel_label} · {who}{consent} · {contributor_type_label}").format(id=c.id, received_on=window_day(c.received_on), channel_label=_esc(record_label(c.channel_label)), who=_esc(who), consent=consent, contributor_type_label=_esc(record_label(c.contributor_type_label))) + (f" · {_esc(c.theme)}" if c.theme else "")
            + (f" · {_esc(c.section)}" if c.section else ""),
            f"<p>{_esc(c.text)}</p>",
        ]
        if responses_view.support_text(c):
            lines.append(f"<p style='color:#6b7280'>{_esc(responses_view.support_text(c))}</p>")
        if c.withdrawn_on:
            lines.append(PAGES_RESPONSES.tr("<p><b>Withdrawn by its author on {withdrawn_on}</b>: nothing to answer, never overdue.</p>").format(withdrawn_on=window_day(c.withdrawn_on)))
        if c.source_id:
            lines.append(PAGES_RESPONSES.tr("<p style='color:#6b7280'>Imported from {source_platform}: {source_id}").format(source_platform=_esc(c.source_platform), source_id=_esc(c.source_id))
                         + (PAGES_RESPONSES.tr(", answering {source_parent}").format(source_parent=_esc(c.source_parent)) if c.source_parent else "")
                         + PAGES_RESPONSES.tr(". A newer export of the same platform updates it.</p>"))
        status = f"<b>{_esc(outcome_words(r.outcome))}</b>"
        if r.reason:
            status += f": {_esc(r.reason)}"
        if r.answered_on:
            status += PAGES_RESPONSES.tr(" — answered {answered_on}").format(answered_on=window_day(r.answered_on)) + (PAGES_RESPONSES.tr(" (late)") if c.late else "")
        else:
            status += PAGES_RESPONSES.tr(" — due {due_on}").format(due_on=window_day(c.due_on)) + (PAGES_RESPONSES.tr(" (overdue)") if c.overdue_on(self.today) else "")
        extra = []
        if r.decided_by:
            extra.append(PAGES_RESPONSES.tr("decided by {decided_by}").format(decided_by=_esc(r.decided_by)))
        if r.meeting_id:
            extra.append(_esc(core.meeting_label(self.db, r.meeting_id)))
        if r.commitment:
            extra.append(PAGES_RESPONSES.tr("commitment: {commitment}").format(commitment=_esc(r.commitment)))
        if c.duplicate_of:
            extra.append(PAGES_RESPONSES.tr("duplicate of no. {duplicate_of}").format(duplicate_of=c.duplicate_of))
        if c.merged_into:
            extra.append(PAGES_RESPONSES.tr("merged into no. {merged_into}").format(merged_into=c.merged_into))
        linked = core.linked_to(self.db, c.id)
        if linked:
            extra.append(PAGES_RESPONSES.tr("linked from ") + ", ".join(PAGES_RESPONSES.tr("no. {i}").format(i=i) for i, _ in linked))
        files = core.attachments_of(self.db, c.id)
        if files:
            extra.append(PAGES_RESPONSES.tr("attachments: ") + ", ".join(_esc(f["file_name"]) for f in files))
        lines.append(status + ("<br>" + " · ".join(extra) if extra else ""))
        self.detail.setHtml("".join(lines))

    def _refresh_visible_tab(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.refresh_summary()
        elif self.tabs.currentIndex() == 2:
            self.refresh_due()

    def refresh_summary(self) -> None:
        cid = self.consultation_id()
        if cid is None:
            self._show_summary(None, [])
            return
        # After the reading under way (a tab opened while the page fills), never instead of it.
        self._summary_read_again()
        self.when_filled(lambda: self.read_then_show(lambda db: read_summary(db, cid),
                                                     lambda overview: self._show_summary(cid, overview)))

    def _show_summary(self, cid: int | None, overview: list) -> None:
        selected = self.summary_model.theme_at(self.summary_table.currentIndex().row())
        enabled = cid is not None
        for widget in (self.heard_edit, self.did_edit, self.save_summary_button):
            widget.setEnabled(enabled)
        if cid is None:
            self.summary_model.set_themes([])
            self.summary_note.setText(PAGES_RESPONSES.tr("Choose a consultation to see and write its summary by theme."))
            return
        self.summary_note.setText(
            PAGES_RESPONSES.tr("The published overview: per theme, what people asked for and what the forum did and why. "
            "It becomes the \"what we heard | what we did and why\" table of the report."))
        self.summary_model.set_themes(overview)
        row = self.summary_model.row_of(selected.theme) if selected else None
        select_row(self.summary_table, row if row is not None else 0)
        self._load_summary_text()

    def _load_summary_text(self) -> None:
        theme = self.summary_model.theme_at(self.summary_table.currentIndex().row())
        self.heard_edit.setPlainText(theme.heard if theme else "")
        self.did_edit.setPlainText(theme.response if theme else "")

    def refresh_due(self) -> None:
        today, cid = self.today, self.consultation_id()
        self.when_filled(lambda: self.read_then_show(lambda db: read_due(db, today, cid), self._show_due))

    def _show_due(self, due: DueReading) -> None:
        late, soon = due.late, due.soon
        self.overdue_model.set_rows(late)
        self.soon_model.set_rows(soon)
        self.overdue_label.setText(PAGES_RESPONSES.tr("<b>Overdue</b>: {len:,} not answered by their due date ({response_working_days} "
                "working days after receipt).").format(len=len(late), response_working_days=due.response_working_days)
                                   if late else PAGES_RESPONSES.tr("<b>Overdue</b>: none."))
        self.soon_label.setText(PAGES_RESPONSES.tr("<b>Due within {DUE_SOON_WORKING_DAYS} working days</b>: {len:,}.").format(DUE_SOON_WORKING_DAYS=consultations_due.DUE_SOON_WORKING_DAYS, len=len(soon))
                                if soon else PAGES_RESPONSES.tr("<b>Due within {DUE_SOON_WORKING_DAYS} working days</b>: none.").format(DUE_SOON_WORKING_DAYS=consultations_due.DUE_SOON_WORKING_DAYS))

    # Files dropped on the page are imported into the consultation shown.
    IMPORTABLE = (".csv", ".xlsx", ".xlsm", ".txt", ".tsv", ".json")

