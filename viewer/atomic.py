"""Write a file all at once or not at all. No Qt here.

An export that fails half-way (disk full, permission denied, the user cancelling an animation)
must never leave a truncated picture where the user's good one was. Writers therefore write to
a hidden temporary file in the target's own folder (same file system, so the final rename is
atomic) and :func:`os.replace` it over the target only once everything has been written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


class WriteError(OSError):
    """A file could not be written; the message names the path and the reason."""


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces *path*, on failure it vanishes.

    The temporary file keeps the target's suffix, because some writers (ffmpeg, image
    writers) choose the format from it. It is created with the usual permissions (0666 less
    the umask), so the finished file has the same permissions as one written directly.

    Parameters
    ----------
    path
        The file the caller wants to end up with.

    Raises
    ------
    WriteError
        If the temporary file cannot be created, or the body raises an :class:`OSError`, or
        the final rename fails. The target is then untouched and no temporary file is left.
        Other exceptions (such as a cancellation) propagate unchanged, after the same cleanup.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.stem}-{secrets.token_hex(4)}.tmp{path.suffix}")
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise WriteError(f"Cannot write {path}: {_reason(exc)}") from exc
    try:
        yield temporary
        temporary.replace(path)
    except OSError as exc:
        _remove(temporary)
        raise WriteError(f"Cannot write {path}: {_reason(exc)}") from exc
    except BaseException:
        _remove(temporary)
        raise


def _remove(temporary: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()


def _reason(exc: OSError) -> str:
    """The operating system's words for the error, without the temporary file's name."""
    return exc.strerror or str(exc) or type(exc).__name__
