"""One export pipeline: every caller builds a request, the request's limits are everyone's,
and every picture enters the renderer through one door."""

from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys
import weakref

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from geodata.dates import PartialDate
from viewer.app import cli
from viewer.core.export_options import FPS_RANGE, SIDE_RANGE
from viewer.core.export_request import ExportRequest, Page
from viewer.core.frame import MapFrame
from viewer.core.story import Slide, Story
from viewer.export.dialog import ExportDialog, copy_map_to_clipboard
from viewer.export.snapshot import SnapshotRenderer
from viewer.story.handout import export_handout

DAY = dt.date(1920, 7, 1)  # the tiny atlas shows "union" and "republic"
CLI_ERROR = "python -m viewer export: error: "


@pytest.fixture
def dialog(qtbot, window):
    window.state.date = DAY
    made = ExportDialog(window.atlas, window.state, parent=window)
    qtbot.addWidget(made)
    yield made
    made.done(QDialog.DialogCode.Rejected)  # closed as Close does: no preview comes later


def _pick(box, data) -> None:
    box.setCurrentIndex(box.findData(data))


def _too_large(dialog: ExportDialog) -> None:
    dialog.preset_box.setCurrentText("Custom size")
    dialog.width_box.setValue(16384)
    dialog.height_box.setValue(16384)


def _backwards(dialog: ExportDialog) -> None:
    _pick(dialog.format_box, "gif")
    dialog.from_edit.setDate(QDate(1921, 1, 1))
    dialog.to_edit.setDate(QDate(1920, 1, 1))


