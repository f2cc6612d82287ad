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


def _ring_and_size(level: int, disputed: bool, selected: bool, major: bool) -> tuple[float, float]:
    """A marker's ring width and diameter, in pixels."""
    ring = 2.0 if disputed else 2.2 if selected else 1.2
    return ring, (5 + 5 * level / EventMarkers.LEVELS) * (1.3 if major else 1.0)


class EventMarkers(ViewOverlay):
    """The events near the current date, drawn in the view box's pixels.

    One item draws every marker (pyqtgraph's lesson: one item, not one per event), each from
    a small picture made once per look; a date change repaints only the markers that moved,
    grew or faded, not the map under all of them (a scatter item's repaint covered the whole
    spread of markers: ~1 ms of most scrubbing frames, measured). The markers shown are
    arrays (event, nearness, centre, reach), compared with the last date's at once: marker
    by marker this took ~1 ms of a date change at 100 times the real data (measured).

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
        self._row = {e.id: k for k, e in enumerate(self._events)}
        self._x = np.array([loc.x for loc in located], dtype=float)
        self._y = np.array([loc.y for loc in located], dtype=float)
        self._starts = np.array([e.start for e in self._events], dtype=np.int64)
        self._finishes = np.array([e.finish for e in self._events], dtype=np.int64)
        self._disputed = np.array([e.is_disputed for e in self._events], dtype=bool)
        self._major = np.array([e.importance == 1 for e in self._events], dtype=bool)
        self._half = np.zeros((self.LEVELS + 1, 2, 2, 2))  # [level, disputed, selected, major]
        for look in np.ndindex(self._half.shape):  # half the side of the square it draws in
            ring, size = _ring_and_size(*look)
            self._half[look] = size / 2 + ring + 1
        self._looks: dict[_Look, tuple[QPen, QBrush, float]] = {}
        self._pictures: dict[tuple[_Look, float], QPixmap] = {}
        self._shown = _Shown.none()
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
        self.shown = [self._events[i] for i in index.tolist()]
        distance = np.maximum(0, np.maximum(self._starts[index] - day, day - self._finishes[index]))
        level = np.round((1.0 - distance / (window + 1)) * self.LEVELS).astype(np.intp)
        selected = index == self._row.get(self.selected, -1)
        t = self._vb.childTransform()
        x, y = self._x[index], self._y[index]
        shown = _Shown(
            index,
            level,
            selected,
            t.m11() * x + t.m21() * y + t.dx(),
            t.m12() * x + t.m22() * y + t.dy(),
            self._half[level, self._disputed[index].astype(np.intp), selected.astype(np.intp),
                       self._major[index].astype(np.intp)],
        )  # fmt: skip
        old = self._shown
        _, in_old, in_new = np.intersect1d(
            old.index, index, assume_unique=True, return_indices=True
        )
        same = (
            (old.level[in_old] == level[in_new])
            & (old.selected[in_old] == selected[in_new])
            & (old.x[in_old] == shown.x[in_new])
            & (old.y[in_old] == shown.y[in_new])
        )
        for markers, kept in ((old, in_old[same]), (shown, in_new[same])):
            moved = np.ones(len(markers.index), dtype=bool)  # repaint where they were and are
            moved[kept] = False
            for x0, y0, half in zip(
                markers.x[moved].tolist(), markers.y[moved].tolist(), markers.half[moved].tolist(),
                strict=True,
            ):  # fmt: skip
                self.update(QRectF(x0 - half, y0 - half, 2 * half, 2 * half))
        self._shown = shown

    def event_at(self, scene_pos: QPointF) -> str | None:
        """The id of the marker under a point of the scene, the nearest if several."""
        pos = self.mapFromScene(scene_pos)
        shown = self._shown
        dx, dy = shown.x - pos.x(), shown.y - pos.y()
        inside = np.flatnonzero((np.abs(dx) <= shown.half) & (np.abs(dy) <= shown.half))
        if not len(inside):
            return None
        nearest = inside[np.argmin(dx[inside] ** 2 + dy[inside] ** 2)]
        event: Event = self._events[shown.index[nearest]]
        return event.id

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
            width, size = _ring_and_size(level, disputed, selected, major)
            if disputed:  # a hollow ring: the date is uncertain
                ring, fill = QPen(colour, width), QBrush(QColor("#ffffff"))
            else:
                ring = QPen(QColor("#000000" if selected else "#ffffff"), width)
                fill = QBrush(colour)
            ring.setCosmetic(True)
            self._looks[look] = (ring, fill, size)
        return self._looks[look]

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
        shown = self._shown
        x, y, half = shown.x, shown.y, shown.half
        touching = (
            (x - half < exposed.right())
            & (exposed.left() < x + half)
            & (y - half < exposed.bottom())
            & (exposed.top() < y + half)
        )
        order = np.argsort(shown.level, kind="stable")  # nearer events on top
        for k in order[touching[order]].tolist():
            event = self._events[shown.index[k]]
            look = (
                event.category,
                int(shown.level[k]),
                event.is_disputed,
                bool(shown.selected[k]),
                event.importance == 1,
            )
            if self.vector:
                ring, fill, size = self._look(look)
                painter.setPen(ring)
                painter.setBrush(fill)
                painter.drawEllipse(QPointF(x[k], y[k]), size / 2, size / 2)
            else:
                h = half[k]
                painter.drawPixmap(QPointF(x[k] - h, y[k] - h), self._picture(look, ratio))


@dataclass(frozen=True, slots=True)
class _Shown:
    """The markers shown, as arrays in the order of their events: each event's index, its
    nearness level, whether it is selected, its centre in pixels and half the side of the
    square it draws in."""

    index: np.ndarray
    level: np.ndarray
    selected: np.ndarray
    x: np.ndarray
    y: np.ndarray
    half: np.ndarray

    @classmethod
    def none(cls) -> _Shown:
        empty = np.empty(0)
        return cls(np.empty(0, dtype=np.intp), empty.astype(np.intp), empty.astype(bool),
                   empty, empty, empty)  # fmt: skip


class Outlines:
    """Outlines of chosen territories in a few styles (selection, gained, lost)."""

    def __init__(self, view_box: pg.ViewBox, dataset: TerritoryDataset) -> None:
        self._vb = view_box
        self._dataset = dataset
        self._position = {t.id: k for k, t in enumerate(dataset)}  # shapes made when outlined
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
            geometry = self._dataset.projected[self._position[territory_id]]
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
