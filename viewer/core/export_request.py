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
from viewer.core.atlas import SPAN, Atlas
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
from viewer.core.wording import translate

ANIMATION_FORMATS = ("gif", "mp4")
RASTER_FORMATS = ("png", *ANIMATION_FORMATS)
"""Formats drawn in pixels, which the pixel limits apply to."""
STEPS = {"month": 1, "year": 12}
"""Months between an animation's frames."""
DEFAULT_EVENT_WINDOW = 183
"""Days either side of the date within which events light up when a frame names no window
(the map's own default: half a year)."""


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
        what the frame's selection names (:func:`selection_outline`).
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
    def problem(self) -> str | None:
        """What makes this request impossible, in the words every caller shows; or None."""
        return next(filter(None, (check(self) for check in _CHECKS)), None)

    def check(self) -> None:
        """``ValueError`` with :meth:`problem`'s words unless the request can be drawn."""
        if problem := self.problem():
            raise ValueError(problem)


def frame_dates(start: dt.date, end: dt.date, step: str) -> list[dt.date]:
    """The frames' dates: *start*, then every month or year after it up to *end*."""
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}; use month or year")
    dates: list[dt.date] = []
    while (day := add_months(start, STEPS[step] * len(dates))) <= end:
        dates.append(day)
    return dates


# ---------------------------------------------------------------------- what the map marks
def shown_territories(frame: MapFrame, atlas: Atlas) -> frozenset[str]:
    """The historical features a map of *frame* draws: valid on its date, of a kind shown.

    The one "which kinds are shown" rule of exports and slides (the legend lists these).
    """
    valid = atlas.history.valid_ids(frame.date.toordinal())
    if not frame.hidden_kinds:
        return valid
    return frozenset(i for i in valid if atlas.history[i].kind not in frame.hidden_kinds)


def selection_outline(atlas: Atlas, selection: str, day: dt.date) -> frozenset[str]:
    """The territories outlined for *selection* on *day*: the selected territory, or those a
    selected event starts or ends; only while they are drawn, so no outline marks empty map."""
    if selection in atlas.history:
        ids = {selection}
    elif selection in atlas.events:
        event = atlas.events[selection]
        ids = {*event.starts, *event.ends}
    else:
        return frozenset()
    return frozenset(ids) & atlas.history.valid_ids(day.toordinal())


def event_window_days(frame: MapFrame) -> int:
    """Days either side of the date within which the frame's events light up."""
    if frame.event_window is None:
        return DEFAULT_EVENT_WINDOW
    first, last = frame.event_window
    return max((frame.date - first).days, (last - frame.date).days, 0)


# ---------------------------------------------------------------------- the checks
def _format(request: ExportRequest) -> str | None:
    if request.format not in (*SNAPSHOT_FORMATS, *ANIMATION_FORMATS):
        return f"unknown format {request.format!r}; use png, svg, pdf, gif or mp4"
    animated = request.format in ANIMATION_FORMATS
    if animated and request.animation is None:
        return f"a {request.format.upper()} needs a first and a last date"
    if not animated and request.animation is not None:
        return "a span of dates makes an animation: write a .gif or .mp4"
    return None


def _dates(request: ExportRequest) -> str | None:
    low, high = SPAN
    days = [request.frame.date]
    if request.animation is not None:
        days += [request.animation.start, request.animation.end]
    for day in days:
        if not low <= day <= high:
            return f"{day} is outside the atlas's span, {low} to {high}"
    return None


def _language(request: ExportRequest) -> str | None:
    if request.frame.language not in LANGUAGES:
        return f"unknown language {request.frame.language!r}; use {', '.join(LANGUAGES)}"
    return None


def _animation(request: ExportRequest) -> str | None:
    animation = request.animation
    if animation is None:
        return None
    if animation.step not in STEPS:
        return f"unknown step {animation.step!r}; use month or year"
    if animation.start > animation.end:
        return f"the animation starts on {animation.start}, after its end on {animation.end}"
    low, high = FPS_RANGE
    fps = animation.fps
    if not low <= fps <= high:
        return f"a speed of {fps:g} frames a second is out of range: use {low:g} to {high:g}"
    return None


def _resolution(request: ExportRequest) -> str | None:
    low, high = DPI_RANGE
    dpi = request.page.dpi
    if not low <= dpi <= high:
        return f"a resolution of {dpi:g} dpi is out of range: use {low:g} to {high:g}"
    return None


def _area(request: ExportRequest) -> str | None:
    extent = request.frame.extent
    if extent is None:
        return None
    x0, y0, x1, y1 = extent
    if not (all(math.isfinite(v) for v in extent) and x0 < x1 and y0 < y1):
        return "the area to show is empty or not a number"
    return None


def _pixels(request: ExportRequest) -> str | None:
    if request.format not in RASTER_FORMATS:
        return None
    size, scale = request.page.size, request.page.scale
    if not all(math.isfinite(v) and v > 0 for v in (*size, scale)):
        return "the picture's size is empty or not a number"
    width, height = request.page.pixel_size
    if width * height > MAX_MEGAPIXELS * 1e6:
        return f"{width}×{height} pixels is too large (at most {MAX_MEGAPIXELS} megapixels)"
    low, high = SIDE_RANGE
    if not (low <= width <= high and low <= height <= high):
        return f"{width}×{height} pixels is out of range: a side must be {low} to {high}"
    return None


_CHECKS = (_format, _dates, _language, _animation, _resolution, _area, _pixels)
"""In the order a user would fix them: what to write, when, then how big."""
