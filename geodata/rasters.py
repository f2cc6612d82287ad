"""Users' historical map scans: a georeferenced raster, read offline and warped to the map.

A GeoTIFF, or a PNG or JPEG with a world file (``.tfw``, ``.pgw``, ``.jgw``, ``.wld``), is
read with rasterio (its bundled GDAL) and reprojected to :data:`~geodata.projection.MAP_CRS`
as an RGBA picture with its bounds in map metres; the viewer only draws it. No Qt here.

As for vector files (:mod:`geodata.gdal_files`), nothing in a file may make GDAL fetch or
open anything else: the format is told by the extension **and** the first bytes before GDAL
sees the file, GDAL is allowed that one driver (never VRT, never ``/vsicurl/``), the files
GDAL opens beside it (world file, ``.ovr``, ``.msk``) must be regular files, and its network
access is off. Memory is bounded: a raster is read decimated so that neither it nor the
warped picture is longer than :data:`LONG_SIDE` pixels, and absurd sizes are refused from the
header before any pixel is read.

A scan may say when it is valid, and its title, in a sidecar ``NAME.atlas.yaml`` next to it::

    title: Russian General Staff map of northern Persia
    valid_from: 1914
    valid_to: 1918        # half-open, as the atlas's data: not drawn from 1 January 1918
"""

from __future__ import annotations

import functools
import math
import textwrap
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from geodata.dates import OPEN_END, OPEN_START, DateError, PartialDate, interval_contains
from geodata.errors import DataError, Problem, Value, display_name, printable
from geodata.projection import MAP_CRS, REGION_LONLAT, projected_bounds
from geodata.safe_files import check_size_and_kind, read_head, regular_file
from geodata.yamlio import LINE_KEY, read_yaml

