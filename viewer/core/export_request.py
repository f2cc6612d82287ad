"""An export request: one map frame and how to put it on a page. It checks itself. No Qt.

Every picture of the map that leaves the app (``python -m viewer export``, File › Export…,
Edit › Copy map, a handout's pages and slide pictures, every frame of an animation) is an
:class:`ExportRequest`: a :class:`~viewer.core.frame.MapFrame` (what the map shows), a
:class:`Page` (how big), :class:`Furniture` (what goes around the map), a format and, for
GIF and MP4, an :class:`Animation`. Callers only build requests; the renderer draws them.

:meth:`ExportRequest.problem` holds every limit, so that the command line, the dialog and
the exporters refuse the same requests in the same words.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from geodata.dates import Precision
from geodata.model import LANGUAGES
from viewer.core.atlas import SPAN
from viewer.core.export_options import (
    DPI_RANGE,
    FPS_RANGE,
    LOGICAL_DPI,
    MAX_MEGAPIXELS,
    PAPER_MM,
    SIDE_RANGE,
    SLIDE,
    SNAPSHOT_FORMATS,
    unbroken,
)
from viewer.core.frame import MapFrame
from viewer.core.local_dates import gregorian_text
from viewer.core.state import add_months
from viewer.core.wording import digits, tr_noop, translate

ANIMATION_FORMATS = ("gif", "mp4")
RASTER_FORMATS = ("png", *ANIMATION_FORMATS)
"""Formats drawn in pixels, which the pixel limits apply to."""
STEPS = {"month": 1, "year": 12}
"""Months between an animation's frames."""


@dataclass(frozen=True, slots=True)
class Page:
    """How big a picture is.

    Parameters
    ----------
    size
        The layout's size in logical pixels (1/96 inch): a PDF's page, an SVG's view box.
    scale
        Device pixels per logical pixel for raster output (PNG, GIF and MP4 frames).
    dpi
        The resolution written into a PNG (its physical size), e.g. 300 for print.
    """

    size: tuple[float, float] = SLIDE
    scale: float = 1.0
    dpi: float = LOGICAL_DPI

    @classmethod
    def for_pixels(cls, width: int, height: int, dpi: float = LOGICAL_DPI) -> Page:
        """A picture of exactly *width* × *height* pixels.

        The layout's longer side is kept between 1280 and 1920 logical pixels and the scale
        makes up the rest: 3840 × 2160 is a slide drawn at scale 2 (sharper, not smaller
        type), and 960 × 540 one of 1280 × 720 at scale 0.75 (the map not crowded by labels).
        """
        longer = max(width, height, 1)
        scale = longer / min(max(longer, 1280), SLIDE[0])
        return cls((width / scale, height / scale), scale, dpi)

    @classmethod
    def for_paper(cls, paper: str, landscape: bool = True, dpi: float = 300.0) -> Page:
        """A sheet of paper (``a4``, ``a3``, ``letter``) printed at *dpi*."""
        long_mm, short_mm = PAPER_MM[paper]
        mm = (long_mm, short_mm) if landscape else (short_mm, long_mm)
        size = (mm[0] / 25.4 * LOGICAL_DPI, mm[1] / 25.4 * LOGICAL_DPI)
        return cls(size, dpi / LOGICAL_DPI, dpi)

    @property
    def pixel_size(self) -> tuple[int, int]:
        """The raster size in device pixels."""
        return round(self.size[0] * self.scale), round(self.size[1] * self.scale)


@dataclass(frozen=True, slots=True)
class Furniture:
    """What is drawn around the map: *title* ``None`` names the date (or an animation's span)."""

    title: str | None = None
    show_title: bool = True
    show_date: bool = True
    show_legend: bool = True
    show_scale_bar: bool = True
    show_north_arrow: bool = True
    show_credits: bool = True


@dataclass(frozen=True, slots=True)
class Animation:
    """Frames every *step* (``month`` or ``year``) from *start* to *end*, at *fps* a second."""

    start: dt.date
    end: dt.date
    step: str = "month"
    fps: float = 4.0

    @property
    def dates(self) -> list[dt.date]:
        return frame_dates(self.start, self.end, self.step)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """One picture (or animation) of the map, complete: what :meth:`problem` checks and the
    renderer draws.

    Parameters
    ----------
    frame
        What the map shows; an animation's frames replace its date with each frame's.
    page, furniture
        How big, and what goes around the map.
    format
        ``png``, ``svg``, ``pdf``, ``gif`` or ``mp4``.
    animation
        The span of a GIF or MP4; ``None`` for a still picture.
    outlined
        The territories outlined, for a slide that highlights several; ``None`` outlines
        what the frame's selection names (:func:`viewer.core.visibility.visible`).
    """

    frame: MapFrame
    page: Page = field(default_factory=Page)
    furniture: Furniture = field(default_factory=Furniture)
    format: str = "png"
    animation: Animation | None = None
    outlined: frozenset[str] | None = None

    @property
    def title_text(self) -> str:
        """The title drawn: the furniture's, else one naming the date or the span, in the
        request's language."""
        if self.furniture.title is not None:
            return self.furniture.title
        language = self.frame.language
        if self.animation is None:
            when = unbroken(gregorian_text(self.frame.date, Precision.DAY, language))
        else:
            precision = Precision.MONTH if self.animation.step == "month" else Precision.YEAR
            ends = (self.animation.start, self.animation.end)
            when = " – ".join(unbroken(gregorian_text(d, precision, language)) for d in ends)
        return translate("Export", "Iran and its northern neighbour, {}", language).format(when)

    @property
    def timeline(self) -> tuple[dt.date, dt.date] | None:
        """The span of the timeline bar burned into an animation's frames."""
        return None if self.animation is None else (self.animation.start, self.animation.end)

    def at(self, day: dt.date) -> ExportRequest:
        """The request for the frame on *day*."""
        return replace(self, frame=replace(self.frame, date=day))

    def frames(self) -> Iterator[ExportRequest]:
        """An animation's frames, in order (a still picture is its one frame)."""
        if self.animation is None:
            yield self
            return
        for day in self.animation.dates:
            yield self.at(day)

    # ------------------------------------------------------------------ the limits
    def problem(self, language: str = "en") -> str | None:
        """What makes this request impossible, in the words every caller shows (in
        *language*); or None."""
        found = next(filter(None, (check(self) for check in _CHECKS)), None)
        if found is None:
            return None
        template, fields = found
        return digits(translate("ExportRequest", template, language).format(**fields), language)

    def check(self, language: str = "en") -> None:
        """``ValueError`` with :meth:`problem`'s words unless the request can be drawn."""
        if problem := self.problem(language):
            raise ValueError(problem)


