"""The user's intents, each implemented once: menus, keys, panels, the timeline and playback
call these instead of setting several parts of the model themselves.

Every command changes only the :class:`~viewer.core.state.ViewState` (or the user's files);
the views follow the model's signals. A command that finds nothing to do returns a message
for the status bar, so every caller words it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from events.model import Event
from geodata.errors import DataError, Problem
from viewer.core.atlas import Atlas
from viewer.core.frame import RasterLook
from viewer.core.state import ViewState, add_months
from viewer.core.story import Slide
from viewer.core.user_data import UserData
from viewer.core.visibility import BASE_SWITCHES


def go_to_event(state: ViewState, atlas: Atlas, event_id: str) -> Event:
    """Show an event: its first day, selected, and its place in the middle of the map (a
    place off the map is not centred: its pointer stands at the map's edge already)."""
    event = atlas.events[event_id]
    state.go_to(event.date)
    state.selection = event.id
    place = atlas.places.get(event.place or "")
    if place is not None:
        if place.on_map:
            state.focus(place.lon, place.lat)
    elif event.point is not None:
        state.focus(event.point.lon, event.point.lat)
    return event


def select(state: ViewState, item_id: str) -> None:
    """Select an event or a feature by id (``""`` selects nothing); the date stays."""
    state.selection = item_id


def show_layer(state: ViewState, name: str, shown: bool) -> None:
    """Switch a historical kind or a base layer (``provinces``, ``rivers``…) on or off."""
    kinds, base = set(state.hidden_kinds), set(state.hidden_base)
    target = base if name in BASE_SWITCHES else kinds
    if shown:
        target.discard(name)
    else:
        target.add(name)
    state.set_hidden(frozenset(kinds), frozenset(base))


def set_raster_look(
    state: ViewState, raster_id: str, opacity: float | None = None, over: bool | None = None
) -> None:
    """Fade a map scan (*opacity* 0 to 1) or lay it *over* the historical features (or under)."""
    look = state.raster_look(raster_id)
    state.set_raster_look(
        raster_id,
        RasterLook(
            look.opacity if opacity is None else min(max(opacity, 0.0), 1.0),
            look.over if over is None else over,
        ),
    )


def show_slide_layers(state: ViewState, slide: Slide, atlas: Atlas) -> None:
    """Switch the layers and scans' looks to a slide's: its hidden kinds off, every base layer
    on (a slide does not record them), each open scan as the slide draws it or by default."""
    state.set_hidden(slide.hidden_kinds, frozenset())
    looks = dict(slide.raster_looks(atlas.rasters))
    for raster in atlas.rasters:
        state.set_raster_look(raster.id, looks.get(raster.id, RasterLook()))


def step_months(state: ViewState, months: int) -> None:
    """Move the date by whole months (negative: back), clamped to the timeline."""
    state.date = add_months(state.date, months)


def step_to_event(state: ViewState, atlas: Atlas, forward: bool) -> Event | None:
    """Go to the next (or previous) event on the timeline, as :func:`go_to_event` does;
    ``None`` when there is none that way."""
    if forward:
        event = atlas.events.next_after(state.day)
        inside = event is not None and event.start <= state.end.toordinal()
    else:
        event = atlas.events.previous_before(state.day)
        inside = event is not None and event.start >= state.start.toordinal()
    if event is None or not inside:
        return None
    return go_to_event(state, atlas, event.id)


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What adding one file did: *added*, and the problems (why not) or warnings (what was
    mended) to show."""

    path: Path
    added: bool
    problems: list[Problem]


def add_files(
    user_data: UserData, paths: Iterable[Path], places: Mapping[Path, int] | None = None
) -> list[FileOutcome]:
    """Add the user's files one by one; a file that does not load leaves the others added.

    *places* puts a file back at its place in the list (undoing its removal); the others
    go at the end. Give them in ascending order of place."""
    places = places or {}
    outcomes = []
    for path in paths:
        try:
            outcomes.append(FileOutcome(path, True, user_data.add(path, at=places.get(path))))
        except DataError as exc:
            outcomes.append(FileOutcome(path, False, exc.problems))
    return outcomes


def remove_file(user_data: UserData, path: Path) -> list[Problem]:
    """Remove one of the user's files; the notices name later files that relied on it."""
    return user_data.remove(path)
