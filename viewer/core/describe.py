"""Plain records of what is true on a date and of the catalogue, for scripts. No Qt here.

``python -m viewer describe`` and ``python -m viewer events`` print these; the app shows the
same facts, so a script and the map never disagree.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping
from typing import Any

from events.model import Event, Source
from geodata.dates import OPEN_START, format_old_style, format_solar_hijri
from geodata.model import Territory
from geodata.projection import REGION_LONLAT, in_region, project_points
from viewer.core.atlas import Atlas
from viewer.core.local_dates import date_text
from viewer.core.style import territory_style
from viewer.core.wording import decimal, grouped, tr_noop, translate


def _km2(value: float, lang: str = "en") -> str:
    """'280,200 km²'; '1.81 million km²' from a million up."""
    if value >= 1e6:
        text = translate("Describe", "{value} million km²", lang)
        return text.format(value=decimal(f"{value / 1e6:.3g}", lang))
    return translate("Describe", "{value} km²", lang).format(value=grouped(round(value, -1), lang))


def area_short(territory: Territory, lang: str = "en") -> str | None:
    """The area the map draws: '280,200 km²', or '1.81 million km² in the frame' for a feature
    cut by the map's frame; None for lines and sites."""
    area = territory.figures.get("computed_area_km2")
    if not isinstance(area, int | float):
        return None
    if territory.cut_by_frame:
        return translate("Describe", "{area} in the frame", lang).format(area=_km2(area, lang))
    return _km2(area, lang)


def area_text(
    territory: Territory, sources: Mapping[str, Source] | None = None, lang: str = "en"
) -> str | None:
    """:func:`area_short`, with the area a source states beside it (figures
    ``stated_area_km2`` and ``stated_area_source``, a registry id or a short text): '1.81
    million km² in the frame (whole: 22.4 million km², source: general knowledge)'."""
    short = area_short(territory, lang)
    stated = territory.figures.get("stated_area_km2")
    if short is None or not isinstance(stated, int | float):
        return short
    source = str(territory.figures.get("stated_area_source", ""))
    if sources and source in sources:
        source = sources[source].title
    if territory.cut_by_frame and source:
        text = translate("Describe", "{area} (whole: {whole}, source: {source})", lang)
    elif territory.cut_by_frame:
        text = translate("Describe", "{area} (whole: {whole}, stated)", lang)
    elif source:
        text = translate("Describe", "{area} (stated: {whole}, source: {source})", lang)
    else:
        text = translate("Describe", "{area} (stated: {whole})", lang)
    return text.format(area=short, whole=_km2(stated, lang), source=source)


UNSOURCED = tr_noop("Describe", "unsourced")
"""How a feature that cites nothing (a user's plain layer) is marked beside its name."""
UNSOURCED_NOTE = tr_noop(
    "Describe", "Unsourced: its file cites no sources, so check it before relying on it."
)
"""The line the details and handouts give such a feature (translated where shown)."""


def marked_name(territory: Territory, lang: str = "en") -> str:
    """The name, marked when the feature is unsourced: 'Gilan (unsourced)'."""
    name = territory.names.get(lang)
    return f"{name} ({translate('Describe', UNSOURCED, lang)})" if territory.unsourced else name


