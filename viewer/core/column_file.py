"""A cache file of named numeric arrays and a small JSON header: data only, never code. No Qt.

Layout: a magic line, the header's length, the header (JSON: the key it was written for, the
arrays' names, byte lengths and CRC-32s, and the caller's data), then each array as ``.npy``
bytes. A file is renamed into place whole but not waited for on the disk (a first load of a
large atlas would wait seconds): after a crash its tail may be lost or zeros, which the
checksums find (~16 ms to check 48 MB, measured), so it is rebuilt, never read wrong.
Arrays are read from a memory map of the file with ``allow_pickle`` off in effect: only plain
numeric dtypes are accepted (an object array, the one kind ``.npy`` would unpickle, is refused
before a byte of it is read). A file or folder another user could write is not read, and every
length is checked against the file's size, so a damaged or planted file costs a rebuild, never
a crash or a wrong value.
"""

from __future__ import annotations

import io
import json
import mmap
import os
import stat
import struct
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from viewer.core.atomic import atomic_file
from viewer.core.record_codec import CodecError

MAGIC = b"CASPIAN-ATLAS-COLUMNS/2\n"
_LENGTH = struct.Struct("<Q")
MAX_BYTES = 2 << 30
"""Largest file read (a 100x synthetic atlas needs ~60 MB a file)."""
DTYPES = frozenset(np.dtype(t) for t in ("<i4", "<i8", "<u1", "<f8"))
"""The only array types stored: numbers, so that reading one can never run anything."""


class StaleError(CodecError):
    """A sound file written for other data (its source changed): replaced without a warning."""


def check_private(path: Path, info: os.stat_result, what: str) -> None:
    """Refuse a cache another user could have written (it is read as our own data)."""
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise CodecError(f"the {what} belongs to another user")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise CodecError(f"the {what} can be written by other users")


def write(path: Path, key: str, data: Any, arrays: dict[str, np.ndarray]) -> None:
    """Store *data* (JSON) and *arrays* (numbers only) under *key*, atomically and privately."""
    parts = []  # each array's .npy header and its data, written as they are (no copies)
    for name, array in arrays.items():
        if array.dtype not in DTYPES:
            raise CodecError(f"cannot store a {array.dtype} array ({name})")
        contiguous = np.ascontiguousarray(array)
        npy_header = io.BytesIO()
        np.lib.format.write_array_header_1_0(
            npy_header, np.lib.format.header_data_from_array_1_0(contiguous)
        )
        parts.append((name, npy_header.getvalue(), contiguous))
    sizes = [
        [name, len(head) + array.nbytes, zlib.crc32(array.data, zlib.crc32(head))]
        for name, head, array in parts
    ]
    header = {"key": key, "arrays": sizes, "data": data}
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    check_private(path.parent, path.parent.stat(), "folder")  # else it would never be read
    with atomic_file(path, durable=False) as stream:  # every write checked, then renamed
        stream.write(MAGIC + _LENGTH.pack(len(head)) + head)
        for _, npy_header_bytes, array in parts:
            stream.write(npy_header_bytes)
            stream.write(array.data)
    path.chmod(0o600)  # private whatever the umask, so our own check accepts it


def read(path: Path, key: str, verify: bool = True) -> tuple[Any, dict[str, np.ndarray]]:
    """The data and arrays stored under *key*; :class:`CodecError` (or ``OSError``) if the
    file is not ours, not private, damaged, or of another key. The arrays are read-only views
    of a memory map, valid as long as they are referenced.

    Not to *verify* is not to compute the checksums, which find a file torn by a crash of
    the system: for a file this load wrote (its writer checked every byte and renamed it into
    place), or to tell whether there is an entry of *key* before reading it. At 100x that was
    ~40 ms a 48 MB entry, every page of it mapped into the reader: 0.46 s of a first load's
    caller, and of a later load's, which read each entry twice.
    """
    check_private(path.parent, path.parent.stat(), "folder")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise CodecError("is not a regular file")
        check_private(path, info, "file")
        if not len(MAGIC) + _LENGTH.size <= info.st_size <= MAX_BYTES:
            raise CodecError(f"is {info.st_size:,} bytes, not a cache file")
        mapped = mmap.mmap(fd, info.st_size, access=mmap.ACCESS_READ)
    finally:
        os.close(fd)
    view = memoryview(mapped)
    if bytes(view[: len(MAGIC)]) != MAGIC:
        raise CodecError("is not a Caspian Atlas cache file of this version")
    (head_size,) = _LENGTH.unpack(view[len(MAGIC) : len(MAGIC) + _LENGTH.size])
    offset = len(MAGIC) + _LENGTH.size
    if offset + head_size > len(view):
        raise CodecError("is shorter than its header says")
    header = json.loads(bytes(view[offset : offset + head_size]))
    offset += head_size
    if not isinstance(header, dict) or header.get("key") != key:
        raise StaleError("was written for other data")
    table = header.get("arrays")
    if not isinstance(table, list) or not all(
        isinstance(e, list)
        and len(e) == 3
        and isinstance(e[0], str)
        and type(e[1]) is int
        and type(e[2]) is int
        for e in table
    ):
        raise CodecError("has no valid array table")
    arrays = {}
    for name, size, checksum in table:
        if size < 0 or offset + size > len(view):
            raise CodecError(f"is shorter than its array {name!r} needs")
        blob = view[offset : offset + size]
        arrays[name] = _array(blob, name)
        if verify and zlib.crc32(blob) != checksum:
            raise CodecError(f"array {name!r} does not match its checksum (a torn write?)")
        offset += size
    if offset != len(view):
        raise CodecError("is longer than its header says")
    return header.get("data"), arrays


def release_pages(arrays: dict[str, np.ndarray]) -> None:
    """Take the pages of *arrays*' memory map read so far out of this process's memory.

    They stay in the file (and the system's file cache): what is still referenced, such as
    the lon/lat shapes left in the file until asked for, is read again when used. Without
    this every page once read would count against the process while the map lives on.
    """
    maps = {id(m): m for a in arrays.values() if isinstance(m := _mapping_of(a), mmap.mmap)}
    for mapped in maps.values():
        if hasattr(mmap, "MADV_DONTNEED"):  # not on Windows, which has no madvise
            mapped.madvise(mmap.MADV_DONTNEED)


def _mapping_of(array: np.ndarray) -> object:
    base = array.base
    return base.obj if isinstance(base, memoryview) else None


def _array(blob: memoryview, name: str) -> np.ndarray:
    """One ``.npy`` array from *blob*, without copying it; numbers only."""
    stream = io.BytesIO(blob[:4096])  # the .npy header is at most a few hundred bytes
    try:
        version = np.lib.format.read_magic(stream)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
        elif version == (2, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
        else:
            raise CodecError(f"array {name!r} has .npy version {version}")
    except ValueError as exc:  # a damaged .npy header
        raise CodecError(f"array {name!r} is damaged: {exc}") from None
    if dtype not in DTYPES or fortran or len(shape) != 1:
        raise CodecError(f"array {name!r} is not a plain list of numbers")
    start = stream.tell()
    if start + shape[0] * dtype.itemsize != len(blob):
        raise CodecError(f"array {name!r} is not as long as its header says")
    return np.frombuffer(blob, dtype=dtype, count=shape[0], offset=start)
