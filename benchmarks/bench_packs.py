"""Meeting packs: a 30-item agenda with 20 papers written to .docx and to .pdf.

    python benchmarks/bench_packs.py [--runs 5] [--items 30] [--papers 20]

Builds a forum file in a temporary folder (through core, as the program does), reads
the members' pack once (pack_for), then times each writer separately: median and worst
of the runs, and the peak of Python allocations during one write (tracemalloc). The
first PDF run registers the embedded fonts; it is reported apart ("cold").
Prints a Markdown table (the figures in benchmarks/README.md come from it).
"""
from __future__ import annotations

import argparse
import datetime as dt
import platform
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NAMES = ["Nino Beridze / ნინო ბერიძე", "Carlos Méndez Ruiz", "Leila Haddad / ليلى حداد", "Nguyễn Thị Lan",
         "Anita Sharma / अनीता शर्मा", "Amara Okafor", "Hélène Côté"]
TEXT = ("The secretariat summarises the contributions received and the positions of the working group. "
        "Members are asked to test the proposal against the commitments of the Action Plan and to say "
        "which milestones need a new date. ")


def build_forum(folder: Path, items: int, papers: int) -> tuple[object, int]:
    from msf_desk.core import agendas, forum
    from msf_desk.core import papers as core_papers
    from msf_desk.model.meetings import AgendaItem
    from msf_desk.model.meetings import Meeting
    from msf_desk.core.meetings import add_meeting
    from msf_desk.model.meetings import Paper
    from msf_desk.store.db import create_forum

    db = create_forum(folder / "bench.msf")
    forum.save(db, forum.replace(forum.load(db), name="National Open Government Forum", timezone="Europe/Paris",
                                 contact_email="opengov@example.gov"))
    meeting = add_meeting(db, Meeting.at("Forum meeting, long agenda", dt.date(2026, 10, 26), dt.time(9),
                                         dt.time(18), "Europe/Paris", location="Government House"),
                          standing_items=False)
    saved = []
    for n in range(items):
        decision = n % 3 == 0
        saved.append(agendas.add_item(db, AgendaItem(
            meeting.id, f"Item {n + 1}: commitment {n + 1} — progress, delays and next steps",
            purpose="decision" if decision else "discussion", presenters=f"{NAMES[n % 7]}; {NAMES[(n + 3) % 7]}",
            duration_minutes=15, description=TEXT * 3,
            questions="Is the revised timeline credible?\nWho leads the next milestone?",
            draft_decision=("The forum agrees the revised timeline and asks for a progress note at each "
                            "meeting.") if decision else "")))
    disclosures = ["public", "public", "withheld", "confidential"]
    for n in range(papers):
        core_papers.add_paper(db, Paper(meeting.id, f"Paper on commitment {n + 1}", item_id=saved[n % items].id,
                                        disclosure=disclosures[n % 4], summary=TEXT * 6,
                                        reference=f"https://opengov.example.gov/papers/{n + 1}"))
    return db, meeting.id


def measure(write, doc, path: Path, runs: int) -> dict:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        write(doc, path)
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    write(doc, path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"median": statistics.median(times), "worst": max(times), "peak_mb": peak / 1e6,
            "size_kb": path.stat().st_size / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--papers", type=int, default=20)
    args = parser.parse_args()

    from msf_desk.core.audience.pack import pack_for
    from msf_desk.exports.docx_writer import write_docx
    from msf_desk.exports.packs import build_document
    from msf_desk.exports.pdf_writer import write_pdf

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, meeting_id = build_forum(folder, args.items, args.papers)
        start = time.perf_counter()
        pack = pack_for(db, meeting_id, "members")
        doc = build_document(pack)
        prepare = time.perf_counter() - start

        start = time.perf_counter()
        write_pdf(doc, folder / "cold.pdf")
        cold_pdf = time.perf_counter() - start
        docx = measure(write_docx, doc, folder / "pack.docx", args.runs)
        pdf = measure(write_pdf, doc, folder / "pack.pdf", args.runs)
        from pypdf import PdfReader

        pages = len(PdfReader(str(folder / "pack.pdf")).pages)

    print(f"Machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}; "
          f"{args.items} items, {args.papers} papers, {len(doc.blocks)} blocks, {pages} PDF pages; "
          f"{args.runs} runs each.\n")
    print("| Step | Median | Worst | Peak Python memory | File |")
    print("|---|---|---|---|---|")
    print(f"| Read the pack and describe it (pack_for + build_document) | {prepare * 1000:.0f} ms | | | |")
    print(f"| Word (.docx) | {docx['median'] * 1000:.0f} ms | {docx['worst'] * 1000:.0f} ms | "
          f"{docx['peak_mb']:.1f} MB | {docx['size_kb']:.0f} KB |")
    print(f"| PDF, first in the process (fonts registered) | {cold_pdf * 1000:.0f} ms | | | |")
    print(f"| PDF | {pdf['median'] * 1000:.0f} ms | {pdf['worst'] * 1000:.0f} ms | "
          f"{pdf['peak_mb']:.1f} MB | {pdf['size_kb']:.0f} KB |")
    print(f"\nProcess peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
