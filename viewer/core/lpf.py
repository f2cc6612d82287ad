"""The Linked Places Format (LPF 1.1), the World Historical Gazetteer's JSON-LD interchange.

What we write, and why:

* a ``FeatureCollection`` whose ``@context`` is the LPF context's address. It is only named:
  JSON-LD tools resolve it themselves; we never fetch it (nothing here goes online).
* one ``Feature`` per gazetteer place and per historical territory (a state, a zone, a line is
  a historical place too), each with an ``@id`` under a base the publisher chooses
  (``--uri-base``; the default is under ``.invalid``, a name that never resolves, so that no
  one mistakes it for a published address).
* ``names``: a toponym per language, with its ``when`` for historical names; a modern name of
  a renamed place holds in the gaps between the historical ones.
* ``when.timespans``: our spans are half-open ``[from, to)``; LPF's ends are inclusive, so a
  day-precise end becomes the day before; a year or month end stays that period (``in``). A
  name in use before the atlas begins (1800) gets ``start: {latest: "1800"}``; a span still
  running gets ``end: {earliest: <the atlas's last day>}`` (LPF reads a span without an end as
  its start's period). An approximate date keeps its ``~`` (LPF's ISO 8601-2 operator), and
  the ``when``'s ``label`` says it in words.
* ``links``: Wikidata and GeoNames identifiers as ``closeMatch`` (``wd:``, ``gn:`` prefixes).
* ``citations``: the registry sources a territory cites, with the locator; for a place, the
  gazetteer's coordinate source (GeoNames, CC BY 4.0).

No Qt here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from shapely.geometry import Point, mapping
from shapely.geometry.base import BaseGeometry

from geodata.dates import PartialDate, Precision
from geodata.model import LANGUAGES, Citation, Names, Place, Territory
from viewer.core.atlas import SPAN, Atlas
from viewer.core.data_tables import edtf

LPF_CONTEXT = (
    "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/"
    "linkedplaces-context-v1.1.jsonld"
)
DEFAULT_URI_BASE = "https://caspian-atlas.invalid/"
ATLAS_START = PartialDate(SPAN[0].year)
GEONAMES_CREDIT = "GeoNames (geonames.org), CC BY 4.0"
EDITORS = "Caspian Atlas gazetteer (the editors; see PLACES-PROVENANCE.md)"
PLACE_CLASSES = {
    "capital": "P", "city": "P", "town": "P", "port": "P", "village": "P",
    "pass": "T", "island": "T",
}  # fmt: skip
"""GeoNames feature classes of our place kinds; a region may be land or water, so none."""


def lpf_document(atlas: Atlas, uri_base: str = DEFAULT_URI_BASE) -> dict[str, Any]:
    """The gazetteer and the historical territories as an LPF FeatureCollection."""
    base = uri_base if uri_base.endswith(("/", "#", ":")) else uri_base + "/"
    features = [place_feature(p, base) for p in atlas.places.values()]
    features += [territory_feature(t, atlas, base) for t in atlas.history]
    return {"@context": LPF_CONTEXT, "type": "FeatureCollection", "features": features}


# ---------------------------------------------------------------------- time
def _end_in(end: PartialDate) -> str:
    """An exclusive end as LPF's inclusive one: the day before, or the same month or year."""
    if end.precision is Precision.DAY:
        last = PartialDate.from_date(end.first_day - dt.timedelta(days=1))
        return edtf(PartialDate(last.year, last.month, last.day, end.approximate))
    return edtf(end)


def timespan(
    start: PartialDate | None, end: PartialDate | None, since: PartialDate
) -> dict[str, Any]:
    """One LPF timespan of ``[start, end)``. An unknown start was in use by *since* at the
    latest; a span still running ends no earlier than the atlas's last day (LPF reads a span
    without an end as the start's own period, so an open end must be said)."""
    span: dict[str, Any] = {
        "start": {"latest": edtf(since)} if start is None else {"in": edtf(start)},
        "end": {"earliest": SPAN[1].isoformat()} if end is None else {"in": _end_in(end)},
    }
    return span


def _label(start: PartialDate | None, end: PartialDate | None) -> str:
    """A reader's form of the span ('c. 1930 – 1979', 'until 1925'), keeping 'c.'."""
    if start is None:
        return f"until {end.label()}" if end else "always"
    return f"{start.label()} – {end.label() if end else 'today'}"


