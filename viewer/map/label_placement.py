"""Where labels go: which are wanted in a view on a day, and a free place for each.

Qt-light (sizes only): the placement is plain arithmetic on screen rectangles, kept apart
from the layer that draws the labels.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTransform

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


class SpecArrays:
    """Labels sorted by priority, their anchors and limits kept as arrays, so that which are
    wanted in a view on a day is one numpy test (asking each of ~4,000 cost ~5 ms)."""

    def __init__(self, specs: list[LabelSpec]) -> None:
        self.specs = sorted(specs, key=lambda s: s.priority)
        self._xs = np.array([s.x for s in self.specs], dtype=float)
        self._ys = np.array([s.y for s in self.specs], dtype=float)
        self._max_scales = np.array([s.max_scale for s in self.specs], dtype=float)
        self._starts = np.array([s.start for s in self.specs], dtype=np.int64)
        self._ends = np.array([s.end for s in self.specs], dtype=np.int64)
        self._groups = np.array([s.group for s in self.specs], dtype=object)

    def wanted(
        self,
        t: QTransform,
        limits: Box,
        metres_per_pixel: float,
        day: int,
        lang: str,
        hidden: frozenset[str] = frozenset(),
        limit: int = MAX_TRIED,
    ) -> list[tuple[str, str, LabelSpec, float, float]]:
        """(key, text, spec, x, y) of the first *limit* labels in *limits* (view pixels) on
        *day*, but for those of the *hidden* groups. Only those a layout may try are named:
        naming the ~1,500 in view of a hundred copies of the data cost ~1.5 ms a layout."""
        xs = t.m11() * self._xs + t.m21() * self._ys + t.dx()
        ys = t.m12() * self._xs + t.m22() * self._ys + t.dy()
        inside = (
            (xs >= limits[0])
            & (xs <= limits[2])
            & (ys >= limits[1])
            & (ys <= limits[3])
            & (self._max_scales >= metres_per_pixel)
            & (self._starts <= day)
            & (day < self._ends)
        )
        if hidden:
            inside &= ~np.isin(self._groups, list(hidden))
        specs = self.specs
        return [
            (specs[i].key, specs[i].names(day).get(lang), specs[i], float(xs[i]), float(ys[i]))
            for i in np.flatnonzero(inside)[:limit].tolist()
        ]


def merged(
    first: list[tuple[str, str, LabelSpec, float, float]],
    then: list[tuple[str, str, LabelSpec, float, float]],
) -> list[tuple[str, str, LabelSpec, float, float]]:
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
    ax: float, ay: float, size: QSizeF, spec: LabelSpec, taken: Occupancy, limits: Box
) -> Box | None:
    """The first free place for a label of *size* around its anchor (left, top, right, bottom)."""
    w, h = size.width(), size.height()
    steps: tuple[tuple[float, float], ...]
    if spec.dot:
        steps = ((6 / w, -0.5), (-1 - 6 / w, -0.5), (-0.5, -1 - 4 / h), (-0.5, 4 / h))
    else:  # seas and countries stay near their centre
        steps = _AREA_STEPS if spec.role in WRAPPED_ROLES else _AREA_STEPS[:5]
    x_min, y_min, x_max, y_max = limits
    for fx, fy in steps:
        left, top = ax + fx * w, ay + fy * h
        right, bottom = left + w, top + h
        if (
            left >= x_min
            and top >= y_min
            and right <= x_max
            and bottom <= y_max
            and taken.free(left, top, right, bottom)
        ):
            return left, top, right, bottom
    return None


def leader(box: Box, ax: float, ay: float) -> tuple[float, float, float, float]:
    """A thin line back to the feature when its label had to move away from it."""
    left, top, right, bottom = box
    return (min(max(ax, left), right), min(max(ay, top), bottom), ax, ay)
