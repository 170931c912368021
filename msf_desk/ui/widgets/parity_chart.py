"""Seats by side and by sector as labelled horizontal bars, painted with QPainter.

QtCharts is not part of PySide6-Essentials, and a few bars do not need it.
"""
from __future__ import annotations

from msf_desk.model.records import record

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from msf_desk.ui.i18n import Context

WIDGETS_PARITY_CHART = Context("WIDGETS_PARITY_CHART")

GOVERNMENT_COLOUR = QColor("#3d5a80")
NON_GOVERNMENT_COLOUR = QColor("#d9822b")


@record
class Bar:
    label: str
    value: int
    colour: QColor
    target: int | None = None  # seats the forum's rules provide, drawn as an outline

    @property
    def text(self) -> str:
        return WIDGETS_PARITY_CHART.tr("{filled} of {target}").format(filled=self.value, target=self.target) if self.target else str(self.value)


class ParityChart(QWidget):
    """Two groups of bars: 'By side' and 'By sector' (sectors with no seat are left out)."""

    PAD = 6
    GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sides: list[Bar] = []
        self.sectors: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMinimumWidth(260)

    def set_data(self, sides: list[Bar], sectors: list[Bar]) -> None:
        self.sides = list(sides)
        self.sectors = [b for b in sectors if b.value > 0]
        self.setToolTip(self.describe())
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart in words (tooltip, screen readers)."""
        sides = "; ".join(f"{b.label}: {b.text}" for b in self.sides)
        sectors = "; ".join(f"{b.label}: {b.value}" for b in self.sectors) or "none"
        return WIDGETS_PARITY_CHART.tr("Seats by side — {sides}. By sector — {sectors}.").format(sides=sides, sectors=sectors)

    # --- geometry -----------------------------------------------------------------
    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + 6

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = len(self.sides) + max(1, len(self.sectors))
        height = 2 * self._title_height() + rows * self._row_height() + self.GAP * 2 + self.PAD * 2
        return QSize(360, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, self.sizeHint().height())

    # --- painting -----------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        fm = QFontMetrics(self.font())
        width = self.width() - 2 * self.PAD
        labels = [b.label for b in self.sides + self.sectors]
        label_w = min(max((fm.horizontalAdvance(t) for t in labels), default=0) + 12, int(width * 0.45))
        texts = [b.text for b in self.sides + self.sectors]
        number_w = max((fm.horizontalAdvance(t) for t in texts), default=0) + 10
        bar_x = self.PAD + label_w
        bar_w = max(20, width - label_w - number_w)
        y = float(self.PAD)
        y = self._group(painter, WIDGETS_PARITY_CHART.tr("By side"), self.sides, y, bar_x, bar_w, label_w)
        y += self.GAP
        if self.sectors:
            self._group(painter, WIDGETS_PARITY_CHART.tr("By sector"), self.sectors, y, bar_x, bar_w, label_w)
        else:
            painter.setFont(self._title_font())
            painter.drawText(QRectF(self.PAD, y, width, self._title_height()), Qt.AlignLeft | Qt.AlignVCenter, WIDGETS_PARITY_CHART.tr("By sector"))
            painter.setFont(self.font())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QRectF(self.PAD, y + self._title_height(), width, self._row_height()),
                             Qt.AlignLeft | Qt.AlignVCenter, WIDGETS_PARITY_CHART.tr("No voting seats are filled."))
        painter.end()

    def _group(self, painter: QPainter, title: str, bars: list[Bar], y: float,
               bar_x: float, bar_w: float, label_w: float) -> float:
        fm = QFontMetrics(self.font())
        text_colour = self.palette().windowText().color()
        painter.setFont(self._title_font())
        painter.setPen(text_colour)
        painter.drawText(QRectF(self.PAD, y, self.width() - 2 * self.PAD, self._title_height()),
                         Qt.AlignLeft | Qt.AlignVCenter, title)
        painter.setFont(self.font())
        y += self._title_height()
        scale = max([b.value for b in bars] + [b.target or 0 for b in bars] + [1])
        row_h = self._row_height()
        for bar in bars:
            label = fm.elidedText(bar.label, Qt.ElideRight, int(label_w - 10))
            painter.setPen(text_colour)
            painter.drawText(QRectF(self.PAD, y, label_w - 10, row_h), Qt.AlignRight | Qt.AlignVCenter, label)
            bar_top = y + 4
            bar_h = row_h - 8
            if bar.target:
                outline = QRectF(bar_x, bar_top, bar_w * bar.target / scale, bar_h)
                pen = QPen(bar.colour, 1, Qt.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.NoBrush)
                painter.drawRect(outline)
            filled = bar_w * bar.value / scale
            painter.setPen(Qt.NoPen)
            painter.setBrush(bar.colour)
            if filled > 0:
                painter.drawRoundedRect(QRectF(bar_x, bar_top, filled, bar_h), 2, 2)
            end = bar_x + max(filled, bar_w * (bar.target or 0) / scale)
            painter.setPen(text_colour)
            painter.drawText(QRectF(end + 6, y, self.width() - end - 6, row_h),
                             Qt.AlignLeft | Qt.AlignVCenter, bar.text)
            y += row_h
        return y
