"""``python -m viewer export-data``: the atlas's data for GIS tools and gazetteers. No Qt here.

Formats:

* **GeoPackage** (``.gpkg``): one layer per table of :mod:`viewer.core.data_tables`, dates as
  real DATE fields, the half-open rule in each layer's description; sources as an attribute
  table. Areas come first, so a tool that reads a file's first layer gets the territories.
* **GeoJSON** (``.geojson``, ``.json``): ONE FeatureCollection; each feature says its table in
  a ``layer`` property, and sources are features without geometry (RFC 7946 allows it). One
  file keeps the citations next to what cites them; filter on ``layer`` to split it.
* **CSV** (``.csv``): one row a feature with a ``layer`` column and the geometry as WKT in a
  ``WKT`` column (which GDAL and QGIS read as the geometry); nested values as JSON text.
* **LPF** (``.jsonld``): the Linked Places Format, see :mod:`viewer.core.lpf`.

Every file is written whole or not at all (:mod:`viewer.core.atomic`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping

from viewer.core.atlas import Atlas
from viewer.core.atomic import atomic_file, atomic_path
from viewer.core.data_tables import Column, Table, all_tables
from viewer.core.lpf import DEFAULT_URI_BASE, lpf_document
from viewer.core.wording import translate

DATA_FORMATS = {
    "gpkg": (".gpkg",),
    "geojson": (".geojson", ".json"),
    "csv": (".csv",),
    "lpf": (".jsonld",),
}
"""Format: the extensions that choose it when ``--format`` is not given."""
ATLAS_CRS = "EPSG:4326"
GEOPACKAGE_OPTIONS = {"VERSION": "1.2"}
"""GeoPackage 1.2 has all we use, and the GDAL of older QGIS (3.22 on Debian 12, GDAL 3.6)
reads it without the "only partially supported" warning it gives newer versions' files."""


def data_format(path: Path, given: str | None = None, language: str = "en") -> str:
    """The format asked for, else the one *path*'s extension names (``ValueError`` if none)."""
    if given:
        if given.lower() not in DATA_FORMATS:
            text = translate("DataExport", "{format} is not a data format; use {known}", language)
            raise ValueError(text.format(format=repr(given), known=", ".join(DATA_FORMATS)))
        return given.lower()
    suffix = path.suffix.lower()
    for name, suffixes in DATA_FORMATS.items():
        if suffix in suffixes:
            return name
    known = ", ".join(s for suffixes in DATA_FORMATS.values() for s in suffixes)
    text = translate(
        "DataExport",
        "cannot tell the format from {name}: end it in {known}, or give --format",
        language,
    )
    raise ValueError(text.format(name=repr(path.name), known=known))


def export_data(
    atlas: Atlas, path: Path, format: str, uri_base: str = DEFAULT_URI_BASE
) -> list[Table]:
    """Write the atlas's data to *path* in *format*; returns the tables written.

    Raises
    ------
    WriteError
        The file could not be written; the old file, if any, is untouched.
    """
    tables = all_tables(atlas)
    if format == "gpkg":
        write_geopackage(tables, path)
    elif format == "lpf":
        _write_text(path, json.dumps(lpf_document(atlas, uri_base), ensure_ascii=False))
    elif format == "geojson":
        _write_text(path, json.dumps(geojson_document(tables), ensure_ascii=False))
    else:
        _write_text(path, csv_text(tables))
    return tables


def _write_text(path: Path, text: str) -> None:
    with atomic_file(path) as file:
        file.write(text.encode("utf-8"))


# ---------------------------------------------------------------------- GeoPackage
def write_geopackage(tables: Sequence[Table], path: Path) -> None:
    """Every table as a layer of one GeoPackage, written beside *path* and then moved."""
    import pyogrio.raw  # only here: writing with GDAL

    def verify(written: Path) -> None:
        layers = [str(row[0]) for row in pyogrio.list_layers(written)]
        if layers != [t.name for t in tables]:
            raise OSError(f"the GeoPackage holds the layers {layers} only")

    with atomic_path(path, verify) as temporary:
        temporary.unlink()  # GDAL creates the database itself; atomic_path still cleans up
        try:
            for number, table in enumerate(tables):
                _write_layer(pyogrio.raw, temporary, table, first=number == 0)
        except RuntimeError as exc:  # pyogrio's errors; atomic_path words OSErrors itself
            raise OSError(f"GDAL could not write it ({exc})") from exc


