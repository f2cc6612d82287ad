"""Shapes to QPainterPaths, built when drawn from their coordinate arrays; the most recently
drawn are kept, up to a number of bytes (:func:`held_bytes`).

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
from PySide6.QtGui import QPainterPath, QPolygonF
from shapely.geometry.base import BaseGeometry

from geodata.shapes import Shapes
from viewer.core.kept import KeptByBytes

MIN_SIMPLIFIED = 64
"""Geometries with fewer vertices than this are drawn as they are at every level."""
KEPT_FRACTION = 0.8
"""A simplified path is kept only if it drops at least a fifth of the vertices."""
MAX_LEVELS = 1
"""Levels of detail whose paths are kept: the view's. A zoom to another level simplifies
again on the worker (drawing full paths meanwhile): each level kept held ~150 MB with a
hundred copies of the data (measured)."""
CHUNK = 64
"""Geometries per task simplified ahead: short tasks, so quitting never waits on one long."""
PATH_ELEMENT_BYTES = 44
"""Memory a path's element holds once drawn: 24 bytes in the path, 20 in the copy Qt's raster
engine keeps with it (``qtVectorPathForPath``)."""
PATH_BYTES = 3 << 10
"""Memory a path holds once drawn, besides its elements: the copy Qt keeps has room for 256
elements in itself, 3 KB however small the path (~3.2 KB a 20-vertex path, measured)."""


def held_bytes(path: QPainterPath) -> int:
    """The memory *path* holds once drawn (as measured: :data:`PATH_BYTES` and
    :data:`PATH_ELEMENT_BYTES`)."""
    return PATH_BYTES + path.elementCount() * PATH_ELEMENT_BYTES


FULL_BYTES = 20 << 20
"""Memory for full-detail paths: every path of the real data (304,000 elements, ~13 MB). At a
hundred times the data they held ~67 MB (1 M vertices kept) while the screen draws simplified
paths; exports make again those that went (quick: it is simplifying that costs)."""
SIMPLIFIED_BYTES = 24 << 20
"""Memory for simplified paths made from their :class:`Shape` arrays: with the real data
every path at any level fits; with a hundred copies of the data (3.7 million vertices at the
whole-region view) those least recently drawn go and are made again when drawn."""
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="simplify")


def _parts(geometry: BaseGeometry) -> list[BaseGeometry]:
    if hasattr(geometry, "geoms"):
        return [p for g in geometry.geoms for p in _parts(g)]
    return [geometry]


def _polygon(xy: np.ndarray) -> QPolygonF:
    """The points of *xy* (x, y rows) as a polygon, copied at once into its memory."""
    polygon = QPolygonF()
    polygon.resize(len(xy))
    fn.ndarray_from_qpolygonf(polygon)[:] = xy
    return polygon


Rings = list[tuple[np.ndarray, bool]]
"""A path's rings as compact coordinate arrays (x, y rows in map metres), each closed or not."""


def rings(geometry: BaseGeometry, outline: bool = False, include_z: bool = False) -> Rings:
    """The rings :func:`geometry_to_path` draws, as arrays: closed for polygons' fills, open
    for lines and (with *outline*) for polygons' boundaries; with *include_z*, x, y, z rows."""
    found: Rings = []
    for part in _parts(geometry):
        if part.geom_type == "Polygon":
            for ring in (part.exterior, *part.interiors):
                found.append((shapely.get_coordinates(ring, include_z=include_z), not outline))
        elif part.geom_type in ("LineString", "LinearRing") and not outline:
            found.append((shapely.get_coordinates(part, include_z=include_z), False))
    return found


