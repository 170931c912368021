"""Smoke test of an installed MSF Desk (a wheel in a fresh environment, or a build).

    python .ci/smoke.py COMMAND...      e.g.  python .ci/smoke.py msf-desk
                                              python .ci/smoke.py dist/msf-desk/msf-desk

Writes the demo forum, opens it with --check-startup, exports a meeting pack to PDF and
checks that every font in it is embedded and the Noto fonts are among them; starts the window
in French and Arabic (our catalogue and Qt's own must both be found) and writes a pack in
French. Needs pypdf.
Runs from a temporary folder so that nothing from the source checkout can be imported.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader


def run(cmd: list[str], cwd: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"smoke: {' '.join(cmd)} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _resolved(value) -> dict:
    return (value.get_object() if value is not None else None) or {}


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font the PDF's pages and forms name, with whether its program is embedded."""
    fonts: dict[str, bool] = {}
    seen: set[int] = set()

    def walk(resources) -> None:
        resources = resources.get_object() if resources is not None else None
        if not resources or id(resources) in seen:
            return
        seen.add(id(resources))
        # pypdf before 4.x's later releases hands back the /Font and /XObject dictionaries
        # unresolved when they are indirect objects: resolve them.
        for font in _resolved(resources.get("/Font")).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        for xobject in _resolved(resources.get("/XObject")).values():
            walk(xobject.get_object().get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return fonts


# What a translated start-up shows: the sidebar from our catalogue, Qt's Cancel from Qt's own.
STARTUP_WORDS = {"fr": ("Sidebar (fr, left to right)", "Réunions", "Qt's buttons: Annuler"),
                 "ar": ("Sidebar (ar, right to left)", "الاجتماعات", "Qt's buttons: ألغِ")}


def languages(program: list[str], work: Path, db: Path, meeting: int) -> None:
    """The window starts in French and Arabic with every catalogue found, and a pack is written
    in French (the documents' catalogue)."""
    for code, words in STARTUP_WORDS.items():
        shown = run(program + ["--db", str(db), "--language", code, "--check-startup"], work)
        missing = [w for w in words if w not in shown]
        if missing:
            raise SystemExit(f"smoke: --language {code} --check-startup lacks {missing}:\n{shown}")
        print(shown.strip().splitlines()[-2])
    run(program + ["forum", "languages", "en", "fr", "--db", str(db)], work)
    out = work / "pack-fr"
    run(program + ["export", "pack", "--meeting", str(meeting), "--format", "pdf", "--language", "fr",
                   "--out", str(out), "--db", str(db)], work)
    text = " ".join(page.extract_text() for pdf in sorted(out.rglob("*.pdf")) for page in PdfReader(pdf).pages)
    if "Ordre du jour" not in text:
        raise SystemExit("smoke: the French pack does not say 'Ordre du jour'")
    print("smoke: French pack written")


def main() -> int:
    program = [str(Path(a).resolve()) if os.sep in a else a for a in sys.argv[1:]] or ["msf-desk"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = work / "demo.msf"
        print(run(program + ["--version"], work).strip())
        run(program + ["demo", "--db", str(db)], work)
        print(run(program + ["--db", str(db), "--check-startup"], work).strip())
        meetings = json.loads(run(program + ["meetings", "list", "--db", str(db), "--json"], work))
        meeting = next(m for m in meetings if m["status"] in ("held", "scheduled"))
        out = work / "pack"
        run(program + ["export", "pack", "--meeting", str(meeting["id"]), "--format", "pdf",
                       "--out", str(out), "--db", str(db)], work)
        pdfs = sorted(out.rglob("*.pdf"))
        if not pdfs:
            raise SystemExit("smoke: the pack export wrote no PDF")
        for pdf in pdfs:
            fonts = pdf_fonts(pdf)
            missing = [name for name, embedded in fonts.items() if not embedded]
            if missing or not any("NotoSans" in name for name in fonts):
                raise SystemExit(f"smoke: {pdf.name}: fonts {fonts}; not embedded: {missing}")
            print(f"{pdf.name}: {len(fonts)} fonts, all embedded: {', '.join(sorted(fonts))}")
        languages(program, work, db, meeting["id"])
    print("smoke: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
