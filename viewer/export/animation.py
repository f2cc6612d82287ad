"""Animations of the map over a span of dates: GIF (Pillow) and MP4 (H.264 by imageio-ffmpeg).

An animation is an export request with an :class:`~viewer.core.export_request.Animation`;
every frame is that request at one date, drawn by :class:`~viewer.export.snapshot.SnapshotRenderer`
with fades finished, the date in both calendars and a small timeline bar burned in, so no frame is
skipped, blended or out of step with its date. Frames stream to the encoder one at a time; the file
appears only when the last frame is written and checked (:mod:`viewer.core.atomic`): a cancelled or
failed export leaves nothing, and the user's old file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import IO, cast

from PySide6.QtGui import QImage

from viewer.core.atomic import CheckedFile, atomic_file, atomic_path, cleanup_on_signal
from viewer.core.export_request import ExportRequest
from viewer.export.snapshot import SnapshotRenderer

MP4_PRESET = "ultrafast"
MP4_CRF = 21
"""x264's speed and quality: the encoder, not the drawing, set the pace of a video. For 300
frames at 1080p, "veryfast" at CRF 15 took 11 s of processor time and "ultrafast" at CRF 21
7.5 s, with frames closer to the pictures (52.9 dB against 50.4) in a larger file (2.6 MB
against 1.5; measured). Map lines and small type stay clean in both."""
PIXELS = {"little": ("BGRX", "bgr0"), "big": ("XRGB", "0rgb")}[sys.byteorder]
"""How an opaque image (Qt's RGB32: 0xffRRGGBB words) lies in memory, as Pillow and ffmpeg
name it: frames go to the encoders as they are (converting one to RGB took 10 ms; measured)."""

Progress = Callable[[int, int], bool]
"""Called after each frame with (frames done, frames in all); return False to cancel."""


class ExportCancelledError(Exception):
    """The user cancelled an animation export; no file was written."""


def write_animation(
    renderer: SnapshotRenderer,
    request: ExportRequest,
    path: Path,
    progress: Progress | None = None,
) -> None:
    """Write the animation *request* (already checked) to *path* as GIF or MP4.

    Raises
    ------
    ExportCancelledError
        When *progress* returned False; nothing is left on disk.
    viewer.core.atomic.WriteError
        When the file cannot be written; an existing file at *path* is then untouched.
    """
    if request.animation is None:
        raise ValueError("a still picture is not an animation")
    fps = request.animation.fps
    if request.format == "mp4":
        request = _even(request)  # H.264 in yuv420p needs even dimensions
    frames = _frames(renderer, request, progress)
    if request.format == "gif":
        with atomic_file(path) as file:
            _write_gif(file, frames, fps)
    else:
        with atomic_path(path, verify=check_mp4) as temporary:
            _write_mp4(temporary, frames, request.page.pixel_size, fps)


def _even(request: ExportRequest) -> ExportRequest:
    page = request.page
    width, height = page.pixel_size
    even = (width + width % 2, height + height % 2)
    if even == (width, height):
        return request
    size = (even[0] / page.scale, even[1] / page.scale)
    return replace(request, page=replace(page, size=size))


def _frames(
    renderer: SnapshotRenderer, request: ExportRequest, progress: Progress | None
) -> Iterator[QImage]:
    """Frames, one per date, reporting progress and stopping on cancellation.

    Every frame is drawn over the same image, which the encoder must read before the next.
    """
    image = QImage(*request.page.pixel_size, QImage.Format.Format_RGB32)
    frames = list(request.frames())
    for done, frame in enumerate(frames, start=1):
        renderer.draw_frame(image, frame)
        yield image
        if progress is not None and not progress(done, len(frames)):
            raise ExportCancelledError


def _write_gif(file: CheckedFile, frames: Iterator[QImage], fps: float) -> None:
    from PIL import Image  # imported here: only animations need it

    def images() -> Iterator[Image.Image]:
        for frame in frames:  # an exact palette per frame: flat map colours, no dithering
            pixels = Image.frombytes(
                "RGB", (frame.width(), frame.height()), frame.constBits(), "raw", PIXELS[0]
            )
            yield pixels.quantize(
                colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
            )

    sequence = images()
    first = next(sequence)
    first.save(
        # Written through our checks: it has no fileno for Pillow to write to itself. Pillow
        # types the file as IO[bytes], but writing a GIF calls only write() and flush().
        cast(IO[bytes], file),
        format="GIF",
        save_all=True,
        append_images=sequence,  # consumed one by one while writing
        duration=round(1000 / fps),
        loop=0,
    )


def _write_mp4(path: Path, frames: Iterator[QImage], size: tuple[int, int], fps: float) -> None:
    """Encode *frames* with ffmpeg into *path*; its exit status and messages are checked.

    ffmpeg runs in its own process group, so a Ctrl+C reaches only us; a caught signal, an
    error or a cancellation stops it before its file is removed.
    """
    import imageio_ffmpeg  # imported here: only animations need it (and its ffmpeg binary)

    command = [
        imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-v", "error",
        "-f", "rawvideo", "-pix_fmt", PIXELS[1], "-s", f"{size[0]}x{size[1]}",
        "-r", str(Fraction(fps).limit_denominator(1000)), "-i", "-",
        "-an", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", MP4_PRESET,
        "-crf", str(MP4_CRF),
        "-movflags", "+faststart",  # playable while still downloading
        str(path),
    ]  # fmt: skip
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        process_group=0,
    )
    stdin, stderr = process.stdin, process.stderr
    assert stdin is not None  # both are pipes
    assert stderr is not None
    messages: list[bytes] = []
    reader = threading.Thread(target=lambda: messages.append(stderr.read()), daemon=True)
    reader.start()

    def stop() -> None:
        process.kill()
        process.wait()

    with process, cleanup_on_signal(stop):  # the process's pipes closed at the end
        try:
            _send(frames, stdin)
            status = process.wait()
        finally:
            if process.poll() is None:  # cancelled, or an error on our side
                stop()
            reader.join()
    if status != 0:
        raise _encoder_error(b"".join(messages).decode("utf-8", "replace"))


def _send(frames: Iterator[QImage], pipe: IO[bytes]) -> None:
    """Each frame's own bytes, as ffmpeg reads them; then the end of the input."""
    try:
        for frame in frames:
            pipe.write(frame.constBits())
    except BrokenPipeError:
        pass  # ffmpeg stopped; its exit status and messages say why
    finally:
        with contextlib.suppress(BrokenPipeError):
            pipe.close()


def _encoder_error(text: str) -> OSError:
    """The error ffmpeg's messages report: a disk error as its errno, else its last line."""
    for code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EIO):
        if os.strerror(code) in text:
            return OSError(code, os.strerror(code))
    last = text.strip().splitlines()[-1:] or ["no message"]
    return OSError(f"the video encoder failed ({last[0]})")


def check_mp4(path: Path) -> None:
    """``OSError`` unless *path* is a whole MP4: top-level boxes that end exactly at the end of
    the file, a movie header among them. An encoder that stopped early fails this."""
    size = path.stat().st_size
    kinds, offset = set(), 0
    with path.open("rb") as file:
        while offset < size:
            file.seek(offset)
            head = file.read(16)
            if len(head) < 8:
                break
            length, kind = int.from_bytes(head[:4], "big"), head[4:8]
            if length == 1 and len(head) == 16:  # a 64-bit size follows
                length = int.from_bytes(head[8:16], "big")
            elif length == 0:  # the box runs to the end of the file
                length = size - offset
            if length < 8:
                break
            kinds.add(kind)
            offset += length
    if offset != size or b"moov" not in kinds:
        raise OSError("the video came out incomplete")