class PathSources:
    """What each path is made from: a shape of *shapes* and whether the path is that shape's
    outline. Paths are made from the shapes' coordinate arrays, without making geometries;
    a site (a point) is drawn as a disc of *disc* metres radius, made when asked for.

    Parameters
    ----------
    shapes
        The shapes drawn.
    indices
        Each path's shape.
    outlines
        Whether each path is its shape's outline.
    disc
        The radius of a site's disc.
    """

    def __init__(
        self,
        shapes: Shapes,
        indices: Sequence[int] | np.ndarray,
        outlines: Sequence[bool],
        disc: float = 0.0,
    ) -> None:
        self.shapes, self._disc = shapes, disc
        self._indices = np.asarray(indices, dtype=np.intp)
        self._outlines = np.asarray(outlines, dtype=bool)
        self._points = shapes.points()

    @classmethod
    def of(cls, drawn: Sequence[tuple[BaseGeometry, bool]], disc: float = 0.0) -> PathSources:
        """Paths of plain geometries, each with whether it is the outline; a geometry given
        twice (one object) is one shape."""
        shapes: dict[int, tuple[int, BaseGeometry]] = {}
        for geometry, _ in drawn:
            shapes.setdefault(id(geometry), (len(shapes), geometry))
        return cls(
            Shapes.of([geometry for _, geometry in shapes.values()]),
            [shapes[id(geometry)][0] for geometry, _ in drawn],
            [outline for _, outline in drawn],
            disc,
        )

    def __len__(self) -> int:
        return len(self._indices)

    def shape_of(self, index: int) -> int:
        """The shape path *index* draws."""
        return int(self._indices[index])

    def outline(self, index: int) -> bool:
        """Whether path *index* is its shape's outline."""
        return bool(self._outlines[index])

    def geometry(self, index: int) -> BaseGeometry:
        """Path *index*'s geometry, made now (a site's disc)."""
        shape = self.shape_of(index)
        geometry = self.shapes[shape]
        return geometry.buffer(self._disc) if self._points[shape] else geometry

    def coordinates(self, index: int) -> np.ndarray:
        """Path *index*'s geometry's coordinates (:func:`shapely.get_coordinates` order)."""
        shape = self.shape_of(index)
        if self._points[shape]:
            disc: np.ndarray = shapely.get_coordinates(self.geometry(index))
            return disc
        return self.shapes.vertices(shape)

    def rings(self, index: int) -> Rings:
        """The rings path *index* draws (as :func:`rings`), views of the shapes' arrays."""
        shape, outline = self.shape_of(index), self.outline(index)
        if self._points[shape]:
            return rings(self.geometry(index), outline)
        loops = self.shapes.loops(shape)
        return [(xy, area and not outline) for xy, area in loops if area or not outline]


def rings_path(found: Rings) -> QPainterPath:
    """The path of *found* rings; holes by the even-odd rule.

    Its memory is reserved at once: grown point by point, paths of 300-vertex rings held 12%
    more (measured)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    path.reserve(sum(len(xy) for xy, _ in found))
    for xy, closed in found:
        if len(xy) >= 2:
            path.addPolygon(_polygon(xy))  # an open polygon is a polyline
            if closed:
                path.closeSubpath()
    return path


def geometry_to_path(geometry: BaseGeometry, outline: bool = False) -> QPainterPath:
    """A path for any (multi)polygon or (multi)line in map metres; holes by the even-odd rule.

    With *outline*, only the rings of polygons, as open lines: the polygons' boundary without
    shapely computing it (a fifth less time to make, measured).
    """
    return rings_path(rings(geometry, outline))


def outline_path(geometry: BaseGeometry) -> QPainterPath:
    """Only the boundary lines of polygons, for strokes that must not close across a clip."""
    return geometry_to_path(geometry, outline=True)


def detail_level(metres_per_pixel: float) -> int:
    """The level of detail for a view: simplify by 2**level metres, at most half a pixel.

    Levels are powers of two so that zooming by less than a factor of two keeps the paths
    already simplified; half a pixel keeps every outline within the pixel it was drawn in.
    """
    return math.floor(math.log2(max(metres_per_pixel / 2, 1.0)))


def simplified(geometry: BaseGeometry, level: int, numbered: bool = False) -> BaseGeometry | None:
    """The geometry simplified for *level*, or None where that saves little; *numbered*, with
    each vertex's number in the geometry (:func:`shapely.get_coordinates`' order) as its z.

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
    if numbered:  # simplifying keeps some of the vertices, and so their z
        xy = shapely.get_coordinates(geometry)
        numbers = np.arange(len(xy), dtype=float)
        geometry = shapely.set_coordinates(
            shapely.force_3d(geometry), np.column_stack([xy, numbers])
        )
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


