"""Comparing two dates on the tiny atlas, whose squares and line have sizes we can check."""

import datetime as dt

import pytest
from pyproj import Geod
from shapely.geometry import LineString, box

from viewer.core.compare import compare

GEOD = Geod(ellps="WGS84")


def ellipsoid_area_km2(west, south, east, north):
    area, _ = GEOD.geometry_area_perimeter(box(west, south, east, north))
    return abs(area) / 1e6


def ids(rows):
    return {m.id for m in rows}


def test_gained_lost_and_kept_from_1915_to_1920(tiny_atlas):
    c = compare(tiny_atlas, dt.date(1915, 1, 1), dt.date(1920, 7, 1))
    assert ids(c.gained) == {"union", "republic"}
    assert ids(c.lost) == {"empire"}
    assert c.kept == ()
    assert c.gained_ids == {"union", "republic"}
    assert c.lost_ids == {"empire"}


def test_areas_are_true_equal_area_sizes(tiny_atlas):
    c = compare(tiny_atlas, dt.date(1915, 1, 1), dt.date(1920, 7, 1))
    sizes = {m.id: m for m in (*c.gained, *c.lost)}
    # The 10° by 5° square north of 39° N, measured on the ellipsoid: about 466,000 km².
    expected = ellipsoid_area_km2(45, 39, 55, 44)
    assert sizes["empire"].area_km2 == pytest.approx(expected, rel=1e-3)
    assert sizes["union"].area_km2 == pytest.approx(expected, rel=1e-3)
    assert sizes["republic"].area_km2 == pytest.approx(
        ellipsoid_area_km2(48.6, 36.6, 50.4, 37.9), rel=1e-3
    )
    assert sizes["republic"].length_km is None


def test_a_line_has_a_geodesic_length_and_no_area(tiny_atlas):
    c = compare(tiny_atlas, dt.date(1930, 1, 1), dt.date(1936, 1, 1))
    (line,) = c.gained
    assert line.id == "sea-line"
    expected = GEOD.geometry_length(LineString([(48.87, 38.43), (53.98, 37.32)])) / 1000
    assert line.length_km == pytest.approx(expected, abs=0.05)  # the loader's, to 0.1 km
    assert line.area_km2 is None
    assert ids(c.kept) == {"union"}


def test_reading_backwards_swaps_gained_and_lost(tiny_atlas):
    forward = compare(tiny_atlas, dt.date(1915, 1, 1), dt.date(1920, 7, 1))
    backward = compare(tiny_atlas, dt.date(1920, 7, 1), dt.date(1915, 1, 1))
    assert backward.gained_ids == forward.lost_ids
    assert backward.lost_ids == forward.gained_ids
    assert backward.events == forward.events


def test_the_same_day_changes_nothing(tiny_atlas):
    c = compare(tiny_atlas, dt.date(1920, 7, 1), dt.date(1920, 7, 1))
    assert c.gained == c.lost == c.events == ()
    assert ids(c.kept) == {"union", "republic"}


def test_validity_is_half_open_at_the_change_day(tiny_atlas):
    c = compare(tiny_atlas, dt.date(1917, 11, 6), dt.date(1917, 11, 7))
    assert c.gained_ids == {"union"}
    assert c.lost_ids == {"empire"}


def test_events_between_are_half_open_like_validity(tiny_atlas):
    # The treaty is dated 26 February 1921: in (25 Feb, 26 Feb], not in (26 Feb, 1 Mar].
    assert [
        e.id for e in compare(tiny_atlas, dt.date(1921, 2, 25), dt.date(1921, 2, 26)).events
    ] == ["treaty-1921"]
    assert compare(tiny_atlas, dt.date(1921, 2, 26), dt.date(1921, 3, 1)).events == ()
    everything = compare(tiny_atlas, dt.date(1900, 1, 1), dt.date(1990, 1, 1))
    assert [e.id for e in everything.events] == [
        "republic-proclaimed-1920",
        "treaty-1921",
        "line-set-1935",
    ]


def test_each_change_names_the_event_that_made_it(tiny_atlas):
    c = compare(tiny_atlas, dt.date(1915, 1, 1), dt.date(1920, 7, 1))
    republic = next(m for m in c.gained if m.id == "republic")
    assert republic.events == ("republic-proclaimed-1920",)
    union = next(m for m in c.gained if m.id == "union")
    assert union.events == ()


def test_rows_are_in_the_order_the_features_began(tiny_atlas):
    c = compare(tiny_atlas, dt.date(1910, 1, 1), dt.date(1936, 1, 1))
    assert [m.id for m in c.gained] == ["union", "sea-line"]


def test_real_data_1941_to_1946(real_atlas):
    c = compare(real_atlas, dt.date(1941, 8, 1), dt.date(1946, 2, 1))
    assert {"zone-soviet-1941", "zone-british-1941"} <= c.gained_ids
    assert "ussr" in ids(c.kept)
    assert "anglo-soviet-invasion-1941" in [e.id for e in c.events]
    soviet = next(m for m in c.gained if m.id == "zone-soviet-1941")
    assert soviet.area_km2 == pytest.approx(soviet.territory.figures["computed_area_km2"], abs=10)
    assert "anglo-soviet-invasion-1941" in soviet.events


@pytest.fixture(scope="module")
def real_atlas():
    from viewer.core.atlas import load_atlas

    return load_atlas()


def test_sizes_never_rebuild_loaded_shapes(tiny_atlas, monkeypatch):
    """Loaded features are sized from the loader's figures, sites from their projected shape:
    their lon/lat shapes stay in the start-up cache's file, out of memory."""
    from geodata.model import Territory
    from viewer.core import compare as compare_module

    compare_module._size.cache_clear()

    def unread(self):
        raise AssertionError(f"{self.id}'s lon/lat shape was read")

    monkeypatch.setattr(Territory, "geometry", property(unread))
    c = compare(tiny_atlas, dt.date(1800, 1, 1), dt.date(2020, 1, 1))
    rows = (*c.gained, *c.lost, *c.kept)
    assert rows
    for row in rows:
        figures = row.territory.figures
        assert row.area_km2 == figures.get("computed_area_km2")
        assert row.length_km == figures.get("computed_length_km")
