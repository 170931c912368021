"""The compliance charts as PNG pictures (Pillow), for the PDF, the Word report and index.html.

Each chart comes with a description in words (`describe_*`): the alternative text of the
picture in Word and in the web page, so the numbers are there for a screen reader too.
The pictures depend only on the series, so an unchanged forum draws the same bytes.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from msf_desk.core.compliance_charts import Series
from msf_desk.core.language import N_, _
from msf_desk.paths import fonts_dir

WIDTH, HEIGHT = 1200, 560
SCALE = 1  # drawn at print size; 1200 px over the 17 cm text width is about 180 dpi
BACKGROUND = "#ffffff"
INK = "#1f2933"
GRID = "#d9dee5"
MUTED = "#5f6b7a"
GOVERNMENT = "#3d5a80"
NON_GOVERNMENT = "#d9822b"
HELD = "#3d5a80"
PLANNED = "#a9c4dd"
TARGET = "#b8322b"
ON_TIME = "#3f8f5b"
LATE = "#b8322b"
LEFT, RIGHT, TOP, BOTTOM = 90, 30, 112, 86


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    try:
        return ImageFont.truetype(str(fonts_dir() / name), size)
    except OSError:
        return ImageFont.load_default()


def _canvas(title: str, subtitle: str) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text((LEFT - 60, 16), title, fill=INK, font=_font(30, True))
    draw.text((LEFT - 60, 56), subtitle, fill=MUTED, font=_font(20))
    return image, draw


def _plot_box() -> tuple[int, int, int, int]:
    return LEFT, TOP + 20, WIDTH - RIGHT, HEIGHT - BOTTOM


def _nice_max(value: float) -> int:
    for top in (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100):
        if value <= top:
            return top
    step = 10 ** (len(str(int(value))) - 1)
    return int((value // step + 1) * step)


def _y_axis(draw: ImageDraw.ImageDraw, top_value: int, label: str) -> callable:
    x0, y0, x1, y1 = _plot_box()
    steps = top_value if top_value <= 6 else next(n for n in (5, 4, 3, 2, 1) if top_value % n == 0)
    font = _font(18)
    for i in range(steps + 1):
        value = top_value * i / steps
        y = y1 - (y1 - y0) * i / steps
        draw.line([(x0, y), (x1, y)], fill=GRID, width=1)
        text = f"{value:g}"
        w = draw.textlength(text, font=font)
        draw.text((x0 - 10 - w, y - 12), text, fill=MUTED, font=font)
    draw.text((max(8, x0 - 10 - draw.textlength(label, font=font)), y0 - 38), label, fill=MUTED, font=font)

    def to_y(value: float) -> float:
        return y1 - (y1 - y0) * (value / top_value if top_value else 0)

    return to_y


def _dashed(draw: ImageDraw.ImageDraw, start: tuple[float, float], end: tuple[float, float], colour: str,
            width: int = 3, dash: int = 14) -> None:
    (xa, ya), (xb, yb) = start, end
    length = max(abs(xb - xa), abs(yb - ya))
    n = int(length // dash)
    for i in range(0, n, 2):
        f0, f1 = i / max(n, 1), min((i + 1) / max(n, 1), 1)
        draw.line([(xa + (xb - xa) * f0, ya + (yb - ya) * f0), (xa + (xb - xa) * f1, ya + (yb - ya) * f1)],
                  fill=colour, width=width)


def _legend(draw: ImageDraw.ImageDraw, entries: list[tuple[str, str, str]]) -> None:
    """(kind 'box'|'line'|'dash', colour, label) along the top right."""
    font = _font(18)
    x = WIDTH - RIGHT
    y = TOP - 12
    for kind, colour, label in reversed(entries):
        w = draw.textlength(label, font=font)
        x -= w
        draw.text((x, y - 11), label, fill=INK, font=font)
        x -= 30
        if kind == "box":
            draw.rectangle([x, y - 8, x + 20, y + 8], fill=colour)
        elif kind == "line":
            draw.line([(x, y), (x + 22, y)], fill=colour, width=4)
        else:
            _dashed(draw, (x, y), (x + 24, y), colour, 3, 6)
        x -= 26


def _save(image: Image.Image, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # No text chunks or timestamps: the same chart is the same bytes.
    image.save(path, format="PNG", optimize=True)
    return path


# --- meetings per quarter ------------------------------------------------------------------

def below_target(s: Series) -> list:
    """Past quarters short of the target, from the forum's first meeting on."""
    started = False
    out = []
    for q in s.quarters:
        started = started or bool(q.held or q.planned)
        if started and not q.future and q.held + q.planned < s.quarter_target:
            out.append(q)
    return out


def describe_quarters(s: Series) -> str:
    held = ", ".join(f"{q.label}: {q.held}" for q in s.quarters if not q.future)
    planned = ", ".join(f"{q.label}: {q.planned}" for q in s.quarters if q.planned)
    below = [q.label for q in below_target(s)]
    text = (f"Forum meetings per quarter against a target of {s.quarter_target} per quarter. "
            f"Held — {held}.")
    if planned:
        text += f" Planned — {planned}."
    text += f" Quarters below the target: {', '.join(below)}." if below else " No quarter is below the target."
    return text


