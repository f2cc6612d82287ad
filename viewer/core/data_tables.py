"""The atlas as plain tables (territories, events, places, sources), for ``export-data``.

One set of rows feeds every format (GeoPackage, GeoJSON, CSV), so a column means the same
thing wherever a user opens it. Dates are given twice: as a real day (the first day the
record holds; an end is the first day it no longer holds, so every span is half-open, as in
the app) for GIS tools such as QGIS's Temporal Controller, and as written, in EDTF (ISO
8601-2: ``1946-05``, ``1930~``), so the precision and the uncertainty of the sources survive.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from events.model import Event, Source
from geodata.dates import OPEN_END, PartialDate, span_text
from geodata.model import Names, Place, Territory
from viewer.core.atlas import Atlas

HALF_OPEN_RULE = (
    "Validity is half-open: a record holds from its start day up to, but not including, its "
    "end day; an empty end means it still holds. Dates as written (precision, '~' "
    "approximate) are in the *_edtf columns (EDTF, ISO 8601-2)."
)
"""Stated in every dated layer's description, so that a GIS user reads the end right."""


class Column(StrEnum):
    """What a column holds; each format writes the kinds in its own way."""

    TEXT = "text"
    DATE = "date"
    INTEGER = "integer"
    REAL = "real"
    BOOLEAN = "boolean"
    JSON = "json"  # nested data: JSON text in GeoPackage and CSV, nested in GeoJSON


@dataclass(frozen=True, slots=True)
class Table:
    """One layer: named columns of one kind each, rows in column order, and a geometry a row
    (``geometry_type`` is ``None`` for a table without geometry, such as the sources)."""

    name: str
    description: str
    columns: tuple[tuple[str, Column], ...]
    rows: tuple[tuple[Any, ...], ...]
    geometries: tuple[BaseGeometry | None, ...] = ()
    geometry_type: str | None = None

    def records(self) -> Iterable[dict[str, Any]]:
        """Each row as a mapping of column names to values."""
        names = [name for name, _ in self.columns]
        return (dict(zip(names, row, strict=True)) for row in self.rows)


def edtf(date: PartialDate | None) -> str:
    """A date as EDTF level 1: ``1946-05``, ``1930~`` (approximate); ``..`` for an open end."""
    return date.iso() if date is not None else ".."


def _names(names: Names) -> tuple[str, str | None, str | None]:
    return names.en, names.fa, names.ru


_NAMES = (("name_en", Column.TEXT), ("name_fa", Column.TEXT), ("name_ru", Column.TEXT))
_TERRITORY_COLUMNS = (
    ("id", Column.TEXT), *_NAMES, ("kind", Column.TEXT), ("status", Column.TEXT),
    ("valid_from", Column.DATE), ("valid_to", Column.DATE),
    ("valid_from_edtf", Column.TEXT), ("valid_to_edtf", Column.TEXT),
    ("boundary_precision", Column.TEXT), ("construction", Column.TEXT), ("style", Column.TEXT),
    ("summary", Column.TEXT), ("exclusive_group", Column.TEXT), ("note", Column.TEXT),
    ("cut_by_frame", Column.BOOLEAN), ("sources", Column.JSON), ("disputes", Column.JSON),
    ("figures", Column.JSON),
)  # fmt: skip
TERRITORY_LAYERS = (
    ("territories", "MultiPolygon", "areas: states, zones, spheres, governments"),
    ("territory_lines", "MultiLineString", "lines: boundaries, sea lines, railways"),
    ("territory_sites", "Point", "sites: troops, installations"),
)
"""Layer name, geometry type, what it holds: a GIS layer holds one kind of shape."""


def _territory_row(t: Territory) -> tuple[Any, ...]:
    return (
        t.id, *_names(t.names), t.kind, t.status,
        t.valid_from.first_day, t.valid_to.first_day if t.valid_to else None,
        edtf(t.valid_from), edtf(t.valid_to),
        t.boundary_precision, t.construction, t.style, t.summary, t.exclusive_group, t.note,
        t.cut_by_frame, [c.as_dict() for c in t.sources], [d.as_dict() for d in t.disputes],
        dict(t.figures),
    )  # fmt: skip


def territory_tables(atlas: Atlas) -> list[Table]:
    """The historical features, one table per kind of shape (areas first)."""
    tables = []
    history = atlas.history  # sorted by the projected shapes: the lon/lat ones may be read
    dimensions = history.projected.dimensions().tolist()
    for dimension, (name, geometry_type, holds) in zip((2, 1, 0), TERRITORY_LAYERS, strict=True):
        wanted = [t for t, d in zip(history, dimensions, strict=True) if d == dimension]
        tables.append(
            Table(
                name,
                f"Caspian Atlas historical {holds}. {HALF_OPEN_RULE}",
                _TERRITORY_COLUMNS,
                tuple(_territory_row(t) for t in wanted),
                tuple(t.geometry for t in wanted),
                geometry_type,
            )
        )
    return tables


