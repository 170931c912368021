"""Write msf_desk/model/record_inits.py: the ``__init__`` template of every shape of record
the program declares (see msf_desk/model/records.py), compiled once with the module.

    python tools/record_inits.py

Run it after adding a record whose shape is new (tests/model/test_records.py says so); without
it such a record is still made right, its template compiled once per process.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEAD = '''"""The ``__init__`` templates of the program's record shapes (made by tools/record_inits.py;
see msf_desk/model/records.py). Generated: do not edit."""
'''


def shapes() -> list[tuple[str, bool, bool]]:
    """Every shape the program's records use: each module of the package imported."""
    import msf_desk
    from msf_desk.model import records

    for module in pkgutil.walk_packages(msf_desk.__path__, "msf_desk."):
        if module.name.split(".")[-1] != "__main__":
            importlib.import_module(module.name)
    return sorted(records._TEMPLATES, key=lambda shape: records.template_name(*shape))


def source(found) -> str:
    from msf_desk.model import records

    return HEAD + "".join("\n\n" + records.template_source(*shape) for shape in found)


def main() -> int:
    target = ROOT / "msf_desk" / "model" / "record_inits.py"
    found = shapes()
    target.write_text(source(found), encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {len(found)} shapes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
