"""Check the Windows version files build.spec wrote (PyInstaller reads them only on Windows,
where its classes can load; here each is evaluated with stand-ins that keep the arguments).

    python .ci/check_version_file.py BUILD_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from msf_desk import __version__  # noqa: E402

CLASSES = "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct".split()
files = sorted(Path(sys.argv[1]).rglob("*-version.txt"))
if len(files) != 2:
    raise SystemExit(f"check_version_file: expected two version files, found {[f.name for f in files]}")
for path in files:
    strings: dict[str, str] = {}
    namespace = {name: (lambda name: lambda *a, **k: (name, a, k))(name) for name in CLASSES}
    namespace["StringStruct"] = lambda key, value: strings.setdefault(key, value)
    kind, _, _ = eval(path.read_text(encoding="utf-8"), namespace)  # noqa: S307 (our own file)
    if kind != "VSVersionInfo" or strings.get("ProductVersion") != __version__:
        raise SystemExit(f"check_version_file: {path.name}: {kind}, {strings}")
    print(f"check_version_file: {path.name}: {strings['OriginalFilename']} {strings['FileVersion']}")
