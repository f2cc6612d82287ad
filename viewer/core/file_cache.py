"""Checked territories and events of one file, kept between launches. No Qt here.

A large atlas of one's own (thousands of territories, tens of thousands of events) takes tens
of seconds to read and check: parsing, geometry validity, projection, every field. Each file's
result is kept in the start-up cache folder as columns (:mod:`viewer.core.columns` in a
:mod:`viewer.core.column_file`), keyed on the file's bytes, the ids it is checked against and
the code that reads it: a file is checked again only when it, or what it refers to, changed.
Ids repeated across files are checked on every load (that is cheap); when there are any, the
full loader runs so that the messages are the usual ones.

A damaged, foreign or stale entry is replaced; a cache that cannot be written costs only the
next launch's time. Problems in a file raise :class:`~geodata.errors.DataError` as usual.

Checking is CPU-bound and the files of one load are checked against the same ids, so on a
first load of several large files (:func:`cached_histories`, :func:`cached_events`, both at
once in :func:`cached_atlas_files`) worker
processes check them side by side and write their entries, no more; the caller loads every
file in order exactly as one at a time would, reading each entry as soon as its worker is done,
while the workers check the next files. A worker only ever warms the
cache: a file it could not store (a problem in it, an unwritable cache) is checked again in
the caller, so results, problems and their order are those of a sequential load.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache, partial
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import shapely

from events.loading import load_events, parse_events
from events.model import Event
from geodata.collector import collector_paused
from geodata.dataset import TerritoryDataset
from geodata.errors import DataError, Problem, display_name
from geodata.loading import MAX_FILE_BYTES, load_history
from geodata.model import Territory
from geodata.safe_files import read_limited
from geodata.shapes import Shapes
from geodata.user_layers import UserLayer
from geodata.yamlio import read_yaml
from viewer.core import column_file
from viewer.core.atlas_cache import cache_dir, fingerprint
from viewer.core.columns import decode_records, encode_records
from viewer.core.record_codec import CodecError, decode, encode

PREFIX = "file-"
SUFFIX = ".columns"
PARALLEL_MIN_BYTES = 8 << 20
"""Files to check adding up to less than this are checked in this process: starting a worker
(a fresh interpreter importing the loaders) costs about a second of CPU."""
_log = logging.getLogger(__name__)


@cache
def _code_key() -> str:
    """A digest of the code whose output is cached (the loaders and this cache's format)."""
    packages = [Path(str(files(name))) for name in ("geodata", "events")]
    here = Path(__file__).parent
    mine = ("file_cache.py", "columns.py", "column_file.py", "record_codec.py", "atlas_cache.py")
    return fingerprint(
        [*(p for pkg in packages for p in pkg.rglob("*.py")), *(here / n for n in mine)]
    )


class _Where(NamedTuple):
    """Where a file's entry lives and the key it must have; *written_now* when this load
    wrote it (see :func:`viewer.core.column_file.read`)."""

    entry: Path
    key: str
    written_now: bool = False


def _entry(path: Path, kind: str, *checked_against: frozenset[str] | None) -> _Where | None:
    """Where *path*'s entry lives and the key it must have; ``None`` when the file is not one
    to cache (not a regular file, or past the loaders' size limit: the loader says why)."""
    if (content := _content(path)) is None:
        return None
    return _Where(_location(path), _key(content, kind, checked_against))


def _content(path: Path) -> bytes | None:
    """The file's bytes, ``None`` when it is not one to cache (see :func:`_entry`)."""
    try:
        return read_limited(path, MAX_FILE_BYTES)  # never hangs on a pipe or a device
    except DataError:
        return None


def _location(path: Path) -> Path:
    where = hashlib.blake2b(str(path.resolve()).encode(), digest_size=8).hexdigest()
    return cache_dir() / f"{PREFIX}{where}{SUFFIX}"


def _key(content: bytes, kind: str, checked_against: tuple[frozenset[str] | None, ...]) -> str:
    """The key of an entry checked from *content* against the ids of *checked_against*.

    SHA-256, which processors of the last decade compute in hardware: 1.8 GB/s here against
    BLAKE2b's 0.96, and a later load of the 100x atlas hashes its 390 MB of files (0.35 ->
    ~0.2 s)."""
    digest = hashlib.sha256(_code_key().encode())
    digest.update(kind.encode())
    digest.update(content)
    for ids in checked_against:
        digest.update(b"\0unchecked" if ids is None else "\0".join(sorted(ids)).encode())
        digest.update(b"\1")
    return digest.hexdigest()


def _lookup(entry: Path, key: str, verify: bool = True) -> tuple[Any, dict[str, np.ndarray]] | None:
    """The entry's data and arrays, checked by their checksums if *verify* (see
    :func:`viewer.core.column_file.read`)."""
    try:
        return column_file.read(entry, key, verify)
    except (FileNotFoundError, column_file.StaleError):
        return None
    except (OSError, ValueError, RecursionError) as exc:  # CodecError included
        _log.warning("not using the cache entry %s: %s", entry, exc)
        return None


def _store(entry: Path, key: str, data: Any, arrays: dict[str, np.ndarray]) -> bool:
    """Write an entry; whether it was written."""
    try:
        column_file.write(entry, key, data, arrays)
    except (OSError, CodecError) as exc:  # WriteError included
        _log.warning("not caching %s: %s", entry, exc)
        return False
    return True


def cached_history(path: Path, known_sources: frozenset[str] | None = None) -> TerritoryDataset:
    """:func:`geodata.loading.load_history` of *path*, checked once per change of the file."""
    where = _entry(path, "history", known_sources)
    load = partial(_history_layer, path, known_sources)
    return _layer_at(path, where, "history", (known_sources,), load).dataset


def _history_layer(
    path: Path, known_sources: frozenset[str] | None, content: bytes | None = None
) -> UserLayer:
    return UserLayer(load_history(path, known_sources, content), ())


def cached_histories(
    paths: Iterable[Path], known_sources: frozenset[str] | None = None
) -> list[TerritoryDataset]:
    """:func:`cached_history` of each of *paths*, the files not in the cache checked in
    parallel."""
    paths = list(paths)
    with _checked_aside(_Jobs("history", paths, _check_history, (known_sources,))) as ready:
        return _histories(paths, known_sources, ready)


def cached_atlas_files(
    territory_paths: Iterable[Path],
    event_paths: Iterable[Path],
    *,
    places: frozenset[str] | None = None,
    sources: frozenset[str] | None = None,
) -> tuple[TerritoryDataset, tuple[Event, ...]]:
    """The territories (one dataset) and the events of an atlas's files, the events checked
    against those territories: :func:`cached_histories`, then :func:`cached_events`, except
    that on a first load the workers check the event files alongside the territory files."""
    territory_paths, event_paths = list(territory_paths), list(event_paths)
    with _checked_aside(
        _Jobs("history", territory_paths, _check_history, (sources,)),
        _Jobs("events", event_paths, _check_events, (places, sources)),
    ) as ready:
        history = TerritoryDataset.joined(_histories(territory_paths, sources, ready))
        territories = frozenset(t.id for t in history)
        return history, _events(event_paths, ready, places, territories, sources)


def _histories(
    paths: list[Path], known_sources: frozenset[str] | None, ready: _Ready
) -> list[TerritoryDataset]:
    against = (known_sources,)
    return [
        _layer_at(
            path, ready("history", path), "history", against,
            partial(_history_layer, path, known_sources),
        ).dataset
        for path in paths
    ]  # fmt: skip


def _check_history(path: Path, entry: Path, known_sources: frozenset[str] | None) -> str | None:
    """A worker's job: check *path* and store its entry at *entry*, no more (a problem is left
    for the caller, and the caller reads the entry); the entry's key, if it was stored."""
    load = partial(_history_layer, path, known_sources)
    try:
        return _checked_layer(path, entry, "history", (known_sources,), load)[1]
    except DataError:
        return None


class _Jobs(NamedTuple):
    """Files of one kind for workers: each missing from the cache is checked by
    ``check(path, entry, *against)``, *entry* being where :func:`_entry` ``(path, kind,
    *against)`` lives, which returns the key it stored the entry under (``None``: not stored).
    The worker keys the entry on the bytes it checked: a key of the file as it was before
    would label a file edited meanwhile with the wrong bytes."""

    kind: str
    paths: list[Path]
    check: Callable[..., str | None]
    against: tuple[frozenset[str] | None, ...]


_Ready = Callable[[str, Path], _Where | None]


@contextlib.contextmanager
def _checked_aside(*jobs: _Jobs) -> Iterator[_Ready]:
    """Check the files of *jobs* missing from the cache in worker processes, when there are
    enough of them to repay starting the workers.

    Yields ``ready(kind, path)``: the path's entry and key (as :func:`_entry`), given once the
    worker checking the path (if any) is done, so the caller reads each file's entry while the
    workers check the next ones. Workers are spawned (never forked: the caller may be a Qt app
    with threads) and as many as there are CPUs. Whatever a worker does not store, the caller
    checks again.

    A file is read and hashed here only if it has an entry to look up: on a first load the
    workers' keys say where their entries are (hashing a 100x atlas's 390 MB here as well cost
    ~1 s of the caller's CPU, while the workers wait to be started).
    """
    entries: dict[tuple[str, Path], _Where | None] = {}
    against = {job.kind: job.against for job in jobs}

    def entry(kind: str, path: Path) -> _Where | None:
        if (kind, path) not in entries:
            entries[kind, path] = _entry(path, kind, *against[kind])
        return entries[kind, path]

    missing = [
        (job, path)
        for job in jobs
        for path in dict.fromkeys(job.paths)
        if not _location(path).exists()
        or (
            (where := entry(job.kind, path)) is not None
            # unverified: its reading verifies it, so a later load reads each entry once
            and _lookup(where.entry, where.key, verify=False) is None
        )
    ]
    workers = min(len(missing), os.cpu_count() or 1)
    pending: dict[tuple[str, Path], Future[str | None]] = {}
    pool = None
    if workers >= 2 and sum(_size(path) for _, path in missing) >= PARALLEL_MIN_BYTES:
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_keep_freed_memory,
        )
        try:
            for job, path in missing:
                pending[job.kind, path] = pool.submit(
                    job.check, path, _location(path), *job.against
                )
        except OSError as exc:  # no processes to be had: checked here, one at a time
            _log.warning("checking files one at a time: %s", exc)

    def ready(kind: str, path: Path) -> _Where | None:
        if (job_done := pending.pop((kind, path), None)) is not None:
            if (exc := job_done.exception()) is not None:  # a crashed worker: checked here
                _log.warning("a worker could not check a file: %s", exc)
            elif (key := job_done.result()) is not None:
                entries[kind, path] = _Where(_location(path), key, written_now=True)
        return entry(kind, path)

    try:
        yield ready
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters
KEPT_BYTES = 1 << 30


