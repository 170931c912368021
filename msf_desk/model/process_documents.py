"""Process documents: the OGP process's own documents a forum keeps and publishes (the action
plan, self-assessments, IRM reports, the co-creation timeline, notices), as records."""
from __future__ import annotations

import datetime as dt
from msf_desk.model.records import record

# The document types, in the order a secretariat looks for them. The words are the public
# ones: the index of the repository and the manifests show them.
DOCUMENT_TYPES = {
    "action_plan": "Action plan",
    "cocreation_timeline": "Co-creation timeline",
    "self_assessment": "Self-assessment report",
    "end_of_term_report": "End-of-term report",
    "irm_report": "IRM report",
    "notice": "Published notice",
    "other": "Other process document",
}
# The slug of each type in the published file names (stable: never change a value).
TYPE_SLUGS = {
    "action_plan": "action-plan",
    "cocreation_timeline": "cocreation-timeline",
    "self_assessment": "self-assessment",
    "end_of_term_report": "end-of-term-report",
    "irm_report": "irm-report",
    "notice": "notice",
    "other": "document",
}


@record
class ProcessDocument:
    title: str
    doc_type: str = "other"
    issued_on: dt.date | None = None  # the date the document bears (published, adopted, issued)
    language: str = "en"  # a language tag: en, fr, es, pt-BR ...
    public: bool = True  # only public documents are published in the repository
    file_name: str = ""
    stored_path: str = ""  # relative to the forum's storage folder, with forward slashes
    sha256: str = ""
    size: int = 0
    media_type: str = ""
    note: str = ""  # for the secretariat; never published
    added_on: str = ""
    id: int | None = None

    @property
    def type_label(self) -> str:
        return DOCUMENT_TYPES.get(self.doc_type, self.doc_type)

    @property
    def extension(self) -> str:
        name = self.file_name or ""
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""
