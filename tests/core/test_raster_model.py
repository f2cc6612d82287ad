"""A user's map scan in the model: added and removed like other files, shown on its dates,
its opacity and placement part of the frame that exports and slides take. No Qt."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from geodata.errors import DataError
from tests.raster_files import write_geotiff, write_png
from viewer.core import commands
from viewer.core.describe import describe
from viewer.core.frame import MapFrame, RasterLook
from viewer.core.state import ViewState
from viewer.core.user_data import UserData
from viewer.core.visibility import visible


@pytest.fixture
def scan(tmp_path):
    path = write_geotiff(tmp_path / "gilan-1920.tif")
    (tmp_path / "gilan-1920.atlas.yaml").write_text(
        "title: Gilan, 1920\nvalid_from: 1920-06\nvalid_to: 1921-10\n"
    )
    return path


def test_a_scan_is_added_removed_and_remembered_like_a_layer(tiny_atlas, scan, tmp_path):
    user_data = UserData(tiny_atlas)
    assert user_data.add(scan) == []
    (raster,) = user_data.combined().rasters
    assert raster.title == "Gilan, 1920" and raster.path == scan
    assert user_data.to_settings() == [str(scan.resolve())]
    again, notices = UserData.from_settings(tiny_atlas, user_data.to_settings())
    assert notices == [] and [r.title for r in again.combined().rasters] == ["Gilan, 1920"]
    user_data.remove(scan)
    assert user_data.combined().rasters == ()


def test_a_bad_scan_is_refused_whole_and_the_files_stay_as_they_were(tiny_atlas, scan, tmp_path):
    user_data = UserData(tiny_atlas)
    user_data.add(scan)
    photo = write_png(tmp_path / "photo.png")
    with pytest.raises(DataError) as caught:
        user_data.add(photo)
    assert str(caught.value).startswith(f"{photo}: is not georeferenced")
    assert user_data.paths == (scan,)


def test_a_scan_is_drawn_only_on_its_dates_and_while_not_transparent(tiny_atlas, scan):
    user_data = UserData(tiny_atlas)
    user_data.add(scan)
    atlas = user_data.combined()
    (raster,) = atlas.rasters
    assert visible(atlas, MapFrame(dt.date(1920, 6, 1))).rasters == (raster.id,)
    assert visible(atlas, MapFrame(dt.date(1921, 10, 1))).rasters == ()  # half-open
    assert visible(atlas, MapFrame(dt.date(1920, 5, 31))).rasters == ()
    hidden = MapFrame(dt.date(1921, 1, 1), raster_looks=((raster.id, RasterLook(0.0)),))
    assert visible(atlas, hidden).rasters == ()
    record = describe(atlas, dt.date(1921, 1, 1))
    assert record["map_scans"] == [
        {"title": "Gilan, 1920", "file": str(scan), "valid_from": "1920-06", "valid_to": "1921-10"}
    ]
    assert describe(atlas, dt.date(1930, 1, 1))["map_scans"] == []


def test_a_scans_look_is_in_the_frame_and_comes_back_with_it(tiny_atlas):
    state = ViewState(dt.date(1900, 1, 1), dt.date(2000, 1, 1))
    changes = []
    state.raster_look_changed.connect(lambda *args: changes.append(args))
    assert state.raster_look("a") == RasterLook(0.7, over=False)  # under, translucent
    commands.set_raster_look(state, "a", opacity=0.3)
    commands.set_raster_look(state, "a", opacity=0.3)  # no change: no signal
    commands.set_raster_look(state, "a", over=True)
    commands.set_raster_look(state, "b", opacity=4.0)  # clamped
    assert changes == [
        ("a", RasterLook(0.3, False)),
        ("a", RasterLook(0.3, True)),
        ("b", RasterLook(1.0, False)),
    ]
    frame = state.frame()
    assert frame.raster_look("a") == RasterLook(0.3, True)
    commands.set_raster_look(state, "a", opacity=0.9, over=False)
    state.set_raster_look("b", RasterLook())
    state.apply(frame)
    assert state.frame() == frame
    assert dataclasses.replace(frame, raster_looks=()).raster_look("a") == RasterLook()