def _keep_freed_memory() -> None:
    """A worker's start: glibc's malloc keeps the memory the worker frees for its next
    file, up to :data:`KEPT_BYTES`, instead of giving it back (it maps and unmaps each block
    past 32 MB and trims its heap): at 100x a worker's first file cost ~0.6 s more CPU than
    the next, nearly all in the system, and every file ~0.1-0.3 s more (probe, 5 files a
    worker: 7.7-8.9 -> 6.8-8.0 s). The worker's memory peaks no higher: it reuses what it
    kept. Elsewhere than glibc nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        mallopt = ctypes.CDLL(None).mallopt
        mallopt(_M_TRIM_THRESHOLD, KEPT_BYTES)
        mallopt(_M_MMAP_THRESHOLD, KEPT_BYTES)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # gone, or not there: its loader says so
        return 0


_Load = Callable[[bytes | None], UserLayer]
"""Loads a file's layer from its bytes (read from the file when ``None``)."""


def cached_territories(
    path: Path, kind: str, load: _Load, *checked_against: frozenset[str] | None
) -> UserLayer:
    """*load*'s territories and warnings for *path*, from the cache while neither the file nor
    the ids it is *checked_against* changed."""
    return _layer_at(path, _entry(path, kind, *checked_against), kind, checked_against, load)


