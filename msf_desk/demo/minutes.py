"""Demo minutes for the held meetings: attendance, discussion, breakout notes, decisions by
each rule (one qualified majority that fails), declarations of interest, actions (one
overdue), approval at the next forum meeting, publication, and one amendment.

The last held meeting's minutes are still a draft; the two before it are circulated and wait
for approval at the next regular meeting (the ethics step records its recusal there). Reads ctx.ids["meetings"] (from
msf_desk.demo.meetings) and leaves ctx.ids["minutes"] = {"approved": [...], "draft": id,
"circulated": [ids], "amended": id, "failed_decision": id, "overdue_action": id}.
"""
from __future__ import annotations

import datetime as dt
import random

from msf_desk.core import actions, agendas, meetings, minutes
from msf_desk.core import records
from msf_desk.model.actions import Action
from msf_desk.model.minutes import Decision, Votes
from msf_desk.core.members import list_members
from msf_desk.demo.meetings import ITEMS

OPEN_MEETING_NOTES = """Session 1
Group 1 (Inès Moreau)
Reaching beyond the capital
- Regional workshops brought in new people; keep them informed between plans
- Work through existing networks of local associations rather than building new ones
- Publish a short calendar of when and how anyone can take part
Commitments
- Commitment 2: the milestones are clear, but nobody outside government can check them
- Commitment 4: more data is online, yet few people know how to use it
Group 2 (Kwame Mensah)
Reaching beyond the capital
- Hold sessions in the evening and online for people who work during the day
- Explain in plain language what the forum can and cannot decide
Commitments
- Commitment 1: ambitious; local councils need training to publish their budgets
- Commitment 5: the participation guidelines underpin every other commitment
Session 2
What the next plan should include
- Fewer commitments, each with a named lead on both sides
- A working group per commitment, open to people who are not members
- A yearly open meeting outside the capital
"""

WORKING_GROUP_NOTES = """Group A (Sarah Thompson)
Late milestones
- The citizens' budget needs a designer; the tender closes next month
- Open contracting data waits for the new procurement system
Commitments
- Commitment 3: propose splitting milestone 4 into two smaller steps
"""


def _item(db, meeting_id: int, key: str | None = None, standing: str | None = None):
    for item in agendas.items_of(db, meeting_id):
        if standing and item.standing == standing:
            return item
        if key and item.title == ITEMS[key][0]:
            return item
    return None


def _attend(db, ctx, rng, meeting_id: int, day: dt.date, *, apologies: int = 2, substitute: bool = False,
            guests: list[tuple[str, str, bool]] = ()) -> None:
    """Most serving members present (some remotely), a few apologies; observers and the
    secretariat present; an alternate sitting for the finance member when asked."""
    m_ids = ctx.ids["members"]
    minutes.start_minutes(db, meeting_id)
    people = [m for m in list_members(db) if m.serving_on(day)]
    holders = [m for m in people if m.holds_voting_seat_on(day)]
    away = set(rng.sample([m.id for m in holders if m.role != "co_chair"], apologies))
    if substitute:
        away.add(m_ids["gov_finance"])
    for m in people:
        if m.role == "alternate":
            continue
        if m.id in away:
            minutes.set_presence(db, meeting_id, m.id, "apologies")
        else:
            how = "remote" if rng.random() < 0.25 and m.role != "secretariat" else "in_person"
            minutes.set_presence(db, meeting_id, m.id, how)
    if substitute:
        minutes.set_presence(db, meeting_id, m_ids["alt_finance"], "in_person", substitute_for=m_ids["gov_finance"])
    for name, organisation, consent in guests:
        minutes.add_guest(db, meeting_id, name, organisation, publish_name=consent)


def _votes(db, decision: Decision, for_: int, against: int, abstain: int) -> Votes:
    """Share the votes between the sides present, never more than may vote. A side keeps one
    member who did not vote where it can, so a later recusal still leaves the record valid."""
    count = minutes.decision_count(db, decision)
    seats = {"government": count.present_government, "non_government": count.present_non_government}
    cast = {side: [0, 0, 0] for side in seats}
    wanted = [for_, against, abstain]
    for spare in (1, 0):
        for kind in range(3):
            moved = True
            while wanted[kind] and moved:  # one vote at a time to each side in turn
                moved = False
                for side in ("non_government", "government"):
                    if wanted[kind] and seats[side] - spare - sum(cast[side]) > 0:
                        cast[side][kind] += 1
                        wanted[kind] -= 1
                        moved = True
    (fg, ag, bg), (fn, an, bn) = cast["government"], cast["non_government"]
    return Votes(fg, fn, ag, an, bg, bn)


def _decide(db, meeting_id: int, item, text: str, *, rule: str = "", vote=None, objections: int = 0,
            deferred: bool = False) -> Decision:
    decision = minutes.add_decision(db, Decision(meeting_id, text, item_id=item.id if item else None, rule=rule,
                                                 objections=objections, deferred=deferred))
    if vote is not None:
        decision.vote_held = True
        decision.votes = _votes(db, decision, *vote)
        minutes.update_decision(db, decision)
    return decision


