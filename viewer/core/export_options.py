"""The constants of exported pictures: formats, paper sizes, limits, the date line. No Qt.

Plain data kept apart from the renderer, so that whatever checks a request can use it without
loading anything that draws. The limits are applied in one place,
:meth:`viewer.core.export_request.ExportRequest.problem`; areas given in degrees (the command
line's ``--extent``, a story's slides) are checked here, before they become map metres.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from geodata.dates import Precision
from geodata.projection import REGION_LONLAT, project_points
from viewer.core.local_dates import gregorian_text, old_style_text, solar_hijri_text
from viewer.core.wording import tr_noop, translate

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


def extent_from_lonlat(
    bounds: tuple[float, float, float, float],
) -> tuple[float, float, float, float]:
    """Projected bounds of a (west, south, east, north) box, its curved top edge included."""
    west, south, east, north = bounds
    xs, ys = project_points(
        np.array([west, east, west, east, (west + east) / 2]),
        np.array([south, south, north, north, north]),
    )
    return float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys))


# ---------------------------------------------------------------------- areas in degrees
EXTENT_REASONS = (
    tr_noop("ExportOptions", "must be four numbers of degrees"),
    tr_noop("ExportOptions", "needs west < east and south < north"),
    tr_noop(
        "ExportOptions",
        "reaches outside the map region ({w}° to {e}° E, {s}° to {n}° N), which is shown "
        "when no area is given",
    ),
    tr_noop("ExportOptions", "is less than {degrees}° across"),
)
"""Why an area is refused: the exports' rule, which a story's slide follows too (its
problems list these as well)."""


def extent_reason(
    bounds: tuple[float, float, float, float],
) -> tuple[str, dict[str, str]] | None:
    """What is wrong with (west, south, east, north) in degrees as an area to show, as one of
    :data:`EXTENT_REASONS` and its values, or None."""
    west, south, east, north = bounds
    if not all(math.isfinite(v) for v in bounds):
        return EXTENT_REASONS[0], {}
    if not (west < east and south < north):
        return EXTENT_REASONS[1], {}
    w, s, e, n = REGION_LONLAT
    if west < w or south < s or east > e or north > n:
        return EXTENT_REASONS[2], {"w": f"{w:g}", "e": f"{e:g}", "s": f"{s:g}", "n": f"{n:g}"}
    if min(east - west, north - south) < MIN_EXTENT_DEGREES:
        return EXTENT_REASONS[3], {"degrees": f"{MIN_EXTENT_DEGREES:g}"}
    return None


def extent_problem(bounds: tuple[float, float, float, float], language: str = "en") -> str | None:
    """What is wrong with an area, or None (in *language*: a phrase that follows 'the area
    W,S,E,N')."""
    if (reason := extent_reason(bounds)) is None:
        return None
    template, values = reason
    return translate("ExportOptions", template, language).format(**values)


def check_extent(bounds: tuple[float, float, float, float], language: str = "en") -> None:
    """``ValueError`` naming the area if :func:`extent_problem` finds one."""
    if problem := extent_problem(bounds, language):
        text = translate("ExportOptions", "the area {area} {problem}", language)
        area = ",".join(f"{v:g}" for v in bounds)
        raise ValueError(text.format(area=area, problem=problem))


def format_of(path: Path, explicit: str | None = None, language: str = "en") -> str:
    """The output format: *explicit*, else the file's suffix (``ValueError`` if neither)."""
    name = (explicit or path.suffix.lstrip(".")).lower()
    if name not in (*SNAPSHOT_FORMATS, "gif", "mp4"):
        if explicit:
            text = translate(
                "ExportRequest", "unknown format {format}; use png, svg, pdf, gif or mp4", language
            )
            raise ValueError(text.format(format=repr(explicit)))
        text = translate(
            "ExportOptions",
            "cannot tell the format of {format}; use .png, .svg, .pdf, .gif or .mp4",
            language,
        )
        raise ValueError(text.format(format=repr(path.name)))
    return name
