"""The compliance dashboard's charts, painted with QPainter (QtCharts is not available):
meetings per quarter against the target, parity over time, time to answer contributions.

Each chart takes the series from msf_desk.core.compliance and describes itself in words
(tooltip and accessible description), the same words as the pictures in the reports.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from msf_desk.core.compliance_charts import Series
from msf_desk.ui.i18n import Context, QT_TRANSLATE_NOOP, in_window_language, shown, window_month_year

WIDGETS_DASHBOARD_CHARTS = Context("WIDGETS_DASHBOARD_CHARTS")

HELD = QColor("#3d5a80")
PLANNED = QColor("#a9c4dd")
TARGET = QColor("#b8322b")
GOVERNMENT = QColor("#3d5a80")
NON_GOVERNMENT = QColor("#d9822b")
UNEVEN = QColor("#fbeeee")
ON_TIME = QColor("#3f8f5b")
LATE = QColor("#b8322b")
GRID = QColor("#d9dee5")


def _nice_max(value: float) -> int:
    for top in (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 500, 1000):
        if value <= top:
            return top
    # Past 1,000: 1, 2, 2.5 or 5 times a power of ten, so the axis reads 20000, 40000… (a
    # 100,000-contribution forum gave 56359 and 112718, clipped at the left).
    power = 10 ** (len(str(int(value))) - 1)
    return next(int(m * power) for m in (1, 2, 2.5, 5, 10) if value <= m * power)


class _Chart(QWidget):
    """Title, legend, a y axis with grid lines; subclasses paint the data in the plot box."""

    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: Series | None = None
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(260, 200)
        self.setFocusPolicy(Qt.TabFocus)  # reachable by keyboard, so its description can be read
        self.setAccessibleName(shown(self.title))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(380, 250)

    def set_series(self, series: Series) -> None:
        self.series = series
        with in_window_language():   # the charts' words (exports.charts), in the window's language
            text = self.describe()
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def describe(self) -> str:
        return ""

    def legend(self) -> list[tuple[str, QColor, str]]:
        return []

    # --- frame ---------------------------------------------------------------------------
    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def plot_box(self) -> QRectF:
        fm = QFontMetrics(self.font())
        top = QFontMetrics(self._bold()).height() + fm.height() + 14
        widest = f"{self.y_top():g}" if self.series is not None else ""
        left = max(fm.horizontalAdvance("000"), fm.horizontalAdvance(widest)) + 14
        return QRectF(left, top, max(10, self.width() - left - 10), max(10, self.height() - top - 2 * fm.height() - 10))

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        ink = self.palette().windowText().color()
        painter.setPen(ink)
        painter.setFont(self._bold())
        bold_h = QFontMetrics(self._bold()).height()
        painter.drawText(QRectF(4, 2, self.width() - 8, bold_h), Qt.AlignLeft | Qt.AlignVCenter, shown(self.title))
        painter.setFont(self.font())
        fm = QFontMetrics(self.font())
        x = 4.0
        y = 6 + bold_h
        for kind, colour, label in self.legend():
            if kind == "box":
                painter.fillRect(QRectF(x, y + fm.height() / 2 - 5, 10, 10), colour)
            else:
                pen = QPen(colour, 2, Qt.DashLine if kind == "dash" else Qt.SolidLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 14, y + fm.height() / 2))
            painter.setPen(ink)
            painter.drawText(QRectF(x + 18, y, fm.horizontalAdvance(label) + 4, fm.height()), Qt.AlignVCenter, label)
            x += 30 + fm.horizontalAdvance(label)
        if self.series is None:
            painter.end()
            return
        self.paint_data(painter, self.plot_box())
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def y_axis(self, painter: QPainter, box: QRectF, top: int):
        fm = QFontMetrics(self.font())
        steps = top if top <= 6 else next(n for n in (5, 4, 3, 2, 1) if top % n == 0)
        muted = self.palette().placeholderText().color()
        for i in range(steps + 1):
            value = top * i / steps
            y = box.bottom() - box.height() * i / steps
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(0, y - fm.height() / 2, box.left() - 6, fm.height()),
                             Qt.AlignRight | Qt.AlignVCenter, f"{value:g}")

        def to_y(value: float) -> float:
            return box.bottom() - box.height() * (value / top if top else 0)

        return to_y

    def y_top(self) -> int:
        """The value at the top of the y axis (the plot box leaves room for its label)."""
        raise NotImplementedError

    def paint_data(self, painter: QPainter, box: QRectF) -> None:
        raise NotImplementedError


class MeetingsChart(_Chart):
    title = QT_TRANSLATE_NOOP("WIDGETS_DASHBOARD_CHARTS", "Forum meetings per quarter")

    def describe(self) -> str:
        from msf_desk.exports.charts import describe_quarters

        return describe_quarters(self.series) if self.series else ""

    def legend(self):
        return [("box", HELD, WIDGETS_DASHBOARD_CHARTS.tr("held", "meetings in a quarter")), ("box", PLANNED, WIDGETS_DASHBOARD_CHARTS.tr("planned", "meetings in a quarter")),
                ("dash", TARGET, WIDGETS_DASHBOARD_CHARTS.tr("target"))]

    def y_top(self) -> int:
        s = self.series
        return _nice_max(max([q.held + q.planned for q in s.quarters] + [s.quarter_target]) + 0.5)

    def paint_data(self, painter: QPainter, box: QRectF) -> None:
        from msf_desk.exports.charts import below_target

        s = self.series
        top = self.y_top()
        to_y = self.y_axis(painter, box, top)
        n = max(len(s.quarters), 1)
        slot = box.width() / n
        bar = slot * 0.6
        fm = QFontMetrics(self.font())
        short = {q.label for q in below_target(s)}
        ink = self.palette().windowText().color()
        for i, q in enumerate(s.quarters):
            cx = box.left() + slot * (i + 0.5)
            if q.held:
                painter.fillRect(QRectF(cx - bar / 2, to_y(q.held), bar, to_y(0) - to_y(q.held)), HELD)
            if q.planned:
                rect = QRectF(cx - bar / 2, to_y(q.held + q.planned), bar, to_y(q.held) - to_y(q.held + q.planned))
                painter.fillRect(rect, PLANNED)
                painter.setPen(QPen(HELD, 1))
                painter.drawRect(rect)
            if q.label in short:
                painter.setPen(TARGET)
                painter.drawText(QRectF(cx - 8, to_y(0) - fm.height() - 2, 16, fm.height()), Qt.AlignCenter, "!")
            quarter, year = q.label.split(" ")
            painter.setPen(ink if not q.future else self.palette().placeholderText().color())
            if slot > fm.horizontalAdvance("Q4") + 2:
                painter.drawText(QRectF(cx - slot / 2, box.bottom() + 2, slot, fm.height()), Qt.AlignCenter, quarter)
            # The first year label is skipped when the next Q1's label would run into it.
            to_next_q1 = (5 - int(quarter[1])) * slot
            if quarter == "Q1" or (i == 0 and to_next_q1 >= fm.horizontalAdvance(year) + 8):
                painter.drawText(QRectF(cx - 30, box.bottom() + 2 + fm.height(), 60, fm.height()), Qt.AlignCenter,
                                 year)
        painter.setPen(QPen(TARGET, 2, Qt.DashLine))
        painter.drawLine(QPointF(box.left(), to_y(s.quarter_target)), QPointF(box.right(), to_y(s.quarter_target)))


class ParityTimeline(_Chart):
    title = QT_TRANSLATE_NOOP("WIDGETS_DASHBOARD_CHARTS", "Parity over time")

    def describe(self) -> str:
        from msf_desk.exports.charts import describe_parity

        return describe_parity(self.series) if self.series else ""

    def legend(self):
        return [("line", GOVERNMENT, WIDGETS_DASHBOARD_CHARTS.tr("government")), ("line", NON_GOVERNMENT, WIDGETS_DASHBOARD_CHARTS.tr("non-government")),
                ("box", QColor("#f4d6d6"), WIDGETS_DASHBOARD_CHARTS.tr("uneven"))]

    def y_top(self) -> int:
        return _nice_max(max([max(p.government, p.non_government) for p in self.series.parity] + [1]) + 0.5)

    def paint_data(self, painter: QPainter, box: QRectF) -> None:
        points = self.series.parity
        top = self.y_top()
        to_y = self.y_axis(painter, box, top)
        n = len(points)
        step = box.width() / max(n - 1, 1)

        def to_x(i: int) -> float:
            return box.left() + step * i

        for i, p in enumerate(points):
            if p.government != p.non_government:
                painter.fillRect(QRectF(to_x(i) - step / 2, box.top(), step, box.height()).intersected(box), UNEVEN)
        for colour, value, offset in ((GOVERNMENT, lambda p: p.government, -1.5),
                                      (NON_GOVERNMENT, lambda p: p.non_government, 1.5)):
            path = QPainterPath()
            for i, p in enumerate(points):
                y = to_y(value(p)) + offset
                if i == 0:
                    path.moveTo(to_x(i), y)
                else:
                    path.lineTo(to_x(i), path.currentPosition().y())
                    path.lineTo(to_x(i), y)
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.NoBrush)
            painter.drawPath(path)
        fm = QFontMetrics(self.font())
        painter.setPen(self.palette().windowText().color())
        for i, p in enumerate(points):
            if p.on.day == 1 and p.on.month in (1, 7):
                text = window_month_year(p.on)
                w = fm.horizontalAdvance(text)
                painter.drawText(QRectF(to_x(i) - w / 2 - 2, box.bottom() + 2, w + 4, fm.height()), Qt.AlignCenter,
                                 text)


class ResponseTimesChart(_Chart):
    title = QT_TRANSLATE_NOOP("WIDGETS_DASHBOARD_CHARTS", "Time to answer contributions")

    def describe(self) -> str:
        from msf_desk.exports.charts import describe_responses

        return describe_responses(self.series) if self.series else ""

    def legend(self):
        return [("box", ON_TIME, WIDGETS_DASHBOARD_CHARTS.tr("within the target")), ("box", LATE, WIDGETS_DASHBOARD_CHARTS.tr("late")), ("dash", TARGET, WIDGETS_DASHBOARD_CHARTS.tr("target"))]

    def y_top(self) -> int:
        return _nice_max(max([b.count for b in self.series.responses] + [1]) * 1.15)

    def paint_data(self, painter: QPainter, box: QRectF) -> None:
        s = self.series
        top = self.y_top()
        to_y = self.y_axis(painter, box, top)
        n = max(len(s.responses), 1)
        slot = box.width() / n
        bar = slot * 0.7
        fm = QFontMetrics(self.font())
        ink = self.palette().windowText().color()
        from msf_desk.exports.charts import bucket_label

        with in_window_language():   # 'over 30' in the window's language; a range kept left to right
            labels = ["\u2066" + bucket_label(b) + "\u2069" for b in s.responses]
        for i, b in enumerate(s.responses):
            cx = box.left() + slot * (i + 0.5)
            if b.count:
                painter.fillRect(QRectF(cx - bar / 2, to_y(b.count), bar, to_y(0) - to_y(b.count)),
                                 LATE if b.late else ON_TIME)
                painter.setPen(ink)
                painter.drawText(QRectF(cx - slot / 2, to_y(b.count) - fm.height(), slot, fm.height()),
                                 Qt.AlignCenter, str(b.count))
            painter.setPen(ink)
            painter.drawText(QRectF(cx - slot / 2, box.bottom() + 2, slot, fm.height()), Qt.AlignCenter, labels[i])
        late_from = next((i for i, b in enumerate(s.responses) if b.late), None)
        if late_from is not None:
            x = box.left() + slot * late_from
            painter.setPen(QPen(TARGET, 2, Qt.DashLine))
            painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))
        painter.setPen(self.palette().placeholderText().color())
        # From the widget's left edge: the axis labels of a large forum narrow the plot box.
        painter.drawText(QRectF(4, box.bottom() + 2 + fm.height(), self.width() - 8, fm.height()),
                         Qt.AlignLeft | Qt.AlignVCenter,
                         WIDGETS_DASHBOARD_CHARTS.tr("working days to answer (target {response_target}); {open_overdue} overdue and open").format(response_target=s.response_target, open_overdue=s.open_overdue))
