"""The start-up cache: the loaded, checked atlas kept on disk between launches. No Qt here.

Reading and checking the bundled data (YAML, GeoJSON, cross-checks, projection, the base
map's unions) takes ~0.4 s of a ~2 s start. The cache is keyed on the bytes of every data file
and of the code that reads them, and on the versions of Python and the geometry libraries, so
any change to either is a cache miss and a fresh, fully checked load: the cache can make a
start faster, never different.

It holds data only, never code: a JSON header (the records, see :mod:`viewer.core.record_codec`),
the geometries as WKB and the map's projected shapes as coordinate arrays, in one file of
:mod:`viewer.core.column_file` (read with hard size limits and checksums; the arrays are
mapped, not copied). It lives in the user's cache folder (``CASPIAN_ATLAS_CACHE`` overrides
it). A file or folder that another user could have written is not read; a file that is
damaged, foreign or of another key is replaced. So the worst a planted or broken cache can
do is cost one normal load.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import numpy
import pyproj
import shapely
from shapely.geometry.base import BaseGeometry

from viewer.core import column_file
from viewer.core.columns import decode_geometries, encode_geometries
from viewer.core.record_codec import CodecError

T = TypeVar("T")
ENV = "CASPIAN_ATLAS_CACHE"
PREFIX = "atlas-"
SUFFIX = ".cache"
_log = logging.getLogger(__name__)

Dump = Callable[[T], tuple[dict[str, Any], list[BaseGeometry], dict[str, numpy.ndarray]]]
"""A value as JSON data, its geometries and its arrays (numbers only)."""
Load = Callable[[Any, list[BaseGeometry], Mapping[str, numpy.ndarray]], T]


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

    *dump* turns a value into JSON data, its geometries and arrays, *load* turns them back
    (raising :class:`~viewer.core.record_codec.CodecError` when they do not fit). Older entries
    are removed when a new one is written, so the folder holds one atlas.
    """
    folder = cache_dir()
    path = folder / f"{PREFIX}{key}{SUFFIX}"
    try:
        data, arrays = column_file.read(path, key)
        offsets = arrays.get("wkb.offsets", numpy.empty(0, numpy.int64))
        if not isinstance(data, dict) or "wkb" not in arrays or not len(offsets):
            raise CodecError("holds no atlas")
        geometries = decode_geometries(arrays["wkb"], offsets, len(offsets) - 1)
        return load(data.get("atlas"), geometries, arrays)  # load checks what it is given
    except FileNotFoundError:
        pass
    except (OSError, ValueError, RecursionError, shapely.errors.ShapelyError) as exc:
        _log.warning("not using the start-up cache %s: %s", path, exc)  # CodecError included
    value = build()
    try:
        data, geometries, arrays = dump(value)
    except CodecError as exc:  # a record type the codec does not know: no cache, same atlas
        _log.warning("not caching the atlas: %s", exc)
        return value
    _store(folder, path, key, data, geometries, arrays)
    return value


def _store(
    folder: Path,
    path: Path,
    key: str,
    atlas: dict[str, Any],
    geometries: list[BaseGeometry],
    arrays: dict[str, numpy.ndarray],
) -> None:
    wkb, offsets = encode_geometries(geometries)
    try:
        stored = {"wkb": wkb, "wkb.offsets": offsets} | arrays
        column_file.write(path, key, {"atlas": atlas}, stored)
    except (OSError, CodecError) as exc:  # WriteError included
        _log.warning("not caching the atlas in %s: %s", folder, exc)
        return
    for old in folder.glob(f"{PREFIX}*"):
        if old != path and old.is_file() and not old.is_symlink():
            old.unlink(missing_ok=True)  # older keys, and the pickles of earlier versions
