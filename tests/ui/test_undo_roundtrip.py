"""Undo that cannot destroy: every undoable command, run on the demo forum and undone,
leaves the forum file exactly as it was.

Each command below is built the way its page builds it, pushed on the session's undo stack
(so its redo runs), checked to have changed the file, undone, and the whole database is
compared with the state before, table by table and row by row (the schema too).

Documented exceptions, the only differences undo may leave:
- `meetings.sequence`: the iCalendar SEQUENCE of a meeting only ever rises, so that calendar
  programmes that saw the change also see its undo as a newer version.
- `minutes.updated`, `forum.updated`, `theme_summaries.updated`, `action_plans.updated` and
  `outreach_activities.updated`: when the draft minutes, the forum profile, a theme's summary,
  an action plan and an outreach activity last changed; an undo is a change too.
- `response_reasons`: reasons typed for answers, remembered to be offered again (like a list
  of recent files, not a record of the forum); a reason typed once stays offered.
- `sqlite_sequence`: the counters of AUTOINCREMENT ids; an id once given is not given again.
- `audit_log` and `audit_records`: the forum's history only ever grows; an undo is recorded as
  a change of its own ("Undid: …"), never by erasing the entry it undoes.
- the full-text index's internal tables (`*_fts_data`, `*_fts_idx`, `*_fts_docsize`,
  `*_fts_config`): SQLite may keep merged segments after a delete; the indexed rows
  themselves are compared through their table.
A command added to msf_desk.ui.commands without a factory here fails the coverage test.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import inspect

import pytest

from msf_desk.core import agendas, ethics, meetings, members, minutes, papers, responses
from msf_desk.core import actions as core_actions
from msf_desk.core import breaches as core_breaches
from msf_desk.core import forum as core_forum
from msf_desk.core import trash as core_trash
from msf_desk.core.interests_in_force import declarations
from msf_desk.model.actions import Action
from msf_desk.model.meetings import AgendaItem
from msf_desk.core.breaches import Breach
from msf_desk.model.minutes import Decision
from msf_desk.model.ethics import Declaration, Interest
from msf_desk.model.meetings import Meeting
from msf_desk.model.members import Member, SelectionRound
from msf_desk.model.meetings import Paper
from msf_desk.ui import commands as commands_package
from msf_desk.ui.commands import ethics as ethics_commands
from msf_desk.ui.commands import meetings as meeting_commands
from msf_desk.ui.commands import members as member_commands
from msf_desk.ui.commands import minutes as minutes_commands
from msf_desk.ui.commands import papers as paper_commands
from msf_desk.ui.commands import responses as response_commands
from msf_desk.ui.commands import standards as standards_commands
from msf_desk.ui.commands import trash as trash_commands
from msf_desk.ui.commands.base import CoreCommand, SlowCommand
from msf_desk.model.responses import Consultation, Contribution, ContributionFilter, Response

TODAY = dt.date(2026, 6, 15)
FTS_INTERNALS = ("_data", "_idx", "_docsize", "_config")
RISING = {("meetings", "sequence"),  # the iCalendar SEQUENCE
          ("minutes", "updated"), ("forum", "updated"), ("theme_summaries", "updated"),  # when last changed
          ("action_plans", "updated"), ("outreach_activities", "updated")}


def snapshot(db) -> dict:
    """Every table's schema and rows (in rowid order), with the documented exceptions masked."""
    out = {}
    tables = db.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger', 'view') "
                        "ORDER BY type, name").fetchall()
    for name, sql in tables:
        out[("schema", name)] = sql
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
        if name in ("sqlite_sequence", "response_reasons", "audit_log", "audit_records") or ("_fts" in name and name.endswith(FTS_INTERNALS)):
            continue
        cursor = db.execute(f'SELECT * FROM "{name}"')
        columns = [c[0] for c in cursor.description]
        masked = [i for i, c in enumerate(columns) if (name, c) in RISING]
        rows = []
        for row in cursor.fetchall():
            row = list(row)
            for i in masked:
                row[i] = "<rises>"
            rows.append(tuple(row))
        out[("rows", name)] = sorted(rows, key=repr)
    return out


