"""The per-file cache of checked territories and events: a hit gives the same records, anything
damaged, foreign or stale a fresh, checked load (no Qt here)."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
import shapely

import viewer.core
from events.loading import load_events, load_sources
from geodata.errors import DataError
from geodata.loading import load_history, load_places
from geodata.model import StoredGeometry
from viewer.core import atlas_cache, column_file, file_cache
from viewer.core.atomic import atomic_file
from viewer.core.file_cache import cached_events, cached_history
from viewer.core.record_codec import CodecError

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv(atlas_cache.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def history(tmp_path) -> Path:
    return Path(shutil.copy(DATA / "history.geojson", tmp_path / "mine.geojson"))


@pytest.fixture
def counted(monkeypatch) -> dict[str, int]:
    """How often the full loaders ran: a cache hit runs neither."""
    calls = {"history": 0, "events": 0}
    load_history, read_yaml = file_cache.load_history, file_cache.read_yaml

    def history(*args, **kwargs):
        calls["history"] += 1
        return load_history(*args, **kwargs)

    def events(*args, **kwargs):
        calls["events"] += 1
        return read_yaml(*args, **kwargs)

    monkeypatch.setattr(file_cache, "load_history", history)
    monkeypatch.setattr(file_cache, "read_yaml", events)
    return calls


SOURCES = frozenset(load_sources())


def _entry(folder: Path) -> Path:
    (entry,) = folder.glob(f"{file_cache.PREFIX}*")
    return entry


def test_a_second_load_is_read_from_the_cache_and_equal(folder, history, counted):
    first = cached_history(history, SOURCES)
    again = cached_history(history, SOURCES)
    assert counted["history"] == 1
    assert list(again) == list(first)  # every field of every record, the geometry included
    assert all(a.equals_exact(b, 0) for a, b in zip(again.projected, first.projected, strict=True))
    assert again.valid_ids(first[next(iter(first)).id].start) == first.valid_ids(
        next(iter(first)).start
    )
    assert _entry(folder).stat().st_mode & 0o777 == 0o600
    assert list(first) == list(load_history(history, SOURCES))  # the first load: read back


def test_an_entry_unreadable_right_after_writing_means_checking_again(
    folder, history, counted, monkeypatch
):
    def unreadable(*args):
        raise OSError("the disk went away")

    monkeypatch.setattr(column_file, "read", unreadable)
    layer = cached_history(history, SOURCES)
    assert counted["history"] == 2  # checked, written, not readable: checked again, not lost
    assert [t.id for t in layer] == [t.id for t in cached_history(history, SOURCES)]


def test_a_changed_file_is_checked_again(folder, history, counted):
    cached_history(history, SOURCES)
    history.write_text(history.read_text().replace('"kind": "state"', '"kind": "nation"', 1))
    with pytest.raises(DataError, match="kind"):
        cached_history(history, SOURCES)
    assert counted["history"] == 2


def test_other_ids_to_check_against_mean_checking_again(folder, history, counted):
    cached_history(history, SOURCES)
    with pytest.raises(DataError, match="cites unknown source"):
        cached_history(history, frozenset({"only-this"}))
    assert counted["history"] == 2


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
        pytest.param(lambda raw: raw[:-1], id="last-byte-gone"),
        pytest.param(lambda raw: raw + b"\0", id="longer"),
        pytest.param(lambda raw: b"garbage" + raw[7:], id="not-ours"),
        pytest.param(lambda raw: raw.replace(b'"rows":', b'"rows":9', 1), id="row-count"),
        pytest.param(lambda raw: raw[:-40] + b"\xff" * 40, id="geometry-offsets"),
        pytest.param(lambda raw: raw[:-300] + bytes(300), id="tail-torn-to-zeros"),
        pytest.param(lambda raw: raw[:-301] + b"\x01" + raw[-300:], id="one-byte-changed"),
        pytest.param(
            lambda raw: raw.replace(b'"data":', b'"data":' + b"[" * 100_000, 1), id="nested-header"
        ),
    ],
)
def test_a_damaged_entry_is_rebuilt_not_crashed_on(folder, history, counted, damage):
    cached_history(history, SOURCES)
    expected = list(load_history(history, SOURCES))  # not read lazily from the entry damaged
    entry = _entry(folder)
    entry.write_bytes(damage(entry.read_bytes()))
    assert list(cached_history(history, SOURCES)) == expected
    assert counted["history"] == 2
    assert list(cached_history(history, SOURCES)) == expected  # and rebuilt: a hit again
    assert counted["history"] == 2


def test_an_index_outside_its_table_is_refused_and_rebuilt(folder, history, counted):
    cached_history(history, SOURCES)
    expected = list(load_history(history, SOURCES))  # not read lazily from the entry damaged
    entry = _entry(folder)
    data, arrays = column_file.read(entry, _key(entry))
    arrays = {name: np.array(array) for name, array in arrays.items()}
    arrays["territories.kind"][0] = 1000
    with pytest.raises(CodecError, match="points outside its table"):
        file_cache.decode_records(file_cache.Territory, data["territories"], arrays, "territories")
    column_file.write(entry, _key(entry), data, arrays)
    assert list(cached_history(history, SOURCES)) == expected
    assert counted["history"] == 2


def test_an_entry_is_not_waited_for_on_the_disk_but_a_users_file_is(tmp_path, monkeypatch):
    """A cache entry is checked by its checksums when read, so writing it never waits for the
    disk; a user's file always does."""
    flushed: list[int] = []
    monkeypatch.setattr(os, "fsync", flushed.append)
    column_file.write(tmp_path / "cache" / "entry.columns", "k", {}, {"n": np.arange(10)})
    assert flushed == []
    with atomic_file(tmp_path / "export.png") as stream:
        stream.write(b"picture")
    assert flushed  # the file, and its folder where the system allows


