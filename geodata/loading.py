"""Loading the bundled geodata (and users' files in the same formats) into model records.

Each loader reads a whole file, checks every record, and either returns all of it or raises a
:class:`~geodata.errors.DataError` listing every problem: a file is never half-loaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shapely.geometry.base import BaseGeometry

from geodata.basemap import BASE_LAYERS, BaseMap
from geodata.collector import collector_paused
from geodata.dataset import TerritoryDataset
from geodata.dates import PartialDate
from geodata.errors import DataError, Problem, display_name
from geodata.fields import RecordReader, short
from geodata.geometry import (
    INVALID,
    INVALID_NEAR,
    invalid_place,
    is_area,
    polygons_at_once,
    polygons_from_json,
    read_geometry,
)
from geodata.model import BaseFeature, Names, Place, Territory
from geodata.projection import (
    REGION_LONLAT,
    areas_km2,
    cut_by_region,
    geodesic_length_km,
    in_region,
)
from geodata.safe_files import read_limited
from geodata.yamlio import decode_text, read_yaml

if TYPE_CHECKING:
    from geodata.quick_json import QuickGeometry

KINDS = frozenset({
    "state", "occupation_zone", "sphere", "government", "troops", "land_boundary",
    "sea_line", "sea_zone", "island", "infrastructure",
})  # fmt: skip
STATUSES = frozenset({"de_jure", "de_facto", "claimed"})
PRECISIONS = frozenset({"treaty", "approximate", "schematic"})
PLACE_KINDS = frozenset({"capital", "city", "town", "port", "island", "village", "region", "pass"})
MAX_FILE_BYTES = 50_000_000
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]{0,11}")
_AREA = "Polygon"
"""In the type of every geometry that has an area (Polygon, MultiPolygon)."""
_WGS84_NAMES = ("CRS84", "EPSG::4326", "EPSG:4326", "WGS 84", "WGS84")


def data_dir() -> Path:
    """The folder of bundled data, wherever the package is installed."""
    return Path(str(files("geodata") / "data"))


@dataclass(frozen=True, slots=True)
class GeoRecord:
    """A GeoJSON feature as read: its properties, geometry and position in the file."""

    index: int
    properties: dict[str, Any]
    geometry: BaseGeometry


@dataclass(frozen=True, slots=True)
class RawFeature:
    """A GeoJSON feature before its geometry is read: position, label, properties, geometry."""

    index: int
    label: str
    properties: dict[str, Any]
    geometry: Any


class _NotJsonNumberError(ValueError):
    """``NaN`` or ``Infinity``: Python's parser reads them, JSON has no such numbers."""


def _refuse_constant(name: str) -> float:
    raise _NotJsonNumberError(name)


def read_json(path: Path, problems: list[Problem], content: bytes | None = None) -> Any:
    """Parse a JSON file (its bytes *content* when already read); ``None``, with the reason
    in *problems*, when it cannot be.

    A UTF-8 byte-order mark is allowed (Windows editors write one); ``NaN`` and
    ``Infinity``, which Python's parser would accept, are not JSON and are refused.
    """
    from geodata.quick_json import NotQuickError, quick_json  # msgspec only when a file is parsed

    name = display_name(path)
    try:
        raw = read_limited(path, MAX_FILE_BYTES, content)
        with collector_paused():
            return quick_json(raw)
    except NotQuickError:
        pass  # the standard library's reading, and its reasons, decide
    except DataError as exc:
        problems.extend(exc.problems)
        return None
    try:
        text = decode_text(raw, name)
        if not text.strip():
            problems.append(Problem(name, "is empty", 1))
            return None
        with collector_paused():
            return json.loads(text, parse_constant=_refuse_constant)
    except DataError as exc:
        problems.extend(exc.problems)
    except json.JSONDecodeError as exc:
        message = (
            "is not valid JSON at column {column}: check the brackets, commas and quotes "
            "here [{error}]"
        )
        problems.append(
            Problem(name, message, exc.lineno, values={"column": exc.colno, "error": exc.msg})
        )
    except RecursionError:
        problems.append(Problem(name, "is not valid JSON: it is nested too deeply"))
    except _NotJsonNumberError as exc:
        problems.append(
            Problem(
                name, "is not valid JSON: {value} is not a JSON number", values={"value": str(exc)}
            )
        )
    except ValueError:  # e.g. an integer of thousands of digits
        problems.append(Problem(name, "is not valid JSON: it holds a number too long to read"))
    return None


