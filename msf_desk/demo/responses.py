"""Demo consultations, contributions and responses, anchored on ctx.today.

Three consultations: the Action Plan themes (closed about ten months ago, every
contribution answered), the draft commitments (closed about six months ago; one
answer sent late, duplicates merged, two late submissions still waiting and
overdue) and the self-assessment report (open now, mostly waiting). Some
contributors did not agree to have their names published. `ctx.scale == "large"`
adds 100,000 contributions to a fourth consultation, for benchmarks.

Leaves ctx.ids["consultations"] = {"themes", "draft", "self_assessment"[, "bulk"]} and
ctx.ids["contributions"] = {"late": id, "merged": [ids], "anonymous": id, "overdue": [ids]}.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from msf_desk.core import responses as core
from msf_desk.core import consultations_due
from msf_desk.model.dates import add_working_days
from msf_desk.model.responses import Consultation, Contribution, Response
from msf_desk.store import responses as store
from msf_desk.store.db import transaction

# theme: (proposals people send, what we heard, what we did and why)
THEMES = {
    "Budget transparency": (
        ["publish the monthly budget execution figures in a spreadsheet anyone can open",
         "produce a citizens' budget in plain language and in the regional languages",
         "hold public hearings on the draft budget before it goes to parliament",
         "show spending by district so that people can compare their area with others"],
        "People asked for budget figures they can reuse, a plain-language citizens' budget and a say "
        "before the budget is voted.",
        "Taken up in the budget transparency commitment: monthly open data and a citizens' budget. "
        "Public hearings are deferred: they need a change to the budget law, which the plan period cannot cover.",
    ),
    "Public procurement": (
        ["publish every contract above the tender threshold with its amendments",
         "use the open contracting data standard for the procurement portal",
         "let citizens flag contracts that look wrong and get an answer",
         "publish the names of the companies that own the winning bidders"],
        "Many asked for complete contract data in a standard format, and for a way to report problems.",
        "Included: the procurement commitment now covers full contract publication in a standard format. "
        "Company ownership was merged into the beneficial ownership proposal.",
    ),
    "Access to information": (
        ["answer information requests within the legal deadline and publish the statistics",
         "train officials in every ministry on the right to information",
         "create an appeals body that is independent from the ministries",
         "publish the answers given to information requests so others can reuse them"],
        "Contributors want requests answered on time, appeals handled independently and answers published.",
        "Included with amendment: a request-tracking system and published statistics. An independent appeals "
        "body needs a new law and is deferred to the next plan.",
    ),
    "Civic space": (
        ["simplify the registration of associations and make it free",
         "protect journalists and activists who expose wrongdoing",
         "consult civil society before any law on associations is drafted"],
        "People raised the cost of registering associations and the safety of those who speak up.",
        "Free online registration is included. Protection for whistle-blowers is handled by the justice "
        "ministry's reform and is not included here, to avoid two competing processes.",
    ),
    "Local open government": (
        ["open the municipal council meetings to the public and stream them",
         "run participatory budgeting in at least five municipalities",
         "publish local procurement in the same portal as national contracts"],
        "Local voices asked for open council meetings and a share of the budget decided by residents.",
        "Participatory budgeting is included as a pilot in five municipalities; streaming of council "
        "meetings is left to each council and is outside the national plan.",
    ),
    "Digital services": (
        ["make the online services work on cheap mobile phones",
         "publish the source code of public digital services",
         "let people see which officials looked at their personal file"],
        "Contributors asked for services that work on any phone and for openness about public software.",
        "Accessibility on mobile phones is outside the scope of open government and was passed to the digital "
        "agency; the access log for personal files is included.",
    ),
}
LEADS = ["We propose to", "Please", "The plan should", "It would help to", "Our members ask the forum to",
         "As a first step,", "I suggest that the government"]
ENDINGS = ["", " within the first year.", " with a public timetable.", " and report on it every six months.",
           " in partnership with civil society.", " starting with the largest ministries."]
SELF_ASSESSMENT_POINTS = [
    "The report says milestone 3 is complete, but the data is still not online.",
    "The section on the co-creation process leaves out the regional workshops.",
    "Please explain why the procurement commitment was delayed.",
    "The self-assessment should list who attended each forum meeting.",
    "The budget data is published, but only as scanned pages: it is not open data.",
    "Good progress on registration of associations; the fee has really gone.",
    "The report does not say what happens to the late commitments after the plan ends.",
    "Add the numbers of information requests answered on time.",
]
PEOPLE = [
    "Ana Silva", "Jean-Baptiste Moreau", "Lan Nguyen", "Omar Haddad", "Nino Gelashvili", "Ravi Menon",
    "Grace Mensah", "Lucía Romero", "Yusuf Demir", "Marta Kowalska", "Kwame Boateng", "Sofia Papadopoulou",
    "Thabo Nkosi", "Elif Şahin", "Mariam Tsiklauri", "Pedro Alves", "Aisha Bello", "Hugo Lefèvre",
    "Ngozi Eze", "Tomás Rivera", "Leyla Aliyeva", "Daniel Okoro", "Irina Popescu", "Samir Khoury",
]
ORGANISATIONS = {
    "civil_society": ["Citizens' Data Lab", "Rural Voices", "Open Budget Coalition", "Right to Know Network",
                      "Association of Women Lawyers", "Youth Civic Forum"],
    "academia": ["University of the Capital", "Institute for Public Policy", "Polytechnic Institute"],
    "private_sector": ["Chamber of Commerce", "Association of Software Firms", "Builders' Federation"],
    "government": ["Northern Regional Council", "City of Riverside", "National Audit Office"],
    "other": ["Public Services Union", "Bar Association"],
}
REASONS = {
    "included": ["Taken up in the {theme} commitment of the Action Plan.",
                 "Becomes a milestone of the {theme} commitment."],
    "amended": ["Narrowed to what the lead agency can deliver within the two-year plan.",
                "Kept, with a later deadline agreed with the ministry concerned."],
    "merged": ["Combined with similar proposals into the {theme} commitment."],
    "not_included": ["The ministry already does this under its own strategy, so a commitment would add nothing.",
                     "It would need a change in the law that the plan period cannot cover."],
    "out_of_scope": ["It concerns service quality rather than transparency, participation or accountability; "
                     "passed to the ministry concerned."],
    "deferred": ["The data system it relies on will be ready only in two years."],
}
OUTCOME_WEIGHTS = [("included", 30), ("amended", 20), ("merged", 12), ("not_included", 14),
                   ("out_of_scope", 8), ("deferred", 10)]


def _outcome(rng) -> str:
    return rng.choices([o for o, _ in OUTCOME_WEIGHTS], [w for _, w in OUTCOME_WEIGHTS])[0]


def _contributor(rng) -> tuple[str, str, str, bool]:
    kind = rng.choices(["individual", "civil_society", "academia", "private_sector", "government", "other"],
                       [40, 30, 10, 8, 7, 5])[0]
    name = rng.choice(PEOPLE)
    org = "" if kind == "individual" else rng.choice(ORGANISATIONS[kind])
    consent = rng.random() < 0.6
    return name, org, kind, consent


def _text(rng, theme: str) -> str:
    proposal = rng.choice(THEMES[theme][0])
    lead = rng.choice(LEADS)
    return f"{lead} {proposal}{rng.choice(ENDINGS) or '.'}"


def _meetings(db) -> list[tuple[int, dt.date, str]]:
    return [(mid, dt.date.fromisoformat(starts[:10]), title) for mid, title, starts in store.meetings_for_choice(db)]


def _decided(meetings, received: dt.date, by: dt.date) -> tuple[int | None, str, dt.date | None]:
    """A forum meeting between receipt and the answer's latest date, if there was one."""
    for mid, day, title in meetings:
        if received < day <= by:
            return mid, f"The forum, at its meeting of {day.isoformat()}", day
    return None, "The secretariat, with the co-chairs' agreement", None


