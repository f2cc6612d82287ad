"""What a map shows for a :class:`~viewer.core.frame.MapFrame`: the one rule every view uses.

The window's map, its legend and Layers dock, exports, slides and ``describe`` all ask
:func:`visible` (or the narrower functions it is made of, when a view needs only one part on
every date change) rather than filtering kinds or outlines themselves, so no two of them can
disagree about what is on the map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from geodata.dataset import TerritoryDataset
from geodata.rasters import MapRaster
from viewer.core.atlas import Atlas
from viewer.core.frame import MapFrame, RasterLook
from viewer.core.style import ORIENTATION_LAYERS

DEFAULT_WINDOW_DAYS = 183
"""Days either side of the date within which events light up, until the timeline says."""
BASE_LAYERS = ("sea", "land", "lakes", "rivers", *ORIENTATION_LAYERS, "graticule")
"""The base map's layers, bottom to top; ``rivers``, the orientation layers and
``graticule`` can be switched off."""
BASE_SWITCHES = frozenset({*ORIENTATION_LAYERS, "rivers", "graticule"})
"""The base layers a user can switch off (the Layers dock's "Base map" boxes)."""


@dataclass(frozen=True, slots=True)
class Visible:
    """What a map draws for one frame.

    Attributes
    ----------
    territories
        Ids of the historical features drawn (valid on the date, of a kind not hidden).
    base
        The base layers drawn, bottom to top.
    orientation
        Today's lines drawn for orientation, in the legend's order.
    outlined
        Features outlined as selected or marked, only those valid on the date: an outline
        never marks an empty map.
    ringed
        The event ringed as selected (``""`` for none).
    window_days
        Events within this many days of the date light up.
    events
        Ids of the events lit up, nearest the date first.
    rasters
        Ids of the user's map scans drawn (valid on the date, not fully transparent), in
        the order added.
    """

    territories: frozenset[str]
    base: tuple[str, ...]
    orientation: tuple[str, ...]
    outlined: frozenset[str]
    ringed: str
    window_days: int
    events: tuple[str, ...]
    rasters: tuple[str, ...] = ()


def shown_territories(
    history: TerritoryDataset, day: int, hidden_kinds: frozenset[str]
) -> frozenset[str]:
    """Ids of the features valid on *day* (an ordinal) whose kind is not hidden."""
    ids = history.valid_ids(day)
    if hidden_kinds:
        ids = frozenset(i for i in ids if history[i].kind not in hidden_kinds)
    return ids


def shown_rasters(
    rasters: Iterable[MapRaster], day: int, look: Callable[[str], RasterLook]
) -> tuple[str, ...]:
    """Ids of the map scans valid on *day* (an ordinal) whose *look* is not fully transparent."""
    return tuple(r.id for r in rasters if r.valid_on(day) and look(r.id).opacity > 0)


def drawn_base(hidden_base: frozenset[str]) -> tuple[str, ...]:
    """The base layers drawn, bottom to top."""
    return tuple(name for name in BASE_LAYERS if name not in hidden_base)


def orientation_shown(hidden_base: frozenset[str]) -> tuple[str, ...]:
    """Today's lines drawn for orientation (the legend lists them after the features)."""
    return tuple(name for name in ORIENTATION_LAYERS if name not in hidden_base)


def selection_outline(
    atlas: Atlas, selection: str, day: int, marked: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The features outlined on *day*: the selected feature, or those a selected event starts
    or ends, plus any *marked* (a slide's), only while they are valid on the day."""
    if selection in atlas.history:
        ids = {selection, *marked}
    elif selection in atlas.events:
        event = atlas.events[selection]
        ids = {*event.starts, *event.ends, *marked}
    else:
        ids = set(marked)
    return frozenset(ids & atlas.history.valid_ids(day))


def window_days(frame: MapFrame) -> int:
    """Days either side of the frame's date within which events light up."""
    if frame.event_window is None:
        return DEFAULT_WINDOW_DAYS
    first, last = frame.event_window
    return max(0, max(frame.date - first, last - frame.date).days)


def event_window(day: dt.date, days: int) -> tuple[dt.date, dt.date] | None:
    """The frame's :attr:`~MapFrame.event_window` for *days* either side of *day* (``None``
    for the default window), the inverse of :func:`window_days`."""
    if days == DEFAULT_WINDOW_DAYS:
        return None
    span = dt.timedelta(days=days)
    return max(dt.date.min, day - span), min(dt.date.max, day + span)


def highlight_window(first_day: int, last_day: int) -> int:
    """Days either side of the date whose events light up when the timeline shows
    *first_day* to *last_day*: ~1/40 of the visible span."""
    return int(np.clip((last_day - first_day) / 40, 20, 1500))


def visible(atlas: Atlas, frame: MapFrame) -> Visible:
    """Everything a map draws for *frame*: the window's map, its legend, exports, slides and
    ``describe`` all follow this."""
    day = frame.date.toordinal()
    days = window_days(frame)
    ringed = frame.selection if frame.selection in atlas.events else ""
    return Visible(
        territories=shown_territories(atlas.history, day, frame.hidden_kinds),
        base=drawn_base(frame.hidden_base),
        orientation=orientation_shown(frame.hidden_base),
        outlined=selection_outline(atlas, frame.selection, day, frame.marked),
        ringed=ringed,
        window_days=days,
        events=tuple(e.id for e in atlas.events.near(day, days)),
        rasters=shown_rasters(atlas.rasters, day, frame.raster_look),
    )
