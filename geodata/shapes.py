"""Many shapes as coordinate arrays, each made into a shapely geometry only when asked for.

GEOS keeps a geometry's coordinates with room for a third value (GEOS 3.14 pads x, y to
x, y, z) and a header per ring: with a hundred copies of the bundled data the projected
shapes held ~355 MB as geometries, 118 MB of it padding. As arrays they are 16 bytes a
vertex, and the start-up cache keeps the arrays themselves (:meth:`Shapes.arrays`), so a
launch maps them from the file instead of building every geometry again. No Qt here.

Layout (shapely's ragged arrays, one family for all): each shape has parts (a multi-shape's
members; one for a single shape), each part has rings (a polygon's exterior then its holes;
a line's or a point's own coordinates), each ring has coordinate rows. Coordinates are in
:func:`shapely.get_coordinates` order, so a shape's rows are one slice of :attr:`xy`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache, partial
from typing import overload

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

KEPT = 16
"""Shapes kept once made: a few are asked for again at once (a point's lookups, a worker's)."""
RELEASE_BYTES = 32 << 20
"""Memory mapped from the files read between letting go of their pages."""
FAULT_AROUND = 512 << 10
"""What reading a mapped page may bring with it: Linux maps the pages around the one read
(``fault_around_bytes``, and whole large folios of a file), so a small shape costs far more
than its size (measured on Linux 6.18, ext4: counted by coordinates, or 64 KB a shape, the
pages mapped grew to ~200 MB between releases of 32 MB)."""

_T = shapely.GeometryType
_SINGLE = {_T.MULTIPOINT: _T.POINT, _T.MULTILINESTRING: _T.LINESTRING, _T.MULTIPOLYGON: _T.POLYGON}
_KINDS = frozenset({_T.POINT, _T.LINESTRING, _T.POLYGON, *_SINGLE})
_MIN_COORDINATES = {_T.POINT: 1, _T.LINESTRING: 2, _T.POLYGON: 4}
"""The fewest coordinates a ring of a part of each kind may have (none: an empty part)."""
_MAX_COORDINATES = {_T.POINT: 1}


class Shapes(Sequence[BaseGeometry]):
    """Shapes as arrays; ``shapes[i]`` makes shape *i* as a shapely geometry (the last
    :data:`KEPT` made are kept).

    Several sets of shapes joined keep their own arrays (each file's, mapped from its cache
    entry), not one copy of all: only the kinds and bounds are joined.
    """

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._blocks = tuple(blocks)
        self._firsts: list[int] = np.cumsum([0, *(len(b.kinds) for b in self._blocks)]).tolist()
        self.kinds: np.ndarray = (
            np.concatenate([b.kinds for b in blocks]) if blocks else np.empty(0, np.uint8)
        )
        """Each shape's :class:`shapely.GeometryType`."""
        self.bounds: np.ndarray = (
            np.concatenate([b.bounds for b in blocks]) if blocks else np.empty((0, 4))
        )
        """Each shape's x0, y0, x1, y1 (NaN for an empty shape)."""
        # on the blocks, not on self: a cycle through self would keep the shapes alive
        self._made = lru_cache(maxsize=KEPT)(partial(_made_of, self._blocks, self._firsts))
        self._read = 0  # bytes of coordinates read since their pages were let go

    @classmethod
    def of(cls, geometries: Sequence[BaseGeometry]) -> Shapes:
        """The arrays of *geometries* (points, lines, polygons and their multi-shapes, 2-D);
        ``ValueError`` for any other kind."""
        return cls([Block.of(geometries)])

    def mapped(self, move: Callable[[np.ndarray], np.ndarray]) -> Shapes:
        """The same shapes with their coordinate rows moved by *move* (rows in, as many rows
        out; e.g. projected), bounds found again, no geometry made."""
        return Shapes([block.mapped(move) for block in self._blocks])

    @classmethod
    def joined(cls, many: Sequence[Shapes]) -> Shapes:
        """One set of shapes of several, in order, each keeping its arrays."""
        return cls([block for shapes in many for block in shapes._blocks])

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The arrays, flat and named ``prefix.name``, as :meth:`from_arrays` reads them."""
        (block,) = self._blocks if len(self._blocks) == 1 else (Block.of(list(self)),)
        return block.arrays(prefix)

    @classmethod
    def from_arrays(
        cls,
        arrays: Mapping[str, np.ndarray],
        prefix: str,
        count: int,
        release: Callable[[], None] | None = None,
    ) -> Shapes:
        """The *count* shapes :meth:`arrays` stored, used as they are (not copied); checked
        to hold shapes shapely can make (``ValueError`` naming what does not fit).

        *release* lets go of the pages of the file the arrays are mapped from: called every
        :data:`RELEASE_BYTES` of coordinates read, so that drawing every shape once (a
        scrub, the worker simplifying a level) does not keep all of them in this process's
        memory (the file's pages stay in the system's cache, read again when used).
        """
        return cls([Block.from_arrays(arrays, prefix, count, release)])

    def __len__(self) -> int:
        return self._firsts[-1]

    @overload
    def __getitem__(self, index: int) -> BaseGeometry: ...
    @overload
    def __getitem__(self, index: slice) -> list[BaseGeometry]: ...
    def __getitem__(self, index: int | slice) -> BaseGeometry | list[BaseGeometry]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        made: BaseGeometry = self._made(index % len(self))
        self._count(*self._at(index))
        return made

    def __iter__(self) -> Iterator[BaseGeometry]:
        """Each shape made in turn (one at a time, never all at once)."""
        return (self[i] for i in range(len(self)))

    def _at(self, index: int) -> tuple[Block, int]:
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        return _block_at(self._blocks, self._firsts, index)

    def _count(self, block: Block, index: int) -> None:
        """Count shape *index* of *block* as read; past :data:`RELEASE_BYTES`, let go of
        the pages of every mapped file (from any thread: a page let go is read again)."""
        first, last = block.span(index)
        self._read += (last - first) * 16 + FAULT_AROUND
        if self._read > RELEASE_BYTES:
            self._read = 0
            for each in self._blocks:
                if each.release is not None:
                    each.release()

    def kind(self, index: int) -> str:
        """Shape *index*'s kind as shapely names it (``"MultiPolygon"``)."""
        return _NAMES[int(self.kinds[index])]

    def dimensions(self) -> np.ndarray:
        """Each shape's dimension: 0 points, 1 lines, 2 areas."""
        dimension = np.zeros(8, dtype=np.int64)
        dimension[[_T.LINESTRING, _T.MULTILINESTRING]] = 1
        dimension[[_T.POLYGON, _T.MULTIPOLYGON]] = 2
        found: np.ndarray = dimension[self.kinds]
        return found

    def points(self) -> np.ndarray:
        """Whether each shape is a point or several."""
        return np.isin(self.kinds, (_T.POINT, _T.MULTIPOINT))

    def vertices(self, index: int) -> np.ndarray:
        """Shape *index*'s coordinates (x, y rows), in :func:`shapely.get_coordinates` order:
        a view of its arrays."""
        block, at = self._at(index)
        self._count(block, at)
        return block.vertices(at)

    def loops(self, index: int) -> list[tuple[np.ndarray, bool]]:
        """Shape *index*'s rings and lines in order, each as x, y rows (views of its arrays)
        and whether it is a polygon's ring; a point's have none."""
        block, at = self._at(index)
        self._count(block, at)
        return block.loops(at)


