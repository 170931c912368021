"""Check that a built wheel carries every shipped resource.

    python .ci/check_wheel.py dist/msf_desk-*.whl

Every file under resources/ (except docs/, the README's pictures, and Python files) must be
in the wheel as msf_desk/resources/...; a font added to resources/fonts but missed by
setup.py's package data fails here instead of on a user's machine.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "resources"
wanted = {
    "msf_desk/resources/" + path.relative_to(root).as_posix()
    for path in root.rglob("*")
    if path.is_file()
    and not {"docs", "__pycache__"} & set(path.relative_to(root).parts)
    and path.suffix not in {".py", ".pyc"}
}
shipped = set(zipfile.ZipFile(sys.argv[1]).namelist())
missing = sorted(wanted - shipped)
if missing:
    raise SystemExit("check_wheel: the wheel lacks " + ", ".join(missing))
print(f"check_wheel: all {len(wanted)} resource files are in {Path(sys.argv[1]).name}")
