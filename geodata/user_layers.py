"""Users' territory files: GeoJSON, and GeoPackage and the other formats of
:mod:`geodata.gdal_files`. No Qt here.

A teacher's layer is checked against the schema of the bundled ``history.geojson`` (see
``docs/user-data.md``) once what a plain layer does not say is filled in
(:mod:`geodata.plain_layers`; a strict check fills in nothing). A user's file is not the
editors' file: what can be mended
without guessing is mended and reported as a warning (a self-intersecting outline is repaired
with ``shapely.make_valid``, a known CRS is reprojected to WGS 84, a feature reaching past the
map region is cut at its edge), and everything else is a problem naming the file, the feature
and the field. The file is loaded whole or not at all, and the work is bounded whatever it
holds: too many vertices, or an outline too tangled to repair cheaply, is refused.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyproj.network
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError, ProjError
from shapely.geometry.base import BaseGeometry

from geodata.dataset import TerritoryDataset
from geodata.errors import DataError, Problem, Value, display_name
from geodata.fields import short
from geodata.gdal_files import read_with_gdal
from geodata.geometry import (
    GEOMETRY_TYPES,
    INVALID,
    INVALID_NEAR,
    REPAIRED,
    REPAIRED_NEAR,
    UNSUPPORTED_KIND,
    invalid_place,
    kind_shown,
    read_geometry,
)
from geodata.loading import GeoRecord, RawFeature, check_territories, read_feature_collection
from geodata.plain_layers import fill_in
from geodata.projection import REGION_LONLAT, region_polygon

GEOJSON_SUFFIXES = (".geojson", ".json")
"""Read by our own parser (exact line numbers for syntax errors); other files go to GDAL."""
MAX_VERTICES = 200_000
"""Above this a layer is accepted with a warning: the map slows down with vertex count."""
MAX_FILE_VERTICES = 1_000_000
"""Above this a layer is refused, and its remaining shapes are not even checked."""
MAX_REPAIR_CROSSINGS = 1_000
"""Most crossings an outline may have and still be repaired. A slip of the mouse makes a
few; ``make_valid``'s time and memory grow with their number (a 1,000-vertex scribble has
about 10⁵ and took 2.8 s and 335 MB, a 4,000-vertex one 150 s and 3.9 GB: measured)."""
_CROSSING_BATCH = 64
JSON_PROPERTIES = ("name", "sources", "disputes", "figures")
"""Properties that formats without nested values (GeoPackage, Shapefile) hold as JSON text."""
_WGS84 = CRS("EPSG:4326")
# a user's CRS never fetches grids: we are offline. (pyproj documents set_network_enabled
# here but re-exports it without __all__, which strict mypy reads as private.)
pyproj.network.set_network_enabled(False)  # type: ignore[attr-defined]
_NO_GEOMETRY = shapely.Point()
_REGION_TEXT = "{:g}–{:g}° E, {:g}–{:g}° N".format(*REGION_LONLAT[::2], *REGION_LONLAT[1::2])


@dataclass(frozen=True, slots=True)
class UserLayer:
    """A user's territories file, loaded: its dataset and what was mended on the way."""

    dataset: TerritoryDataset
    warnings: tuple[Problem, ...]