class Block:
    """The arrays of one set of shapes (shapely's ragged arrays, one family for all).

    Parameters
    ----------
    kinds
        Each shape's :class:`shapely.GeometryType` (``uint8``).
    parts, rings, coordinates
        Where each shape's parts, each part's rings and each ring's coordinates start, plus
        the end (``int64``).
    xy
        The coordinates, x and y rows (``float64``).
    bounds
        Each shape's x0, y0, x1, y1 (NaN for an empty shape).
    release
        Lets go of the pages of the file the arrays are mapped from, if they are.
    """

    def __init__(
        self,
        kinds: np.ndarray,
        parts: np.ndarray,
        rings: np.ndarray,
        coordinates: np.ndarray,
        xy: np.ndarray,
        bounds: np.ndarray,
        release: Callable[[], None] | None = None,
    ) -> None:
        self.kinds, self.parts, self.rings = kinds, parts, rings
        self.coordinates, self.xy, self.bounds = coordinates, xy, bounds
        self.release = release

    @classmethod
    def of(cls, geometries: Sequence[BaseGeometry]) -> Block:
        """The arrays of *geometries*; ``ValueError`` for a kind they cannot hold."""
        shapes = np.empty(len(geometries), dtype=object)
        shapes[:] = list(geometries)
        kinds = shapely.get_type_id(shapes).astype(np.uint8)
        if unknown := {int(k) for k in np.unique(kinds)} - {int(k) for k in _KINDS}:
            raise ValueError(f"cannot keep a {shapely.GeometryType(min(unknown)).name} as arrays")
        members, owners = shapely.get_parts(shapes, return_index=True)
        areas = shapely.get_type_id(members) == _T.POLYGON
        holed, holders = shapely.get_rings(members[areas], return_index=True)
        ring_owner = np.concatenate([np.flatnonzero(areas)[holders], np.flatnonzero(~areas)])
        order = np.argsort(ring_owner, kind="stable")  # a polygon's rings stay in order
        loops = np.concatenate([holed, members[~areas]])[order]
        return cls(
            kinds,
            _offsets(np.bincount(owners, minlength=len(shapes))),
            _offsets(np.bincount(ring_owner, minlength=len(members))),
            _offsets(shapely.get_num_coordinates(loops)),
            shapely.get_coordinates(loops).reshape(-1, 2),
            shapely.bounds(shapes).reshape(-1, 4),
        )

    def mapped(self, move: Callable[[np.ndarray], np.ndarray]) -> Block:
        """See :meth:`Shapes.mapped`. A shape's bounds are its coordinates' least and most,
        as GEOS finds them (a valid polygon's holes lie within its exterior)."""
        xy = np.ascontiguousarray(move(self.xy), dtype=float)
        if xy.shape != self.xy.shape:
            raise ValueError(f"{len(xy)} coordinate rows moved from {len(self.xy)}")
        starts = self.coordinates[self.rings[self.parts]]  # each shape's first row, and the end
        bounds = np.full((len(self.kinds), 4), np.nan)
        filled = np.flatnonzero(np.diff(starts) > 0)  # an empty shape's bounds stay NaN
        if len(filled):
            for axis in (0, 1):  # x0, y0 then x1, y1
                bounds[filled, axis] = np.minimum.reduceat(xy[:, axis], starts[filled])
                bounds[filled, axis + 2] = np.maximum.reduceat(xy[:, axis], starts[filled])
        return Block(self.kinds, self.parts, self.rings, self.coordinates, xy, bounds)

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The arrays, flat and named ``prefix.name``."""
        return {
            f"{prefix}.kinds": self.kinds,
            f"{prefix}.parts": self.parts,
            f"{prefix}.rings": self.rings,
            f"{prefix}.coordinates": self.coordinates,
            f"{prefix}.xy": self.xy.reshape(-1),
            f"{prefix}.bounds": self.bounds.reshape(-1),
        }

    @classmethod
    def from_arrays(
        cls,
        arrays: Mapping[str, np.ndarray],
        prefix: str,
        count: int,
        release: Callable[[], None] | None = None,
    ) -> Block:
        """The *count* shapes :meth:`arrays` stored, checked (``ValueError``)."""
        try:
            kinds, parts, rings, coordinates, xy, bounds = (
                arrays[f"{prefix}.{name}"]
                for name in ("kinds", "parts", "rings", "coordinates", "xy", "bounds")
            )
        except KeyError as exc:
            raise ValueError(f"has no array {exc}") from None
        _check(kinds, parts, rings, coordinates, xy, bounds, count)
        xy, bounds = xy.reshape(-1, 2), bounds.reshape(-1, 4)
        return cls(kinds, parts, rings, coordinates, xy, bounds, release)

    def span(self, index: int) -> tuple[int, int]:
        """Where shape *index*'s coordinates start and end in :attr:`xy`."""
        first = self.coordinates[self.rings[self.parts[index]]]
        last = self.coordinates[self.rings[self.parts[index + 1]]]
        return int(first), int(last)

    def vertices(self, index: int) -> np.ndarray:
        first, last = self.span(index)
        return self.xy[first:last]

    def loops(self, index: int) -> list[tuple[np.ndarray, bool]]:
        kind = _T(int(self.kinds[index]))
        kind = _SINGLE.get(kind, kind)
        if kind == _T.POINT:
            return []
        first, last = self.rings[self.parts[index]], self.rings[self.parts[index + 1]]
        starts = self.coordinates[first : last + 1].tolist()
        area = kind == _T.POLYGON
        return [(self.xy[a:b], area) for a, b in itertools.pairwise(starts)]


