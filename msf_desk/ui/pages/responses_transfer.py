"""The Responses page, part: importing a file of contributions and exporting the reasoned response, in a worker.

A mixin of ResponsesPage (msf_desk.ui.pages.responses): its methods run on the page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from msf_desk.core import responses as core
from msf_desk.model.errors import ImportFailed
from msf_desk.model.messages import M_
from msf_desk.ui.pages.base import waits_for_fill, writes_documents
from msf_desk.ui.commands import responses as commands
from msf_desk.ui.dialogs import responses as dialogs
from msf_desk.ui.dialogs.export import Document, ExportOffer
from msf_desk.ui.dialogs.imports import ImportPreviewDialog
from msf_desk.ui.errors import show_error
from msf_desk.ui.widgets.forms import esc_lines as _esc
from msf_desk.ui.i18n import Context
from msf_desk.ui.widgets import folders
from msf_desk.ui.workers import interruptible

PAGES_RESPONSES_TRANSFER = Context("PAGES_RESPONSES_TRANSFER")


class TransferPart:
    """Importing a file of contributions and exporting the reasoned response, in a worker."""

    # --- import and export (in a worker) -----------------------------------------------
    def _start_job(self, label: str, work, done, **how):
        """`work(db, progress)` on a connection of its own (ui.pages.base.run_job); failures in words."""
        job = self.run_job(label, work, done, title=PAGES_RESPONSES_TRANSFER.tr("Responses"), show_errors=False, forum=True, **how)
        job.failed.connect(self._job_failed)
        return job

    def _job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportFailed) and exc.problems:
            dialogs.ImportProblemsDialog(exc, self).exec()
        else:
            show_error(self, exc, PAGES_RESPONSES_TRANSFER.tr("Responses"))
        self.job_done.emit(exc)

    @waits_for_fill
    def import_file(self) -> None:
        cid = self.consultation_id()
        if cid is None:
            QMessageBox.information(self, PAGES_RESPONSES_TRANSFER.tr("Import contributions"),
                                    PAGES_RESPONSES_TRANSFER.tr("Choose the consultation the contributions belong to first."))
            return
        path, _ = QFileDialog.getOpenFileName(self, PAGES_RESPONSES_TRANSFER.tr("Import contributions"), str(Path.home()),
                                              PAGES_RESPONSES_TRANSFER.tr("Spreadsheets and exports (*.csv *.xlsx *.txt *.json);;All files (*)"))
        if path:
            self.start_import(path, cid)

    def start_import(self, path: str, consultation_id: int, mapping: dict[str, str] | None = None,
                     sheet=None) -> None:
        """Read the file and check every row in a worker (nothing written), then show the first rows
        as they will be stored, or the problems; the column matching can be edited from there."""
        today = self.today

        def work(db, progress):
            from msf_desk.core import contributions_import as imp
            from msf_desk.core.tabular import read_table

            read = sheet or read_table(path)
            try:
                outcome = imp.import_contributions(db, path, consultation_id, mapping=mapping, sheet=read,
                                                   dry_run=True, today=today, progress=progress)
            except ImportFailed as exc:   # shown in the preview, not as an error
                outcome = exc
            return read, outcome

        job = self._start_job(PAGES_RESPONSES_TRANSFER.tr("Reading and checking the file…"), work,
                              lambda done: self._previewed(path, consultation_id, mapping, *done))
        job.cancelled.connect(self._import_cancelled)

    def mapping_dialog(self, sheet, consultation_id: int, proposed: dict[str, str] | None = None,
                       origin: str | None = None) -> dialogs.ColumnMappingDialog:
        from msf_desk.core.contributions_import import choose_mapping

        if proposed is None:
            proposed, origin = choose_mapping(self.db, sheet, None)
        name = core.get_consultation(self.db, consultation_id).name
        samples = [r for r in sheet.rows[:5] if r]
        return dialogs.ColumnMappingDialog(sheet.headers, samples, proposed, origin or "recognised",
                                           consultation=name, parent=self)

    def _previewed(self, path: str, consultation_id: int, mapping, sheet, outcome) -> None:
        from msf_desk.core.contributions_import import LayoutNotRecognised

        if isinstance(outcome, LayoutNotRecognised):
            self._map_columns(path, consultation_id, sheet, outcome.proposed, "uncertain")
            return
        dialog = self.preview_dialog(sheet, outcome)
        answer = dialog.exec()
        if answer == ImportPreviewDialog.REMAP:
            current = mapping if mapping is not None else (
                outcome.mapping if not isinstance(outcome, ImportFailed) and outcome.mapping else None)
            self._map_columns(path, consultation_id, sheet, current, "given" if current else None)
        elif answer == QDialog.Accepted:
            self.run_import(path, consultation_id, sheet, mapping)
        else:
            self.job_done.emit(None)

    def preview_dialog(self, sheet, outcome) -> ImportPreviewDialog:
        # The rules' own note of the layout, in the person's language: the summary says it already.
        recognised = M_("Recognised as a {layout} (read as {source}).").split("{")[0]
        if isinstance(outcome, ImportFailed):
            return ImportPreviewDialog(
                title=PAGES_RESPONSES_TRANSFER.tr("Import contributions: nothing can be imported yet"),
                summary=PAGES_RESPONSES_TRANSFER.tr("{source}: every row was checked; nothing was written.").format(source=_esc(outcome.source)),
                problems=outcome.problems, unused=[], can_remap=True, parent=self)
        layout = PAGES_RESPONSES_TRANSFER.tr("Recognised as a <b>{layout}</b>.").format(layout=_esc(outcome.layout)) if outcome.layout else {
            "given": PAGES_RESPONSES_TRANSFER.tr("Columns as you matched them."), "remembered": PAGES_RESPONSES_TRANSFER.tr("Columns matched as last time for these columns."),
            "recognised": PAGES_RESPONSES_TRANSFER.tr("Every column has a name MSF Desk knows.")}.get(outcome.mapping_from, "")
        return ImportPreviewDialog(
            title=PAGES_RESPONSES_TRANSFER.tr("Import contributions: check before importing"),
            summary=PAGES_RESPONSES_TRANSFER.tr("{layout} {outcome} Nothing is written until you press Import; Edit ▸ Undo removes it "
                    "afterwards.").format(layout=layout, outcome=_esc(outcome.summary())),
            rows=outcome.preview, notes=[n for n in outcome.notes if not n.startswith(recognised)],
            unused=outcome.unused_columns, can_remap=True, parent=self)

    def _map_columns(self, path: str, consultation_id: int, sheet, proposed=None, origin=None) -> None:
        dialog = self.mapping_dialog(sheet, consultation_id, proposed, origin)
        if dialog.exec() != QDialog.Accepted:
            self.job_done.emit(None)
            return
        self.start_import(path, consultation_id, dialog.mapping(), sheet)

    def _dropped_file(self, event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].lower().endswith(self.IMPORTABLE) else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._dropped_file(event) and self.consultation_id() is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path and self.consultation_id() is not None:
            event.acceptProposedAction()
            self.start_import(path, self.consultation_id())

    def run_import(self, path: str, consultation_id: int, sheet, mapping: dict[str, str]) -> None:
        today = self.today

        def work(db, progress):
            # Its own connection: the GUI's stays free for reading while this one writes.
            from msf_desk.core.contributions_import import import_contributions

            with interruptible(db, progress):     # Cancel: rolled back, nothing written
                return import_contributions(db, path, consultation_id, mapping=mapping, sheet=sheet, today=today,
                                            progress=progress)

        # While it writes, edits of the responses are refused in words (ui.session.ForumSession.push).
        job = self._start_job(PAGES_RESPONSES_TRANSFER.tr("Importing {count:,} rows…").format(count=len(sheet.rows)), work,
                              lambda result: self._imported(result, path, mapping), holds=("responses",), kind="import")
        job.cancelled.connect(self._import_cancelled)

    def _import_cancelled(self) -> None:
        self.show_notice(PAGES_RESPONSES_TRANSFER.tr("Import cancelled: nothing was written."))
        self.job_done.emit(None)

    def _imported(self, result, path: str, mapping: dict[str, str] | None) -> None:
        if result.added or result.updated:
            self.session.push(commands.ImportContributions(self.session, result, path, mapping))
        else:
            self.reload()
        self.show_notice(_esc(result.summary()) + "".join(f"<br>{_esc(note)}" for note in result.notes)
                         + (PAGES_RESPONSES_TRANSFER.tr("<br>Edit ▸ Undo removes what this import added or changed.") if result.added or result.updated
                            else ""))
        self.last_import = result
        self.job_done.emit(result)

    @waits_for_fill
    def export_report(self):
        cid = self.consultation_id()
        if cid is None:
            return None
        c = core.get_consultation(self.db, cid)
        offer = ExportOffer(
            PAGES_RESPONSES_TRANSFER.tr("Export the reasoned response"), Path(self.last_export_dir),
            [Document("report", PAGES_RESPONSES_TRANSFER.tr("The reasoned response"), ("docx", "pdf", "csv", "json"), ("docx", "pdf"))],
            audiences={"public": PAGES_RESPONSES_TRANSFER.tr("Public: contributors named only with their consent"),
                       "members": PAGES_RESPONSES_TRANSFER.tr("Members: every name, marked where it must not be published")},
            audience="public", subject=c.name, name="export_responses_dialog",
            format_labels={"csv": PAGES_RESPONSES_TRANSFER.tr("Open data .csv"), "json": PAGES_RESPONSES_TRANSFER.tr("Open data .json")},
            note=PAGES_RESPONSES_TRANSFER.tr("Open data has the public fields only, whichever version you choose."))
        return self.open_export(offer, lambda choice: self.run_export(cid, choice.audience, choice.formats,
                                                                      str(choice.folder)))

    @writes_documents
    def run_export(self, consultation_id: int, audience: str, formats: list[str], folder: str):
        """Read the forum as it stands now and write the report, in the background."""
        today = self.today
        self.last_export_dir = folder
        folders.remember("responses", self.session.path, folder)

        def work(db, progress):
            from msf_desk.exports.responses import export_responses

            return export_responses(db, consultation_id, audience=audience, formats=formats, out_dir=folder,
                                    today=today, progress=progress)

        job = self.run_export_job(PAGES_RESPONSES_TRANSFER.tr("Writing the reasoned response…"), work, self._exported,
                                  title=PAGES_RESPONSES_TRANSFER.tr("Export the reasoned response"), forum=True)
        if job is not None:
            job.failed.connect(self.job_done.emit)
        return job

    def _exported(self, paths) -> None:
        from PySide6.QtCore import QUrl

        self.last_export = paths
        folder = Path(paths[0]).parent if paths else Path(self.last_export_dir)
        self.show_notice(PAGES_RESPONSES_TRANSFER.tr("Wrote %n file(s): {files} — <a href='{url}'>open the folder</a>", "", len(paths)).format(
            files=", ".join(_esc(Path(p).name) for p in paths), url=QUrl.fromLocalFile(str(folder)).toString()))
        self.job_done.emit(paths)

    def show_notice(self, html: str) -> None:
        self.notice.setText(html)
        self.notice.setToolTip(html)
        self.notice.show()

    def clear_message(self) -> None:
        """The window left this page: what it said is no longer news."""
        self.notice.clear()
        self.notice.hide()