FORMATS = {
    ".tif": ("GTiff", "GeoTIFF"),
    ".tiff": ("GTiff", "GeoTIFF"),
    ".png": ("PNG", "PNG"),
    ".jpg": ("JPEG", "JPEG"),
    ".jpeg": ("JPEG", "JPEG"),
}
"""Extension: (the one GDAL driver allowed, name in messages)."""
RASTER_SUFFIXES = tuple(FORMATS)
SUPPORTED_TEXT = "GeoTIFF (.tif, .tiff), or PNG (.png) or JPEG (.jpg) with a world file"
_MAGIC = {
    "GTiff": (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"),
    "PNG": (b"\x89PNG\r\n\x1a\n",),
    "JPEG": (b"\xff\xd8\xff",),
}
WORLD_FILES = {
    ".tif": (".tfw", ".tifw", ".wld"),
    ".tiff": (".tfw", ".tiffw", ".wld"),
    ".png": (".pgw", ".pngw", ".wld"),
    ".jpg": (".jgw", ".jpgw", ".wld"),
    ".jpeg": (".jgw", ".jpegw", ".wld"),
}
"""The world files GDAL looks for next to an image (same stem)."""
_BESIDE = (".ovr", ".msk", ".aux.xml")
"""Files GDAL opens next to a raster (its whole name plus these); the first two are TIFFs."""
SIDECAR = ".atlas.yaml"
"""The scan's title and dates: ``NAME.atlas.yaml`` beside ``NAME.tif``."""
SIDECAR_KEYS = ("title", "valid_from", "valid_to")
MAX_RASTER_BYTES = 1_000_000_000
"""A scan and its sidecars on disk (a 1 GB TIFF is a large sheet at 600 dpi)."""
MAX_PIXELS = 1_000_000_000
MAX_SIDE = 200_000
LONG_SIDE = 4096
"""Longest side, in pixels, of the picture read and of the picture drawn (64 MB RGBA)."""
DEEP_TYPES = frozenset({"uint16", "int16", "float32"})
"""Band types read by stretching them to 8 bits (archives' 16-bit scans)."""
STRETCH = (2.0, 98.0)
"""Percentiles of a band's values drawn black and white when it is stretched to 8 bits."""
STRETCH_SAMPLE = 1_000_000
"""Pixels at most that a band's percentiles are taken from (an even grid of them)."""
REGION_MARGIN = 5.0
"""Degrees kept around the map region when a scan reaches beyond it."""
_OFFLINE: dict[str, str | int] = {
    "GDAL_HTTP_MAX_RETRY": "0",
    "GDAL_HTTP_TIMEOUT": "1",
    "GDAL_HTTP_CONNECTTIMEOUT": "1",
    "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".none",
    "GDAL_DISABLE_READDIR_ON_OPEN": "TRUE",  # world files are looked for by name, not listing
    "GDAL_PAM_ENABLED": "NO",  # never write .aux.xml beside the user's file
    "GDAL_CACHEMAX": 128,  # megabytes: the decimated read streams through it
    "PROJ_NETWORK": "OFF",
}


@dataclass(frozen=True, slots=True, eq=False)
class MapRaster:
    """A scan warped to the map: an RGBA picture (row 0 at the north) and where it lies.

    Attributes
    ----------
    id
        The key of its look (opacity, placement) in the map model: its file's full path.
    title
        Its name in the legend and Layers dock (the sidecar's ``title``, or the file's name).
    image
        ``(height, width, 4)`` bytes, transparent outside the scan.
    bounds
        ``(x0, y0, x1, y1)`` in map metres.
    valid_from, valid_to
        When it is drawn, half-open as the atlas's data: from *valid_from* up to, not
        including, *valid_to*; ``None`` is open (no sidecar, or no such key).
    """

    id: str
    path: Path
    title: str
    image: npt.NDArray[np.uint8]
    bounds: tuple[float, float, float, float]
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None

    def valid_on(self, day: int) -> bool:
        start = self.valid_from.ordinal if self.valid_from else OPEN_START.ordinal
        return interval_contains(start, self.valid_to.ordinal if self.valid_to else OPEN_END, day)

    @property
    def dates_text(self) -> str:
        """Its dates as its sidecar gives them (``valid_from 1914, valid_to 1918-03``)."""
        return ", ".join(
            f"{key} {date.iso()}"
            for key, date in (("valid_from", self.valid_from), ("valid_to", self.valid_to))
            if date is not None
        )


def load_raster(path: Path) -> tuple[MapRaster, list[Problem]]:
    """Read and warp a scan; return it with warnings (what was assumed).

    Raises
    ------
    DataError
        Naming the file and every problem found; nothing of it is kept.
    """
    name = display_name(path)
    driver = _checked_format(path, name)
    title, start, end = _sidecar(path, name)
    notes: list[Problem] = []
    rasterio = _rasterio()
    from rasterio.errors import NotGeoreferencedWarning, RasterioError

    try:
        with rasterio.Env(**_OFFLINE), warnings.catch_warnings():
            # said in our words below, or the file is refused
            warnings.simplefilter("ignore", NotGeoreferencedWarning)
            with rasterio.open(path.resolve(), driver=driver[0]) as source:
                image, bounds = _warped(source, name, notes)
    except DataError:
        raise
    except (RasterioError, OSError, ValueError, RuntimeError) as exc:
        target = str(path.resolve())
        reason = str(exc).replace(f"'{target}'", "").replace(target, "").strip(" :.'")
        reason = textwrap.shorten(printable(reason), 120)
        message = "could not be opened as {driver} ({reason})"
        values = {"driver": driver[1], "reason": reason}
        raise DataError([Problem(name, message, values=values)]) from None
    raster = MapRaster(str(path.resolve()), path, title or path.name, image, bounds, start, end)
    return raster, notes


def _checked_format(path: Path, name: str) -> tuple[str, str]:
    """The driver and format name of a supported scan, told by its extension and first bytes,
    its neighbours GDAL would open checked; else a :class:`DataError`."""
    size = regular_file(path).st_size
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise DataError(
            [
                Problem(
                    name,
                    "is not a map scan the atlas reads; use {supported_text}",
                    values={"supported_text": SUPPORTED_TEXT},
                )
            ]
        )
    driver = FORMATS[suffix]
    stem, whole = path.stem.lower(), path.name.lower()
    beside = {stem + ext for ext in WORLD_FILES[suffix]} | {stem + SIDECAR}
    tiffs = {whole + ext for ext in _BESIDE[:2]}
    for neighbour in (p for p in path.parent.iterdir() if p.name.lower() in beside | tiffs):
        size += regular_file(neighbour).st_size
        if neighbour.name.lower() in tiffs and not read_head(neighbour, 4).startswith(
            _MAGIC["GTiff"]
        ):
            message = "has a {neighbour} beside it that is not a TIFF; remove it"
            raise DataError([Problem(name, message, values={"neighbour": neighbour.name})])
    looks_right = read_head(path, 8).startswith(_MAGIC[driver[0]])
    check_size_and_kind(name, size, MAX_RASTER_BYTES, driver[1], looks_right)
    return driver


def _sidecar(path: Path, name: str) -> tuple[str, PartialDate | None, PartialDate | None]:
    """The title and half-open validity from ``NAME.atlas.yaml``, if there is one."""
    sidecar = path.with_name(path.stem + SIDECAR)
    if not sidecar.exists():
        return "", None, None
    where = display_name(sidecar)
    data = read_yaml(sidecar)
    if not isinstance(data, dict):
        message = "must be a mapping with {keys} (see docs/user-data.md)"
        raise DataError([Problem(where, message, values={"keys": ", ".join(SIDECAR_KEYS)})])
    problems = [
        Problem(
            where,
            "has an unknown key; use {choices}",
            field=str(key),
            values={"choices": ", ".join(SIDECAR_KEYS)},
        )
        for key in data
        if key not in (*SIDECAR_KEYS, LINE_KEY)
    ]
    title = data.get("title")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        problems.append(Problem(where, "must be some text", field="title"))
    dates: dict[str, PartialDate | None] = {}
    for key in ("valid_from", "valid_to"):
        value = data.get(key)
        try:
            dates[key] = None if value in (None, "", "..") else PartialDate.parse(value)
        except DateError as exc:
            problems.append(Problem(where, exc.reason, field=key, values=exc.fields))
    first, last = dates.get("valid_from"), dates.get("valid_to")
    if first and last and last.ordinal <= first.ordinal:
        problems.append(Problem(where, "ends before it starts", field="valid_to"))
    if problems:
        raise DataError(
            [
                Problem(
                    name,
                    "has a sidecar {sidecar_name} with problems",
                    values={"sidecar_name": sidecar.name},
                ),
                *problems,
            ]
        )
    return (title or "").strip(), first, last


@functools.cache
def _rasterio() -> Any:
    """rasterio, imported only when a scan is opened (it loads GDAL: ~0.2 s)."""
    import rasterio
    import rasterio.warp

    return rasterio


def _warped(
    source: Any, name: str, notes: list[Problem]
) -> tuple[npt.NDArray[np.uint8], tuple[float, float, float, float]]:
    """The scan, read decimated and warped to the map's projection, and its bounds."""
    from rasterio.crs import CRS
    from rasterio.enums import ColorInterp, Resampling
    from rasterio.errors import RasterioError
    from rasterio.transform import Affine, array_bounds, from_gcps
    from rasterio.warp import reproject, transform_bounds

    width, height, count = source.width, source.height, source.count
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        message = (
            "is {width:,} × {height:,} pixels, more than the atlas reads "
            "({pixels:,} pixels, {side:,} a side); make a smaller copy"
        )
        values: dict[str, Value] = {"width": width, "height": height}
        values |= {"pixels": MAX_PIXELS, "side": MAX_SIDE}
        raise DataError([Problem(name, message, values=values)])
    dtype = source.dtypes[0] if count else "no"
    deep = count in (1, 3) and dtype in DEEP_TYPES and set(source.dtypes) == {dtype}
    if not deep and (count not in (1, 2, 3, 4) or any(d != "uint8" for d in source.dtypes)):
        message = (
            "has {count} band(s) of {dtype} values; the atlas reads 8-bit greyscale, "
            "palette, RGB or RGBA scans, and 16-bit or floating-point greyscale or RGB ones"
        )
        raise DataError([Problem(name, message, values={"count": count, "dtype": dtype})])
    transform, crs = source.transform, source.crs
    if transform == Affine.identity():
        gcps, gcp_crs = source.gcps
        if not gcps:
            worlds = " or ".join(WORLD_FILES[Path(source.name).suffix.lower()])
            message = (
                "is not georeferenced: it has no coordinates and there is no world file "
                "({worlds}) beside it; georeference it in QGIS and save a GeoTIFF"
            )
            raise DataError([Problem(name, message, values={"worlds": worlds})])
        transform, crs = from_gcps(gcps), gcp_crs
        notes.append(
            Problem(
                name,
                "is placed by an affine fit of its {count} control points",
                values={"count": len(gcps)},
            )
        )
    if crs is None:
        west, south, east, north = array_bounds(height, width, transform)
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            message = (
                "does not say its coordinate reference system, and its world file is not in "
                "degrees (it spans x {west:,} to {east:,}); save it as a GeoTIFF with its CRS"
            )
            values = {"west": round(west), "east": round(east)}
            raise DataError([Problem(name, message, values=values)])
        crs = CRS.from_epsg(4326)
        notes.append(Problem(name, "is read as WGS 84 longitude/latitude (it gives no CRS)"))
    step = max(1, math.ceil(max(width, height) / LONG_SIDE))
    shape = (math.ceil(height / step), math.ceil(width / step))
    paletted = count == 1 and source.colorinterp[0] == ColorInterp.palette
    resampling = Resampling.nearest if paletted else Resampling.average
    try:
        bands = source.read(out_shape=(count, *shape), resampling=resampling)
        mask = source.dataset_mask(out_shape=shape)
    except RasterioError:
        message = "is damaged or cut short: its pixels could not be read"
        raise DataError([Problem(name, message)]) from None
    rgba = np.empty((4, *shape), np.uint8)
    if deep:
        mask = _stretched(bands, mask, rgba)
        notes.append(
            Problem(
                name,
                "has {dtype} values, stretched to 8 bits: each band's 2nd to 98th percentile "
                "from black to white, its no-data left transparent",
                values={"dtype": dtype},
            )
        )
    elif paletted:
        lut = np.zeros((256, 4), np.uint8)
        for index, colour in source.colormap(1).items():
            lut[index] = colour
        rgba[:] = np.moveaxis(lut[bands[0]], -1, 0)
    else:
        rgba[:3] = bands[:3] if count >= 3 else bands[0]
        rgba[3] = 255
    rgba[3] = np.minimum(rgba[3], mask)
    transform = transform @ Affine.scale(width / shape[1], height / shape[0])
    lonlat = transform_bounds(crs, "EPSG:4326", *array_bounds(*shape, transform), densify_pts=21)
    west, south, east, north = REGION_LONLAT
    m = REGION_MARGIN
    box = (
        max(lonlat[0], west - m),
        max(lonlat[1], south - m),
        min(lonlat[2], east + m),
        min(lonlat[3], north + m),
    )
    if box[0] >= box[2] or box[1] >= box[3]:
        where = ", ".join(f"{v:.1f}" for v in lonlat)
        message = (
            "lies outside the map (its corners are at {corners} in degrees; the map shows "
            "{west}° to {east}° E, {south}° to {north}° N)"
        )
        values = {"corners": where, "west": f"{west:g}", "east": f"{east:g}"}
        values |= {"south": f"{south:g}", "north": f"{north:g}"}
        raise DataError([Problem(name, message, values=values)])
    x0, y0, x1, y1 = projected_bounds(box)
    longer = max(shape)
    scale = longer / max(x1 - x0, y1 - y0)
    size = (max(1, round((y1 - y0) * scale)), max(1, round((x1 - x0) * scale)))
    warped = np.zeros((4, *size), np.uint8)
    reproject(
        rgba,
        warped,
        src_transform=transform,
        src_crs=crs,
        dst_transform=Affine((x1 - x0) / size[1], 0, x0, 0, (y0 - y1) / size[0], y1),
        dst_crs=CRS.from_string(MAP_CRS),
        resampling=Resampling.bilinear,
    )
    if not warped[3].any():
        raise DataError([Problem(name, "has no pixel inside the map once placed")])
    return np.ascontiguousarray(np.moveaxis(warped, 0, -1)), (x0, y0, x1, y1)


def _stretched(
    bands: npt.NDArray[Any], mask: npt.NDArray[np.uint8], rgba: npt.NDArray[np.uint8]
) -> npt.NDArray[np.uint8]:
    """Fill *rgba* from 16-bit or floating-point *bands* (1 grey or 3 RGB), each stretched
    from its :data:`STRETCH` percentiles to 0-255; return *mask* with the pixels that hold
    no number (NaN, infinity) made transparent too.

    The percentiles come from at most :data:`STRETCH_SAMPLE` valid pixels, so the memory
    beyond the bands read is a band's float copy and a small sample.
    """
    finite = np.ones(mask.shape, bool)
    if bands.dtype.kind == "f":
        for band in bands:
            finite &= np.isfinite(band)
    valid = finite & (mask > 0)
    step = max(1, math.ceil(math.sqrt(valid.size / STRETCH_SAMPLE)))
    sampled = valid[::step, ::step]
    for index, band in enumerate(bands):
        sample = band[::step, ::step][sampled]
        low, high = np.percentile(sample, STRETCH) if sample.size else (0.0, 0.0)
        scaled = band.astype(np.float32)
        scaled -= low
        scaled *= 255.0 / (high - low) if high > low else 0.0
        np.clip(scaled, 0, 255, out=scaled)
        scaled[~finite] = 0
        rgba[index] = scaled
    if len(bands) == 1:
        rgba[1:3] = rgba[0]
    rgba[3] = 255
    return np.where(finite, mask, 0).astype(np.uint8)
