"""Undoable edits of the response register: answers, links, theme summaries, consultations, imports.

Each command calls core, then tells the session that "responses" moved so the page
refreshes (after undo and redo too). A refusal from core on the first redo is kept in
`error` and the command drops itself from the stack.
"""
from __future__ import annotations

import datetime as dt

from msf_desk.core import responses as core
from msf_desk.core import trash
from msf_desk.core.contributions_import import import_contributions, undo_import
from msf_desk.ui.commands.base import CoreCommand, SlowCommand, label, said
from msf_desk.ui.i18n import Context
from msf_desk.model.responses import Consultation, Contribution, OUTCOMES, Response


COMMANDS_RESPONSES = Context("COMMANDS_RESPONSES")


class _Command(CoreCommand):
    topics = ("responses",)


class AnswerContribution(_Command):
    """Record a response (and, optionally, a duplicate-of / merged-into link) in one step."""

    def __init__(self, session, contribution_id: int, response: Response, *,
                 links: dict[str, int | None] | None = None, today: dt.date | None = None) -> None:
        outcome = label(OUTCOMES.get(response.outcome, "response"), lower=True)
        super().__init__(session, said(COMMANDS_RESPONSES.tr("answer no. {id} ({outcome})"), id=contribution_id, outcome=outcome))
        self.contribution_id = contribution_id
        self.response = response
        self.links = dict(links or {})
        self.today = today
        self.previous: Response | None = None
        self.previous_links: dict[str, int | None] = {}

    def _redo(self) -> None:
        db = self.session.db
        self.previous, self.previous_links = core.answer_with_links(db, self.contribution_id, self.response,
                                                                    self.links, today=self.today)
        # Redo after undo must give the same record, not a new "today".
        self.response = core.get_contribution(db, self.contribution_id).response

    def _undo(self) -> None:
        core.restore_answer_with_links(self.session.db, self.contribution_id, self.previous, self.previous_links)


class SaveContribution(_Command):
    """Add a contribution typed in by hand (undo removes it) or correct one (undo restores it)."""

    def __init__(self, session, contribution: Contribution, loaded: Contribution | None = None) -> None:
        verb = (said(COMMANDS_RESPONSES.tr("add a contribution")) if contribution.id is None
                else said(COMMANDS_RESPONSES.tr("edit contribution no. {id}"), id=contribution.id))
        super().__init__(session, verb)
        self.contribution = contribution
        self.loaded = loaded  # as the dialog loaded it: core refuses the save if it changed since
        self.before: Contribution | None = loaded
        self.saved: Contribution | None = None

    def _redo(self) -> None:
        db = self.session.db
        if self.contribution.id is None:
            if self.saved is None:
                self.saved = core.add_contribution(db, self.contribution)
            else:
                core.restore_contribution(db, self.saved)  # the same number again
            return
        if self.before is None:
            self.before = core.get_contribution(db, self.contribution.id)
        core.update_contribution(db, self.contribution, loaded=None if self.done_once else self.loaded)
        self.saved = self.contribution

    def _undo(self) -> None:
        db = self.session.db
        if self.contribution.id is None:
            core.remove_contribution(db, self.saved.id)
        else:
            core.update_contribution(db, self.before)


class AttachFile(_Command):
    """Copy a file into the forum's storage and attach it; undo detaches it (the copy stays, harmless)."""

    def __init__(self, session, contribution_id: int, path: str) -> None:
        from pathlib import Path

        super().__init__(session, said(COMMANDS_RESPONSES.tr("attach {file} to no. {id}"), file=Path(path).name, id=contribution_id))
        self.contribution_id = contribution_id
        self.path = path
        self.record: dict | None = None

    def _redo(self) -> None:
        if self.record is None:
            self.record = core.attach_file(self.session.db, self.session.path, self.contribution_id, self.path)
        else:
            core.restore_attachment(self.session.db, self.record)

    def _undo(self) -> None:
        core.remove_attachment(self.session.db, self.record["id"])


class SaveThemeSummary(_Command):
    def __init__(self, session, consultation_id: int, theme: str, heard: str, response: str) -> None:
        super().__init__(session, said(COMMANDS_RESPONSES.tr("edit the summary of {theme}"), theme=theme) if theme
                         else said(COMMANDS_RESPONSES.tr("edit the summary of contributions without a theme")))
        self.args = (consultation_id, theme)
        self.new = (heard, response)
        self.old: tuple[str, str] | None = None

    def _redo(self) -> None:
        self.old = core.save_theme_summary(self.session.db, *self.args, *self.new)

    def _undo(self) -> None:
        core.save_theme_summary(self.session.db, *self.args, *self.old)


