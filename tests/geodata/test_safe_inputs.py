"""Users' files that could hang, exhaust or mislead: each is refused in our words, bounded.

Named pipes, devices and folders are refused by type before anything reads them; sizes are
found by reading, never trusted; shapes too big or too tangled are refused before costly
work; output escapes what could forge a line; YAML keys given twice and GeoJSON coordinates
that are not numbers are problems, not silent guesses.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
import shapely

from geodata import geometry, safe_files, user_layers
from geodata.errors import DataError
from geodata.user_layers import MAX_REPAIR_CROSSINGS
from viewer.core.atlas import load_atlas
from viewer.core.user_data import UserData
from viewer.core.validate import check_files, run_validate

EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
PROPS = {
    "id": "user-zone", "name": {"en": "A zone"}, "kind": "occupation_zone",
    "status": "de_facto", "valid_from": "1941-08-25", "valid_to": "1946-05-09",
    "boundary_precision": "schematic", "construction": "a test", "style": "zone",
    "sources": [{"source": "encyclopaedia", "locator": "p", "quote": "q"}],
}  # fmt: skip
fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def _problems(path: Path, atlas) -> list[str]:
    """Problems from validate, checked to be the same as File › Open's."""
    (report,) = check_files([path], atlas)
    try:
        UserData(atlas).add(path)
        opened: list[str] = []
    except DataError as exc:
        opened = [str(p) for p in exc.problems]
    assert [str(p) for p in report.problems] == opened
    return opened


def _geojson(path: Path, *features: tuple[dict, object]) -> Path:
    collection = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": p, "geometry": g} for p, g in features],
    }
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


# ---- files that are not files -----------------------------------------------------------


@fifo
@pytest.mark.parametrize("suffix", [".geojson", ".yaml", ".gpkg"])
def test_a_named_pipe_is_refused_unopened(tmp_path, atlas, suffix):
    path = tmp_path / f"pipe{suffix}"
    os.mkfifo(path)
    assert _problems(path, atlas) == [f"{path}: is a named pipe (FIFO), not a file"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("suffix", [".geojson", ".yaml", ".gpkg"])
def test_a_link_to_an_endless_device_is_refused_unread(tmp_path, atlas, suffix):
    path = tmp_path / f"zero{suffix}"
    path.symlink_to("/dev/zero")
    assert _problems(path, atlas) == [f"{path}: is a device, not a file"]


def test_size_is_found_by_reading_not_by_stat(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_bytes(b"x" * 11)
    assert safe_files.read_limited(path, 11) == b"x" * 11
    with pytest.raises(DataError, match="is larger than the 10-byte limit"):
        safe_files.read_limited(path, 10)


def test_a_file_longer_than_a_read_is_read_whole_or_to_its_limit(tmp_path):
    path = tmp_path / "f.geojson"
    data = os.urandom(3 * safe_files._CHUNK + 5)
    path.write_bytes(data)
    assert safe_files.read_head(path, len(data) + 1) == data
    assert safe_files.read_head(path, safe_files._CHUNK + 3) == data[: safe_files._CHUNK + 3]
    with pytest.raises(DataError, match="is larger than"):
        safe_files.read_limited(path, len(data) - 1)


@fifo
def test_remembered_files_turned_pipes_or_gone_never_block_start_up(tmp_path, atlas):
    line = shutil.copy(EXAMPLES / "turkmenchay-line.geojson", tmp_path / "line.geojson")
    events = tmp_path / "events.yaml"
    os.mkfifo(events)
    user_data, notices = UserData.from_settings(atlas, [str(events), str(line)])
    assert user_data.paths == (Path(line),)
    assert [str(n) for n in notices] == [
        f"{events}: no longer loads and was removed",
        f"{events}: is a named pipe (FIFO), not a file",
    ]


def test_start_up_skips_the_files_left_once_its_budget_is_spent(tmp_path, atlas):
    line = shutil.copy(EXAMPLES / "turkmenchay-line.geojson", tmp_path / "line.geojson")
    events = shutil.copy(EXAMPLES / "turkmenchay-events.yaml", tmp_path / "events.yaml")
    ticks = iter(range(100))  # each look at the clock is a second later
    user_data, notices = UserData.from_settings(
        atlas, [str(line), str(events)], budget_s=1.5, clock=lambda: next(ticks)
    )
    assert user_data.paths == (Path(line),)
    assert [str(n) for n in notices] == [
        f"{events}: was skipped: loading the added files took too long; open it again"
    ]


# ---- bounded work on shapes -------------------------------------------------------------


def test_a_feature_with_too_many_vertices_is_refused(tmp_path, atlas, monkeypatch):
    monkeypatch.setattr(geometry, "MAX_FEATURE_VERTICES", 4)
    square = shapely.box(49, 37, 50, 38).__geo_interface__
    path = _geojson(tmp_path / "big.geojson", (PROPS, square))
    (problem,) = _problems(path, atlas)
    assert (
        "'user-zone': field 'geometry': has 5 vertices; the limit for one feature is 4" in problem
    )


def test_a_file_with_too_many_vertices_is_refused(tmp_path, atlas, monkeypatch):
    monkeypatch.setattr(user_layers, "MAX_FILE_VERTICES", 8)
    square = shapely.box(49, 37, 50, 38).__geo_interface__
    path = _geojson(
        tmp_path / "big.geojson", *[({**PROPS, "id": f"z{i}"}, square) for i in range(3)]
    )
    assert _problems(path, atlas) == [
        f"{path}: has more than 8 vertices (10 so far); simplify it (in QGIS: Vector › "
        "Geometry Tools › Simplify) or split it"
    ]


def test_a_scribble_is_refused_as_too_complex_to_repair(tmp_path, atlas):
    ring = np.random.default_rng(7).random((3_000, 2)) + np.array([49, 37])
    scribble = {"type": "Polygon", "coordinates": [[*ring.tolist(), ring[0].tolist()]]}
    (problem,) = _problems(_geojson(tmp_path / "s.geojson", (PROPS, scribble)), atlas)
    assert problem.endswith(
        f"and too complex to repair: its outline crosses itself more than "
        f"{MAX_REPAIR_CROSSINGS:,} times; fix it in your GIS"
    )


# ---- our messages, printed safely -------------------------------------------------------


def test_ids_cannot_forge_output_lines(tmp_path, atlas):
    forged = tmp_path / "forged.geojson"
    _geojson(forged, ({"id": "x\nother.geojson: OK\x1b[2K\ud800"}, None))
    out = io.StringIO()
    assert run_validate([forged], atlas, out) == 1
    text = out.getvalue()
    text.encode("utf-8")  # no lone surrogate reaches the output
    assert "\nother.geojson: OK" not in text
    assert "'x\\nother.geojson: OK\\x1b[2K\\ud800': field 'geometry': has no geometry" in text
    assert "\x1b" not in text


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("digits.yaml", "- id: x\n  importance: " + "9" * 5_000 + "\n", ":2: holds a number too"),
        (
            "digits.geojson",
            json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature",
             "properties": {**PROPS, "figures": {"stated_area_km2": 10**400}},
             "geometry": {"type": "Point", "coordinates": [49, 37]}}]}),
            "'stated_area_km2' must be a number or short text, not 1000000",
        ),
        (
            "coordinate.geojson",
            json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature",
             "properties": PROPS, "geometry": {"type": "Point", "coordinates": [10**400, 37]}}]}),
            "field 'geometry': Point coordinates must be [lon, lat], in numbers (not text)",
        ),
    ],
    ids=["yaml-integer", "json-figure", "json-coordinate"],
)  # fmt: skip
def test_huge_numbers_are_our_message(tmp_path, atlas, name, text, expected):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    problems = _problems(path, atlas)
    assert any(expected in p for p in problems), problems
    assert not any("Error" in p for p in problems), problems