def _layer_at(
    path: Path,
    where: _Where | None,
    kind: str,
    checked_against: tuple[frozenset[str] | None, ...],
    load: _Load,
) -> UserLayer:
    """The layer stored in the entry *where* (as :func:`_entry`), else *load*'s, stored there
    under the key of the bytes loaded.

    A file checked now is read back from the entry just written, as every later launch reads
    it: records built amid the parser's freed objects would keep that memory from being
    returned (~250 MB after a 36 MB GeoJSON file), and each launch gets the same objects.
    """
    if where is None:
        return load(None)
    if (found := _read_layer(*where)) is not None:
        return found
    layer, key = _checked_layer(path, where.entry, kind, checked_against, load)
    if key is None:
        return layer
    del layer  # gone before the copy is made, so its memory is reused
    found = _read_layer(where.entry, key, True)  # written now
    return load(None) if found is None else found  # unreadable at once: checked again


def _checked_layer(
    path: Path,
    entry: Path,
    kind: str,
    checked_against: tuple[frozenset[str] | None, ...],
    load: _Load,
) -> tuple[UserLayer, str | None]:
    """*load*'s layer of *path*'s bytes read now, and the key it was stored under in *entry*
    (``None`` when it was not): the key of the bytes checked, whatever the file holds by
    the time the entry is written."""
    content = _content(path)
    with collector_paused():  # the parsed file is alive throughout
        layer = load(content)
        if content is None:  # no longer a file to cache: the loader read it itself
            return layer, None
        key = _key(content, kind, checked_against)
        try:
            table, arrays = encode_records(Territory, list(layer.dataset), "territories")
            warnings = encode(layer.warnings, [])
        except CodecError as exc:
            _log.warning("not caching %s: %s", entry, exc)
            return layer, None
        arrays |= layer.dataset.projected.arrays("projected")  # read back as they are
        stored = _store(entry, key, {"territories": table, "warnings": warnings}, arrays)
        return layer, key if stored else None