def _key(entry: Path) -> str:
    return re.search(rb'"key":"([0-9a-f]+)"', entry.read_bytes()).group(1).decode()


def test_an_entry_others_can_write_is_not_read(folder, history, counted):
    cached_history(history, SOURCES)
    _entry(folder).chmod(0o622)
    cached_history(history, SOURCES)
    assert counted["history"] == 2
    assert _entry(folder).stat().st_mode & 0o777 == 0o600  # replaced by a private one


def test_an_object_array_is_never_unpickled(folder, history, counted, tmp_path):
    """.npy stores object arrays as pickles: such an entry is refused before it is read."""
    cached_history(history, SOURCES)
    entry = _entry(folder)
    raw = entry.read_bytes()
    marker = tmp_path / "unpickled"
    planted = np.array([_Planted(marker)], dtype=object)
    with pytest.raises(CodecError, match="cannot store"):
        column_file.write(entry, "k", {}, {"x": planted})
    header = raw.index(b"\x93NUMPY")
    entry.write_bytes(raw[:header] + raw[header:].replace(b"'<i4'", b"'|O' ", 1))
    cached_history(history, SOURCES)
    assert counted["history"] == 2 and not marker.exists()


class _Planted:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_the_cache_code_never_allows_pickle():
    folder = Path(viewer.core.__file__).parent
    for name in ("column_file.py", "columns.py", "file_cache.py", "atlas_cache.py"):
        code = (folder / name).read_text()
        assert "import pickle" not in code and "allow_pickle=True" not in code, name
        assert "np.load(" not in code, name  # arrays are read as numbers, never via np.load


def test_events_are_cached_per_file_and_still_cross_checked(folder, tmp_path, counted):
    places = frozenset(p.id for p in load_places(DATA / "places.yaml"))
    territories = frozenset(t.id for t in cached_history(DATA / "history.geojson", SOURCES))
    mine = Path(shutil.copy(DATA / "events.yaml", tmp_path / "events.yaml"))
    checks = {"places": places, "territories": territories, "sources": SOURCES}
    first = cached_events([mine], **checks)
    assert cached_events([mine], **checks) == first and counted["events"] == 1
    with pytest.raises(DataError, match="links unknown territory"):
        cached_events([mine], **{**checks, "territories": frozenset()})
    twin = Path(shutil.copy(mine, tmp_path / "twin.yaml"))
    with pytest.raises(DataError, match=r"twin.yaml:1: .* is already used in .*events.yaml"):
        cached_events([mine, twin], **checks)


def test_geometries_round_trip_through_the_column_arrays():
    from viewer.core.columns import decode_geometries, encode_geometries

    shapes = [shapely.box(0, 0, 1, 1), shapely.LineString([(0, 0), (2, 3)]), shapely.Point(4, 5)]
    wkb, offsets = encode_geometries(shapes)
    back = decode_geometries(wkb, offsets, len(shapes))
    assert all(a.equals_exact(b, 0) for a, b in zip(back, shapes, strict=True))
    with pytest.raises(CodecError, match="outside its data"):
        decode_geometries(wkb, offsets[::-1].copy(), len(shapes))


def test_a_named_pipe_is_refused_by_the_loader_not_waited_on(folder, tmp_path):
    pipe = tmp_path / "pipe.geojson"
    os.mkfifo(pipe)
    with pytest.raises(DataError, match="is a named pipe"):
        cached_history(pipe, SOURCES)
    assert not folder.exists() or not list(folder.iterdir())


