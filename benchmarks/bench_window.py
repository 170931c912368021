"""How long the window goes without answering while long work runs, on a large forum.

    python benchmarks/bench_window.py --db LARGE [--pages [--only PAGE]] [--trash] [--trash-dialog N] [--delete N]
                                      [--import-members N] [--meeting-choices N] [--item-choices N]
                                      [--add-decisions N] [--cancel-check N] [--sort-members N] [--shot DIR]
                                      [--no-idle-loading]

Opens a copy of the forum in the main window (as `msf-desk` opens it: painted first, Today read
off the GUI thread, then the other pages' modules loaded in the background once idle: the
longest pause while they load; `--no-idle-loading` leaves them to each page's first show, and
measures 2 s of idle instead), and measures with a 10 ms timer the longest pause of the event loop:
- `--pages`: each page's first show (the sidebar row clicked), until the page is filled and
  the window has been quiet for a second, with the CPU time of the process and of the window's
  own thread (`--only PAGE`: that page alone, e.g. `members`);
- `--trash`: the largest consultation sent to the trash from the Responses page, then put back
  from File ▸ Trash once its list is shown (wall time of each, the longest pause while it runs
  and in the 3 s after it is written, the CPU time of the process with those 3 s);
- `--trash-dialog N`: the largest consultation sent to the trash (the core function, before
  measuring), then File ▸ Trash opened N times reading its list on the window thread and N
  times off it, alternately: the longest pause from the menu until the list is shown (and
  half a second after), the wall time until it is shown and the process's CPU time;
- `--delete N`: N contributions selected in the Responses table and deleted, then Undo;
- `--import-members N`: a file of N new members imported on the Members page (dropped as a
  file is, the preview's Import pressed as soon as it shows), from the start until the undo
  stack has the import;
- `--meeting-choices N`: on the Meetings page, N meetings chosen in the list in turn (each row
  selected as a click does), each until its agenda, papers and conflicts are shown and a
  quarter of a second after: the longest pause, and the CPU time of the window's thread.
- `--item-choices N`: on the Minutes page, the meeting with minutes with the most decisions
  chosen, then N items of its agenda chosen in turn (each row selected as a click does), each
  until its notes, decisions with their verdicts and conflicts are shown and a quarter of a
  second after: the longest pause, and the CPU time of the window's thread.
- `--add-decisions N`: on the Minutes page, `Add decision` clicked N + 1 times on the meeting
  with open minutes that has the most decisions (the first left out), each until the new
  decision is shown: the longest pause, the CPU of the window's thread, and the part of it
  spent showing what was read again.
- `--cancel-check N`: on the Repository page, the check of the standards started N times and
  cancelled from the status area after 0.1 to 0.9 s: the time from the click until it ended.
- `--sort-members N`: on the Members page (every member listed), the table sorted N times by a
  column's header, each way in turn: the window's thread CPU and the longest pause.
With `--shot DIR` a screenshot of the window is saved while each piece of work runs.
The machine's load average is printed with every figure (the figures depend on it).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QItemSelection, QItemSelectionModel, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class Freezes:
    """A 10 ms timer; the longest gap between two of its ticks since `reset()` is the longest
    the window went without answering."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.clock.restart()
        self.last = 0
        self.longest = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def load() -> str:
    return "load %.1f" % os.getloadavg()[0]


def wait(app, until, timeout: float = 600.0) -> None:
    end = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not finish in time")
        app.processEvents()
        time.sleep(0.002)


