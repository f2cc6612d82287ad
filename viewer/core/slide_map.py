"""Slides and the map: a slide of what the map shows, and a line on what a slide shows. No Qt.

The Story dock makes its slides here from the map's view (its projected range, date, hidden
layers and selection), so that what a slide may hold is decided without a display.
"""

from __future__ import annotations

import datetime as dt

from geodata.dates import PartialDate
from geodata.projection import REGION_LONLAT, unproject_point
from viewer.core.atlas import Atlas
from viewer.core.frame import RasterLook
from viewer.core.story import Extent, Slide


def extent_from_view(x0: float, y0: float, x1: float, y1: float) -> Extent:
    """The degree box around a projected view, clipped to the region, to 0.01°."""
    xs, ys = (x0, (x0 + x1) / 2, x1), (y0, (y0 + y1) / 2, y1)
    corners = [unproject_point(x, y) for x in xs for y in ys]
    w, s, e, n = REGION_LONLAT
    west = max(w, min(lon for lon, _ in corners))
    east = min(e, max(lon for lon, _ in corners))
    south = max(s, min(lat for _, lat in corners))
    north = min(n, max(lat for _, lat in corners))
    return round(west, 2), round(south, 2), round(east, 2), round(north, 2)


MAX_LIT = 8
"""Events lit on the map that a slide records, nearest first: enough to cite what the
audience sees, few enough to read on a handout page."""


def view_slide(
    atlas: Atlas,
    day: dt.date,
    extent: Extent | None,
    hidden_kinds: frozenset[str],
    selection: str,
    language: str,
    lit_window: int = 0,
    raster_looks: tuple[tuple[str, RasterLook], ...] = (),
) -> Slide:
    """A slide of what the map shows: a selected event is marked and the territories it
    starts or ends are outlined, a selected territory outlined; only what is on the map.

    The events lit on the map (within *lit_window* days of *day*) are recorded too, after
    the selection, so the slide and its handout page cite what the audience sees. The scans
    drawn otherwise than by default (*raster_looks*, by id as a frame holds them) are
    recorded by their file's name.
    """
    valid = atlas.history.valid_ids(day.toordinal())
    events: tuple[str, ...] = ()
    territories: tuple[str, ...] = ()
    if selection in atlas.events:
        events = (selection,)
        event = atlas.events[selection]
        territories = tuple(t for t in (*event.starts, *event.ends) if t in valid)
    elif selection in valid:
        territories = (selection,)
    if lit_window > 0:
        lit = [e.id for e in atlas.events.near(day.toordinal(), lit_window) if e.id not in events]
        events = (*events, *lit[: MAX_LIT - len(events)])
    looks = dict(raster_looks)
    scans = tuple(sorted((r.path.name, looks[r.id]) for r in atlas.rasters if r.id in looks))
    return Slide(
        start=PartialDate.from_date(day),
        extent=extent,
        hidden_kinds=hidden_kinds,
        events=events,
        territories=territories,
        language=language,
        scans=scans,
    )


def slide_summary(slide: Slide, atlas: Atlas) -> str:
    """One line on what a slide shows, for the editor."""
    if slide.extent is None:
        area = "the whole region"
    else:
        west, south, east, north = slide.extent
        area = f"{west:g}–{east:g}° E, {south:g}–{north:g}° N"
    parts = [slide.date_label, area]
    if slide.hidden_kinds:
        hidden = sorted(kind.replace("_", " ") for kind in slide.hidden_kinds)
        parts.append("hides " + ", ".join(hidden))
    counts = [
        f"{len(ids)} {noun if len(ids) == 1 else plural}"
        for ids, noun, plural in (
            (slide.events, "event", "events"),
            (slide.territories, "territory", "territories"),
        )
        if ids
    ]
    if counts:
        parts.append("highlights " + " and ".join(counts))
    return " · ".join(parts)
