"""The one rule for what a frame shows: kinds, base layers, outlines, the event window."""

import datetime as dt

from viewer.core.frame import MapFrame
from viewer.core.visibility import (
    DEFAULT_WINDOW_DAYS,
    event_window,
    highlight_window,
    visible,
    window_days,
)

REPUBLIC_DAYS = dt.date(1921, 1, 1)


def test_a_frame_shows_what_is_valid_and_not_hidden(tiny_atlas):
    shown = visible(tiny_atlas, MapFrame(REPUBLIC_DAYS))
    assert shown.territories == {"union", "republic"}
    hidden = visible(tiny_atlas, MapFrame(REPUBLIC_DAYS, hidden_kinds=frozenset({"government"})))
    assert hidden.territories == {"union"}


def test_hidden_base_layers_leave_the_base_and_the_legend(tiny_atlas):
    shown = visible(tiny_atlas, MapFrame(REPUBLIC_DAYS, hidden_base=frozenset({"provinces"})))
    assert "provinces" not in shown.base and "provinces" not in shown.orientation
    assert "countries" in shown.orientation and "sea" in shown.base


def test_a_selected_event_outlines_what_it_starts_only_while_it_is_drawn(tiny_atlas):
    during = visible(tiny_atlas, MapFrame(REPUBLIC_DAYS, selection="republic-proclaimed-1920"))
    assert during.outlined == {"republic"}
    assert during.ringed == "republic-proclaimed-1920"
    after = visible(tiny_atlas, MapFrame(dt.date(1930, 1, 1), selection="republic"))
    assert after.outlined == frozenset() and after.ringed == ""


def test_marked_features_are_outlined_with_the_selection(tiny_atlas):
    frame = MapFrame(REPUBLIC_DAYS, selection="union", marked=frozenset({"republic", "empire"}))
    assert visible(tiny_atlas, frame).outlined == {"union", "republic"}


def test_the_event_window_decides_which_events_light_up(tiny_atlas):
    day = dt.date(1921, 6, 1)
    default = visible(tiny_atlas, MapFrame(day))
    assert default.window_days == DEFAULT_WINDOW_DAYS
    assert default.events == ("treaty-1921",)
    wide = visible(tiny_atlas, MapFrame(day, event_window=event_window(day, 400)))
    assert wide.window_days == 400
    assert set(wide.events) == {"republic-proclaimed-1920", "treaty-1921"}


def test_event_window_and_window_days_round_trip():
    day = dt.date(1946, 2, 1)
    assert event_window(day, DEFAULT_WINDOW_DAYS) is None
    for days in (20, 300, 1500):
        assert window_days(MapFrame(day, event_window=event_window(day, days))) == days


def test_the_timeline_zoom_sets_a_bounded_window():
    assert highlight_window(0, 400) == 20
    assert highlight_window(0, 40 * 100) == 100
    assert highlight_window(0, 10**7) == 1500
