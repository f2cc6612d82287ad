"""Shapely geometries to QPainterPaths, built when first drawn and then replayed.

Paths for the screen may also be simplified by level of detail (:func:`simplified_path`):
exports always draw the full geometry.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import overload

import numpy as np
import pyqtgraph.functions as fn
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath
from shapely.geometry.base import BaseGeometry

MIN_SIMPLIFIED = 64
"""Geometries with fewer vertices than this are drawn as they are at every level."""
KEPT_FRACTION = 0.8
"""A simplified path is kept only if it drops at least a fifth of the vertices."""
MAX_LEVELS = 3
"""Levels of detail whose paths are kept (those a few zoom steps return to)."""
CHUNK = 64
"""Geometries per task simplified ahead: short tasks, so quitting never waits on one long."""
FULL_VERTICES = 1_000_000
"""Vertices of full-detail paths kept (24 MB of path elements, ~67 MB of memory once full
with a hundred copies of the data, measured): every path of the real data (~300,000). At a
hundred times the data, the screen draws simplified paths, and exports make again those
that went (quick: it is simplifying that costs)."""
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="simplify")


def _parts(geometry: BaseGeometry) -> list[BaseGeometry]:
    if hasattr(geometry, "geoms"):
        return [p for g in geometry.geoms for p in _parts(g)]
    return [geometry]


def _add_ring(path: QPainterPath, xy: np.ndarray, closed: bool) -> None:
    if len(xy) < 2:
        return
    polygon = fn.arrayToQPolygonF(np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1]))
    if closed:
        path.addPolygon(polygon)
        path.closeSubpath()
    else:
        path.addPolygon(polygon)  # an open polygon is a polyline


def geometry_to_path(geometry: BaseGeometry, outline: bool = False) -> QPainterPath:
    """A path for any (multi)polygon or (multi)line in map metres; holes by the even-odd rule.

    With *outline*, only the rings of polygons, as open lines: the polygons' boundary without
    shapely computing it (a fifth less time to make, measured).
    """
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in _parts(geometry):
        if part.geom_type == "Polygon":
            for ring in (part.exterior, *part.interiors):
                _add_ring(path, shapely.get_coordinates(ring), closed=not outline)
        elif part.geom_type in ("LineString", "LinearRing") and not outline:
            _add_ring(path, shapely.get_coordinates(part), closed=False)
    return path


def outline_path(geometry: BaseGeometry) -> QPainterPath:
    """Only the boundary lines of polygons, for strokes that must not close across a clip."""
    return geometry_to_path(geometry, outline=True)


def detail_level(metres_per_pixel: float) -> int:
    """The level of detail for a view: simplify by 2**level metres, at most half a pixel.

    Levels are powers of two so that zooming by less than a factor of two keeps the paths
    already simplified; half a pixel keeps every outline within the pixel it was drawn in.
    """
    return math.floor(math.log2(max(metres_per_pixel / 2, 1.0)))


def simplified(geometry: BaseGeometry, level: int) -> BaseGeometry | None:
    """The geometry simplified for *level*, or None where that saves little.

    The 4,000 polygons of a hundred copies of the data have 1.6 million vertices where
    about 1,500 are visible; simplified to half a pixel of the whole-region view they have
    0.4 million and stroke in 143 ms instead of 225 (measured): what a pixel cannot show
    need not be drawn. Points (the sites' discs) and short lines are kept as they are.
    """
    if geometry.geom_type in ("Point", "MultiPoint"):
        return None
    before = shapely.get_num_coordinates(geometry)
    if before < MIN_SIMPLIFIED:
        return None
    simple = shapely.simplify(geometry, 2.0**level)  # topology kept: no new crossings
    if simple.is_empty or shapely.get_num_coordinates(simple) > KEPT_FRACTION * before:
        return None
    return simple


def simplified_path(geometry: BaseGeometry, level: int, outline: bool) -> QPainterPath | None:
    """The geometry's path simplified for *level*, or None where that saves little."""
    simple = simplified(geometry, level)
    return None if simple is None else _path(simple, outline)


def _path(geometry: BaseGeometry, outline: bool) -> QPainterPath:
    return outline_path(geometry) if outline else geometry_to_path(geometry)


_FULL = QPainterPath()
"""Marks a path of :class:`DetailedPaths` drawn at full detail at that level."""


class FullPaths(Sequence[QPainterPath]):
    """The full-detail paths of many geometries, made when asked for; the most recently
    used are kept, up to *max_vertices* in all.

    Made all at once and kept, the fill and outline paths of a hundred copies of the data
    held 870 MB, most of them never drawn at full detail (the screen draws simplified paths;
    measured). Making a path again is quick: 0.04 ms for a 4,000-vertex ring (measured).

    Parameters
    ----------
    sources
        Each path's geometry and whether the path is that geometry's outline.
    """

    def __init__(
        self, sources: list[tuple[BaseGeometry, bool]], max_vertices: int = FULL_VERTICES
    ) -> None:
        self._sources, self._max = sources, max_vertices
        self._kept: dict[int, QPainterPath] = {}  # least recently used first
        self._vertices = 0

    def __len__(self) -> int:
        return len(self._sources)

    @overload
    def __getitem__(self, index: int) -> QPainterPath: ...
    @overload
    def __getitem__(self, index: slice) -> list[QPainterPath]: ...
    def __getitem__(self, index: int | slice) -> QPainterPath | list[QPainterPath]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        path = self._kept.pop(index, None)
        if path is None:
            path = _path(*self._sources[index])
            self._vertices += path.elementCount()
        self._kept[index] = path
        while self._vertices > self._max and len(self._kept) > 1:
            oldest = next(iter(self._kept))
            self._vertices -= self._kept.pop(oldest).elementCount()
        return path


class DetailedPaths:
    """Paths of many geometries at the levels of detail asked for, made lazily and kept.

    When a level is first asked for, its geometries are simplified ahead on a worker thread
    (shapely releases the GIL, so this runs on another core): a date change that shows a
    territory for the first time then only builds its path. Simplifying there, in the
    frame, made the worst frames of a scrub (a first Soviet state took 24 ms; measured).

    Parameters
    ----------
    sources
        Each path's geometry and whether the path is that geometry's outline.
    full
        The full paths, drawn where simplifying saves little; asked for each time, never
        kept here, so that a bounded :class:`FullPaths` stays bounded.
    """

    def __init__(
        self, sources: list[tuple[BaseGeometry, bool]], full: Sequence[QPainterPath]
    ) -> None:
        self._sources, self._full = sources, full
        self._levels: dict[int, list[QPainterPath | None]] = {}
        self._ahead: dict[int, list[Future[list[BaseGeometry | None]]]] = {}
        self._warmed: dict[int, int] = {}  # per level, the paths before this index are made

    def at(self, level: int) -> list[QPainterPath | None]:
        """The paths made so far for *level* (None: not yet); read them with :meth:`path`."""
        if level not in self._levels:
            if len(self._levels) >= MAX_LEVELS:  # keep the few levels zooming returns to
                evicted = next(iter(self._levels))
                del self._levels[evicted]
                self._warmed.pop(evicted, None)
                for task in self._ahead.pop(evicted):
                    task.cancel()
            self._levels[level] = [None] * len(self._full)
            self._ahead[level] = [
                _WORKER.submit(self._simplify, level, start)
                for start in range(0, len(self._full), CHUNK)
            ]
        return self._levels[level]

    def path(self, paths: list[QPainterPath | None], level: int, index: int) -> QPainterPath:
        """Path *index* at *level*, made now if *paths* (from :meth:`at`) lacks it and the
        worker has simplified it; until then the full path (the same picture, more work)."""
        path = paths[index]
        if path is None:
            task = self._ahead[level][index // CHUNK]
            if not task.done():  # not simplified yet: the full path, this once
                return self._full[index]  # (simplifying here held the first paint ~50 ms)
            simple = task.result()[index % CHUNK]
            if simple is None:
                paths[index] = _FULL
                return self._full[index]
            path = paths[index] = self._new_path(paths, index, simple)
        elif path is _FULL:
            return self._full[index]
        return path

    def _new_path(
        self, paths: list[QPainterPath | None], index: int, simple: BaseGeometry
    ) -> QPainterPath:
        """A simplified polygon's outline strokes its fill's path, closed rings drawn with
        the outline's pen and no brush: one path for the two (with 100 copies of the data the
        paths of one level held 270 MB, half of them outlines; measured)."""
        geometry, outline = self._sources[index]
        if not (outline and index and self._sources[index - 1][0] is geometry):
            return _path(simple, outline)
        fill = paths[index - 1]
        if fill is None:
            fill = paths[index - 1] = geometry_to_path(simple)
        return fill

    def warm(self, level: int, budget_ms: float) -> bool:
        """Make paths at *level* already simplified ahead, for up to *budget_ms*; whether
        every path at that level is made (called while the app is idle).

        It goes on from where it stopped: looking over the 38,000 paths of a hundred copies
        of the data again cost ~3 ms a call, and the map asks after every date change."""
        paths, tasks = self.at(level), self._ahead[level]
        deadline = time.perf_counter() + budget_ms / 1000
        for index in range(self._warmed.get(level, 0), len(paths)):
            if not tasks[index // CHUNK].done():
                self._warmed[level] = index
                return False  # the worker is still on it: another time
            self.path(paths, level, index)
            if time.perf_counter() > deadline:
                self._warmed[level] = index + 1
                return False
        self._warmed[level] = len(paths)
        self._ahead[level] = []  # every path is made: the simplified geometries may go
        return True

    def _simplify(self, level: int, start: int) -> list[BaseGeometry | None]:
        """Simplify a chunk; a polygon's fill and outline, side by side, share the work."""
        done: list[BaseGeometry | None] = []
        before: BaseGeometry | None = None
        for geometry, _ in self._sources[start : start + CHUNK]:
            done.append(done[-1] if geometry is before else simplified(geometry, level))
            before = geometry
        return done