def populate(db, ctx) -> None:
    # A copy of the seeded generator: later steps see the same sequence as without minutes.
    rng = random.Random()
    rng.setstate(ctx.rng.getstate())
    today = ctx.today
    ids = ctx.ids["meetings"]
    m_ids = ctx.ids["members"]
    held = ids["held"]
    by_id = {m.id: m for m in meetings.list_meetings(db)}
    out: dict = {"approved": []}
    (m1, m2, m3, m4, wg, m5, open_meeting, extra) = held[:8]

    def day(mid: int) -> dt.date:
        return by_id[mid].day

    # --- 1: themes by consensus, breakout of the first consultation round ----------------------
    _attend(db, ctx, rng, m1, day(m1))
    themes = _item(db, m1, "themes")
    minutes.set_summary(db, m1, "The forum opened the co-creation of the next Action Plan and reviewed "
                                "its repository.")
    minutes.set_discussion(db, themes.id, (
        "The secretariat presented the contributions received, grouped into nine themes.\n\n"
        "- Members asked that climate finance stay on the list until the reasoned response is agreed\n"
        "- Civil society members asked for a regional breakdown of who took part"))
    _decide(db, m1, themes, "The forum agrees the nine themes as the basis for drafting commitments.",
            rule="consensus")
    first = actions.add_action(db, Action(m1, "Publish the themes with a reasoned response", item_id=themes.id,
                                          owner_text="Secretariat", due=day(m1) + dt.timedelta(days=21)))
    actions.change_status(db, first.id, "done", on=day(m1) + dt.timedelta(days=18))

    # --- 2: budget by the forum's rule (qualified majority), agreed ----------------------------
    _attend(db, ctx, rng, m2, day(m2), substitute=True)
    budget = _item(db, m2, "budget")
    minutes.set_discussion(db, budget.id, (
        "The Ministry of Finance explained why two milestones are late and proposed a revised timeline.\n"
        "Members asked for monthly progress notes until the late milestones are met."))
    minutes.add_declaration(db, budget.id, m_ids["cs_chair"], "declaration",
                            "Open Budget Coalition receives a grant for budget monitoring")
    minutes.add_declaration(db, budget.id, m_ids["cs_chair"], "waiver",
                            "The forum agreed the grant does not stop her taking part in the decision")
    _decide(db, m2, budget, ITEMS["budget"][6], vote=(9, 1, 1))
    note = actions.add_action(db, Action(m2, "Send a progress note on the late milestones", item_id=budget.id,
                                         owner_member_id=m_ids["gov_finance"],
                                         due=day(m2) + dt.timedelta(days=30)))
    actions.change_status(db, note.id, "done", on=day(m2) + dt.timedelta(days=28))

    # --- 3: selection by majority; IRM by the mixed rule without a vote -----------------------
    _attend(db, ctx, rng, m3, day(m3))
    selection = _item(db, m3, "selection")
    irm = _item(db, m3, "irm")
    minutes.set_discussion(db, selection.id, "Members compared the three rotation options in the paper.")
    _decide(db, m3, selection, ITEMS["selection"][6], rule="majority", vote=(9, 2, 1))
    _decide(db, m3, irm, "The forum takes up the recommendations on regional consultation for the next plan.",
            rule="mixed")
    call = actions.add_action(db, Action(m3, "Draft the open call for civil society seats", item_id=selection.id,
                                         owner_member_id=m_ids["cs_chair"], due=day(m3) + dt.timedelta(days=45)))
    actions.change_status(db, call.id, "done", on=day(m3) + dt.timedelta(days=40))

    # --- 4: a qualified majority that fails; a recusal; a deferral; the overdue action ---------
    _attend(db, ctx, rng, m4, day(m4), apologies=3)
    budget4 = _item(db, m4, "budget")
    self_assessment = _item(db, m4, "self_assessment")
    # (The ethics step adds the demo's recusal, on the latest draft minutes.)
    minutes.add_declaration(db, budget4.id, m_ids["cs_transparency"], "declaration",
                            "Transparency Watch bid for the procurement data contract")
    minutes.add_declaration(db, budget4.id, m_ids["cs_transparency"], "waiver",
                            "The forum agreed the member could take part")
    minutes.set_discussion(db, budget4.id, (
        "The ministry asked the forum to accept a further delay to the open contracting milestone.\n\n"
        "- Several members said a second delay needs a public explanation\n"
        "- The ministry offered to publish the procurement data in two stages"))
    failed = _decide(db, m4, budget4, "The forum accepts a further six-month delay to the open contracting "
                                      "milestone.", vote=(7, 3, 1))
    _decide(db, m4, self_assessment, "The forum's comments on the self-assessment are agreed.", deferred=True)
    overdue = actions.add_action(db, Action(m4, "Publish a revised timeline with the reasons for delay",
                                            item_id=budget4.id, owner_member_id=m_ids["gov_finance"],
                                            due=day(m4) + dt.timedelta(days=40)))
    actions.add_action(db, Action(m4, "Circulate written comments on the self-assessment", item_id=self_assessment.id,
                                  owner_text="Secretariat", due=day(m4) + dt.timedelta(days=14)))
    for a in actions.actions_of(db, m4)[1:]:
        actions.change_status(db, a.id, "done", on=day(m4) + dt.timedelta(days=12))

    # --- working group: notes by group and commitment ------------------------------------------
    _attend(db, ctx, rng, wg, day(wg), apologies=0)
    wg_budget = _item(db, wg, "budget")
    minutes.set_breakout_notes(db, wg_budget.id, WORKING_GROUP_NOTES)
    wg_action = actions.add_action(db, Action(wg, "Compile the milestone evidence for the repository",
                                              item_id=wg_budget.id, owner_text="Secretariat",
                                              due=day(wg) + dt.timedelta(days=20)))
    actions.change_status(db, wg_action.id, "done", on=day(wg) + dt.timedelta(days=15))

    # --- 5: consensus with one objection; the mixed rule with a vote ---------------------------
    _attend(db, ctx, rng, m5, day(m5), guests=[("Dr. Amal Yousef", "Regional Development Institute", True)])
    themes5 = _item(db, m5, "themes")
    selection5 = _item(db, m5, "selection")
    minutes.set_discussion(db, themes5.id, "Members reviewed the draft reasoned response on the themes.")
    _decide(db, m5, themes5, "The forum drops climate finance from the themes of the next plan.",
            rule="consensus", objections=1)
    _decide(db, m5, selection5, "Civil society seats rotate in two halves, one half each year.", rule="mixed",
            vote=(8, 3, 0))
    actions.add_action(db, Action(m5, "Prepare the evidence table for the self-assessment", item_id=themes5.id,
                                  owner_member_id=m_ids["cs_transparency"], due=today + dt.timedelta(days=10)))

    # --- the open meeting: the breakout groups -------------------------------------------------
    _attend(db, ctx, rng, open_meeting, day(open_meeting), apologies=4,
            guests=[("Jonas Weber", "Riverside Residents' Association", True),
                    ("A participant who asked not to be named", "Northern Farmers' Union", False),
                    ("Lucía Ortega", "Digital Rights Lab", True)])
    open_themes = _item(db, open_meeting, "themes")
    minutes.set_discussion(db, open_themes.id, (
        "About forty people took part, in person and online. After a short presentation of the themes, "
        "participants met in two groups and then together."))
    minutes.set_breakout_notes(db, open_themes.id, OPEN_MEETING_NOTES)
    actions.add_action(db, Action(open_meeting, "Send every participant the summary of the groups",
                                  item_id=open_themes.id, owner_text="Secretariat",
                                  due=day(open_meeting) + dt.timedelta(days=14)))
    for a in actions.actions_of(db, open_meeting):
        actions.change_status(db, a.id, "done", on=day(open_meeting) + dt.timedelta(days=9))

    # --- the extraordinary meeting: minutes still a draft ------------------------------------
    _attend(db, ctx, rng, extra, day(extra), apologies=1)
    selection_x = _item(db, extra, "selection")
    minutes.set_discussion(db, selection_x.id, "The forum met to set up the selection committee.")
    _decide(db, extra, selection_x, "The selection committee has five members elected by the civil society side.",
            vote=(11, 0, 1))
    actions.add_action(db, Action(extra, "Announce the selection committee on the forum's website",
                                  item_id=selection_x.id, owner_member_id=m_ids["cs_chair"],
                                  due=today + dt.timedelta(days=20)))

    # --- approval at the next forum meeting, publication ------------------------------------
    # The extraordinary meeting dealt only with the selection committee: the minutes of the
    # March meeting and of the open meeting wait, circulated, for the next regular meeting.
    forum_meetings = [mid for mid in held if by_id[mid].kind == "regular"]
    for mid in held:
        if mid == extra:
            continue
        minutes.circulate(db, mid, on=day(mid) + dt.timedelta(days=7))
        if mid in (m5, open_meeting):
            continue
        at = next(f for f in forum_meetings if by_id[f].starts_at > by_id[mid].starts_at)
        previous = _item(db, at, standing="previous_minutes")
        if previous is not None:
            minutes.set_discussion(db, previous.id, f"The forum approved the minutes of “{by_id[mid].title}”.")
        records.approve(db, mid, at)
        out["approved"].append(mid)
        published_on = day(at) + dt.timedelta(days=5)
        if published_on <= today:
            minutes.publish(db, mid, on=published_on)
    minutes.amend(db, m1, "Item 5: the themes were agreed by consensus with no objection; the draft wrongly "
                          "recorded one abstention.", on=day(m2) + dt.timedelta(days=3), agreed_at_meeting_id=m3)
    out.update({"draft": extra, "circulated": [m5, open_meeting], "amended": m1, "failed_decision": failed.id, "overdue_action": overdue.id})
    ctx.ids["minutes"] = out
