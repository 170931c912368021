"""The Responses page, part: answering contributions (one or many), typing them in, attaching files, theme summaries, consultations and sending them to the trash.

A mixin of ResponsesPage (msf_desk.ui.pages.responses): its methods run on the page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from msf_desk.core import responses as core
from msf_desk.model.errors import UserError
from msf_desk.core.meetings import choosable_meetings
from msf_desk.ui.commands import responses as commands
from msf_desk.ui.pages.base import waits_for_fill
from msf_desk.ui.dialogs import responses as dialogs
from msf_desk.ui.errors import show_error
from msf_desk.ui.widgets.forms import esc_lines as _esc
from msf_desk.model.responses import Consultation, Contribution, OUTCOMES
from msf_desk.ui.i18n import Context, record_label

PAGES_RESPONSES_ANSWERS = Context("PAGES_RESPONSES_ANSWERS")


class AnswersPart:
    """Answering contributions (one or many), typing them in, attaching files, theme summaries, consultations and sending them to the trash."""

    # --- actions -----------------------------------------------------------------------
    @waits_for_fill
    def answer_selected(self) -> None:
        cid = self.selected_id()
        if cid is not None:
            self.answer(cid)

    def answer_dialog(self, contribution_id: int) -> dialogs.AnswerDialog:
        contribution = core.get_contribution(self.db, contribution_id)
        return dialogs.AnswerDialog(
            contribution, meetings=[
                (m.id, m.title + (f" ({record_label(m.status_label).lower()})" if not m.is_open and m.status != "held" else ""),
                 m.starts_at.isoformat()) for m in choosable_meetings(self.db, keep=contribution.response.meeting_id)],
            decisions=lambda mid: core.decisions_for_choice(self.db, mid),
            check_link=lambda kind, target: core.check_link(self.db, contribution_id, kind, target),
            today=self.today, parent=self)

    @waits_for_fill
    def answer(self, contribution_id: int | None) -> None:
        if contribution_id is None:
            return
        dialog = self.answer_dialog(contribution_id)
        if dialog.exec() != QDialog.Accepted:
            return
        self.save_answer(dialog)

    def save_answer(self, dialog: dialogs.AnswerDialog) -> None:
        response, _ = dialog.response()
        command = commands.AnswerContribution(self.session, dialog.contribution.id, response,
                                              links=dialog.links(), today=self.today)
        self.run_command(command, PAGES_RESPONSES_ANSWERS.tr("Cannot save the answer"))

    def answer_many_dialog(self, scope: str) -> tuple[dialogs.AnswerManyDialog, list[int]]:
        """The dialog and the contributions it will answer: "selected" rows, every one in the current
        row's "theme", or every one marked as a "duplicates" of the current row."""
        current = self.selected_id()
        if current is None:
            raise UserError(PAGES_RESPONSES_ANSWERS.tr("Choose a contribution in the table first."))
        contribution = core.get_contribution(self.db, current)
        consultation = contribution.consultation_id
        if scope == "selected":
            chosen = self.selected_ids()
            ids = core.select_for_answer(self.db, consultation, ids=chosen)
            what = PAGES_RESPONSES_ANSWERS.tr("the rows selected in the table")
        elif scope == "theme":
            if not contribution.theme:
                raise UserError(f"Contribution no. {current} has no theme.")
            ids = core.select_for_answer(self.db, consultation, theme=contribution.theme, unanswered=True)
            what = PAGES_RESPONSES_ANSWERS.tr("every contribution not yet answered in the theme “{theme}”").format(theme=contribution.theme)
        else:
            ids = core.select_for_answer(self.db, consultation, duplicates_of=current, unanswered=True)
            what = PAGES_RESPONSES_ANSWERS.tr("every duplicate of no. {current} not yet answered").format(current=current)
        if not ids:
            raise UserError("Every one of them is already answered: answer a single one to change its answer.")
        dialog = dialogs.AnswerManyDialog(len(ids), what, reasons=core.reusable_reasons(self.db),
                                          meetings=core.meetings_for_choice(self.db), today=self.today, parent=self)
        return dialog, ids

    @waits_for_fill
    def answer_many(self, scope: str) -> None:
        try:
            dialog, ids = self.answer_many_dialog(scope)
        except UserError as exc:
            show_error(self, exc, PAGES_RESPONSES_ANSWERS.tr("Answer many"))
            return
        if dialog.exec() == QDialog.Accepted:
            self.save_answer_many(dialog, ids)

    def save_answer_many(self, dialog: dialogs.AnswerManyDialog, ids: list[int]) -> None:
        response, _ = dialog.response()
        command = commands.AnswerMany(self.session, ids, response, today=self.today)
        if not self.run_command(command, PAGES_RESPONSES_ANSWERS.tr("Cannot save the answers")):
            return
        self.show_notice(PAGES_RESPONSES_ANSWERS.tr("Answered %n contribution(s): {outcome}. Edit ▸ Undo gives each back the answer it had.",
                                    "", len(ids)).format(outcome=_esc(record_label(OUTCOMES[response.outcome]))))

    def contribution_dialog(self, contribution_id: int | None = None) -> dialogs.ContributionDialog:
        existing = core.get_contribution(self.db, contribution_id) if contribution_id else None
        consultation = existing.consultation_id if existing else self.consultation_id()
        return dialogs.ContributionDialog(consultation, contribution=existing,
                                          themes=core.themes(self.db, consultation), today=self.today, parent=self)

    @waits_for_fill
    def new_contribution(self) -> None:
        if self.consultation_id() is None:
            return
        dialog = self.contribution_dialog()
        if dialog.exec() == QDialog.Accepted:
            self.save_contribution(dialog.contribution()[0])

    @waits_for_fill
    def edit_contribution(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        loaded = core.get_contribution(self.db, cid)  # as the dialog shows it: a save refuses later changes
        dialog = self.contribution_dialog(cid)
        if dialog.exec() == QDialog.Accepted:
            self.save_contribution(dialog.contribution()[0], loaded=loaded)

    def save_contribution(self, contribution: Contribution, loaded: Contribution | None = None) -> None:
        command = commands.SaveContribution(self.session, contribution, loaded)
        if self.run_command(command, PAGES_RESPONSES_ANSWERS.tr("Cannot save the contribution")) and command.saved is not None:
            self.select_contribution(command.saved.id)

    @waits_for_fill
    def attach_file(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, PAGES_RESPONSES_ANSWERS.tr("Attach a file to the contribution"), str(Path.home()))
        if path:
            self.attach(cid, path)

    def attach(self, contribution_id: int, path: str) -> None:
        command = commands.AttachFile(self.session, contribution_id, path)
        if self.run_command(command, PAGES_RESPONSES_ANSWERS.tr("Cannot attach the file")):
            self.select_contribution(contribution_id)

    @waits_for_fill
    def save_summary(self) -> None:
        cid = self.consultation_id()
        theme = self.summary_model.theme_at(self.summary_table.currentIndex().row())
        if cid is None or theme is None:
            return
        command = commands.SaveThemeSummary(self.session, cid, theme.theme, self.heard_edit.toPlainText(),
                                            self.did_edit.toPlainText())
        self.run_command(command, PAGES_RESPONSES_ANSWERS.tr("Cannot save the summary"))

    def consultation_dialog(self, consultation: Consultation | None = None) -> dialogs.ConsultationDialog:
        return dialogs.ConsultationDialog(consultation, self)

    @waits_for_fill
    def new_consultation(self) -> None:
        dialog = self.consultation_dialog()
        if dialog.exec() == QDialog.Accepted:
            self.save_consultation(dialog.consultation()[0])

    @waits_for_fill
    def edit_consultation(self) -> None:
        cid = self.consultation_id()
        if cid is None:
            return
        dialog = self.consultation_dialog(core.get_consultation(self.db, cid))
        if dialog.exec() == QDialog.Accepted:
            self.save_consultation(dialog.consultation()[0])

    @waits_for_fill
    def delete_consultation(self) -> None:
        cid = self.consultation_id()
        if cid is None:
            return
        c = core.get_consultation(self.db, cid)
        answer = QMessageBox.question(
            self, PAGES_RESPONSES_ANSWERS.tr("Delete the consultation"),
            PAGES_RESPONSES_ANSWERS.tr("Move “{name}”, with all its contributions and their answers, to the trash?\n\nIt stays "
                    "there for 30 days (File ▸ Trash…) and no longer appears anywhere, nor in any export. "
                    "Edit ▸ Undo puts it back too.").format(name=c.name))
        if answer == QMessageBox.Yes:
            self.trash_consultation(cid)

    def trash_consultation(self, consultation_id: int) -> None:
        command = commands.TrashConsultation(self.session, consultation_id)
        self.run_slow_or_here(command, PAGES_RESPONSES_ANSWERS.tr("Cannot delete the consultation"))

    @waits_for_fill
    def delete_contributions(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        what = (PAGES_RESPONSES_ANSWERS.tr("contribution no. {number}").format(number=ids[0]) if len(ids) == 1
                else PAGES_RESPONSES_ANSWERS.tr("these %n contribution(s)", "", len(ids)))
        answer = QMessageBox.question(
            self, PAGES_RESPONSES_ANSWERS.tr("Delete contributions"),
            PAGES_RESPONSES_ANSWERS.tr("Move {what}, with their answers and attachments, to the trash?\n\nUse this for "
                    "contributions entered twice or by mistake. They stay in the trash for 30 days (File ▸ "
                    "Trash…) and are no longer searched, counted or exported. Edit ▸ Undo puts them back too.").format(what=what))
        if answer == QMessageBox.Yes:
            self.trash_contributions(ids)

    def trash_contributions(self, ids: list[int]) -> None:
        command = commands.TrashContributions(self.session, ids)
        self.run_slow_or_here(command, PAGES_RESPONSES_ANSWERS.tr("Cannot delete the contributions"))

    def save_consultation(self, consultation: Consultation) -> None:
        command = commands.SaveConsultation(self.session, consultation)
        if not self.run_command(command, PAGES_RESPONSES_ANSWERS.tr("Cannot save the consultation")):
            return
        if command.saved is not None:
            self.consultation_combo.setCurrentIndex(self.consultation_combo.findData(command.saved.id))

    def write_template(self) -> None:
        from msf_desk.core.contribution_columns import template

        path, _ = QFileDialog.getSaveFileName(self, PAGES_RESPONSES_ANSWERS.tr("Contributions template"), str(Path.home() / "contributions.xlsx"),
                                              PAGES_RESPONSES_ANSWERS.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            try:
                template(path)
            except (OSError, UserError) as exc:
                show_error(self, exc, PAGES_RESPONSES_ANSWERS.tr("Cannot write the template"))
