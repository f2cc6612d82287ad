"""The start-up cache: the loaded, checked atlas kept on disk between launches. No Qt here.

Reading and checking the bundled data (YAML, GeoJSON, cross-checks, projection, the base
map's unions) takes ~0.4 s of a ~2 s start; unpickling the result takes ~0.04 s. The cache
is keyed on the bytes of every data file and of the code that reads them, and on the
versions of Python and the geometry libraries, so any change to either is a cache miss and
a fresh, fully checked load: the cache can make a start faster, never different.

It lives in the user's cache folder (``CASPIAN_ATLAS_CACHE`` overrides it; tests point it at
a temporary folder). It holds only what this program wrote there: a file that does not
unpickle is ignored and replaced, and a folder that cannot be written is simply not used.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import numpy
import pyproj
import shapely

from viewer.atomic import atomic_path

T = TypeVar("T")
ENV = "CASPIAN_ATLAS_CACHE"
PREFIX = "atlas-"
_log = logging.getLogger(__name__)


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


def cached(key: str, build: Callable[[], T]) -> T:
    """The value stored under *key*, or *build*'s result, stored for next time.

    Older entries are removed when a new one is written, so the folder holds one atlas.
    """
    folder = cache_dir()
    path = folder / f"{PREFIX}{key}.pickle"
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except FileNotFoundError:
        pass
    except Exception as exc:  # a damaged or foreign file: rebuild and replace it
        _log.warning("ignoring the start-up cache %s: %s", path, exc)
    value = build()
    _store(folder, path, value)
    return value


def _store(folder: Path, path: Path, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_path(path) as temporary:
            temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:  # WriteError included
        _log.warning("not caching the atlas in %s: %s", folder, exc)
        return
    for old in folder.glob(f"{PREFIX}*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