def settle(app, freezes, quiet_s: float = 1.0) -> None:
    """Run the event loop for `quiet_s` more seconds (what a page fills in after its first paint)."""
    end = time.perf_counter() + quiet_s
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def shoot(window, folder: str | None, name: str) -> None:
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}.png"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--pages", action="store_true")
    parser.add_argument("--trash", action="store_true")
    parser.add_argument("--trash-dialog", type=int, default=0)
    parser.add_argument("--delete", type=int, default=0)
    parser.add_argument("--import-members", type=int, default=0)
    parser.add_argument("--meeting-choices", type=int, default=0)
    parser.add_argument("--item-choices", type=int, default=0)
    parser.add_argument("--add-decisions", type=int, default=0)
    parser.add_argument("--cancel-check", type=int, default=0)
    parser.add_argument("--sort-members", type=int, default=0)
    parser.add_argument("--shot", default=None)
    parser.add_argument("--no-idle-loading", action="store_true",
                        help="do not load the pages' modules in the background once the window is idle")
    parser.add_argument("--only", default=None, help="with --pages: this page alone (e.g. members)")
    args = parser.parse_args()

    from msf_desk.ui.main_window import MainWindow
    from msf_desk.ui.pages import PAGES

    app = QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="bench_window_"))
    path = work / "forum.msf"
    shutil.copy(args.db, path)
    path.chmod(0o644)       # a read-only original (a shared copy) gives a writable copy
    settings = QSettings(str(work / "settings.ini"), QSettings.IniFormat)
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    window.fill_after_paint = True
    window.read_off_thread = True
    window.load_pages_when_idle = not args.no_idle_loading
    opened = []
    window.opening_finished.connect(opened.append)
    window.open_path(path)
    wait(app, lambda: opened)
    freezes = Freezes()
    settle(app, freezes, 2.0)
    keys = [k for k, _, _ in PAGES]
    if getattr(window, "load_pages_when_idle", False) and hasattr(window, "idle_loader"):
        # As msf-desk does once the opening check and backup are done: the other pages' modules
        # load in a background thread. The longest pause of the window while they load.
        wait(app, lambda: window.idle_loader is not None, timeout=120)
        freezes.reset()
        started, own = time.perf_counter(), time.thread_time()
        wait(app, lambda: window.idle_loader.done.is_set(), timeout=120)
        print(f"idle loading: {len(window.idle_loader.loaded)} modules in {time.perf_counter() - started:.2f} s; "
              f"longest pause meanwhile {freezes.longest} ms; the window's thread "
              f"{(time.thread_time() - own) * 1000:.0f} ms of CPU ({load()})", flush=True)
        settle(app, freezes, 0.5)
    else:
        freezes.reset()
        own = time.thread_time()
        settle(app, freezes, 2.0)
        print(f"idle, nothing loaded in the background: longest pause over 2 s {freezes.longest} ms; the window's "
              f"thread {(time.thread_time() - own) * 1000:.0f} ms of CPU ({load()})", flush=True)

    if args.pages:
        for key in ([args.only] if args.only else keys[1:]):
            freezes.reset()
            started, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
            window.sidebar.setCurrentRow(keys.index(key))
            page = window.page(key)
            # A page reading off the GUI thread (FILLS_LATER) is filled when its reading is shown;
            # the Repository page of a large forum shows its check once its job has ended.
            wait(app, lambda: not getattr(page, "filling", False) and getattr(page, "check_job", None) is None)
            shown_after = time.perf_counter() - started
            settle(app, freezes)
            cpu = time.process_time() - cpu        # the whole process: the window and its readers
            own = time.thread_time() - own         # the window's thread alone
            print(f"page {key:<11} first show: longest pause {freezes.longest:5d} ms; "
                  f"filled after {shown_after:.2f} s; CPU {cpu:.2f} s with the second after, "
                  f"{own:.2f} s of it on the window's thread ({load()})", flush=True)
            shoot(window, args.shot, f"page_{key}")
        window.sidebar.setCurrentRow(0)
        settle(app, freezes)

    if args.trash:
        from msf_desk.core import responses as core
        import datetime as dt

        page = window.show_page("responses")
        settle(app, freezes)
        counts = core.consultation_counts(window.session.db, dt.date.today())
        cid = max(counts, key=lambda c: counts[c].get("contributions", 0))
        for step in ("trash", "restore"):
            if step == "restore":
                dialog = window.trash_dialog()
                wait(app, lambda: not getattr(dialog, "filling", False) and dialog.model.rowCount() > 0)
                settle(app, freezes, 0.3)
            freezes.reset()
            started, cpu = time.perf_counter(), time.process_time()
            if step == "trash":
                page.trash_consultation(cid)
            else:
                dialog.restore_button.click()
            job = window.session.running("edit")
            if job is not None:
                settle(app, freezes, 1.0)
                shoot(window, args.shot, f"{step}_running")
                wait(app, lambda: not job.running)
            took = time.perf_counter() - started
            during = freezes.longest
            # What the window does once the work is written: the pages told, their readings shown.
            freezes.reset()
            settle(app, freezes, 3.0)
            cpu = time.process_time() - cpu
            print(f"{step:<8} {counts[cid]['contributions']:,} contributions: {took:.1f} s, "
                  f"{'in a worker' if job is not None else 'on the window thread'}; longest pause "
                  f"{max(during, freezes.longest)} ms ({during} ms while it ran, {freezes.longest} ms in the 3 s "
                  f"after); CPU of the process {cpu:.1f} s with those 3 s ({load()})", flush=True)

    if args.trash_dialog:
        trash_dialog(app, window, freezes, args.trash_dialog, args.shot)

    if args.delete:
        page = window.show_page("responses")
        # The page reads off the window's thread: its rows come when the reading is shown.
        wait(app, lambda: not getattr(page, "filling", False) and page.table.model().rowCount() > 0)
        settle(app, freezes)
        view = page.table
        model = view.model()
        selection = view.selectionModel()
        selection.clearSelection()
        freezes.reset()
        last = min(args.delete, model.rowCount()) - 1
        selection.select(QItemSelection(model.index(0, 0), model.index(last, 0)),
                         QItemSelectionModel.Select | QItemSelectionModel.Rows)
        settle(app, freezes, 0.2)
        ids = page.selected_ids()
        freezes.reset()
        started = time.perf_counter()
        page.trash_contributions(ids)
        job = window.session.running("edit")
        if job is not None:
            settle(app, freezes, 1.0)
            shoot(window, args.shot, "delete_running")
            wait(app, lambda: not job.running)
        took = time.perf_counter() - started
        settle(app, freezes, 0.5)
        print(f"delete   {len(ids):,} contributions: {took:.1f} s, "
              f"{'in a worker' if job is not None else 'on the window thread'}; longest pause "
              f"{freezes.longest} ms ({load()})", flush=True)
        freezes.reset()
        started = time.perf_counter()
        window.undo_action.trigger()
        job = window.session.running("edit")
        if job is not None:
            wait(app, lambda: not job.running)
        took = time.perf_counter() - started
        settle(app, freezes, 0.5)
        print(f"undo     {len(ids):,} contributions: {took:.1f} s, "
              f"{'in a worker' if job is not None else 'on the window thread'}; longest pause "
              f"{freezes.longest} ms ({load()})", flush=True)

    if args.import_members:
        from msf_desk.ui.dialogs.imports import ImportPreviewDialog

        page = window.show_page("members")
        wait(app, lambda: not getattr(page, "filling", False))
        settle(app, freezes)
        members_file = work / "new-members.csv"
        members_file.write_text("name,organisation,sector,role,term_start\n" + "".join(
            f"Imported Member {n},Organisation {n % 40},civil society,member,2026-01-01\n"
            for n in range(args.import_members)), encoding="utf-8")
        shots = []

        def press_import():
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, ImportPreviewDialog) and dialog.isVisible():
                dialog.import_button.click()
            else:
                QTimer.singleShot(5, press_import)

        def shoot_running():
            job = window.session.running("import") if window.session else None
            if job is not None and job.running and len(shots) < 2:
                shots.append(job.label)
                shoot(window, args.shot, f"import_members_{len(shots)}")
            if len(shots) < 2 and window.session.undo_stack.count() == count:
                QTimer.singleShot(20, shoot_running)

        count = window.session.undo_stack.count()
        freezes.reset()
        started = time.perf_counter()
        QTimer.singleShot(0, press_import)
        QTimer.singleShot(0, shoot_running)
        page.start_import(str(members_file))
        wait(app, lambda: window.session.undo_stack.count() > count)
        took = time.perf_counter() - started
        settle(app, freezes, 0.5)
        worker = hasattr(page, "run_job")      # the Members page before this round imported on its own thread
        print(f"import   {args.import_members:,} members: {took:.1f} s, "
              f"{'in a worker' if worker else 'on the window thread'}; longest pause "
              f"{freezes.longest} ms ({load()})", flush=True)

    if args.meeting_choices:
        meeting_choices(app, window, freezes, args.meeting_choices)
    if args.item_choices:
        item_choices(app, window, freezes, args.item_choices)
    if args.add_decisions:
        add_decisions(app, window, freezes, args.add_decisions)
    if args.cancel_check:
        cancel_check(app, window, freezes, args.cancel_check)
    if args.sort_members:
        sort_members(app, window, freezes, args.sort_members)

    window.session.close()
    window.session = None
    shutil.rmtree(work, ignore_errors=True)
    return 0