def differences(before: dict, after: dict) -> list[str]:
    lines = []
    for key in sorted(set(before) | set(after), key=repr):
        if before.get(key) != after.get(key):
            if key[0] == "rows":
                old, new = set(before.get(key, [])), set(after.get(key, []))
                lines.append(f"{key[1]}: {len(old - new)} row(s) lost {sorted(old - new, key=repr)[:3]}, "
                             f"{len(new - old)} row(s) gained {sorted(new - old, key=repr)[:3]}")
            else:
                lines.append(f"schema of {key[1]} changed")
    return lines


# --- finding things in the demo ---------------------------------------------------------------

def meeting_where(db, **wanted) -> Meeting:
    status = minutes.minutes_statuses(db)
    for m in meetings.list_meetings(db):
        if all((status.get(m.id) if k == "minutes" else getattr(m, k)) == v for k, v in wanted.items()):
            return m
    raise LookupError(wanted)


def draft_minutes_meeting(db) -> Meeting:
    return meeting_where(db, minutes="draft")


def planned_meeting(db) -> Meeting:
    return next(m for m in meetings.list_meetings(db)
                if m.status == "planned" and m.agenda_status == "draft" and len(agendas.items_of(db, m.id)) > 2)


def a_member(db, role: str = "member") -> Member:
    return next(m for m in members.list_members(db) if m.role == role and m.status == "active")


def an_item(db, meeting: Meeting) -> AgendaItem:
    return agendas.items_of(db, meeting.id)[1]


def a_contribution(db) -> Contribution:
    cid = responses.search_ids(db, ContributionFilter(outcome="none"))[0]
    return responses.get_contribution(db, cid)


def a_file(tmp_path, name: str = "note.txt") -> str:
    path = tmp_path / name
    path.write_text("A short note for the forum.\n", encoding="utf-8")
    return str(path)


# --- one factory per command: (session, tmp_path) -> command -----------------------------------

def _add_meeting(s, tmp):
    return meeting_commands.AddMeeting(s, Meeting.at("Extra meeting", dt.date(2026, 10, 7), dt.time(16), dt.time(18),
                                                     "Europe/Paris"))


def _edit_meeting(s, tmp):
    before = planned_meeting(s.db)
    return meeting_commands.EditMeeting(s, before, dataclasses.replace(before, location="Room 4"), TODAY)


def _set_status(s, tmp):
    m = planned_meeting(s.db)
    return meeting_commands.SetStatus(s, m, "postponed", "The venue is closed.", TODAY)


def _apply_plan(s, tmp):
    return meeting_commands.ApplyPlan(s, meetings.plan_for(s.db, 2027, today=TODAY)[:2], location="Town hall")


def _add_holiday(s, tmp):
    from msf_desk.core.calendar import Holiday
    return meeting_commands.AddHoliday(s, Holiday(dt.date(2027, 3, 16), "Founders' Day"))


def _remove_holiday(s, tmp):
    from msf_desk.core import calendar
    return meeting_commands.RemoveHoliday(s, calendar.list_holidays(s.db)[0])


def _add_item(s, tmp):
    m = planned_meeting(s.db)
    return meeting_commands.AddItem(s, AgendaItem(meeting_id=m.id, title="Budget review"), today=TODAY)


def _edit_item(s, tmp):
    item = an_item(s.db, planned_meeting(s.db))
    return meeting_commands.EditItem(s, item, dataclasses.replace(item, title=item.title + " (revised)"), today=TODAY)


def _remove_item(s, tmp):
    return meeting_commands.RemoveItem(s, an_item(s.db, planned_meeting(s.db)), today=TODAY)


def _reorder(s, tmp):
    m = planned_meeting(s.db)
    ids = [i.id for i in agendas.items_of(s.db, m.id)]
    return meeting_commands.ReorderItems(s, m.id, ids, [ids[0], ids[2], ids[1]] + ids[3:], today=TODAY)


def _standing_items(s, tmp):
    m = meeting_where(s.db, status="planned", agenda_status="draft")
    bare = next(x for x in meetings.list_meetings(s.db) if x.status == "planned" and len(agendas.items_of(s.db, x.id)) <= 1)
    return meeting_commands.AddStandingItems(s, bare.id if bare else m.id, today=TODAY)