def load_user_territories(
    path: Path,
    *,
    known_sources: frozenset[str],
    taken: Mapping[str, str] | None = None,
    strict: bool = False,
    content: bytes | None = None,
) -> UserLayer:
    """Load and check a user's territories file.

    Parameters
    ----------
    path
        GeoJSON (``.geojson``, ``.json``), or a file of :data:`geodata.gdal_files.FORMATS`.
    known_sources
        Source ids citations may use (the bundled registry and the user's own).
    taken
        Territory ids already in use, mapped to where ("the built-in territories", a file).
    strict
        Hold the file to the bundled data's full schema (a contribution to it), instead of
        filling in what a plain layer lacks (:mod:`geodata.plain_layers`).
    content
        A GeoJSON file's bytes when already read (the start-up cache keys an entry on them).

    Raises
    ------
    DataError
        With every problem found; nothing of the file is kept.
    """
    name = display_name(path)
    problems: list[Problem] = []
    notes: list[Problem] = []
    unreadable: set[tuple[str, str]] = set()
    if path.suffix.lower() in GEOJSON_SUFFIXES:
        features, crs_name = read_feature_collection(path, problems, content)
        crs_name = crs_name or "OGC:CRS84"  # RFC 7946: GeoJSON without a crs is WGS 84
    else:
        features, crs_name = read_with_gdal(path, problems, notes)
        features = [_decode_json_properties(f, name, problems, unreadable) for f in features]
    if not features:
        raise DataError(problems or [Problem(name, "has no features")])
    if not strict:
        features = fill_in(features, name, path.stem, taken or {}, problems, notes)
    read_problems = len(problems)
    to_wgs84 = _transformer(crs_name, name, problems, notes)
    if len(problems) > read_problems:  # without a usable CRS no geometry can be checked
        raise DataError(problems)
    records = []
    vertices = 0
    for feature in features:
        geometry = read_geometry(feature.geometry, name, feature.label, problems)
        vertices += 0 if geometry is None else int(shapely.get_num_coordinates(geometry))
        if vertices > MAX_FILE_VERTICES:  # no more work on a file that will be refused
            message = (
                "has more than {limit:,} vertices ({count:,} so far); simplify "
                "it (in QGIS: Vector › Geometry Tools › Simplify) or split it"
            )
            values = {"limit": MAX_FILE_VERTICES, "count": vertices}
            raise DataError([*problems, Problem(name, message, values=values)])
        if geometry is not None:
            geometry = _checked_geometry(geometry, feature.label, to_wgs84, name, problems, notes)
        # A feature without usable geometry still has its properties checked (a placeholder
        # stands in; the file is refused anyway), so the user fixes everything in one pass.
        records.append(GeoRecord(feature.index, feature.properties, geometry or _NO_GEOMETRY))
    territories = check_territories(records, name, problems, known_sources, taken, strict)
    if problems:  # a property that was not JSON is reported once, not again as the wrong type
        later = [p for p in problems[read_problems:] if (p.record, p.field) not in unreadable]
        raise DataError(problems[:read_problems] + later)
    vertices = sum(shapely.get_num_coordinates(t.geometry) for t in territories)
    if vertices > MAX_VERTICES:
        notes.append(
            Problem(
                name,
                "has {vertices:,} vertices; the map may be slow: simplify it (in QGIS: Vector › "
                "Geometry Tools › Simplify)",
                values={"vertices": vertices},
            )
        )
    return UserLayer(TerritoryDataset(territories), tuple(notes))


def _decode_json_properties(
    feature: RawFeature, name: str, problems: list[Problem], unreadable: set[tuple[str, str]]
) -> RawFeature:
    """Nested properties written as JSON text, and ``name_en``/``name_fa``/``name_ru`` columns,
    turned into the schema's mappings and lists (GeoJSON files have them already).

    The (feature, property) pairs that are not JSON are added to *unreadable*.
    """
    props = dict(feature.properties)
    if props.get("name") is None and isinstance(props.get("name_en"), str):
        props["name"] = {lang: props.pop(f"name_{lang}", None) for lang in ("en", "fa", "ru")}
    for key in JSON_PROPERTIES:
        value = props.get(key)
        if isinstance(value, str) and value.lstrip().startswith(("{", "[")):
            try:
                props[key] = json.loads(value)
            except (ValueError, RecursionError) as exc:
                message = "is not valid JSON text; write it as JSON, in double quotes [{error}]"
                values = {"error": str(exc)}
                problems.append(
                    Problem(name, message, record=feature.label, field=key, values=values)
                )
                unreadable.add((feature.label, key))
    return RawFeature(feature.index, feature.label, props, feature.geometry)


def _transformer(
    crs_name: str | None, name: str, problems: list[Problem], notes: list[Problem]
) -> Transformer | None:
    """The conversion to WGS 84 longitude/latitude, ``None`` when none is needed."""
    try:
        crs = CRS.from_user_input(crs_name)
    except CRSError:
        problems.append(
            Problem(
                name,
                "is in an unknown coordinate reference system {crs_name}",
                values={"crs_name": short(crs_name)},
            )
        )
        return None
    if crs.equals(_WGS84, ignore_axis_order=True):
        return None
    try:
        transformer = Transformer.from_crs(crs, _WGS84, always_xy=True)
    except ProjError:
        problems.append(
            Problem(
                name,
                "is in {crs_name}, which cannot be converted to WGS 84",
                values={"crs_name": crs.name},
            )
        )
        return None
    code = crs.to_string() if crs.to_epsg() else "a custom CRS"
    notes.append(
        Problem(
            name,
            "is in {crs_name} ({code}); reprojected to WGS 84 longitude/latitude",
            values={"crs_name": crs.name, "code": code},
        )
    )
    return transformer


