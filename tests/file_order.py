"""Which test file goes to which process, longest first (used by tests/conftest.py).

With one process per CPU (pytest-xdist, whole files per process), a run ends when its last file
ends. xdist hands the files out in order of their number of tests, so a file of a few long tests
(the four-language repository export, about a fifth of one process's run) could start last and
leave the other CPU idle for its whole length. Here the files are handed out longest first, by
the seconds each took last time it was recorded (tests/durations.json, setup and teardown
included), so the short ones fill in at the end: each process is given the next file as it is
about to run out (xdist's own rule), only the order changes. A file not recorded yet counts as
its number of tests times the median seconds per test of the recorded ones.

`python -m pytest --record-durations` runs the tests as usual and writes tests/durations.json
again from that run (files that were not run keep their figure; files that no longer exist
are dropped). Record again when files are added or change much; a stale figure only makes
the order a little worse, never a test pass or fail."""
from __future__ import annotations

import json
import statistics
from collections import defaultdict
from pathlib import Path

from xdist.scheduler import LoadFileScheduling

DURATIONS = Path(__file__).with_name("durations.json")


def read_durations(path: Path = DURATIONS) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): float(v) for k, v in data.get("files", {}).items()}


class LongestFileFirst(LoadFileScheduling):
    """xdist's whole-file scheduling, with the files queued longest first."""

    def __init__(self, config, log=None):
        super().__init__(config, log)
        self._durations = read_durations()
        self._ordered = False

    def _weight(self, scope: str, tests: int, per_test: float) -> float:
        known = self._durations.get(scope)
        return known if known is not None else tests * per_test

    def _order_queue(self) -> None:
        counts = {}
        for scope, work in self.workqueue.items():
            counts[scope] = len(work)
        per_test = [self._durations[s] / n for s, n in counts.items() if s in self._durations and n]
        median = statistics.median(per_test) if per_test else 1.0
        ordered = sorted(self.workqueue.items(), key=lambda kv: -self._weight(kv[0], counts[kv[0]], median))
        self.workqueue.clear()
        self.workqueue.update(ordered)  # a stable sort: equal weights keep xdist's order

    def _assign_work_unit(self, node) -> None:
        if not self._ordered:  # the queue is complete at the first assignment
            self._order_queue()
            self._ordered = True
        super()._assign_work_unit(node)


class DurationRecorder:
    """Adds up, per file, the seconds of each test's setup, call and teardown (in the process
    that reports them: with xdist, the main one receives every worker's reports) and writes
    them to tests/durations.json at the end of the run."""

    def __init__(self, root: Path, path: Path = DURATIONS):
        self.root, self.path = root, path
        self.seconds: dict[str, float] = defaultdict(float)

    def pytest_runtest_logreport(self, report):
        self.seconds[report.nodeid.split("::", 1)[0]] += report.duration

    def pytest_sessionfinish(self, session):
        files = read_durations(self.path)
        files.update({name: round(s, 1) for name, s in self.seconds.items()})
        files = {name: s for name, s in files.items() if (self.root / name).is_file()}
        body = {"about": "Seconds per test file (setup, call and teardown), from "
                         "`python -m pytest --record-durations`; the order files are handed "
                         "to the processes in (tests/file_order.py).",
                "files": dict(sorted(files.items(), key=lambda kv: (-kv[1], kv[0])))}
        self.path.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
