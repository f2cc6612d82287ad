"""A feature's geometry read strictly, with a bounded amount of work. No Qt here.

GeoJSON geometry is checked against RFC 7946 before shapely sees it: coordinates are numbers
(never text, which lenient readers convert), nested exactly as deep as the type says (a Point
is ``[x, y]``, a MultiPoint ``[[x, y], …]``), each position 2-D or 3-D (Z is dropped). The
arrays are built with numpy, not vertex by vertex: the bundled files took 116 ms to read
with ``shapely.geometry.shape`` and take 52 ms this way (measured); a loader's file of
polygons is built in one call (:func:`polygons_at_once`) when all of them read plainly, with
the same shapes. A feature with more vertices than the limit is refused before anything
costly (validity, repair, clipping) runs on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any, TypeGuard

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geodata.errors import Problem, Value
from geodata.fields import short

MAX_FEATURE_VERTICES = 250_000
"""Most vertices in one feature: a country outline at 10 m needs about 30,000."""
GEOMETRY_TYPES = frozenset(
    {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"}
)
_BAD_COORDINATES = {
    "Point": "Point coordinates must be [lon, lat], in numbers (not text)",
    "MultiPoint": "MultiPoint coordinates must be a list of [lon, lat] positions, in numbers "
    "(not text)",
    "LineString": "LineString coordinates must be a list of two or more [lon, lat] positions, "
    "in numbers (not text)",
    "MultiLineString": "MultiLineString coordinates must be a list of lines, each a list of "
    "[lon, lat] positions, in numbers (not text)",
    "Polygon": "Polygon coordinates must be a list of rings, each a list of four or more "
    "[lon, lat] positions, in numbers (not text)",
    "MultiPolygon": "MultiPolygon coordinates must be a list of polygons, each a list of rings "
    "of [lon, lat] positions, in numbers (not text)",
}
"""The problem with each kind of geometry whose coordinates do not read: the forms they take."""
_NUMBER = r"(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
_GEOS_LOCATION = re.compile(rf"\[\s*{_NUMBER}[\s,]+{_NUMBER}\s*\]")


UNSUPPORTED_KIND = (
    "is a {kind}; use Point, LineString or Polygon (or their Multi- forms): "
    "split a collection into one feature per kind of shape"
)
"""The problem with a geometry of a type the atlas does not draw."""


def kind_shown(kind: object) -> str:
    """A geometry type as :data:`UNSUPPORTED_KIND` names it (quoted unless it is GeoJSON's)."""
    return "GeometryCollection" if kind == "GeometryCollection" else short(kind)


_WHY_INVALID = "a line or outline crosses itself, has too few points, or a hole lies outside"
INVALID = f"geometry is invalid: {_WHY_INVALID}"
INVALID_NEAR = INVALID + " near {lon:.4f}, {lat:.4f}"
REPAIRED = f"was invalid ({_WHY_INVALID}); repaired, check the outline"
REPAIRED_NEAR = (
    f"was invalid ({_WHY_INVALID} near {{lon:.4f}}, {{lat:.4f}}); repaired, check the outline"
)
"""Why a shape is invalid, in our words: with the place GEOS points at when it gives one
(:func:`invalid_place`), and once the atlas repaired it."""


def invalid_place(geometry: Any) -> dict[str, Value]:
    """Where GEOS says a shape is invalid, as the values of :data:`INVALID_NEAR`; empty when
    it does not say."""
    where = _GEOS_LOCATION.search(shapely.is_valid_reason(geometry))
    return {"lon": float(where[1]), "lat": float(where[2])} if where else {}


def read_geometry(
    given: Any, name: str, label: str, problems: list[Problem]
) -> BaseGeometry | None:
    """A feature's geometry (a GeoJSON geometry object, or a shapely one from GDAL) as a
    non-empty, finite shapely geometry of at most :data:`MAX_FEATURE_VERTICES` vertices;
    else ``None``, with the reason in *problems*."""

    def problem(message: str, **values: Value) -> None:
        problems.append(Problem(name, message, record=label, field="geometry", values=values))

    if given is None:
        problem("has no geometry")
        return None
    if isinstance(given, BaseGeometry):
        geometry = given
    elif not isinstance(given, dict):
        problem("must be a GeoJSON geometry object, not {type}", type=type(given).__name__)
        return None
    elif not _named(kind := given.get("type"), GEOMETRY_TYPES):
        problem(UNSUPPORTED_KIND, kind=kind_shown(kind))
        return None
    else:
        try:
            geometry = _BUILDERS[kind](given.get("coordinates"))
        except (TypeError, ValueError, IndexError, shapely.errors.ShapelyError):
            problem(_BAD_COORDINATES[kind])
            return None
    vertices = int(shapely.get_num_coordinates(geometry))
    if vertices > MAX_FEATURE_VERTICES:
        problem(
            "has {vertices:,} vertices; the limit for one feature is {max_feature_vertices:,}: "
            "simplify it (in QGIS: Vector › Geometry Tools › Simplify)",
            vertices=vertices,
            max_feature_vertices=MAX_FEATURE_VERTICES,
        )
        return None
    if geometry.is_empty:
        problem("geometry is empty")
        return None
    if not np.isfinite(shapely.get_coordinates(geometry)).all():
        problem("geometry has coordinates that are not finite numbers")
        return None
    return geometry


def polygons_at_once(given: Sequence[Any]) -> list[BaseGeometry | None]:
    """For each of *given* (GeoJSON geometry objects), what :func:`read_geometry` would make
    of it when it is a Polygon or MultiPolygon, else ``None`` (left to :func:`read_geometry`,
    as are all when any polygon does not read plainly: see :func:`_polygons_at_once`).

    All the shapes are built in one call: one at a time, a 36 MB territories file's cost
    0.28-0.40 s of CPU, mostly numpy and shapely called for each ring.
    """
    areas = [i for i, g in enumerate(given) if isinstance(g, dict) and is_area(g.get("type"))]
    shapes: list[BaseGeometry | None] = [None] * len(given)
    built = _polygons_at_once([given[i] for i in areas]) if areas else None
    for i, shape in zip(areas, built or (), strict=False):
        shapes[i] = shape
    return shapes


_AREAS = frozenset({"Polygon", "MultiPolygon"})


def _named(kind: object, kinds: frozenset[str]) -> TypeGuard[str]:
    """Whether a file's geometry *kind* is one of *kinds*: a list or an object given as the
    type is none, not a crash (they cannot be looked up in a set)."""
    return type(kind) is str and kind in kinds


def is_area(kind: object) -> bool:
    """Whether a file's geometry *kind* is a Polygon or MultiPolygon."""
    return _named(kind, _AREAS)


def _polygons_at_once(geometries: list[dict[str, Any]]) -> list[BaseGeometry] | None:
    """GeoJSON Polygons and MultiPolygons as shapely ones, built at once from one array of
    all their positions; ``None`` unless every one reads with no problem and no doubt.

    Each must be nested as its type says, every ring a closed list of four or more positions,
    each position two or three finite numbers, none of them 0 or 1 (JSON's true and false
    would read as those: only the one-at-a-time reading tells them apart), and at most
    :data:`MAX_FEATURE_VERTICES` positions a shape. The work is bounded by the positions
    read, as one at a time.
    """
    positions: list[Any] = []
    ring_ends: list[int] = []
    polygon_ends: list[int] = []
    shape_ends: list[int] = []
    multi: list[bool] = []
    for geometry in geometries:
        coordinates = geometry.get("coordinates")
        is_multi = geometry["type"] == "MultiPolygon"
        polygons = coordinates if is_multi else [coordinates]
        if not isinstance(polygons, list) or not polygons:
            return None
        for rings in polygons:
            if not isinstance(rings, list) or not rings:
                return None
            for ring in rings:
                if not isinstance(ring, list) or len(ring) < 4:
                    return None
                positions += ring
                ring_ends.append(len(positions))
            polygon_ends.append(len(ring_ends))
        shape_ends.append(len(polygon_ends))
        multi.append(is_multi)
    try:
        if len(sizes := set(map(len, positions))) != 1 or (size := sizes.pop()) not in (2, 3):
            return None
        numbers = list(chain.from_iterable(positions))
        sum(numbers)  # refuses text, null and lists, which np.fromiter would read or choke on
        xyz = np.fromiter(numbers, float, len(numbers)).reshape(-1, size)
    except (TypeError, ValueError, OverflowError):  # a position not a list of numbers
        return None
    return _built(xyz, np.array([0, *ring_ends]), np.array([0, *polygon_ends]),
                  np.array([0, *shape_ends]), np.array(multi, dtype=bool))  # fmt: skip


def polygons_from_json(multi: Sequence[bool], texts: Sequence[bytes]) -> list[BaseGeometry] | None:
    """What :func:`_polygons_at_once` makes of GeoJSON Polygons (MultiPolygons where *multi*
    says so) whose ``coordinates`` are the JSON *texts* (each one valid JSON value, as a
    parser that checked the file hands it over), read without a Python object a position.

    Parsed, a 36 MB file's positions are ~1.5 million lists and ~3 million floats, made
    only to be copied into one array: that was as much CPU as the rest of the file's JSON.
    Here the texts are read as they are: a text of brackets, commas and numbers only, nested
    as its type says, has its numbers read straight into one array (:func:`_numbers`) and
    its rings, polygons and shapes counted from its brackets. Anything else (text, true,
    false, null, a position of other than 2 or 3 numbers, a ring of fewer than 4) is
    ``None``, as is anything :func:`_polygons_at_once` would refuse, so the one-at-a-time
    reading decides.
    """
    if not texts:
        return []
    joined = b",".join(
        (b"M" if is_multi else b"P") + text for is_multi, text in zip(multi, texts, strict=True)
    )
    skeleton = joined.translate(None, _NUMBER_BYTES + _JSON_SPACE)
    if skeleton.translate(None, b"[],PM") or b"[]" in skeleton:
        return None  # a value other than numbers and lists, or an empty list
    size = 2 if b"[,,]" not in skeleton else 3
    marked = skeleton.replace(b"[" + b"," * (size - 1) + b"]", b"p")  # p: a position
    if (
        any(odd in marked for odd in (b"[,", b",,", b",]"))  # a number out of a position
        or marked.count(b"P[") + marked.count(b"M[") != len(texts)  # a value that is no list
        or not marked.endswith(b"]")
    ):
        return None
    marks = np.frombuffer(marked, np.uint8)  # brackets, commas, positions, shape marks
    brackets = np.flatnonzero((marks == ord("[")) | (marks == ord("]")))
    starts = np.flatnonzero((marks == ord("P")) | (marks == ord("M")))
    opens = marks[brackets] == ord("[")
    depth = np.cumsum(np.where(opens, 1, -1))  # after each bracket
    ring_level = (2 + (marks[starts] == ord("M")))[np.searchsorted(starts, brackets) - 1]
    if (depth > ring_level).any():
        return None  # a list in a position
    ring_open = brackets[opens & (depth == ring_level)]
    ring_close = brackets[~opens & (depth == ring_level - 1)]
    part_open = brackets[opens & (depth == ring_level - 1)]
    part_close = brackets[~opens & (depth == ring_level - 2)]
    found = np.flatnonzero(marks == ord("p"))
    if len(ring_open) != len(ring_close):
        return None
    sizes = np.searchsorted(found, ring_close) - np.searchsorted(found, ring_open)
    if sizes.sum() != len(found) or (sizes < 4).any():
        return None  # a position where a ring or polygon belongs, or a ring of under four
    if (numbers := _numbers(joined, size * len(found))) is None:
        return None
    return _built(
        numbers.reshape(-1, size),
        np.r_[0, np.cumsum(sizes)],
        np.r_[0, np.searchsorted(ring_open, part_close)],
        np.r_[0, np.searchsorted(part_open, np.r_[starts[1:], len(marks)])],
        np.array(multi, dtype=bool),
    )


_NUMBERS_READ = 1 << 20
"""Bytes of text whose numbers :func:`_numbers` reads at a time."""


def _numbers(text: bytes, count: int) -> np.ndarray | None:
    """The *count* JSON numbers of *text*, where only brackets, commas, spaces and the shape
    marks ``P`` and ``M`` stand between them; ``None`` if they are not that many numbers.

    Read a megabyte of text at a time: the whole at once made a Python float of every number
    (~3 million, ~70 MB, a 36 MB file), the memory mapped afresh for each file. Per file
    0.16 -> 0.12 s of CPU, half the page faults (measured).
    """
    from geodata.quick_json import float_list  # msgspec only when a file is parsed

    numbers = np.empty(count)
    done = start = 0
    while start < len(text):  # cut at commas: no number spans one
        end = text.find(b",", start + _NUMBERS_READ)
        end = len(text) if end < 0 else end
        some = float_list(b"[" + text[start:end].translate(None, b"[]PM") + b"]")
        if some is None or done + len(some) > count:
            return None
        numbers[done : done + len(some)] = some
        done, start = done + len(some), end + 1
    return numbers if done == count else None


_JSON_SPACE = b" \t\n\r"
_NUMBER_BYTES = b"0123456789.eE+-"


def _built(
    xyz: np.ndarray,
    rings: np.ndarray,
    polygons: np.ndarray,
    shapes: np.ndarray,
    is_multi: np.ndarray,
) -> list[BaseGeometry] | None:
    """The shapes of positions *xyz* (2 or 3 numbers each) where *rings*, *polygons* and
    *shapes* end (each array starting at 0, as :func:`shapely.from_ragged_array`'s offsets),
    MultiPolygons where *is_multi*; ``None`` when one is in doubt (see
    :func:`_polygons_at_once`)."""
    if ((xyz == 0) | (xyz == 1)).any():
        return None
    xy = np.ascontiguousarray(xyz[:, :2], dtype=float)
    vertices = np.diff(rings[polygons[shapes]])
    if (
        not np.isfinite(xy).all()
        or vertices.max() > MAX_FEATURE_VERTICES
        or not (xy[rings[:-1]] == xy[rings[1:] - 1]).all()  # open rings: each on its own
    ):
        return None
    parts = shapely.from_ragged_array(shapely.GeometryType.POLYGON, xy, (rings, polygons))
    built = parts[shapes[:-1]]
    if is_multi.any():
        shape_of_part = np.repeat(np.arange(len(is_multi)), np.diff(shapes))
        in_multi = is_multi[shape_of_part]
        rank = np.cumsum(is_multi) - 1
        built[is_multi] = shapely.multipolygons(
            parts[in_multi], indices=rank[shape_of_part[in_multi]]
        )
    return list(built)


def _xy(coordinates: Any) -> np.ndarray:
    """Positions as an (n, 2) array of numbers (Z dropped), or ValueError."""
    xy = np.asarray(coordinates)
    if xy.size == 0:
        return np.empty((0, 2))
    if xy.dtype.kind not in "fi" or xy.ndim != 2 or xy.shape[1] not in (2, 3):
        raise ValueError("not a list of positions")
    # numpy reads true and false as 1 and 0: only a position holding a 0 or 1 can hide one,
    # so the values' types are looked at only then (a per-value look cost ~2 s at 100x;
    # np.isin cost twice these two comparisons: 39 against 22 ms a 36 MB file)
    if ((xy == 0) | (xy == 1)).any() and any(
        type(value) is bool for position in coordinates for value in position
    ):
        raise ValueError("not a list of positions")
    return xy[:, :2].astype(float, copy=False)


def _point(coordinates: Any) -> BaseGeometry:
    xy = _xy([_parts(coordinates)])
    if len(xy) != 1:
        raise ValueError("not a position")
    return shapely.Point(xy[0])


def _parts(coordinates: Any) -> list[Any]:
    if not isinstance(coordinates, list):
        raise TypeError("not a list")
    return coordinates


def _line(coordinates: Any) -> BaseGeometry:
    xy = _xy(coordinates)
    return shapely.LineString(xy) if len(xy) else shapely.LineString()


def _polygon(rings: Any) -> BaseGeometry:
    rings = [_xy(ring) for ring in _parts(rings)]
    return shapely.Polygon(rings[0], rings[1:]) if rings else shapely.Polygon()


_BUILDERS: dict[str, Callable[[Any], BaseGeometry]] = {
    "Point": _point,
    "MultiPoint": lambda c: shapely.MultiPoint(_xy(_parts(c))),
    "LineString": lambda c: _line(_parts(c)),
    "MultiLineString": lambda c: shapely.MultiLineString([_xy(p) for p in _parts(c)]),
    "Polygon": _polygon,
    "MultiPolygon": lambda c: shapely.MultiPolygon([_polygon(p) for p in _parts(c)]),
}
