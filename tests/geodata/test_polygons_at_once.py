"""A file's polygons built at once are the shapes, and give the problems, of one at a time."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
import shapely
from hypothesis import given as examples
from hypothesis import settings
from hypothesis import strategies as st

from bench.synthetic import _territory_copies
from geodata import loading
from geodata.errors import Problem, display_name
from geodata.geometry import (
    MAX_FEATURE_VERTICES,
    polygons_at_once,
    polygons_from_json,
    read_geometry,
)
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


# Polygons read from their JSON text (polygons_from_json): the same shapes, or none at all.


def _from_text(geometries: list[Any], indent: int | None = None) -> list[Any] | None:
    return polygons_from_json(
        [g["type"] == "MultiPolygon" for g in geometries],
        [json.dumps(g["coordinates"], indent=indent).encode() for g in geometries],
    )


@pytest.mark.parametrize("indent", [None, 2])
def test_shapes_read_from_their_text_are_those_built_at_once(indent):
    synthetic = _territory_copies(2, random.Random(1946))[1]
    for geometries in (
        _geometries(data_dir() / "history.geojson"),
        [f["geometry"] for f in json.loads(json.dumps(synthetic))],
    ):
        areas = [g for g in geometries if g["type"] in _AREAS]
        built = polygons_at_once(areas)
        read = _from_text(areas, indent)
        assert read is not None and len(read) == len(built) == len(areas)
        assert [shapely.to_wkb(s) for s in read] == [shapely.to_wkb(s) for s in built]


def test_positions_with_heights_lose_them_read_from_text_too():
    ring = [[50.0, 40.0, 7.0], [51.0, 40.0, 7.0], [51.0, 41.0, 7.0], [50.0, 40.0, 7.0]]
    geometries = [{"type": "Polygon", "coordinates": [ring]}]
    read = _from_text(geometries)
    assert read is not None
    assert shapely.to_wkb(read[0]) == shapely.to_wkb(polygons_at_once(geometries)[0])


@settings(max_examples=100, deadline=None)
@examples(st.lists(st.floats(2.0, 60.0) | st.integers(2, 60), min_size=6, max_size=6))
def test_numbers_read_from_text_are_the_json_parsers(numbers):
    x0, y0, x1, y1, x2, y2 = numbers
    text = f"[[[{x0}, {y0}], [{x1}, {y1}], [{x2}, {y2}], [{x0}, {y0}]]]".encode()
    read = polygons_from_json([False], [text])
    expected = polygons_at_once([{"type": "Polygon", "coordinates": json.loads(text)}])
    assert read is not None and expected[0] is not None
    assert shapely.to_wkb(read[0]) == shapely.to_wkb(expected[0])


ODD_TEXTS = [
    b"[[[50.5, 40.5], [51.5, 40.5], [51.5, 41.5], 51.5, [50.5, 40.5]]]",  # a bare number
    b"[[[50.5, 40.5], [51.5, 40.5], [51.5, 41.5], [[50.5, 41.5]], [50.5, 40.5]]]",
    b"[[50.5, 40.5], [51.5, 40.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]]",  # a ring
    b"[[[[50.5, 40.5], [51.5, 40.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]]]]",
    b"[[[50.5, 40.5], [51.5, 40.5], [51.5, 41.5, 2], [50.5, 41.5], [50.5, 40.5]]]",
    b"[[[50.5, 40.5, 2, 3], [51.5, 40.5, 2, 3], [51.5, 41.5, 2, 3], [50.5, 40.5, 2, 3]]]",
    b"[[[50.5, 40.5], [51.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]]]",
    b"[[[50.5, 40.5], [51.5, 40.5], [50.5, 40.5]]]",  # a ring of three
    b"[[[50.5, 40.5], [51.5, 1e400], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]]]",
    b"[[[50.5, 40.5], [51.5, 40.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]], 7]",
    b"[[[50.5, 40.5], [51.5, 40.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]], []]",
    b"[[[50.5, 40.5], [1, 40.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]]]",  # 1: true?
    b"[[[50.5, 40.5], [true, 40.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]]]",
    b'[[[50.5, 40.5], ["51.5", 40.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]]]',
    b"[[[50.5, 40.5], [null, 40.5], [51.5, 41.5], [50.5, 41.5], [50.5, 40.5]]]",
    b"[[[50.5, 40.5], [51.5, 40.5], [51.5, 41.5], [50.5, 41.5]]]",  # open
    b"[]",
    b"7",
    b"null",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_a_polygon_text_that_does_not_read_plainly_leaves_every_shape_to_the_usual_reading(
    text,
):
    good = json.dumps([_SQUARE]).encode()
    assert polygons_from_json([False, False, False], [good, text, good]) is None
    assert polygons_from_json([False, True], [good, b"[" + text + b"]"]) is None
    assert polygons_from_json([False], [good]) is not None


@pytest.mark.parametrize("piece", [1, 7, 100])
def test_numbers_read_a_piece_of_text_at_a_time_are_those_read_at_once(monkeypatch, piece):
    """Text cut at any comma gives the same shapes, and odd text is refused all the same."""
    from geodata import geometry

    geometries = [g for g in _geometries(data_dir() / "history.geojson") if g["type"] in _AREAS]
    whole = _from_text(geometries, indent=1)
    monkeypatch.setattr(geometry, "_NUMBERS_READ", piece)
    pieces = _from_text(geometries, indent=1)
    assert whole is not None and pieces is not None
    assert [shapely.to_wkb(s) for s in pieces] == [shapely.to_wkb(s) for s in whole]
    good = json.dumps([_SQUARE]).encode()
    for text in ODD_TEXTS:
        assert polygons_from_json([False, False, False], [good, text, good]) is None, text


def _both_ways(path: Path, monkeypatch) -> tuple[list[Any], list[Problem]]:
    """read_geojson's records and problems, quickly and (monkeypatched) the usual way."""
    results = []
    for quick in (True, False):
        with monkeypatch.context() as patch:
            if not quick:
                patch.setattr(loading, "_quick_features", lambda *args: None)
            problems: list[Problem] = []
            records = read_geojson(path, problems)
            results.append(
                ([(r.index, r.properties, shapely.to_wkb(r.geometry)) for r in records], problems)
            )
    assert results[0] == results[1]
    return results[0]


