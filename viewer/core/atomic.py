"""Write a user's file all at once or not at all. No Qt here.

An export that fails half-way (disk full, permission denied, the user cancelling, the process
stopped) must never leave a truncated file where the user's good one was, nor report success.
So every file the app writes for a user goes through here: it is written to a hidden temporary
file in the target's own folder (same file system, so the final rename is atomic), each write
is checked, the size on disk is compared with what was produced, the data is flushed to the
disk (fsync, which is where a full disk often shows), and only then is the file renamed over
the target. Any failure removes the temporary file, leaves the target byte-identical and
raises :class:`WriteError` naming the file in plain words.

A link is followed (its target is replaced, the link kept); a read-only file, a folder or a
special file (a device, /proc) is refused, not replaced. While :func:`signals_clean_up` is in
force, SIGTERM, SIGINT and SIGHUP remove the live temporary files before the process ends.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import secrets
import shutil
import signal
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from viewer.core.wording import tr_noop, translate


class WriteError(OSError):
    """A file could not be written; the message names the path and says why in plain words.

    *reason* is a catalogue entry (context "WriteError") or the system's own words, filled with
    *fields* ({folder}); ``str()`` is English, :meth:`message` the reader's language.
    """

    def __init__(self, path: Path, reason: str, **fields: object) -> None:
        self.path, self.template, self.fields = path, reason, fields
        self.reason = reason.format(**fields)
        super().__init__(f"Cannot write {path}: {self.reason}")

    def message(self, language: str) -> str:
        """The message in *language*: the path, and why in the language's words."""
        reason = translate("WriteError", self.template, language).format(**self.fields)
        text = translate("WriteError", "Cannot write {path}: {reason}", language)
        return text.format(path=self.path, reason=reason)


PLAIN_REASONS = {
    errno.ENOSPC: tr_noop("WriteError", "the disk is full"),
    errno.EDQUOT: tr_noop("WriteError", "the disk quota is used up"),
    errno.EFBIG: tr_noop("WriteError", "the file is too large for the disk"),
    errno.EROFS: tr_noop("WriteError", "the disk is read-only"),
    errno.EIO: tr_noop("WriteError", "the disk reported an input/output error"),
    errno.EACCES: tr_noop("WriteError", "permission denied"),
    errno.EPERM: tr_noop("WriteError", "permission denied"),
    errno.ENAMETOOLONG: tr_noop("WriteError", "the name is too long"),
    errno.ENOTDIR: tr_noop("WriteError", "a part of the path is not a folder"),
    errno.EISDIR: tr_noop("WriteError", "it is a folder"),
}
"""Our words for the errors a write meets; others keep the system's."""

# ---------------------------------------------------------------------- cleanup on signals
CAUGHT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)
_cleanups: dict[int, Callable[[], None]] = {}
_keys = itertools.count()


@contextlib.contextmanager
def cleanup_on_signal(cleanup: Callable[[], None]) -> Iterator[None]:
    """Run *cleanup* if a caught signal ends the process while the block runs.

    Cleanups run newest first, so a writer process registered inside :func:`atomic_path`
    is stopped before its temporary file is removed.
    """
    key = next(_keys)
    _cleanups[key] = cleanup
    try:
        yield
    finally:
        _cleanups.pop(key, None)


def run_cleanups() -> None:
    """Remove what live writes left: what a signal handler does before the process ends."""
    for cleanup in reversed(list(_cleanups.values())):
        with contextlib.suppress(Exception):
            cleanup()


