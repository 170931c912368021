"""The demo forum's action plan and outreach, so that each framework shows every status.

Co-creation of the Fifth National Action Plan ran for most of the last year (its timeline
went online a month ahead; two outreach activities; the theme and draft consultations fell
inside it, and the draft's unanswered contributions make 4.1 "not met" and the IRM headline
show). Implementation has just begun, with no meeting on it yet (5.1 and L4 in progress).
No OGP website is recorded and the repository was never exported (2.1, 2.2, L2 not
evidenced), so the demo also shows what the secretariat still has to record.

The forum publishes in English and French. Its process documents come in several languages,
so the repository shows where each goes: the action plan in English and in French (each in
its language's folder), the self-assessment in French, the co-creation timeline in Spanish
(a language the forum does not publish in: the main folder), and a private drafting note.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from msf_desk.core import forum, process_documents, standards
from msf_desk.demo import board_book
from msf_desk.demo.meetings import _files_dir
from msf_desk.model.process_documents import ProcessDocument
from msf_desk.model.standards import ActionPlan

DOCUMENT_LANGUAGES = ["en", "fr"]
# (days before today, type, title, language, file name, public, text)
DOCUMENTS = [
    (200, "action_plan", "Fifth National Action Plan", "en", "fifth-national-action-plan.pdf", True,
     "Twelve commitments co-created with civil society: open budgets, beneficial ownership, "
     "open contracting and a citizens' budget in plain language."),
    (200, "action_plan", "Cinquième plan d'action national", "fr", "cinquieme-plan-action-national.pdf", True,
     "Douze engagements co-créés avec la société civile : budgets ouverts, bénéficiaires effectifs, "
     "commande publique ouverte et budget citoyen en langage clair."),
    (20, "self_assessment", "Rapport d'autoévaluation à mi-parcours", "fr", "autoevaluation-mi-parcours.docx", True,
     "Le forum a examiné l'avancement des engagements.\n\nTrois engagements sont en avance, "
     "sept dans les délais, deux en retard."),
    (390, "cocreation_timeline", "Calendario de cocreación del quinto plan", "es", "calendario-cocreacion.pdf", True,
     "Calendario de los talleres regionales y de la consulta en línea sobre los temas del plan."),
    (25, "other", "Drafting note on the self-assessment", "en", "drafting-note.docx", False,
     "For the secretariat only: who drafts which chapter."),
]


def populate(db, ctx) -> None:
    today = ctx.today
    day = dt.timedelta(days=1)
    standards.save_plan(db, ActionPlan(
        name="Fifth National Action Plan", cocreation_starts=today - 360 * day, cocreation_ends=today - 30 * day,
        implementation_starts=today - 15 * day, implementation_ends=today + 715 * day,
        timeline_published_on=today - 390 * day, timeline_url="https://ogp.example.org/fifth-plan/timeline"))
    standards.add_outreach(db, today - 350 * day, "event",
                           "Six regional workshops introducing the co-creation and how to take part.")
    standards.add_outreach(db, today - 250 * day, "media",
                           "Radio call-in programme on the draft commitments, with the co-chairs.")
    forum.set_document_languages(db, DOCUMENT_LANGUAGES)
    files_dir = _files_dir(db)
    if files_dir is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for back, kind, title, code, name, public, text in DOCUMENTS:
            source = Path(tmp) / name
            if name.endswith(".pdf"):
                board_book.write_pdf(source, title, text)
            else:
                board_book.write_docx(source, title, text)
            process_documents.add_document(
                db, ProcessDocument(title, kind, today - back * day, code, public,
                                    note="" if public else "Not for publication."),
                files_dir=files_dir, source=source, today=today)