def meetings_chart(s: Series, path: str | Path) -> Path:
    image, draw = _canvas("Forum meetings per quarter", f"Held and planned, against the target of "
                                                      f"{s.quarter_target} per quarter")
    x0, y0, x1, y1 = _plot_box()
    top = _nice_max(max([q.held + q.planned for q in s.quarters] + [s.quarter_target]) + 0.5)
    to_y = _y_axis(draw, top, "meetings")
    n = len(s.quarters)
    slot = (x1 - x0) / max(n, 1)
    bar = slot * 0.56
    font = _font(17)
    short = {q.label for q in below_target(s)}
    for i, q in enumerate(s.quarters):
        cx = x0 + slot * (i + 0.5)
        base = to_y(0)
        if q.held:
            draw.rectangle([cx - bar / 2, to_y(q.held), cx + bar / 2, base], fill=HELD)
        if q.planned:
            draw.rectangle([cx - bar / 2, to_y(q.held + q.planned), cx + bar / 2, to_y(q.held)], fill=PLANNED,
                           outline=HELD, width=2)
        if q.label in short:
            draw.text((cx - 6, base - 34), "!", fill=TARGET, font=_font(26, True))
        quarter, year = q.label.split(" ")
        for line, text in enumerate((quarter, year)):
            w = draw.textlength(text, font=font)
            draw.text((cx - w / 2, y1 + 8 + line * 22), text, fill=INK if not q.future else MUTED, font=font)
    _dashed(draw, (x0, to_y(s.quarter_target)), (x1, to_y(s.quarter_target)), TARGET)
    today = sum(1 for q in s.quarters if not q.future)
    if 0 < today < n:
        x = x0 + slot * today
        draw.line([(x, y0), (x, y1)], fill=MUTED, width=1)
        draw.text((x + 6, y0 - 2), "ahead", fill=MUTED, font=font)
    _legend(draw, [("box", HELD, "held"), ("box", PLANNED, "planned"), ("dash", TARGET, "target")])
    return _save(image, path)


# --- parity over time -------------------------------------------------------------------------

def describe_parity(s: Series) -> str:
    if not s.parity:
        return "Voting seats by side over time: no data."
    first, last = s.parity[0], s.parity[-1]
    uneven = sum(1 for p in s.parity if p.government != p.non_government)
    return (f"Voting seats by side, month by month from {first.on.isoformat()} to {last.on.isoformat()}. "
            f"Now {last.government} government and {last.non_government} non-government. "
            f"The sides were uneven in {uneven} of {len(s.parity)} points.")


def parity_chart(s: Series, path: str | Path) -> Path:
    image, draw = _canvas("Parity over time", "Voting seats held by each side, at the start of each month")
    x0, y0, x1, y1 = _plot_box()
    points = s.parity
    top = _nice_max(max([max(p.government, p.non_government) for p in points] + [1]) + 0.5)
    to_y = _y_axis(draw, top, "seats")
    n = len(points)
    font = _font(17)

    def to_x(i: int) -> float:
        return x0 + (x1 - x0) * (i / max(n - 1, 1))

    for i, p in enumerate(points):
        if p.government != p.non_government:
            draw.rectangle([to_x(i) - (x1 - x0) / max(n - 1, 1) / 2, y0, to_x(i) + (x1 - x0) / max(n - 1, 1) / 2,
                            y1], fill="#fbeeee")
    for colour, value, offset in ((GOVERNMENT, lambda p: p.government, -2),
                                  (NON_GOVERNMENT, lambda p: p.non_government, 2)):
        line = []
        for i, p in enumerate(points):
            y = to_y(value(p)) + offset
            if line:
                line.append((to_x(i), line[-1][1]))  # steps: seats change on a day, not gradually
            line.append((to_x(i), y))
        if len(line) > 1:
            draw.line(line, fill=colour, width=5, joint="curve")
    for i, p in enumerate(points):
        if p.on.month in (1, 4, 7, 10) and p.on.day == 1:
            text = p.on.strftime("%b %Y")
            w = draw.textlength(text, font=font)
            draw.line([(to_x(i), y1), (to_x(i), y1 + 6)], fill=MUTED, width=1)
            draw.text((to_x(i) - w / 2, y1 + 10), text, fill=INK, font=font)
    _legend(draw, [("line", GOVERNMENT, "government"), ("line", NON_GOVERNMENT, "non-government"),
                   ("box", "#f4d6d6", "uneven")])
    return _save(image, path)


# --- response times -----------------------------------------------------------------------------

def describe_responses(s: Series) -> str:
    total = sum(b.count for b in s.responses)
    within = sum(b.count for b in s.responses if not b.late)
    parts = ", ".join(f"{b.label} working days: {b.count}" for b in s.responses)
    return (f"Time taken to answer contributions received in the last 12 months, against the target of "
            f"{s.response_target} working days. {within} of {total} answered within the target. {parts}. "
            f"Still unanswered and overdue: {s.open_overdue}.")