_NAMES = {int(kind): name for kind, name in {
    _T.POINT: "Point", _T.LINESTRING: "LineString", _T.POLYGON: "Polygon",
    _T.MULTIPOINT: "MultiPoint", _T.MULTILINESTRING: "MultiLineString",
    _T.MULTIPOLYGON: "MultiPolygon",
}.items()}  # fmt: skip


def _offsets(counts: np.ndarray) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)


def _block_at(blocks: tuple[Block, ...], firsts: list[int], index: int) -> tuple[Block, int]:
    """The block holding shape *index* (from 0), and where it is in that block."""
    n = bisect.bisect_right(firsts, index) - 1
    return blocks[n], index - firsts[n]


def _made_of(blocks: tuple[Block, ...], firsts: list[int], index: int) -> BaseGeometry:
    """Shape *index* (from 0) of the blocks as a shapely geometry."""
    block, at = _block_at(blocks, firsts, index)
    b = block
    return _made(b.kinds, b.parts, b.rings, b.coordinates, b.xy, at)


def _made(
    kinds: np.ndarray,
    parts: np.ndarray,
    rings: np.ndarray,
    coordinates: np.ndarray,
    xy: np.ndarray,
    index: int,
) -> BaseGeometry:
    """Shape *index* of the arrays as a shapely geometry."""
    kind = _T(int(kinds[index]))
    single = _SINGLE.get(kind, kind)
    members = []
    for part in range(int(parts[index]), int(parts[index + 1])):
        loops = [
            xy[coordinates[r] : coordinates[r + 1]]
            for r in range(int(rings[part]), int(rings[part + 1]))
        ]
        if single == _T.POLYGON:
            members.append(shapely.Polygon(loops[0], loops[1:]) if loops else shapely.Polygon())
        elif single == _T.LINESTRING:
            members.append(shapely.LineString(loops[0]))
        else:
            members.append(shapely.Point(loops[0][0]) if len(loops[0]) else shapely.Point())
    if kind == single:
        return members[0]
    multi = {_T.POINT: shapely.MultiPoint, _T.LINESTRING: shapely.MultiLineString}
    made: BaseGeometry = multi.get(single, shapely.MultiPolygon)(members)
    return made


