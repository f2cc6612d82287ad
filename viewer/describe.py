"""Plain records of what is true on a date and of the catalogue, for scripts. No Qt here.

``python -m viewer describe`` and ``python -m viewer events`` print these; the app shows the
same facts, so a script and the map never disagree.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from events.model import Event
from geodata.dates import format_old_style, format_solar_hijri
from geodata.model import Territory
from viewer.atlas import Atlas


def territory_record(territory: Territory, lang: str = "en") -> dict[str, Any]:
    return {
        "id": territory.id,
        "name": territory.names.get(lang),
        "names": territory.names.as_dict(),
        "kind": territory.kind,
        "status": territory.status,
        "valid_from": territory.valid_from.iso(),
        "valid_from_precision": territory.valid_from.precision.value,
        "valid_to": territory.valid_to.iso() if territory.valid_to else None,
        "valid_to_precision": territory.valid_to.precision.value if territory.valid_to else None,
        "boundary_precision": territory.boundary_precision,
        "construction": territory.construction,
        "figures": dict(territory.figures),
        "sources": [c.as_dict() for c in territory.sources],
        "disputes": [d.as_dict() for d in territory.disputes],
    }


def event_record(event: Event, atlas: Atlas, lang: str = "en") -> dict[str, Any]:
    place = atlas.places.get(event.place or "")
    if place is not None:
        name, lon, lat = place.names_on(event.start).get(lang), place.lon, place.lat
    elif event.point is not None:
        name, lon, lat = event.point.name, event.point.lon, event.point.lat
    else:
        name, lon, lat = "", None, None
    return {
        "id": event.id,
        "title": event.title.get(lang),
        "start": event.date.iso(),
        "end": event.end.iso() if event.end else None,
        "precision": event.date.precision.value,
        "approximate": event.date.approximate,
        "calendar_note": event.calendar_note,
        "place": event.place or "",
        "place_name": name,
        "lon": lon,
        "lat": lat,
        "category": event.category,
        "importance": event.importance,
        "actors": list(event.actors),
        "summary": event.summary,
        "territories_started": list(event.starts),
        "territories_ended": list(event.ends),
        "disputes": [d.as_dict() for d in event.disputes],
        "sources": [c.as_dict() for c in event.sources],
    }


def describe(
    atlas: Atlas, day: dt.date, lang: str = "en", window_days: int = 183
) -> dict[str, Any]:
    """The historical features valid on *day*, and the events within *window_days* of it."""
    ordinal = day.toordinal()
    valid = atlas.history.valid_ids(ordinal)
    return {
        "date": day.isoformat(),
        "solar_hijri": format_solar_hijri(day),
        "old_style": format_old_style(day),
        "territories": [territory_record(t, lang) for t in atlas.history if t.id in valid],
        "events_nearby": [
            event_record(e, atlas, lang)
            for e in sorted(atlas.events.near(ordinal, window_days), key=lambda e: e.start)
        ],
    }


CSV_COLUMNS = (
    "id", "title", "start", "end", "precision", "approximate", "place", "place_name", "lon",
    "lat", "category", "importance", "disputes", "sources",
)  # fmt: skip


def events_csv(records: list[dict[str, Any]]) -> str:
    """The catalogue as CSV; disputes and sources are JSON text in their cells."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        row = dict(record)
        row["disputes"] = json.dumps(record["disputes"], ensure_ascii=False)
        row["sources"] = json.dumps(record["sources"], ensure_ascii=False)
        writer.writerow(row)
    return out.getvalue()
