"""Map furniture of a composed picture: scale bar, north arrow, and an animation's timeline."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from geodata.projection import project_points, scale_at, unproject_point
from viewer.core import style
from viewer.core.export_options import MUTED, PAPER_COLOUR
from viewer.core.export_request import Furniture
from viewer.core.wording import digits, translate
from viewer.export.text import Typesetter, is_rtl
from viewer.map.fonts import text_direction
from viewer.map.furniture import nice_length_km


@dataclass(frozen=True, slots=True)
class FurnitureBox:
    """The scale bar and north arrow of a picture, placed: where their panel goes is known
    before anything is drawn, so the map's labels keep off it (:meth:`LabelLayer.reserve`)."""

    box: QRectF
    """The panel, in the picture's logical pixels."""
    furniture: Furniture
    u: float
    bar: float
    km: str
    zero: str
    arrow: float
    north_angle: float


def furniture_box(
    rect: QRectF,
    view_range: tuple[tuple[float, float], tuple[float, float]],
    furniture: Furniture,
    u: float,
    text: Typesetter,
    language: str = "en",
) -> FurnitureBox:
    """Scale bar and north arrow in the map's lower left corner, true at its centre, its
    figures in *language*.

    *rect* is the map on the page and *view_range* the map metres it shows,
    ``((x0, x1), (y0, y1))``.
    """
    (x0, x1), (y0, y1) = view_range
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ground_per_px = (x1 - x0) / rect.width() * scale_at(cx, cy)
    length_km = nice_length_km(
        min(max(0.16 * rect.width(), 110 * u), 220 * u) * ground_per_px / 1000
    )
    bar = length_km * 1000 / ground_per_px
    metrics = text.metrics(text.font(15 * u))
    arrow = 34 * u if furniture.show_north_arrow else 0.0
    km = digits(translate("Map", "{} km", language).format(f"{length_km:g}"), language)
    bar_part = (
        bar + metrics.horizontalAdvance(f" {km}") + 12 * u if furniture.show_scale_bar else 0.0
    )
    box = QRectF(rect.left() + 10 * u, rect.bottom() - 62 * u, arrow + bar_part + 24 * u, 52 * u)
    lon, lat = unproject_point(cx, cy)
    (nx,), (ny,) = project_points(np.array([lon]), np.array([lat + 0.5]))
    angle = math.degrees(math.atan2(nx - cx, ny - cy))
    return FurnitureBox(box, furniture, u, bar, km, digits("0", language), arrow, angle)


def draw_furniture(painter: QPainter, placed: FurnitureBox, text: Typesetter) -> None:
    """Draw the scale bar and north arrow *placed* by :func:`furniture_box`."""
    box, u, bar, arrow = placed.box, placed.u, placed.bar, placed.arrow
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRoundedRect(box, 5 * u, 5 * u)
    painter.setFont(text.font(15 * u))
    ink = QColor(style.TEXT)
    if placed.furniture.show_north_arrow:
        painter.save()
        painter.translate(box.left() + 12 * u + arrow / 2, box.center().y() + 7 * u)
        painter.rotate(placed.north_angle)
        head = QPainterPath()
        head.moveTo(0, -16 * u)
        head.lineTo(7 * u, 6 * u)
        head.lineTo(0, 1 * u)
        head.lineTo(-7 * u, 6 * u)
        head.closeSubpath()
        painter.setBrush(ink)
        painter.drawPath(head)
        painter.restore()
        painter.setPen(ink)
        n_box = QRectF(box.left() + 12 * u, box.top() + 1 * u, arrow, 18 * u)
        painter.drawText(n_box, Qt.AlignmentFlag.AlignCenter, "N")
    if placed.furniture.show_scale_bar:
        left = box.left() + 12 * u + arrow + (10 * u if arrow else 0)
        base = box.center().y() + 8 * u
        thick = 6 * u
        painter.setPen(QPen(ink, max(1.0, 1.2 * u)))
        painter.setBrush(ink)
        painter.drawRect(QRectF(left, base - thick, bar / 2, thick))
        painter.setBrush(QColor(PAPER_COLOUR))
        painter.drawRect(QRectF(left + bar / 2, base - thick, bar / 2, thick))
        # the length in its own language's order ('200 km', '۲۰۰ کیلومتر' read from the right),
        # not in a direction the painter inherited (as the app's bar, viewer.map.furniture)
        painter.setLayoutDirection(text_direction(is_rtl(placed.km)))
        painter.drawText(QPointF(left - 3 * u, base - thick - 5 * u), placed.zero)
        painter.drawText(QPointF(left + bar + 6 * u, base), placed.km)
    painter.restore()


class Timeline:
    """A bar from an animation's first to last day, years marked, and a dot at the day shown.

    The bar and its years are the same in every frame (:meth:`draw_track`); only the part
    filled and the dot move (:meth:`draw_progress`, drawn after the track). Time runs left to
    right in every language, as in the app; the years are written in *language*'s digits.
    """

    def __init__(
        self, rect: QRectF, span: tuple[dt.date, dt.date], u: float, language: str
    ) -> None:
        self.span, self.u, self.language = span, u, language
        self.left, self.right = rect.left() + 8 * u, rect.right() - 8 * u
        self.y = rect.top() + 14 * u

    def x_of(self, day: dt.date) -> float:
        start, end = self.span
        fraction = (day - start).days / max((end - start).days, 1)
        return self.left + (self.right - self.left) * min(max(fraction, 0.0), 1.0)

    def draw_track(self, painter: QPainter, text: Typesetter) -> None:
        u, y, (start, end) = self.u, self.y, self.span
        font = text.font(17 * u)
        metrics = text.metrics(font)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d9d4c7"))
        painter.drawRoundedRect(
            QRectF(self.left, y - 3 * u, self.right - self.left, 6 * u), 3 * u, 3 * u
        )
        years = range(start.year + (start.month > 1 or start.day > 1), end.year + 1)
        label_every = next(
            (n for n in (1, 2, 5, 10, 20, 50) if len(years) / n * 60 * u <= self.right - self.left),
            100,
        )
        painter.setFont(font)
        tick = cosmetic_pen(MUTED)
        for year in years:
            x = self.x_of(dt.date(year, 1, 1))
            painter.setPen(tick)
            painter.drawLine(QPointF(x, y + 5 * u), QPointF(x, y + 11 * u))
            if year % label_every == 0:
                label = digits(str(year), self.language)
                painter.setPen(QColor(MUTED))
                baseline = QPointF(
                    x - metrics.horizontalAdvance(label) / 2, y + 11 * u + metrics.ascent()
                )
                painter.drawText(baseline, label)
        painter.restore()

    def draw_progress(self, painter: QPainter, day: dt.date) -> None:
        u, y, x = self.u, self.y, self.x_of(day)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(MUTED))  # neutral: the map's hues all mean something
        painter.drawRoundedRect(QRectF(self.left, y - 3 * u, x - self.left, 6 * u), 3 * u, 3 * u)
        painter.setPen(QPen(QColor(PAPER_COLOUR), 2 * u))
        painter.setBrush(QColor(style.TEXT))
        painter.drawEllipse(QPointF(x, y), 8 * u, 8 * u)
        painter.restore()


def cosmetic_pen(colour: str) -> QPen:
    """A hairline: one device pixel wide at any scale."""
    pen = QPen(QColor(colour), 1.0)
    pen.setCosmetic(True)
    return pen
