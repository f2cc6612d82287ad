"""Users' territory files in formats GDAL reads, read offline. No Qt here.

GDAL opens far more than files: a ``.vrt`` may name a ``/vsicurl/`` source, a WFS ``.xml``
or a ``.gdalg`` file runs requests, and GDAL picks the driver from a file's content, not its
name, so any of them renamed ``.csv`` is opened the same way. The atlas promises to work
offline and never to fetch anything, so here:

* only the formats in :data:`FORMATS` are read, told by their extension **and** their first
  bytes before GDAL sees the file; anything else is refused in our words;
* every other vector driver is unloaded from GDAL (``GDAL_SKIP``), so no content can select
  one (only GDAL's MapInfo driver, whose name has a space, cannot be listed; it reads local
  files only and is never reached, since no ``.tab``/``.mif`` file gets past the check);
* GDAL's network access is switched off as a last line of defence;
* the file and the sidecars GDAL would open with it (a Shapefile's ``.dbf``, a GeoPackage's
  ``-wal``) must be regular files on this computer (see :mod:`geodata.safe_files`).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import textwrap
import warnings
from pathlib import Path
from typing import Any

import shapely

from geodata.errors import DataError, Problem, display_name
from geodata.loading import MAX_FILE_BYTES, RawFeature
from geodata.safe_files import check_size_and_kind, read_head, regular_file

FORMATS = {
    ".gpkg": ("GPKG", "GeoPackage"),
    ".shp": ("ESRI Shapefile", "Shapefile"),
    ".fgb": ("FlatGeobuf", "FlatGeobuf"),
    ".kml": ("KML", "KML"),
    ".csv": ("CSV", "CSV"),
}
"""Extension: (GDAL driver, name in messages). GeoJSON is read by our own parser."""
SUPPORTED_TEXT = (
    "GeoJSON (.geojson, .json), GeoPackage (.gpkg), Shapefile (.shp), FlatGeobuf (.fgb), "
    "KML (.kml) or CSV (.csv)"
)
_MAGIC = {".gpkg": b"SQLite format 3\x00", ".shp": b"\x00\x00\x27\x0a", ".fgb": b"fgb\x03"}
_KML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<kml[\s>]", re.S
)
_SIDECARS = {
    ".shp": (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".shp.xml"),
    ".gpkg": (".gpkg-wal", ".gpkg-shm", ".gpkg-journal"),
    ".csv": (".csvt", ".prj"),
}
"""Files GDAL opens next to the named one (same stem, any case)."""
_OFFLINE = {
    "GDAL_HTTP_MAX_RETRY": "0",
    "GDAL_HTTP_TIMEOUT": "1",
    "GDAL_HTTP_CONNECTTIMEOUT": "1",
    "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
    "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".none",
    "PROJ_NETWORK": "OFF",
}
_HEAD = 1024
_CSV_OPTIONS = {
    "X_POSSIBLE_NAMES": "lon,longitude,lng,long,x",
    "Y_POSSIBLE_NAMES": "lat,latitude,y",
    "GEOM_POSSIBLE_NAMES": "wkt,geometry,geom,the_geom",
    "KEEP_GEOM_COLUMNS": "NO",
}
"""A CSV's geometry: lon/lat columns or WKT text, named as spreadsheets and QGIS name them."""


