"""The records the standards read, undoably: the framework(s) chosen, the OGP website, action
plans, outreach activities and process documents."""
from __future__ import annotations

import dataclasses

from msf_desk.core import process_documents, standards
from msf_desk.model.process_documents import ProcessDocument
from msf_desk.model.standards import ActionPlan, OutreachActivity
from msf_desk.ui.commands.base import CoreCommand, said
from msf_desk.ui.i18n import Context


COMMANDS_STANDARDS = Context("COMMANDS_STANDARDS")


class ChooseFrameworks(CoreCommand):
    topics = ("standards",)

    def __init__(self, session, keys: list[str]) -> None:
        super().__init__(session, said(COMMANDS_STANDARDS.tr("Choose the standards")))
        self.keys = list(keys)
        self.before: str | None = None
        self.read_before = False

    def _redo(self) -> None:
        if not self.read_before:
            # As stored: undo puts back "no choice yet" too, not the default written out.
            self.before, self.read_before = standards.stored_choice(self.db), True
        standards.choose(self.db, self.keys)

    def _undo(self) -> None:
        standards.restore_choice(self.db, self.before)


class SetWebsite(CoreCommand):
    topics = ("standards",)

    def __init__(self, session, url: str) -> None:
        super().__init__(session, said(COMMANDS_STANDARDS.tr("Record the OGP website")))
        self.url = url
        self.before: str | None = None
        self.read_before = False

    def _redo(self) -> None:
        if not self.read_before:
            self.before, self.read_before = standards.stored_website(self.db), True
        standards.set_website(self.db, self.url)

    def _undo(self) -> None:
        standards.restore_website(self.db, self.before)


class SavePlan(CoreCommand):
    """Add an action plan (no id) or change one."""

    topics = ("standards",)

    def __init__(self, session, plan: ActionPlan) -> None:
        super().__init__(session, said(COMMANDS_STANDARDS.tr("Save the action plan {name}"), name=plan.name))
        self.plan = dataclasses.replace(plan)
        self.before: ActionPlan | None = None
        self.saved: ActionPlan | None = None

    def _redo(self) -> None:
        if self.saved is None:
            if self.plan.id is not None:
                self.before = standards.get_plan(self.db, self.plan.id)
            self.saved = standards.save_plan(self.db, dataclasses.replace(self.plan))
        elif self.before is None:
            standards.restore_plan(self.db, self.saved)
        else:
            standards.save_plan(self.db, dataclasses.replace(self.saved))

    def _undo(self) -> None:
        if self.before is None:
            standards.remove_plan(self.db, self.saved.id)
        else:
            standards.save_plan(self.db, dataclasses.replace(self.before))


class RemovePlan(CoreCommand):
    topics = ("standards",)

    def __init__(self, session, plan_id: int) -> None:
        super().__init__(session, said(COMMANDS_STANDARDS.tr("Remove an action plan")))
        self.plan_id = plan_id
        self.removed: ActionPlan | None = None

    def _redo(self) -> None:
        self.removed = standards.remove_plan(self.db, self.plan_id)

    def _undo(self) -> None:
        standards.restore_plan(self.db, self.removed)


class SaveOutreach(CoreCommand):
    """Add an outreach activity (no id) or change one."""

    topics = ("standards",)

    def __init__(self, session, activity: OutreachActivity) -> None:
        super().__init__(session, said(COMMANDS_STANDARDS.tr("Save an outreach activity")))
        self.activity = dataclasses.replace(activity)
        self.before: OutreachActivity | None = None
        self.saved: OutreachActivity | None = None

    def _redo(self) -> None:
        if self.saved is None:
            if self.activity.id is not None:
                self.before = next(a for a in standards.list_outreach(self.db) if a.id == self.activity.id)
            self.saved = standards.save_outreach(self.db, dataclasses.replace(self.activity))
        elif self.before is None:
            standards.restore_outreach(self.db, self.saved)
        else:
            standards.save_outreach(self.db, dataclasses.replace(self.saved))

    def _undo(self) -> None:
        if self.before is None:
            standards.remove_outreach(self.db, self.saved.id)
        else:
            standards.save_outreach(self.db, dataclasses.replace(self.before))


class RemoveOutreach(CoreCommand):
    topics = ("standards",)

    def __init__(self, session, activity_id: int) -> None:
        super().__init__(session, said(COMMANDS_STANDARDS.tr("Remove an outreach activity")))
        self.activity_id = activity_id
        self.removed: OutreachActivity | None = None

    def _redo(self) -> None:
        self.removed = standards.remove_outreach(self.db, self.activity_id)

    def _undo(self) -> None:
        standards.restore_outreach(self.db, self.removed)


class AddDocument(CoreCommand):
    """Add a process document: its file is copied into the forum's storage once; undo takes the
    record off (the stored file stays, for redo)."""

    topics = ("standards",)

    def __init__(self, session, doc: ProcessDocument, *, files_dir, source) -> None:
        super().__init__(session, said(COMMANDS_STANDARDS.tr("Add the document {title}"), title=doc.title))
        self.doc, self.files_dir, self.source = doc, files_dir, source
        self.saved: ProcessDocument | None = None

    def _redo(self) -> None:
        if self.saved is None:
            self.saved = process_documents.add_document(self.db, self.doc, files_dir=self.files_dir,
                                                        source=self.source)
        else:
            process_documents.restore_document(self.db, self.saved, self.files_dir)

    def _undo(self) -> None:
        process_documents.remove_document(self.db, self.saved.id)


class EditDocument(CoreCommand):
    topics = ("standards",)

    def __init__(self, session, before: ProcessDocument, after: ProcessDocument) -> None:
        super().__init__(session, said(COMMANDS_STANDARDS.tr("Change the document {title}"), title=after.title))
        self.before, self.after = before, dataclasses.replace(after, id=before.id)

    def _redo(self) -> None:
        process_documents.update_document(self.db, self.after)

    def _undo(self) -> None:
        process_documents.update_document(self.db, self.before)


class RemoveDocument(CoreCommand):
    topics = ("standards",)

    def __init__(self, session, doc_id: int, files_dir=None) -> None:
        super().__init__(session, said(COMMANDS_STANDARDS.tr("Remove a process document")))
        self.doc_id, self.files_dir = doc_id, files_dir
        self.removed: ProcessDocument | None = None

    def _redo(self) -> None:
        self.removed = process_documents.remove_document(self.db, self.doc_id)

    def _undo(self) -> None:
        process_documents.restore_document(self.db, self.removed, self.files_dir)
