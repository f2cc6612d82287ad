"""Plain, typed records for what the map draws: places, base features and historical territories.

No Qt here (an import-linter contract enforces it): the records are shared by the app, the
command line and the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import shapely
from shapely.geometry.base import BaseGeometry

from geodata.dates import OPEN_END, PartialDate

LANGUAGES = ("en", "fa", "ru")
"""Label languages, in menu order."""


@dataclass(frozen=True, slots=True)
class Names:
    """A name in English, Persian and Russian; English is always present.

    ``translated`` lists the languages whose text is the atlas editors' own translation rather
    than a form taken from a source, so a reader can be told which names are ours.
    """

    en: str
    fa: str | None = None
    ru: str | None = None
    translated: tuple[str, ...] = ()

    def get(self, lang: str) -> str:
        """The name in *lang*, falling back to English where it is not known."""
        return getattr(self, lang, None) or self.en

    def as_dict(self) -> dict[str, str]:
        return {lang: value for lang in LANGUAGES if (value := getattr(self, lang))}


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a fact comes from: a registry source id, a locator and a short verbatim quote."""

    source: str
    locator: str
    quote: str

    def as_dict(self) -> dict[str, str]:
        return {"source": self.source, "locator": self.locator, "quote": self.quote}


@dataclass(frozen=True, slots=True)
class Claim:
    value: str
    sources: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Dispute:
    """Sources disagree on one field; every claim is kept with its sources."""

    field: str
    note: str
    claims: tuple[Claim, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "field": self.field,
            "note": self.note,
            "claims": [
                {"value": c.value, "sources": [s.as_dict() for s in c.sources]} for c in self.claims
            ],
        }


@dataclass(frozen=True, slots=True)
class NamePeriod:
    """A name a place bore in ``[start, end)``; ``None`` bounds are open."""

    start: PartialDate | None
    end: PartialDate | None
    names: Names

    def covers(self, day: int) -> bool:
        start = self.start.ordinal if self.start else -1
        end = self.end.ordinal if self.end else OPEN_END
        return start <= day < end


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry. ``display`` (a point on the frame's edge) marks a place outside
    the map region; the map points at it along the great circle, from where that leaves the
    frame (:mod:`viewer.core.offmap`), not from the point given."""

    id: str
    kind: str
    lon: float
    lat: float
    rank: int
    names: Names
    historical_names: tuple[NamePeriod, ...] = ()
    coord_source: str = ""
    display: tuple[float, float] | None = None
    founded: PartialDate | None = None
    """When the town came to be; the map names no place before it existed."""
    wikidata: str | None = None
    """The Wikidata item (``Q3616``), so exports link the place to other gazetteers."""
    geonames: int | None = None
    """The GeoNames feature id; agrees with ``coord_source`` where that names GeoNames."""

    @property
    def on_map(self) -> bool:
        return self.display is None

    def names_on(self, day: int) -> Names:
        """The names in use on a day (Bandar-e Pahlavi in 1950, Anzali in 1990)."""
        for period in self.historical_names:
            if period.covers(day):
                return period.names
        return self.names


@dataclass(frozen=True, slots=True)
class BaseFeature:
    """A feature of the modern base map (land, sea, country, province, lake, river)."""

    id: str
    layer: str
    names: Names
    geometry: BaseGeometry


class StoredGeometry:
    """A geometry kept as its WKB (a slice of the memory-mapped start-up cache file), built
    each time it is asked for.

    The map draws projected shapes; the lon/lat ones are read by a few commands (export, area
    comparison, describe), and at 100x the bundled data a second copy of every coordinate would
    hold ~355 MB, so territories read from the cache keep this instead.
    """

    __slots__ = ("wkb",)

    def __init__(self, wkb: memoryview) -> None:
        self.wkb = wkb

    def shape(self) -> BaseGeometry:
        built: BaseGeometry = shapely.from_wkb(bytes(self.wkb))
        return built

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredGeometry):
            other = other.shape()
        return isinstance(other, BaseGeometry) and bool(self.shape() == other)


@dataclass(frozen=True, slots=True)
class Territory:
    """A historical territory, zone, line or site, valid in ``[valid_from, valid_to)``.

    ``geometry`` is in lon/lat (WGS 84); ``lonlat`` holds it, or where to read it
    (:class:`StoredGeometry`). ``figures`` holds stated figures from the sources and
    the figures the loader computes (``computed_length_km``, ``computed_area_km2``).
    ``cut_by_frame`` says the map region's edge cuts the area (the USSR, Kazakhstan): its
    geometry and computed area are of the part in the frame only.
    """

    id: str
    names: Names
    kind: str
    status: str
    valid_from: PartialDate
    valid_to: PartialDate | None
    boundary_precision: str
    construction: str
    sources: tuple[Citation, ...]
    style: str
    lonlat: BaseGeometry | StoredGeometry
    summary: str = ""
    exclusive_group: str | None = None
    figures: Mapping[str, float | str] = field(default_factory=dict)
    disputes: tuple[Dispute, ...] = ()
    note: str = ""
    """Editors' note; a territory no seed document mentions says so here."""
    cut_by_frame: bool = False

    @property
    def geometry(self) -> BaseGeometry:
        """The lon/lat shape (built anew from the cache file each time when stored there)."""
        lonlat = self.lonlat
        return lonlat.shape() if isinstance(lonlat, StoredGeometry) else lonlat

    @property
    def start(self) -> int:
        return self.valid_from.ordinal

    @property
    def end(self) -> int:
        return self.valid_to.ordinal if self.valid_to else OPEN_END

    def valid_on(self, day: int) -> bool:
        return self.start <= day < self.end

    @property
    def unsourced(self) -> bool:
        """A user's feature that cites nothing (the bundled data always cites)."""
        return not self.sources