def _write_layer(raw: Any, path: Path, table: Table, first: bool) -> None:
    values, masks = zip(*(_field(table, i) for i in range(len(table.columns))), strict=True)
    spatial = table.geometry_type is not None
    geometries = None
    if spatial:
        geometries = np.array(
            shapely.to_wkb(np.array(table.geometries, dtype=object)), dtype=object
        )
    raw.write(
        str(path),
        geometries,
        list(values),
        [name for name, _ in table.columns],
        field_mask=list(masks),
        layer=table.name,
        driver="GPKG",
        geometry_type=table.geometry_type,
        crs=ATLAS_CRS if spatial else None,
        promote_to_multi=(table.geometry_type or "").startswith("Multi"),
        layer_options={"DESCRIPTION": table.description},
        dataset_options=GEOPACKAGE_OPTIONS if first else None,
    )


def _field(table: Table, index: int) -> tuple[np.ndarray, np.ndarray | None]:
    """A column as GDAL takes it (DATE as numpy days, NaT for none), with its null mask."""
    kind = table.columns[index][1]
    values = [row[index] for row in table.rows]
    missing = np.array([v is None for v in values], dtype=bool)
    match kind:
        case Column.DATE:
            return np.array([v or "NaT" for v in values], dtype="datetime64[D]"), None
        case Column.INTEGER:
            return np.array([v or 0 for v in values], dtype=np.int64), missing
        case Column.BOOLEAN:
            return np.array([bool(v) for v in values], dtype=bool), missing
        case Column.REAL:
            return np.array([np.nan if v is None else v for v in values], dtype=float), None
        case Column.JSON:
            return np.array([_json_text(v) for v in values], dtype=object), None
        case _:
            return np.array([v or None for v in values], dtype=object), None


def _json_text(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------- GeoJSON and CSV
def _plain(value: Any) -> Any:
    """A value for text formats: days as ISO text, nested data kept as it is."""
    return value.isoformat() if isinstance(value, dt.date) else value


def geojson_document(tables: Sequence[Table]) -> dict[str, Any]:
    """One FeatureCollection of every table; each feature's ``layer`` names its table."""
    features = []
    for table in tables:
        geometries = table.geometries or (None,) * len(table.rows)
        for record, geometry in zip(table.records(), geometries, strict=True):
            properties = {"layer": table.name}
            properties |= {name: _plain(record[name]) for name, kind in table.columns}
            features.append(
                {
                    "type": "Feature",
                    "id": f"{table.name}/{record['id']}",
                    "geometry": mapping(geometry) if geometry is not None else None,
                    "properties": properties,
                }
            )
    return {
        "type": "FeatureCollection",
        "name": "Caspian Atlas",
        "layers": {table.name: table.description for table in tables},
        "features": features,
    }


def csv_text(tables: Sequence[Table]) -> str:
    """Every table in one CSV: ``layer``, ``WKT``, then every table's columns in turn."""
    header = ["layer", "WKT"]
    for table in tables:
        header += [name for name, _ in table.columns if name not in header]
    out = io.StringIO()
    writer = csv.DictWriter(out, header, lineterminator="\n")
    writer.writeheader()
    for table in tables:
        geometries = table.geometries or (None,) * len(table.rows)
        for record, geometry in zip(table.records(), geometries, strict=True):
            row = {"layer": table.name, "WKT": geometry.wkt if geometry is not None else ""}
            for name, kind in table.columns:
                value = _plain(record[name])
                row[name] = _json_text(value) if kind is Column.JSON else value
            writer.writerow(row)
    return out.getvalue()
