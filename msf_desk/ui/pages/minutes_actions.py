"""The Minutes page, part: actions agreed at the meeting and the matters arising from earlier ones.

A mixin of MinutesPage (msf_desk.ui.pages.minutes): its methods run on the page and use
the page's session, models and boxes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from msf_desk.ui import shortcuts
from msf_desk.ui.commands import minutes as commands
from msf_desk.ui.models.minutes import ActionsModel, SortProxy
from msf_desk.ui.pages.base import waits_for_fill
from msf_desk.ui.pages.minutes_common import fitted_table, push_button
from msf_desk.ui.i18n import Context
from msf_desk.ui.widgets.tables import RecordTable, fit_columns

PAGES_MINUTES_ACTIONS = Context("PAGES_MINUTES_ACTIONS")


class ActionsPart:
    """Actions agreed at the meeting and the matters arising from earlier ones."""

    def _build_actions(self) -> QWidget:
        self.actions_model = ActionsModel(self)
        self.actions_proxy = SortProxy(self)
        self.actions_proxy.setSourceModel(self.actions_model)
        self.actions_table = fitted_table(RecordTable(), "actions_table", self.actions_proxy)
        # The action's text takes the spare width; on a narrow window its item makes room.
        fit_columns(self.actions_table, ActionsModel.TEXT, interactive=(ActionsModel.ITEM,),
                    optional=(ActionsModel.ITEM,), min_text=220)
        self.actions_table.setColumnWidth(ActionsModel.ITEM, 200)
        self.actions_table.setSortingEnabled(True)
        self.actions_table.sortByColumn(ActionsModel.NUMBER, Qt.AscendingOrder)
        self.actions_table.doubleClicked.connect(lambda _i: self.edit_action())
        self.arising_model = ActionsModel(self)
        self.arising_table = fitted_table(RecordTable(), "arising_table", self.arising_model)
        fit_columns(self.arising_table, ActionsModel.TEXT, interactive=(ActionsModel.ITEM,),
                    optional=(ActionsModel.ITEM,), min_text=220)
        self.arising_table.setColumnWidth(ActionsModel.ITEM, 200)
        self.arising_label = QLabel()
        self.arising_label.setObjectName("arising_label")
        row = QHBoxLayout()
        self.add_action_button = push_button(PAGES_MINUTES_ACTIONS.tr("Add action…"), "add_action", self.add_action,
                                             shortcuts.text("add_action"))
        row.addWidget(self.add_action_button)
        row.addWidget(push_button(PAGES_MINUTES_ACTIONS.tr("Change…"), "edit_action", self.edit_action))
        row.addWidget(push_button(PAGES_MINUTES_ACTIONS.tr("Done"), "action_done", lambda: self.set_action_status(self.actions_table, "done")))
        row.addWidget(push_button(PAGES_MINUTES_ACTIONS.tr("Drop"), "action_drop", lambda: self.set_action_status(self.actions_table, "dropped")))
        row.addWidget(push_button(PAGES_MINUTES_ACTIONS.tr("Reopen"), "action_reopen", lambda: self.set_action_status(self.actions_table, "open")))
        self.remove_action_button = push_button(PAGES_MINUTES_ACTIONS.tr("Remove"), "remove_action", self.remove_action)
        row.addWidget(self.remove_action_button)
        row.addStretch(1)
        arising_row = QHBoxLayout()
        arising_row.addWidget(push_button(PAGES_MINUTES_ACTIONS.tr("Done"), "arising_done",
                                      lambda: self.set_action_status(self.arising_table, "done")))
        arising_row.addWidget(push_button(PAGES_MINUTES_ACTIONS.tr("Drop"), "arising_drop",
                                      lambda: self.set_action_status(self.arising_table, "dropped")))
        arising_row.addStretch(1)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(QLabel(PAGES_MINUTES_ACTIONS.tr("<b>Actions agreed at this meeting</b>")))
        box.addWidget(self.actions_table, 2)
        box.addLayout(row)
        box.addWidget(self.arising_label)
        box.addWidget(self.arising_table, 1)
        box.addLayout(arising_row)
        return page

    # --- actions --------------------------------------------------------------------------
    def _selected_action(self, table: QTableView):
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        model = table.model()
        index = rows[0]
        if isinstance(model, SortProxy):
            index = model.mapToSource(index)
        return model.sourceModel().action_at(index.row()) if isinstance(model, SortProxy) else \
            model.action_at(index.row())

    def _action_dialog(self, original=None):
        from msf_desk.ui.dialogs.minutes import ActionDialog

        day = next((m.day for m in self.meetings if m.id == self.meeting_id), self.today)
        people = sorted((m for m in self.members.values() if m.serving_on(day)
                         and m.role in ("co_chair", "member", "alternate", "observer")), key=lambda m: m.name)
        items = [(r[0], f"{r[1]}. {r[2]}") for r in self.items_model.rows]
        return ActionDialog(self.meeting_id, people, items, today=self.today, original=original,
                            item_id=self.item_id, locked=self.locked, parent=self)

    @waits_for_fill
    def add_action(self) -> None:
        if self.meeting_id is None or self.locked or self.minutes is None:
            return
        dialog = self._action_dialog()
        self.open_dialog(dialog, lambda _dialog: self.run_command(commands.AddAction(self.session, dialog.action)))

    @waits_for_fill
    def edit_action(self) -> None:
        action = self._selected_action(self.actions_table)
        if action is None:
            return
        dialog = self._action_dialog(action)

        def done() -> None:
            if self.locked:
                self.run_command(commands.SetActionStatus(self.session, action.id, dialog.action.status, self.today))
            else:
                self.run_command(commands.EditAction(self.session, dialog.action))

        self.open_dialog(dialog, lambda _dialog: done())

    @waits_for_fill
    def set_action_status(self, table: QTableView, status: str) -> None:
        action = self._selected_action(table)
        if action is not None:
            self.run_command(commands.SetActionStatus(self.session, action.id, status, self.today))

    @waits_for_fill
    def remove_action(self) -> None:
        action = self._selected_action(self.actions_table)
        if action is not None:
            self.run_command(commands.RemoveAction(self.session, action))