def test_dates_round_trip_as_integers_and_an_impossible_one_is_refused():
    from geodata.dates import PartialDate, Precision
    from viewer.core.columns import decode_dates, encode_dates

    dates = [PartialDate(1946, 5, 9), PartialDate(1920, approximate=True), None]
    edtf = [PartialDate(1950, uncertain=True, approximate=True, unspecified=Precision.MONTH)]
    assert decode_dates(encode_dates(edtf), 1, PartialDate) == edtf  # every field kept
    numbers = encode_dates(dates)
    assert numbers.dtype == np.int32
    assert decode_dates(numbers, 3, PartialDate | None) == dates
    with pytest.raises(CodecError, match="no date where one is required"):
        decode_dates(numbers, 3, PartialDate)
    numbers[2] = 31  # 9 May becomes 31 May: fine; 31 April is not
    numbers[1] = 4
    with pytest.raises(CodecError, match="impossible date"):
        decode_dates(numbers, 3, PartialDate | None)


@dataclasses.dataclass(frozen=True)
class _Row:
    value: int | bool | str | None
    number: float


def test_equal_values_of_other_types_stay_apart_in_a_column():
    from viewer.core.columns import decode_records, encode_records

    rows = [_Row(v, n) for v, n in [(1, 0.0), (True, -0.0), ("1", 0.0), (None, 1.0), (1, 0.0)]]
    data, arrays = encode_records(_Row, rows, "rows")
    assert len(data["fields"]["value"]) == 4  # 1, True, "1", None: the repeated 1 stored once
    back = decode_records(_Row, data, arrays, "rows")
    assert [(type(r.value), r.value) for r in back] == [(type(r.value), r.value) for r in rows]
    assert [str(r.number) for r in back] == ["0.0", "-0.0", "0.0", "1.0", "0.0"]


