"""The package's promises about itself: dependency floors that CI really installs."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


# Test-only dependencies CI installs at their lowest version too (the test runner itself,
# pytest and pytest-qt, and pypdf follow whatever the constraints allow).
PINNED_TEST_EXTRAS = {"datasette"}


def _floors() -> dict[str, Version]:
    """{name: lowest version} for every dependency that applies to this Python, and the test
    extras in PINNED_TEST_EXTRAS."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    floors = {}
    extras = [line for line in project["optional-dependencies"]["test"]
              if Requirement(line).name.lower() in PINNED_TEST_EXTRAS]
    assert len(extras) == len(PINNED_TEST_EXTRAS), "a pinned test extra is missing from pyproject.toml"
    for line in project["dependencies"] + extras:
        req = Requirement(line)
        if req.marker is not None and not req.marker.evaluate():
            continue
        lower = [s.version for s in req.specifier if s.operator == ">="]
        assert lower, f"{req.name} has no lower bound in pyproject.toml"
        floors[req.name.lower()] = Version(lower[0])
    return floors


def _pins() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / ".ci" / "minimum-versions.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = re.split(r"\s*==\s*", line)
            pins[name.lower()] = Version(version)
    return pins


def test_ci_installs_exactly_the_lowest_version_each_dependency_allows():
    assert _pins() == _floors()
