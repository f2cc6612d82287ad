"""Map overlays that follow the date and the selection: event markers and outlined territories.

Events near the current date are drawn as markers coloured by category, larger when nearer
and more important; a disputed date is drawn as a hollow ring, so uncertainty shows on the
map itself. Outlines mark the territories linked to the selection and what changed between
two compared dates; they are built lazily (few are ever asked for) and cached.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsObject, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from events.catalogue import EventCatalogue
from events.model import Event
from geodata.dataset import TerritoryDataset
from geodata.model import Place
from geodata.projection import project_points
from viewer.core import style
from viewer.core.visibility import DEFAULT_WINDOW_DAYS
from viewer.map.paths import geometry_to_path
from viewer.map.view_overlay import ViewOverlay

MARKER_Z = 900
OUTLINE_Z = 800
OUTLINE_STYLES = {
    "selected": ("#000000", 2.4, Qt.PenStyle.SolidLine),
    "gained": (style.GREEN, 2.4, Qt.PenStyle.SolidLine),
    "lost": (style.VERMILLION, 2.4, Qt.PenStyle.DashLine),
}


@dataclass(frozen=True, slots=True)
class Located:
    """An event with the map point it is drawn at."""

    event: Event
    x: float
    y: float


def locate(events: EventCatalogue, places: dict[str, Place]) -> list[Located]:
    """Every event that has a place or a point on the map, projected once (an off-map place
    gets a pointer at the edge instead: :mod:`viewer.map.edge_pointers`)."""
    found = []
    for event in events:
        if event.place and event.place in places:
            if not places[event.place].on_map:
                continue
            lon, lat = places[event.place].lon, places[event.place].lat
        elif event.point is not None:
            lon, lat = event.point.lon, event.point.lat
        else:
            continue
        found.append((event, lon, lat))
    xs, ys = project_points(np.array([f[1] for f in found]), np.array([f[2] for f in found]))
    return [Located(e, float(x), float(y)) for (e, _, _), x, y in zip(found, xs, ys, strict=True)]


_Look = tuple[str, int, bool, bool, bool]
"""How a marker looks: category, nearness level, disputed, selected, major."""
_Spot = tuple[_Look, float, float]
"""A marker's look and its centre in pixels."""


