"""The compliance charts as PNG pictures (Pillow), for the PDF, the Word report and index.html.

Each chart comes with a description in words (`describe_*`): the alternative text of the
picture in Word and in the web page, so the numbers are there for a screen reader too.
The pictures depend only on the series, so an unchanged forum draws the same bytes.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from msf_desk.core import language
from msf_desk.core.compliance_charts import Series
from msf_desk.core.language import N_, _, month_year, ngettext
from msf_desk.exports.chart_text import draw_text, length
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
    _headline(draw, title, subtitle)
    return image, draw


def _headline(draw: ImageDraw.ImageDraw, title: str, subtitle: str) -> None:
    """The chart's title and subtitle, from the left (from the right in a right-to-left language)."""
    rtl = language.is_rtl()
    x, align = (WIDTH - (LEFT - 60), "right") if rtl else (LEFT - 60, "left")
    draw_text(draw, (x, 16), title, 30, bold=True, fill=INK, align=align)
    draw_text(draw, (x, 56), subtitle, 20, fill=MUTED, align=align)


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
    draw_text(draw, (max(8, x0 - 10 - length(label, 18)), y0 - 38), label, 18, fill=MUTED)

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
    x = WIDTH - RIGHT
    y = TOP - 12
    for kind, colour, label in reversed(entries):
        w = length(label, 18)
        x -= w
        draw_text(draw, (x, y - 11), label, 18, fill=INK)
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

def _comma() -> str:
    return "، " if language.is_rtl() else ", "


def _pair(label, value) -> str:
    """'Q2 2026: 1' ('T2 2026 : 1' in French)."""
    return _("{label}: {value}").format(label=label, value=value)


