"""A user's map scan on the map, in the Layers dock and legend, and in exports: each follows
the model's look of it (opacity, over or under the historical features) and its dates."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import Qt

from geodata.rasters import load_raster
from tests.raster_files import QUADRANTS, write_geotiff
from viewer.core.export_request import ExportRequest, Page
from viewer.core.frame import MapFrame, RasterLook
from viewer.export.snapshot import SnapshotRenderer

DAY = dt.date(1920, 6, 1)


@pytest.fixture
def scan_atlas(tiny_atlas, tmp_path):
    path = write_geotiff(tmp_path / "scan.tif")
    (tmp_path / "scan.atlas.yaml").write_text("title: Survey sheet\nvalid_from: 1915\n")
    raster, _ = load_raster(path)
    return dataclasses.replace(tiny_atlas, rasters=(raster,))


@pytest.fixture
def scan_window(qtbot, scan_atlas, settings):
    from viewer.app.application import make_app
    from viewer.app.main_window import MainWindow

    make_app()
    win = MainWindow(scan_atlas, settings=settings, fade_ms=0)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.state.date = DAY
    return win


def test_the_scan_lies_under_the_features_until_the_model_puts_it_over(scan_window):
    window = scan_window
    (raster,) = window.atlas.rasters
    item = window.map.rasters.items[raster.id]
    layer = window.map.territories
    order = layer.drawing_order()
    assert item in order and item.scene() is None  # drawn in the layer's picture
    assert order.index(item) == len(window.map.base_items)  # over the base, under territories
    assert item.isVisible() and item.opacity() == pytest.approx(0.7)
    window.state.set_raster_look(raster.id, RasterLook(0.4, over=True))
    assert item.scene() is window.map.scene() and item not in layer.drawing_order()
    assert item.opacity() == pytest.approx(0.4)
    window.state.set_raster_look(raster.id, RasterLook(0.4, over=False))
    assert item.scene() is None and item in layer.drawing_order()


def test_outside_its_dates_the_scan_is_not_drawn_nor_listed(scan_window, qtbot):
    window = scan_window
    (raster,) = window.atlas.rasters
    item = window.map.rasters.items[raster.id]
    rows = lambda: [  # noqa: E731
        window.legend.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.legend.count())
    ]
    assert f"scan:{raster.id}" in rows()
    assert "Survey sheet (map scan)" in window.legend.texts
    window.state.date = dt.date(1910, 1, 1)
    assert not item.isVisible()
    qtbot.waitUntil(lambda: f"scan:{raster.id}" not in rows())  # after the change's frame


def test_the_layers_row_and_the_model_follow_each_other(scan_window):
    window = scan_window
    (raster,) = window.atlas.rasters
    row = window.layers.scan_rows[raster.id]
    assert row.slider.value() == 70 and not row.over_box.isChecked()
    row.slider.setValue(25)
    assert window.state.raster_look(raster.id) == RasterLook(0.25, over=False)
    assert window.map.rasters.items[raster.id].opacity() == pytest.approx(0.25)
    row.over_box.setChecked(True)
    assert window.state.raster_look(raster.id) == RasterLook(0.25, over=True)
    window.state.set_raster_look(raster.id, RasterLook(0.9, over=False))
    assert row.slider.value() == 90 and not row.over_box.isChecked()
    row.slider.setValue(0)  # fully faded: not drawn, not in the legend
    assert not window.map.rasters.items[raster.id].isVisible()
    assert "Survey sheet (map scan)" not in window.legend.texts


@pytest.mark.parametrize("over", [False, True])
def test_exports_show_the_scan_where_and_as_the_frame_says(qapp, scan_atlas, tiny_atlas, over):
    (raster,) = scan_atlas.rasters
    page = Page.for_pixels(640, 360)
    frame = MapFrame(DAY, raster_looks=((raster.id, RasterLook(1.0, over)),))
    pictures = {}
    for name, atlas in (("with", scan_atlas), ("without", tiny_atlas)):
        renderer = SnapshotRenderer(atlas)
        try:
            image = renderer.image(ExportRequest(frame, page))
            pictures[name] = _rgb(image)
        finally:
            renderer.close()
    differs = np.any(pictures["with"] != pictures["without"], axis=2)
    assert differs.mean() > 0.01  # the scan shows
    where = {  # the mean (row, column) of each quadrant's colour in the picture
        colour: np.argwhere(_close(pictures["with"], colour) & differs).mean(axis=0)
        for colour in QUADRANTS.values()
    }
    red, green, blue, _ = where.values()
    assert red[0] < blue[0] and red[1] < green[1]  # north up, west left: as the map
    faded = MapFrame(DAY, raster_looks=((raster.id, RasterLook(0.0, over)),))
    renderer = SnapshotRenderer(scan_atlas)
    try:
        assert np.array_equal(_rgb(renderer.image(ExportRequest(faded, page))), pictures["without"])
        before = _rgb(renderer.image(ExportRequest(MapFrame(dt.date(1910, 1, 1)), page)))
        assert not renderer.map.rasters.items[raster.id].isVisible()  # before its dates
        assert not _has_colour(before, QUADRANTS[(47.5, 37.5)])
    finally:
        renderer.close()


def _rgb(image) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, count=image.bytesPerLine() * height)
    rows = data.reshape(height, image.bytesPerLine())[:, : width * 3]
    return rows.reshape(height, width, 3).copy()  # the converted image goes with this call


def _close(pixels: np.ndarray, wanted: tuple[int, int, int]) -> np.ndarray:
    """Which pixels are within a few levels of *wanted* (antialiasing, rounding)."""
    return np.all(np.abs(pixels.astype(int) - wanted) <= 12, axis=-1)


def _has_colour(pixels: np.ndarray, wanted: tuple[int, int, int]) -> bool:
    return bool(np.any(_close(pixels, wanted)))