def _copy_agenda(s, tmp):
    source = planned_meeting(s.db)
    target = next(x for x in meetings.list_meetings(s.db) if x.status == "planned" and x.id != source.id
                  and x.agenda_status == "draft")
    return meeting_commands.CopyAgenda(s, source.id, target.id, True, today=TODAY)


def _approve_agenda(s, tmp):
    m = planned_meeting(s.db)
    chair = meetings.cochairs_on(s.db, m.day)[0]
    return meeting_commands.ApproveAgenda(s, m.id, chair.id, chair.name, TODAY)


def _send_notice(s, tmp):
    m = meeting_where(s.db, status="planned", agenda_status="approved")
    return meeting_commands.SendNotice(s, m, TODAY)


def _add_paper(s, tmp):
    m = planned_meeting(s.db)
    return meeting_commands.AddPaper(s, Paper(meeting_id=m.id, title="Draft terms of reference"),
                                     files_dir=tmp / "files", source=a_file(tmp), today=TODAY)


def _edit_paper(s, tmp):
    paper = papers.papers_of(s.db, planned_meeting(s.db).id)[0]
    return meeting_commands.EditPaper(s, paper, dataclasses.replace(paper, title=paper.title + " v2"), today=TODAY)


def _revise_paper(s, tmp):
    """A new version of a paper that already has a file (the demo's consultation summary, version 2)."""
    m = meeting_where(s.db, status="planned", agenda_status="approved")
    paper = next(p for p in papers.papers_of(s.db, m.id) if p.stored_path and p.version > 1)
    return paper_commands.RevisePaper(s, paper, a_file(tmp, "summary-v3.txt"), files_dir=tmp / "files", today=TODAY)


def _add_break(s, tmp):
    m = planned_meeting(s.db)
    return meeting_commands.AddItem(s, AgendaItem(meeting_id=m.id, title="Coffee", duration_minutes=15,
                                                  is_break=True, position=2), today=TODAY)


def _remove_paper(s, tmp):
    return meeting_commands.RemovePaper(s, papers.papers_of(s.db, planned_meeting(s.db).id)[0], today=TODAY)


def _remove_meeting(s, tmp):
    return meeting_commands.RemoveMeeting(s, planned_meeting(s.db).id)


def _add_member(s, tmp):
    return member_commands.AddMember(s, Member(name="Ines Park", sector="civil_society", organisation="Open Data Lab"))


def _edit_member(s, tmp):
    before = a_member(s.db)
    return member_commands.EditMember(s, before, dataclasses.replace(before, phone="+33 1 23 45 67 89"))


def _remove_member(s, tmp):
    # Only a member no record names may be deleted (others leave with a status and a date).
    added = members.add_member(s.db, Member(name="Entered By Mistake", sector="other"))
    return member_commands.RemoveMember(s, added.id)


def _add_round(s, tmp):
    return member_commands.AddRound(s, SelectionRound(title="2027 renewal", call_opened=dt.date(2026, 9, 1)))


def _edit_profile(s, tmp):
    before = core_forum.load(s.db)
    return member_commands.EditProfile(s, before, dataclasses.replace(before, place="Lyon", remit=before.remit + " More."))


def _import_members(s, tmp):
    path = tmp / "members.csv"
    path.write_text("name,organisation,sector,role\nNora Quist,Coastal Towns,local government,member\n", encoding="utf-8")
    return member_commands.ImportMembers(s, str(path), 1, "members.csv")


def _start_minutes_new(s, tmp):
    return minutes_commands.StartMinutes(s, meeting_where(s.db, status="held", minutes=None).id) \
        if any(minutes.minutes_statuses(s.db).get(m.id) is None and m.status == "held"
               for m in meetings.list_meetings(s.db)) else _start_minutes_on_draft(s, tmp)


def _start_minutes_on_draft(s, tmp):
    # A member joins after the draft was opened: starting again adds them to the roll.
    m = draft_minutes_meeting(s.db)
    members.add_member(s.db, Member(name="Late Joiner", sector="academia", term_start=m.day - dt.timedelta(days=30)))
    return minutes_commands.StartMinutes(s, m.id)


