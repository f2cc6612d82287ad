"""Time-aware territories: which are valid on a day, and which lie under a map point.

Scrubbing asks "what is valid on day D" many times a second. The answer only changes at the
days where some feature starts or ends, so the dataset keeps those breakpoints sorted and
memoises the answer per interval between them: a lookup is a bisection plus a cache hit.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property, lru_cache, partial

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geodata.model import Territory
from geodata.projection import project_rows
from geodata.shapes import Shapes

SEGMENTS_KEPT = 64
"""Intervals between changes whose valid ids are kept (:meth:`TerritoryDataset.valid_ids`)."""


class TerritoryDataset:
    """An immutable set of territories with an interval index and a spatial index.

    Parameters
    ----------
    territories
        The records; their order is kept (it is the drawing order).
    projected
        Their shapes in map metres, when already known (the start-up cache keeps them).
    """

    def __init__(
        self,
        territories: Sequence[Territory],
        projected: Shapes | Sequence[BaseGeometry] | None = None,
    ) -> None:
        self._items = tuple(territories)
        self._by_id = {t.id: t for t in self._items}
        self._ids = np.array([t.id for t in self._items], dtype=object)
        self._starts = np.array([t.start for t in self._items], dtype=np.int64)
        self._ends = np.array([t.end for t in self._items], dtype=np.int64)
        self._breaks = sorted({*self._starts.tolist(), *self._ends.tolist()})
        if projected is not None and len(projected) != len(self._items):
            raise ValueError(
                f"{len(projected)} projected shapes for {len(self._items)} territories"
            )
        if projected is None:  # projected as arrays: no geometry made
            projected = Shapes.of([t.geometry for t in self._items]).mapped(project_rows)
        self.projected = projected if isinstance(projected, Shapes) else Shapes.of(projected)
        """Their shapes in map metres, as arrays (each made a geometry when asked for)."""
        # memoised on the arrays, not on self: a cycle through self would keep a dataset (and
        # its shapes, ~70 MB a file at 100x) alive until the garbage collector happens to run.
        # Few kept: at 100x a segment's set holds ~117 KB, and the 682 kept by a scrub every
        # fourth month held 80 MB (measured); a date change asks again only for its own day.
        self._segment = lru_cache(maxsize=SEGMENTS_KEPT)(
            partial(_segment_ids, self._breaks, self._starts, self._ends, self._ids)
        )

    @classmethod
    def joined(cls, datasets: Iterable[TerritoryDataset]) -> TerritoryDataset:
        """One dataset of several, in order, reusing their projected shapes (projecting a
        large atlas again would cost seconds)."""
        parts = list(datasets)
        return cls(
            [t for part in parts for t in part._items],
            Shapes.joined([part.projected for part in parts]),
        )

    @cached_property
    def _tree(self) -> shapely.STRtree:
        """The shapes' bounds boxes, made when first asked where a point is: a point's
        candidates are few, and made into shapes then. Built with every dataset, the trees
        of the files an atlas joins and of the atlas took ~0.2 s of a 100x launch."""
        bounds = self.projected.bounds
        boxes = np.empty(len(bounds), dtype=object)  # none for an empty shape
        shown = ~np.isnan(bounds[:, 0])
        boxes[shown] = shapely.box(*bounds[shown].T)
        return shapely.STRtree(boxes)

    def __iter__(self) -> Iterator[Territory]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, territory_id: str) -> Territory:
        return self._by_id[territory_id]

    def __contains__(self, territory_id: object) -> bool:
        return territory_id in self._by_id

    def valid_ids(self, day: int) -> frozenset[str]:
        """Ids of the territories valid on *day* (a date ordinal), half-open intervals."""
        return self._segment(bisect.bisect_right(self._breaks, day))

    def change_days(self) -> list[int]:
        """Every day on which the set of valid territories changes, ascending."""
        return list(self._breaks)

    def territories_at(
        self, x: float, y: float, day: int, tolerance: float = 0.0
    ) -> list[Territory]:
        """Every territory valid on *day* under a projected map point (lines and sites within
        *tolerance* metres), in the data's order: "who held this place on that day?"."""
        valid = self.valid_ids(day)
        point = shapely.Point(x, y)
        near = point.buffer(tolerance) if tolerance else point
        boxed = self._tree.query(near)  # by bounds: the shapes are made only for these
        return [
            self._items[i]
            for i in sorted(boxed.tolist())
            if self._items[i].id in valid and near.intersects(self.projected[i])
        ]


def _segment_ids(
    breaks: list[int], starts: np.ndarray, ends: np.ndarray, ids: np.ndarray, index: int
) -> frozenset[str]:
    """Ids valid in the *index*-th interval between *breaks* (none before the first)."""
    if index == 0:
        return frozenset()
    day = breaks[index - 1]  # every day in this segment has the same answer
    return frozenset(ids[(starts <= day) & (day < ends)].tolist())
