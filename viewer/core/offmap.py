"""Places beyond the map's frame (Moscow, London, Yalta), shown as pointers at its edge. No Qt.

An event held off the map is not drawn at a made-up spot on it: the map draws a pointer on the
frame's edge, where the great circle from the frame's centre towards the place leaves the
frame, with the place's name, its direction and its geodesic distance. The distance is
measured on the WGS 84 ellipsoid from the centre of the map region (50° E, 35.75° N, near
Tehran), not from the edge, so it does not change with where the pointer sits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from pyproj import Geod

from geodata.projection import REGION_LONLAT, in_region

_GEOD = Geod(ellps="WGS84")
CENTRE = (
    (REGION_LONLAT[0] + REGION_LONLAT[2]) / 2,
    (REGION_LONLAT[1] + REGION_LONLAT[3]) / 2,
)
"""Where directions and distances are measured from: the centre of the map region."""
ARROWS = ("↑", "↗", "→", "↘", "↓", "↙", "←", "↖")
"""The eight compass directions, from north clockwise (for text; the map draws its arrow)."""
_SAMPLES = 400


@dataclass(frozen=True, slots=True)
class EdgePointer:
    """Where and how the map points at a place beyond its frame.

    ``lon``, ``lat`` are the point of the frame's edge the pointer sits on; ``bearing`` is
    the initial azimuth of the great circle from :data:`CENTRE` to the place (degrees
    clockwise from north) and ``distance_km`` its length.
    """

    lon: float
    lat: float
    bearing: float
    distance_km: float

    @property
    def arrow(self) -> str:
        return ARROWS[round(self.bearing % 360 / 45) % 8]

    def text(self, name: str) -> str:
        """E.g. 'Moscow ↑ 2,460 km'."""
        return f"{name} {self.arrow} {self.distance_km:,.0f} km"

    def as_dict(self) -> dict[str, float | str]:
        return {
            "edge_lon": round(self.lon, 4),
            "edge_lat": round(self.lat, 4),
            "bearing": round(self.bearing % 360, 1),
            "arrow": self.arrow,
            "distance_km": round(self.distance_km),
            "distance_from": f"the map's centre, {CENTRE[0]:g}° E, {CENTRE[1]:g}° N",
        }


@cache
def edge_pointer(lon: float, lat: float) -> EdgePointer:
    """The pointer to a place outside the map region (``ValueError`` for one inside it)."""
    if in_region(lon, lat):
        raise ValueError(f"{lon:g}, {lat:g} is inside the map region: it needs no pointer")
    bearing, _, distance = _GEOD.inv(*CENTRE, lon, lat)
    steps = np.linspace(0.0, distance, _SAMPLES)
    lons, lats, _ = _GEOD.fwd(
        np.full(_SAMPLES, CENTRE[0]),
        np.full(_SAMPLES, CENTRE[1]),
        np.full(_SAMPLES, bearing),
        steps,
    )
    outside = int(np.argmax(~_inside(lons, lats)))  # the first sample beyond the frame
    low, high = steps[outside - 1], steps[outside]
    for _ in range(40):  # to well under a metre
        middle = (low + high) / 2
        x, y, _ = _GEOD.fwd(*CENTRE, bearing, middle)
        low, high = (middle, high) if in_region(x, y) else (low, middle)
    x, y, _ = _GEOD.fwd(*CENTRE, bearing, low)
    return EdgePointer(float(x), float(y), float(bearing), float(distance) / 1000.0)


def _inside(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    west, south, east, north = REGION_LONLAT
    return (lons >= west) & (lons <= east) & (lats >= south) & (lats <= north)
