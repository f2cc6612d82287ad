"""Each user intent, implemented once in the core, changes the model as the user expects."""

import datetime as dt
from dataclasses import replace
from pathlib import Path

from viewer.core import commands
from viewer.core.atlas import SPAN
from viewer.core.state import ViewState

DATA = Path(__file__).parents[1] / "data"


def _state() -> ViewState:
    return ViewState(*SPAN, date=dt.date(1930, 1, 1))


def test_go_to_event_sets_the_date_selects_and_centres_its_place(tiny_atlas):
    state, focus = _state(), []
    state.focus_requested.connect(lambda lon, lat: focus.append((lon, lat)))
    commands.go_to_event(state, tiny_atlas, "republic-proclaimed-1920")
    assert state.date == dt.date(1920, 6, 1)
    assert state.selection == "republic-proclaimed-1920"
    assert focus == [(49.58, 37.28)]  # Rasht


def test_go_to_event_centres_a_point_but_not_a_place_off_the_map(tiny_atlas):
    state, focus = _state(), []
    state.focus_requested.connect(lambda lon, lat: focus.append((lon, lat)))
    commands.go_to_event(state, tiny_atlas, "line-set-1935")
    assert focus == [(50.5, 38.0)]
    commands.go_to_event(state, tiny_atlas, "treaty-1921")  # Moscow, off the map
    assert state.selection == "treaty-1921" and focus == [(50.5, 38.0)]


def test_show_layer_switches_kinds_and_base_layers_apart(tiny_atlas):
    state, seen = _state(), []
    state.layers_changed.connect(lambda kinds, base: seen.append((kinds, base)))
    commands.show_layer(state, "government", False)
    commands.show_layer(state, "rivers", False)
    commands.show_layer(state, "rivers", False)  # no change, no signal
    commands.show_layer(state, "government", True)
    assert seen == [
        ({"government"}, frozenset()),
        ({"government"}, {"rivers"}),
        (frozenset(), {"rivers"}),
    ]


def test_step_months_is_clamped_to_the_timeline():
    state = _state()
    commands.step_months(state, 13)
    assert state.date == dt.date(1931, 2, 1)
    commands.step_months(state, -12 * 500)
    assert state.date == SPAN[0]


def test_step_to_event_goes_to_the_next_and_previous_event(tiny_atlas):
    state = ViewState(*SPAN, date=dt.date(1921, 1, 1))
    assert commands.step_to_event(state, tiny_atlas, forward=True).id == "treaty-1921"
    assert state.selection == "treaty-1921" and state.date == dt.date(1921, 2, 26)
    assert commands.step_to_event(state, tiny_atlas, forward=False).id == (
        "republic-proclaimed-1920"
    )
    state.date = SPAN[1]
    assert commands.step_to_event(state, tiny_atlas, forward=True) is None


def test_add_files_keeps_the_good_ones_and_reports_the_bad(tmp_path):
    from viewer.core.atlas import load_atlas
    from viewer.core.user_data import UserData

    broken = tmp_path / "broken.geojson"
    broken.write_text("{ not json", encoding="utf-8")
    good = Path(__file__).parents[2] / "docs" / "examples" / "turkmenchay-line.geojson"
    user_data = UserData(load_atlas())
    outcomes = commands.add_files(user_data, [broken, good])
    assert [(o.path, o.added) for o in outcomes] == [(broken, False), (good, True)]
    assert outcomes[0].problems and user_data.paths == (good,)
    assert commands.remove_file(user_data, good) == [] and user_data.paths == ()


def test_show_slide_layers_gives_the_slides_layers_and_scan_looks(tiny_atlas, tmp_path):
    """A slide's hidden kinds are off and every base layer on; the open scan of a name the
    slide gives takes its look, and a scan the slide does not name is drawn by default."""
    from geodata.dates import PartialDate
    from tests.raster_files import write_geotiff
    from viewer.core.frame import RasterLook
    from viewer.core.story import Slide
    from viewer.core.user_data import UserData

    user_data = UserData(tiny_atlas)
    user_data.add(write_geotiff(tmp_path / "gilan-1920.tif"))
    atlas = user_data.combined()
    (scan,) = atlas.rasters
    state, over = _state(), RasterLook(0.4, over=True)
    state.set_hidden(frozenset(), frozenset({"rivers"}))
    slide = Slide(PartialDate(1920, 7), hidden_kinds=frozenset({"government"}))
    commands.show_slide_layers(state, replace(slide, scans=(("gilan-1920.tif", over),)), atlas)
    assert state.hidden_kinds == {"government"} and state.hidden_base == frozenset()
    assert state.raster_look(scan.id) == over
    commands.show_slide_layers(state, slide, atlas)
    assert state.raster_look(scan.id) == RasterLook()