def frame_dates(start: dt.date, end: dt.date, step: str) -> list[dt.date]:
    """The frames' dates: *start*, then every month or year after it up to *end*."""
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}; use month or year")
    dates: list[dt.date] = []
    while (day := add_months(start, STEPS[step] * len(dates))) <= end:
        dates.append(day)
    return dates


# ---------------------------------------------------------------------- the checks
Problem = tuple[str, dict[str, object]]
"""A catalogue entry (context "ExportRequest") and the fields it is filled with."""


def _format(request: ExportRequest) -> Problem | None:
    if request.format not in (*SNAPSHOT_FORMATS, *ANIMATION_FORMATS):
        text = tr_noop("ExportRequest", "unknown format {format}; use png, svg, pdf, gif or mp4")
        return text, {"format": repr(request.format)}
    animated = request.format in ANIMATION_FORMATS
    if animated and request.animation is None:
        text = tr_noop("ExportRequest", "a {format} needs a first and a last date")
        return text, {"format": request.format.upper()}
    if not animated and request.animation is not None:
        text = tr_noop("ExportRequest", "a span of dates makes an animation: write a .gif or .mp4")
        return text, {}
    return None


def _dates(request: ExportRequest) -> Problem | None:
    low, high = SPAN
    days = [request.frame.date]
    if request.animation is not None:
        days += [request.animation.start, request.animation.end]
    for day in days:
        if not low <= day <= high:
            text = tr_noop("ExportRequest", "{day} is outside the atlas's span, {low} to {high}")
            return text, {"day": day, "low": low, "high": high}
    return None


def _language(request: ExportRequest) -> Problem | None:
    if request.frame.language not in LANGUAGES:
        text = tr_noop("ExportRequest", "unknown language {language}; use {languages}")
        return text, {"language": repr(request.frame.language), "languages": ", ".join(LANGUAGES)}
    return None


def _animation(request: ExportRequest) -> Problem | None:
    animation = request.animation
    if animation is None:
        return None
    if animation.step not in STEPS:
        return tr_noop("ExportRequest", "unknown step {step}; use month or year"), {
            "step": repr(animation.step)
        }
    if animation.start > animation.end:
        text = tr_noop("ExportRequest", "the animation starts on {start}, after its end on {end}")
        return text, {"start": animation.start, "end": animation.end}
    low, high = FPS_RANGE
    fps = animation.fps
    if not low <= fps <= high:
        text = tr_noop(
            "ExportRequest",
            "a speed of {fps} frames a second is out of range: use {low} to {high}",
        )
        return text, {"fps": f"{fps:g}", "low": f"{low:g}", "high": f"{high:g}"}
    return None


def _resolution(request: ExportRequest) -> Problem | None:
    low, high = DPI_RANGE
    dpi = request.page.dpi
    if not low <= dpi <= high:
        text = tr_noop(
            "ExportRequest", "a resolution of {dpi} dpi is out of range: use {low} to {high}"
        )
        return text, {"dpi": f"{dpi:g}", "low": f"{low:g}", "high": f"{high:g}"}
    return None


def _area(request: ExportRequest) -> Problem | None:
    extent = request.frame.extent
    if extent is None:
        return None
    x0, y0, x1, y1 = extent
    if not (all(math.isfinite(v) for v in extent) and x0 < x1 and y0 < y1):
        return tr_noop("ExportRequest", "the area to show is empty or not a number"), {}
    return None


def _pixels(request: ExportRequest) -> Problem | None:
    if request.format not in RASTER_FORMATS:
        return None
    size, scale = request.page.size, request.page.scale
    if not all(math.isfinite(v) and v > 0 for v in (*size, scale)):
        return tr_noop("ExportRequest", "the picture's size is empty or not a number"), {}
    width, height = request.page.pixel_size
    if width * height > MAX_MEGAPIXELS * 1e6:
        text = tr_noop(
            "ExportRequest", "{width}×{height} pixels is too large (at most {limit} megapixels)"
        )
        return text, {"width": width, "height": height, "limit": MAX_MEGAPIXELS}
    low, high = SIDE_RANGE
    if not (low <= width <= high and low <= height <= high):
        text = tr_noop(
            "ExportRequest",
            "{width}×{height} pixels is out of range: a side must be {low} to {high}",
        )
        return text, {"width": width, "height": height, "low": low, "high": high}
    return None


_CHECKS = (_format, _dates, _language, _animation, _resolution, _area, _pixels)
"""In the order a user would fix them: what to write, when, then how big."""