def territory_record(
    territory: Territory, lang: str = "en", sources: Mapping[str, Source] | None = None
) -> dict[str, Any]:
    """A feature as describe and the exports give it; a start no file gave is ``None``."""
    open_start = territory.valid_from == OPEN_START
    return {
        "id": territory.id,
        "name": territory.names.get(lang),
        "names": territory.names.as_dict(),
        "kind": territory.kind,
        "status": territory.status,
        "valid_from": None if open_start else territory.valid_from.iso(),
        "valid_from_precision": None if open_start else territory.valid_from.precision.value,
        "valid_to": territory.valid_to.iso() if territory.valid_to else None,
        "valid_to_precision": territory.valid_to.precision.value if territory.valid_to else None,
        "boundary_precision": territory.boundary_precision,
        "construction": territory.construction,
        "figures": dict(territory.figures),
        "cut_by_frame": territory.cut_by_frame,
        "area": area_text(territory, sources),
        "sources": [c.as_dict() for c in territory.sources],
        "unsourced": territory.unsourced,
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
    """The historical features valid on *day*, the events within *window_days* of it, and the
    user's map scans drawn that day."""
    ordinal = day.toordinal()
    valid = atlas.history.valid_ids(ordinal)
    return {
        "date": day.isoformat(),
        "solar_hijri": format_solar_hijri(day),
        "old_style": format_old_style(day),
        "territories": [
            territory_record(t, lang, atlas.sources) for t in atlas.history if t.id in valid
        ],
        "events_nearby": [
            event_record(e, atlas, lang)
            for e in sorted(atlas.events.near(ordinal, window_days), key=lambda e: e.start)
        ],
        "map_scans": [
            {
                "title": r.title,
                "file": str(r.path),
                "valid_from": r.valid_from.iso() if r.valid_from else None,
                "valid_to": r.valid_to.iso() if r.valid_to else None,
            }
            for r in atlas.rasters
            if r.valid_on(ordinal)
        ],
    }


def territories_here(
    atlas: Atlas, day: int, x: float, y: float, tolerance: float = 0.0
) -> list[Territory]:
    """Every feature drawn at a projected point on *day* (lines and sites within *tolerance*
    metres), topmost first, as the map stacks them: by style, then later in the data on top."""
    hits = atlas.history.territories_at(x, y, day, tolerance)
    order = sorted(range(len(hits)), key=lambda i: (territory_style(hits[i]).z, i), reverse=True)
    return [hits[i] for i in order]


def describe_at(
    atlas: Atlas, day: dt.date, lon: float, lat: float, lang: str = "en"
) -> dict[str, Any]:
    """Who held this place on that day: every feature drawn at a point, topmost first, with
    the fields of :func:`describe`'s territories (``ValueError`` outside the map region)."""
    if not in_region(lon, lat):
        west, south, east, north = REGION_LONLAT
        raise ValueError(
            f"{lon:g},{lat:g} lies outside the map region ({west:g}–{east:g}° E, "
            f"{south:g}–{north:g}° N): the atlas draws nothing there"
        )
    (x,), (y,) = project_points([lon], [lat])
    here = territories_here(atlas, day.toordinal(), float(x), float(y))
    records = [territory_record(t, lang, atlas.sources) for t in here]
    return {"lon": lon, "lat": lat, "territories": records}


def validity_text(territory: Territory, language: str = "en") -> str:
    """'June 1920 – September 1921', '1991 – today', 'until 1907', 'always' (a static layer),
    in the reader's language."""
    if territory.valid_to is None:
        until = translate("Describe", "today", language)
    else:
        until = date_text(territory.valid_to, language)
    if territory.valid_from == OPEN_START:
        if territory.valid_to is None:
            return translate("Describe", "always", language)
        return translate("Describe", "until {date}", language).format(date=until)
    return f"{date_text(territory.valid_from, language)} – {until}"


def here_entries(territories: list[Territory], lang: str) -> list[tuple[str, str]]:
    """(name, what and when) of each feature at a point, as the map's tooltip and a click on
    it say them."""
    pattern = translate("Describe", "{kind}, {status}, {when}; border {precision}", lang)
    return [
        (
            t.names.get(lang),
            pattern.format(
                kind=translate("Status", t.kind.replace("_", " "), lang),
                status=translate("Status", t.status.replace("_", " "), lang),
                when=validity_text(t, lang),
                precision=translate("Status", t.boundary_precision, lang),
            ),
        )
        for t in territories
    ]


STATUS_WORDS = (
    tr_noop("Status", "de facto"), tr_noop("Status", "de jure"), tr_noop("Status", "claimed"),
    tr_noop("Status", "treaty"), tr_noop("Status", "approximate"), tr_noop("Status", "schematic"),
    tr_noop("Status", "state"), tr_noop("Status", "occupation zone"), tr_noop("Status", "sphere"),
    tr_noop("Status", "government"), tr_noop("Status", "troops"),
    tr_noop("Status", "land boundary"), tr_noop("Status", "sea line"),
    tr_noop("Status", "sea zone"), tr_noop("Status", "island"),
    tr_noop("Status", "infrastructure"),
)  # fmt: skip
"""Catalogue entries for the kind, status and boundary words :func:`here_entries` shows."""


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
