"""A slide keeps the look of the user's map scans (issue 18): saved by the scan's file name,
read back, and given to the scans open when the slide is shown, from whatever folder. No Qt."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from geodata.dates import PartialDate
from geodata.errors import DataError
from tests.raster_files import write_geotiff
from viewer.core.frame import RasterLook
from viewer.core.slide_map import view_slide
from viewer.core.story import Slide, Story, load_story
from viewer.core.story_files import save_story
from viewer.core.user_data import UserData


@pytest.fixture
def scan_atlas(tiny_atlas, tmp_path):
    """The tiny atlas with two scans open: gilan-1920.tif and tabriz.tif."""
    user_data = UserData(tiny_atlas)
    for name in ("gilan-1920.tif", "tabriz.tif"):
        user_data.add(write_geotiff(tmp_path / name))
    return user_data.combined()


def test_a_slide_records_the_scans_drawn_otherwise_than_by_default_by_file_name(scan_atlas):
    gilan, _ = scan_atlas.rasters
    looks = ((gilan.id, RasterLook(0.35, over=True)),)
    slide = view_slide(
        scan_atlas, dt.date(1920, 7, 1), None, frozenset(), "", "en", raster_looks=looks
    )
    assert slide.scans == (("gilan-1920.tif", RasterLook(0.35, over=True)),)
    assert slide.raster_looks(scan_atlas.rasters) == looks  # tabriz.tif: by default


def test_a_story_keeps_its_scans_looks_through_saving_and_loading(tiny_atlas, tmp_path):
    story = Story(
        "Scans",
        slides=(
            Slide(
                PartialDate(1920, 7),
                scans=(
                    ("gilan-1920.tif", RasterLook(0.35, over=True)),
                    ("tabriz.tif", RasterLook(1.0)),
                ),
            ),
            Slide(PartialDate(1921)),
        ),
    )
    path = save_story(story, tmp_path / "scans.yaml")
    text = path.read_text(encoding="utf-8")
    assert "gilan-1920.tif:" in text and "opacity: 0.35" in text and "over: true" in text
    assert text.count("scans:") == 1  # a slide with the default looks says nothing
    assert load_story(path, tiny_atlas) == story


def test_a_saved_look_is_given_to_the_scan_opened_from_another_folder(
    tiny_atlas, scan_atlas, tmp_path
):
    gilan = scan_atlas.rasters[0]
    slide = Slide(PartialDate(1920, 7), scans=(("gilan-1920.tif", RasterLook(0.2)),))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    moved = shutil.copy(gilan.path, elsewhere / "gilan-1920.tif")
    user_data = UserData(tiny_atlas)
    user_data.add(moved)
    (opened,) = user_data.combined().rasters
    assert opened.id != gilan.id
    assert slide.raster_looks(user_data.combined().rasters) == ((opened.id, RasterLook(0.2)),)
    assert slide.raster_looks(()) == ()  # the scan not open: nothing to draw


def test_a_story_from_before_scans_still_opens(tiny_atlas, tmp_path):
    path = tmp_path / "old.yaml"
    path.write_text("title: Old\nslides:\n  - date: '1920-07'\n", encoding="utf-8")
    (slide,) = load_story(path, tiny_atlas).slides
    assert slide.scans == ()


@pytest.mark.parametrize(
    ("scans", "message"),
    [
        ("[a.tif]", "field 'scans': must map a scan's file name to its opacity and over"),
        ("{a.tif: 0.5}", "field 'scans': 'a.tif' must be a file name with {opacity: 0.5, over"),
        ("{a.tif: {opacity: 2}}", "field 'scans': 'a.tif': opacity must be from 0 to 1, not 2"),
        ("{a.tif: {opacity: 1e999}}", "'a.tif': opacity must be from 0 to 1"),
        ("{a.tif: {over: 'yes'}}", "field 'scans': 'a.tif': over must be true or false"),
        ("{a.tif: {opacty: 0.5}}", "field 'scans': 'a.tif': opacty is not opacity or over"),
    ],
)
def test_a_wrong_look_is_named_with_its_slide_and_scan(tiny_atlas, tmp_path, scans, message):
    path = tmp_path / "story.yaml"
    path.write_text(f"title: T\nslides:\n  - date: '1920'\n    scans: {scans}\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_story(path, tiny_atlas)
    assert any(message in str(p) for p in caught.value.problems), caught.value.problems