def when(start: PartialDate | None, end: PartialDate | None, since: PartialDate) -> dict[str, Any]:
    return {"timespans": [timespan(start, end, since)], "label": _label(start, end)}


def _gaps(place: Place) -> list[tuple[PartialDate | None, PartialDate | None]]:
    """The spans no historical name covers: when the modern name is in use."""
    periods = sorted(place.historical_names, key=lambda p: p.start.ordinal if p.start else -1)
    gaps: list[tuple[PartialDate | None, PartialDate | None]] = []
    gap_start: PartialDate | None = None  # None: from before the atlas begins
    covered_to = -1  # the ordinal up to which the periods so far name the place
    for period in periods:
        if (period.start.ordinal if period.start else -1) > covered_to:
            gaps.append((gap_start, period.start))
        if period.end is None:
            return gaps
        if period.end.ordinal > covered_to:
            covered_to, gap_start = period.end.ordinal, period.end
    gaps.append((gap_start, None))
    return gaps


# ---------------------------------------------------------------------- names
def _toponyms(
    names: Names, citations: list[dict[str, Any]], when_: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    entries = []
    for lang in LANGUAGES:
        toponym = getattr(names, lang)
        if toponym:
            entry: dict[str, Any] = {"toponym": toponym, "lang": lang, "citations": citations}
            if when_ is not None:
                entry["when"] = when_
            entries.append(entry)
    return entries


def _geometry(geometry: BaseGeometry, citations: list[dict[str, Any]]) -> dict[str, Any]:
    shape = {**mapping(geometry), "citations": citations}
    return {"type": "GeometryCollection", "geometries": [shape]}


# ---------------------------------------------------------------------- features
def place_feature(place: Place, base: str) -> dict[str, Any]:
    """A gazetteer place: names by language and period, its point, its links."""
    since = place.founded or ATLAS_START
    editors = [{"label": EDITORS}]
    names: list[dict[str, Any]] = []
    if place.historical_names:
        for start, end in _gaps(place):
            names += _toponyms(place.names, editors, when(start, end, since))
        for period in place.historical_names:
            names += _toponyms(period.names, editors, when(period.start, period.end, since))
    else:
        names = _toponyms(place.names, editors)
    if place.geonames is not None:
        located = {"label": GEONAMES_CREDIT, "@id": f"https://sws.geonames.org/{place.geonames}/"}
    else:
        located = {"label": f"{EDITORS}: {place.coord_source}"}
    properties: dict[str, Any] = {"title": place.names.en}
    if place.kind in PLACE_CLASSES:
        properties["fclasses"] = [PLACE_CLASSES[place.kind]]
    feature: dict[str, Any] = {
        "@id": f"{base}places/{place.id}",
        "type": "Feature",
        "properties": properties,
        "names": names,
        "types": [{"label": place.kind}],
        "geometry": _geometry(Point(place.lon, place.lat), [located]),
        "links": _links(place),
    }
    if place.founded is not None:
        feature["when"] = when(place.founded, None, since)
    return feature


def _links(place: Place) -> list[dict[str, str]]:
    links = []
    if place.wikidata:
        links.append({"type": "closeMatch", "identifier": f"wd:{place.wikidata}"})
    if place.geonames is not None:
        links.append({"type": "closeMatch", "identifier": f"gn:{place.geonames}"})
    return links


def _citation(citation: Citation, atlas: Atlas) -> dict[str, Any]:
    source = atlas.sources.get(citation.source)
    title = f"{source.title} ({source.publisher})" if source else citation.source
    entry: dict[str, Any] = {"label": f"{title}, {citation.locator}"}
    if source and source.date:
        entry["year"] = int(source.date[:4])
    return entry


def territory_feature(territory: Territory, atlas: Atlas, base: str) -> dict[str, Any]:
    """A historical territory as a place of its time: names, span, shape and citations."""
    citations = [_citation(c, atlas) for c in territory.sources]
    span = when(territory.valid_from, territory.valid_to, ATLAS_START)
    return {
        "@id": f"{base}territories/{territory.id}",
        "type": "Feature",
        "properties": {"title": territory.names.en},
        "when": span,
        "names": _toponyms(territory.names, citations),
        "types": [{"label": territory.kind.replace("_", " ")}],
        "geometry": _geometry(territory.geometry, citations),
        "links": [],
        "descriptions": [{"value": territory.summary, "lang": "en"}] if territory.summary else [],
    }