@contextlib.contextmanager
def signals_clean_up(message: str | None = None) -> Iterator[None]:
    """While the block runs, SIGTERM, SIGINT and SIGHUP remove the live temporary files, print
    *message* and then end the process as the signal would have (so a shell sees 143, 130 or
    129). A signal the process ignores (``nohup``) stays ignored. Main thread only."""

    def handle(signum: int, frame: object) -> None:
        run_cleanups()
        if message:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        os._exit(128 + signum)  # where the signal did not end the process by itself

    previous = {
        number: signal.signal(number, handle)
        for number in CAUGHT_SIGNALS
        if signal.getsignal(number) is not signal.SIG_IGN
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


# ---------------------------------------------------------------------- files
class CheckedFile:
    """A temporary file's writing end: every write is checked and counted.

    It has no ``fileno``, so a library writing to it (Pillow) goes through :meth:`write`.
    """

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor
        self.written = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Write all of *data* (a short write is continued, an error raised)."""
        view = memoryview(data).cast("B")
        size = len(view)
        while view:
            done = os.write(self._descriptor, view)
            if done <= 0:  # no progress and no error: never loop for ever
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            view = view[done:]
            self.written += done
        return size

    def flush(self) -> None:
        """Nothing is buffered here (Pillow calls this)."""

    def check_size(self) -> None:
        """Check that the file holds every byte written (:func:`atomic_path` then fsyncs)."""
        size = os.fstat(self._descriptor).st_size
        if size != self.written:
            raise OSError(f"only {size} of {self.written} bytes reached the disk")


@contextlib.contextmanager
def atomic_file(path: Path, durable: bool = True) -> Iterator[CheckedFile]:
    """The usual way to write a user's file: write the bytes to the yielded file; when the
    block ends they replace *path* (see :func:`atomic_path` for what is checked and raised)."""
    with atomic_path(path, durable=durable) as temporary:
        descriptor = os.open(temporary, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            file = CheckedFile(descriptor)
            yield file
            file.check_size()
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def atomic_path(
    path: Path, verify: Callable[[Path], None] | None = None, durable: bool = True
) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces *path*, on failure it vanishes.

    For writers that need a path of their own (ffmpeg); others use :func:`atomic_file`. The
    temporary file keeps the target's suffix, because some writers choose the format from it.
    A new file gets the usual permissions (0666 less the umask), a replaced one keeps its own.

    Parameters
    ----------
    path
        The file the caller wants to end up with; a link is followed to its target.
    verify
        Called with the written temporary file before the rename; raises ``OSError`` if the
        writer reported success but the file is incomplete.
    durable
        Flush the file to the disk before the rename (always, for a user's file). Off for a
        cache whose files carry checksums: readers never see a partial file, but after a
        crash a file may be torn, and its checksum then says so. Waiting for the disk cost
        a 100x atlas's first load ~0.6 s for each 48 MB entry (measured).

    Raises
    ------
    WriteError
        If the target may not be replaced, the temporary file cannot be created, the body or
        *verify* raises an :class:`OSError`, or flushing or renaming fails. The target is then
        untouched and no temporary file is left. Other exceptions (such as a cancellation)
        propagate unchanged, after the same cleanup.
    """
    path = Path(path)
    target, mode = _target(path)
    temporary = target.with_name(f".{target.stem}-{secrets.token_hex(4)}.tmp{target.suffix}")
    with cleanup_on_signal(lambda: _remove(temporary)):
        _create(path, temporary, mode)
        try:
            yield temporary
            if durable:
                _flush_to_disk(temporary)
            if verify is not None:
                verify(temporary)
            temporary.replace(target)
        except OSError as exc:
            _remove(temporary)
            raise WriteError(path, _escaped(reason(exc))) from exc
        except BaseException:
            _remove(temporary)
            raise
    if durable:
        _flush_folder(target.parent)


@contextlib.contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """Yield a hidden folder beside *path* to fill (with :func:`atomic_file`); on success its
    files land in *path*.

    A new folder is renamed into place at once; into an existing one the files are moved one
    by one (replacing files of the same name, keeping anything else). On failure, cancellation
    or a caught signal the hidden folder is removed and *path* is untouched.
    """
    path = Path(path)
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_dir():
        raise WriteError(path, tr_noop("WriteError", "it is a file, not a folder"))
    temporary = target.with_name(f".{target.name}-{secrets.token_hex(4)}.tmp")
    with cleanup_on_signal(lambda: shutil.rmtree(temporary, ignore_errors=True)):
        try:
            temporary.mkdir()
        except OSError as exc:
            why, fields = _creation_reason(exc, target)
            raise WriteError(path, why, **fields) from exc
        try:
            yield temporary
            if target.exists():
                for item in sorted(temporary.iterdir()):
                    item.replace(target / item.name)
                temporary.rmdir()
            else:
                temporary.rename(target)
        except WriteError as exc:  # a file inside: the user knows the folder, not ours
            shutil.rmtree(temporary, ignore_errors=True)
            raise WriteError(path, exc.template, **exc.fields) from exc
        except OSError as exc:
            shutil.rmtree(temporary, ignore_errors=True)
            raise WriteError(path, _escaped(reason(exc))) from exc
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
    _flush_folder(target.parent)


def reason(exc: OSError) -> str:
    """Plain words for why a write failed, without the temporary file's name."""
    if exc.errno in PLAIN_REASONS:
        return PLAIN_REASONS[exc.errno]
    return exc.strerror or str(exc) or type(exc).__name__


def _target(path: Path) -> tuple[Path, int | None]:
    """The file to replace (a link's target, to the end of the chain) and the permissions
    to keep (None for a new file); refuses what must not be replaced."""
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
    except FileNotFoundError:
        return target, None
    except OSError as exc:
        raise WriteError(path, _escaped(reason(exc))) from exc
    if stat.S_ISDIR(status.st_mode):
        raise WriteError(path, tr_noop("WriteError", "it is a folder"))
    if not stat.S_ISREG(status.st_mode):
        raise WriteError(path, tr_noop("WriteError", "it is not a regular file you can write to"))
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise WriteError(path, tr_noop("WriteError", "the file is read-only"))
    return target, stat.S_IMODE(status.st_mode)


def _create(path: Path, temporary: Path, mode: int | None) -> None:
    """Create the empty temporary file, with the replaced file's permissions if any."""
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        why, fields = _creation_reason(exc, temporary)
        raise WriteError(path, why, **fields) from exc
    try:
        if mode is not None:
            temporary.chmod(mode)
    except OSError as exc:
        _remove(temporary)
        raise WriteError(path, _escaped(reason(exc))) from exc
    finally:
        os.close(descriptor)


def _creation_reason(exc: OSError, created: Path) -> tuple[str, dict[str, object]]:
    """Why nothing could be created in *created*'s folder, in words about the folder (a
    catalogue entry and its field)."""
    folder: dict[str, object] = {"folder": created.parent}
    if exc.errno in (errno.EACCES, errno.EPERM):
        return tr_noop("WriteError", "the folder {folder} is not writable"), folder
    if exc.errno == errno.ENOENT:
        if not created.parent.exists():
            return tr_noop("WriteError", "the folder {folder} does not exist"), folder
        return tr_noop("WriteError", "{folder} is not a folder you can write to"), folder
    if exc.errno == errno.ENOTDIR:
        return tr_noop("WriteError", "{folder} is not a folder"), folder
    return _escaped(reason(exc)), {}


def _escaped(text: str) -> str:
    """The system's words as a template with no fields (its braces kept as written)."""
    return text.replace("{", "{{").replace("}", "}}")


def _flush_to_disk(path: Path) -> None:
    """fsync a file another writer (ffmpeg) wrote: a full disk may show only here."""
    descriptor = os.open(path, os.O_RDWR)  # Windows flushes only what it may write
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    with contextlib.suppress(OSError):  # the file is complete either way
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove(temporary: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