def _check(
    kinds: np.ndarray,
    parts: np.ndarray,
    rings: np.ndarray,
    coordinates: np.ndarray,
    xy: np.ndarray,
    bounds: np.ndarray,
    count: int,
) -> None:
    """Refuse arrays that do not describe *count* shapes shapely can make (``ValueError``)."""
    if kinds.dtype != np.uint8 or kinds.shape != (count,):
        raise ValueError("has a shape table of the wrong size")
    if not np.isin(kinds, list(_KINDS)).all():
        raise ValueError("has a shape of an unknown kind")
    within = count
    for name, offsets, length in (
        ("parts", parts, len(rings) - 1),
        ("rings", rings, len(coordinates) - 1),
        ("coordinates", coordinates, len(xy) // 2),
    ):
        if (
            offsets.dtype != np.int64
            or offsets.shape != (within + 1,)
            or offsets[0] != 0
            or offsets[-1] != length
            or (np.diff(offsets) < 0).any()
        ):
            raise ValueError(f"has a table of {name} outside its data")
        within = length
    if xy.dtype != np.float64 or len(xy) % 2 or bounds.dtype != np.float64:
        raise ValueError("has coordinates that are not pairs of numbers")
    if bounds.shape != (4 * count,):
        raise ValueError("has bounds of the wrong size")
    multi = np.isin(kinds, list(_SINGLE))
    if (np.diff(parts)[~multi] != 1).any():
        raise ValueError("has a single shape of several parts")
    single = kinds.copy()
    for many, one in _SINGLE.items():
        single[kinds == many] = one
    part_kind = np.repeat(single, np.diff(parts))
    loops = np.diff(rings)
    if ((loops != 1) & (part_kind != _T.POLYGON)).any():
        raise ValueError("has a line or a point of several rings")
    ring_kind = np.repeat(part_kind, loops)
    sizes = np.diff(coordinates)
    for kind, least in _MIN_COORDINATES.items():
        these = sizes[ring_kind == kind]
        most = _MAX_COORDINATES.get(kind, len(xy))
        if ((these != 0) & ((these < least) | (these > most))).any():
            raise ValueError(f"has a {kind.name.lower()} of too few or too many coordinates")
    if ((sizes == 0) & (ring_kind == _T.POLYGON)).any():
        raise ValueError("has an empty ring")