def meeting_choices(app, window, freezes, n: int) -> None:
    """Meetings chosen in the Meetings list one after another (read on the window's thread
    before this round, off it after)."""
    from msf_desk.ui.models.meetings import ID_ROLE
    from msf_desk.ui.widgets.tables import select_row

    page = window.show_page("meetings")
    wait(app, lambda: not getattr(page, "filling", False))
    settle(app, freezes)
    proxy = page.table.model()
    rows = list(range(proxy.rowCount()))
    pauses, cpus = [], []
    for k in range(n):
        row = rows[(k * 5 + 1) % len(rows)]
        if proxy.index(row, 0).data(ID_ROLE) == page.current_id:
            row = rows[(row + 1) % len(rows)]
        chosen = proxy.index(row, 0).data(ID_ROLE)
        _timed_choice(app, freezes, pauses, cpus, lambda: select_row(page.table, row),
                      lambda: not getattr(page, "filling", False) and page.editor.meeting is not None
                      and page.editor.meeting.id == chosen,
                      lambda: f"meeting chosen ({page.agenda_model.rowCount()} items)")
    _choices_median(n, "choices", pauses, cpus)


def _timed_choice(app, freezes, pauses: list, cpus: list, choose, shown, what) -> None:
    """One choice made and waited for until `shown()`: the window's longest pause and its
    thread's CPU, with the quarter second after, appended and printed."""
    freezes.reset()
    own = time.thread_time()
    choose()
    wait(app, shown)
    settle(app, freezes, 0.25)
    own = time.thread_time() - own
    pauses.append(freezes.longest)
    cpus.append(own)
    print(f"{what()}: longest pause {freezes.longest:4d} ms; "
          f"{own * 1000:.0f} ms of CPU on the window's thread with the quarter second after ({load()})", flush=True)


