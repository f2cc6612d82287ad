"""Map furniture: the graticule and a scale bar true at the centre of the view."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from geodata.projection import REGION_LONLAT, project_points, scale_at
from viewer.core import style
from viewer.core.wording import digits, is_right_to_left, translate
from viewer.map.fonts import dpi_scale, text_direction


def graticule_path(step: float = 5.0) -> QPainterPath:
    """Meridians and parallels every *step* degrees over the region, curved as projected."""
    west, south, east, north = REGION_LONLAT
    path = QPainterPath()
    lons = np.arange(math.ceil(west / step) * step, east + 1e-9, step)
    lats = np.arange(math.ceil(south / step) * step, north + 1e-9, step)
    for lon in lons:
        ys = np.linspace(south - 2, north + 2, 60)
        _polyline(path, *project_points(np.full_like(ys, lon), ys))
    for lat in lats:
        xs = np.linspace(west - 4, east + 4, 120)
        _polyline(path, *project_points(xs, np.full_like(xs, lat)))
    return path


def _polyline(path: QPainterPath, x: np.ndarray, y: np.ndarray) -> None:
    path.moveTo(float(x[0]), float(y[0]))
    for xi, yi in zip(x[1:], y[1:], strict=True):
        path.lineTo(float(xi), float(yi))


def nice_length_km(target_km: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ km not above *target_km*."""
    exponent = math.floor(math.log10(max(target_km, 1e-6)))
    for mantissa in (5, 2, 1):
        value = mantissa * 10**exponent
        if value <= target_km:
            return float(value)
    return float(10**exponent)


class ScaleBar(QGraphicsObject):
    """A scale bar in the view box's bottom-left corner, true at the view's centre.

    The projection's scale varies by a few per cent over the region, so the bar is computed
    from the ground distance per projected metre at the centre of what the user sees. Its
    sizes are pixels at 96 dpi, grown with the screen's logical DPI as its type is.
    """

    WIDTH_PX = 130.0
    """The bar's longest, at 96 dpi."""

    def __init__(self, view_box: pg.ViewBox, family: list[str], language: str = "en") -> None:
        super().__init__(view_box)
        self.language = language  # the unit and digits: the map's (:meth:`set_language`)
        self._vb = view_box
        self._font = QFont()
        self._font.setFamilies(family)
        self._font.setPointSizeF(8.5)
        self.k = dpi_scale()
        """Pixels per pixel at 96 dpi."""
        self.length_km = 0.0
        self._bar_px = 0.0
        self.setZValue(1100)
        view_box.sigRangeChanged.connect(self.refresh)
        view_box.sigResized.connect(self.refresh)

    def set_language(self, language: str) -> None:
        """Follow the map's language: a presentation's map takes each slide's."""
        if language != self.language:
            self.language = language
            self.update()

    def refresh_dpi(self) -> None:
        """Follow a change of the screen's logical DPI, as the bar's type does."""
        self.k = dpi_scale()
        self.refresh()

    def refresh(self, *_: object) -> None:
        (x0, x1), (y0, y1) = self._vb.viewRange()
        width = max(self._vb.width(), 1.0)
        ground_per_px = (x1 - x0) / width * scale_at((x0 + x1) / 2, (y0 + y1) / 2)
        self.length_km = nice_length_km(self.WIDTH_PX * self.k * ground_per_px / 1000.0)
        self._bar_px = self.length_km * 1000.0 / ground_per_px
        self.prepareGeometryChange()
        self.update()

    def panel_rect(self, bar_px: float | None = None) -> QRectF:
        """The bar's panel in the view box, for a bar *bar_px* long (the one drawn if None)."""
        rect = self._vb.boundingRect()
        bar = self._bar_px if bar_px is None else bar_px
        k = self.k
        return QRectF(rect.left() + 8 * k, rect.bottom() - 40 * k, bar + 76 * k, 32 * k)

    @property
    def reserved(self) -> QRectF:
        """The panel at its longest: where labels never go. Not the panel drawn, so that the
        labels near it stay put while panning changes the bar's length, and are laid out
        once per view."""
        return self.panel_rect(self.WIDTH_PX * self.k)

    def boundingRect(self) -> QRectF:
        return self.panel_rect().adjusted(0, -4 * self.k, 4 * self.k, 4 * self.k)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        k, panel = self.k, self.panel_rect()
        left, base = panel.left() + 8 * k, panel.bottom() - 8 * k
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 190))
        painter.drawRoundedRect(panel, 4 * k, 4 * k)
        pen = QPen(QColor(style.TEXT), 1.5 * k)
        painter.setPen(pen)
        half = left + self._bar_px / 2
        painter.fillRect(QRectF(left, base - 4 * k, self._bar_px / 2, 4 * k), QColor(style.TEXT))
        painter.drawRect(QRectF(half, base - 4 * k, self._bar_px / 2, 4 * k))
        painter.setFont(self._font)
        # the bar's own language orders '500 km', not the window's: an English slide shown in a
        # Persian window would otherwise read 'km 500'
        painter.setLayoutDirection(text_direction(is_right_to_left(self.language)))
        km = digits(
            translate("Map", "{} km", self.language).format(f"{self.length_km:g}"), self.language
        )
        painter.drawText(QPointF(left, base - 8 * k), digits("0", self.language))
        painter.drawText(QPointF(left + self._bar_px + 4 * k, base), km)