class FullPaths(Sequence[QPainterPath]):
    """The full-detail paths of many geometries, made when asked for; the most recently
    used are kept, up to *max_bytes* in all (:func:`held_bytes`).

    Made all at once and kept, the fill and outline paths of a hundred copies of the data
    held 870 MB, most of them never drawn at full detail (the screen draws simplified paths;
    measured). Making a path again is quick: 0.04 ms for a 4,000-vertex ring (measured).

    Parameters
    ----------
    sources
        What each path is made from.
    """

    def __init__(self, sources: PathSources, max_bytes: int = FULL_BYTES) -> None:
        self._sources = sources
        self._kept: KeptByBytes[int, QPainterPath] = KeptByBytes(max_bytes, held_bytes)

    def __len__(self) -> int:
        return len(self._sources)

    @overload
    def __getitem__(self, index: int) -> QPainterPath: ...
    @overload
    def __getitem__(self, index: slice) -> list[QPainterPath]: ...
    def __getitem__(self, index: int | slice) -> QPainterPath | list[QPainterPath]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        path = self._kept.get(index)
        if path is None:
            path = rings_path(self._sources.rings(index))
            self._kept.put(index, path)
        return path


class Shape:
    """A simplified path as the numbers of the full geometry's vertices it keeps, ring by ring
    (4 bytes a vertex), made into its path when drawn: a level's paths held 44 bytes an
    element once drawn (the path and Qt's copy of it), 208 MB with a hundred copies of the
    data after a scrub, and its coordinates would hold 16 bytes a vertex (59 MB; measured).

    Parameters
    ----------
    found
        The rings of the geometry simplified with its vertices numbered
        (:func:`simplified`), as x, y, number rows.
    """

    __slots__ = ("closed", "numbers", "stops")

    def __init__(self, found: Rings) -> None:
        columns = [xyz[:, 2] for xyz, _ in found]
        self.numbers = np.concatenate(columns).astype(np.int32) if found else np.empty(0, np.int32)
        self.stops = tuple(np.cumsum([len(c) for c in columns]).tolist())
        """Where each ring ends in :attr:`numbers`."""
        self.closed = tuple(closed for _, closed in found)

    @property
    def vertices(self) -> int:
        return len(self.numbers)

    def path(self, coordinates: np.ndarray) -> QPainterPath:
        """The path of these rings of the geometry simplified, whose *coordinates* these are."""
        xy = coordinates[self.numbers]
        starts = (0, *self.stops[:-1])
        found = zip(starts, self.stops, self.closed, strict=True)
        return rings_path([(xy[start:stop], closed) for start, stop, closed in found])


_WHOLE = Shape([])
"""Marks a path of :class:`DetailedPaths` drawn at full detail at the view's level."""


