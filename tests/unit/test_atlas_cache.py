"""The start-up cache: a hit gives the same atlas, anything else a fresh load (no Qt here)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from viewer import atlas_cache
from viewer.atlas import _inputs, _load_checked, load_atlas
from viewer.atlas_cache import cached, fingerprint


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv(atlas_cache.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


class Builder:
    """Counts its calls, so a test can tell a cache hit from a rebuild."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_second_call_is_served_from_the_cache(folder):
    build = Builder({"a": [1, 2, 3]})
    assert cached("k1", build) == {"a": [1, 2, 3]}
    assert cached("k1", build) == {"a": [1, 2, 3]}
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == ["atlas-k1.pickle"]


def test_a_new_key_rebuilds_and_removes_the_old_entry(folder):
    cached("k1", Builder(1))
    build = Builder(2)
    assert cached("k2", build) == 2
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == ["atlas-k2.pickle"]


def test_a_damaged_entry_is_rebuilt_and_replaced(folder):
    folder.mkdir()
    (folder / "atlas-k1.pickle").write_bytes(b"not a pickle")
    build = Builder([4, 5])
    assert cached("k1", build) == [4, 5]
    assert build.calls == 1
    assert pickle.loads((folder / "atlas-k1.pickle").read_bytes()) == [4, 5]


def test_an_unwritable_folder_only_means_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(atlas_cache.ENV, str(blocker / "cache"))  # under a file: cannot exist
    build = Builder("value")
    assert cached("k", build) == "value"
    assert cached("k", build) == "value"
    assert build.calls == 2


def test_fingerprint_follows_every_byte_and_name(tmp_path):
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    one.write_text("a: 1")
    two.write_text("b: 2")
    before = fingerprint([one, two])
    assert fingerprint([two, one]) == before  # order does not matter
    one.write_text("a: 2")
    assert fingerprint([one, two]) != before
    one.write_text("a: 1")
    assert fingerprint([one, two]) == before
    assert fingerprint([one]) != before


def test_inputs_cover_the_bundled_data_and_the_code_that_reads_it():
    names = {p.name for p in _inputs()}
    assert {"history.geojson", "places.yaml", "sources.yaml", "to-1945.yaml"} <= names
    assert {"land.geojson", "provinces.geojson"} <= names
    assert {"loading.py", "dataset.py", "basemap.py", "catalogue.py", "atlas.py"} <= names


def test_the_cached_atlas_answers_as_the_freshly_loaded_one(folder):
    fresh = load_atlas()
    build = Builder(fresh)
    cached("real", build)
    again = cached("real", build)
    assert build.calls == 1 and again is not fresh  # really unpickled
    assert [t.id for t in again.history] == [t.id for t in fresh.history]
    for day in fresh.history.change_days():
        assert again.history.valid_ids(day) == fresh.history.valid_ids(day)
    index, polygon = next(
        (i, g) for i, g in enumerate(fresh.history.projected) if g.geom_type == "MultiPolygon"
    )
    point, day = polygon.representative_point(), list(fresh.history)[index].start
    hits = again.history.territories_at(point.x, point.y, day)
    assert hits and hits == fresh.history.territories_at(point.x, point.y, day)
    assert [e.id for e in again.events] == [e.id for e in fresh.events]
    assert again.places == fresh.places and again.sources == fresh.sources
    assert "shapes" in again.base.__dict__  # the base map's unions travel with it
    assert again.base.shapes.keys() == fresh.base.shapes.keys()
    assert all(again.base.shapes[k].equals(fresh.base.shapes[k]) for k in fresh.base.shapes)


def test_the_checked_load_computes_the_base_shapes_before_caching(folder):
    atlas = _load_checked()
    assert "shapes" in atlas.base.__dict__