class SaveConsultation(_Command):
    """Add a consultation (undo removes it) or change one (undo puts the old values back)."""

    def __init__(self, session, consultation: Consultation) -> None:
        super().__init__(session, said(COMMANDS_RESPONSES.tr("add consultation {name}"), name=consultation.name) if consultation.id is None
                         else said(COMMANDS_RESPONSES.tr("edit consultation {name}"), name=consultation.name))
        self.consultation = consultation
        self.before: Consultation | None = None
        self.saved: Consultation | None = None

    def _redo(self) -> None:
        db = self.session.db
        if self.consultation.id is not None and self.before is None:
            self.before = core.get_consultation(db, self.consultation.id)
        if self.saved is not None and self.consultation.id is None:
            # Redo of an add: the same id again, so later commands still point at it.
            core.restore_consultation(db, self.saved)
            return
        self.saved = core.save_consultation(db, self.consultation)

    def _undo(self) -> None:
        db = self.session.db
        if self.consultation.id is None:
            core.delete_consultation(db, self.saved.id)
        else:
            core.save_consultation(db, self.before)


class ImportContributions(SlowCommand):
    """An import already written (it runs off the GUI thread); undo removes exactly its rows and puts
    back what it updated; redo imports the same file again the same way (rows already there are skipped).
    A large one (the session's `slow_from` rows or more) is undone and redone in a worker."""

    topics = ("responses",)

    def __init__(self, session, result, path: str, mapping: dict[str, str] | None) -> None:
        english = f"import {result.added} contribution(s) from {result.source}"
        shown = COMMANDS_RESPONSES.tr("import %n contribution(s) from {source}", "", result.added).format(source=result.source)
        if result.updated:
            english += f" and update {result.updated}"
            shown += COMMANDS_RESPONSES.tr(" and update %n", "", result.updated)
        super().__init__(session, said(shown, english=english))
        self.result = result
        self.path = path
        self.mapping = mapping
        self.fingerprints = list(result.fingerprints)
        self.previous = list(result.previous)
        self.slow = result.added + result.updated >= session.slow_from
        self._first = True

    def _redo(self) -> None:
        if self._first:      # written by the import's own worker already
            self._first = False
            return
        super()._redo()

    def work_redo(self, db, progress=None) -> None:
        result = import_contributions(db, self.path, self.result.consultation_id,
                                      mapping=self.mapping, remember=False, progress=progress)
        self.fingerprints = list(result.fingerprints)
        self.previous = list(result.previous)

    def work_undo(self, db, progress=None) -> None:
        undo_import(db, self.fingerprints, self.previous, progress=progress)


class AnswerMany(_Command):
    """One outcome and reason given to many contributions at once; undo gives each back its own."""

    def __init__(self, session, ids: list[int], response: Response, *, today=None) -> None:
        outcome = label(OUTCOMES.get(response.outcome, ''))
        super().__init__(session, said(COMMANDS_RESPONSES.tr("answer %n contribution(s): {outcome}", "", len(ids)), outcome=outcome,
                                       english=f"answer {len(ids)} contribution(s): {outcome}"))
        self.ids = list(ids)
        self.response = response
        self.today = today
        self.previous: list = []

    def _redo(self) -> None:
        self.previous = core.answer_many(self.session.db, self.ids, self.response, today=self.today)

    def _undo(self) -> None:
        core.restore_responses(self.session.db, self.previous)


class TrashConsultation(SlowCommand):
    """Move a consultation with everything in it to the trash; undo puts it all back. A large one
    (the session's `slow_from` contributions or more) is moved, and put back, in a worker."""

    topics = ("responses", "trash")

    def __init__(self, session, consultation_id: int) -> None:
        name = core.get_consultation(session.db, consultation_id).name
        super().__init__(session, said(COMMANDS_RESPONSES.tr("delete consultation {name}"), name=name))
        self.consultation_id = consultation_id
        self.trash_id: int | None = None
        counts = core.consultation_counts(session.db, dt.date.today()).get(consultation_id, {})
        self.slow = counts.get("contributions", 0) >= session.slow_from

    def work_redo(self, db, progress=None) -> None:
        self.trash_id = core.trash_consultation(db, self.consultation_id, progress=progress)

    def work_undo(self, db, progress=None) -> None:
        trash.restore(db, self.trash_id, progress=progress)


class TrashContributions(SlowCommand):
    """Move contributions to the trash (one entry each, all in one step); undo puts them back.
    Many of them (the session's `slow_entries_from` or more) move, and come back, in a worker."""

    topics = ("responses", "trash")

    def __init__(self, session, ids: list[int]) -> None:
        ids = list(dict.fromkeys(ids))
        text = (said(COMMANDS_RESPONSES.tr("delete contribution no. {id}"), id=ids[0]) if len(ids) == 1 else
                said(COMMANDS_RESPONSES.tr("delete %n contribution(s)", "", len(ids)), english=f"delete {len(ids)} contributions"))
        super().__init__(session, text)
        self.ids = ids
        self.trash_ids: list[int] = []
        self.slow = len(ids) >= session.slow_entries_from

    def work_redo(self, db, progress=None) -> None:
        self.trash_ids = core.trash_contributions(db, self.ids, progress=progress)

    def work_undo(self, db, progress=None) -> None:
        trash.restore_many(db, list(reversed(self.trash_ids)), progress=progress)
