"""Never lose a user's file: every export onto a full disk, a link, a read-only file, or
stopped by a signal, leaves the old file byte-identical, no temporary file, and says why."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import stat
import subprocess
import sys
from pathlib import Path

import imageio_ffmpeg
import pytest

from geodata.dates import PartialDate
from viewer.app import cli
from viewer.core.atomic import WriteError
from viewer.core.export_request import Animation, ExportRequest, Page
from viewer.core.frame import MapFrame
from viewer.core.story import Slide, Story
from viewer.core.story_files import save_story
from viewer.export.animation import check_mp4
from viewer.export.pipeline import export
from viewer.export.snapshot import SnapshotRenderer
from viewer.story.handout import export_handout

DAY = dt.date(1920, 7, 1)
OLD = random.Random(19).randbytes(150_000)  # the user's good file
ROOM = 8192  # what the disk still takes: the fault run's truncated files were this long


@pytest.fixture(scope="module")
def renderer(qapp, tiny_atlas):
    made = SnapshotRenderer(tiny_atlas)
    yield made
    made.close()


def story() -> Story:
    return Story(
        title="Gilan",
        slides=(
            Slide(start=PartialDate(1920, 7), territories=("republic",), caption="Rasht."),
            Slide(start=PartialDate(1921, 3), events=("treaty-1921",), caption="Moscow."),
        ),
    )


def animation(format: str) -> ExportRequest:
    span = Animation(DAY, dt.date(1921, 6, 1))
    return ExportRequest(MapFrame(DAY), Page.for_pixels(320, 180), format=format, animation=span)


def old_file(folder: Path, name: str) -> Path:
    target = folder / name
    target.write_bytes(OLD)
    return target


def assert_kept(target: Path) -> None:
    """The old file byte-identical and alone in its folder: no temporary file left."""
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == [target.name]


@pytest.fixture
def small_ffmpeg(tmp_path, monkeypatch):
    """ffmpeg that may write only a few kilobytes a file (a file-size limit): a video
    encoder failing part-way, as on a full disk."""
    if not Path("/bin/sh").exists():
        pytest.skip("needs a POSIX shell")
    script = tmp_path.parent / f"{tmp_path.name}-ffmpeg"
    script.write_text(
        f"#!/bin/sh\ntrap '' XFSZ\nulimit -f 16\nexec '{imageio_ffmpeg.get_ffmpeg_exe()}' \"$@\"\n"
    )
    script.chmod(0o755)
    monkeypatch.setattr(imageio_ffmpeg, "get_ffmpeg_exe", lambda: str(script))
    yield
    script.unlink()


# ---------------------------------------------------------------------- every writer
@pytest.mark.parametrize("format", ["png", "svg", "pdf"])
def test_a_full_disk_keeps_the_users_snapshot(
    renderer, tiny_atlas, tmp_path, disk_full_after, format
):
    target = old_file(tmp_path, f"map.{format}")
    disk_full_after(ROOM)
    request = ExportRequest(MapFrame(DAY), Page.for_pixels(960, 540), format=format)
    with pytest.raises(WriteError) as caught:
        export(tiny_atlas, request, target, renderer=renderer)
    assert str(caught.value) == f"Cannot write {target}: the disk is full"
    assert_kept(target)


def test_a_full_disk_keeps_the_users_gif(renderer, tiny_atlas, tmp_path, disk_full_after):
    target = old_file(tmp_path, "war.gif")
    disk_full_after(ROOM)
    with pytest.raises(WriteError, match=r"^Cannot write .*war\.gif: the disk is full$"):
        export(tiny_atlas, animation("gif"), target, renderer=renderer)
    assert_kept(target)


def test_an_encoder_failing_part_way_keeps_the_users_mp4(
    renderer, tiny_atlas, tmp_path, small_ffmpeg
):
    target = old_file(tmp_path, "war.mp4")
    with pytest.raises(WriteError) as caught:
        export(tiny_atlas, animation("mp4"), target, renderer=renderer)
    assert str(caught.value) == f"Cannot write {target}: the file is too large for the disk"
    assert_kept(target)


def test_a_video_cut_short_is_not_taken_for_a_whole_one(renderer, tiny_atlas, tmp_path):
    whole = export(tiny_atlas, animation("mp4"), tmp_path / "whole.mp4", renderer=renderer)
    check_mp4(whole)
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole.read_bytes()[:-100])
    with pytest.raises(OSError, match="the video came out incomplete"):
        check_mp4(cut)


def test_the_encoders_own_failure_is_reported(renderer, tiny_atlas, tmp_path, monkeypatch):
    target = old_file(tmp_path, "war.mp4")
    script = tmp_path.parent / f"{tmp_path.name}-broken-ffmpeg"
    script.write_text("#!/bin/sh\necho 'Unknown encoder libx264' >&2\nexit 1\n")
    script.chmod(0o755)
    monkeypatch.setattr(imageio_ffmpeg, "get_ffmpeg_exe", lambda: str(script))
    with pytest.raises(WriteError) as caught:
        export(tiny_atlas, animation("mp4"), target, renderer=renderer)
    reason = "the video encoder failed (Unknown encoder libx264)"
    assert str(caught.value) == f"Cannot write {target}: {reason}"
    assert_kept(target)
    script.unlink()


@pytest.mark.parametrize("format", ["pdf", "png"])
def test_a_full_disk_keeps_the_users_handout(
    renderer, tiny_atlas, tmp_path, disk_full_after, format
):
    if format == "pdf":
        target = old_file(tmp_path, "handout.pdf")
    else:
        target = tmp_path / "slides"
        target.mkdir()
        target = old_file(target, "01-the-republic.png")
    disk_full_after(ROOM)
    where = target if format == "pdf" else target.parent
    with pytest.raises(WriteError) as caught:
        export_handout(tiny_atlas, story(), where, format, renderer=renderer)
    assert str(caught.value) == f"Cannot write {where}: the disk is full"
    assert_kept(target)
    assert [p.name for p in tmp_path.iterdir()] == [where.name]


def test_a_full_disk_keeps_the_users_story(tmp_path, disk_full_after):
    target = old_file(tmp_path, "mine.yaml")
    disk_full_after(100)
    with pytest.raises(WriteError, match="the disk is full"):
        save_story(story(), target)
    assert_kept(target)


# ---------------------------------------------------------------------- the command line
@pytest.mark.parametrize(
    "arguments",
    [
        ["--date", "1946-02", "--size", "640x360", "--out", "map.png"],
        ["--date", "1946-02", "--out", "map.svg"],
        ["--date", "1946-02", "--paper", "a4", "--out", "map.pdf"],
        ["--from", "1946-01", "--to", "1946-03", "--size", "320x180", "--out", "war.gif"],
    ],
)
def test_cli_on_a_full_disk_fails_and_keeps_the_file(
    tmp_path, capsys, qapp, disk_full_after, arguments
):
    target = old_file(tmp_path, arguments[-1])
    disk_full_after(ROOM)
    assert cli.main(["export", *arguments[:-2], "--out", str(target)]) == 2
    output = capsys.readouterr()
    assert f"error: Cannot write {target}: the disk is full" in output.err
    assert "Wrote" not in output.out
    assert_kept(target)


def test_cli_mp4_encoder_failure_fails_and_keeps_the_file(tmp_path, capsys, qapp, small_ffmpeg):
    target = old_file(tmp_path, "war.mp4")
    arguments = ["--from", "1946-01", "--to", "1946-06", "--size", "320x180"]
    assert cli.main(["export", *arguments, "--out", str(target)]) == 2
    assert f"error: Cannot write {target}: the file is too large" in capsys.readouterr().err
    assert_kept(target)


def test_cli_follows_a_link_and_keeps_it(tmp_path, capsys, qapp):
    real = tmp_path / "real"
    real.mkdir()
    target = old_file(real, "map.svg")
    link = tmp_path / "map.svg"
    link.symlink_to(target)
    assert cli.main(["export", "--date", "1946-02", "--out", str(link)]) == 0
    assert link.is_symlink() and link.resolve() == target
    assert target.read_bytes().startswith(b"<?xml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.svg", "real"]
    assert [p.name for p in real.iterdir()] == ["map.svg"]


def test_cli_refuses_a_read_only_file(tmp_path, capsys, qapp):
    target = old_file(tmp_path, "map.pdf")
    target.chmod(0o444)
    assert cli.main(["export", "--date", "1946-02", "--out", str(target)]) == 2
    assert f"Cannot write {target}: the file is read-only" in capsys.readouterr().err
    assert_kept(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


# ---------------------------------------------------------------------- signals
@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX")
def test_sigterm_during_an_export_leaves_no_temporary_file(tmp_path, qtbot):
    target = old_file(tmp_path, "war.mp4")
    command = [sys.executable, "-m", "viewer", "export", "--from", "1900", "--to", "2020"]
    command += ["--size", "640x360", "--fps", "30", "--out", str(target)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def writing() -> bool:  # the temporary file has frames in it
        return any(p.name != target.name and p.stat().st_size for p in tmp_path.iterdir())

    try:
        qtbot.waitUntil(lambda: writing() or child.poll() is not None, timeout=120_000)
        assert child.poll() is None, child.stderr.read()
        child.send_signal(signal.SIGTERM)
        _, errors = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGTERM
    assert "Stopped; nothing was written." in errors
    assert_kept(target)


APP = """
import sys
from PySide6.QtCore import QTimer
from viewer.app import application as app

made = app.make_app


def make_and_report(argv=None):
    qt_app = made(argv)
    QTimer.singleShot(0, lambda: print("idle", flush=True))  # runs once the loop waits
    return qt_app


app.make_app = make_and_report
sys.exit(app.main())
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_an_idle_window_still_ends_at_once_on_sigterm(tmp_path):
    # Python runs its signal handlers only between its own instructions; the window must
    # wake for them, or a SIGTERM would wait for the next click
    environment = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    with subprocess.Popen(
        [sys.executable, "-c", APP], stdout=subprocess.PIPE, text=True, env=environment
    ) as child:
        try:
            assert child.stdout.readline() == "idle\n"
            child.send_signal(signal.SIGTERM)
            assert child.wait(timeout=30) == -signal.SIGTERM
        finally:
            if child.poll() is None:
                child.kill()