def read_feature_collection(
    path: Path, problems: list[Problem], content: bytes | None = None
) -> tuple[list[RawFeature], str | None]:
    """The features of a GeoJSON FeatureCollection and the name of its declared CRS, if any
    (of the file's bytes *content* when already read).

    Problems are collected, not raised; a feature that is not a mapping with mapping
    properties is reported and left out.
    """
    return _features_in(read_json(path, problems, content), display_name(path), problems)


def _features_in(
    data: Any, name: str, problems: list[Problem]
) -> tuple[list[RawFeature], str | None]:
    """:func:`read_feature_collection` of the parsed file *data*."""
    if data is None:
        return [], None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        found = data.get("type") if isinstance(data, dict) else type(data).__name__
        problems.append(
            Problem(
                name, "is not a GeoJSON FeatureCollection ({found})", values={"found": short(found)}
            )
        )
        return [], None
    crs = data.get("crs")
    crs_name = None
    if crs is not None:
        crs_name = (crs.get("properties") or {}).get("name") if isinstance(crs, dict) else None
        if not isinstance(crs_name, str):
            message = 'must be {"type": "name", "properties": {"name": "EPSG:4326"}}'
            problems.append(Problem(name, message, field="crs"))
            return [], None
    features = data.get("features")
    if not isinstance(features, list):
        problems.append(Problem(name, "must have a list of features", field="features"))
        return [], crs_name
    result = []
    for index, feature in enumerate(features):
        props = feature.get("properties") if isinstance(feature, dict) else None
        props = {} if props is None else props
        label = props.get("id") if isinstance(props, dict) else None
        label = label if isinstance(label, str) and label else f"feature #{index}"
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problems.append(Problem(name, "is not a GeoJSON Feature", record=label))
        elif not isinstance(props, dict):
            problems.append(Problem(name, "must be a mapping", record=label, field="properties"))
        else:
            result.append(RawFeature(index, label, props, feature.get("geometry")))
    return result, crs_name


def _quick_features(
    path: Path, name: str, problems: list[Problem], content: bytes | None
) -> tuple[list[RawFeature], str | None, list[BaseGeometry | None]] | None:
    """:func:`read_feature_collection` of the file and :func:`polygons_at_once` of its
    features, the polygons read from their JSON text (:func:`polygons_from_json`), in about
    half the CPU; ``None`` (nothing noted) for a file read otherwise.

    The file must be an object whose features are objects with an object or null geometry,
    every Polygon and MultiPolygon reading plainly and every other geometry as
    :func:`~geodata.quick_json.quick_json` reads it; then features, problems and shapes are
    those of the usual reading, which decides for any other file.
    """
    from geodata import quick_json  # msgspec only when a file is parsed

    try:
        raw = read_limited(path, MAX_FILE_BYTES, content)
        with collector_paused():
            collection = quick_json.quick_collection(raw)
            given = [f.geometry for f in collection.features or ()]
            areas = [(i, g) for i, g in enumerate(given) if g is not None and is_area(g.type)]
            shapes = polygons_from_json(
                [g.type == "MultiPolygon" for _, g in areas],
                [bytes(g.coordinates) for _, g in areas],
            )
            if shapes is None:
                return None
            geometries = [
                None if g is None else {"type": g.type, "coordinates": _coordinates(g)}
                for g in given
            ]  # fmt: skip
    except (DataError, quick_json.DecodeError, RecursionError, quick_json.NotQuickError):
        return None
    data = {
        "type": collection.type,
        "crs": collection.crs,
        "features": None
        if collection.features is None
        else [
            {"type": f.type, "properties": f.properties, "geometry": geometry}
            for f, geometry in zip(collection.features, geometries, strict=True)
        ],
    }
    features, crs = _features_in(data, name, problems)
    shape_at = {i: shape for (i, _), shape in zip(areas, shapes, strict=True)}
    return features, crs, [shape_at.get(f.index) for f in features]


def _coordinates(geometry: QuickGeometry) -> Any:
    """A geometry's coordinates as :func:`~geodata.quick_json.quick_json` reads them; a
    polygon's, already built, are not read again."""
    from geodata.quick_json import quick_json  # msgspec only when a file is parsed

    return None if is_area(geometry.type) else quick_json(geometry.coordinates)