def populate(db, ctx) -> None:
    today = ctx.today
    days, off = consultations_due.due_rule(db)
    meetings = _meetings(db)
    ids: dict = {"late": None, "merged": [], "anonymous": None, "overdue": []}

    themes = core.save_consultation(db, Consultation(
        name="Action Plan themes", stage="theme_scoping",
        opens_on=today - dt.timedelta(days=340), closes_on=today - dt.timedelta(days=305),
        channels=["online_platform", "email", "meeting", "written"],
        document="Call for themes for the next Action Plan",
        description="Which problems should the next Action Plan tackle? Open call, six regional workshops."))
    draft = core.save_consultation(db, Consultation(
        name="Draft commitments", stage="draft_plan",
        opens_on=today - dt.timedelta(days=203), closes_on=today - dt.timedelta(days=182),
        channels=["online_platform", "email", "written"],
        document="Draft Action Plan, version 2 (commitments and milestones)",
        description="Comments on each draft commitment, paragraph by paragraph, on the consultation platform."))
    assessment = core.save_consultation(db, Consultation(
        name="Self-assessment report", stage="self_assessment",
        opens_on=today - dt.timedelta(days=18), closes_on=today + dt.timedelta(days=12),
        channels=["online_platform", "email"],
        document="Government self-assessment of the Action Plan (end of term)",
        description="The government's self-assessment, open for comment before it is sent to OGP."))

    with transaction(db):
        _themes_consultation(db, ctx, themes, days, off, meetings, ids)
        _draft_consultation(db, ctx, draft, days, off, meetings, ids)
        _assessment_consultation(db, ctx, assessment, days, off, ids)
        for cons in (themes, draft):
            for theme, (_, heard, response) in THEMES.items():
                store.save_theme_summary(db, cons.id, theme, heard, response)
    ctx.ids["consultations"] = {"themes": themes.id, "draft": draft.id, "self_assessment": assessment.id}
    if ctx.scale == "large":
        ctx.ids["consultations"]["bulk"] = bulk_consultation(db, ctx)
    ctx.ids["contributions"] = ids


