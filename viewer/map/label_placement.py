"""Where labels go: which are wanted in a view on a day, and a free place for each.

Qt-light (sizes only): the placement is plain arithmetic on screen rectangles, kept apart
from the layer that draws the labels.
"""

from __future__ import annotations

import heapq
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import shapely
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTransform
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from geodata.model import Names
from viewer.core import style

WRAPPED_ROLES = ("territory", "event")
_AREA_STEPS = tuple(
    (fx - 0.5, fy - 0.5)
    for fx, fy in sorted(
        (
            (fx, fy)
            for fx in (0, 0.35, -0.35, 0.7, -0.7)
            for fy in (0, -1.1, 1.1, -2.2, 2.2, -3.3, 3.3)
        ),
        key=lambda step: step[0] ** 2 + step[1] ** 2,
    )
)
"""Where an area label's top-left corner is tried, in label widths and heights from its
anchor: centred first, then ever further away."""
_INSIDE_STEPS = ((-0.5, -0.5), (-0.2, -0.5), (-0.8, -0.5), (-0.5, -0.25), (-0.5, -0.75))
"""An area's label around one of its inner points, the point always within the label."""
GRID = 3
"""An area's bounds are cut into GRID × GRID cells: the inner point of each large piece is
another place for its label, so a part of it in view is labelled where it shows."""
LEAST_SHARE = 0.04
"""A piece (or a line's part) smaller than this share of the whole gives no place of its own."""
LINE_FRACTIONS = (0.5, 0.35, 0.65, 0.2, 0.8, 0.08, 0.92)
"""Where along a line its label is tried, from the middle outwards."""
Box = tuple[float, float, float, float]
"""A rectangle on screen as (left, top, right, bottom), in view pixels."""
RANK_SCALE = {1: float("inf"), 2: 4500.0, 3: 2000.0}
ALWAYS_END = 2**62
"""The end of a label shown on every day."""
MAX_TRIED = 250
"""Labels tried per layout, by priority. The real data wants at most 85 at 1920×1080, and
places ~73; with a hundred copies of it ~650 were tried, ~2,000 free-place tests each
layout, for a few more labels squeezed in (30 of ~50 ms a date change, measured)."""
MAX_MISSES = 40
"""A layout stops after this many labels in a row found no room: the view is full. The real
data's longest run of misses is 18 (every year, three languages, 1920×1080); a hundred
copies of it missed ~220 of the 250 tried, each after testing every place around its anchor
(most of a layout's time), where the stop tries ~120 and places ~28 labels instead of ~31."""


@dataclass(slots=True)
class LabelSpec:
    """A label to place.

    ``names`` gives the text for a day (historical names) and language; it is shown on the
    days ``[start, end)`` (ordinals; always by default); ``dot`` draws a town marker at the
    point; ``group`` is the layer it belongs to (a historical kind or a base layer), whose
    label goes when the layer is switched off ("" for labels always shown).
    """

    key: str
    x: float
    y: float
    names: Callable[[int], Names]
    priority: float
    role: str = "place"  # place, capital, sea, country, province, territory, event
    max_scale: float = float("inf")
    dot: bool = True
    start: int = 0
    end: int = ALWAYS_END
    colour: str = style.TEXT
    group: str = ""
    geometry: Callable[[], BaseGeometry] | None = None
    """Makes the feature (projected metres) when it is an area or a line: its label then goes
    inside the area or beside the line, where they show in the view (:func:`feature_anchors`).
    Made when laid out and kept among the last :data:`PREPARED_KEPT` (:func:`prepared`): the
    map's shapes wait as arrays (:mod:`geodata.shapes`)."""
    kind: str = ""
    """The feature's kind of shape (``"MultiLineString"``) when it has a geometry."""
    anchors: list[tuple[float, float]] | None = field(default=None, repr=False, compare=False)
    """The places tried for the label, best first, made on first use (:func:`feature_anchors`)."""
    extent: Box | None = field(default=None, repr=False, compare=False)
    """The feature's bounds (projected metres), kept with its anchors: a label too big for them
    cannot lie inside, which a layout learns without asking shapely (:func:`could_hold`)."""

    def places(self) -> list[tuple[float, float]]:
        """Where the label may go, best first, in projected metres."""
        if self.anchors is None:
            found = None
            if self.geometry is not None:
                geometry = prepared(self.geometry)
                found = feature_anchors(geometry)
                self.extent = geometry.bounds
            self.anchors = found.tolist() if found is not None else [(self.x, self.y)]
        return self.anchors

    @property
    def along(self) -> bool:
        """Whether the label goes beside a line rather than inside an area or at a point."""
        return self.geometry is not None and "Line" in self.kind

    def bounds(self) -> Box:
        """Where the feature lies (its point's for a point), projected metres."""
        if self.extent is not None:
            return self.extent
        if self.geometry is None:
            return (self.x, self.y, self.x, self.y)
        x0, y0, x1, y1 = prepared(self.geometry).bounds
        return (x0, y0, x1, y1)