def _read_layer(entry: Path, key: str, written_now: bool = False) -> UserLayer | None:
    """The layer stored under *key*, or ``None`` when there is none fit to use."""
    if (found := _lookup(entry, key, verify=not written_now)) is None:
        return None
    data, arrays = found
    try:
        territories = decode_records(Territory, data.get("territories"), arrays, "territories")
        release = partial(column_file.release_pages, arrays)  # as the shapes are read
        projected = Shapes.from_arrays(arrays, "projected", len(territories), release)
        warnings = decode(tuple[Problem, ...], data.get("warnings"), ())
        column_file.release_pages(arrays)  # the lon/lat shapes stay in the file until used
        return UserLayer(TerritoryDataset(territories, projected), warnings)
    except (ValueError, AttributeError, shapely.errors.ShapelyError) as exc:
        _log.warning("not using the cache entry %s: %s", entry, exc)  # CodecError included
        return None


def _file_events(
    path: Path,
    where: _Where | None,
    problems: list[Problem],
    checked_against: tuple[frozenset[str] | None, ...],
) -> list[Event]:
    """The events of one file, from its entry *where* or checked against the ids of
    *checked_against* (places, territories, sources); problems collected, not raised.

    An entry is checked against places and sources only (:func:`_entry` ``(path, "events",
    places, sources)``), so workers can check event files before the territories are known;
    an event linking a territory not among them sends the file to the full check, which says
    so in the words and order of a sequential load.
    """
    territories = checked_against[1]
    found = None if where is None else _lookup(where.entry, where.key, not where.written_now)
    if where is not None and found is not None:
        try:
            stored = decode_records(Event, *found, "events")
        except ValueError as exc:  # CodecError included
            _log.warning("not using the cache entry %s: %s", where.entry, exc)
        else:
            links = (tid for event in stored for tid in (*event.starts, *event.ends))
            if territories is None or all(tid in territories for tid in links):
                return stored
    entry = None if where is None else where.entry
    return _checked_events(path, entry, problems, checked_against)[0]


def _checked_events(
    path: Path,
    entry: Path | None,
    problems: list[Problem],
    checked_against: tuple[frozenset[str] | None, ...],
) -> tuple[list[Event], str | None]:
    """The events of *path*'s bytes read now, checked as :func:`_file_events` says, stored in
    *entry* (if any) under the key of those bytes when they hold no problem, and that key
    (``None``: not stored)."""
    places, territories, sources = checked_against
    content = None if entry is None else _content(path)
    with collector_paused():  # the parsed file is alive throughout
        try:
            data = read_yaml(path, content=content)
        except DataError as exc:
            problems.extend(exc.problems)
            return [], None
        mine: list[Problem] = []
        events = parse_events(
            data, display_name(path), mine, places=places, territories=territories,
            sources=sources, seen={},
        )  # fmt: skip
    problems += mine
    if mine or entry is None or content is None:
        return events, None
    key = _key(content, "events", (places, sources))
    try:
        stored = _store(entry, key, *encode_records(Event, events, "events"))
    except CodecError as exc:
        _log.warning("not caching %s: %s", path, exc)
        return events, None
    return events, key if stored else None


def cached_events(
    paths: Iterable[Path],
    *,
    places: frozenset[str] | None = None,
    territories: frozenset[str] | None = None,
    sources: frozenset[str] | None = None,
) -> tuple[Event, ...]:
    """:func:`events.loading.load_events`, each file checked once per change of it or of the
    ids it is checked against."""
    paths = list(paths)
    with _checked_aside(_Jobs("events", paths, _check_events, (places, sources))) as ready:
        return _events(paths, ready, places, territories, sources)


def _events(
    paths: list[Path],
    ready: _Ready,
    places: frozenset[str] | None,
    territories: frozenset[str] | None,
    sources: frozenset[str] | None,
) -> tuple[Event, ...]:
    problems: list[Problem] = []
    events: list[Event] = []
    for path in paths:
        events += _file_events(
            path, ready("events", path), problems, (places, territories, sources)
        )
    if problems:
        raise DataError(problems)
    if len({e.id for e in events}) != len(events):  # an id in two files: the usual messages
        return load_events(paths, places=places, territories=territories, sources=sources)
    return tuple(sorted(events, key=lambda e: (e.start, e.importance, e.id)))


def _check_events(
    path: Path, entry: Path, places: frozenset[str] | None, sources: frozenset[str] | None
) -> str | None:
    """A worker's job: check *path* (its territory links are the caller's) and store its entry
    at *entry* (problems are left for the caller); the entry's key, if it was stored."""
    return _checked_events(path, entry, [], (places, None, sources))[1]