def read_geojson(
    path: Path, problems: list[Problem], content: bytes | None = None
) -> list[GeoRecord]:
    """Read a GeoJSON FeatureCollection in WGS 84 (its bytes *content* when already read);
    problems are collected, not raised.

    Invalid geometries are reported, not repaired: the bundled data must be valid. Users'
    files, which may be repaired and reprojected, are read by :mod:`geodata.user_layers`.
    """
    name = display_name(path)
    if (quick := _quick_features(path, name, problems, content)) is not None:
        features, crs, built = quick
    else:
        features, crs = read_feature_collection(path, problems, content)
        built = polygons_at_once([f.geometry for f in features])
    if crs and not any(crs.upper().endswith(w.upper()) for w in _WGS84_NAMES):
        problems.append(
            Problem(
                name,
                "is in {crs}; GeoJSON here must be WGS 84 longitude/latitude",
                values={"crs": crs},
            )
        )
        return []
    records = []
    for feature, shape in zip(features, built, strict=True):
        geometry = (
            shape
            if shape is not None
            else read_geometry(feature.geometry, name, feature.label, problems)
        )
        if geometry is None:
            continue
        label = feature.label
        if not geometry.is_valid:
            problems.append(
                Problem(
                    name,
                    INVALID_NEAR if (place := invalid_place(geometry)) else INVALID,
                    record=label,
                    field="geometry",
                    values=place,
                )
            )
            continue
        west, south, east, north = geometry.bounds
        if not (in_region(west, south) and in_region(east, north)):
            problems.append(
                Problem(
                    name,
                    "geometry reaches outside the map region {region_lonlat}",
                    record=label,
                    field="geometry",
                    values={"region_lonlat": str(REGION_LONLAT)},
                )
            )
            continue
        records.append(GeoRecord(feature.index, feature.properties, geometry))
    return records


def load_base(folder: Path | None = None) -> BaseMap:
    """Load the base layers derived by ``geodata/build/build_base.py``."""
    folder = folder or data_dir() / "base"
    problems: list[Problem] = []
    layers = {}
    for layer in BASE_LAYERS:
        features = []
        for record in read_geojson(folder / f"{layer}.geojson", problems):
            p = record.properties
            names = Names(
                p.get("name_en") or p.get("id") or layer, p.get("name_fa"), p.get("name_ru")
            )
            features.append(
                BaseFeature(str(p.get("id", record.index)), layer, names, record.geometry)
            )
        layers[layer] = tuple(features)
    if problems:
        raise DataError(problems)
    return BaseMap(layers)


def load_places(path: Path | None = None) -> tuple[Place, ...]:
    """Load the gazetteer; ids must be unique and every drawn point inside the region."""
    path = path or data_dir() / "places.yaml"
    name = display_name(path)
    data = read_yaml(path)
    problems: list[Problem] = []
    if not isinstance(data, list):
        raise DataError([Problem(name, "must be a list of places")])
    places: list[Place] = []
    seen: set[str] = set()
    for item in data:
        r = RecordReader(item, name, problems)
        place_id = r.text("id")
        if place_id in seen:
            r.problem("id", "is used twice")
        seen.add(place_id)
        lon, lat = r.number("lon", -180, 180), r.number("lat", -90, 90)
        display = r.data.get("display")
        if display is not None:
            if not (isinstance(display, list) and len(display) == 2 and in_region(*display)):
                r.problem("display", "must be [lon, lat] inside the map region")
                display = None
        elif not in_region(lon, lat):
            r.problem("lon", "lies outside the map region; give a 'display' edge anchor")
        places.append(
            Place(
                id=place_id,
                kind=r.choice("kind", PLACE_KINDS),
                lon=lon,
                lat=lat,
                rank=r.integer("rank", 1, 3, 3),
                names=r.names("names"),
                historical_names=r.name_periods("historical_names"),
                coord_source=r.text("coord_source", required=False),
                display=tuple(display) if display else None,
                founded=r.date("founded", False),
                wikidata=_wikidata(r),
                geonames=_geonames(r),
            )
        )
    if problems:
        raise DataError(problems)
    return tuple(places)


def _wikidata(r: RecordReader) -> str | None:
    """The place's Wikidata item id (``Q3616``), checked for its shape only: we are offline."""
    value = r.data.get("wikidata")
    if value is None:
        return None
    if not (isinstance(value, str) and _WIKIDATA_ID.fullmatch(value)):
        r.problem("wikidata", "{value} is not a Wikidata item id such as Q3616", value=short(value))
        return None
    return value