class EventMarkers(ViewOverlay):
    """The events near the current date, drawn in the view box's pixels.

    One item draws every marker (pyqtgraph's lesson: one item, not one per event), each from
    a small picture made once per look; a date change repaints only the markers that moved,
    grew or faded, not the map under all of them (a scatter item's repaint covered the whole
    spread of markers: ~1 ms of most scrubbing frames, measured).

    Parameters
    ----------
    view_box
        The map's view box.
    events, places
        The catalogue and the gazetteer the markers are placed from.
    """

    LEVELS = 8
    """Nearness is drawn in eighths, so the markers are a few dozen pictures, drawn once."""

    def __init__(
        self, view_box: pg.ViewBox, events: EventCatalogue, places: dict[str, Place]
    ) -> None:
        super().__init__(view_box, MARKER_Z)
        self.setFlag(QGraphicsObject.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        located = locate(events, places)
        self._events = [loc.event for loc in located]
        self._x = np.array([loc.x for loc in located], dtype=float)
        self._y = np.array([loc.y for loc in located], dtype=float)
        self._starts = np.array([e.start for e in self._events], dtype=np.int64)
        self._finishes = np.array([e.finish for e in self._events], dtype=np.int64)
        self._looks: dict[_Look, tuple[QPen, QBrush, float]] = {}
        self._pictures: dict[tuple[_Look, float], QPixmap] = {}
        self._spots: dict[int, _Spot] = {}  # event index: (look, x, y) in pixels
        self._extents: dict[int, QRectF] = {}  # event index: where its marker draws
        self._day: int | None = None
        self.window_days = DEFAULT_WINDOW_DAYS
        self.selected = ""
        self.shown: list[Event] = []
        self.vector = False
        """Draw markers as shapes (exports to SVG and PDF), not from pictures."""
        view_box.sigRangeChanged.connect(self._on_view_changed)
        view_box.sigResized.connect(self._on_view_changed)

    def show_day(self, day: int) -> None:
        """Show the events within :attr:`window_days` of *day*, larger and stronger nearer."""
        self._day, window = day, self.window_days
        index = np.flatnonzero((self._starts - window <= day) & (day <= self._finishes + window))
        self.shown = [self._events[i] for i in index]
        distance = np.maximum(0, np.maximum(self._starts[index] - day, day - self._finishes[index]))
        levels = np.round((1.0 - distance / (window + 1)) * self.LEVELS).astype(int).tolist()
        t = self._vb.childTransform()
        xs = (t.m11() * self._x[index] + t.m21() * self._y[index] + t.dx()).tolist()
        ys = (t.m12() * self._x[index] + t.m22() * self._y[index] + t.dy()).tolist()
        spots = {
            i: (
                (e.category, level, e.is_disputed, e.id == self.selected, e.importance == 1),
                x,
                y,
            )
            for i, e, level, x, y in zip(index.tolist(), self.shown, levels, xs, ys, strict=True)
        }
        extents = {}
        for i, spot in spots.items():
            old = self._spots.get(i)
            extents[i] = self._extents[i] if old == spot else self._extent(spot)
            if old != spot:  # repaint where it was and where it is
                self.update(extents[i])
                if old is not None:
                    self.update(self._extents[i])
        for i in self._spots.keys() - spots.keys():
            self.update(self._extents[i])
        self._spots, self._extents = spots, extents

    def event_at(self, scene_pos: QPointF) -> str | None:
        """The id of the marker under a point of the scene, the nearest if several."""
        pos = self.mapFromScene(scene_pos)
        hits = [
            ((x - pos.x()) ** 2 + (y - pos.y()) ** 2, i)
            for i, (_, x, y) in self._spots.items()
            if self._extents[i].contains(pos)
        ]
        return self._events[min(hits)[1]].id if hits else None

    def _on_view_changed(self, *_: object) -> None:
        """Positions are in pixels: place the markers again, and repaint them all."""
        self.prepareGeometryChange()
        if self._day is not None:
            self.show_day(self._day)
        self.update()

    def _look(self, look: _Look) -> tuple[QPen, QBrush, float]:
        """The ring, fill and diameter of a marker; made once per look."""
        if look not in self._looks:
            category, level, disputed, selected, major = look
            colour = QColor(style.CATEGORY_COLOURS[category])
            colour.setAlphaF(0.45 + 0.55 * level / self.LEVELS)
            if disputed:  # a hollow ring: the date is uncertain
                ring, fill = QPen(colour, 2.0), QBrush(QColor("#ffffff"))
            else:
                ring = QPen(QColor("#000000" if selected else "#ffffff"), 2.2 if selected else 1.2)
                fill = QBrush(colour)
            ring.setCosmetic(True)
            size = (5 + 5 * level / self.LEVELS) * (1.3 if major else 1.0)
            self._looks[look] = (ring, fill, size)
        return self._looks[look]

    def _extent(self, spot: _Spot) -> QRectF:
        look, x, y = spot
        ring, _, size = self._look(look)
        half = size / 2 + ring.widthF() + 1
        return QRectF(x - half, y - half, 2 * half, 2 * half)

    def _picture(self, look: _Look, ratio: float) -> QPixmap:
        key = (look, ratio)
        if key not in self._pictures:
            ring, fill, size = self._look(look)
            half = size / 2 + ring.widthF() + 1
            picture = QPixmap(QSize(round(2 * half * ratio), round(2 * half * ratio)))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(ring)
                painter.setBrush(fill)
                painter.drawEllipse(QPointF(half, half), size / 2, size / 2)
            finally:
                painter.end()
            self._pictures[key] = picture
        return self._pictures[key]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect if option.exposedRect.isValid() else self.boundingRect()
        ratio = painter.device().devicePixelRatioF()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # nearer events on top
        for i, (look, x, y) in sorted(self._spots.items(), key=lambda item: item[1][0][1]):
            extent = self._extents[i]
            if not extent.intersects(exposed):
                continue
            if self.vector:
                ring, fill, size = self._look(look)
                painter.setPen(ring)
                painter.setBrush(fill)
                painter.drawEllipse(QPointF(x, y), size / 2, size / 2)
            else:
                painter.drawPixmap(extent.topLeft(), self._picture(look, ratio))


class Outlines:
    """Outlines of chosen territories in a few styles (selection, gained, lost)."""

    def __init__(self, view_box: pg.ViewBox, dataset: TerritoryDataset) -> None:
        self._vb = view_box
        self._dataset = dataset
        self._projected = dict(zip((t.id for t in dataset), dataset.projected, strict=True))
        self._items: dict[tuple[str, str], QGraphicsPathItem] = {}
        self.groups: dict[str, frozenset[str]] = {name: frozenset() for name in OUTLINE_STYLES}

    def set_group(self, name: str, ids: frozenset[str]) -> None:
        """Outline *ids* in style *name* (replacing that style's previous ids)."""
        for territory_id in self.groups[name] - ids:
            self._items[(name, territory_id)].setVisible(False)
        for territory_id in ids - self.groups[name]:
            self._item(name, territory_id).setVisible(True)
        self.groups[name] = ids

    def _item(self, name: str, territory_id: str) -> QGraphicsPathItem:
        key = (name, territory_id)
        if key not in self._items:
            colour, width, pen_style = OUTLINE_STYLES[name]
            geometry = self._projected[territory_id]
            if "Point" in geometry.geom_type:
                geometry = geometry.buffer(14000)
            item = QGraphicsPathItem(
                geometry_to_path(geometry.boundary if "Polygon" in geometry.geom_type else geometry)
            )
            pen = QPen(QColor(colour), width, pen_style)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setZValue(OUTLINE_Z)
            # A 2.4 px stroke is filled as a polygon: kept as a picture, it is not redrawn
            # under every marker and fade (the USSR's outline costs ~10 ms to draw).
            item.setCacheMode(QGraphicsPathItem.CacheMode.DeviceCoordinateCache)
            self._vb.addItem(item, ignoreBounds=True)
            self._items[key] = item
        return self._items[key]
