import errno
import os
from pathlib import Path

import pytest

from viewer.atomic import WriteError, atomic_path


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
    target.write_bytes(b"the user's good file")
    with pytest.raises(WriteError) as caught:
        write_then_fail(target, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert str(target) in str(caught.value)
    assert "No space left on device" in str(caught.value)
    assert target.read_bytes() == b"the user's good file"
    assert leftovers(tmp_path, "map.pdf") == []


def test_a_failed_rename_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "map.svg"
    target.write_text("old")

    def refuse(self, other):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(WriteError, match="Permission denied"), atomic_path(target) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "old"
    assert leftovers(tmp_path, "map.svg") == []


def test_a_folder_that_cannot_be_written_is_named_in_the_error(tmp_path):
    target = tmp_path / "missing" / "map.png"
    with pytest.raises(WriteError) as caught, atomic_path(target):
        pytest.fail("the body must not run")
    assert str(target) in str(caught.value)
    assert not target.parent.exists()


def test_cancellation_propagates_and_leaves_nothing(tmp_path):
    class CancelledError(Exception):
        pass

    with pytest.raises(CancelledError):
        write_then_fail(tmp_path / "war.gif", CancelledError())
    assert list(tmp_path.iterdir()) == []


def test_the_new_file_has_ordinary_permissions(tmp_path):
    old_mask = os.umask(0o022)
    try:
        with atomic_path(tmp_path / "map.png") as temporary:
            temporary.write_bytes(b"picture")
    finally:
        os.umask(old_mask)
    assert (tmp_path / "map.png").stat().st_mode & 0o777 == 0o644