def quarter_name(q) -> tuple[str, str]:
    """('Q3', '2025'), ('T3', '2025'), ('الربع 3', '2025')."""
    return _("Q{n}").format(n=(q.start.month - 1) // 3 + 1), str(q.start.year)


def quarter_label(q) -> str:
    return " ".join(quarter_name(q))


def below_target(s: Series) -> list:
    """Past quarters short of the regularity rule, from the forum's first meeting on: with a
    meeting a quarter or more, a quarter with fewer than the target; with a longer rule (every
    six months), a quarter that ends a rule's span of quarters without any meeting."""
    span = max(1, s.rule_months // 3) if s.rule_months > 3 else 1
    first = None
    out = []
    for i, q in enumerate(s.quarters):
        if first is None and (q.held or q.planned):
            first = i
        if first is None or q.future:
            continue
        if s.rule_months <= 3:
            if q.held + q.planned < s.quarter_target:
                out.append(q)
        elif i - first + 1 >= span and not sum(x.held + x.planned for x in s.quarters[i - span + 1:i + 1]):
            out.append(q)
    return out


def rule_text(s: Series) -> str:
    """The rule the meetings are drawn against, and whose rule it is."""
    if s.rule_basis == "2017":
        return _("the 2017 toolkit's rule: a forum meeting every month while the action plan is developed")
    if s.rule_basis == "2021":
        return ngettext("the OGP 2021 Standards (1.1): a forum meeting at least every month",
                        "the OGP 2021 Standards (1.1): a forum meeting at least every {n} months",
                        s.rule_months).format(n=s.rule_months)
    return ngettext("the forum's own rule: a forum meeting at least every month",
                    "the forum's own rule: a forum meeting at least every {n} months",
                    s.rule_months).format(n=s.rule_months)


def describe_quarters(s: Series) -> str:
    held = _comma().join(_pair(quarter_label(q), q.held) for q in s.quarters if not q.future)
    planned = _comma().join(_pair(quarter_label(q), q.planned) for q in s.quarters if q.planned)
    below = [quarter_label(q) for q in below_target(s)]
    text = _("Forum meetings per quarter against {rule}.").format(rule=rule_text(s)) + " " + \
        _("Held — {quarters}.").format(quarters=held)
    if planned:
        text += " " + _("Planned — {quarters}.").format(quarters=planned)
    text += " " + (_("Quarters short of the rule: {quarters}.").format(quarters=_comma().join(below)) if below
                   else _("No quarter is short of the rule."))
    return text


def meetings_chart(s: Series, path: str | Path) -> Path:
    image, draw = _canvas(_("Forum meetings per quarter"),
                          _("Held and planned, against {rule}").format(rule=rule_text(s)))
    x0, y0, x1, y1 = _plot_box()
    top = _nice_max(max([q.held + q.planned for q in s.quarters] + [s.quarter_target]) + 0.5)
    to_y = _y_axis(draw, top, _("meetings"))
    n = len(s.quarters)
    slot = (x1 - x0) / max(n, 1)
    bar = slot * 0.56
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
        for line, text in enumerate(quarter_name(q)):
            draw_text(draw, (cx, y1 + 8 + line * 22), text, 17, fill=INK if not q.future else MUTED, align="centre")
    _dashed(draw, (x0, to_y(s.quarter_target)), (x1, to_y(s.quarter_target)), TARGET)
    today = sum(1 for q in s.quarters if not q.future)
    if 0 < today < n:
        x = x0 + slot * today
        draw.line([(x, y0), (x, y1)], fill=MUTED, width=1)
        draw_text(draw, (x + 6, y0 - 2), _("ahead"), 17, fill=MUTED)
    _legend(draw, [("box", HELD, _("held")), ("box", PLANNED, _("planned")), ("dash", TARGET, _("target"))])
    return _save(image, path)


# --- parity over time -------------------------------------------------------------------------

def describe_parity(s: Series) -> str:
    if not s.parity:
        return _("Voting seats by side over time: no data.")
    first, last = s.parity[0], s.parity[-1]
    uneven = sum(1 for p in s.parity if p.government != p.non_government)
    return " ".join((
        _("Voting seats by side, month by month from {first} to {last}.").format(first=first.on.isoformat(),
                                                                                last=last.on.isoformat()),
        _("Now {government} government and {non_government} non-government.").format(
            government=last.government, non_government=last.non_government),
        _("The sides were uneven in {uneven} of {n} points.").format(uneven=uneven, n=len(s.parity))))


def parity_chart(s: Series, path: str | Path) -> Path:
    image, draw = _canvas(_("Parity over time"), _("Voting seats held by each side, at the start of each month"))
    x0, y0, x1, y1 = _plot_box()
    points = s.parity
    top = _nice_max(max([max(p.government, p.non_government) for p in points] + [1]) + 0.5)
    to_y = _y_axis(draw, top, _("seats"))
    n = len(points)

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
            draw.line([(to_x(i), y1), (to_x(i), y1 + 6)], fill=MUTED, width=1)
            draw_text(draw, (to_x(i), y1 + 10), month_year(p.on), 17, fill=INK, align="centre")
    _legend(draw, [("line", GOVERNMENT, _("government")), ("line", NON_GOVERNMENT, _("non-government")),
                   ("box", "#f4d6d6", _("uneven"))])
    return _save(image, path)


# --- response times -----------------------------------------------------------------------------

def describe_responses(s: Series) -> str:
    total = sum(b.count for b in s.responses)
    within = sum(b.count for b in s.responses if not b.late)
    parts = _comma().join(_("{days} working days: {n}").format(days=bucket_label(b), n=b.count) for b in s.responses)
    return " ".join((
        _("Time taken to answer contributions received in the last 12 months, against the target of {days} working "
          "days.").format(days=s.response_target),
        _("{within} of {total} answered within the target.").format(within=within, total=total),
        parts + ".",
        _("Still unanswered and overdue: {n}.").format(n=s.open_overdue)))


def bucket_label(b) -> str:
    """'0–5', 'over 30' (in the chart's language)."""
    return f"{b.low}–{b.high}" if b.high is not None else _("over {n}").format(n=b.low - 1)


def responses_chart(s: Series, path: str | Path) -> Path:
    total = sum(b.count for b in s.responses)
    within = sum(b.count for b in s.responses if not b.late)
    image, draw = _canvas(_("Time to answer contributions"),
                          _("{within} of {total} answered within {days} working days; {overdue} overdue and still "
                            "open").format(within=within, total=total, days=s.response_target,
                                           overdue=s.open_overdue))
    x0, y0, x1, y1 = _plot_box()
    top = _nice_max(max([b.count for b in s.responses] + [1]) * 1.1)
    to_y = _y_axis(draw, top, _("contributions"))
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
        draw_text(draw, (cx, y1 + 8), bucket_label(b), 18, fill=INK, align="centre")
    draw_text(draw, (x0, y1 + 36), _("working days from receipt to answer"), 18, fill=MUTED)
    late_from = next((i for i, b in enumerate(s.responses) if b.late), None)
    if late_from is not None:
        x = x0 + slot * late_from
        _dashed(draw, (x, y0 - 10), (x, y1), TARGET)
        draw_text(draw, (x + 8, y0 - 12), _("target: {days}").format(days=s.response_target), 18, fill=TARGET)
    _legend(draw, [("box", ON_TIME, _("within the target")), ("box", LATE, _("late"))])
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
    parts = ("؛ " if language.is_rtl() else "; ").join(_pair(i.title, _(STATUS_WORDS[i.status]).lower())
                                                         for i in result.requirements)
    return f"{result.framework.title}. {result.summary()} {parts}."


def standards_chart(result, path: str | Path) -> Path:
    """One row per requirement: its number and title, and its status in words on its colour (the
    colour is never the only sign). The height grows with the number of requirements."""
    rows = result.requirements
    row_h = 52
    height = TOP + 40 + row_h * len(rows) + 30
    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    _headline(draw, result.framework.short, result.summary())
    rtl = language.is_rtl()
    status_x = WIDTH - RIGHT - 230
    y = TOP + 20
    for i in rows:
        ink, fill = STATUS_COLOURS[i.status]
        draw.rectangle([LEFT - 60, y, WIDTH - RIGHT, y + row_h - 8], fill=fill)
        title = i.title
        while length(title, 20) > status_x - LEFT + 30 and len(title) > 4:
            title = title[:-2].rstrip() + "…" if not title.endswith("…") else title[:-2].rstrip() + "…"
        # Right to left: the title from the right edge, the status box on the left.
        box = [LEFT - 45, WIDTH - RIGHT - 12 - status_x + LEFT - 45] if rtl else [status_x, WIDTH - RIGHT - 12]
        if rtl:
            draw_text(draw, (WIDTH - RIGHT - 15, y + 10), title, 20, fill=INK, align="right")
        else:
            draw_text(draw, (LEFT - 45, y + 10), title, 20, fill=INK)
        draw.rounded_rectangle([box[0], y + 6, box[1], y + row_h - 14], radius=14, outline=ink,
                               width=3, fill="#ffffff")
        draw_text(draw, ((box[0] + box[1]) / 2, y + 10), _(STATUS_WORDS[i.status]), 20, bold=True, fill=ink,
                  align="centre")
        y += row_h
    return _save(image, path)


def write_standards_charts(results, paths: dict[str, str | Path]) -> dict[str, tuple[Path, str]]:
    """`paths`: {framework key: PNG path} for the frameworks other than 2017; returns
    {'standards-<key>': (path, alt text)}."""
    by_key = {r.key: r for r in results}
    return {f"standards-{key}": (standards_chart(by_key[key], path), describe_standards(by_key[key]))
            for key, path in paths.items() if key in by_key}