def _answer(rng, c: Contribution, meetings, today: dt.date, outcome: str | None = None,
            reason: str | None = None) -> Response:
    """An on-time answer: some time after receipt, no later than the due date."""
    outcome = outcome or _outcome(rng)
    latest = min(c.due_on, today)
    meeting_id, decided_by, meeting_day = _decided(meetings, c.received_on, latest)
    answered = meeting_day or min(latest, c.received_on + dt.timedelta(days=rng.randint(3, 25)))
    reason = reason or rng.choice(REASONS[outcome]).format(theme=c.theme.lower())
    return Response(outcome=outcome, reason=reason, decided_by=decided_by, meeting_id=meeting_id,
                    answered_on=answered,
                    commitment=c.theme if outcome in ("included", "amended", "merged") else "")


def _themes_consultation(db, ctx, cons, days, off, meetings, ids) -> None:
    rng = ctx.rng
    span = (cons.closes_on - cons.opens_on).days
    batch = []
    for _ in range(150):
        theme = rng.choice(list(THEMES))
        name, org, kind, consent = _contributor(rng)
        received = cons.opens_on + dt.timedelta(days=rng.randint(0, span))
        channel = rng.choices(["online_platform", "email", "meeting", "written"], [55, 25, 15, 5])[0]
        c = Contribution(consultation_id=cons.id, received_on=received, channel=channel,
                         contributor_name=name, organisation=org, contributor_type=kind, publish_name=consent,
                         text=_text(rng, theme), theme=theme,
                         due_on=consultations_due.due_date(received, days, off))
        batch.append(dataclasses.replace(c, response=_answer(rng, c, meetings, ctx.today)))
    saved = store.insert_contributions(db, batch)
    ids["anonymous"] = next(c.id for c in saved if not c.publish_name and c.contributor_name)


def _draft_consultation(db, ctx, cons, days, off, meetings, ids) -> None:
    rng, today = ctx.rng, ctx.today
    span = (cons.closes_on - cons.opens_on).days
    theme_names = list(THEMES)
    originals = []
    for _ in range(110):
        theme = rng.choice(theme_names)
        number = theme_names.index(theme) + 1
        name, org, kind, consent = _contributor(rng)
        received = cons.opens_on + dt.timedelta(days=rng.randint(0, span))
        on_platform = rng.random() < 0.75
        c = Contribution(
            consultation_id=cons.id, received_on=received,
            channel="online_platform" if on_platform else rng.choice(["email", "written"]),
            contributor_name=name, organisation=org, contributor_type=kind, publish_name=consent,
            text=_text(rng, theme), theme=theme,
            section=f"Commitment {number}, paragraph {rng.randint(1, 6)}",
            votes_for=rng.randint(0, 40) if on_platform else None,
            votes_against=rng.randint(0, 8) if on_platform else None,
            due_on=consultations_due.due_date(received, days, off))
        originals.append(dataclasses.replace(c, response=_answer(rng, c, meetings, today)))
    # The one answer sent late: three working days after it was due.
    late = originals[7]
    late_response = dataclasses.replace(
        late.response, outcome="not_included", answered_on=add_working_days(late.due_on, 3, off),
        reason="The lead ministry could not commit to the budget it needs during this plan.",
        meeting_id=None, decided_by="The secretariat, after consulting the Ministry of Finance", commitment="")
    originals[7] = dataclasses.replace(late, response=late_response)
    saved = store.insert_contributions(db, originals)
    ids["late"] = saved[7].id

    # Duplicates (the same text sent again by someone else) and proposals merged into another.
    extra = []
    for original in rng.sample([s for i, s in enumerate(saved) if i != 7], 8):
        name, org, kind, consent = _contributor(rng)
        received = min(cons.closes_on, original.received_on + dt.timedelta(days=rng.randint(0, 4)))
        c = Contribution(
            consultation_id=cons.id, received_on=received, channel="email", contributor_name=name,
            organisation=org, contributor_type=kind, publish_name=consent, theme=original.theme,
            section=original.section, due_on=consultations_due.due_date(received, days, off))
        if len(extra) < 5:
            c = dataclasses.replace(c, text=original.text, duplicate_of=original.id)
            reason = f"Same proposal as no. {original.id}; see the answer given there."
        else:
            c = dataclasses.replace(c, text=_text(rng, original.theme), merged_into=original.id)
            reason = f"Close to no. {original.id}: the two were answered together there."
        extra.append(dataclasses.replace(c, response=_answer(rng, c, meetings, today, "merged", reason)))
    ids["merged"] = [c.id for c in store.insert_contributions(db, extra)]

    # Two written submissions that arrived after the close and are still being considered.
    waiting = []
    for text, org in (
        ("Our union asks that the procurement commitment include the working conditions clauses of "
         "public contracts.", "Public Services Union"),
        ("The audit office offers to check the budget data before each monthly release.", "National Audit Office"),
    ):
        received = cons.closes_on + dt.timedelta(days=rng.randint(5, 15))
        waiting.append(Contribution(
            consultation_id=cons.id, received_on=received, channel="written", organisation=org,
            contributor_type="other" if "union" in org.lower() else "government", text=text,
            theme="Public procurement" if "procurement" in text else "Budget transparency",
            due_on=consultations_due.due_date(received, days, off),
            response=Response(outcome="under_consideration", decided_by="Secretariat")))
    ids["overdue"] = [c.id for c in store.insert_contributions(db, waiting)]


