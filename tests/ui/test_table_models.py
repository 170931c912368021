"""Every table model, without a widget: set its rows from the demo forum the way its page
does, then read data() by role (the pattern of Vorta's test_archive_table_model.py), and let
pytest-qt's model tester check that the model keeps Qt's rules (row and column counts,
parents, headers, data of every role)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from msf_desk.core import actions as core_actions
from msf_desk.core import agendas, breaches, compliance, conflicts, ethics, meetings, members, minutes, papers
from msf_desk.core import responses
from msf_desk.core.interests_in_force import declarations
from msf_desk.model.errors import Problem
from msf_desk.ui.models import ethics as ethics_models
from msf_desk.ui.models import meetings as meeting_models
from msf_desk.ui.models import members as member_models
from msf_desk.ui.models import minutes as minutes_models
from msf_desk.ui.models import repository as repository_models
from msf_desk.ui.models import responses as response_models
from msf_desk.ui.models.imports import ProblemsModel, StoredRowsModel
from msf_desk.model.responses import ContributionFilter

TODAY = dt.date(2026, 6, 15)
DISPLAY = Qt.DisplayRole


def texts(model, column: int) -> list:
    return [model.data(model.index(row, column), DISPLAY) for row in range(model.rowCount())]


def ids(model, role) -> list:
    return [model.data(model.index(row, 0), role) for row in range(model.rowCount())]


def _draft_meeting(db):
    status = minutes.minutes_statuses(db)
    return next(m for m in meetings.list_meetings(db) if status.get(m.id) == "draft")


def _agenda_meeting(db):
    return max(meetings.list_meetings(db), key=lambda m: len(papers.papers_of(db, m.id)))


# Each case: (build the model from db) -> (model, [(column, expected texts)], [(role, expected values)])

def members_case(db):
    model = member_models.MembersModel()
    people = members.list_members(db)
    model.set_members(people, TODAY)
    return model, [(0, [m.name for m in people])], [(member_models.ID_ROLE, [m.id for m in people])]


def rounds_case(db):
    model = member_models.RoundsModel()
    rounds = members.list_rounds(db)
    model.set_rounds(rounds)
    return model, [(0, [r.title for r in rounds])], []


def meetings_case(db):
    model = meeting_models.MeetingsModel()
    found = meetings.list_meetings(db)
    model.set_meetings(found, {}, set())
    titles = [m.title + ("" if m.public else "  (not public)") for m in found]
    return model, [(2, titles)], [(meeting_models.ID_ROLE, [m.id for m in found])]


def agenda_case(db):
    m = _agenda_meeting(db)
    items = agendas.items_of(db, m.id)
    model = meeting_models.AgendaModel()
    model.set_agenda(items, agendas.timings(m, items), {})
    ordered = sorted(items, key=lambda i: (i.position, i.id))
    return model, [(2, [i.title for i in ordered])], []


def papers_case(db):
    m = _agenda_meeting(db)
    found = papers.papers_of(db, m.id)
    model = meeting_models.PapersModel()
    model.set_papers(found, {})
    return model, [(1, [p.title for p in found])], []


def proposals_case(db):
    model = meeting_models.ProposalsModel()
    proposals = meetings.plan_for(db, 2027, today=TODAY)
    model.set_proposals(proposals)
    return model, [(3, [p.title for p in proposals])], []


def attendance_case(db):
    m = _draft_meeting(db)
    roll = minutes.attendance_of(db, m.id)
    people = {p.id: p for p in members.list_members(db)}
    model = minutes_models.AttendanceModel()
    model.set_rows(roll, people, set())
    return model, [], [(minutes_models.ID_ROLE, [a.id for a in roll])]


def decisions_case(db):
    m = next(x for x in meetings.list_meetings(db) if minutes.decisions_of(db, x.id))
    verdicts = minutes.verdicts_of(db, m.id)
    found = minutes.decisions_of(db, m.id)
    model = minutes_models.DecisionsModel()
    model.set_rows([(n, d, "", verdicts[d.id]) for n, d in enumerate(found, start=1)])
    return model, [], [(minutes_models.ID_ROLE, [d.id for d in found])]


def actions_case(db):
    m = next(x for x in meetings.list_meetings(db) if core_actions.actions_of(db, x.id))
    found = core_actions.actions_of(db, m.id)
    model = minutes_models.ActionsModel()
    model.set_rows([(a, "Secretariat", "") for a in found], TODAY)
    return model, [], [(minutes_models.ID_ROLE, [a.id for a in found])]


def items_case(db):
    m = _draft_meeting(db)
    items = agendas.timings(m, agendas.items_of(db, m.id)).items
    model = minutes_models.ItemsModel()
    model.set_rows([(t.item.id, t.number, t.item.title, "") for t in items])
    return model, [], [(minutes_models.ID_ROLE, [t.item.id for t in items])]


def compliance_case(db):
    report = ethics.compliance(db, TODAY)
    model = ethics_models.ComplianceModel()
    model.set_rows(report.rows)
    return model, [(0, [r.name for r in report.rows])], [(ethics_models.ID_ROLE, [r.member_id for r in report.rows])]


def statements_case(db):
    found = ethics.statements(db)
    model = ethics_models.StatementsModel()
    model.set_statements(found, {})
    newest_first = list(reversed(found))
    labels = [f"Version {s.version}" + (" (current)" if s is newest_first[0] else "") for s in newest_first]
    return model, [(0, labels)], [(ethics_models.ID_ROLE, [s.id for s in newest_first])]


def signatures_case(db):
    names = {m.id: m.name for m in members.list_members(db)}
    found = sorted(ethics.signatures(db), key=lambda s: names[s.member_id].casefold())   # by name
    model = ethics_models.SignaturesModel()
    model.set_signatures(found, names)
    return model, [(0, [names[s.member_id] for s in found])], [(ethics_models.ID_ROLE, [s.id for s in found])]


def declarations_case(db):
    found = declarations(db)
    model = ethics_models.DeclarationsModel()
    model.set_rows(found)
    return model, [], [(ethics_models.ID_ROLE, [d.id for d in found])]


def interests_case(db):
    decl = next(d for d in declarations(db) if d.interests)
    model = ethics_models.InterestsModel()
    model.set_rows(decl.interests)
    return model, [(1, [i.organisation for i in decl.interests])], []


def breaches_case(db):
    found = breaches.list_breaches(db)
    names = {m.id: m.name for m in members.list_members(db)}
    model = ethics_models.BreachesModel()
    model.set_breaches(found, names)
    return model, [(0, [names[b.member_id] for b in found])], [(ethics_models.ID_ROLE, [b.id for b in found])]


def conflicts_case(db):
    m = next(x for x in meetings.list_meetings(db) if conflicts.conflicts_for_meeting(db, x.id))
    found = conflicts.conflicts_for_meeting(db, m.id)
    model = ethics_models.ConflictsModel()
    model.set_conflicts(found, conflicts.flagged_decisions(db, m.id, found))
    return model, [], []


def indicators_case(db):
    report = compliance.check(db, TODAY)
    model = repository_models.IndicatorsModel()
    model.set_indicators(report.indicators)
    return model, [], []


def contributions_case(db):
    model = response_models.ContributionsModel(db)
    model.set_filter(ContributionFilter(consultation_id=1), TODAY)
    expected = responses.search_ids(db, ContributionFilter(consultation_id=1))
    return model, [], [(response_models.ID_ROLE, expected)]


def themes_case(db):
    overview = responses.theme_overview(db, 1)
    model = response_models.ThemeSummaryModel()
    model.set_themes(overview)
    return model, [], []


def due_case(db):
    late = responses.overdue(db, TODAY)
    model = response_models.DueListModel()
    model.set_rows([(c, "Draft commitments", 3) for c in late])
    return model, [], []


def problems_case(db):
    found = [Problem(3, "sector", "'farming' is not a sector"), Problem(0, "name", "the column is missing")]
    model = ProblemsModel(found)
    return model, [(2, [p.message for p in found])], []


def stored_rows_case(db):
    rows = [{"name": "Ana", "sector": "Civil society", "email": ""}, {"name": "Ben", "sector": "Academia", "email": ""}]
    model = StoredRowsModel(rows)
    return model, [(0, ["Ana", "Ben"])], []


def projection_case(db):
    from msf_desk.core.parity import projection

    changes = projection(members.list_members(db), TODAY, 365)
    model = member_models.ProjectionModel()
    model.set_changes(changes)
    return model, [], []


CASES = {f.__name__[:-5]: f for f in (
    members_case, rounds_case, meetings_case, agenda_case, papers_case, proposals_case, attendance_case,
    decisions_case, actions_case, items_case, compliance_case, statements_case, signatures_case,
    declarations_case, interests_case, breaches_case, conflicts_case, indicators_case, contributions_case,
    themes_case, due_case, problems_case, stored_rows_case, projection_case)}


@pytest.mark.parametrize("name", sorted(CASES))
def test_table_model_reads_by_role(qapp, demo_db, qtmodeltester, name):
    model, columns, roles = CASES[name](demo_db)
    assert model.rowCount() > 0, f"{name}: the demo gives no rows, so nothing is checked"
    for column, expected in columns:
        assert texts(model, column) == expected
    for role, expected in roles:
        assert ids(model, role) == expected
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            value = model.data(model.index(row, column), DISPLAY)
            assert value is None or isinstance(value, (str, int, float)), (row, column, value)
    if getattr(model, "COLUMNS", None):
        assert [model.headerData(c, Qt.Horizontal, DISPLAY) for c in range(model.columnCount())] == list(model.COLUMNS)
    qtmodeltester.check(model, force_py=True)


def test_attendance_read_again_tells_only_the_rows_that_changed(qapp, demo_db):
    """Read again after an edit of the Minutes page (the same people, the same members): no reset
    (the table keeps its selection and is not laid out whole again), the changed rows alone are
    told and show their new words; cells prepared with the reading are the model's own."""
    import dataclasses

    m = _draft_meeting(demo_db)
    roll = minutes.attendance_of(demo_db, m.id)
    people = {p.id: p for p in members.list_members(demo_db)}
    model = minutes_models.AttendanceModel()
    model.set_rows(roll, people, set())
    shown = [texts(model, c) for c in range(model.columnCount())]
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last, _roles=(): changes.append((first.row(), last.row())))
    model.set_rows(list(roll), people, set())
    assert resets == [] and changes == []
    row = next(n for n, a in enumerate(roll) if a.member_id is not None and a.presence != "remote")
    marked = list(roll)
    marked[row] = dataclasses.replace(roll[row], presence="remote")
    prepared = [minutes_models.attendance_cells(a, people) for a in marked]
    model.set_rows(marked, people, set(), prepared)
    assert resets == [] and changes == [(row, row)]
    assert model.data(model.index(row, model.PRESENCE), DISPLAY) == "Remote"
    fresh = minutes_models.AttendanceModel()
    fresh.set_rows(marked, people, set())
    assert [texts(model, c) for c in range(model.columnCount())] == \
        [texts(fresh, c) for c in range(fresh.columnCount())] != shown
    model.set_rows(marked, dict(people), set())      # the members read again: all again
    assert resets == [1]