@pytest.mark.parametrize(
    "features",
    [
        [{"type": "Nope", "properties": {"id": "a"}, "geometry": {"type": "Polygon",
                                                                   "coordinates": [_SQUARE]}}],
        [{"type": "Feature", "properties": {"id": "a"}, "geometry": None}],
        [{"type": "Feature", "properties": ["x"], "geometry": None}],
        [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[50.5, 40.5],
                                                                                 [51.0, 1e400]]}}],
        [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Point"}}],
        [{"type": "Feature", "properties": {"id": "a"},
          "geometry": {"type": "Polygon", "coordinates": [_SQUARE], "bbox": [1, 2, 3, 4]}},
         {"type": "Feature", "properties": {"id": "b"},
          "geometry": {"type": "MultiPolygon", "coordinates": [[_SQUARE], [_SQUARE]]}}],
        [{"type": "Feature", "properties": {"id": "a"}, "geometry": "Polygon"}],
        ["feature"],
    ],
)  # fmt: skip
def test_a_file_reads_alike_quickly_or_the_usual_way(tmp_path, monkeypatch, features):
    path = tmp_path / "f.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    _both_ways(path, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        b'{"type": "FeatureCollection", "features": [], "features": %s}',  # the last kept
        b'{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": '
        b'"EPSG:3857"}}, "features": %s}',
        b'{"type": "Topology", "features": %s}',
        b'{"type": "FeatureCollection", "features": {"a": %s}}',
        b'[{"type": "FeatureCollection", "features": %s}]',
        b'\xef\xbb\xbf{"type": "FeatureCollection", "features": %s}',
    ],
)
def test_a_collection_reads_alike_quickly_or_the_usual_way(tmp_path, monkeypatch, text):
    feature = {"type": "Feature", "properties": {"id": "a"},
               "geometry": {"type": "Polygon", "coordinates": [_SQUARE]}}  # fmt: skip
    path = tmp_path / "f.geojson"
    path.write_bytes(text % json.dumps([feature]).encode())
    _both_ways(path, monkeypatch)


def test_the_synthetic_file_reads_alike_quickly_or_the_usual_way(tmp_path, monkeypatch):
    path = tmp_path / "copies.geojson"
    features = _territory_copies(2, random.Random(1946))[1]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    assert loading._quick_features(path, "copies", [], None) is not None  # read quickly
    records, problems = _both_ways(path, monkeypatch)
    assert len(records) == len(features) and problems == []


def test_numbers_written_with_exponents_read_as_the_json_parser_reads_them():
    text = (
        b"[[[5.05e1, 405E-1], [51.5e+0, 40.5], [0.515E2, 41.500000000000000001], [5.05e1, 405E-1]]]"
    )
    read = polygons_from_json([False], [text])
    expected = polygons_at_once([{"type": "Polygon", "coordinates": json.loads(text)}])
    assert read is not None and expected[0] is not None
    assert shapely.to_wkb(read[0]) == shapely.to_wkb(expected[0])
