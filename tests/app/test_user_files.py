"""A user's own files: opened, drawn everywhere, remembered, removable; bad files refused."""

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from viewer.app.application import AtlasController

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "turkmenchay-line.geojson"


@pytest.fixture
def controller(qtbot, tiny_atlas, settings):
    from viewer.app.application import make_app

    make_app()
    ctl = AtlasController(tiny_atlas, settings)
    qtbot.addWidget(ctl.window)
    yield ctl
    ctl.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a rebuilt window too
    ctl.window.close()


@pytest.fixture
def dialogs(monkeypatch):
    """Record message boxes instead of blocking on them."""
    shown = []

    def record(box):
        shown.append((box.text(), box.informativeText() + box.detailedText()))  # all readable
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def _choose(monkeypatch, *paths):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], "")
    )


def _user_id() -> str:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))["features"][0]["properties"]["id"]


def test_opening_a_layer_draws_it_and_remembers_it(
    controller, monkeypatch, qtbot, dialogs, settings
):
    _choose(monkeypatch, EXAMPLE)
    old = controller.window
    old.state.date = dt.date(1900, 6, 1)
    next(
        a for a in old.menuBar().findChildren(type(old.full_screen_action)) if "Open" in a.text()
    ).trigger()
    new = controller.window
    assert new is not old
    assert _user_id() in new.atlas.history
    assert _user_id() in new.map.territories.shown  # valid in 1900 and drawn
    assert new.state.date == dt.date(1900, 6, 1)  # the date carried over
    assert settings.value("user_files") == [str(EXAMPLE)]
    assert dialogs == []


def test_removing_the_layer(controller, monkeypatch, dialogs):
    _choose(monkeypatch, EXAMPLE)
    controller.window._open_files()
    remove = controller.window.remove_menu.actions()[0]
    controller.window.remove_menu.triggered.emit(remove)
    assert _user_id() not in controller.window.atlas.history
    assert not controller.user_data.paths


def test_a_bad_file_is_refused_with_a_dialog_and_nothing_changes(
    controller, monkeypatch, dialogs, tmp_path
):
    bad = tmp_path / "broken.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    _choose(monkeypatch, bad)
    before = controller.window
    before._open_files()
    assert controller.window is before
    ((title, details),) = dialogs
    assert "broken.geojson was not added" in title
    assert "broken.geojson" in details and "not valid JSON" in details


def test_corrupted_settings_fall_back_to_defaults(qtbot, tiny_atlas, settings):
    from viewer.app.docked_window import DEFAULT_DATE
    from viewer.app.main_window import MainWindow

    settings.setValue("date", "yesterday")
    settings.setValue("language", "klingon")
    settings.setValue("hiddenLayers", "not a list")
    settings.setValue("geometry", b"\x00garbage")
    window = MainWindow(tiny_atlas, settings=settings, fade_ms=0)
    qtbot.addWidget(window)
    assert window.state.date == DEFAULT_DATE
    assert window.state.language == "en"
    assert all(box.isChecked() for box in window.kind_boxes.values())


def test_language_and_layers_are_remembered(qtbot, tiny_atlas, settings):
    from viewer.app.main_window import MainWindow

    first = MainWindow(tiny_atlas, settings=settings, fade_ms=0)
    qtbot.addWidget(first)
    first.state.language = "fa"
    first.kind_boxes["government"].setChecked(False)
    first.close()
    second = MainWindow(tiny_atlas, settings=settings, fade_ms=0)
    qtbot.addWidget(second)
    assert second.state.language == "fa"
    assert not second.kind_boxes["government"].isChecked()
    assert "government" in second.map.territories.hidden_kinds


def test_a_removed_layer_is_offered_again_under_open_recent(
    controller, monkeypatch, dialogs, settings
):
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        lambda parent, title, folder, filters: asked.append(folder) or ([str(EXAMPLE)], ""),
    )
    controller.window._open_files()
    remove = controller.window.remove_menu.actions()[0]
    controller.window.remove_menu.triggered.emit(remove)
    recent = controller.window.recent_menu.actions()
    assert [a.text() for a in recent] == [EXAMPLE.name]
    recent[0].trigger()
    assert _user_id() in controller.window.atlas.history  # added again, as File › Open does
    controller.window._open_files()  # the dialog opens where the last file came from
    assert asked[-1] == str(EXAMPLE.parent)


def test_a_map_scan_opens_keeps_its_look_through_rebuilds_and_is_removable(
    controller, monkeypatch, dialogs, settings, tmp_path
):
    from tests.raster_files import write_geotiff
    from viewer.core.frame import RasterLook

    scan = write_geotiff(tmp_path / "scan.tif")
    controller.window.add_paths([scan])
    window = controller.window
    (raster,) = window.atlas.rasters
    assert dialogs == [] and settings.value("user_files") == [str(scan.resolve())]
    assert raster.id in window.layers.scan_rows
    window.state.set_raster_look(raster.id, RasterLook(0.3, over=True))
    example = controller.window
    example.add_paths([EXAMPLE])  # the window is rebuilt on the new atlas
    assert controller.window is not example
    assert controller.window.state.raster_look(raster.id) == RasterLook(0.3, over=True)
    menu = controller.window.remove_menu
    remove = next(a for a in menu.actions() if Path(a.data()) == scan)
    menu.triggered.emit(remove)
    assert controller.window.atlas.rasters == ()
    assert settings.value("user_files") == [str(EXAMPLE)]


def test_a_bad_scan_is_refused_and_the_app_keeps_running(controller, dialogs, tmp_path):
    cut = tmp_path / "cut.tif"
    cut.write_bytes(b"II*\x00" + b"\x00" * 10)
    window = controller.window
    window.add_paths([cut])
    assert controller.window is window and window.atlas.rasters == ()
    assert any(f"{cut}: could not be opened as GeoTIFF" in detail for _, detail in dialogs)
