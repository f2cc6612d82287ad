"""What a snapshot shows and how big: options, paper sizes, formats and the date line. No Qt.

Plain data and rules, kept apart from the renderer: they need no Qt, so whatever checks a
request (format, size, resolution, speed, area, date line) can use them without loading
anything that draws. The command line, the export dialog and the exporters share the limits
here, so a request refused in one is refused in all, in the same words.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geodata.dates import Precision
from geodata.projection import REGION_LONLAT, project_points
from viewer.core.local_dates import gregorian_text, old_style_text, solar_hijri_text
from viewer.core.wording import translate

SNAPSHOT_FORMATS = ("png", "svg", "pdf")
PAPER_MM = {"a4": (297.0, 210.0), "a3": (420.0, 297.0), "letter": (279.4, 215.9)}
"""Paper sizes in millimetres, landscape."""
LOGICAL_DPI = 96.0
"""Logical pixels per inch: the unit of the layout, of PDF pages and of SVG view boxes."""
SLIDE = (1920, 1080)
PAPER_COLOUR = "#ffffff"
MUTED = "#5f5a50"
DPI_RANGE = (36.0, 2400.0)
"""Resolutions a picture may ask for: below 36 dpi a page is a thumbnail, above 2400 dpi no
printer shows more."""
SIDE_RANGE = (64, 16384)
"""Pixels a side of a picture or frame: smaller shows nothing legible, larger no viewer opens."""
MAX_MEGAPIXELS = 150
"""The most pixels of a picture or frame (a 16K square is 268): about 600 MB while drawn."""
FPS_RANGE = (0.1, 60.0)
"""Frames a second of an animation: from one every ten seconds to video rate."""
MIN_EXTENT_DEGREES = 0.1
"""The least width and height of an area to show, about 10 km: less is a point."""


@dataclass(frozen=True, slots=True)
class SnapshotOptions:
    """What to draw and how big.

    Parameters
    ----------
    date
        The day the map shows.
    size
        The layout's size in logical pixels (1/96 inch): a PDF's page, an SVG's view box.
    scale
        Device pixels per logical pixel for raster output (PNG, GIF and MP4 frames).
    dpi
        The resolution written into a PNG (its physical size), e.g. 300 for print.
    extent
        The map area to show, in projected map metres ``(x0, y0, x1, y1)``, widened to the
        frame's aspect; ``None`` is the app's home view. See :func:`extent_from_lonlat`.
    title
        ``None`` for the default title naming the date, or the text to show.
    hidden_kinds, hidden_base
        Historical kinds and base layers (``provinces``, ``rivers``, ``graticule``) to leave
        out, as the user switched them off in the app.
    timeline
        For animation frames: the range of the small timeline bar burned into the picture.
    """

    date: dt.date
    size: tuple[float, float] = SLIDE
    scale: float = 1.0
    dpi: float = LOGICAL_DPI
    extent: tuple[float, float, float, float] | None = None
    language: str = "en"
    title: str | None = None
    show_title: bool = True
    show_date: bool = True
    show_legend: bool = True
    show_scale_bar: bool = True
    show_north_arrow: bool = True
    show_credits: bool = True
    hidden_kinds: frozenset[str] = frozenset()
    hidden_base: frozenset[str] = frozenset()
    timeline: tuple[dt.date, dt.date] | None = None

    @classmethod
    def for_pixels(cls, width: int, height: int, **fields: object) -> SnapshotOptions:
        """Options for a picture of exactly *width* × *height* pixels.

        The layout's longer side is kept between 1280 and 1920 logical pixels and the scale
        makes up the rest: 3840 × 2160 is a slide drawn at scale 2 (sharper, not smaller
        type), and 960 × 540 one of 1280 × 720 at scale 0.75 (the map not crowded by labels).
        """
        longer = max(width, height)
        scale = longer / min(max(longer, 1280), SLIDE[0])
        return cls(size=(width / scale, height / scale), scale=scale, **fields)  # type: ignore[arg-type]

    @classmethod
    def for_paper(
        cls, paper: str, landscape: bool = True, dpi: float = 300.0, **fields: object
    ) -> SnapshotOptions:
        """Options for a sheet of paper (``a4``, ``a3``, ``letter``) printed at *dpi*."""
        long_mm, short_mm = PAPER_MM[paper]
        mm = (long_mm, short_mm) if landscape else (short_mm, long_mm)
        size = (mm[0] / 25.4 * LOGICAL_DPI, mm[1] / 25.4 * LOGICAL_DPI)
        return cls(size=size, scale=dpi / LOGICAL_DPI, dpi=dpi, **fields)  # type: ignore[arg-type]

    @property
    def pixel_size(self) -> tuple[int, int]:
        """The raster size in device pixels."""
        return round(self.size[0] * self.scale), round(self.size[1] * self.scale)

    @property
    def title_text(self) -> str:
        if self.title is not None:
            return self.title
        day = unbroken(gregorian_text(self.date, Precision.DAY, self.language))
        return translate("Export", "Iran and its northern neighbour, {}", self.language).format(day)


def unbroken(text: str) -> str:
    """*text* with no-break spaces, so that a wrapped title never splits a date."""
    return text.replace(" ", "\N{NO-BREAK SPACE}")


@lru_cache(maxsize=4096)  # a Solar Hijri conversion is astronomical, hence slow
def date_line(day: dt.date, language: str = "en") -> str:
    """The date in Gregorian and Solar Hijri (and Russian Old Style before February 1918),
    the reader's own calendar first, as in the window's heading."""
    gregorian = gregorian_text(day, Precision.DAY, language)
    persian = solar_hijri_text(day, Precision.DAY, language)
    old = old_style_text(day, language)
    if language == "fa":
        parts = [persian, gregorian]
    elif language == "ru" and old:
        parts, old = [old, gregorian, persian], None
    else:
        parts = [gregorian, persian]
    if old:
        parts.append(translate("Dates", "Russian Old Style: {date}", language).format(date=old))
    return "  ·  ".join(parts)


def extent_from_lonlat(bounds: tuple[float, float, float, float]) -> tuple[float, ...]:
    """Projected bounds of a (west, south, east, north) box, its curved top edge included."""
    west, south, east, north = bounds
    xs, ys = project_points(
        [west, east, west, east, (west + east) / 2], [south, south, north, north, north]
    )
    return float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys))


# ---------------------------------------------------------------------- the limits
def check_dpi(dpi: float) -> None:
    """``ValueError`` unless *dpi* is within :data:`DPI_RANGE`."""
    low, high = DPI_RANGE
    if not low <= dpi <= high:
        raise ValueError(f"a resolution of {dpi:g} dpi is out of range: use {low:g} to {high:g}")


def check_fps(fps: float) -> None:
    """``ValueError`` unless *fps* is within :data:`FPS_RANGE`."""
    low, high = FPS_RANGE
    if not low <= fps <= high:
        raise ValueError(
            f"a speed of {fps:g} frames a second is out of range: use {low:g} to {high:g}"
        )


def extent_problem(bounds: tuple[float, float, float, float]) -> str | None:
    """What is wrong with (west, south, east, north) in degrees as an area to show, or None."""
    west, south, east, north = bounds
    if not all(math.isfinite(v) for v in bounds):
        return "must be four numbers of degrees"
    if not (west < east and south < north):
        return "needs west < east and south < north"
    w, s, e, n = REGION_LONLAT
    if west < w or south < s or east > e or north > n:
        return (
            f"reaches outside the map region ({w:g}° to {e:g}° E, {s:g}° to {n:g}° N), "
            "which is shown when no area is given"
        )
    if min(east - west, north - south) < MIN_EXTENT_DEGREES:
        return f"is less than {MIN_EXTENT_DEGREES:g}° across"
    return None


def check_extent(bounds: tuple[float, float, float, float]) -> None:
    """``ValueError`` naming the area if :func:`extent_problem` finds one."""
    if problem := extent_problem(bounds):
        raise ValueError(f"the area {','.join(f'{v:g}' for v in bounds)} {problem}")


def check_snapshot(options: SnapshotOptions, format: str) -> None:
    """``ValueError`` for options outside the limits: resolution, area, and for pictures
    (png, and the frames of gif and mp4) the pixels."""
    check_dpi(options.dpi)
    if options.extent is not None:
        x0, y0, x1, y1 = options.extent
        if not (all(math.isfinite(v) for v in options.extent) and x0 < x1 and y0 < y1):
            raise ValueError("the area to show is empty or not a number")
    if format in ("png", "gif", "mp4"):
        width, height = options.pixel_size
        if width * height > MAX_MEGAPIXELS * 1e6:
            raise ValueError(
                f"{width}×{height} pixels is too large (at most {MAX_MEGAPIXELS} megapixels)"
            )
        low, high = SIDE_RANGE
        if not (low <= width <= high and low <= height <= high):
            raise ValueError(
                f"{width}×{height} pixels is out of range: a side must be {low} to {high}"
            )


def format_of(path: Path, explicit: str | None = None) -> str:
    """The output format: *explicit*, else the file's suffix (``ValueError`` if neither)."""
    name = (explicit or path.suffix.lstrip(".")).lower()
    if name not in (*SNAPSHOT_FORMATS, "gif", "mp4"):
        raise ValueError(
            f"cannot tell the format of {path.name!r}; use .png, .svg, .pdf, .gif or .mp4"
            if not explicit
            else f"unknown format {explicit!r}; use png, svg, pdf, gif or mp4"
        )
    return name