def _choices_median(n: int, what: str, pauses: list, cpus: list) -> None:
    import statistics

    print(f"median of {n} {what}: longest pause {statistics.median(pauses):.0f} ms; window's thread CPU "
          f"{statistics.median(cpus) * 1000:.0f} ms ({load()})", flush=True)


def item_choices(app, window, freezes, n: int) -> None:
    """Agenda items chosen on the Minutes page one after another (read on the window's thread
    before this round's second pass, off it after)."""
    from msf_desk.core import minutes as core
    from msf_desk.ui.widgets.tables import select_row

    page = window.show_page("minutes")
    wait(app, lambda: not getattr(page, "filling", False))
    db = window.session.db
    meeting_id = max(core.minutes_statuses(db), key=lambda m: len(core.decisions_of(db, m)))
    page.select_meeting(meeting_id)
    wait(app, lambda: not getattr(page, "filling", False) and page.meeting_id == meeting_id)
    settle(app, freezes)
    rows = page.items_model.rowCount()
    pauses, cpus = [], []
    for k in range(n):
        row = (k + 1) % rows
        chosen = page.items_model.item_id_at(row)
        _timed_choice(app, freezes, pauses, cpus, lambda: select_row(page.items_table, row),
                      lambda: not getattr(page, "filling", False) and page.item_id == chosen,
                      lambda: f"item chosen ({page.decisions_model.rowCount()} decisions)")
    _choices_median(n, "item choices", pauses, cpus)