def _set_presence(s, tmp):
    m = draft_minutes_meeting(s.db)
    who = next(a for a in minutes.attendance_of(s.db, m.id) if a.member_id and a.presence != "remote")
    return minutes_commands.SetPresence(s, m.id, who.member_id, "remote")


def _add_guest(s, tmp):
    return minutes_commands.AddGuest(s, draft_minutes_meeting(s.db).id, "Dana Guest", "City library")


def _remove_guest(s, tmp):
    m = draft_minutes_meeting(s.db)
    minutes.add_guest(s.db, m.id, "Dana Guest", "City library")
    guest = next(a for a in minutes.attendance_of(s.db, m.id) if a.member_id is None)
    return minutes_commands.RemoveGuest(s, guest)


def _add_decision(s, tmp):
    m = draft_minutes_meeting(s.db)
    return minutes_commands.AddDecision(s, Decision(meeting_id=m.id, text="The forum agrees the budget.",
                                                    item_id=an_item(s.db, m).id))


def _a_decision(s):
    m = draft_minutes_meeting(s.db)
    found = minutes.decisions_of(s.db, m.id)
    return found[0] if found else minutes.add_decision(s.db, Decision(meeting_id=m.id, text="Agreed.",
                                                                      item_id=an_item(s.db, m).id))


def _remove_decision(s, tmp):
    return minutes_commands.RemoveDecision(s, _a_decision(s))


def _edit_decision(s, tmp):
    d = _a_decision(s)
    return minutes_commands.EditDecision(s, d.id, text=d.text + " With thanks.")


def _an_action(s):
    m = draft_minutes_meeting(s.db)
    found = core_actions.actions_of(s.db, m.id)
    return found[0] if found else core_actions.add_action(s.db, Action(meeting_id=m.id, text="Write to the ministry",
                                                                       owner_text="Secretariat"))


def _add_action(s, tmp):
    m = draft_minutes_meeting(s.db)
    return minutes_commands.AddAction(s, Action(meeting_id=m.id, text="Circulate the draft", owner_text="Secretariat",
                                                due=dt.date(2026, 7, 1)))


def _edit_action(s, tmp):
    a = _an_action(s)
    return minutes_commands.EditAction(s, dataclasses.replace(a, text=a.text + " by e-mail"))


def _action_status(s, tmp):
    return minutes_commands.SetActionStatus(s, _an_action(s).id, "done", TODAY)


def _remove_action(s, tmp):
    return minutes_commands.RemoveAction(s, _an_action(s))


def _minutes_declaration(s, tmp):
    m = draft_minutes_meeting(s.db)
    who = next(a for a in minutes.attendance_of(s.db, m.id) if a.member_id)
    return minutes_commands.AddDeclaration(s, an_item(s.db, m).id, who.member_id, "recusal", "Employer concerned")


def _remove_minutes_declaration(s, tmp):
    m = draft_minutes_meeting(s.db)
    who = next(a for a in minutes.attendance_of(s.db, m.id) if a.member_id)
    d = minutes.add_declaration(s.db, an_item(s.db, m).id, who.member_id, "declaration", "Board member")
    return minutes_commands.RemoveDeclaration(s, d)


def _circulate(s, tmp):
    return minutes_commands.Circulate(s, draft_minutes_meeting(s.db).id, TODAY)


def _new_statement(s, tmp):
    return ethics_commands.NewStatementVersion(s, "Members act in the public interest, always.", TODAY, "Revised")


def _sign(s, tmp):
    statement = ethics.current_statement(s.db)
    signed = {x.member_id for x in ethics.signatures(s.db) if x.statement_id == statement.id}
    who = next(m for m in members.list_members(s.db) if m.id not in signed and m.role in ethics.COVERED_ROLES
               and m.status == "active")
    return ethics_commands.SignStatement(s, who.id, statement.id, TODAY, confirmation=f"I, {who.name}, agree.",
                                         member_name=who.name)


def _remove_signature(s, tmp):
    return ethics_commands.RemoveSignature(s, ethics.signatures(s.db)[0])


def _add_declaration(s, tmp):
    who = a_member(s.db)
    return ethics_commands.AddDeclaration(s, Declaration(member_id=who.id, made_on=TODAY, kind="change", interests=[
        Interest(type="directorship", organisation="River Trust", from_date=dt.date(2026, 1, 1))]))


