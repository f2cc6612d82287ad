"""Small map scans made by the tests (nothing is downloaded): a GeoTIFF in quadrants of four
colours, and the same as a PNG with a world file."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import rasterio
from rasterio.errors import NotGeoreferencedWarning
from rasterio.transform import Affine

RED, GREEN, BLUE, YELLOW = (200, 30, 30), (30, 160, 30), (30, 30, 200), (220, 200, 20)
WEST, NORTH, STEP = 46.0, 39.0, 0.05
"""The scan's north-west corner and its pixel size in degrees: 46-52° E, 33-39° N."""
QUADRANTS = {(47.5, 37.5): RED, (50.5, 37.5): GREEN, (47.5, 34.5): BLUE, (50.5, 34.5): YELLOW}
"""(lon, lat) inside each quadrant: its colour."""


def origin(west: float, north: float, x_size: float, y_size: float) -> Affine:
    """A north-up transform from its north-west corner (rasterio's ``from_origin`` without
    affine's deprecated ``*``)."""
    return Affine(x_size, 0, west, 0, -y_size, north)


def quadrants(width: int = 120, height: int = 120) -> np.ndarray:
    """Bands × rows × columns: red north-west, green north-east, blue south-west, yellow
    south-east (row 0 is the north)."""
    pixels = np.empty((3, height, width), np.uint8)
    h, w = height // 2, width // 2
    for (rows, cols), colour in zip(
        [(slice(0, h), slice(0, w)), (slice(0, h), slice(w, None)),
         (slice(h, None), slice(0, w)), (slice(h, None), slice(w, None))],
        (RED, GREEN, BLUE, YELLOW),
        strict=True,
    ):  # fmt: skip
        pixels[:, rows, cols] = np.array(colour, np.uint8)[:, None, None]
    return pixels


def write_geotiff(
    path: Path, crs: str | None = "EPSG:4326", transform=None, pixels=None, **options
) -> Path:
    pixels = quadrants() if pixels is None else pixels
    count, height, width = pixels.shape
    transform = transform or origin(WEST, NORTH, STEP * 120 / width, STEP * 120 / height)
    with rasterio.open(
        path, "w", driver="GTiff", width=width, height=height, count=count,
        dtype=pixels.dtype, crs=crs, transform=transform, **options,
    ) as dataset:  # fmt: skip
        dataset.write(pixels)
    return path


def write_png(path: Path, world: str | None = None) -> Path:
    """The quadrants as a plain PNG; with *world*, a world file beside it (``.pgw``)."""
    pixels = quadrants()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)  # it is not, yet
        with rasterio.Env(GDAL_PAM_ENABLED="NO"), rasterio.open(
            path, "w", driver="PNG", width=120, height=120, count=3, dtype="uint8"
        ) as dataset:  # fmt: skip
            dataset.write(pixels)
    if world is not None:
        path.with_suffix(".pgw").write_text(world)
    return path


DEGREES_WORLD = f"{STEP}\n0\n0\n{-STEP}\n{WEST + STEP / 2}\n{NORTH - STEP / 2}\n"
"""A world file placing the PNG as the GeoTIFF (it names the centre of the top-left pixel)."""
