"""The Minutes page, part: the current agenda item: its notes and breakout groups, declarations, decisions and their verdicts.

A mixin of MinutesPage (msf_desk.ui.pages.minutes): its methods run on the page and use
the page's session, models and boxes."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QSizePolicy, QSpinBox, QSplitter, QTabWidget, QVBoxLayout,
                               QWidget)

from msf_desk.core import forum as core_forum
from msf_desk.core import minutes as core
from msf_desk.core.agendas import items_of
from msf_desk.model.minutes import RULES, Decision, Votes
from msf_desk.core.decisions import verdict
from msf_desk.ui.words import rule_words
from msf_desk.ui import shortcuts
from msf_desk.ui.commands import minutes as commands
from msf_desk.ui.models.minutes import DecisionsModel, OUTCOME_COLOUR
from msf_desk.ui.pages.base import waits_for_fill
from msf_desk.ui.pages.minutes_common import TOPICS, fitted_table, push_button, text_box
from msf_desk.ui.pages.minutes_reading import ItemReading, read_item
from msf_desk.ui.widgets.autosave import AutoSave
from msf_desk.ui.widgets.conflicts import ConflictsPanel
from msf_desk.ui.widgets.tables import RecordTable, select_row
from msf_desk.ui.i18n import Context, in_window_language, record_label

PAGES_MINUTES_ITEMS = Context("PAGES_MINUTES_ITEMS")


class ItemsPart:
    """The current agenda item: its notes and breakout groups, declarations, decisions and their verdicts."""

    def _build_item(self) -> QWidget:
        self.item_title = QLabel()
        self.item_title.setObjectName("item_title")
        self.item_title.setWordWrap(True)
        self.discussion = text_box("discussion", PAGES_MINUTES_ITEMS.tr("What was said: paragraphs, and lines starting with - for bullets."))
        self.discussion_save = AutoSave(self.discussion, self._save_discussion, self)

        # decisions
        self.decisions_model = DecisionsModel(self)
        self.decisions_table = fitted_table(RecordTable(), "decisions_table", self.decisions_model)
        self.decisions_table.horizontalHeader().setSectionResizeMode(DecisionsModel.TEXT, QHeaderView.Stretch)
        self.decisions_table.horizontalHeader().setStretchLastSection(False)
        self.decisions_table.selectionModel().selectionChanged.connect(self._decision_selected)
        self.decisions_table.setMaximumHeight(self.decisions_table.fontMetrics().height() * 7 + 40)
        self.add_decision_button = push_button(PAGES_MINUTES_ITEMS.tr("Add decision"), "add_decision", self.add_decision,
                                                shortcuts.text("add_decision"))
        self.remove_decision_button = push_button(PAGES_MINUTES_ITEMS.tr("Remove decision"), "remove_decision", self.remove_decision)
        self.decision_text = text_box("decision_text", PAGES_MINUTES_ITEMS.tr("What the forum decided (or was asked to decide)."))
        self.decision_text.setFixedHeight(self.decision_text.fontMetrics().lineSpacing() * 3 + 14)
        self.decision_text_save = AutoSave(self.decision_text, self._save_decision_text, self)
        self.rule = QComboBox()
        self.rule.setObjectName("rule")
        self.vote_held = QCheckBox(PAGES_MINUTES_ITEMS.tr("A vote was held"))
        self.vote_held.setObjectName("vote_held")
        self.deferred = QCheckBox(PAGES_MINUTES_ITEMS.tr("Deferred"))
        self.deferred.setObjectName("deferred")
        self.vote_boxes: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        for col, head in enumerate(("", PAGES_MINUTES_ITEMS.tr("For"), PAGES_MINUTES_ITEMS.tr("Against"), PAGES_MINUTES_ITEMS.tr("Abstaining")), start=0):
            grid.addWidget(QLabel(head), 0, col)
        for row, (side, label) in enumerate((("government", PAGES_MINUTES_ITEMS.tr("Government")), ("non_government", PAGES_MINUTES_ITEMS.tr("Non-government"))),
                                            start=1):
            grid.addWidget(QLabel(label), row, 0)
            for col, kind in enumerate(("for", "against", "abstain"), start=1):
                spin = QSpinBox()
                spin.setRange(0, 999)
                spin.setMaximumWidth(90)
                spin.setObjectName(f"{kind}_{side}")
                self.vote_boxes[f"{kind}_{side}"] = spin
                grid.addWidget(spin, row, col)
        self.objections = QSpinBox()
        self.objections.setObjectName("objections")
        self.objections.setRange(0, 999)
        self.objections.setMaximumWidth(90)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.PlainText)
        self.verdict_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        # Room for two lines whatever it says (a verdict, none while a decision is read): the form
        # below does not jump, nor is it laid out and drawn again, as the verdict comes and goes.
        self.verdict_label.setMinimumHeight(self.verdict_label.fontMetrics().lineSpacing() * 2 + 12)
        for widget in [self.rule, self.vote_held, self.deferred, self.objections, *self.vote_boxes.values()]:
            signal = (widget.currentIndexChanged if isinstance(widget, QComboBox) else
                      widget.toggled if isinstance(widget, QCheckBox) else widget.valueChanged)
            signal.connect(self._decision_field_changed)
        form = QFormLayout()
        form.addRow(PAGES_MINUTES_ITEMS.tr("Decision"), self.decision_text)
        flags = QHBoxLayout()
        flags.addWidget(self.rule, 1)
        flags.addWidget(self.vote_held)
        flags.addWidget(self.deferred)
        form.addRow(PAGES_MINUTES_ITEMS.tr("Rule"), flags)
        grid.setColumnStretch(4, 1)
        form.addRow(PAGES_MINUTES_ITEMS.tr("Votes"), grid)
        form.addRow(PAGES_MINUTES_ITEMS.tr("Objections"), self.objections)
        form.addRow(PAGES_MINUTES_ITEMS.tr("Verdict"), self.verdict_label)
        self.decision_form = QWidget()
        self.decision_form.setObjectName("decision_form")
        self.decision_form.setLayout(form)
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(self.add_decision_button)
        decision_buttons.addWidget(self.remove_decision_button)
        decision_buttons.addStretch(1)
        decisions = QWidget()
        box = QVBoxLayout(decisions)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.decisions_table, 1)
        box.addLayout(decision_buttons)
        box.addWidget(self.decision_form)

        # breakout groups, declarations
        self.breakouts = text_box("breakouts", PAGES_MINUTES_ITEMS.tr("Session 1\nGroup 1 (facilitator)\nA theme\n- a point\n"
                                                "Commitments\n- Commitment 2: a point on it"))
        self.breakout_save = AutoSave(self.breakouts, self._save_breakouts, self)
        self.breakout_summary = QLabel()
        self.breakout_summary.setObjectName("breakout_summary")
        breakouts = QWidget()
        box = QVBoxLayout(breakouts)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.breakouts, 1)
        box.addWidget(self.breakout_summary)
        self.declarations_label = QLabel()
        self.declarations_label.setObjectName("declarations")
        self.declarations_label.setWordWrap(True)
        self.declarations_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.declare_button = push_button(PAGES_MINUTES_ITEMS.tr("Record a declaration…"), "declare", self.declare)
        self.undeclare_button = push_button(PAGES_MINUTES_ITEMS.tr("Remove the last"), "undeclare", self.undeclare)
        declarations = QWidget()
        box = QVBoxLayout(declarations)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.declarations_label, 1)
        row = QHBoxLayout()
        row.addWidget(self.declare_button)
        row.addWidget(self.undeclare_button)
        row.addStretch(1)
        box.addLayout(row)
        self.item_tabs = QTabWidget()
        self.item_tabs.setObjectName("item_tabs")
        self.item_tabs.addTab(decisions, PAGES_MINUTES_ITEMS.tr("Decisions"))
        self.item_tabs.addTab(breakouts, PAGES_MINUTES_ITEMS.tr("Breakout groups"))
        self.item_tabs.addTab(declarations, PAGES_MINUTES_ITEMS.tr("Declarations of interest"))
        # Potential conflicts from the register of interests, with recusal and waiver buttons.
        self.conflicts = ConflictsPanel(self.session, can_record=True, later=self.later)
        # The page reads the conflicts again with the item after a change (its own edits too).
        self.conflicts.covered = lambda topic: topic in TOPICS
        self.conflicts.setObjectName("minutes_conflicts")
        self.item_tabs.addTab(self.conflicts, PAGES_MINUTES_ITEMS.tr("Conflicts"))

        split = QSplitter(Qt.Vertical)
        top = QWidget()
        box = QVBoxLayout(top)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.item_title)
        box.addWidget(self.discussion, 1)
        split.addWidget(top)
        split.addWidget(self.item_tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(split)
        return page

    # --- the current item -----------------------------------------------------------------
    def _item_selected(self, *_args) -> None:
        rows = self.items_table.selectionModel().selectedRows()
        if not rows:
            return
        item_id = self.items_model.item_id_at(rows[0].row())
        if item_id != self.item_id:
            self.discussion_save.flush()
            self.breakout_save.flush()
            self.decision_text_save.flush()
            self.item_id = item_id
            self.decision_id = None
            if self.filling and not self._reading_item:
                # The page is being read again (after a change): read it all again with the
                # item chosen now, rather than drop that reading for this item alone.
                self._show_reading_item()
                self.reload()
                return
            self._show_item()

    def move_item(self, delta: int) -> None:
        row = self.items_model.row_of(self.item_id) if self.item_id else None
        target = 0 if row is None else min(max(row + delta, 0), self.items_model.rowCount() - 1)
        if self.items_model.rowCount():
            select_row(self.items_table, target)
            self._show_tab(1)

    def _show_item(self) -> None:
        """The chosen item's notes, breakout groups, declarations, decisions with their verdicts
        and conflicts: as read with the meeting, else read now (off the GUI thread when the page
        reads there: a newer choice drops an older reading; meanwhile the item says it is being
        read, shows nothing of the item before and offers nothing to act on)."""
        meeting_id, item_id = self.meeting_id, self.item_id
        read = self._take_item_read(meeting_id, item_id)
        if read is not None:
            self._show_item_read(read)
            return
        if meeting_id is None:
            self._show_item_read(None)
            return
        if self.later:
            self._show_reading_item()
        self._reading_item = True
        started, words = self.minutes is not None, in_window_language()
        self.read_then_show(lambda db: read_item(db, meeting_id, item_id, words, started=started), self._item_came)

    def _item_came(self, read: ItemReading) -> None:
        self._reading_item = False
        if (read.meeting_id, read.item_id) == (self.meeting_id, self.item_id):
            self._show_item_read(read)
        else:                               # chosen otherwise meanwhile, by a way that reads no more
            self._show_item()

    def _show_reading_item(self) -> None:
        """While the chosen item is read: nothing of the item shown before, nothing to act on."""
        text = PAGES_MINUTES_ITEMS.tr("Reading the item's notes, decisions and conflicts…")
        self.item_title.setText(text)
        self.discussion_save.load(None, "")
        self.breakout_save.load(None, "")
        self.breakout_summary.setText("")
        self.decisions_model.set_rows([])
        self.decision_id = None
        self.decision_text_save.load(None, "")
        self.verdict_label.setText("")
        self.verdict_label.setStyleSheet("")
        self.declarations_label.setText("")
        self.conflicts.show_reading(text)
        self._reading_item = True
        self._enable()

    def _show_item_read(self, read: ItemReading | None) -> None:
        item_id = self.item_id
        row = self.items_model.row_of(item_id) if item_id else None
        if row is None or read is None:
            self.item_title.setText(PAGES_MINUTES_ITEMS.tr("Choose an item of the agenda."))
            self.discussion_save.load(None, "")
            self.breakout_save.load(None, "")
        else:
            _, number, title, _recorded = self.items_model.rows[row]
            extra = (PAGES_MINUTES_ITEMS.tr("  — open actions from earlier meetings are under Actions (Ctrl+3).")
                     if read.standing == "matters_arising" else "")
            self.item_title.setText(f"<b>{number}. {title}</b>{extra}")
            self.discussion_save.load(item_id, read.discussion)
            self.breakout_save.load(item_id, read.breakouts)
        if read is not None:
            self._counts = (read.meeting_id, read.item_id, dict(read.counts))
        self._show_breakout_summary()
        self._refresh_decisions(read)
        self._show_declarations(read)
        if read is not None:               # read with the item: not again here
            self.conflicts.meeting_id, self.conflicts.item_id = self.meeting_id, item_id
            self.conflicts.refresh(read.conflicts)
        else:
            self.conflicts.set_meeting(None)
        self._enable()

    def _show_breakout_summary(self) -> None:
        groups = core.parse_breakout_notes(self.breakouts.toPlainText())
        points = sum(len(g["points"]) for g in groups)
        self.breakout_summary.setText(
            PAGES_MINUTES_ITEMS.tr("%n group(s)", "", len(groups)) + ", " + PAGES_MINUTES_ITEMS.tr("%n point(s)", "", points)
            if groups else PAGES_MINUTES_ITEMS.tr("No breakout groups for this item."))

    def _show_declarations(self, read: ItemReading | None = None) -> None:
        if self.item_id is None or self.minutes is None:
            self.declarations_label.setText("")
            return
        someone = PAGES_MINUTES_ITEMS.tr("A member")
        declared = read.declarations if read is not None else core.declarations_of(self.db, self.item_id)
        lines = [f"{self.members[d.member_id].name if d.member_id in self.members else someone}: "
                 f"{record_label(d.kind_label).lower()}" + (f" — {d.note}" if d.note else "")
                 for d in declared]
        self.declarations_label.setText("\n".join(lines) or PAGES_MINUTES_ITEMS.tr("No declarations on this item."))

    def _refresh_decisions(self, read: ItemReading | None = None) -> None:
        """The item's decisions with their verdicts: as read with the item, else read here (after
        the page's own edits)."""
        if self.minutes is None or self.item_id is None:
            self.decisions_model.set_rows([])
            self.decision_id = None
            self._load_decision()
            return
        if read is not None:
            profile, all_decisions, verdicts = read.profile, read.decisions, read.verdicts
        else:
            profile = core_forum.load(self.db)
            all_decisions = core.decisions_of(self.db, self.meeting_id)
            with in_window_language():   # the verdicts' explanations, in the window's language
                verdicts = core.verdicts_of(self.db, self.meeting_id)
        rows = [(n, d, rule_words(verdicts[d.id].rule, profile), verdicts[d.id])
                for n, d in enumerate(all_decisions, start=1) if d.item_id == self.item_id]
        self.decisions_model.set_rows(rows)
        if self.decision_id is None or self.decisions_model.row_of(self.decision_id) is None:
            self.decision_id = rows[0][1].id if rows else None
        row = self.decisions_model.row_of(self.decision_id) if self.decision_id else None
        if row is not None:
            self.decisions_table.blockSignals(True)
            select_row(self.decisions_table, row)
            self.decisions_table.blockSignals(False)
        if not self._quiet or self.decision_text_save.target != self.decision_id:
            self._load_decision(profile)     # another decision chosen (added, removed): its form
        else:
            self._show_verdict()             # the form as typed, its verdict again

    def _decision_selected(self, *_args) -> None:
        rows = self.decisions_table.selectionModel().selectedRows()
        if not rows:
            return
        decision_id = self.decisions_model.decision_at(rows[0].row()).id
        if decision_id != self.decision_id:
            self.decision_text_save.flush()
            self.decision_id = decision_id
            self._load_decision()
            self._enable()

    def _load_decision(self, profile=None, *, verdict: bool = True) -> None:
        d = core.get_decision(self.db, self.decision_id) if self.decision_id else None
        profile = profile if profile is not None else core_forum.load(self.db)
        widgets = [self.rule, self.vote_held, self.deferred, self.objections, *self.vote_boxes.values()]
        for w in widgets:
            w.blockSignals(True)
        self.rule.clear()
        for key, label in RULES.items():
            self.rule.addItem(PAGES_MINUTES_ITEMS.tr("The forum's rule: {rule_text}").format(rule_text=rule_words('', profile)) if key == "" else
                              rule_words(key, profile), key)
        if d is None:
            self.decision_text_save.load(None, "")
            for w in widgets:
                w.blockSignals(False)
            self.verdict_label.setText("")
            self.verdict_label.setStyleSheet("")
            return
        self.decision_text_save.load(d.id, d.text)
        self.rule.setCurrentIndex(max(0, self.rule.findData(d.rule)))
        self.vote_held.setChecked(d.vote_held)
        self.deferred.setChecked(d.deferred)
        self.objections.setValue(d.objections)
        for name, spin in self.vote_boxes.items():
            spin.setValue(getattr(d.votes, name))
        for w in widgets:
            w.blockSignals(False)
        if verdict:
            self._show_verdict()
        else:
            self.verdict_label.setText("")
            self.verdict_label.setStyleSheet("")

    def _form_values(self) -> dict:
        votes = Votes(**{name: spin.value() for name, spin in self.vote_boxes.items()})
        return dict(rule=self.rule.currentData() or "", vote_held=self.vote_held.isChecked(),
                    deferred=self.deferred.isChecked(), objections=self.objections.value(), votes=votes)

    def _show_verdict(self) -> None:
        """The verdict of what is in the form now, before anything is saved."""
        if self.decision_id is None:
            return
        with in_window_language():   # the verdict's explanation, in the window's language
            if self.locked:
                v = core.decision_verdict(self.db, core.get_decision(self.db, self.decision_id))
            else:
                values = self._form_values()
                d = dataclasses.replace(core.get_decision(self.db, self.decision_id), **values)
                v = verdict(values["rule"], core_forum.load(self.db), self._count_of(d),
                            vote_held=values["vote_held"], votes=values["votes"], objections=values["objections"],
                            deferred=values["deferred"])
        text = v.explanation + "".join(f"\n{w}" for w in v.warnings)
        self.verdict_label.setText(text)
        colour = OUTCOME_COLOUR.get(v.outcome)
        self.verdict_label.setStyleSheet(
            f"QLabel#verdict {{ background: {colour.name()}; padding: 6px; border-radius: 3px; }}")

    def _count_of(self, d: Decision):
        """The numbers behind `d`'s verdict: as read with its item until the next change (a vote
        typed changes none of them), else read here."""
        known = self._counts
        if known is not None and known[:2] == (self.meeting_id, d.item_id) and d.id in known[2]:
            return known[2][d.id]
        return core.decision_count(self.db, d)

    def _decision_field_changed(self, *_args) -> None:
        if self.decision_id is None or self.locked:
            return
        self._show_verdict()
        self._enable()
        self._keep_counts = True           # the votes and rule change no seat present or recused
        try:
            self.run_command(commands.EditDecision(self.session, self.decision_id, **self._form_values()))
        finally:
            self._keep_counts = False

    # --- saving what is typed -----------------------------------------------------------------
    def _save_discussion(self, item_id: int, text: str) -> None:
        core.set_discussion(self.db, item_id, text)

    def _save_breakouts(self, item_id: int, text: str) -> None:
        core.set_breakout_notes(self.db, item_id, text)
        self._show_breakout_summary()

    def _save_decision_text(self, decision_id: int, text: str) -> None:
        current = core.get_decision(self.db, decision_id)
        core.update_decision(self.db, dataclasses.replace(current, text=text.strip() or current.text))

    # --- decisions and declarations ---------------------------------------------------------
    @waits_for_fill
    def add_decision(self) -> None:
        if self.item_id is None or self.meeting_id is None:
            return
        self._show_tab(1)
        self.item_tabs.setCurrentIndex(0)
        item = next((i for i in items_of(self.db, self.meeting_id) if i.id == self.item_id), None)
        text = (item.draft_decision.strip() if item else "") or PAGES_MINUTES_ITEMS.tr("The forum agrees …")
        command = commands.AddDecision(self.session, Decision(self.meeting_id, text, item_id=self.item_id))
        if self.run_command(command):
            self.decision_id = command.saved.id
            self._show_added()

    def _show_added(self) -> None:
        """The decision just added, in the form at once: typed text and votes go to it, never to
        the decision chosen before, while the page reads again (its row and verdict then show)."""
        row = self.decisions_model.row_of(self.decision_id)
        self.decisions_table.blockSignals(True)
        if row is not None:
            select_row(self.decisions_table, row)
        else:                               # not read yet: no other decision looks chosen
            self.decisions_table.clearSelection()
        self.decisions_table.blockSignals(False)
        if self.decision_text_save.target != self.decision_id:
            self._load_decision(verdict=row is not None)   # its verdict once read with the item
        self._enable()
        self.decision_text.setFocus()
        self.decision_text.selectAll()

    @waits_for_fill
    def remove_decision(self) -> None:
        if self.decision_id is None:
            return
        self.decision_text_save.flush()
        removed = self.decision_id
        if self.run_command(commands.RemoveDecision(self.session, core.get_decision(self.db, removed))) \
                and self.decision_id == removed:
            # The item's first one once read again; meanwhile neither its row nor its form is
            # there to choose or type into.
            self.decision_id = None
            self.decisions_model.set_rows([r for r in self.decisions_model.rows if r[1].id != removed])
            self._load_decision()
            self._enable()

    @waits_for_fill
    def declare(self) -> None:
        from msf_desk.ui.dialogs.minutes import DeclarationDialog

        if self.item_id is None:
            return
        day = next((m.day for m in self.meetings if m.id == self.meeting_id), self.today)
        people = sorted((m for m in self.members.values() if m.serving_on(day)
                         and m.role in ("co_chair", "member", "alternate")), key=lambda m: m.name)
        dialog = DeclarationDialog(people, self)

        def done() -> None:
            member_id, kind, note = dialog.values()
            self.run_command(commands.AddDeclaration(self.session, self.item_id, member_id, kind, note))

        self.open_dialog(dialog, lambda _dialog: done())

    @waits_for_fill
    def undeclare(self) -> None:
        if self.item_id is None:
            return
        recorded = core.declarations_of(self.db, self.item_id)
        if recorded:
            self.run_command(commands.RemoveDeclaration(self.session, recorded[-1]))