_EVENT_COLUMNS = (
    ("id", Column.TEXT), ("title_en", Column.TEXT), ("title_fa", Column.TEXT),
    ("title_ru", Column.TEXT), ("starts_on", Column.DATE), ("ends_before", Column.DATE),
    ("date_edtf", Column.TEXT), ("precision", Column.TEXT), ("approximate", Column.BOOLEAN),
    ("disputed", Column.BOOLEAN), ("category", Column.TEXT), ("importance", Column.INTEGER),
    ("place", Column.TEXT), ("place_name", Column.TEXT), ("summary", Column.TEXT),
    ("actors", Column.JSON), ("starts_territories", Column.JSON),
    ("ends_territories", Column.JSON), ("calendar_note", Column.TEXT), ("note", Column.TEXT),
    ("sources", Column.JSON), ("disputes", Column.JSON),
)  # fmt: skip


def event_edtf(event: Event) -> str:
    """The event's date as EDTF: ``1946-05-09``, or an interval ``1804/1813-10-24``."""
    return span_text(event.date, event.end) if event.end else event.date.iso()


def _event_row(event: Event, atlas: Atlas) -> tuple[tuple[Any, ...], BaseGeometry | None]:
    place = atlas.places.get(event.place or "")
    if place is not None:
        where, name = Point(place.lon, place.lat), place.names_on(event.start).en
    elif event.point is not None:
        where, name = Point(event.point.lon, event.point.lat), event.point.name
    else:
        where, name = None, ""
    after = event.finish + 1 if event.finish < OPEN_END else None
    row = (
        event.id, *_names(event.title), event.date.first_day,
        dt.date.fromordinal(after) if after else None, event_edtf(event),
        event.date.precision.value, event.date.approximate, event.is_disputed, event.category,
        event.importance, event.place or "", name, event.summary, list(event.actors),
        list(event.starts), list(event.ends), event.calendar_note, event.note,
        [c.as_dict() for c in event.sources], [d.as_dict() for d in event.disputes],
    )  # fmt: skip
    return row, where


def event_table(atlas: Atlas) -> Table:
    """The events as points where they happened (an off-map place at its real position)."""
    built = [_event_row(e, atlas) for e in atlas.events]
    return Table(
        "events",
        "Caspian Atlas events, at their place. starts_on is the first day of the date as "
        "written; ends_before is the day after the last day the event covers. " + HALF_OPEN_RULE,
        _EVENT_COLUMNS,
        tuple(row for row, _ in built),
        tuple(point for _, point in built),
        "Point",
    )


_PLACE_COLUMNS = (
    ("id", Column.TEXT), ("kind", Column.TEXT), ("rank", Column.INTEGER), *_NAMES,
    ("historical_names", Column.JSON), ("wikidata", Column.TEXT), ("geonames", Column.INTEGER),
    ("founded", Column.DATE), ("founded_edtf", Column.TEXT), ("off_map", Column.BOOLEAN),
    ("coord_source", Column.TEXT),
)  # fmt: skip


def name_periods(place: Place) -> list[dict[str, Any]]:
    """A place's historical names, each with its half-open span as written (EDTF)."""
    return [
        {
            "from": edtf(p.start) if p.start else None,
            "to": edtf(p.end) if p.end else None,
            "names": p.names.as_dict(),
        }
        for p in place.historical_names
    ]


def place_table(atlas: Atlas) -> Table:
    """The gazetteer, at the places' real positions, with their ids in other gazetteers."""
    places = list(atlas.places.values())
    rows = tuple(
        (
            p.id,
            p.kind,
            p.rank,
            *_names(p.names),
            name_periods(p),
            p.wikidata,
            p.geonames,
            p.founded.first_day if p.founded else None,
            edtf(p.founded) if p.founded else None,
            not p.on_map,
            p.coord_source,
        )
        for p in places
    )
    return Table(
        "places",
        "Caspian Atlas gazetteer. Coordinates: GeoNames (geonames.org), CC BY 4.0. "
        "historical_names spans are half-open [from, to).",
        _PLACE_COLUMNS,
        rows,
        tuple(Point(p.lon, p.lat) for p in places),
        "Point",
    )


_SOURCE_COLUMNS = (
    ("id", Column.TEXT), ("title", Column.TEXT), ("publisher", Column.TEXT),
    ("kind", Column.TEXT), ("date", Column.TEXT), ("reliability", Column.TEXT),
    ("capture", Column.TEXT),
)  # fmt: skip


def source_table(atlas: Atlas) -> Table:
    """The source registry the other tables' ``sources`` cite by id (no geometry)."""
    rows = tuple(_source_row(s) for s in atlas.sources.values())
    return Table(
        "sources",
        "The documents the 'sources' of the other layers cite by id.",
        _SOURCE_COLUMNS,
        rows,
    )


def _source_row(s: Source) -> tuple[Any, ...]:
    return (s.id, s.title, s.publisher, s.kind, s.date, " ".join(s.reliability.split()), s.capture)


def all_tables(atlas: Atlas) -> list[Table]:
    """Every layer, in the order written: areas first, so a tool that opens only a file's
    first layer (as the atlas's own File › Open does) gets the territories."""
    return [*territory_tables(atlas), event_table(atlas), place_table(atlas), source_table(atlas)]