def add_decisions(app, window, freezes, n: int) -> None:
    """`Add decision` clicked n + 1 times on the Minutes page (the first left out: it loads the
    edit commands), on the meeting with minutes not locked that has the most decisions, an item
    with decisions chosen; each until the new decision is shown (its row chosen, its verdict
    shown) and a quarter second after: the longest pause, the CPU of the window's thread, and
    the part of it spent showing what was read again (the tables set and drawn)."""
    import statistics

    from msf_desk.core import minutes as core
    from msf_desk.core import minutes_reads
    from msf_desk.ui.widgets.tables import select_row

    page = window.show_page("minutes")
    wait(app, lambda: not getattr(page, "filling", False))
    db = window.session.db
    open_ = [m for m, status in core.minutes_statuses(db).items() if status in ("draft", "circulated")
             and not minutes_reads.get_minutes(db, m).locked]
    meeting_id = max(open_, key=lambda m: len(core.decisions_of(db, m)))
    page.select_meeting(meeting_id)
    wait(app, lambda: not getattr(page, "filling", False) and page.meeting_id == meeting_id)
    item_id = core.decisions_of(db, meeting_id)[0].item_id
    if page.item_id != item_id:
        select_row(page.items_table, page.items_model.row_of(item_id))
        wait(app, lambda: not getattr(page, "filling", False) and page.item_id == item_id)
    settle(app, freezes)
    shows = []
    show = page._show_after_own_edit

    def timed_show(reading):
        started = time.thread_time()
        try:
            return show(reading)
        finally:
            shows.append(time.thread_time() - started)

    page._show_after_own_edit = timed_show
    pauses, cpus, shown = [], [], []
    for k in range(n + 1):
        before = len(shows)
        freezes.reset()
        own = time.thread_time()
        page.add_decision_button.click()
        added = page.decision_id
        wait(app, lambda: not getattr(page, "filling", False) and page.decisions_model.row_of(added) is not None)
        settle(app, freezes, 0.25)
        own = time.thread_time() - own
        took = sum(shows[before:])
        if k == 0:
            continue
        pauses.append(freezes.longest)
        cpus.append(own)
        shown.append(took)
        print(f"decision added ({page.decisions_model.rowCount()} on the item, {page.attendance_model.rowCount()} "
              f"attending): longest pause {freezes.longest:4d} ms; {own * 1000:.0f} ms of CPU on the window's "
              f"thread with the quarter second after, {took * 1000:.0f} ms of it showing the reading ({load()})",
              flush=True)
    print(f"median of {n} decisions added: longest pause {statistics.median(pauses):.0f} ms; window's thread CPU "
          f"{statistics.median(cpus) * 1000:.0f} ms, showing the reading {statistics.median(shown) * 1000:.0f} ms "
          f"({load()})", flush=True)


def sort_members(app, window, freezes, n: int) -> None:
    """On the Members page (every member listed), the table sorted n times by a column's header
    (name, organisation, sector, role, term end, status; each way in turn), each until drawn and
    a fifth of a second after: the window's thread CPU and the longest pause."""
    import statistics

    from PySide6.QtCore import Qt

    page = window.show_page("members")
    wait(app, lambda: not getattr(page, "filling", False))
    page._filter(status="")
    settle(app, freezes, 0.5)
    cpus, pauses = [], []
    for k in range(n):
        column = [1, 7, 0, 4, 2, 8][k % 6]
        freezes.reset()
        own = time.thread_time()
        page.table.sortByColumn(column, Qt.DescendingOrder if k % 2 else Qt.AscendingOrder)
        settle(app, freezes, 0.2)
        cpus.append(time.thread_time() - own)
        pauses.append(freezes.longest)
    print(f"median of {n} sorts of {page.proxy.rowCount()} members: longest pause {statistics.median(pauses):.0f} ms; "
          f"window's thread CPU {statistics.median(cpus) * 1000:.0f} ms with the fifth of a second after ({load()})",
          flush=True)


