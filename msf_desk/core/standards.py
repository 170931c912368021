"""The frameworks a forum is assessed against, as data, and their requirements as pure rules.

Three frameworks (see docs/standards.md for the sources and how each rule reads them):

- "2021": the OGP Participation and Co-Creation Standards in force since 1 January 2022,
  national minimum requirements 1.1, 2.1, 2.2, 3.1, 3.2, 3.3, 4.1 and 5.1, with the IRM's
  "acted contrary to process" judgement where the records evidence it;
- "local": the OGP Local minimum requirements (forum in co-creation, online repository,
  reasoned response, forum in implementation);
- "2017": the 2017 toolkit indicators of msf_desk.core.compliance, unchanged.

A forum chooses its framework(s) in its settings; by default a national forum is assessed
against "2021" and a local one against "local". Each requirement says met / in progress /
not met / not evidenced, the records that show it, and the next step in words a secretariat
could publish. Evidence names meetings by date and consultations by name, never a person.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import field
from typing import Callable

from msf_desk.core import compliance, compliance_charts, forum
from msf_desk.core.compliance import SEVERITY, STATUSES, Indicator
from msf_desk.core.compliance_words import gap_text
from msf_desk.core.language import N_, _, ngettext
from msf_desk.core.language import day as human
from msf_desk.model.errors import UserError
from msf_desk.core.meetings import check_regularity
from msf_desk.core.repository import governance_fingerprint, governance_missing
from msf_desk.model.dates import add_months
from msf_desk.model.standards import OUTREACH_KINDS, ActionPlan, OutreachActivity
from msf_desk.store import standards as store
from msf_desk.store.forum import delete_setting, get_setting, set_setting
from msf_desk.core.standards_evidence import (FORUM_EVERY_MONTHS, IMPLEMENTATION_MEETINGS,  # noqa: F401
                                             LOCAL_IMPLEMENTATION_MEETINGS, REPOSITORY_MONTHS, SETTING_FRAMEWORKS,
                                             SETTING_WEBSITE, TIMELINE_NOTICE_DAYS, WEBSITE_STALE_MONTHS,
                                             Evidence, Requirement, _dates, _documents_evidence, _gaps,
                                             _plan_consultations, _req, _within, gather)
from msf_desk.model.messages import M_
from msf_desk.model.records import record


# --- OGP 2021 national minimum requirements ------------------------------------------------------

NO_COCREATION = N_("No action plan with a co-creation start date is recorded.")

def forum_space(e: Evidence) -> Requirement:
    make = _req("1.1", "forum_space", N_("A forum for ongoing dialogue"),
                N_("A space for dialogue with government and civil society meets at least every six months; its "
                "basic rules on participation are public."), contrary=True)
    r = e.base
    holders = [m for m in r.members if m.holds_voting_seat_on(r.today)]
    regularity = check_regularity(r.meetings, FORUM_EVERY_MONTHS, r.today, grace_days=0)
    if not holders or not regularity.counted:
        return make("not_evidenced", [_("No member holds a voting seat today.") if not holders
                                      else _("No forum meeting is recorded.")],
                    _("The forum's members and meetings will be recorded so that its work can be shown."))
    sides = {m.side for m in holders}
    held = e.held_between(r.since, r.today)
    evidence = [(ngettext("{n} member with a voting seat (government and non-government).",
                          "{n} members with a voting seat (government and non-government).", len(holders))
                 if len(sides) == 2 else
                 ngettext("{n} member with a voting seat (one side only).",
                          "{n} members with a voting seat (one side only).", len(holders))).format(n=len(holders)),
                (ngettext("{n} forum meeting held in the last 12 months: {dates}.",
                          "{n} forum meetings held in the last 12 months: {dates}.", len(held)) if held else
                 _("No forum meeting held in the last 12 months.")).format(n=len(held),
                                                                          dates=_dates([m.day for m in held]))]
    gaps = [g for g in regularity.gaps if g.kind in ("past", "open") and g.end >= r.since]
    evidence += [gap_text(g) for g in gaps]
    plan = e.cocreation_plan()
    during = None
    if plan is not None:
        during = e.held_between(plan.cocreation_starts, plan.cocreation_ends)
        evidence.append((ngettext("Co-creation of {plan}: {n} forum meeting held ({dates}).",
                                  "Co-creation of {plan}: {n} forum meetings held ({dates}).", len(during))
                         if during else _("Co-creation of {plan}: no forum meeting held.")).format(
            plan=plan.name, n=len(during), dates=_dates([m.day for m in during])))
    if len(sides) < 2:
        return make("not_met", evidence, _("The forum will fill its government and non-government seats so that "
                                           "both take part in the dialogue."))
    if gaps:
        return make("not_met", evidence, _("The forum will meet without delay and then at least every six months."))
    if plan is not None and plan.cocreation_ends and plan.cocreation_ends <= r.today and not during:
        return make("not_met", evidence, _("The forum will meet during the next co-creation."))
    missing = governance_missing(r.profile)
    if missing:
        return make("in_progress", evidence + [_("Basic rules not written yet: {rules}.").format(
            rules=", ".join(_(m) for m in missing))],
                    _("The forum will agree and publish its basic rules on participation."))
    last = r.last_export
    if last is None or last.governance != governance_fingerprint(r.profile):
        return make("in_progress", evidence + [_("The current basic rules are not yet in a published repository.")],
                    _("The forum will publish its current basic rules in its repository."))
    return make("met", evidence + [_("Basic rules published in the repository of {day}.").format(day=human(last.on))],
                _("The forum keeps meeting at least every six months."))


def website(e: Evidence) -> Requirement:
    make = _req("2.1", "ogp_website", N_("An OGP website is maintained"),
                N_("A public website or webpage dedicated to the member's participation in OGP is maintained."),
                contrary=True)
    if not e.website:
        return make("not_evidenced", [_("No OGP website address is recorded.")],
                    _("The forum will record the address of its OGP website or webpage."))
    evidence = [_("OGP website: {address}.").format(address=e.website)]
    last = e.base.last_export
    if last is None:
        return make("in_progress", evidence + [_("Nothing has been published to it from these records yet.")],
                    _("The forum will publish its repository on its OGP website."))
    evidence.append(_("Last update prepared on {day}.").format(day=human(last.on)))
    if add_months(last.on, WEBSITE_STALE_MONTHS) < e.today:
        return make("not_met", evidence + [_("No update in the last 12 months.")],
                    _("The forum will update its OGP website now and at least twice a year."))
    if add_months(last.on, REPOSITORY_MONTHS) < e.today:
        return make("in_progress", evidence + [_("No update in the last six months.")],
                    _("The forum will update its OGP website now."))
    return make("met", evidence, _("The forum keeps its OGP website up to date."))


def repository(e: Evidence) -> Requirement:
    make = _req("2.2", "ogp_repository", N_("A document repository updated twice a year"),
                N_("A public repository of the OGP process's documents and evidence is updated at least twice a "
                "year."), contrary=True)
    days = e.export_history()
    if not days:
        return make("not_evidenced", [_("No repository export is recorded.")],
                    _("The forum will publish its repository of documents and keep it updated at least twice a "
                      "year."))
    last = e.base.last_export
    since = e.today - dt.timedelta(days=365)
    year = [d for d in days if d >= since]
    due = add_months(days[-1], REPOSITORY_MONTHS)
    evidence = [(ngettext("{n} repository update in the last 12 months: {dates}.",
                          "{n} repository updates in the last 12 months: {dates}.", len(year)) if year else
                 _("No repository update in the last 12 months.")).format(n=len(year), dates=_dates(year))]
    if len(days) > len(year):
        evidence.append(ngettext("{n} earlier update since {day}.", "{n} earlier updates since {day}.",
                                 len(days) - len(year)).format(n=len(days) - len(year), day=human(days[0])))
    if last is not None:
        evidence.append(ngettext("The latest holds {n} file.", "The latest holds {n} files.", last.files).format(
            n=last.files))
    gaps = _gaps(days, since, e.today, REPOSITORY_MONTHS)
    evidence += [_("No update from {start} to {end}.").format(start=human(a), end=human(b))
                 for a, b in gaps if b != e.today]
    docs = _documents_evidence(e)
    evidence += docs[0]
    if due < e.today:
        return make("not_met", evidence + [_("An update was due by {day}.").format(day=human(due))],
                    _("The forum will update its repository now and at least every six months."))
    if gaps:
        return make("not_met", evidence, _("The forum will update its repository at least every six months; the "
                                           "next update is due by {day}.").format(day=human(due)))
    if docs[1]:
        return make("in_progress", evidence, docs[1])
    return make("met", evidence, _("The forum will update the repository again by {day}.").format(day=human(due)))


def timeline(e: Evidence) -> Requirement:
    make = _req("3.1", "cocreation_timeline", N_("Co-creation timeline published two weeks ahead"),
                N_("A timeline and overview of the chances to take part in co-creation are online at least two "
                "weeks before co-creation starts."))
    plan = e.cocreation_plan()
    if plan is None:
        return make("not_evidenced", [_(NO_COCREATION)],
                    _("The forum will record the dates of its next co-creation and publish the timeline."))
    due = plan.cocreation_starts - dt.timedelta(days=TIMELINE_NOTICE_DAYS)
    evidence = [_("{plan}: co-creation starts on {start}; the timeline was due online by {due}.").format(
        plan=plan.name, start=human(plan.cocreation_starts), due=human(due))]
    published_on = plan.timeline_published_on
    if published_on is None:
        # A co-creation timeline kept among the process documents shows it too (by its date).
        docs = [d for d in e.recorded("cocreation_timeline") if d.issued_on
                and d.issued_on <= (plan.cocreation_ends or e.today)
                and d.issued_on >= plan.cocreation_starts - dt.timedelta(days=365)]
        if docs:
            published_on = min(d.issued_on for d in docs)
            evidence.append(_("Co-creation timeline document: {title}.").format(title=docs[-1].title))
    if published_on:
        evidence.append((_("Timeline published on {day} at {address}.") if plan.timeline_url
                         else _("Timeline published on {day}.")).format(day=human(published_on),
                                                                         address=plan.timeline_url))
        if published_on <= due:
            return make("met", evidence, _("The forum will keep the timeline current as dates change."))
        return make("not_met", evidence + [_("Published less than two weeks before co-creation started.")],
                    _("For the next plan, the forum will publish the timeline at least two weeks before "
                      "co-creation starts."))
    if e.today <= due:
        return make("in_progress", evidence + [_("The timeline is not published yet.")],
                    _("The forum will publish the co-creation timeline by {day}.").format(day=human(due)))
    return make("not_met", evidence + [_("No publication of the timeline is recorded.")],
                _("The forum will publish the co-creation timeline now, and two weeks ahead next time."))


def outreach(e: Evidence) -> Requirement:
    make = _req("3.2", "outreach", N_("Outreach to stakeholders"),
                N_("Outreach and awareness-raising activities invite stakeholders into co-creation."))
    plan = e.cocreation_plan()
    if plan is None:
        return make("not_evidenced", [_(NO_COCREATION)],
                    _("The forum will record the dates of its next co-creation and its outreach."))
    window_start = (plan.timeline_published_on or plan.cocreation_starts) - dt.timedelta(days=60)
    found = [a for a in e.outreach if a.held_on and _within(a.held_on, min(window_start, plan.cocreation_starts),
                                                            plan.cocreation_ends)]
    evidence = [ngettext("{plan}: {n} outreach activity recorded for co-creation.",
                         "{plan}: {n} outreach activities recorded for co-creation.", len(found)).format(
        plan=plan.name, n=len(found))]
    evidence += [f"{human(a.held_on)}: {_(a.kind_label)} — {a.description}" for a in found[:6]]
    if found:
        return make("met", evidence, _("The forum will report how the outreach reached new groups."))
    if plan.cocreation_ends is None or plan.cocreation_ends >= e.today:
        return make("in_progress", evidence, _("The forum will reach out to stakeholders before co-creation ends."))
    return make("not_met", evidence, _("For the next plan, the forum will plan outreach to stakeholders from the "
                                       "start of co-creation."))


def feedback(e: Evidence) -> Requirement:
    make = _req("3.3", "feedback_mechanism", N_("A way for the public to give input"),
                N_("Any interested person can give input during co-creation, online or offline."))
    plan = e.cocreation_plan()
    if plan is None:
        return make("not_evidenced", [_(NO_COCREATION)],
                    _("The forum will record the dates of its next co-creation and its consultations."))
    found = _plan_consultations(e, plan)
    evidence = [(ngettext("{plan}: {n} consultation opened during co-creation: {names}.",
                          "{plan}: {n} consultations opened during co-creation: {names}.", len(found)) if found
                 else _("{plan}: no consultation opened during co-creation.")).format(
        plan=plan.name, n=len(found), names=", ".join(c.name for c in found[:6]))]
    if found:
        total = sum(len(e.base.contributions.get(c.id, [])) for c in found)
        return make("met", evidence + [ngettext("{n} contribution received.", "{n} contributions received.",
                                                total).format(n=total)],
                    _("The forum will answer every contribution with its reasons."))
    if plan.cocreation_ends is None or plan.cocreation_ends >= e.today:
        return make("in_progress", evidence, _("The forum will open a consultation before co-creation ends."))
    return make("not_met", evidence, _("For the next plan, the forum will open a consultation during co-creation."))


def _reasoned(e: Evidence, make, plan: ActionPlan | None) -> Requirement:
    if plan is None:
        return make("not_evidenced", [_(NO_COCREATION)],
                    _("The forum will record the dates of its next co-creation."))
    found = _plan_consultations(e, plan)
    if not found:
        return make("not_evidenced", [_("{plan}: no consultation during co-creation is recorded.").format(
            plan=plan.name)], _("The forum will record the input it received and its answers."))
    closed = [c for c in found if c.status_on(e.today) == "closed"]
    last = e.base.last_export
    unanswered, unpublished = [], []
    for c in found:
        items = e.base.contributions.get(c.id, [])
        if any(not x.answered for x in items):
            unanswered.append(c)
        elif last is None or c.id not in last.consultations:
            unpublished.append(c)
    evidence = [ngettext("{plan}: {n} consultation in co-creation, {closed} closed; {unanswered} with contributions "
                         "unanswered, {unpublished} answered but not yet published.",
                         "{plan}: {n} consultations in co-creation, {closed} closed; {unanswered} with contributions "
                         "unanswered, {unpublished} answered but not yet published.", len(found)).format(
        plan=plan.name, n=len(found), closed=len(closed), unanswered=len(unanswered), unpublished=len(unpublished))]
    for c in unanswered[:6]:
        n = sum(1 for x in e.base.contributions.get(c.id, []) if not x.answered)
        evidence.append(ngettext("{name}: {n} contribution not yet answered.",
                                 "{name}: {n} contributions not yet answered.", n).format(name=c.name, n=n))
    ended = plan.cocreation_ends is not None and plan.cocreation_ends < e.today
    if not unanswered and not unpublished:
        return make("met", evidence, _("The forum keeps its reasoned response online."))
    if ended and unanswered:
        return make("not_met", evidence, _("The forum will publish how each contribution was considered and why."))
    return make("in_progress", evidence, _("The forum will answer each contribution and publish the reasoned "
                                           "response with the action plan."))


def reasoned_response(e: Evidence) -> Requirement:
    make = _req("4.1", "reasoned_response_2021", N_("Reasoned response to input"),
                N_("The government reports back on how input received during co-creation was considered, with "
                "reasons."), contrary=True)
    return _reasoned(e, make, e.cocreation_plan())


def _implementation(e: Evidence, make, need: int, plan: ActionPlan | None = None) -> Requirement:
    plan = plan or e.implementation_plan()
    if plan is None:
        return make("not_evidenced", [_("No action plan with an implementation start date on or before today is "
                                        "recorded.")],
                    _("The forum will record its action plan's implementation period."))
    held = e.held_between(plan.implementation_starts, plan.implementation_ends)
    with_cs = [m for m in held if "non_government" in e.sides_present.get(m.id, set())]
    no_roll = [m for m in held if m.id not in e.sides_present]
    ends = plan.implementation_ends
    evidence = [(_("{plan}: implementation from {start} to {end}.") if ends else
                 _("{plan}: implementation from {start}.")).format(plan=plan.name, start=human(plan.implementation_starts),
                                                                  end=human(ends)),
                (ngettext("{n} forum meeting with civil society present ({dates}).",
                          "{n} forum meetings with civil society present ({dates}).", len(with_cs)) if with_cs
                 else _("No forum meeting with civil society present.")).format(
                    n=len(with_cs), dates=_dates([m.day for m in with_cs]))]
    if no_roll:
        evidence.append(ngettext("{n} meeting held without an attendance record: {dates}.",
                                 "{n} meetings held without an attendance record: {dates}.", len(no_roll)).format(
            n=len(no_roll), dates=_dates([m.day for m in no_roll])))
    if len(with_cs) >= need:
        return make("met", evidence, _("The forum keeps meeting civil society to review progress."))
    if ends is None or ends >= e.today:
        return make("in_progress", evidence, ngettext(
            "The forum will hold {n} more meeting with civil society on implementation before the plan ends.",
            "The forum will hold {n} more meetings with civil society on implementation before the plan ends.",
            need - len(with_cs)).format(n=need - len(with_cs)))
    if len(with_cs) + len(no_roll) >= need:
        return make("not_evidenced", evidence, _("The forum will record who attended its implementation meetings."))
    return make("not_met", evidence, _("For the next plan, the forum will meet civil society at least twice "
                                       "during implementation."))


def open_implementation(e: Evidence) -> Requirement:
    make = _req("5.1", "open_implementation", N_("Dialogue with civil society during implementation"),
                N_("The forum (or the government where there is none) holds at least two meetings a year with civil "
                "society to present the results of implementation and collect comments."))
    plan = e.implementation_plan()
    if plan is None:
        return _implementation(e, make, IMPLEMENTATION_MEETINGS)
    # Each year of implementation is a period of its own: two meetings in the first year do
    # not carry the second.
    start, ends = plan.implementation_starts, plan.implementation_ends
    results = []
    while start <= e.today and (ends is None or start <= ends):
        stop = add_months(start, 12) - dt.timedelta(days=1)
        year_plan = dataclasses.replace(plan, implementation_starts=start,
                                        implementation_ends=min(stop, ends) if ends else stop)
        results.append((start, _implementation(e, make, IMPLEMENTATION_MEETINGS, year_plan)))
        start = stop + dt.timedelta(days=1)
    if len(results) == 1:
        return results[0][1]
    worst = min(results, key=lambda r: SEVERITY[r[1].status])[1]
    evidence = []
    for n, (begin, r) in enumerate(results, 1):
        evidence.append(_("Year {n} of implementation (from {day}): {status}.").format(
            n=n, day=human(begin), status=_(r.status_label).lower()))
        evidence += r.evidence[1:]
    return make(worst.status, evidence, worst.next_step)


# --- OGP Local minimum requirements -------------------------------------------------------------

def local_forum(e: Evidence) -> Requirement:
    make = _req("L1", "local_forum", N_("A forum takes part in co-creation"),
                N_("A space for government and non-government participants takes part in developing the action "
                "plan."))
    plan = e.cocreation_plan()
    if plan is None:
        return make("not_evidenced", [_(NO_COCREATION)], _("The forum will record the dates of its co-creation."))
    held = e.held_between(plan.cocreation_starts, plan.cocreation_ends)
    both = [m for m in held if e.sides_present.get(m.id, set()) >= {"government", "non_government"}]
    evidence = [(ngettext("{plan}: {n} forum meeting held during co-creation, {both} with government and "
                          "non-government members present ({dates}).",
                          "{plan}: {n} forum meetings held during co-creation, {both} with government and "
                          "non-government members present ({dates}).", len(held)) if both else
                 ngettext("{plan}: {n} forum meeting held during co-creation, none with government and "
                          "non-government members present.",
                          "{plan}: {n} forum meetings held during co-creation, none with government and "
                          "non-government members present.", len(held))).format(
        plan=plan.name, n=len(held), both=len(both), dates=_dates([m.day for m in both]))]
    if both:
        return make("met", evidence, _("The forum keeps taking part as the plan is finalised."))
    if plan.cocreation_ends is None or plan.cocreation_ends >= e.today:
        return make("in_progress", evidence, _("The forum will meet on the draft plan before co-creation ends."))
    if held:
        return make("not_evidenced", evidence, _("The forum will record who attended its co-creation meetings."))
    return make("not_met", evidence, _("For the next plan, the forum will meet during co-creation."))


def local_repository(e: Evidence) -> Requirement:
    make = _req("L2", "local_repository", N_("An online page and repository"),
                N_("The OGP process's documents are public online and kept up to date."))
    last = e.base.last_export
    if last is None and not e.website:
        return make("not_evidenced", [_("No website address and no repository export are recorded.")],
                    _("The forum will publish its documents online and record where."))
    evidence = [_("Website: {address}.").format(address=e.website) if e.website
                else _("No website address is recorded.")]
    if last is None:
        return make("in_progress", evidence + [_("No repository export is recorded.")],
                    _("The forum will publish its repository of documents."))
    due = add_months(last.on, REPOSITORY_MONTHS)
    evidence.append(_("Last repository export on {day}.").format(day=human(last.on)))
    if due < e.today:
        return make("not_met", evidence + [_("An update was due by {day}.").format(day=human(due))],
                    _("The forum will update its repository now."))
    if not e.website:
        return make("in_progress", evidence, _("The forum will record the address where the repository is online."))
    return make("met", evidence, _("The forum will update the repository again by {day}.").format(day=human(due)))


def local_reasoned_response(e: Evidence) -> Requirement:
    make = _req("L3", "local_reasoned_response", N_("Reasoned response to input"),
                N_("The local government reports back on how input received in co-creation was considered."))
    return _reasoned(e, make, e.cocreation_plan())


def local_implementation(e: Evidence) -> Requirement:
    make = _req("L4", "local_implementation", N_("The forum follows implementation"),
                N_("The forum (or another space with civil society) meets during implementation to review progress."))
    return _implementation(e, make, LOCAL_IMPLEMENTATION_MEETINGS)


# --- the frameworks, as data ----------------------------------------------------------------------

@record(frozen=True)
class Framework:
    key: str
    title: str
    short: str
    source: str
    rules: tuple[Callable, ...]
    judges_process: bool  # whether "acted contrary to process" applies


FRAMEWORKS = {
    "2021": Framework("2021", N_("OGP Participation and Co-Creation Standards (2021), national minimum requirements"),
                      N_("OGP 2021 national"),
                      N_("OGP Participation and Co-Creation Standards, approved 24 November 2021, in force from "
                      "1 January 2022; OGP National Handbook (2022)."),
                      (forum_space, website, repository, timeline, outreach, feedback, reasoned_response,
                       open_implementation), True),
    "local": Framework("local", N_("OGP Local minimum requirements"), N_("OGP Local"),
                       N_("OGP Local Handbook; OGP glossary, 'Minimum Requirements'."),
                       (local_forum, local_repository, local_reasoned_response, local_implementation), False),
    "2017": Framework("2017", N_("OGP Participation and Co-Creation Toolkit (2017) indicators"), N_("2017 toolkit"),
                      N_("OGP Participation and Co-Creation Standards (2017) and their toolkit."), (), False),
}
FRAMEWORK_KEYS = tuple(FRAMEWORKS)


def default_frameworks(jurisdiction: str) -> list[str]:
    return ["local"] if jurisdiction == "local" else ["2021"]


def parse_keys(text: str) -> list[str]:
    keys = [k.strip().lower() for k in text.split(",") if k.strip()]
    wrong = [k for k in keys if k not in FRAMEWORKS]
    if wrong or not keys:
        raise UserError(M_("Unknown standard '{text}': choose one or more of {framework_keys} (2021 = OGP 2021 national, local = OGP Local, 2017 = the 2017 toolkit).").format(text=text, framework_keys=', '.join(FRAMEWORK_KEYS)))
    return list(dict.fromkeys(keys))


def chosen(db, profile=None) -> list[str]:
    """The frameworks the forum chose; by default the one that fits its jurisdiction."""
    text = get_setting(db, SETTING_FRAMEWORKS, "") or ""
    try:
        return parse_keys(text) if text else default_frameworks((profile or forum.load(db)).jurisdiction)
    except UserError:
        return default_frameworks((profile or forum.load(db)).jurisdiction)


def choose(db, keys: list[str]) -> list[str]:
    keys = parse_keys(",".join(keys))
    set_setting(db, SETTING_FRAMEWORKS, ",".join(keys))
    return keys


def stored_choice(db) -> str | None:
    """The choice as stored (None while the forum follows the default), for undo."""
    return get_setting(db, SETTING_FRAMEWORKS)


def restore_choice(db, stored: str | None) -> None:
    """Put back a choice read with `stored_choice`, including 'no choice: the default'."""
    if stored is None:
        delete_setting(db, SETTING_FRAMEWORKS)
    else:
        set_setting(db, SETTING_FRAMEWORKS, stored)


# --- the records' own entry points ----------------------------------------------------------------

def set_website(db, url: str) -> str:
    url = url.strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise UserError(M_("OGP website: '{url}' is not a web address (it should start with https://).").format(url=url))
    set_setting(db, SETTING_WEBSITE, url)
    return url


def stored_website(db) -> str | None:
    """The address as stored (None when never recorded), for undo."""
    return get_setting(db, SETTING_WEBSITE)


def restore_website(db, stored: str | None) -> None:
    if stored is None:
        delete_setting(db, SETTING_WEBSITE)
    else:
        set_setting(db, SETTING_WEBSITE, stored)


def get_website(db) -> str:
    return get_setting(db, SETTING_WEBSITE, "") or ""


def list_plans(db) -> list[ActionPlan]:
    return store.list_plans(db)


def save_plan(db, plan: ActionPlan) -> ActionPlan:
    if not plan.name.strip():
        raise UserError(M_("Action plan: give it a name (e.g. 'Fourth National Action Plan 2025-2027')."))
    pairs = (("cocreation_starts", "cocreation_ends", M_("co-creation period")),
             ("implementation_starts", "implementation_ends", M_("implementation period")))
    for start, end, label in pairs:
        a, b = getattr(plan, start), getattr(plan, end)
        if a and b and b < a:
            raise UserError(M_("Action plan '{name}': the {period} ends ({end}) before it starts ({start}).").format(name=plan.name, period=label, end=b.isoformat(), start=a.isoformat()))
    if plan.timeline_url and not plan.timeline_url.lower().startswith(("http://", "https://")):
        raise UserError(M_("Action plan '{name}': the timeline address '{timeline_url}' is not a web address.").format(name=plan.name, timeline_url=plan.timeline_url))
    plan.id = store.save_plan(db, plan)
    return plan


def get_plan(db, plan_id: int) -> ActionPlan:
    found = next((p for p in store.list_plans(db) if p.id == plan_id), None)
    if found is None:
        raise UserError(M_("There is no action plan with id {plan_id}.").format(plan_id=plan_id))
    return found


def remove_plan(db, plan_id: int) -> ActionPlan:
    plan = get_plan(db, plan_id)
    store.delete_plan(db, plan_id)
    return plan


def restore_plan(db, plan: ActionPlan) -> ActionPlan:
    """Put back a removed plan under its own id (undo)."""
    store.save_plan(db, plan, insert=True)
    return plan


def list_outreach(db) -> list[OutreachActivity]:
    return store.list_outreach(db)


def _check_outreach(activity: OutreachActivity) -> OutreachActivity:
    if activity.held_on is None:
        raise UserError(M_("Outreach: give the day the activity took place."))
    if activity.kind not in OUTREACH_KINDS:
        raise UserError(M_("Outreach kind '{kind}': use one of {outreach_kinds}.").format(kind=activity.kind, outreach_kinds=', '.join(OUTREACH_KINDS)))
    if not activity.description.strip():
        raise UserError(M_("Outreach: describe the activity (who was reached, and how)."))
    return OutreachActivity(activity.id, activity.held_on, activity.kind, activity.description.strip())


def add_outreach(db, held_on: dt.date, kind: str, description: str) -> OutreachActivity:
    activity = _check_outreach(OutreachActivity(None, held_on, kind, description))
    activity.id = store.add_outreach(db, activity)
    return activity


def save_outreach(db, activity: OutreachActivity) -> OutreachActivity:
    """Add (no id) or change an outreach activity."""
    activity = _check_outreach(activity)
    if activity.id is None:
        activity.id = store.add_outreach(db, activity)
    else:
        store.update_outreach(db, activity)
    return activity


def remove_outreach(db, activity_id: int) -> OutreachActivity:
    found = next((a for a in store.list_outreach(db) if a.id == activity_id), None)
    if found is None:
        raise UserError(M_("There is no outreach activity with id {activity_id}.").format(activity_id=activity_id))
    store.delete_outreach(db, activity_id)
    return found


def restore_outreach(db, activity: OutreachActivity) -> OutreachActivity:
    store.add_outreach(db, activity)
    return activity


# --- the assessment -----------------------------------------------------------------------------

@record
class FrameworkResult:
    framework: Framework
    requirements: list[Indicator]
    counts: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.counts = {key: sum(1 for i in self.requirements if i.status == key) for key in STATUSES}
        # The framework's names in the document language the assessment is made in.
        self.framework = dataclasses.replace(self.framework, title=_(self.framework.title),
                                             short=_(self.framework.short), source=_(self.framework.source))

    @property
    def key(self) -> str:
        return self.framework.key

    def summary(self) -> str:
        c = self.counts
        text = (_("{met} of {n} indicators met, {in_progress} in progress, {not_met} not met, {not_evidenced} not "
                  "evidenced.") if self.key == "2017" else
                _("{met} of {n} requirements met, {in_progress} in progress, {not_met} not met, {not_evidenced} not "
                  "evidenced."))
        return text.format(n=len(self.requirements), **c)

    def contrary(self) -> list[Requirement]:
        return [i for i in self.requirements if getattr(i, "contrary", False) and i.status == "not_met"]

    def contrary_text(self) -> str:
        """The "acted contrary to process" headline ('' where the framework has no such judgement)."""
        if not self.framework.judges_process:
            return ""
        found = self.contrary()
        if found:
            return _("Acted contrary to process (as the IRM would find on these records): {titles}.").format(
                titles="; ".join(i.title for i in found))
        unknown = [i for i in self.requirements if getattr(i, "contrary", False) and i.status == "not_evidenced"]
        if unknown:
            return _("No finding of acting contrary to process is evidenced, but the records cannot show {titles}."
                     ).format(titles="; ".join(i.title for i in unknown))
        return _("No finding of acting contrary to process: the records show each requirement the IRM judges it "
                 "on.")

    def to_json(self) -> dict:
        return {"key": self.key, "title": self.framework.title, "source": self.framework.source,
                "summary": self.summary(), "counts": self.counts,
                "acted_contrary_to_process": [i.number for i in self.contrary()],
                "acted_contrary_headline": self.contrary_text(),
                "requirements": [i.to_json() for i in self.requirements]}


@record
class Assessment:
    today: dt.date
    forum_name: str
    results: list[FrameworkResult]
    compliance: compliance.ComplianceReport  # the 2017 indicators and the charts' series

    def result(self, key: str) -> FrameworkResult | None:
        return next((r for r in self.results if r.key == key), None)

    def to_json(self) -> dict:
        return {"today": self.today.isoformat(), "forum": self.forum_name,
                "standards": [r.key for r in self.results],
                "frameworks": [r.to_json() for r in self.results]}


def evaluate(e: Evidence, key: str, report: compliance.ComplianceReport | None = None) -> FrameworkResult:
    framework = FRAMEWORKS[key]
    if key == "2017":
        return FrameworkResult(framework, list((report or compliance.report_from(e.base)).indicators))
    return FrameworkResult(framework, [rule(e) for rule in framework.rules])


def assess(db, today: dt.date | None = None, keys: list[str] | None = None, *, pending_export=None,
           progress=None, base: compliance.Records | None = None) -> Assessment:
    """The forum's records against each chosen framework (or `keys`) as of `today`. `progress(done,
    total)`, when given, is called as the records are read and judged (it may stop the work by raising).
    `base`: the records compliance.gather read for this day and pending export, when the caller has them."""
    if base is None:
        base = compliance.gather(db, today or dt.date.today(), pending_export=pending_export, progress=progress)
    e = gather(db, base.today, base=base)
    report = compliance.report_from(base, progress)
    keys = keys or chosen(db, base.profile)
    results = []
    for k in keys:
        if progress is not None:
            progress(0, 0)
        results.append(evaluate(e, k, report))
    report.frameworks = [r for r in results if r.key != "2017"]
    report.chosen = list(keys)
    compliance_charts.with_rule(report.series, *meeting_rule(base.profile, keys))
    return Assessment(base.today, base.profile.name, results, report)


def meeting_rule(profile, keys: list[str]) -> tuple[int, str]:
    """The regularity rule the meetings chart is drawn against, and whose rule it is: the
    forum's own ("at least every N months" in its governance); the six months of the 2021
    Standards (1.1) where the forum chose them and its own rule is looser; the 2017 toolkit's
    monthly meetings while an action plan is developed, only where the forum is assessed on it."""
    if "2017" in keys and profile.action_plan_in_development:
        return 1, "2017"
    if "2021" in keys and profile.frequency_months > FORUM_EVERY_MONTHS:
        return FORUM_EVERY_MONTHS, "2021"
    return profile.frequency_months, "forum"


def check(db, today: dt.date | None = None, *, pending_export=None, progress=None,
          base: compliance.Records | None = None) -> compliance.ComplianceReport:
    """The 2017 report carrying the forum's chosen frameworks (what the documents show)."""
    return assess(db, today, pending_export=pending_export, progress=progress, base=base).compliance