def responses_chart(s: Series, path: str | Path) -> Path:
    total = sum(b.count for b in s.responses)
    within = sum(b.count for b in s.responses if not b.late)
    image, draw = _canvas("Time to answer contributions",
                          f"{within} of {total} answered within {s.response_target} working days; "
                          f"{s.open_overdue} overdue and still open")
    x0, y0, x1, y1 = _plot_box()
    top = _nice_max(max([b.count for b in s.responses] + [1]) * 1.1)
    to_y = _y_axis(draw, top, "contributions")
    n = len(s.responses)
    slot = (x1 - x0) / max(n, 1)
    bar = slot * 0.7
    font = _font(18)
    for i, b in enumerate(s.responses):
        cx = x0 + slot * (i + 0.5)
        if b.count:
            draw.rectangle([cx - bar / 2, to_y(b.count), cx + bar / 2, to_y(0)], fill=LATE if b.late else ON_TIME)
            text = str(b.count)
            w = draw.textlength(text, font=font)
            draw.text((cx - w / 2, to_y(b.count) - 26), text, fill=INK, font=font)
        w = draw.textlength(b.label, font=font)
        draw.text((cx - w / 2, y1 + 8), b.label, fill=INK, font=font)
    draw.text((x0, y1 + 36), "working days from receipt to answer", fill=MUTED, font=font)
    late_from = next((i for i, b in enumerate(s.responses) if b.late), None)
    if late_from is not None:
        x = x0 + slot * late_from
        _dashed(draw, (x, y0 - 10), (x, y1), TARGET)
        draw.text((x + 8, y0 - 12), f"target: {s.response_target}", fill=TARGET, font=font)
    _legend(draw, [("box", ON_TIME, "within the target"), ("box", LATE, "late")])
    return _save(image, path)


CHART_WRITERS = {
    "meetings": (meetings_chart, describe_quarters),
    "parity": (parity_chart, describe_parity),
    "responses": (responses_chart, describe_responses),
}


def write_charts(s: Series, paths: dict[str, str | Path]) -> dict[str, tuple[Path, str]]:
    """Draw each chart to its path; return {key: (path, alt text)}."""
    return {key: (CHART_WRITERS[key][0](s, path), CHART_WRITERS[key][1](s)) for key, path in paths.items()}


# --- where the forum stands against a framework (2021 national, OGP Local) --------------------

STATUS_COLOURS = {"met": ("#1d6b3a", "#e3f3e8"), "in_progress": ("#7a4d00", "#fdf1d8"),
                  "not_met": ("#a3221b", "#fbe4e2"), "not_evidenced": ("#3e4c59", "#eceff3")}
STATUS_WORDS = {"met": N_("Met"), "in_progress": N_("In progress"), "not_met": N_("Not met"),
                "not_evidenced": N_("Not evidenced")}


def describe_standards(result) -> str:
    parts = "; ".join(f"{i.title}: {_(STATUS_WORDS[i.status]).lower()}" for i in result.requirements)
    return f"{result.framework.title}. {result.summary()} {parts}."


def standards_chart(result, path: str | Path) -> Path:
    """One row per requirement: its number and title, and its status in words on its colour (the
    colour is never the only sign). The height grows with the number of requirements."""
    rows = result.requirements
    row_h = 52
    height = TOP + 40 + row_h * len(rows) + 30
    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text((LEFT - 60, 16), result.framework.short, fill=INK, font=_font(30, True))
    draw.text((LEFT - 60, 56), result.summary(), fill=MUTED, font=_font(20))
    font, bold = _font(20), _font(20, True)
    status_x = WIDTH - RIGHT - 230
    y = TOP + 20
    for i in rows:
        ink, fill = STATUS_COLOURS[i.status]
        draw.rectangle([LEFT - 60, y, WIDTH - RIGHT, y + row_h - 8], fill=fill)
        title = i.title
        while draw.textlength(title, font=font) > status_x - LEFT + 30 and len(title) > 4:
            title = title[:-2].rstrip() + "…" if not title.endswith("…") else title[:-2].rstrip() + "…"
        draw.text((LEFT - 45, y + 10), title, fill=INK, font=font)
        draw.rounded_rectangle([status_x, y + 6, WIDTH - RIGHT - 12, y + row_h - 14], radius=14, outline=ink,
                               width=3, fill="#ffffff")
        word = _(STATUS_WORDS[i.status])
        w = draw.textlength(word, font=bold)
        draw.text((status_x + (WIDTH - RIGHT - 12 - status_x - w) / 2, y + 10), word, fill=ink, font=bold)
        y += row_h
    return _save(image, path)


def write_standards_charts(results, paths: dict[str, str | Path]) -> dict[str, tuple[Path, str]]:
    """`paths`: {framework key: PNG path} for the frameworks other than 2017; returns
    {'standards-<key>': (path, alt text)}."""
    by_key = {r.key: r for r in results}
    return {f"standards-{key}": (standards_chart(by_key[key], path), describe_standards(by_key[key]))
            for key, path in paths.items() if key in by_key}
