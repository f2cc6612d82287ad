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
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from events.catalogue import EventCatalogue
from events.model import Event
from geodata.dataset import TerritoryDataset
from geodata.model import Place
from geodata.projection import project_points
from viewer import style
from viewer.paths import geometry_to_path

MARKER_Z = 900
OUTLINE_Z = 800
OUTLINE_STYLES = {
    "selected": ("#000000", 2.4, Qt.PenStyle.SolidLine),
    "gained": (style.GREEN, 2.4, Qt.PenStyle.SolidLine),
    "lost": (style.VERMILLION, 2.4, Qt.PenStyle.DashLine),
}


@dataclass(frozen=True, slots=True)
class Located:
    """An event with the map point it is drawn at (an off-map place's edge anchor)."""

    event: Event
    x: float
    y: float


def locate(events: EventCatalogue, places: dict[str, Place]) -> list[Located]:
    """Every event that has a place or a point, projected once."""
    found = []
    for event in events:
        if event.place and event.place in places:
            lon, lat = places[event.place].anchor
        elif event.point is not None:
            lon, lat = event.point.lon, event.point.lat
        else:
            continue
        found.append((event, lon, lat))
    xs, ys = project_points([f[1] for f in found], [f[2] for f in found])
    return [Located(e, float(x), float(y)) for (e, _, _), x, y in zip(found, xs, ys, strict=True)]


def highlight_window(first_day: int, last_day: int) -> int:
    """Days either side of the date whose events light up: ~1/40 of the visible timeline."""
    return int(np.clip((last_day - first_day) / 40, 20, 1500))


class EventMarkers:
    """One scatter item for the events near the current date (pyqtgraph: one item, not one per
    event).

    Parameters
    ----------
    view_box
        The map's view box.
    events, places
        The catalogue and the gazetteer the markers are placed from.
    """

    def __init__(
        self, view_box: pg.ViewBox, events: EventCatalogue, places: dict[str, Place]
    ) -> None:
        self._located = locate(events, places)
        self._starts = np.array([loc.event.start for loc in self._located])
        self._finishes = np.array([loc.event.finish for loc in self._located])
        # useCache=False: symbols drawn as paths, so SVG and PDF exports keep them as vectors
        self.item = pg.ScatterPlotItem(pxMode=True, hoverable=False, useCache=False)
        self.item.setZValue(MARKER_Z)
        view_box.addItem(self.item, ignoreBounds=True)
        self.window_days = 183
        self.selected = ""
        self.shown: list[Event] = []

    def show_day(self, day: int) -> None:
        near = (self._starts - self.window_days <= day) & (day <= self._finishes + self.window_days)
        spots = []
        self.shown = []
        for index in np.flatnonzero(near):
            loc = self._located[index]
            event = loc.event
            distance = max(0, event.start - day, day - event.finish)
            nearness = 1.0 - distance / (self.window_days + 1)
            size = (5 + 5 * nearness) * (1.3 if event.importance == 1 else 1.0)
            colour = QColor(style.CATEGORY_COLOURS[event.category])
            colour.setAlphaF(0.45 + 0.55 * nearness)
            ring = QPen(QColor("#000000" if event.id == self.selected else "#ffffff"))
            ring.setWidthF(2.2 if event.id == self.selected else 1.2)
            brush = QBrush(QColor("#ffffff")) if event.is_disputed else QBrush(colour)
            if event.is_disputed:
                ring = QPen(colour, 2.0)
            spots.append(
                {"pos": (loc.x, loc.y), "size": size, "brush": brush, "pen": ring, "data": event.id}
            )
            self.shown.append(event)
        self.item.setData(spots)


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
            self._vb.addItem(item, ignoreBounds=True)
            self._items[key] = item
        return self._items[key]
