"""A file's polygons built at once are the shapes, and give the problems, of one at a time."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
import shapely

from bench.synthetic import _territory_copies
from geodata.errors import Problem, display_name
from geodata.geometry import MAX_FEATURE_VERTICES, polygons_at_once, read_geometry
from geodata.loading import data_dir, read_feature_collection, read_geojson

_AREAS = ("Polygon", "MultiPolygon")


def _geometries(path: Path) -> list[Any]:
    features, _ = read_feature_collection(path, [])
    return [f.geometry for f in features]


def _assert_as_one_at_a_time(geometries: list[Any]) -> None:
    """Every polygon is built at once, exactly (type and WKB) as it is one at a time."""
    built = polygons_at_once(geometries)
    for given, shape in zip(geometries, built, strict=True):
        if given["type"] not in _AREAS:
            assert shape is None
            continue
        assert shape is not None, given["type"]
        alone = read_geometry(given, "f", "x", [])
        assert alone is not None
        assert shape.geom_type == alone.geom_type
        assert shapely.to_wkb(shape) == shapely.to_wkb(alone)


@pytest.mark.parametrize(
    "path",
    [data_dir() / "history.geojson", *sorted((data_dir() / "base").glob("*.geojson"))],
    ids=lambda p: p.name,
)
def test_bundled_shapes_are_built_at_once_as_one_at_a_time(path):
    _assert_as_one_at_a_time(_geometries(path))


def test_synthetic_shapes_are_built_at_once_as_one_at_a_time():
    files = _territory_copies(2, random.Random(1946))
    geometries = [f["geometry"] for f in json.loads(json.dumps(files[1]))]
    assert any(g["type"] == "MultiPolygon" for g in geometries)
    _assert_as_one_at_a_time(geometries)


def test_positions_with_heights_lose_them_at_once_too():
    ring = [[50.0, 40.0, 7.0], [51.0, 40.0, 7.0], [51.0, 41.0, 7.0], [50.0, 40.0, 7.0]]
    _assert_as_one_at_a_time([{"type": "Polygon", "coordinates": [ring]}])


_SQUARE = [[50.5, 40.5], [51.5, 40.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]]


def _odd(position: Any) -> list[list[Any]]:
    return [[*_SQUARE[:2], position, *_SQUARE[3:]]]


@pytest.mark.parametrize(
    "coordinates",
    [
        _odd([51.5, "41.5"]),
        _odd([51.5, None]),
        _odd([True, 41.5]),
        _odd([51.5]),
        _odd([51.5, 41.5, 0.0, 0.0]),
        _odd([51.5, [41.5]]),
        _odd({"lon": 51.5, "lat": 41.5}),
        _odd("51"),
        _odd(51.5),
        _odd([10**400, 41.5]),
        [[*_SQUARE[:2], [51.5, 41.5, 3.0], *_SQUARE[3:]]],
        [[_SQUARE[0], _SQUARE[1], _SQUARE[0]]],
        [_SQUARE[:4]],
        [[]],
        [],
        "square",
        [_SQUARE, "hole"],
    ],
)
def test_a_polygon_that_does_not_read_plainly_leaves_every_shape_to_one_at_a_time(coordinates):
    good = {"type": "Polygon", "coordinates": [_SQUARE]}
    odd = {"type": "Polygon", "coordinates": coordinates}
    assert polygons_at_once([good, odd, copy.deepcopy(good)]) == [None, None, None]
    multi = {"type": "MultiPolygon", "coordinates": [[_SQUARE], coordinates]}
    assert polygons_at_once([good, multi]) == [None, None]


def test_an_open_ring_is_closed_as_one_at_a_time():
    geometries = [
        {"type": "Polygon", "coordinates": [_SQUARE]},
        {"type": "Polygon", "coordinates": [_SQUARE[:4]]},
    ]
    assert polygons_at_once(geometries) == [None, None]
    shape = read_geometry(geometries[1], "f", "x", [])
    assert shape is not None and shape.equals(shapely.Polygon(_SQUARE))


def test_a_shape_past_the_vertex_limit_is_left_to_one_at_a_time():
    many = [[50.5 + i * 1e-6, 40.5] for i in range(MAX_FEATURE_VERTICES)]
    ring = [*many, [50.5, 41.5], many[0]]
    assert polygons_at_once([{"type": "Polygon", "coordinates": [ring]}]) == [None]


def _features(geometries: list[Any]) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"id": f"t{i}"}, "geometry": g}
            for i, g in enumerate(geometries)
        ],
    }


def test_problems_keep_their_order_whichever_way_shapes_are_built(tmp_path):
    """An invalid polygon, then a line that does not read, then a good polygon: the
    polygons are built at once, the problems come in the file's order."""
    bow_tie = [[50.5, 40.5], [51.5, 41.5], [51.5, 40.5], [50.5, 41.5], [50.5, 40.5]]
    path = tmp_path / "mixed.geojson"
    geometries = [
        {"type": "Polygon", "coordinates": [bow_tie]},
        {"type": "LineString", "coordinates": [[50.5, "40.5"], [51.0, 41.0]]},
        {"type": "MultiPolygon", "coordinates": [[_SQUARE]]},
    ]
    path.write_text(json.dumps(_features(geometries)), encoding="utf-8")
    assert polygons_at_once(geometries)[0] is not None
    problems: list[Problem] = []
    records = read_geojson(path, problems)
    assert [(p.record, p.field) for p in problems] == [("t0", "geometry"), ("t1", "geometry")]
    assert "invalid" in problems[0].message and "LineString" in problems[1].message
    assert [r.index for r in records] == [2]


def test_a_file_with_an_odd_polygon_gives_the_problems_of_one_at_a_time(tmp_path):
    path = tmp_path / "odd.geojson"
    geometries = [
        {"type": "Polygon", "coordinates": [_SQUARE]},
        {"type": "Polygon", "coordinates": _odd([True, 41.5])},
        {"type": "MultiPolygon", "coordinates": [[_odd([51.5, "41.5"])[0]]]},
    ]
    path.write_text(json.dumps(_features(geometries)), encoding="utf-8")
    problems: list[Problem] = []
    records = read_geojson(path, problems)
    expected: list[Problem] = []
    for i, g in enumerate(json.loads(path.read_text(encoding="utf-8"))["features"]):
        read_geometry(g["geometry"], display_name(path), f"t{i}", expected)
    assert problems == expected and len(expected) == 2
    assert [r.index for r in records] == [0]
