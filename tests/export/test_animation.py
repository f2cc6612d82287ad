import datetime as dt

import imageio_ffmpeg
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QProgressDialog, QPushButton

from viewer.app import cli
from viewer.core.export_request import Animation, ExportRequest, Page, frame_dates
from viewer.core.frame import MapFrame
from viewer.export.animation import (
    ExportCancelledError,
)
from viewer.export.dialog import ExportDialog
from viewer.export.pipeline import export
from viewer.export.snapshot import SnapshotRenderer

START, END = dt.date(1920, 1, 1), dt.date(1921, 1, 1)


@pytest.fixture(scope="module")
def renderer(qapp, tiny_atlas):
    made = SnapshotRenderer(tiny_atlas)
    yield made
    made.close()


def animation(
    format="gif", width=320, height=180, step="month", fps=4.0, start=START, end=END
) -> ExportRequest:
    page = Page.for_pixels(width, height)
    return ExportRequest(
        MapFrame(start), page, format=format, animation=Animation(start, end, step, fps)
    )


# ---------------------------------------------------------------------- frames, Qt-free
def test_frames_step_by_month_or_year_up_to_the_end():
    assert frame_dates(START, END, "month") == [dt.date(1920, m, 1) for m in range(1, 13)] + [END]
    assert frame_dates(dt.date(1941, 8, 25), dt.date(1946, 1, 1), "year") == [
        dt.date(1941, 8, 25),
        dt.date(1942, 8, 25),
        dt.date(1943, 8, 25),
        dt.date(1944, 8, 25),
        dt.date(1945, 8, 25),
    ]
    # the 31st stays the 31st where it exists: steps count from the start, not the last frame
    assert frame_dates(dt.date(1946, 1, 31), dt.date(1946, 3, 31), "month") == [
        dt.date(1946, 1, 31),
        dt.date(1946, 2, 28),
        dt.date(1946, 3, 31),
    ]
    assert frame_dates(END, START, "month") == []
    with pytest.raises(ValueError, match="unknown step 'week'"):
        frame_dates(START, END, "week")


def test_the_default_title_names_the_span():
    assert animation().title_text.replace("\N{NO-BREAK SPACE}", " ") == (
        "Iran and its northern neighbour, January 1920 – January 1921"
    )
    assert "1920 – 1921" in animation(step="year").title_text.replace("\N{NO-BREAK SPACE}", " ")


# ---------------------------------------------------------------------- GIF and MP4
def test_gif_has_one_frame_per_date_each_showing_its_date(renderer, tiny_atlas, tmp_path):
    request = animation()
    seen = []

    def check(done, total):
        day = request.animation.dates[done - 1]
        seen.append(renderer.shown_ids() == tiny_atlas.history.valid_ids(day.toordinal()))
        return True

    path = export(tiny_atlas, request, tmp_path / "gilan.gif", progress=check, renderer=renderer)
    with Image.open(path) as gif:
        assert gif.n_frames == len(request.animation.dates) == 13
        assert gif.size == (320, 180)
        assert gif.info["duration"] == 250
        assert gif.info["loop"] == 0
    assert seen == [True] * 13  # no frame skipped or out of step with its date


def test_mp4_is_h264_with_even_dimensions_and_every_frame(renderer, tiny_atlas, tmp_path):
    request = animation("mp4", width=321, height=181, step="month", fps=10)
    path = export(tiny_atlas, request, tmp_path / "gilan.mp4", renderer=renderer)
    frames, seconds = imageio_ffmpeg.count_frames_and_secs(path)
    assert frames == 13
    assert seconds == pytest.approx(1.3, abs=0.01)
    reader = imageio_ffmpeg.read_frames(path)
    meta = next(reader)
    reader.close()
    assert meta["size"] == (322, 182)
    assert meta["codec"] == "h264"
    assert meta["fps"] == 10


def test_a_cancelled_export_leaves_no_file(renderer, tiny_atlas, tmp_path):
    target = tmp_path / "gilan.mp4"
    target.write_bytes(b"the user's old video")
    with pytest.raises(ExportCancelledError):
        export(
            tiny_atlas,
            animation("mp4"),
            target,
            progress=lambda done, total: done < 3,
            renderer=renderer,
        )
    assert target.read_bytes() == b"the user's old video"
    assert [p.name for p in tmp_path.iterdir()] == ["gilan.mp4"]
    with pytest.raises(ExportCancelledError):
        export(
            tiny_atlas,
            animation(),
            tmp_path / "new.gif",
            progress=lambda *_: False,
            renderer=renderer,
        )
    assert [p.name for p in tmp_path.iterdir()] == ["gilan.mp4"]


