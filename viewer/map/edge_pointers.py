"""Pointers at the map's edge to the off-map places of the events lit up now.

An event in Moscow or London has no spot on the map: a tag at the edge of the view names the
place, points along the great circle towards it and gives its distance
(:mod:`viewer.core.offmap`). Tags are boxed and italic with an arrow, unlike any town label, so
nobody reads them as places on the map; clicking one selects its event and never pans.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from events.model import Event
from geodata.model import Place
from geodata.projection import project_points
from viewer.core import style
from viewer.core.offmap import CENTRE, EdgePointer, edge_pointer
from viewer.core.wording import decimal, grouped, translate
from viewer.map.fonts import dpi_scale
from viewer.map.view_overlay import ViewOverlay

POINTER_Z = 1100
"""Above the labels: a tag is never hidden under a town's name."""
MARGIN = 6.0
PAD = 4.0
ARROW = 16.0
"""The arrow's room at the tag's left, in pixels at 96 dpi and the screen's type size."""
FONT_POINTS = 9.0


@dataclass(frozen=True, slots=True)
class Tag:
    """One placed pointer: the events it stands for (nearest first), its text and box."""

    events: tuple[str, ...]
    text: str
    box: QRectF
    angle: float
    """The screen direction to the place, radians (0 = right, counter-clockwise)."""
    colour: str


def off_map_place(event: Event, places: dict[str, Place]) -> Place | None:
    """The event's gazetteer place if it lies beyond the map's frame."""
    place = places.get(event.place or "")
    return place if place is not None and not place.on_map else None