PREPARED_KEPT = 64
"""Features' geometries kept made and prepared for asking whether a label lies inside: twice
a view's labels (a layout places ~30), far fewer than the 19,200 features of a hundred copies
of the data."""


@lru_cache(maxsize=PREPARED_KEPT)
def prepared(make: Callable[[], BaseGeometry]) -> BaseGeometry:
    """The geometry *make* makes, prepared (asked often whether a label lies inside)."""
    geometry = make()
    shapely.prepare(geometry)
    return geometry


def feature_anchors(geometry: BaseGeometry) -> np.ndarray | None:
    """Places for a feature's label, best first, as an (n, 2) array of projected metres.

    An area's are inner points (the pole of inaccessibility, far from every edge): of its
    largest part first, then of each large piece of a GRID × GRID cut of its bounds, largest
    first, so that when only a piece is in view the label goes there. A line's are points along
    its longer parts, from their middles outwards. None for a point.
    """
    if "Polygon" in geometry.geom_type:
        return _area_anchors(geometry)
    if "Line" in geometry.geom_type:
        lines = sorted(getattr(geometry, "geoms", [geometry]), key=lambda g: -g.length)
        total = sum(line.length for line in lines)
        points = [
            line.interpolate(f, normalized=True)
            for line in lines
            if line.length >= LEAST_SHARE * total
            for f in LINE_FRACTIONS
        ]
        return np.array([(p.x, p.y) for p in points])
    return None


def _area_anchors(area: BaseGeometry) -> np.ndarray:
    parts = sorted(getattr(area, "geoms", [area]), key=lambda p: -p.area)
    total = area.area
    tolerance = max(np.sqrt(total) / 200, 1.0)
    found: list[tuple[float, float, float]] = []  # (area, x, y)
    best = polylabel(parts[0], tolerance)
    x0, y0, x1, y1 = area.bounds
    xs, ys = np.linspace(x0, x1, GRID + 1), np.linspace(y0, y1, GRID + 1)
    pieces = [
        piece
        for i in range(GRID)
        for j in range(GRID)
        for piece in _polygons(shapely.clip_by_rect(area, xs[i], ys[j], xs[i + 1], ys[j + 1]))
    ]
    for piece in [*parts[1:], *pieces]:
        if piece.area >= LEAST_SHARE * total:
            point = polylabel(piece, tolerance)
            found.append((piece.area, point.x, point.y))
    found.sort(key=lambda f: -f[0])
    return np.array([(best.x, best.y), *((x, y) for _, x, y in found)])


def _polygons(geometry: BaseGeometry) -> list[BaseGeometry]:
    """The polygons of a clipped area (a clip may leave lines and points at its edges)."""
    parts = getattr(geometry, "geoms", [geometry])
    return [p for p in parts if p.geom_type == "Polygon" and not p.is_empty]


Slot = tuple[Box, float, float, bool]
"""A free place for a label: its box, the anchor it belongs to, and whether the label is
there where it belongs (:func:`inside`)."""
Wanted = tuple[str, str, LabelSpec, list[tuple[float, float]]]
"""A label wanted in a view: key, text, spec and the places it may go there (view pixels),
best first."""