def cancel_check(app, window, freezes, n: int) -> None:
    """On the Repository page, the check of the standards (a job of its own on a large forum)
    started n times (as after a change) and cancelled from the status area after 0.1 to 0.9 s:
    the time from the click on Cancel until the job has ended."""
    import statistics

    page = window.show_page("repository")
    wait(app, lambda: not getattr(page, "filling", False) and getattr(page, "check_job", None) is None)
    settle(app, freezes)
    took = []
    for k in range(n):
        page.reload()
        wait(app, lambda: getattr(page, "check_job", None) is not None)
        job = page.check_job
        settle(app, freezes, 0.1 + 0.8 * k / max(n - 1, 1))
        if not job.running:
            print("the check ended before Cancel", flush=True)
            continue
        freezes.reset()
        clicked = time.perf_counter()
        window.jobs_bar.cancel_button.click()
        wait(app, lambda: not job.running)
        took.append(time.perf_counter() - clicked)
        print(f"check cancelled after {0.1 + 0.8 * k / max(n - 1, 1):.1f} s: ended {took[-1] * 1000:.0f} ms after "
              f"the click; longest pause {freezes.longest} ms; the page says: {(page.message.text() if page.assessment is not None else page.summary.text())!r} ({load()})",
              flush=True)
    if took:
        print(f"cancel: median {statistics.median(took) * 1000:.0f} ms, longest {max(took) * 1000:.0f} ms "
              f"of {len(took)} ({load()})", flush=True)


def trash_dialog(app, window, freezes, pairs: int, shot: str | None) -> None:
    """File ▸ Trash opened with a 100,000-contribution entry in it, read on the window thread
    and off it, alternately (the pages are built already: the switch changes only the dialog)."""
    import datetime as dt
    import statistics

    from msf_desk.core import responses as core

    db = window.session.db
    counts = core.consultation_counts(db, dt.date.today())
    cid = max(counts, key=lambda c: counts[c].get("contributions", 0))
    core.trash_consultation(db, cid)
    print(f"trash holds the consultation of {counts[cid]['contributions']:,} contributions", flush=True)
    results: dict[bool, list[tuple[int, float, float]]] = {False: [], True: []}
    for n in range(pairs):
        for off in (False, True):
            window.read_off_thread = off
            settle(app, freezes, 0.3)
            freezes.reset()
            started, cpu = time.perf_counter(), time.process_time()
            dialog = window.trash_dialog()
            wait(app, lambda: not getattr(dialog, "filling", False) and dialog.model.rowCount() > 0)
            shown = time.perf_counter() - started
            settle(app, freezes, 0.5)
            cpu = time.process_time() - cpu
            results[off].append((freezes.longest, shown, cpu))
            where = "off the window thread" if off else "on the window thread"
            print(f"trash dialog read {where:<21}: longest pause {freezes.longest:4d} ms; list shown after "
                  f"{shown:.2f} s; CPU {cpu:.2f} s with the half second after ({load()})", flush=True)
            if n == 0:
                shoot(dialog, shot, f"trash_dialog_{'off' if off else 'on'}_thread")
            dialog.reject()
    for off, runs in results.items():
        where = "off the window thread" if off else "on the window thread"
        print(f"median of {len(runs)}, read {where:<21}: longest pause "
              f"{statistics.median(r[0] for r in runs):.0f} ms; shown after {statistics.median(r[1] for r in runs):.2f} s; "
              f"CPU {statistics.median(r[2] for r in runs):.2f} s ({load()})", flush=True)


if __name__ == "__main__":
    sys.exit(main())