def _edit_declaration(s, tmp):
    before = declarations(s.db)[0]
    return ethics_commands.EditDeclaration(s, before, dataclasses.replace(before, note="Checked again."))


def _remove_declaration(s, tmp):
    return ethics_commands.RemoveDeclaration(s, declarations(s.db)[0])


def _record_breach(s, tmp):
    who = a_member(s.db)
    return ethics_commands.RecordBreach(s, Breach(member_id=who.id, allegation="Voted despite a declared conflict.",
                                                  reported_on=dt.date(2026, 5, 2), sanction="warning",
                                                  decided_on=dt.date(2026, 5, 20)))


def _edit_breach(s, tmp):
    before = core_breaches.list_breaches(s.db)[0]
    return ethics_commands.RecordBreach(s, dataclasses.replace(before, outcome="Apologised in writing."),
                                        before=before)


def _remove_breach(s, tmp):
    return ethics_commands.RemoveBreach(s, core_breaches.list_breaches(s.db)[0])


def _record_on_item(s, tmp):
    m = draft_minutes_meeting(s.db)
    who = next(a for a in minutes.attendance_of(s.db, m.id) if a.member_id)
    return ethics_commands.RecordOnItem(s, an_item(s.db, m).id, who.member_id, "waiver", "Waived by the co-chairs")


def _answer(s, tmp):
    c = a_contribution(s.db)
    return response_commands.AnswerContribution(
        s, c.id, Response(outcome="included", reason="It is in commitment 3."), today=TODAY)


def _answer_with_link(s, tmp):
    c = a_contribution(s.db)
    other = next(i for i in responses.search_ids(s.db, ContributionFilter(consultation_id=c.consultation_id))
                 if i != c.id)
    return response_commands.AnswerContribution(
        s, c.id, Response(outcome="merged", reason="Merged into a similar proposal."),
        links={"merged_into": other}, today=TODAY)


def _save_contribution(s, tmp):
    return response_commands.SaveContribution(s, Contribution(
        consultation_id=1, received_on=dt.date(2026, 3, 2), text="Publish the budget monthly.", channel="email"))


def _edit_contribution(s, tmp):
    c = a_contribution(s.db)
    return response_commands.SaveContribution(s, dataclasses.replace(c, theme="Budget"))


def _attach(s, tmp):
    return response_commands.AttachFile(s, a_contribution(s.db).id, a_file(tmp, "letter.txt"))


def _theme_summary(s, tmp):
    theme = responses.themes(s.db, 1)[0]
    return response_commands.SaveThemeSummary(s, 1, theme, "People asked for open budgets.", "Commitment 3 answers it.")


def _add_consultation(s, tmp):
    return response_commands.SaveConsultation(s, Consultation(
        name="Mid-term review", stage="other", opens_on=dt.date(2026, 9, 1), closes_on=dt.date(2026, 10, 1)))


def _edit_consultation(s, tmp):
    c = responses.get_consultation(s.db, 1)
    return response_commands.SaveConsultation(s, dataclasses.replace(c, description="Themes for the next plan."))


def _import_contributions(s, tmp):
    from msf_desk.core.contributions_import import import_contributions

    path = tmp / "contributions.csv"
    path.write_text("received,channel,contributor,text\n2026-03-03,email,Ana,Open the procurement data.\n"
                    "2026-03-04,email,Ben,Publish meeting minutes sooner.\n", encoding="utf-8")
    before = snapshot(s.db)   # the import runs (in a worker) before its command is pushed
    result = import_contributions(s.db, str(path), 1)
    return response_commands.ImportContributions(s, result, str(path), None), before


def _answer_many(s, tmp):
    ids = responses.search_ids(s.db, ContributionFilter(outcome="none"))[:3]
    return response_commands.AnswerMany(s, ids, Response(outcome="deferred", reason="For the next plan."),
                                        today=TODAY)


def _trash_consultation(s, tmp):
    return response_commands.TrashConsultation(s, 3)


def _trash_contributions(s, tmp):
    return response_commands.TrashContributions(s, responses.search_ids(s.db, ContributionFilter(
        consultation_id=1))[:2])


