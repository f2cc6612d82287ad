"""The start-up cache: a hit gives the same atlas, anything else a fresh load (no Qt here)."""

from __future__ import annotations

import os
import pickle
import stat
import struct
import tempfile
from pathlib import Path

import numpy as np
import pytest

from viewer.core import atlas_cache, column_file
from viewer.core.atlas import Atlas, _inputs, _load_checked, dump_atlas, load_atlas, load_atlas_data
from viewer.core.atlas_cache import cached, fingerprint
from viewer.core.column_file import check_private
from viewer.core.record_codec import CodecError


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv(atlas_cache.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def small(tiny_atlas) -> Atlas:
    return tiny_atlas


class Builder:
    """Counts its calls, so a test can tell a cache hit from a rebuild."""

    def __init__(self, value: Atlas) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> Atlas:
        self.calls += 1
        return self.value


def _cached(key: str, build: Builder) -> Atlas:
    return cached(key, build, dump_atlas, load_atlas_data)


def _ids(atlas: Atlas) -> list[str]:
    return [t.id for t in atlas.history] + [e.id for e in atlas.events]


def test_second_call_is_served_from_the_cache_as_a_private_data_file(folder, small):
    build = Builder(small)
    first = _cached("k1", build)
    again = _cached("k1", build)
    assert build.calls == 1 and again is not first and _ids(again) == _ids(small)
    (entry,) = folder.iterdir()
    assert entry.name == "atlas-k1.cache"
    assert entry.read_bytes().startswith(column_file.MAGIC)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_new_key_rebuilds_and_removes_old_entries_and_old_pickles(folder, small):
    _cached("k1", Builder(small))
    (folder / "atlas-k0.pickle").write_bytes(pickle.dumps({}))
    build = Builder(small)
    _cached("k2", build)
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == ["atlas-k2.cache"]


class _Planted:
    """Unpickling this would create the marker file: the cache must never unpickle."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_planted_pickle_is_never_run(folder, small, tmp_path):
    folder.mkdir(mode=0o700)
    marker = tmp_path / "ran"
    payload = pickle.dumps(_Planted(marker))
    for name in ("atlas-k1.cache", "atlas-k1.pickle"):
        (folder / name).write_bytes(payload)
    build = Builder(small)
    assert _ids(_cached("k1", build)) == _ids(small)
    assert build.calls == 1 and not marker.exists()


def _file(tmp: Path, data: object, arrays: dict | None = None, key: str = "k1") -> bytes:
    """The bytes of a cache file holding *data* and *arrays* (no geometries by default)."""
    none = {"wkb": np.empty(0, np.uint8), "wkb.offsets": np.zeros(1, np.int64)}
    column_file.write(tmp / "made", key, data, none if arrays is None else arrays)
    return (tmp / "made").read_bytes()


def _damaged(tmp: Path) -> dict[str, bytes]:
    whole = _file(tmp, {"atlas": {}})
    return {
        "garbage": b"not a cache",
        "empty": b"",
        "truncated": whole[:-3],
        "a bit flipped": whole[:-1] + bytes([whole[-1] ^ 1]),
        "data is {}": _file(tmp, {}),
        "data is null": _file(tmp, None),
        "atlas is null": _file(tmp, {"atlas": None}),
        "no geometries": _file(tmp, {"atlas": {}}, {}),
        "other key": _file(tmp, {"atlas": {}}, key="k0"),
        "geometry outside the data": _file(
            tmp, {"atlas": {}}, {"wkb": np.zeros(1, np.uint8), "wkb.offsets": np.array([0, 99])}
        ),
        "geometry not WKB": _file(
            tmp,
            {"atlas": {}},
            {"wkb": np.frombuffer(b"abcd", np.uint8), "wkb.offsets": np.array([0, 4])},
        ),
        "deep JSON": column_file.MAGIC
        + struct.pack("<Q", 200_000)
        + b"[" * 100_000
        + b"]" * 100_000,
    }


DAMAGED = list(_damaged(Path(tempfile.mkdtemp())).items())


@pytest.mark.parametrize("content", [c for _, c in DAMAGED], ids=[n for n, _ in DAMAGED])
def test_a_damaged_or_foreign_entry_is_rebuilt_and_replaced(folder, small, content):
    folder.mkdir(mode=0o700)
    entry = folder / "atlas-k1.cache"
    entry.write_bytes(content)
    entry.chmod(0o600)
    build = Builder(small)
    assert _ids(_cached("k1", build)) == _ids(small)
    assert _ids(_cached("k1", build)) == _ids(small)
    assert build.calls == 1  # the second call read the replacement


def test_the_stored_records_are_checked_against_their_types(folder, small):
    _cached("k1", Builder(small))
    entry = folder / "atlas-k1.cache"
    data, arrays = column_file.read(entry, "k1")
    data["atlas"]["events"][0]["importance"] = "3"  # a string where a number belongs
    column_file.write(entry, "k1", data, {name: np.array(a) for name, a in arrays.items()})
    build = Builder(small)
    _cached("k1", build)
    assert build.calls == 1


def test_projected_shapes_that_do_not_fit_are_rebuilt_not_drawn(folder, small):
    """The shapes' arrays are checked as they are mapped: one that shapely could not make
    costs a fresh load, never a failure when drawn."""
    _cached("k1", Builder(small))
    entry = folder / "atlas-k1.cache"
    data, arrays = column_file.read(entry, "k1")
    stored = {name: np.array(a) for name, a in arrays.items()}
    stored["projected.coordinates"][-1] += 1  # past the last coordinate
    column_file.write(entry, "k1", data, stored)
    build = Builder(small)
    assert _ids(_cached("k1", build)) == _ids(small)
    assert build.calls == 1


@pytest.mark.parametrize("mode", [0o620, 0o602])
def test_an_entry_others_could_write_is_not_read(folder, small, mode):
    _cached("k1", Builder(small))
    (folder / "atlas-k1.cache").chmod(mode)
    build = Builder(small)
    _cached("k1", build)
    assert build.calls == 1


def test_a_shared_folder_is_neither_read_nor_written(folder, small):
    folder.mkdir()
    folder.chmod(0o777)
    build = Builder(small)
    _cached("k1", build)
    _cached("k1", build)
    assert build.calls == 2 and list(folder.iterdir()) == []


def test_a_cache_of_another_user_is_refused():
    info = os.stat_result((0o100600, 0, 0, 1, os.getuid() + 1, 0, 10, 0, 0, 0))
    with pytest.raises(CodecError, match="belongs to another user"):
        check_private(Path("x"), info, "file")


def test_a_symlinked_entry_is_not_followed(folder, small, tmp_path):
    _cached("k1", Builder(small))
    real = tmp_path / "elsewhere.cache"
    (folder / "atlas-k1.cache").rename(real)
    (folder / "atlas-k1.cache").symlink_to(real)
    build = Builder(small)
    _cached("k1", build)
    assert build.calls == 1


def test_an_unwritable_folder_only_means_no_cache(tmp_path, monkeypatch, small):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(atlas_cache.ENV, str(blocker / "cache"))  # under a file: cannot exist
    build = Builder(small)
    _cached("k", build)
    _cached("k", build)
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
    assert {"atlas_cache.py", "record_codec.py"} <= names


def test_the_cached_atlas_answers_as_the_freshly_loaded_one(folder):
    fresh = load_atlas()
    build = Builder(fresh)
    _cached("real", build)
    again = _cached("real", build)
    assert build.calls == 1 and again is not fresh  # really read back
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
    assert list(again.events) == list(fresh.events)  # every field, dates and disputes too
    assert list(again.history) == list(fresh.history)
    assert "shapes" in again.base.__dict__  # the base map's unions travel with it
    assert again.base.shapes.keys() == fresh.base.shapes.keys()
    assert all(again.base.shapes[k].equals(fresh.base.shapes[k]) for k in fresh.base.shapes)


def test_the_checked_load_computes_the_base_shapes_before_caching(folder):
    atlas = _load_checked()
    assert "shapes" in atlas.base.__dict__


def test_an_atlas_the_codec_cannot_store_is_still_loaded_only_not_cached(folder, small):
    def dump(atlas):
        raise CodecError("cannot store a Widget")

    build = Builder(small)
    assert cached("k1", build, dump, load_atlas_data) is small
    assert not folder.exists() or list(folder.iterdir()) == []
