"""What changed between two dates: territories gained and lost, and the events between. No Qt.

A teacher asks "what did the map look like in 1941, and what had changed by 1946?". The answer
is two set differences of :meth:`TerritoryDataset.valid_ids` and a slice of the catalogue, plus
the size of each feature. Sizes are measured, never taken from map metres: areas in the
equal-area projection (:func:`geodata.projection.area_km2`), lines on the ellipsoid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from events.model import Event
from geodata.dataset import TerritoryDataset
from geodata.model import Territory
from geodata.projection import area_km2, geodesic_length_km
from viewer.core.atlas import Atlas


@dataclass(frozen=True, slots=True)
class Measured:
    """A territory with its size: ``area_km2`` for areas, ``length_km`` for lines, else neither.

    ``events`` are the ids of the events in the compared period that started or ended it, so a
    reader sees why it appeared or went.
    """

    territory: Territory
    area_km2: float | None
    length_km: float | None
    events: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.territory.id


@dataclass(frozen=True, slots=True)
class Comparison:
    """The difference between the map on ``day_a`` and on ``day_b``, read from a to b.

    ``gained`` are valid on ``day_b`` but not ``day_a``; ``lost`` the reverse; ``kept`` are
    valid on both. ``events`` are those that start in the half-open period between the dates,
    ``(earlier, later]``, the same convention as validity: a change drawn on the later day
    happened in it, one drawn on the earlier day did not.
    """

    day_a: dt.date
    day_b: dt.date
    gained: tuple[Measured, ...]
    lost: tuple[Measured, ...]
    kept: tuple[Measured, ...]
    events: tuple[Event, ...]

    @property
    def gained_ids(self) -> frozenset[str]:
        return frozenset(m.id for m in self.gained)

    @property
    def lost_ids(self) -> frozenset[str]:
        return frozenset(m.id for m in self.lost)


@lru_cache(maxsize=4096)
def _size(history: TerritoryDataset, territory_id: str) -> tuple[float | None, float | None]:
    """(area km², length km) of one feature, cached: comparisons follow the scrubbed date.

    The loader's figures are these measures (areas to 10 km², lengths to 0.1 km; shown to the
    km): building the lon/lat shapes again read them from the start-up cache's file, and the
    comparison the window opens with at 100 times the data kept 217 MB of it in memory
    (measured). A feature without them (made in code, not loaded) is measured here."""
    territory = history[territory_id]
    area = territory.figures.get("computed_area_km2")
    length = territory.figures.get("computed_length_km")
    if isinstance(area, int | float) or isinstance(length, int | float):
        return _number(area), _number(length)
    if _points(history)[territory_id]:  # a site has no size: its shape need not be read
        return None, None
    geometry = territory.geometry
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return area_km2(geometry), None
    if geometry.geom_type in ("LineString", "MultiLineString"):
        return None, geodesic_length_km(geometry)
    return None, None


@lru_cache(maxsize=4)
def _points(history: TerritoryDataset) -> dict[str, bool]:
    """Whether each feature is a site (a point), told from its projected shape in memory."""
    points = history.projected.points().tolist()
    return dict(zip((t.id for t in history), points, strict=True))


def _number(figure: float | str | None) -> float | None:
    return float(figure) if isinstance(figure, int | float) else None


def _measured(atlas: Atlas, ids: frozenset[str], events: tuple[Event, ...]) -> tuple[Measured, ...]:
    changes: dict[str, list[str]] = {}
    for event in events:
        for territory_id in (*event.starts, *event.ends):
            changes.setdefault(territory_id, []).append(event.id)
    rows = []
    for territory_id in ids:
        area, length = _size(atlas.history, territory_id)
        territory = atlas.history[territory_id]
        rows.append(Measured(territory, area, length, tuple(changes.get(territory_id, ()))))
    return tuple(sorted(rows, key=lambda m: (m.territory.start, m.territory.end, m.id)))


def compare(atlas: Atlas, day_a: dt.date, day_b: dt.date) -> Comparison:
    """Compare the map on *day_a* with the map on *day_b* (either may be the earlier).

    Rows are in the order the features began, so a reader follows them like a chronology.
    """
    before = atlas.history.valid_ids(day_a.toordinal())
    after = atlas.history.valid_ids(day_b.toordinal())
    first, last = sorted((day_a.toordinal(), day_b.toordinal()))
    events = tuple(atlas.events.between(first + 1, last)) if first < last else ()
    return Comparison(
        day_a=day_a,
        day_b=day_b,
        gained=_measured(atlas, after - before, events),
        lost=_measured(atlas, before - after, events),
        kept=_measured(atlas, before & after, events),
        events=events,
    )