def test_bad_requests_are_refused_before_any_work(tiny_atlas, tmp_path):
    with pytest.raises(ValueError, match="the animation starts on 1921-01-01, after its end"):
        export(tiny_atlas, animation(start=END, end=START), tmp_path / "a.gif")
    with pytest.raises(ValueError, match=r"a speed of 0 frames a second is out of range"):
        export(tiny_atlas, animation(fps=0), tmp_path / "a.gif")
    with pytest.raises(ValueError, match="a span of dates makes an animation"):
        export(tiny_atlas, animation("png"), tmp_path / "a.png")
    assert list(tmp_path.iterdir()) == []


def rgb(image: QImage) -> np.ndarray:
    """An image's pixels as a (height, width, 3) array of ints."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = rows.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3]
    return rows.reshape(image.height(), image.width(), 3).astype(int)


def first_frame_expected(renderer, request):
    """The picture the first frame of *request* must show."""
    return rgb(renderer.image(next(request.frames())))


def colour_error(frame: np.ndarray, expected: np.ndarray) -> float:
    """How far the frame's red-minus-blue is from the picture's, where it has colour."""
    coloured = np.ptp(expected, axis=2) > 8  # the sea, the land, the territories
    assert coloured.sum() > 5000
    warmth = frame[..., 0] - frame[..., 2], expected[..., 0] - expected[..., 2]
    return float(np.abs(warmth[0] - warmth[1])[coloured].mean())


def test_video_frames_have_the_pictures_colours(renderer, tiny_atlas, tmp_path):
    # frames go to ffmpeg as the image's own bytes: a channel order mixed up would swap the
    # sea's blue and the land's sand, far beyond what H.264 changes
    request = animation("mp4", width=320, height=180, end=dt.date(1920, 3, 1))
    path = export(tiny_atlas, request, tmp_path / "a.mp4", renderer=renderer)
    reader = imageio_ffmpeg.read_frames(path)
    next(reader)
    first = np.frombuffer(next(reader), np.uint8).reshape(180, 320, 3).astype(int)
    reader.close()
    assert colour_error(first, first_frame_expected(renderer, request)) < 8  # swapped: 27


def test_gif_frames_have_the_pictures_colours(renderer, tiny_atlas, tmp_path):
    request = animation(width=320, height=180, end=dt.date(1920, 3, 1))
    path = export(tiny_atlas, request, tmp_path / "a.gif", renderer=renderer)
    with Image.open(path) as gif:
        first = np.asarray(gif.convert("RGB")).astype(int)
    assert colour_error(first, first_frame_expected(renderer, request)) < 8  # swapped: 27


# ---------------------------------------------------------------------- the dialog
def test_dialog_exports_an_animation_with_progress(qtbot, window, tmp_path):
    window.state.date = dt.date(1920, 7, 1)
    dialog = ExportDialog(window.atlas, window.state, parent=window)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("gif"))
    dialog.preset_box.setCurrentText("Web, 1280 × 720")
    dialog.step_box.setCurrentIndex(dialog.step_box.findData("year"))
    assert dialog.frames_label.text() == "3 frames, 0.8 s"  # July 1918, 1919, 1920
    dialog.path_edit.setText(str(tmp_path / "gilan.gif"))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with Image.open(tmp_path / "gilan.gif") as gif:
        assert (gif.n_frames, gif.size) == (3, (1280, 720))


def test_cancel_in_the_progress_dialog_leaves_no_file(qtbot, window, tmp_path):
    window.state.date = dt.date(1925, 1, 1)
    dialog = ExportDialog(window.atlas, window.state, parent=window)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("mp4"))
    dialog.preset_box.setCurrentText("Web, 1280 × 720")
    dialog.path_edit.setText(str(tmp_path / "war.mp4"))

    def click_cancel(done, total):
        if done == 2:
            progress = dialog.findChild(QProgressDialog)
            qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)

    dialog.frameRendered.connect(click_cancel)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Export cancelled; nothing was written."
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- the command line
def test_cli_writes_an_animation(tmp_path, capsys, qapp):
    out = tmp_path / "war.gif"
    arguments = ["--from", "1941-08", "--to", "1942-08", "--step", "year", "--size", "480x270"]
    assert cli.main(["export", "--out", str(out), *arguments]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    with Image.open(out) as gif:
        assert (gif.n_frames, gif.size) == (2, (480, 270))