class EdgePointers(ViewOverlay):
    """The tags of the off-map events shown, drawn in the view box's pixels.

    Parameters
    ----------
    view_box
        The map's view box.
    places
        The gazetteer.
    families
        Font families in fallback order.

    Signals
    -------
    tagsMoved(object)
        The tags' boxes changed (a list of QRectF, view box pixels): labels keep off them.
    """

    tagsMoved = Signal(object)

    def __init__(self, view_box: pg.ViewBox, places: dict[str, Place], families: list[str]):
        super().__init__(view_box, POINTER_Z)
        self._places = places
        self.font = QFont()
        self.font.setFamilies(families)
        self.font.setPointSizeF(FONT_POINTS)
        self.font.setItalic(True)
        self._scale = 1.0  # the tags' size over the screen's (set_scale)
        self.k = dpi_scale()
        """Pixels per pixel at 96 dpi and the screen's type size (:meth:`set_scale`)."""
        self._shown: list[tuple[Place, list[Event], tuple[EdgePointer, QPointF]]] = []
        self._pointers: dict[str, tuple[EdgePointer, QPointF]] = {}  # place: where, map metres
        self._texts: dict[tuple[str, str, str], tuple[str, float]] = {}  # text and its width
        (cx,), (cy,) = project_points(np.array([CENTRE[0]]), np.array([CENTRE[1]]))
        self._centre = QPointF(float(cx), float(cy))
        self._day = 0
        self._lang = "en"
        self.tags: list[Tag] = []
        self._bounds = QRectF()  # the bounding rect the scene knows
        self.vector = False
        """Draw text as outlines (exports to SVG and PDF), as the labels do."""
        view_box.sigRangeChanged.connect(self._layout)
        view_box.sigResized.connect(self._layout)

    def set_scale(self, scale: float) -> None:
        """Draw the tags *scale* times their size on screen (an export's, as its labels)."""
        if scale == self._scale:
            return
        self._scale = scale
        self.font.setPointSizeF(FONT_POINTS * scale)
        self.refresh_dpi()

    def refresh_dpi(self) -> None:
        """Follow a change of the screen's logical DPI: the boxes and arrows grow or shrink
        with the type, and the tags are placed again."""
        self.k = dpi_scale() * self._scale
        self._texts.clear()  # measured in the font before
        self._layout()

    def show_events(self, events: list[Event], day: int, lang: str) -> None:
        """Point at the off-map places of *events* (nearest first, as
        :meth:`~events.catalogue.EventCatalogue.near` lists them), one tag a place."""
        by_place: dict[str, list[Event]] = {}
        for event in events:
            if (place := off_map_place(event, self._places)) is not None:
                by_place.setdefault(place.id, []).append(event)
        self._shown = [
            (place, found, self._pointer(place))
            for place_id, found in by_place.items()
            for place in (self._places[place_id],)
        ]
        self._day, self._lang = day, lang
        self._layout()

    def _pointer(self, place: Place) -> tuple[EdgePointer, QPointF]:
        """Where the great circle to *place* leaves the frame, and that point in map metres;
        worked out once a place (a date change only picks the places)."""
        if place.id not in self._pointers:
            pointer = edge_pointer(place.lon, place.lat)
            (x,), (y,) = project_points(np.array([pointer.lon]), np.array([pointer.lat]))
            self._pointers[place.id] = (pointer, QPointF(float(x), float(y)))
        return self._pointers[place.id]

    def _text(
        self, place: Place, pointer: EdgePointer, metrics: QFontMetricsF
    ) -> tuple[str, float]:
        """A tag's text and its width in the font; measured once a name and language."""
        name = place.names_on(self._day).get(self._lang)
        key = (place.id, name, self._lang)
        if key not in self._texts:
            far = translate("Map", "{} km", self._lang).format(
                grouped(pointer.distance_km, self._lang)
            )
            text = f"{name} · {far}"
            self._texts[key] = (text, metrics.horizontalAdvance(text))
        return self._texts[key]

    def _layout(self, *_: object) -> None:
        """Place the tags at the view's edge where their great circles leave the frame."""
        k = self.k
        bounds = self._vb.boundingRect().adjusted(MARGIN * k, MARGIN * k, -MARGIN * k, -MARGIN * k)
        t = self._vb.childTransform()
        metrics = QFontMetricsF(self.font)
        centre = t.map(self._centre)
        tags: list[Tag] = []
        for place, events, (pointer, point) in self._shown:
            edge = t.map(point)
            text, width = self._text(place, pointer, metrics)
            size = QRectF(0, 0, (ARROW + 2 * PAD) * k + width,
                          metrics.height() + 2 * PAD * k)  # fmt: skip
            box = _clamped(size.translated(edge - size.center()), bounds)
            while any(box.intersects(tag.box) for tag in tags):  # stacked, never overlapping
                box.translate(0, size.height() + 2)
            angle = math.atan2(-(edge.y() - centre.y()), edge.x() - centre.x())
            colour = style.CATEGORY_COLOURS[events[0].category]
            tags.append(Tag(tuple(e.id for e in events), text, box, angle, colour))
        bounds = self.boundingRect()
        if bounds != self._bounds:  # the view box was resized
            self.prepareGeometryChange()
            self._bounds = bounds
        if tags == self.tags:
            return  # most date changes: no repaint of the map under the tags
        moved = [tag.box for tag in tags] != [tag.box for tag in self.tags]
        for tag in (*self.tags, *tags):  # where they were and are, the frame's pen included
            self.update(tag.box.adjusted(-2 * k, -2 * k, 2 * k, 2 * k))
        self.tags = tags
        if moved:
            self.tagsMoved.emit([tag.box for tag in tags])

    def event_at(self, scene_pos: QPointF) -> str | None:
        """The nearest-in-time event of the tag under a point of the scene."""
        pos = self.mapFromScene(scene_pos)
        return next((tag.events[0] for tag in self.tags if tag.box.contains(pos)), None)

    def tooltip_at(self, scene_pos: QPointF, titles: dict[str, str]) -> str | None:
        """What a tag stands for, or None away from the tags."""
        pos = self.mapFromScene(scene_pos)
        for tag in self.tags:
            if tag.box.contains(pos):
                lines = [titles[e] for e in tag.events]
                note = translate(
                    "Map",
                    "Off the map: {place}, along the great circle from the map's centre "
                    "({lon}° E, {lat}° N)",
                    self._lang,
                ).format(
                    place=tag.text,
                    lon=decimal(f"{CENTRE[0]:g}", self._lang),
                    lat=decimal(f"{CENTRE[1]:g}", self._lang),
                )
                return "\n".join([*lines, note])
        return None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = QFontMetricsF(self.font)
        for tag in self.tags:
            k = self.k
            painter.setPen(QPen(QColor(tag.colour), 1.2 * k))
            painter.setBrush(QColor(style.TEXT_HALO))
            painter.drawRoundedRect(tag.box, 4 * k, 4 * k)
            _draw_arrow(painter, tag, QColor(tag.colour), k)
            baseline = QPointF(
                tag.box.left() + (PAD + ARROW) * k, tag.box.top() + PAD * k + metrics.ascent()
            )
            if self.vector:
                path = QPainterPath()
                path.addText(baseline, self.font, tag.text)
                painter.fillPath(path, QColor(style.TEXT))
            else:
                painter.setFont(self.font)
                painter.setPen(QColor(style.TEXT))
                painter.drawText(baseline, tag.text)


def _clamped(box: QRectF, bounds: QRectF) -> QRectF:
    """*box* moved the least to lie inside *bounds*."""
    dx = max(bounds.left() - box.left(), 0) - max(box.right() - bounds.right(), 0)
    dy = max(bounds.top() - box.top(), 0) - max(box.bottom() - bounds.bottom(), 0)
    return box.translated(dx, dy)


def _draw_arrow(painter: QPainter, tag: Tag, colour: QColor, k: float) -> None:
    """An arrow (shaft and head) in the tag's left end, pointing towards the place on screen;
    *k* pixels per pixel at 96 dpi."""
    centre = QPointF(tag.box.left() + (PAD + ARROW / 2) * k, tag.box.center().y())
    d = QPointF(math.cos(tag.angle), -math.sin(tag.angle))
    n = QPointF(-d.y(), d.x())
    tip, tail = centre + d * 6.0 * k, centre - d * 6.0 * k
    pen = QPen(colour, 1.8 * k)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(tail, centre + d * 2.0 * k)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([tip, centre + n * 4.0 * k, centre - n * 4.0 * k]))
