"""Fonts in PDFs: what a script costs in file size and time.

    python benchmarks/bench_fonts.py [--runs 5]

Writes the same one-page pack (a chair, an agenda of 8 items) with the chair's name in
each script and reports the PDF's size (reportlab embeds only the glyphs used), the first
write in the process (the script's font is loaded then: Noto Sans SC is 10.6 MB) and the
median of the following writes; then the font fallback alone on 100,000 table cells.
Prints a Markdown table (the figures in benchmarks/README.md come from it).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NAMES = [("Latin", "Amara Okafor"), ("Korean", "김민준"), ("Chinese", "王小明"), ("Arabic", "ليلى حداد"),
         ("Devanagari", "अनीता शर्मा"), ("Thai", "สมชาย ใจดี"), ("Ethiopic", "አበበ ቢቂላ"),
         ("Emoji", "Amara 👍")]


def pack(name: str):
    from msf_desk.exports.document import Document, Heading, KeyValues, Table

    return Document("Forum meeting, May 2026", subtitle="Public pack", header="Forum — pack").add(
        KeyValues([("Date", "Tuesday 6 May 2026"), ("Chair", name)]), Heading("Agenda"),
        Table(["Time", "Item", "Presented by"],
              [[f"{16 + i // 2}:{'30' if i % 2 else '00'}", f"Item {i + 1} of the agenda", name] for i in range(8)]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from msf_desk.exports.pdf_writer import markup, register_fonts, write_pdf

    register_fonts()
    folder = Path(tempfile.mkdtemp())
    print("| Chair's name | PDF size | First write (font loaded) | Median write |")
    print("|---|---|---|---|")
    for script, name in NAMES:
        doc = pack(name)
        times = []
        for run in range(args.runs + 1):
            start = time.perf_counter()
            path = write_pdf(doc, folder / f"{script}.pdf")
            times.append(time.perf_counter() - start)
        print(f"| {script} ({name}) | {path.stat().st_size:,} bytes | {times[0] * 1000:.0f} ms | "
              f"{statistics.median(times[1:]) * 1000:.0f} ms |")
    for label, text in (("Latin with accents", "Hélène Côté, Nguyễn Thị Lan"),
                        ("Latin and Arabic", "Leila Haddad / ليلى حداد"),
                        ("Korean and Chinese", "김민준 (王小明)")):
        start = time.perf_counter()
        for i in range(100_000):
            markup(f"{text} {i}")
        print(f"\nFont fallback (markup) on 100,000 cells, {label}: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