def _geonames(r: RecordReader) -> int | None:
    """The place's GeoNames id; where ``coord_source`` names a GeoNames record it must be the
    same one, so the two never drift apart."""
    value = r.data.get("geonames")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 10**10:
        r.problem(
            "geonames",
            "{value} is not a GeoNames id (a whole number, e.g. 112931)",
            value=short(value),
        )
        return None
    source = r.data.get("coord_source")
    if isinstance(source, str) and source.startswith("geonames:") and source != f"geonames:{value}":
        r.problem(
            "geonames",
            "{value} is not the GeoNames record coord_source names ({source})",
            value=value,
            source=source,
        )
    return value


def territory_from_record(
    r: RecordReader, geometry: BaseGeometry, area: float, strict: bool = True
) -> Territory:
    """Build a territory from checked properties, adding the computed figures.

    *area* is the geometry's :func:`~geodata.projection.areas_km2` (used for an area only:
    a file's are projected at once). Not *strict* (a user's plain layer), ``construction``
    and ``sources`` may be left out.
    """
    valid_from, valid_to = r.date("valid_from"), r.date("valid_to", required=False)
    if valid_from and valid_to and valid_from.ordinal >= valid_to.ordinal:
        r.problem(
            "valid_to",
            "{valid_to} is not after valid_from {valid_from}",
            valid_to=str(valid_to),
            valid_from=str(valid_from),
        )
    figures = r.figures()
    if geometry.geom_type in ("LineString", "MultiLineString"):
        figures["computed_length_km"] = round(geodesic_length_km(geometry), 1)
    elif _AREA in geometry.geom_type:
        figures["computed_area_km2"] = round(area, -1)
    return Territory(
        id=r.text("id"),
        names=r.names("name"),
        kind=r.choice("kind", KINDS),
        status=r.choice("status", STATUSES),
        valid_from=valid_from or PartialDate(1),  # unreachable: problems raise
        valid_to=valid_to,
        boundary_precision=r.choice("boundary_precision", PRECISIONS),
        construction=r.text("construction", required=strict),
        sources=r.citations(required=strict),
        style=r.text("style"),
        lonlat=geometry,
        summary=r.text("summary", required=False),
        exclusive_group=r.text("exclusive_group", required=False) or None,
        figures=figures,
        disputes=r.disputes(),
        note=" ".join(r.text("note", required=False).split()),
        cut_by_frame=cut_by_region(geometry),
    )


def check_territories(
    records: Iterable[GeoRecord],
    name: str,
    problems: list[Problem],
    known_sources: frozenset[str] | None = None,
    taken: Mapping[str, str] | None = None,
    strict: bool = True,
) -> list[Territory]:
    """Territories from read records; problems are collected, not raised.

    Ids must be unique in the file and absent from *taken*, which maps ids used elsewhere to
    where ("the built-in territories", another file); citations must use *known_sources*
    (unchecked when ``None``). Not *strict*, see :func:`territory_from_record`.
    """
    taken = taken or {}
    territories: list[Territory] = []
    seen: set[str] = set()
    records = list(records)
    areas = areas_km2([g.geometry if _AREA in g.geometry.geom_type else None for g in records])
    for record, area in zip(records, areas.tolist(), strict=True):
        r = RecordReader(record.properties, name, problems)
        if r.record is None:
            r.record = f"feature #{record.index}"
        territory = territory_from_record(r, record.geometry, area, strict)
        if territory.id in taken:
            r.problem(
                "id", "is already used in {taken}; choose another id", taken=taken[territory.id]
            )
        elif territory.id in seen:
            r.problem("id", "is used twice")
        seen.add(territory.id)
        if known_sources is not None:
            for cite in territory.sources:
                if cite.source not in known_sources:
                    r.problem("sources", "cites unknown source {source}", source=short(cite.source))
        territories.append(territory)
    return territories


def load_history(
    path: Path | None = None,
    known_sources: frozenset[str] | None = None,
    content: bytes | None = None,
) -> TerritoryDataset:
    """Load the historical territories into an indexed dataset.

    Parameters
    ----------
    path
        A territories GeoJSON file; the bundled ``history.geojson`` by default.
    known_sources
        Registry ids citations may use; unchecked when ``None``.
    content
        The file's bytes when already read (the start-up cache keys an entry on the bytes
        checked, not on the file as it may be by then).
    """
    path = path or data_dir() / "history.geojson"
    name = display_name(path)
    problems: list[Problem] = []
    records = read_geojson(path, problems, content)
    territories = check_territories(records, name, problems, known_sources)
    if problems:
        raise DataError(problems)
    return TerritoryDataset(territories)
