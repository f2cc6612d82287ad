"""The start-up cache: the loaded, checked atlas kept on disk between launches. No Qt here.

Reading and checking the bundled data (YAML, GeoJSON, cross-checks, projection, the base
map's unions) takes ~0.4 s of a ~2 s start. The cache is keyed on the bytes of every data file
and of the code that reads them, and on the versions of Python and the geometry libraries, so
any change to either is a cache miss and a fresh, fully checked load: the cache can make a
start faster, never different.

It holds data only, never code: a JSON header (the records, see :mod:`viewer.core.record_codec`)
and the geometries as WKB, in one file read with hard size limits. It lives in the user's cache
folder (``CASPIAN_ATLAS_CACHE`` overrides it). A file or folder that another user could have
written is not read; a file that is damaged, foreign or of another key is replaced. So the
worst a planted or broken cache can do is cost one normal load.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import struct
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import numpy
import pyproj
import shapely
from shapely.geometry.base import BaseGeometry

from viewer.core.atomic import atomic_file
from viewer.core.column_file import check_private
from viewer.core.record_codec import CodecError

T = TypeVar("T")
ENV = "CASPIAN_ATLAS_CACHE"
PREFIX = "atlas-"
SUFFIX = ".cache"
MAGIC = b"CASPIAN-ATLAS-CACHE/1\n"
_SIZES = struct.Struct("<QQ")  # header bytes, geometry bytes
MAX_BYTES = 1 << 30
"""Largest cache file read (the bundled atlas needs ~3 MB, a 100x atlas ~300 MB)."""
_log = logging.getLogger(__name__)

Dump = Callable[[T], tuple[dict[str, Any], list[BaseGeometry]]]
Load = Callable[[Any, list[BaseGeometry]], T]


def cache_dir() -> Path:
    """Where the cache lives: ``$CASPIAN_ATLAS_CACHE``, else the platform's user cache folder."""
    if override := os.environ.get(ENV):
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("caspian-atlas", appauthor=False))


def fingerprint(files: Iterable[Path]) -> str:
    """A digest of *files*' names and bytes and of the library versions the result depends on."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (sys.version, numpy.__version__, shapely.__version__, pyproj.__version__):
        digest.update(part.encode())
    for path in sorted(files):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cached(key: str, build: Callable[[], T], dump: Dump[T], load: Load[T]) -> T:
    """The value stored under *key*, or *build*'s result, stored for next time.

    *dump* turns a value into JSON data and its geometries, *load* turns them back (raising
    :class:`~viewer.core.record_codec.CodecError` when they do not fit). Older entries are removed
    when a new one is written, so the folder holds one atlas.
    """
    folder = cache_dir()
    path = folder / f"{PREFIX}{key}{SUFFIX}"
    try:
        header, geometries = _read(folder, path, key)
        return load(header.get("atlas"), geometries)  # load checks what it is given
    except FileNotFoundError:
        pass
    except (OSError, ValueError, RecursionError, shapely.errors.ShapelyError) as exc:
        _log.warning("not using the start-up cache %s: %s", path, exc)  # CodecError included
    value = build()
    try:
        data, geometries = dump(value)
    except CodecError as exc:  # a record type the codec does not know: no cache, same atlas
        _log.warning("not caching the atlas: %s", exc)
        return value
    _store(folder, path, key, data, geometries)
    return value


def _read(folder: Path, path: Path, key: str) -> tuple[dict[str, Any], list[BaseGeometry]]:
    """The header and geometries of a cache file, after checking who could have written it."""
    check_private(folder, folder.stat(), "folder")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise CodecError("is not a regular file")
        check_private(path, info, "file")
        if info.st_size > MAX_BYTES:
            raise CodecError(f"is {info.st_size:,} bytes; the limit is {MAX_BYTES:,}")
        head = stream.read(len(MAGIC) + _SIZES.size)
        if not head.startswith(MAGIC) or len(head) != len(MAGIC) + _SIZES.size:
            raise CodecError("is not a Caspian Atlas cache file of this version")
        header_size, blob_size = _SIZES.unpack(head[len(MAGIC) :])
        if len(head) + header_size + blob_size != info.st_size:
            raise CodecError("is not as long as its header says")
        header_bytes = stream.read(header_size)
        blob = stream.read(blob_size)
        if len(header_bytes) != header_size or len(blob) != blob_size:
            raise CodecError("changed while it was read")
    header = json.loads(header_bytes)
    if not isinstance(header, dict) or header.get("key") != key:
        raise CodecError("was written for other data")
    return header, _geometries(header.get("wkb"), blob)


def _geometries(spans: Any, blob: bytes) -> list[BaseGeometry]:
    if not isinstance(spans, list) or not all(
        isinstance(s, list) and len(s) == 2 and all(type(n) is int for n in s) for s in spans
    ):
        raise CodecError("has no valid geometry table")
    view = memoryview(blob)
    pieces = []
    for start, length in spans:
        if not (start >= 0 and length > 0 and start + length <= len(blob)):
            raise CodecError("has a geometry outside its data")
        pieces.append(bytes(view[start : start + length]))
    return list(shapely.from_wkb(pieces)) if pieces else []


def _store(
    folder: Path, path: Path, key: str, atlas: dict[str, Any], geometries: list[BaseGeometry]
) -> None:
    blobs = [bytes(b) for b in shapely.to_wkb(geometries)] if geometries else []
    spans, offset = [], 0
    for blob in blobs:
        spans.append([offset, len(blob)])
        offset += len(blob)
    header = json.dumps({"key": key, "wkb": spans, "atlas": atlas}, ensure_ascii=False).encode()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        check_private(folder, folder.stat(), "folder")  # else it would never be read
        with atomic_file(path) as stream:  # every write checked, the rename after fsync
            stream.write(MAGIC + _SIZES.pack(len(header), offset) + header)
            for blob in blobs:
                stream.write(blob)
        path.chmod(0o600)  # private whatever the umask, so our own check accepts it
    except (OSError, CodecError) as exc:  # WriteError included
        _log.warning("not caching the atlas in %s: %s", folder, exc)
        return
    for old in folder.glob(f"{PREFIX}*"):
        if old != path and old.is_file() and not old.is_symlink():
            old.unlink(missing_ok=True)  # older keys, and the pickles of earlier versions