def _assessment_consultation(db, ctx, cons, days, off, ids) -> None:
    rng, today = ctx.rng, ctx.today
    batch = []
    for i in range(40):
        received = cons.opens_on + dt.timedelta(days=rng.randint(0, (today - cons.opens_on).days))
        name, org, kind, consent = _contributor(rng)
        c = Contribution(
            consultation_id=cons.id, received_on=received, channel=rng.choice(["online_platform", "email"]),
            contributor_name=name, organisation=org, contributor_type=kind, publish_name=consent,
            text=rng.choice(SELF_ASSESSMENT_POINTS), theme=rng.choice(["Progress on commitments", "Co-creation process"]),
            section=f"Section {rng.randint(1, 5)}", due_on=consultations_due.due_date(received, days, off))
        if i % 5 == 0 and received + dt.timedelta(days=4) <= today:
            c.response = Response(outcome="amended", reason="The final report is corrected on this point.",
                                  decided_by="Secretariat", answered_on=received + dt.timedelta(days=4))
        elif i % 7 == 0:
            c.response = Response(outcome="under_consideration", decided_by="Secretariat")
        batch.append(c)
    store.insert_contributions(db, batch)


def bulk_consultation(db, ctx, count: int = 100_000) -> int:
    """A consultation of `count` contributions (100,000 in the large demo) for benchmarks: plain
    rows inserted in batches, one transaction. Returns its id."""
    rng, today = ctx.rng, ctx.today
    days, off = consultations_due.due_rule(db)
    cons = core.save_consultation(db, Consultation(
        name="National ideas platform (bulk)", stage="other",
        opens_on=today - dt.timedelta(days=400), closes_on=today - dt.timedelta(days=30),
        channels=["online_platform"], document="Open call for ideas on the national platform"))
    theme_names = list(THEMES)
    proposals = [(t, p) for t in theme_names for p in THEMES[t][0]]
    due_cache: dict[dt.date, str] = {}
    outcomes = [o for o, _ in OUTCOME_WEIGHTS]

    def rows():
        for n in range(count):
            theme, proposal = proposals[n % len(proposals)]
            received = cons.opens_on + dt.timedelta(days=rng.randint(0, 370))
            if received not in due_cache:
                due_cache[received] = consultations_due.due_date(received, days, off).isoformat()
            answered = n % 10 != 0
            outcome = outcomes[n % len(outcomes)] if answered else None
            kind = ("individual", "civil_society", "academia", "private_sector", "government", "other")[n % 6]
            yield {
                "consultation_id": cons.id, "received_on": received.isoformat(), "channel": "online_platform",
                "contributor_name": f"{PEOPLE[n % len(PEOPLE)]} {n}", "organisation": "" if kind == "individual"
                else ORGANISATIONS[kind][n % len(ORGANISATIONS[kind])], "contributor_type": kind,
                "publish_name": n % 2, "text": f"{LEADS[n % len(LEADS)]} {proposal} (idea {n}).",
                "theme": theme, "section": "", "votes_for": n % 50, "votes_against": n % 7,
                "opinions": None, "average_support": None, "due_on": due_cache[received], "due_set_by_hand": 0,
                "outcome": outcome, "reason": REASONS[outcome][0].format(theme=theme.lower()) if outcome else "",
                "decided_by": "Secretariat" if outcome else "", "meeting_id": None, "decision_id": None,
                "answered_on": due_cache[received] if outcome else None, "commitment": "",
                "import_fingerprint": None,
            }

    store.insert_contribution_rows(db, rows())
    return cons.id