# ---- strict where a guess would lose or invent data -------------------------------------


def test_a_yaml_key_given_twice_names_both_lines(tmp_path, atlas):
    path = tmp_path / "twice.yaml"
    text = (EXAMPLES / "turkmenchay-events.yaml").read_text(encoding="utf-8")
    path.write_text(text + "events: []\n", encoding="utf-8")
    first = 1 + text.splitlines().index("events:")
    last = 1 + len(text.splitlines())
    assert _problems(path, atlas) == [
        f"{path}:{last}: gives the key 'events' twice in one mapping, at lines {first} and "
        f"{last}; YAML would keep only the last value: merge them or remove one"
    ]


def test_yaml_merge_keys_may_still_override(tmp_path):
    from geodata.yamlio import read_yaml

    path = tmp_path / "merge.yaml"
    path.write_text("base: &b {a: 1, b: 2}\nthis: {<<: *b, a: 3}\n", encoding="utf-8")
    assert read_yaml(path)["this"]["a"] == 3


@pytest.mark.parametrize(
    ("geometry", "expected"),
    [
        ({"type": "Point", "coordinates": ["49.5", "37.2"]}, "Point coordinates must be [lon,"),
        ({"type": "LineString", "coordinates": [[49, 37], ["50", 38]]}, "LineString coordinates"),
        ({"type": "MultiPoint", "coordinates": [49, 37]}, "MultiPoint coordinates must be a list"),
        ({"type": "MultiPoint", "coordinates": [[49, 37], [50]]}, "MultiPoint coordinates must"),
        ({"type": "Point", "coordinates": [[49, 37]]}, "Point coordinates must be [lon, lat]"),
        ({"type": "Polygon", "coordinates": [[49, 37], [50, 37], [50, 38]]}, "Polygon coordinates"),
        ({"type": "Circle", "coordinates": [49, 37]}, "is a 'Circle'; use Point, LineString"),
        ({"type": "LineString", "coordinates": [[49, 37], [True, 38]]}, "LineString coordinates"),
        ({"type": "Point", "coordinates": [49, False]}, "Point coordinates must be [lon, lat]"),
        ({"type": "LineString", "coordinates": [[49.5, 37.25], [50.5, True]]}, "LineString coo"),
        ({"type": ["Polygon"], "coordinates": [[[49, 37], [50, 37], [50, 38], [49, 37]]]},
         "is a ['Polygon']; use Point, LineString"),
        ({"type": {"Polygon": 1}, "coordinates": [49, 37]}, "is a {'Polygon': 1}; use Point"),
    ],
    ids=["text", "text-in-line", "flat-multipoint", "short-position", "nested-point",
         "polygon-without-rings", "unknown-type", "true-in-line", "false-in-point",
         "true-among-decimals", "type-a-list", "type-an-object"],
)  # fmt: skip
def test_geojson_geometry_follows_the_specification(tmp_path, atlas, geometry, expected):
    path = _geojson(tmp_path / "g.geojson", (PROPS, geometry))
    (problem,) = _problems(path, atlas)
    assert f"'user-zone': field 'geometry': {expected}" in problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- {id: tabriz, lon: 46.3, lat: 38.1, kind: city}\n", "holds places, like the atlas"),
        ("- {id: mine, title: T, publisher: P, kind: book, reliability: R}\n", "holds sources"),
    ],
    ids=["places", "sources"],
)
def test_validate_and_file_open_classify_a_yaml_list_alike(tmp_path, atlas, text, expected):
    path = tmp_path / "list.yaml"
    path.write_text(text, encoding="utf-8")
    problems = _problems(path, atlas)
    assert expected in problems[0]