def _restore_from_trash(s, tmp):
    added = members.add_member(s.db, Member(name="Entered By Mistake", sector="other"))
    trash_id = core_trash.move(s.db, "member", added.id, added.name)
    return trash_commands.RestoreFromTrash(s, core_trash.entry(s.db, trash_id))


def _choose_frameworks(s, tmp):
    return standards_commands.ChooseFrameworks(s, ["local", "2017"])


def _set_website(s, tmp):
    return standards_commands.SetWebsite(s, "https://ogp.example.org/another-page")


def _add_plan(s, tmp):
    from msf_desk.model.standards import ActionPlan
    return standards_commands.SavePlan(s, ActionPlan(None, "Sixth plan", dt.date(2027, 9, 1), dt.date(2027, 12, 15)))


def _edit_plan(s, tmp):
    from msf_desk.core import standards as core_standards
    plan = core_standards.list_plans(s.db)[0]
    return standards_commands.SavePlan(s, dataclasses.replace(plan, name=plan.name + " (revised)",
                                                              timeline_url="https://ogp.example.org/t"))


def _remove_plan(s, tmp):
    from msf_desk.core import standards as core_standards
    return standards_commands.RemovePlan(s, core_standards.list_plans(s.db)[0].id)


def _add_outreach(s, tmp):
    from msf_desk.model.standards import OutreachActivity
    return standards_commands.SaveOutreach(s, OutreachActivity(None, dt.date(2026, 5, 2), "media", "Radio debate"))


def _edit_outreach(s, tmp):
    from msf_desk.core import standards as core_standards
    activity = core_standards.list_outreach(s.db)[0]
    return standards_commands.SaveOutreach(s, dataclasses.replace(activity, description="Changed", kind="other"))


def _remove_outreach(s, tmp):
    from msf_desk.core import standards as core_standards
    return standards_commands.RemoveOutreach(s, core_standards.list_outreach(s.db)[0].id)


def _documents_dir(s):
    from msf_desk.paths import forum_files_dir
    return forum_files_dir(s.path)


def _add_document(s, tmp):
    from msf_desk.model.process_documents import ProcessDocument
    return standards_commands.AddDocument(s, ProcessDocument("Sixth plan", "action_plan", dt.date(2026, 6, 1)),
                                          files_dir=_documents_dir(s), source=a_file(tmp, "plan.pdf"))


def _a_document(s, tmp):
    from msf_desk.core import process_documents
    from msf_desk.model.process_documents import ProcessDocument
    return process_documents.add_document(s.db, ProcessDocument("IRM review", "irm_report", dt.date(2026, 4, 1)),
                                          files_dir=_documents_dir(s), source=a_file(tmp, "irm.pdf"))


def _edit_document(s, tmp):
    doc = _a_document(s, tmp)
    before = snapshot(s.db)
    return standards_commands.EditDocument(s, doc, dataclasses.replace(doc, public=False, language="fr")), before


def _remove_document(s, tmp):
    doc = _a_document(s, tmp)
    before = snapshot(s.db)
    return standards_commands.RemoveDocument(s, doc.id, _documents_dir(s)), before