class DetailedPaths:
    """Paths of many geometries simplified for the view's level of detail, made when drawn.

    When a level is first asked for, its geometries are simplified ahead on a worker thread
    (shapely releases the GIL, so this runs on another core): a date change that shows a
    territory for the first time then only builds its path. Simplifying there, in the
    frame, made the worst frames of a scrub (a first Soviet state took 24 ms; measured).
    Only the view's level is kept (each level held ~150 MB with a hundred copies of the
    data, measured), as :class:`Shape` arrays; the paths made from them are kept up to
    *max_bytes* (:func:`held_bytes`), the most recently drawn.

    Parameters
    ----------
    sources
        What each path is made from.
    full
        The full paths, drawn where simplifying saves little; asked for each time, never
        kept here, so that a bounded :class:`FullPaths` stays bounded.
    max_bytes
        Memory for the simplified paths made.
    """

    def __init__(
        self,
        sources: PathSources,
        full: Sequence[QPainterPath],
        max_bytes: int = SIMPLIFIED_BYTES,
    ) -> None:
        self._sources, self._full = sources, full
        self._level: int | None = None
        self._shapes: list[Shape | None] = []  # the level's, None: not simplified yet
        self._ahead: list[Future[list[Shape | None]] | None] = []  # None: collected
        self._collected = 0  # the chunks before this are taken from the worker (warm)
        self._warmed = 0  # and the paths before this made, or no more fit
        self._made: KeptByBytes[int, QPainterPath] = KeptByBytes(max_bytes, held_bytes)

    def at(self, level: int) -> list[Shape | None]:
        """The shapes simplified so far for *level* (None: not yet); draw them with
        :meth:`path`. Asking for another level than the last drops the last's."""
        if level != self._level:
            for task in self._ahead:
                if task is not None:
                    task.cancel()
            self._level, self._collected, self._warmed = level, 0, 0
            self._shapes = [None] * len(self._sources)
            self._made.clear()
            self._ahead = [
                _WORKER.submit(self._simplify, level, start)
                for start in range(0, len(self._sources), CHUNK)
            ]
        return self._shapes

    def path(self, shapes: list[Shape | None], level: int, index: int) -> QPainterPath:
        """Path *index* at *level*, made now from its shape in *shapes* (from :meth:`at`)
        unless kept; until the worker has simplified it, the full path (the same picture,
        more work)."""
        if level != self._level:  # shapes of a level since dropped
            return self._full[index]
        shape = shapes[index]
        if shape is None:
            task = self._ahead[index // CHUNK]
            if task is None or not task.done():  # not simplified yet: the full path, this once
                return self._full[index]  # (simplifying here held the first paint ~50 ms)
            self._collect(index // CHUNK)
            shape = shapes[index]
        if shape is _WHOLE or shape is None:
            return self._full[index]
        key = index - 1 if self._shares(index) else index
        path = self._made.get(key)
        if path is None:
            path = shape.path(self._sources.coordinates(index))
            self._made.put(key, path)
        return path

    def _collect(self, chunk: int) -> None:
        """Take a chunk's shapes from the worker (those it did not simplify, drawn full)."""
        task = self._ahead[chunk]
        assert task is not None
        self._ahead[chunk] = None
        start = chunk * CHUNK
        for offset, shape in enumerate(task.result()):
            self._shapes[start + offset] = _WHOLE if shape is None else shape

    def _shares(self, index: int) -> bool:
        """Whether path *index* is a simplified polygon's outline, which strokes its fill's
        path, closed rings drawn with the outline's pen and no brush: one path for the two
        (with 100 copies of the data the paths of one level held 270 MB, half of them
        outlines; measured). A polygon's fill comes just before its outline."""
        sources = self._sources
        return (
            sources.outline(index)
            and index > 0
            and sources.shape_of(index - 1) == sources.shape_of(index)
        )

    def warm(self, level: int, budget_ms: float) -> bool:
        """Take the shapes simplified ahead at *level*, then make their paths while they fit
        the memory for them, for up to *budget_ms*; whether all that is done (called while
        the app is idle: with the real data every path is made before it is drawn).

        It goes on from where it stopped: looking over the 38,000 paths of a hundred copies
        of the data again cost ~3 ms a call, and the map asks after every date change."""
        shapes = self.at(level)
        deadline = time.perf_counter() + budget_ms / 1000
        while self._collected < len(self._ahead):
            task = self._ahead[self._collected]
            if task is not None:
                if not task.done():
                    return False  # the worker is still on it: another time
                self._collect(self._collected)
            self._collected += 1
        while self._warmed < len(shapes):
            index, shape = self._warmed, shapes[self._warmed]
            key = index - 1 if self._shares(index) else index
            size = 0  # made already, or not here (drawn full)
            if shape is not None and shape is not _WHOLE and key not in self._made:
                size = PATH_BYTES + shape.vertices * PATH_ELEMENT_BYTES
            if self._made.bytes + size > self._made.max_bytes:
                break  # no room: the paths kept are those drawn
            self.path(shapes, level, index)
            self._warmed += 1
            if time.perf_counter() > deadline:
                return False
        self._warmed = len(shapes)
        return True

    def _simplify(self, level: int, start: int) -> list[Shape | None]:
        """Simplify a chunk into its paths' :class:`Shape` (where the simplified geometries
        held ~120 MB at a level with a hundred copies of the data, measured); a polygon's fill
        and outline share the work and the shape."""
        done: list[Shape | None] = []
        for index in range(start, min(start + CHUNK, len(self._sources))):
            if index > start and self._shares(index):
                done.append(done[-1])
            else:
                outline = self._sources.outline(index) and not self._shares(index)
                geometry = self._sources.geometry(index)  # made here, one at a time
                done.append(_simplified_shape(geometry, level, outline))
        return done


def _simplified_shape(geometry: BaseGeometry, level: int, outline: bool) -> Shape | None:
    """The geometry's path simplified for *level* as a :class:`Shape`, or None where that
    saves little; checked to keep the geometry's own coordinates (else None: drawn full)."""
    simple = simplified(geometry, level, numbered=True)
    if simple is None:
        return None
    found = rings(simple, outline, include_z=True)
    shape = Shape(found)
    kept = np.concatenate([xyz[:, :2] for xyz, _ in found]) if found else np.empty((0, 2))
    exact = np.array_equal(shapely.get_coordinates(geometry)[shape.numbers], kept)
    return shape if exact else None