@pytest.fixture
def parallel(monkeypatch) -> None:
    """Any two files not in the cache are checked by worker processes, however small."""
    monkeypatch.setattr(file_cache, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(file_cache.os, "cpu_count", lambda: 2)


def _copies(source: Path, folder: Path, count: int) -> list[Path]:
    return [Path(shutil.copy(source, folder / f"copy-{n}{source.suffix}")) for n in range(count)]


def test_files_checked_by_workers_are_read_back_equal_to_a_sequential_load(
    folder, tmp_path, counted, parallel
):
    paths = _copies(DATA / "history.geojson", tmp_path, 3)
    loaded = file_cache.cached_histories(paths, SOURCES)
    assert counted["history"] == 0  # every file checked by a worker, none here
    assert len(list(folder.glob(f"{file_cache.PREFIX}*"))) == 3
    expected = list(load_history(paths[0], SOURCES))
    assert [list(dataset) for dataset in loaded] == [expected] * 3


def test_a_problem_found_by_a_worker_is_reported_as_a_sequential_load_reports_it(
    folder, tmp_path, counted, parallel
):
    good, broken, also_broken = _copies(DATA / "history.geojson", tmp_path, 3)
    for path in (broken, also_broken):
        path.write_text(path.read_text().replace('"kind": "state"', '"kind": "nation"', 1))
    with pytest.raises(DataError) as sequential:
        load_history(broken, SOURCES)
    with pytest.raises(DataError) as found:
        file_cache.cached_histories([good, broken, also_broken], SOURCES)
    assert found.value.problems == sequential.value.problems
    assert counted["history"] == 1  # the first broken file checked again here, to say why


def test_small_files_are_checked_here_without_workers(folder, tmp_path, counted):
    paths = _copies(DATA / "history.geojson", tmp_path, 2)
    file_cache.cached_histories(paths, SOURCES)
    assert counted["history"] == 2


def test_event_files_checked_by_workers_give_the_sequential_events_and_problems(
    folder, tmp_path, counted, parallel
):
    places = frozenset(p.id for p in load_places(DATA / "places.yaml"))
    territories = frozenset(t.id for t in load_history(DATA / "history.geojson", SOURCES))
    checks = {"places": places, "territories": territories, "sources": SOURCES}
    mine, twin = _copies(DATA / "events.yaml", tmp_path, 2)
    twin.write_text(re.sub(r"\bid: (\S+)", r"id: \1-twin", twin.read_text()))
    events = cached_events([mine, twin], **checks)
    assert counted["events"] == 0
    assert events == load_events([mine, twin], **checks)
    with pytest.raises(DataError) as sequential:
        load_events([mine, twin], **{**checks, "territories": frozenset()})
    shutil.rmtree(folder)
    with pytest.raises(DataError) as found:
        cached_events([mine, twin], **{**checks, "territories": frozenset()})
    assert found.value.problems == sequential.value.problems


def test_lon_lat_shapes_stay_in_the_entry_until_asked_for(folder, history):
    """At 100x a second copy of every coordinate would hold ~355 MB: the entry keeps them."""
    cached_history(history, SOURCES)
    again = list(cached_history(history, SOURCES))
    loaded = list(load_history(history, SOURCES))
    assert all(isinstance(t.lonlat, StoredGeometry) for t in again)
    assert all(a.geometry.equals_exact(b.geometry, 0) for a, b in zip(again, loaded, strict=True))
    table, arrays = file_cache.encode_records(file_cache.Territory, again, "territories")
    rebuilt = file_cache.decode_records(file_cache.Territory, table, arrays, "territories")
    assert rebuilt == loaded  # stored again from the entry, as a user's joined layers are


def test_pages_released_from_memory_are_read_again_from_the_file(tmp_path):
    entry = tmp_path / "cache" / "entry.columns"
    numbers = np.arange(100_000, dtype=np.int64)
    column_file.write(entry, "k", {}, {"numbers": numbers})
    _, arrays = column_file.read(entry, "k")
    assert arrays["numbers"].sum() == numbers.sum()  # every page read once
    column_file.release_pages(arrays)
    assert np.array_equal(arrays["numbers"], numbers)


def test_a_workers_job_stores_the_entry_and_reads_nothing_back(folder, history, monkeypatch):
    """Decoding the records is the caller's part: a worker doing it too was CPU thrown away."""

    def no_reading(*args):
        raise AssertionError("a worker read an entry back")

    with monkeypatch.context() as patched:
        patched.setattr(file_cache, "_read_layer", no_reading)
        where = file_cache._entry(history, "history", SOURCES)
        assert where is not None
        file_cache._check_history(history, where[0], SOURCES)
    assert _entry(folder).is_file()
    assert list(cached_history(history, SOURCES)) == list(load_history(history, SOURCES))


def test_an_atlas_checked_at_once_gives_what_its_files_checked_in_turn_give(
    folder, tmp_path, counted, parallel
):
    """Workers check the event files alongside the territory files, before any territory id
    is known; the links are checked when the events are read, with the sequential messages."""
    places = frozenset(p.id for p in load_places(DATA / "places.yaml"))
    (history,) = _copies(DATA / "history.geojson", tmp_path, 1)
    (events,) = _copies(DATA / "events.yaml", tmp_path, 1)
    territories, loaded = file_cache.cached_atlas_files(
        [history], [events], places=places, sources=SOURCES
    )
    assert counted == {"history": 0, "events": 0}  # both checked by workers
    expected = load_history(history, SOURCES)
    assert list(territories) == list(expected)
    ids = frozenset(t.id for t in expected)
    assert loaded == load_events([events], places=places, territories=ids, sources=SOURCES)

    history.write_text(history.read_text().replace('"id": "republic"', '"id": "renamed"'))
    ids = (ids - {"republic"}) | {"renamed"}
    with pytest.raises(DataError) as sequential:
        load_events([events], places=places, territories=ids, sources=SOURCES)
    with pytest.raises(DataError) as found:
        file_cache.cached_atlas_files([history], [events], places=places, sources=SOURCES)
    assert found.value.problems == sequential.value.problems
    assert "links unknown territory 'republic'" in str(found.value.problems[0])
    assert counted["events"] == 1  # the stored entry named a link to check: checked here


def _renamed(path: Path, old: str, new: str) -> None:
    """The file with one id changed: the same checks pass, the records differ."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_file_edited_before_its_worker_reads_it_is_stored_as_the_worker_read_it(folder, history):
    """The caller finds the file missing with the bytes it read; an edit before the worker
    reads it must not leave the edited records under the first bytes' key, where the file
    put back as it was would find them."""
    first = list(load_history(history, SOURCES))
    where = file_cache._entry(history, "history", SOURCES)
    assert where is not None
    original = history.read_bytes()
    _renamed(history, '"id": "empire"', '"id": "empire-edited"')
    file_cache._check_history(history, where[0], SOURCES)  # the worker reads the edit
    history.write_bytes(original)
    assert list(cached_history(history, SOURCES)) == first
    _renamed(history, '"id": "empire"', '"id": "empire-edited"')
    assert "empire-edited" in cached_history(history, SOURCES)


def test_an_event_file_edited_before_its_worker_reads_it_is_stored_as_the_worker_read_it(
    folder, tmp_path
):
    places = frozenset(p.id for p in load_places(DATA / "places.yaml"))
    checks = {"places": places, "territories": None, "sources": SOURCES}
    (mine,) = _copies(DATA / "events.yaml", tmp_path, 1)
    first = load_events([mine], **checks)
    where = file_cache._entry(mine, "events", places, SOURCES)
    assert where is not None
    original = mine.read_bytes()
    _renamed(mine, "id: republic-proclaimed-1920", "id: republic-proclaimed-edited")
    file_cache._check_events(mine, where[0], places, SOURCES)
    mine.write_bytes(original)
    assert cached_events([mine], **checks) == first


def test_a_file_edited_between_looking_it_up_and_checking_it_is_stored_as_checked(
    folder, history, monkeypatch
):
    """One process alone: the bytes looked up are not those checked, nor is their key."""
    first = list(load_history(history, SOURCES))
    read_layer = file_cache._read_layer

    def edited_meanwhile(*args):
        if '"id": "empire"' in history.read_text(encoding="utf-8"):  # once, after the lookup
            _renamed(history, '"id": "empire"', '"id": "empire-edited"')
        return read_layer(*args)

    with monkeypatch.context() as patched:
        patched.setattr(file_cache, "_read_layer", edited_meanwhile)
        assert "empire-edited" in cached_history(history, SOURCES)  # the file as checked
    _renamed(history, '"id": "empire-edited"', '"id": "empire"')
    assert list(cached_history(history, SOURCES)) == first


def test_a_first_load_leaves_reading_and_hashing_its_files_to_the_workers(
    folder, tmp_path, parallel, monkeypatch
):
    """The caller looks a file up by its bytes only when it has an entry; the workers' keys
    say where theirs are."""
    paths = _copies(DATA / "history.geojson", tmp_path, 3)
    read: list[Path] = []
    content = file_cache._content

    def counted_content(path: Path) -> bytes | None:
        read.append(path)
        return content(path)

    monkeypatch.setattr(file_cache, "_content", counted_content)
    loaded = file_cache.cached_histories(paths, SOURCES)
    assert read == []
    assert [list(dataset) for dataset in loaded] == [list(load_history(paths[0], SOURCES))] * 3
    file_cache.cached_histories(paths, SOURCES)
    assert read == paths  # a later load: each file looked up by its bytes, once


def test_workers_keep_the_memory_they_free_for_their_next_file(monkeypatch):
    calls: list[tuple[int, int]] = []

    class _Libc:
        def mallopt(self, parameter: int, value: int) -> int:
            calls.append((parameter, value))
            return 1

    monkeypatch.setattr(file_cache.ctypes, "CDLL", lambda name: _Libc())
    monkeypatch.setattr(file_cache.sys, "platform", "linux")
    file_cache._keep_freed_memory()
    assert calls == [(-1, file_cache.KEPT_BYTES), (-3, file_cache.KEPT_BYTES)]  # trim, mmap
    calls.clear()
    monkeypatch.setattr(file_cache.sys, "platform", "darwin")
    file_cache._keep_freed_memory()
    assert calls == []

    def no_mallopt(name: object) -> object:
        return object()  # a C library without mallopt (musl): nothing to set, no error

    monkeypatch.setattr(file_cache.ctypes, "CDLL", no_mallopt)
    monkeypatch.setattr(file_cache.sys, "platform", "linux")
    file_cache._keep_freed_memory()


def test_entries_written_in_this_load_are_read_without_their_checksums(
    folder, tmp_path, parallel, monkeypatch
):
    """Only a crash tears a file: an entry this load wrote, a worker or this process, is read
    back without computing its checksums again; an entry of an earlier load is checked, once
    (whether it is there is told first, unchecked)."""
    reads: list[bool] = []
    read = column_file.read

    def spied(path: Path, key: str, verify: bool = True):
        reads.append(verify)
        return read(path, key, verify)

    monkeypatch.setattr(column_file, "read", spied)
    paths = _copies(DATA / "history.geojson", tmp_path, 3)
    file_cache.cached_histories(paths, SOURCES)  # by workers
    assert reads == [False] * 3
    reads.clear()
    file_cache.cached_histories(paths, SOURCES)  # a later load
    assert reads == [False] * 3 + [True] * 3
    reads.clear()
    single = Path(shutil.copy(DATA / "history.geojson", tmp_path / "single.geojson"))
    cached_history(single, SOURCES)  # looked up (none there), checked here, read back
    assert reads == [True, False]