FACTORIES = {
    "standards.ChooseFrameworks": _choose_frameworks, "standards.SetWebsite": _set_website,
    "standards.SavePlan": _add_plan, "standards.SavePlan (edit)": _edit_plan, "standards.RemovePlan": _remove_plan,
    "standards.SaveOutreach": _add_outreach, "standards.SaveOutreach (edit)": _edit_outreach,
    "standards.RemoveOutreach": _remove_outreach, "standards.AddDocument": _add_document,
    "standards.EditDocument": _edit_document, "standards.RemoveDocument": _remove_document,
    "meetings.AddMeeting": _add_meeting, "meetings.EditMeeting": _edit_meeting, "meetings.SetStatus": _set_status,
    "meetings.RemoveMeeting": _remove_meeting, "meetings.ApplyPlan": _apply_plan,
    "meetings.AddHoliday": _add_holiday, "meetings.RemoveHoliday": _remove_holiday, "meetings.AddItem": _add_item,
    "meetings.EditItem": _edit_item, "meetings.RemoveItem": _remove_item, "meetings.ReorderItems": _reorder,
    "meetings.AddStandingItems": _standing_items, "meetings.CopyAgenda": _copy_agenda,
    "meetings.ApproveAgenda": _approve_agenda, "meetings.SendNotice": _send_notice, "meetings.AddPaper": _add_paper,
    "meetings.EditPaper": _edit_paper, "meetings.RemovePaper": _remove_paper,
    "papers.RevisePaper": _revise_paper, "meetings.AddItem (a break)": _add_break,
    "members.AddMember": _add_member, "members.EditMember": _edit_member, "members.RemoveMember": _remove_member,
    "members.AddRound": _add_round, "members.EditProfile": _edit_profile, "members.ImportMembers": _import_members,
    "minutes.StartMinutes": _start_minutes_new, "minutes.StartMinutes (draft already there)": _start_minutes_on_draft,
    "minutes.SetPresence": _set_presence, "minutes.AddGuest": _add_guest, "minutes.RemoveGuest": _remove_guest,
    "minutes.AddDecision": _add_decision, "minutes.RemoveDecision": _remove_decision,
    "minutes.EditDecision": _edit_decision, "minutes.AddAction": _add_action, "minutes.EditAction": _edit_action,
    "minutes.SetActionStatus": _action_status, "minutes.RemoveAction": _remove_action,
    "minutes.AddDeclaration": _minutes_declaration, "minutes.RemoveDeclaration": _remove_minutes_declaration,
    "minutes.Circulate": _circulate,
    "ethics.NewStatementVersion": _new_statement, "ethics.SignStatement": _sign,
    "ethics.RemoveSignature": _remove_signature, "ethics.AddDeclaration": _add_declaration,
    "ethics.EditDeclaration": _edit_declaration, "ethics.RemoveDeclaration": _remove_declaration,
    "ethics.RecordBreach": _record_breach, "ethics.RecordBreach (edit)": _edit_breach,
    "ethics.RemoveBreach": _remove_breach, "ethics.RecordOnItem": _record_on_item,
    "responses.AnswerContribution": _answer, "responses.AnswerContribution (with a link)": _answer_with_link,
    "responses.SaveContribution": _save_contribution, "responses.SaveContribution (edit)": _edit_contribution,
    "responses.AttachFile": _attach, "responses.SaveThemeSummary": _theme_summary,
    "responses.SaveConsultation": _add_consultation, "responses.SaveConsultation (edit)": _edit_consultation,
    "responses.ImportContributions": _import_contributions, "responses.AnswerMany": _answer_many,
    "responses.TrashConsultation": _trash_consultation, "responses.TrashContributions": _trash_contributions,
    "trash.RestoreFromTrash": _restore_from_trash,
}


def _command_classes() -> set[str]:
    import importlib
    import pkgutil

    found = set()
    for info in pkgutil.iter_modules(commands_package.__path__):
        module = importlib.import_module(f"{commands_package.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, CoreCommand) and cls.__module__ == module.__name__ and not name.startswith("_")
                    and cls not in (CoreCommand, SlowCommand) and "_redo" in _own_or_inherited(cls)):
                found.add(f"{info.name}.{name}")
    return found


def _own_or_inherited(cls) -> set[str]:
    return {n for klass in cls.__mro__ if klass not in (CoreCommand, SlowCommand) for n in vars(klass)}


def test_every_undoable_command_has_a_round_trip():
    covered = {name.split(" (")[0] for name in FACTORIES}
    assert sorted(_command_classes() - covered) == []


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_undo_puts_the_forum_back_exactly(session, tmp_path, name):
    db = session.db
    made = FACTORIES[name](session, tmp_path)
    command, before = made if isinstance(made, tuple) else (made, snapshot(db))
    session.push(command)
    assert command.error is None, f"{name} was refused: {command.error}"
    assert differences(before, snapshot(db)), f"{name} changed nothing: the round trip would prove nothing"
    session.undo_stack.undo()
    assert differences(before, snapshot(db)) == []
    # And redo after undo works again (the stack may be walked back and forth).
    session.undo_stack.redo()
    session.undo_stack.undo()
    assert differences(before, snapshot(db)) == []