def read_with_gdal(
    path: Path, problems: list[Problem], notes: list[Problem]
) -> tuple[list[RawFeature], str | None]:
    """The first layer of a supported file, as raw features, and its CRS (``None`` if unset).

    Problems are collected, not raised.
    """
    name = display_name(path)
    try:
        driver = _checked_format(path, name)
    except DataError as exc:
        problems += exc.problems
        return [], None
    pyogrio = _offline_pyogrio()
    target = str(path.resolve())  # absolute: never read as a "WFS:"-style connection string
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            layers = pyogrio.list_layers(target)
            if len(layers) == 0:
                problems.append(Problem(name, "has no layers"))
                return [], None
            layer = str(layers[0][0])
            if len(layers) > 1:
                others = ", ".join(str(row[0]) for row in layers[1:])
                notes.append(
                    Problem(
                        name,
                        "has {count} layers; only '{layer}' is read, not {others}",
                        values={"count": len(layers), "layer": layer, "others": others},
                    )
                )
            options = _CSV_OPTIONS if driver[0] == "CSV" else {}
            meta, _, wkb, columns = pyogrio.raw.read(target, layer=layer, **options)
        except (RuntimeError, ValueError, OSError) as exc:
            reason = str(exc).split(";")[0].replace(f"'{target}'", "").replace(target, "")
            reason = textwrap.shorten(reason.strip(" :"), 120)
            problems.append(
                Problem(
                    name,
                    "could not be read as {driver} ({reason})",
                    values={"driver": driver[1], "reason": reason},
                )
            )
            return [], None
        except UnicodeDecodeError:
            problems.append(Problem(name, "has text that is not UTF-8; save it as UTF-8"))
            return [], None
    notes += [Problem(name, "GDAL: {warning}", values={"warning": str(w.message)}) for w in caught]
    if wkb is None:
        message = (
            "has no geometry column (a CSV needs lon and lat columns, or a WKT column)"
            if driver[0] == "CSV"
            else "has no geometry column"
        )
        problems.append(Problem(name, message))
        return [], None
    if meta.get("crs") is None and driver[0] == "CSV":
        meta["crs"] = "OGC:CRS84"  # a CSV has no place to say; lon/lat is what it holds
        notes.append(Problem(name, "is read as WGS 84 longitude/latitude (a CSV gives no CRS)"))
    if meta.get("crs") is None:
        problems.append(
            Problem(
                name,
                "does not say its coordinate reference system (a Shapefile's .prj is missing?); "
                "save it with one, ideally WGS 84 (EPSG:4326)",
            )
        )
        return [], None
    fields = [str(f) for f in meta["fields"]]
    values = [_plain(column.tolist()) for column in columns]
    geometries = shapely.from_wkb(wkb, on_invalid="ignore")
    features = []
    for index, geometry in enumerate(geometries.tolist()):
        props = {field: column[index] for field, column in zip(fields, values, strict=True)}
        label = props.get("id") if isinstance(props.get("id"), str) and props["id"] else None
        features.append(RawFeature(index, label or f"feature #{index}", props, geometry))
    return features, meta["crs"]


def _checked_format(path: Path, name: str) -> tuple[str, str]:
    """The driver and format name of a supported file, told by its extension and first
    bytes; its sidecars checked; else a :class:`DataError`."""
    suffix = path.suffix.lower()
    size = regular_file(path).st_size
    if suffix not in FORMATS:
        kind = f"'{suffix}' files" if suffix else "files without an extension"
        raise DataError(
            [
                Problem(
                    name,
                    "is not a file the atlas reads ({kind}); use {supported_text}",
                    values={"kind": kind, "supported_text": SUPPORTED_TEXT},
                )
            ]
        )
    driver = FORMATS[suffix]
    stem = path.name[: -len(suffix)].lower()
    wanted = {stem + ext for ext in _SIDECARS.get(suffix, ())}
    for sidecar in (p for p in path.parent.iterdir() if p.name.lower() in wanted):
        size += regular_file(sidecar).st_size
    looks_right = _looks_like(suffix, read_head(path, _HEAD))
    check_size_and_kind(name, size, MAX_FILE_BYTES, driver[1], looks_right)
    return driver


def _looks_like(suffix: str, head: bytes) -> bool:
    if suffix in _MAGIC:
        return head.startswith(_MAGIC[suffix])
    if suffix == ".kml":
        return _KML_START.match(head) is not None
    return b"\x00" not in head and not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<", b"{"))


@functools.cache
def _offline_pyogrio() -> Any:
    """pyogrio, with GDAL limited to :data:`FORMATS` and its network access off."""
    import pyogrio  # only for users' non-GeoJSON files
    import pyogrio._ogr
    import pyogrio.raw

    keep = {driver for driver, _ in FORMATS.values()}
    skip = sorted(d for d in pyogrio.list_drivers() if d not in keep and " " not in d)
    pyogrio.set_gdal_config_options({**_OFFLINE, "GDAL_SKIP": " ".join(skip)})
    pyogrio._ogr._register_drivers()  # GDALAllRegister again: it unloads what GDAL_SKIP names
    return pyogrio


def _plain(values: list[Any]) -> list[Any]:
    """Column values as the schema expects them: no NaN for empty cells, dates as text."""
    result: list[Any] = []
    for value in values:
        if isinstance(value, float) and math.isnan(value):
            value = None
        elif isinstance(value, dt.datetime):
            value = value.date().isoformat() if value.time() == dt.time() else value.isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        result.append(value)
    return result