@pytest.mark.parametrize(
    ("arguments", "fill_in", "words"),
    [
        (
            ["--date", "1920-07-01", "--out", "{tmp}/map.png", "--size", "16384x16384"],
            _too_large,
            "16384×16384 pixels is too large (at most 150 megapixels)",
        ),
        (
            ["--from", "1921-01", "--to", "1920-01", "--out", "{tmp}/war.gif"],
            _backwards,
            "the animation starts on 1921-01-01, after its end on 1920-01-01",
        ),
    ],
)
def test_a_limit_is_refused_by_the_cli_and_the_dialog_in_the_same_words(
    dialog, qtbot, tmp_path, capsys, monkeypatch, arguments, fill_in, words
):
    assert cli.main(["export", *(a.format(tmp=tmp_path) for a in arguments)]) == 2
    assert capsys.readouterr().err == f"{CLI_ERROR}{words}\n"
    fill_in(dialog)
    assert dialog.status.text() == words  # said as soon as the form asks for it
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog.path_edit.setText(str(tmp_path / f"out.{dialog.format}"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert shown == [words]
    assert list(tmp_path.iterdir()) == []


def test_what_the_dialog_cannot_ask_for_the_request_allows(dialog):
    # the spin boxes stop at the request's limits: their extremes are requests it accepts
    assert (dialog.fps_box.minimum(), dialog.fps_box.maximum()) == FPS_RANGE
    dialog.preset_box.setCurrentText("Custom size")
    for box in (dialog.width_box, dialog.height_box):
        assert (box.minimum(), box.maximum()) == SIDE_RANGE
    _pick(dialog.format_box, "mp4")
    for width, height, fps in ((SIDE_RANGE[0], SIDE_RANGE[0], FPS_RANGE[0]), (16384, 64, 60)):
        dialog.width_box.setValue(width)
        dialog.height_box.setValue(height)
        dialog.fps_box.setValue(fps)
        assert dialog.request().problem() is None
        assert dialog.status.text() == ""


# ---------------------------------------------------------------------- one door
@pytest.fixture
def arrivals(monkeypatch) -> list[ExportRequest]:
    """The requests that reach :meth:`SnapshotRenderer.prepare`, as they arrive."""
    seen: list[ExportRequest] = []
    prepare = SnapshotRenderer.prepare

    def record(self, request):
        seen.append(request)
        return prepare(self, request)

    monkeypatch.setattr(SnapshotRenderer, "prepare", record)
    return seen


def test_every_caller_hands_the_renderer_a_request(
    arrivals, dialog, window, qtbot, tiny_atlas, tmp_path
):
    arrivals.clear()  # the dialog's first preview
    # the command line: a snapshot and an animation's two frames
    assert cli.main(["export", "--date", "1920-07-01", "--out", f"{tmp_path}/a.png"]) == 0
    assert [(r.format, r.frame.date) for r in arrivals] == [("png", DAY)]
    arrivals.clear()
    argv = ["export", "--from", "1920-01", "--to", "1920-02", "--size", "320x180"]
    assert cli.main([*argv, "--out", f"{tmp_path}/a.gif"]) == 0
    assert [r.frame.date for r in arrivals] == [dt.date(1920, 1, 1), dt.date(1920, 2, 1)]
    assert {r.animation.fps for r in arrivals} == {4.0}
    # the dialog's file and clipboard, and the window's Copy map: the window's frame
    window.state.selection = "republic"
    for export in (dialog.copy_to_clipboard, dialog.export):
        arrivals.clear()
        dialog.path_edit.setText(str(tmp_path / "b.png"))
        export()
        assert (arrivals[-1].frame.date, arrivals[-1].frame.selection) == (DAY, "")
    arrivals.clear()
    copy_map_to_clipboard(window.atlas, window.state)
    assert [(r.frame.date, r.frame.selection) for r in arrivals] == [(DAY, "republic")]
    # a handout's pages and slide pictures: each slide's frame, its outlines with it
    story = Story(
        title="Gilan",
        slides=(
            Slide(PartialDate(1920, 7), territories=("republic",), language="fa"),
            Slide(PartialDate(1921, 3), events=("treaty-1921",)),
        ),
    )
    for out in ("h.pdf", "slides"):
        arrivals.clear()
        export_handout(tiny_atlas, story, tmp_path / out)
        assert [(r.frame.date, r.frame.language, r.outlined) for r in arrivals] == [
            (dt.date(1920, 7, 1), "fa", frozenset({"republic"})),
            (dt.date(1921, 3, 1), "en", frozenset()),
        ]
        assert arrivals[1].frame.selection == "treaty-1921"  # the slide's event, ringed


def test_an_export_marks_the_frames_selection_as_the_window_does(qapp, tiny_atlas):
    renderer = SnapshotRenderer(tiny_atlas)
    try:
        page = Page.for_pixels(320, 180)
        renderer.image(ExportRequest(MapFrame(DAY, selection="republic"), page))
        assert renderer.map.outlines.groups["selected"] == {"republic"}
        assert renderer.map.markers.selected == ""
        renderer.image(ExportRequest(MapFrame(dt.date(1919, 1, 1), selection="republic"), page))
        assert renderer.map.outlines.groups["selected"] == frozenset()  # not on the map yet
        window = (dt.date(1920, 1, 1), dt.date(1921, 3, 1))
        event = MapFrame(DAY, selection="treaty-1921", event_window=window)
        renderer.image(ExportRequest(event, page))
        assert renderer.map.markers.selected == "treaty-1921"
        assert renderer.map.markers.window_days == 243  # 1 July 1920 to 1 March 1921
    finally:
        renderer.close()


def test_a_renderer_let_go_lets_its_map_go_at_once(qapp, tiny_atlas):
    """A dialog closed unseen never closes its renderer: its map must not outlive it. The
    map's date change posts what waits for its frame; a Python callable posted with a timer
    kept the map alive until the timer fired (a window left behind, found by the tests)."""
    renderer = SnapshotRenderer(tiny_atlas)
    renderer.image(ExportRequest(MapFrame(DAY), Page.for_pixels(320, 180)))
    renderer.map.state.date = dt.date(1919, 1, 1)  # a change whose frame is awaited
    renderer.map.repaint()  # painted: what follows it is posted
    view = weakref.ref(renderer.map)
    del renderer
    gc.collect()
    assert view() is None


def test_the_cli_draws_without_the_windows_composition_root(tmp_path):
    code = (
        "import sys\n"
        "from viewer.app.cli import main\n"
        f"status = main(['export', '--date', '1946', '--out', r'{tmp_path / 'm.png'}',"
        " '--size', '320x180'])\n"
        "print(status, 'viewer.app.application' in sys.modules, 'viewer.export.headless'"
        " in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stdout.splitlines()[-1] == "0 False True", done.stderr