class SpecArrays:
    """Labels sorted by priority, their extents and limits kept as arrays, so that which are
    wanted in a view on a day is one numpy test (asking each of ~4,000 cost ~5 ms)."""

    def __init__(self, specs: list[LabelSpec]) -> None:
        self.specs = sorted(specs, key=lambda s: s.priority)
        bounds = [s.bounds() for s in self.specs]
        self._bounds = np.array(bounds, dtype=float).reshape(-1, 4)
        self._max_scales = np.array([s.max_scale for s in self.specs], dtype=float)
        self._starts = np.array([s.start for s in self.specs], dtype=np.int64)
        self._ends = np.array([s.end for s in self.specs], dtype=np.int64)
        self._groups = np.array([s.group for s in self.specs], dtype=object)
        self._slowest_place = 0.0  # seconds, the longest a feature's places took to make

    def wanted(
        self,
        t: QTransform,
        limits: Box,
        metres_per_pixel: float,
        day: int,
        lang: str,
        hidden: frozenset[str] = frozenset(),
        limit: int = MAX_TRIED,
        until: float = math.inf,
    ) -> list[Wanted] | None:
        """The first *limit* labels whose feature reaches into *limits* (view pixels) on *day*,
        but for those of the *hidden* groups, each with its places inside *limits*. Only those
        a layout may try are named: naming the ~1,500 in view of a hundred copies of the data
        cost ~1.5 ms a layout.

        A feature's places not made yet (:meth:`LabelSpec.places`, up to ~12 ms each) are made
        only while the slowest made yet would end by *until* (``time.perf_counter``), the
        first of them always: None if some were left, for a later call to go on with (a first
        jump far away made ~60 ms of them with a hundred copies of the data, measured)."""
        b = self._bounds
        corners_x = t.m11() * b[:, [0, 2]] + t.dx()  # the map is neither rotated nor sheared
        corners_y = t.m22() * b[:, [1, 3]] + t.dy()
        inside = (
            (corners_x.max(axis=1) >= limits[0])
            & (corners_x.min(axis=1) <= limits[2])
            & (corners_y.max(axis=1) >= limits[1])
            & (corners_y.min(axis=1) <= limits[3])
            & (self._max_scales >= metres_per_pixel)
            & (self._starts <= day)
            & (day < self._ends)
        )
        if hidden:
            inside &= ~np.isin(self._groups, list(hidden))
        xs, ys = (t.m11() * b[:, 0] + t.dx()).tolist(), (t.m22() * b[:, 1] + t.dy()).tolist()
        x0, y0, x1, y1 = limits
        found: list[Wanted] = []
        made = False  # a place this call, so that each call makes one at least
        for i in np.flatnonzero(inside).tolist():
            spec = self.specs[i]
            if spec.geometry is None:  # a point: its anchor is in view (most labels)
                anchors = [(xs[i], ys[i])]
            else:  # few: plain arithmetic beats numpy on a dozen points
                if spec.anchors is None:
                    begin = time.perf_counter()
                    if made and begin + self._slowest_place > until:
                        return None
                    made = True
                    spec.places()
                    took = time.perf_counter() - begin
                    self._slowest_place = max(self._slowest_place, took)
                m11, m22, dx, dy = t.m11(), t.m22(), t.dx(), t.dy()
                mapped = ((m11 * x + dx, m22 * y + dy) for x, y in spec.places())
                anchors = [(x, y) for x, y in mapped if x0 <= x <= x1 and y0 <= y <= y1]
                if not anchors:
                    continue
            found.append((spec.key, spec.names(day).get(lang), spec, anchors))
            if len(found) == limit:
                break
        return found


def merged(first: list[Wanted], then: list[Wanted]) -> list[Wanted]:
    """Two wanted lists in one priority order (*first* ahead on ties)."""
    if not first:
        return then
    return list(heapq.merge(first, then, key=lambda w: w[2].priority))


