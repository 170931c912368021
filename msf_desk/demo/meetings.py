"""Demo meetings: about sixteen months of history and eight months ahead, around ctx.today.

Held, planned, one cancelled and one postponed meeting; a gap longer than a quarter in the
past for the regularity check; full agendas with public, withheld and confidential papers;
a working group whose notice is overdue; and the next forum meeting approved by both
co-chairs, its pack ready to send.

Leaves ctx.ids["meetings"] = {"held": [ids in order], "next": id, "cancelled": id,
"postponed": id, "planned": [ids], "overdue": id, "closed": id (not public),
"open_meeting": id, "consultation": id} and ctx.ids["agenda_items"] (keys below).
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from msf_desk.core import agendas, meetings, papers
from msf_desk.demo import board_book
from msf_desk.core import records
from msf_desk.model.meetings import AgendaItem
from msf_desk.model.dates import is_working_day
from msf_desk.model.meetings import Meeting
from msf_desk.model.meetings import Paper
from msf_desk.store import calendar as calendar_store

ZONE = "Europe/Paris"
VENUE = "Government House, Conference Room B, 12 Rue de la République"
REMOTE = "Video call: https://meet.example.gov/ogforum — meeting code 481 220 937; dial-in +33 1 70 00 00 00"

# Each substantive item: key, title, purpose, presenter keys, minutes, description, questions,
# draft decision, topics, organisations concerned, papers [(title, disclosure, summary, file)].
ITEMS = {
    "themes": (
        "Action Plan co-creation: themes from the consultation", "discussion", ["cs_chair", "gov_digital"], 40,
        "The secretariat summarises the 214 contributions received in the online consultation and the six "
        "regional workshops, grouped into nine themes. Members are asked to test the grouping before the "
        "themes are published with a reasoned response.",
        "Do the nine themes reflect what was proposed?\nWhich themes need a government lead agency named now?",
        "", "action plan; consultation; co-creation", "",
        [("Consultation summary: contributions by theme", "public",
          "Nine themes emerged: budget transparency, beneficial ownership, public procurement, access to "
          "information, justice, local open government, digital services, climate finance and civic space.",
          "consultation-summary.pdf"),
         ("Draft reasoned response on themes", "withheld",
          "WITHHELD DRAFT: the government proposes to reject the climate finance theme as outside the plan's span.",
          None)],
    ),
    "budget": (
        "Budget transparency commitment: milestones and delays", "decision", ["gov_finance", "cs_transparency"], 30,
        "Two of five milestones are late. The Ministry of Finance proposes a revised timeline for the "
        "citizens' budget and the open contracting data.",
        "Is the revised timeline credible?\nShould the forum ask for a progress note every month?",
        "The forum agrees the revised timeline for the budget transparency commitment and asks the Ministry "
        "of Finance to report on progress at each meeting until the late milestones are met.",
        "budget; public finance; open contracting", "Ministry of Finance; Open Budget Coalition",
        [("Commitment progress table (red-amber-green)", "public",
          "Milestone 1 complete; milestone 2 complete; milestones 3 and 4 late (amber); milestone 5 not started.",
          "commitment-progress.csv"),
         ("Ministry of Finance note on procurement data", "confidential",
          "CONFIDENTIAL: the procurement data includes a supplier under investigation.", None)],
    ),
    "selection": (
        "Civil society seats: rotation and the next selection round", "decision", ["cs_chair", "secretariat"], 25,
        "Four civil society terms end within the year. The civil society members propose an open call "
        "run by a selection committee they elect, as in the last round.",
        "Should seats rotate in two halves so that experience is kept?",
        "The forum agrees that the civil society side runs an open call for four seats, led by a selection "
        "committee it elects, and that results are published within ten days.",
        "selection; membership; rotation", "Open Budget Coalition; Transparency Watch",
        [("Rotation policy: options paper", "public",
          "Option A: all seats renewed together. Option B: half the seats every year. Option C: staggered by sector.",
          None),
         ("Names proposed for the selection committee", "withheld",
          "WITHHELD: names proposed for the selection committee pending their agreement.", None)],
    ),
    "self_assessment": (
        "Government self-assessment: draft for the forum's comments", "discussion", ["gov_chair"], 30,
        "The government presents its draft end-of-term self-assessment. Comments from the forum are "
        "published with it.",
        "Which commitments does the forum assess differently?\nWhat evidence is missing from the repository?",
        "", "self-assessment; IRM; evidence", "Ministry of Justice",
        [("Draft self-assessment report", "withheld",
          "WITHHELD DRAFT self-assessment: twelve commitments, seven substantially complete.", "draft-self-assessment.docx")],
    ),
    "local": (
        "Local open government pilot: first results", "information", ["gov_city", "gov_region"], 20,
        "The City of Riverside and the Northern Regional Council report on their participatory budgeting "
        "pilots and the first open data releases.",
        "", "", "local government; participatory budgeting", "City of Riverside; Northern Regional Council",
        [("Pilot report: participatory budgeting in Riverside", "public",
          "1,240 residents voted on 31 projects; 9 were funded.", None)],
    ),
    "repository": (
        "The forum's repository: what is published and what is late", "information", ["secretariat"], 15,
        "The secretariat reports on the repository: minutes of two meetings are not yet published.",
        "", "", "repository; transparency", "",
        [("Repository checklist", "public", "Minutes, agendas and contributions listed with their publication dates.",
          None)],
    ),
    "irm": (
        "Independent Reporting Mechanism: design report recommendations", "discussion", ["observer", "gov_chair"], 35,
        "The IRM's report on the current Action Plan recommends broader consultation outside the capital "
        "and more ambitious commitments on beneficial ownership.",
        "Which recommendations does the forum take up for the next plan?",
        "", "IRM; action plan", "OGP Support Unit",
        [("IRM design report: summary of recommendations", "public",
          "Five recommendations; two concern the forum's own working methods.", None)],
    ),
    "ethics": (
        "Ethics statement and declarations of interest: annual renewal", "decision", ["secretariat", "cs_women"], 20,
        "Members renew their signed ethics statement and declaration of interests each year.",
        "", "The forum adopts the revised ethics statement and asks every member to sign it before the next meeting.",
        "ethics; conflicts of interest", "",
        [("Revised ethics statement", "public", "The seven principles of public life, in the forum's words.", None)],
    ),
}

# offset (days from today), kind, title, items, status, extras
SCHEDULE = [
    (-485, "regular", "Forum meeting", ["themes", "repository"], "held", {}),
    (-405, "regular", "Forum meeting", ["budget", "local"], "held", {}),
    (-325, "regular", "Forum meeting", ["selection", "irm"], "held", {}),
    (-245, "regular", "Forum meeting", ["budget"], "cancelled",
     {"reason": "Cancelled: the government co-chair's ministry was reorganised after the elections; "
                "the meeting could not be held with a quorum."}),
    (-175, "regular", "Forum meeting", ["self_assessment", "budget", "repository"], "held", {}),
    (-130, "working_group", "Working group on budget transparency", ["budget"], "held", {"short": True}),
    (-95, "regular", "Forum meeting", ["themes", "selection", "local"], "held", {"revision": True}),
    (-60, "working_group", "Working group on local open government", ["local"], "postponed",
     {"reason": "Postponed: the regional council's budget session was moved to the same day.", "short": True}),
    (-50, "open_meeting", "Open meeting with civil society on the next Action Plan", ["themes"], "held",
     {"evening": True}),
    (-20, "extraordinary", "Extraordinary meeting: selection committee for civil society seats", ["selection"],
     "held", {"closed": True}),
    (5, "working_group", "Working group on the self-assessment", ["self_assessment"], "planned", {"short": True}),
    (14, "regular", "Forum meeting", ["themes", "budget", "selection", "self_assessment"], "ready", {}),
    (45, "consultation_event", "Public consultation on draft commitments", ["themes"], "planned",
     {"afternoon": True}),
    (95, "regular", "Forum meeting", ["local", "ethics", "repository"], "planned", {}),
    (175, "regular", "Forum meeting", ["irm", "budget"], "planned", {}),
    (240, "regular", "Forum meeting", [], "planned", {}),
]


def _files_dir(db) -> Path | None:
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            path = Path(row[2])
            return path.with_name(path.stem + ".files")
    return None


def _holidays(today: dt.date) -> list[tuple[dt.date, str]]:
    out = []
    for year in range(today.year - 2, today.year + 2):
        out += [(dt.date(year, 1, 1), "New Year's Day"), (dt.date(year, 5, 1), "Labour Day"),
                (dt.date(year, 7, 14), "National Day"), (dt.date(year, 11, 11), "Armistice Day"),
                (dt.date(year, 12, 25), "Christmas Day")]
    return out


def _working(day: dt.date, off: set) -> dt.date:
    while not is_working_day(day, off):
        day -= dt.timedelta(days=1)
    return day


def _write_source(folder: Path, name: str, title: str, summary: str) -> Path:
    path = folder / name
    if name.endswith(".pdf"):
        return board_book.write_pdf(path, title, summary)
    if name.endswith(".docx"):
        return board_book.write_docx(path, title, summary)
    if name.endswith(".csv"):
        path.write_text("milestone,status,due,note\n1,complete,,\n2,complete,,\n3,amber,,late\n"
                        "4,amber,,late\n5,not started,,\n", encoding="utf-8")
    else:
        path.write_text(f"{title}\n\n{summary}\n", encoding="utf-8")
    return path


def populate(db, ctx) -> None:
    today = ctx.today
    member_ids = ctx.ids["members"]
    names = {key: _member_name(db, mid) for key, mid in member_ids.items()}
    for day, name in _holidays(today):
        calendar_store.add_holiday(db, day, name)
    off = {d for d, _ in _holidays(today)}
    files_dir = _files_dir(db)
    chairs = [member_ids["gov_chair"], member_ids["cs_chair"]]
    ids: dict = {"held": [], "planned": []}
    item_ids: dict = {}
    turn = 0
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp)
        for offset, kind, title, item_keys, status, extra in SCHEDULE:
            day = _working(today + dt.timedelta(days=offset), off)
            if extra.get("short"):
                start, end = dt.time(10, 0), dt.time(12, 0)
            elif extra.get("evening"):
                start, end = dt.time(18, 0), dt.time(20, 0)
            elif extra.get("afternoon"):
                start, end = dt.time(14, 0), dt.time(17, 0)
            else:
                start, end = dt.time(16, 0), dt.time(19, 0)
            full_title = f"{title}, {day.strftime('%B %Y')}" if title == "Forum meeting" else title
            chair = chairs[turn % 2] if kind in ("regular", "extraordinary") else None
            if chair is not None:
                turn += 1
            meeting = meetings.add_meeting(db, Meeting.at(
                full_title, day, start, end, ZONE, kind=kind,
                location="Riverside Community Hall" if kind in ("open_meeting", "consultation_event") else VENUE,
                remote_offered=kind != "consultation_event", chair_id=chair,
                remote_details=REMOTE if kind != "consultation_event" else "",
                public=not extra.get("closed")), standing_items=kind in ("regular", "extraordinary"))
            created_on = day - dt.timedelta(days=40)
            for key in item_keys:
                item = _add_item(db, meeting.id, key, names, sources, files_dir, created_on)
                item_ids.setdefault(key, item.id)
                if offset > 0:
                    item_ids[f"{key}_next" if status == "ready" else f"{key}_{offset}"] = item.id
            if status == "ready":
                board_book.prepare_next_meeting(db, meeting.id, item_ids, sources, files_dir, created_on)
            approve_on = day - dt.timedelta(days=16)
            send_on = _working(day - dt.timedelta(days=12), off)
            if status in ("held", "ready", "cancelled") and item_keys:
                for chair_id in chairs:
                    agendas.approve_agenda(db, meeting.id, chair_id, on=approve_on)
            if status in ("held", "cancelled") and item_keys:
                records.send_notice(db, meeting.id, on=send_on)
            if extra.get("revision"):
                agendas.add_item(db, AgendaItem(
                    meeting.id, "Briefing on the regional consultation workshops", purpose="information",
                    presenters=names["gov_region"], duration_minutes=10,
                    description="Added at the request of the Northern Regional Council after the notice went out."),
                    today=send_on + dt.timedelta(days=3))
            if status == "held":
                meetings.set_status(db, meeting.id, "held", today=today)
                ids["held"].append(meeting.id)
            elif status in ("cancelled", "postponed"):
                meetings.set_status(db, meeting.id, status, extra["reason"], today=today)
                ids[status] = meeting.id
            else:
                ids["planned"].append(meeting.id)
            if status == "ready":
                ids["next"] = meeting.id
            if kind == "working_group" and status == "planned":
                ids["overdue"] = meeting.id
            if extra.get("closed"):
                ids["closed"] = meeting.id
            if kind == "open_meeting":
                ids["open_meeting"] = meeting.id
            if kind == "consultation_event":
                ids["consultation"] = meeting.id
    ctx.ids["meetings"] = ids
    ctx.ids["agenda_items"] = item_ids


def _member_name(db, member_id: int) -> str:
    row = db.execute("SELECT name FROM members WHERE id = ?", [member_id]).fetchone()
    return row[0] if row else ""


def _add_item(db, meeting_id, key, names, sources: Path, files_dir, on: dt.date) -> AgendaItem:
    (title, purpose, presenters, minutes, description, questions, decision, topics, orgs,
     paper_specs) = ITEMS[key]
    item = agendas.add_item(db, AgendaItem(
        meeting_id, title, purpose=purpose, presenters="; ".join(names[p] for p in presenters),
        duration_minutes=minutes, description=description, questions=questions,
        draft_decision=decision, topics=topics, organisations=orgs), today=on)
    for paper_title, disclosure, summary, file_name in paper_specs:
        paper = Paper(meeting_id, paper_title, item_id=item.id, disclosure=disclosure, summary=summary)
        if file_name and files_dir is not None:
            source = _write_source(sources, file_name, paper_title, summary)
            papers.add_paper(db, paper, files_dir=files_dir, source=source, today=on)
        else:
            reference = f"https://opengov.example.gov/papers/{key}-{disclosure}"
            papers.add_paper(db, Paper(**{**paper.__dict__, "reference": reference}), today=on)
    return item