def _checked_geometry(
    geometry: BaseGeometry,
    label: str,
    to_wgs84: Transformer | None,
    name: str,
    problems: list[Problem],
    notes: list[Problem],
) -> BaseGeometry | None:
    """The geometry in WGS 84, valid and inside the map region, or ``None`` with a problem."""

    def problem(message: str, **values: Value) -> None:
        problems.append(Problem(name, message, record=label, field="geometry", values=values))

    def note(message: str, **values: Value) -> None:
        notes.append(Problem(name, message, record=label, field="geometry", values=values))

    kind = geometry.geom_type
    if kind not in GEOMETRY_TYPES:  # from GDAL: GeoJSON's were checked when read
        problem(UNSUPPORTED_KIND, kind=kind_shown(kind))
        return None
    geometry = shapely.force_2d(geometry)
    if to_wgs84 is not None:
        geometry = _reproject(geometry, to_wgs84)
        if not np.isfinite(shapely.get_coordinates(geometry)).all():
            problem("could not be reprojected to WGS 84 (coordinates outside the CRS's area?)")
            return None
    west, south, east, north = geometry.bounds
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        problem(
            "has coordinates out of range for longitude/latitude ({west}, {south}, {east}, "
            "{north}); if the file is in another CRS, say which in its 'crs'",
            west=f"{west:g}",
            south=f"{south:g}",
            east=f"{east:g}",
            north=f"{north:g}",
        )
        return None
    if not geometry.is_valid:
        place = invalid_place(geometry)
        if "Polygon" not in kind:
            problem(INVALID_NEAR if place else INVALID, **place)
            return None
        if _crossings(geometry, MAX_REPAIR_CROSSINGS) > MAX_REPAIR_CROSSINGS:
            problem(
                "is invalid and too complex to repair: its outline crosses itself "
                "more than {max_repair_crossings:,} times; fix it in your GIS",
                max_repair_crossings=MAX_REPAIR_CROSSINGS,
            )
            return None
        geometry = shapely.make_valid(geometry, method="structure", keep_collapsed=False)
        if geometry.is_empty:
            problem("geometry is invalid and nothing is left once repaired")
            return None
        note(REPAIRED_NEAR if place else REPAIRED, **place)
    region = region_polygon()
    if not geometry.intersects(region):
        problem("lies entirely outside the map region ({region_text})", region_text=_REGION_TEXT)
        return None
    if not region.contains(geometry):
        geometry = _same_dimension(geometry.intersection(region), geometry)
        if geometry.is_empty:
            problem("only touches the map region ({region_text})", region_text=_REGION_TEXT)
            return None
        note(
            "reaches outside the map region ({region_text}); the part outside was cut off",
            region_text=_REGION_TEXT,
        )
    return geometry


def _crossings(polygons: BaseGeometry, limit: int) -> int:
    """How many pairs of outline segments cross, counted to just past *limit*.

    Segments are looked up in a spatial index a batch at a time, so the work is bounded by
    the count reached, not by the square of the vertices a scribble could have.
    """
    rings = shapely.get_rings(shapely.get_parts(polygons))
    coords = [shapely.get_coordinates(ring) for ring in rings]
    segments = shapely.linestrings(np.concatenate([np.stack([c[:-1], c[1:]], 1) for c in coords]))
    tree = shapely.STRtree(segments)
    count = 0
    for start in range(0, len(segments), _CROSSING_BATCH):
        batch, other = tree.query(segments[start : start + _CROSSING_BATCH], predicate="crosses")
        count += int((other > batch + start).sum())  # each crossing pair once
        if count > limit:
            break
    return count


def _reproject(geometry: BaseGeometry, transformer: Transformer) -> BaseGeometry:
    def to_wgs84(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

    return shapely.transform(geometry, to_wgs84)


def _same_dimension(clipped: BaseGeometry, original: BaseGeometry) -> BaseGeometry:
    """The parts of *clipped* of the original's dimension (an intersection can add stray
    points or lines where outlines touch), merged back into one geometry."""
    parts = shapely.get_parts(clipped)
    keep = parts[shapely.get_dimensions(parts) == shapely.get_dimensions(original)]
    if len(keep) == 1:
        return keep[0]
    return {0: shapely.multipoints, 1: shapely.multilinestrings, 2: shapely.multipolygons}[
        int(shapely.get_dimensions(original))
    ](keep)
