"""Opening a user's file without trusting it. No Qt here.

A path named in File › Open, on the command line or in the remembered settings may be a named
pipe (which blocks a reader forever), a device such as ``/dev/zero`` (endless, whatever
``stat`` says its size is), a folder, or a GDAL virtual path (``/vsicurl/…``, which reaches
the network). Every loader of users' files comes through here first: only regular files are
opened, and never more than a limit is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from geodata.errors import DataError, Problem, display_name

_CHUNK = 1 << 20
_NOT_FILES = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a file"),
    (stat.S_ISCHR, "is a device, not a file"),
    (stat.S_ISBLK, "is a device, not a file"),
    (stat.S_ISSOCK, "is a socket, not a file"),
)


def _refusal(mode: int) -> str | None:
    """Why a file of this *mode* is not read, ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((why for test, why in _NOT_FILES if test(mode)), "is not a regular file")


def regular_file(path: Path) -> os.stat_result:
    """The status of *path*, a regular file on this computer, else a :class:`DataError`.

    Symbolic links are followed, so a link to ``/dev/zero`` is refused as the device it
    leads to; a GDAL virtual path is refused before anything could read it.
    """
    name = display_name(path)
    if any(part.lower().startswith("/vsi") for part in (str(path), path.as_posix())):
        raise DataError([Problem(name, "is a GDAL virtual path; give a file on this computer")])
    try:
        status = path.stat()
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        raise DataError(
            [Problem(name, "cannot be read: {reason}", values={"reason": _reason(exc)})]
        ) from None
    refusal = _refusal(status.st_mode)
    if refusal:
        raise DataError([Problem(name, refusal)])
    return status


def read_limited(path: Path, limit: int, content: bytes | None = None) -> bytes:
    """The bytes of a regular file, refused with a :class:`DataError` past *limit* bytes.

    The size is found by reading (at most *limit* + 1 bytes), never trusted from ``stat``.
    *content*, the file's bytes already read (e.g. those its cache key was made of), is
    used instead of reading it again, and refused alike.
    """
    data = read_head(path, limit + 1) if content is None else content
    if len(data) > limit:
        raise DataError(
            [
                Problem(
                    display_name(path),
                    "is larger than the {limit:,}-byte limit",
                    values={"limit": limit},
                )
            ]
        )
    return data


def read_head(path: Path, count: int) -> bytes:
    """The first *count* bytes (or fewer) of a regular file, else a :class:`DataError`.

    The file is opened without blocking and checked again once open, so a file swapped for
    a named pipe after the first check cannot hang the reader either.
    """
    name = display_name(path)
    regular_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise DataError(
            [Problem(name, "cannot be read: {reason}", values={"reason": _reason(exc)})]
        ) from None
    try:
        refusal = _refusal(os.fstat(fd).st_mode)
        if refusal:
            raise DataError([Problem(name, refusal)])
        chunks, size = [], 0
        # the size stat gives, plus one, is read at once: a file that did not grow since is
        # then one piece, kept as it is read (joining a 36 MB file's pieces copied it all)
        step = max(_CHUNK, os.fstat(fd).st_size + 1)
        while size < count:
            chunk = os.read(fd, min(step, count - size))
            step = _CHUNK
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise DataError(
            [Problem(name, "cannot be read: {reason}", values={"reason": _reason(exc)})]
        ) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def _reason(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or "the path is not valid"


def check_size_and_kind(name: str, size: int, limit: int, kind: str, looks_right: bool) -> None:
    """Refuse a GDAL file (*size* bytes with what GDAL would open beside it) over *limit*, or
    whose first bytes are not those of its *kind*, before GDAL reads anything of it."""
    if size > limit:
        raise DataError(
            [Problem(name, "is larger than the {limit:,}-byte limit", values={"limit": limit})]
        )
    if not looks_right:
        message = "is not a {driver} file inside (damaged, or renamed?)"
        raise DataError([Problem(name, message, values={"driver": kind})])
