import errno
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core.atomic import (
    WriteError,
    atomic_file,
    atomic_folder,
    atomic_path,
    run_cleanups,
    signals_clean_up,
)

OLD = bytes(range(256)) * 600  # the user's good file: 153,600 bytes


def leftovers(folder: Path, keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


def write_then_fail(target: Path, error: BaseException) -> None:
    """A writer that gets half-way and fails."""
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"half a picture")
        raise error


def test_replaces_the_file_only_when_the_writer_finishes(tmp_path):
    target = tmp_path / "map.png"
    target.write_bytes(b"old picture")
    with atomic_path(target) as temporary:
        assert temporary.parent == tmp_path
        assert temporary.suffix == ".png"  # writers choose the format from it
        temporary.write_bytes(b"new picture")
        assert target.read_bytes() == b"old picture"  # untouched until the end
    assert target.read_bytes() == b"new picture"
    assert leftovers(tmp_path, "map.png") == []


def test_disk_full_keeps_the_old_file_and_removes_the_temporary(tmp_path):
    target = tmp_path / "map.pdf"
    target.write_bytes(OLD)
    with pytest.raises(WriteError) as caught:
        write_then_fail(target, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert str(caught.value) == f"Cannot write {target}: the disk is full"
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, "map.pdf") == []


def test_the_reason_is_given_in_the_readers_language(tmp_path):
    target = tmp_path / "missing" / "map.png"
    with pytest.raises(WriteError) as caught, atomic_path(target):
        pytest.fail("the body must not run")
    russian = caught.value.message("ru")
    assert russian == f"Не удаётся записать {target}: папка {target.parent} не существует"
    assert caught.value.message("en") == str(caught.value)
    full = tmp_path / "full.pdf"
    with pytest.raises(WriteError) as caught:
        write_then_fail(full, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert caught.value.message("fa").endswith(": دیسک پر است")


def test_the_systems_own_words_are_kept_as_written(tmp_path):
    target = tmp_path / "map.pdf"
    with pytest.raises(WriteError) as caught:
        write_then_fail(target, OSError(errno.ESTALE, "stale {handle}"))
    assert caught.value.message("ru") == f"Не удаётся записать {target}: stale {{handle}}"


def test_a_disk_that_fills_part_way_keeps_the_old_file(tmp_path, disk_full_after):
    target = tmp_path / "map.svg"
    target.write_bytes(OLD)
    disk_full_after(8192)
    with pytest.raises(WriteError, match="the disk is full"), atomic_file(target) as file:
        file.write(b"x" * 150_000)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, "map.svg") == []


def test_short_writes_are_continued(tmp_path, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:1000])))
    with atomic_file(tmp_path / "map.svg") as file:
        assert file.write(b"y" * 5000) == 5000
    assert (tmp_path / "map.svg").read_bytes() == b"y" * 5000


def test_a_write_the_disk_did_not_keep_is_caught(tmp_path, monkeypatch):
    target = tmp_path / "story.yaml"
    target.write_bytes(OLD)
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, data[:10]) and len(data))
    with pytest.raises(WriteError, match="only 10 of 100 bytes"), atomic_file(target) as file:
        file.write(b"z" * 100)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, "story.yaml") == []


def test_a_failed_flush_to_the_disk_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "war.mp4"
    target.write_bytes(OLD)

    def fsync(descriptor):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(WriteError, match="input/output error"), atomic_file(target) as file:
        file.write(b"new")
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, "war.mp4") == []


def test_a_failed_check_keeps_the_old_file(tmp_path):
    target = tmp_path / "war.mp4"
    target.write_bytes(OLD)

    def incomplete(path):
        raise OSError("the video came out incomplete")

    with pytest.raises(WriteError) as caught, atomic_path(target, incomplete) as temporary:
        temporary.write_bytes(b"half")
    assert str(caught.value) == f"Cannot write {target}: the video came out incomplete"
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, "war.mp4") == []


def test_a_failed_rename_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "map.svg"
    target.write_text("old")

    def refuse(self, other):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(WriteError, match="permission denied"), atomic_path(target) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "old"
    assert leftovers(tmp_path, "map.svg") == []


def test_a_missing_folder_is_named_in_plain_words(tmp_path):
    target = tmp_path / "missing" / "map.png"
    with pytest.raises(WriteError) as caught, atomic_path(target):
        pytest.fail("the body must not run")
    assert str(caught.value) == f"Cannot write {target}: the folder {target.parent} does not exist"
    assert not target.parent.exists()


def test_a_folder_that_is_not_writable_is_named(tmp_path, monkeypatch):
    real_open = os.open

    def refuse_new_files(path, flags, *args):  # as chmod 555 would, even for root
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse_new_files)
    with pytest.raises(WriteError) as caught, atomic_file(tmp_path / "map.png"):
        pytest.fail("the body must not run")
    assert str(caught.value).endswith(f": the folder {tmp_path} is not writable")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="Linux's /proc")
