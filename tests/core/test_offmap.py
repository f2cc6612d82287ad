"""Pointers to places beyond the frame: direction, distance and the edge they sit on."""

import pytest
from pyproj import Geod

from geodata.projection import REGION_LONLAT
from viewer.core.offmap import CENTRE, edge_pointer


@pytest.mark.parametrize(
    ("lon", "lat", "arrow", "edge"),
    [
        (37.62, 55.75, "↑", "north"),  # Moscow
        (-0.13, 51.51, "↖", "west"),  # London: the great circle runs north-west
        (69.24, 41.3, "↗", "east"),  # Tashkent
        (32.85, 39.93, "←", "west"),  # Ankara
    ],
)
def test_a_pointer_sits_where_the_great_circle_leaves_the_frame(lon, lat, arrow, edge):
    pointer = edge_pointer(lon, lat)
    west, _, east, north = REGION_LONLAT
    sides = {"north": pointer.lat - north, "west": pointer.lon - west, "east": pointer.lon - east}
    assert sides[edge] == pytest.approx(0, abs=1e-4)
    assert pointer.arrow == arrow
    _, _, metres = Geod(ellps="WGS84").inv(*CENTRE, lon, lat)
    assert pointer.distance_km == pytest.approx(metres / 1000)
    assert pointer.text("X") == f"X {arrow} {metres / 1000:,.0f} km"


def test_a_place_on_the_map_needs_no_pointer():
    with pytest.raises(ValueError, match="inside the map region"):
        edge_pointer(51.4, 35.7)