def test_members_sorted_by_their_model_in_the_order_the_proxy_gave(qapp, demo_db):
    """The Members page's proxy hands its sort to the model (one sort in Python, not the proxy
    asking for two cells per comparison): every column, both ways, one after another, gives the rows
    in the order QSortFilterProxyModel's own sort gives (ties as they were); a selection follows its row."""
    from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel

    people = members.list_members(demo_db)
    model = member_models.MembersModel()
    model.set_members(people, TODAY)
    unsorted = member_models.MembersModel()          # the rows in the order read, sorted by Qt's proxy
    unsorted.set_members(people, TODAY)
    reference = QSortFilterProxyModel()
    reference.setSortRole(member_models.SORT_ROLE)
    reference.setSourceModel(unsorted)
    proxy = member_models.MembersFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(status="")
    selection = QItemSelectionModel(proxy)
    for column in range(model.columnCount()):
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            reference.sort(column, order)
            expected = ids(reference, member_models.ID_ROLE)
            proxy.sort(column, order)
            assert ids(proxy, member_models.ID_ROLE) == expected, (column, order)
    model.set_members(people, TODAY)
    proxy.sort(member_models.MembersModel.NAME, Qt.AscendingOrder)
    selection.setCurrentIndex(proxy.index(7, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    chosen_id = selection.currentIndex().data(member_models.ID_ROLE)
    proxy.sort(member_models.MembersModel.TERM_END, Qt.DescendingOrder)
    assert selection.currentIndex().data(member_models.ID_ROLE) == chosen_id
    assert [i.data(member_models.ID_ROLE) for i in selection.selectedRows()] == [chosen_id]
    model.set_members(list(reversed(people)), TODAY)  # read again: sorted as last asked
    ends = [proxy.index(r, member_models.MembersModel.TERM_END).data(member_models.SORT_ROLE) for r in range(proxy.rowCount())]
    assert ends == sorted(ends, reverse=True) and len(ends) == len(people)