@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("/proc/caspian-atlas-map.png", "/proc is not a folder you can write to"),
        ("/dev/null", "it is not a regular file you can write to"),
        ("/proc/self/status", "the file is read-only"),
    ],
)
def test_special_targets_are_refused_in_plain_words(target, reason):
    with pytest.raises(WriteError) as caught, atomic_file(Path(target)):
        pytest.fail("the body must not run")
    assert str(caught.value) == f"Cannot write {target}: {reason}"


def test_a_folder_is_not_replaced(tmp_path):
    (tmp_path / "map.png").mkdir()
    with pytest.raises(WriteError) as caught, atomic_file(tmp_path / "map.png"):
        pytest.fail("the body must not run")
    assert str(caught.value).endswith("map.png: it is a folder")


def test_a_link_is_followed_and_kept(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "real.pdf"
    real.write_bytes(OLD)
    link = tmp_path / "map.pdf"
    link.symlink_to(real)
    with atomic_file(link) as file:
        file.write(b"new")
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() == b"new"
    assert leftovers(tmp_path, "map.pdf") == ["elsewhere"]
    assert leftovers(elsewhere, "real.pdf") == []


def test_a_read_only_file_is_refused_not_replaced(tmp_path):
    target = tmp_path / "map.png"
    target.write_bytes(OLD)
    target.chmod(0o444)
    with pytest.raises(WriteError) as caught, atomic_file(target):
        pytest.fail("the body must not run")
    assert str(caught.value) == f"Cannot write {target}: the file is read-only"
    assert target.read_bytes() == OLD
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert leftovers(tmp_path, "map.png") == []


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "private.yaml"
    target.write_bytes(OLD)
    target.chmod(0o600)
    with atomic_file(target) as file:
        file.write(b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_new_file_has_ordinary_permissions(tmp_path):
    old_mask = os.umask(0o022)
    try:
        with atomic_file(tmp_path / "map.png") as file:
            file.write(b"picture")
    finally:
        os.umask(old_mask)
    assert (tmp_path / "map.png").stat().st_mode & 0o777 == 0o644


def test_cancellation_propagates_and_leaves_nothing(tmp_path):
    class CancelledError(Exception):
        pass

    with pytest.raises(CancelledError):
        write_then_fail(tmp_path / "war.gif", CancelledError())
    assert list(tmp_path.iterdir()) == []


def test_a_failed_folder_leaves_the_old_one_as_it_was(tmp_path, disk_full_after):
    folder = tmp_path / "slides"
    folder.mkdir()
    (folder / "01-old.png").write_bytes(OLD)
    disk_full_after(8192)
    with (
        pytest.raises(WriteError) as caught,
        atomic_folder(folder) as hidden,
        atomic_file(hidden / "01-old.png") as file,
    ):
        file.write(b"p" * 20_000)
    assert str(caught.value) == f"Cannot write {folder}: the disk is full"
    assert [p.name for p in tmp_path.iterdir()] == ["slides"]
    assert [p.name for p in folder.iterdir()] == ["01-old.png"]
    assert (folder / "01-old.png").read_bytes() == OLD


def test_a_file_where_a_folder_is_wanted_is_refused(tmp_path):
    (tmp_path / "slides").write_bytes(OLD)
    with pytest.raises(WriteError) as caught, atomic_folder(tmp_path / "slides"):
        pytest.fail("the body must not run")
    assert str(caught.value).endswith("slides: it is a file, not a folder")


# ---------------------------------------------------------------------- signals
def test_live_temporary_files_are_what_a_signal_removes(tmp_path):
    gone = []

    def signalled_while_writing() -> None:
        with (
            atomic_folder(tmp_path / "slides") as hidden,
            atomic_path(tmp_path / "map.png") as temporary,
        ):
            run_cleanups()  # what the handler does first
            gone.extend([not temporary.exists(), not hidden.exists()])

    with pytest.raises(WriteError):  # the writer finds its file gone
        signalled_while_writing()
    assert gone == [True, True]
    assert list(tmp_path.iterdir()) == []


CHILD = """
import sys
from pathlib import Path
from viewer.core.atomic import atomic_file, signals_clean_up

with signals_clean_up("Stopped; nothing was written."), atomic_file(Path(sys.argv[1])) as file:
    file.write(b"half a picture")
    print("writing", flush=True)
    sys.stdin.read()  # until the test's signal
"""


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_signal_removes_the_temporary_file_and_ends_the_process(tmp_path, signal_name):
    target = tmp_path / "map.png"
    target.write_bytes(OLD)
    number = getattr(signal, signal_name)
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout.readline() == "writing\n"
        assert len(leftovers(tmp_path, "map.png")) == 1  # the temporary file, being written
        child.send_signal(number)
        # stdin stays open, so only the signal can end the child (communicate() would close
        # it, racing the signal with an end of input that lets the write finish normally)
        assert child.wait(timeout=60) == -number  # ended by the signal, as a shell expects
        errors = child.stderr.read()
    assert "Stopped; nothing was written." in errors
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, "map.png") == []


def test_an_ignored_signal_stays_ignored_and_handlers_are_restored():
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with signals_clean_up():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN  # nohup
            assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN)
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGHUP, before)