class Occupancy:
    """Rectangles already taken, as (left, top, right, bottom) in a coarse grid of buckets, so
    a test looks at few of them (plain floats: QRectF calls cost more than the test)."""

    CELL = 64.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[Box]] = {}

    def free(self, left: float, top: float, right: float, bottom: float) -> bool:
        c, cells = self.CELL, self._cells
        for x in range(int(left // c), int(right // c) + 1):
            for y in range(int(top // c), int(bottom // c) + 1):
                for x0, y0, x1, y1 in cells.get((x, y), ()):
                    if left < x1 and x0 < right and top < y1 and y0 < bottom:
                        return False
        return True

    def take(self, left: float, top: float, right: float, bottom: float) -> None:
        c, box = self.CELL, (left, top, right, bottom)
        for x in range(int(left // c), int(right // c) + 1):
            for y in range(int(top // c), int(bottom // c) + 1):
                self._cells.setdefault((x, y), []).append(box)


def find_slot(
    anchors: list[tuple[float, float]], size: QSizeF, spec: LabelSpec, taken: Occupancy,
    limits: Box, t: QTransform,
) -> Slot | None:  # fmt: skip
    """The first free place for a label of *size* (left, top, right, bottom), with the anchor
    it belongs to and whether it lies where it belongs, or None; *t* maps projected metres to
    the view.

    A town's label goes beside its dot; a line's on or beside the line at one of its
    *anchors*, an area's inside it around one of them (the anchor within the label), wholly
    inside the area if it can. Failing those, a historical feature's label moves ever further
    from its first anchor (it then gets a leader); a sea's or a country's stays near its centre.
    """
    w, h = size.width(), size.height()
    tries: list[tuple[float, float, float, float]] = []  # (fx, fy, ax, ay)
    steps: tuple[tuple[float, float], ...]
    if spec.dot:
        ax, ay = anchors[0]
        steps = ((6 / w, -0.5), (-1 - 6 / w, -0.5), (-0.5, -1 - 4 / h), (-0.5, 4 / h))
        tries = [(fx, fy, ax, ay) for fx, fy in steps]
    elif spec.geometry is None:  # seas and provinces near their centre; events anywhere near
        ax, ay = anchors[0]
        steps = _AREA_STEPS if spec.role in WRAPPED_ROLES else _AREA_STEPS[:5]
        tries = [(fx, fy, ax, ay) for fx, fy in steps]
    else:
        near = (
            ((-0.5, -0.5), (-0.5, -1 - 2 / h), (-0.5, 2 / h), (-1 - 4 / w, -0.5), (4 / w, -0.5))
            if spec.along
            else _INSIDE_STEPS
        )
        tries = [(fx, fy, ax, ay) for ax, ay in anchors for fx, fy in near]
        if spec.role in WRAPPED_ROLES:
            ax, ay = anchors[0]
            tries += [(fx, fy, ax, ay) for fx, fy in _AREA_STEPS[1:]]
    x_min, y_min, x_max, y_max = limits
    free: list[Slot] = []
    for fx, fy, ax, ay in tries:
        left, top = ax + fx * w, ay + fy * h
        right, bottom = left + w, top + h
        if (
            left >= x_min
            and top >= y_min
            and right <= x_max
            and bottom <= y_max
            and taken.free(left, top, right, bottom)
        ):
            box = (left, top, right, bottom)
            if inside(spec, box, t):
                return box, ax, ay, True
            free.append((box, ax, ay, False))
            if len(free) > len(_INSIDE_STEPS):  # the first few free places are enough to try
                break
    return free[0] if free else None


def inside(spec: LabelSpec, box: Box, t: QTransform) -> bool:
    """Whether a label at *box* (view pixels) is where it belongs: any place for a point's or a
    line's label, inside the area for an area's."""
    if spec.geometry is None or spec.along:
        return True
    left, top, right, bottom = box
    return could_hold(spec, right - left, bottom - top, t) and _within(
        prepared(spec.geometry), box, t
    )


def could_hold(spec: LabelSpec, width: float, height: float, t: QTransform) -> bool:
    """Whether the area's bounds, in view pixels, are large enough for the middle of a label
    of *width* × *height* (what :func:`_within` tests) to lie inside."""
    spec.places()  # makes the extent with the anchors, once
    if spec.extent is None:  # a point's label: nothing to be inside
        return True
    x0, y0, x1, y1 = spec.extent
    return 0.4 * width <= (x1 - x0) * abs(t.m11()) and 0.4 * height <= (y1 - y0) * abs(t.m22())


def _within(area: BaseGeometry, box: Box, t: QTransform) -> bool:
    """Whether a label's box (view pixels) lies inside *area* (projected metres), judged by
    its centre and the corners of its middle (the corners of a box of text are mostly empty)."""
    left, top, right, bottom = box
    dx, dy = 0.3 * (right - left), 0.3 * (bottom - top)
    xs = np.array([left + dx, right - dx, left + dx, right - dx, (left + right) / 2])
    ys = np.array([top + dy, top + dy, bottom - dy, bottom - dy, (top + bottom) / 2])
    mx, my = (xs - t.dx()) / t.m11(), (ys - t.dy()) / t.m22()
    return bool(shapely.contains_xy(area, mx, my).all())


def leader(box: Box, ax: float, ay: float) -> tuple[float, float, float, float]:
    """A thin line back to the feature when its label had to move away from it."""
    left, top, right, bottom = box
    return (min(max(ax, left), right), min(max(ay, top), bottom), ax, ay)
