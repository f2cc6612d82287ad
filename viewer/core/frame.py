"""What one map shows, frozen: the unit the window, exports, slides and describe share.

The live :class:`~viewer.core.state.ViewState` changes as the user works; a :class:`MapFrame`
is a copy of everything a map depends on at one moment. An export, a slide or a ``describe``
built from the same frame shows the same features, labels and highlights by construction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

Extent = tuple[float, float, float, float]
"""A map area in projected map metres ``(x0, y0, x1, y1)``."""
DEFAULT_RASTER_OPACITY = 0.7
"""A scan's opacity until the user moves its slider: the historical features show through."""


@dataclass(frozen=True, slots=True)
class RasterLook:
    """How one of the user's map scans is drawn: its *opacity* (0 to 1), and whether it lies
    *over* the historical features or (by default) under them, above the base map."""

    opacity: float = DEFAULT_RASTER_OPACITY
    over: bool = False


@dataclass(frozen=True, slots=True)
class MapFrame:
    """Everything a map shows at one moment.

    Parameters
    ----------
    date
        The day the map shows.
    language
        The language of labels, legend and wording (``en``, ``fa``, ``ru``).
    selection
        The id of the selected event or territory, or ``""`` for none.
    hidden_kinds, hidden_base
        Historical kinds and base layers (``provinces``, ``rivers``, ``graticule``) switched off.
    extent
        The map area shown; ``None`` is the home view.
    event_window
        The first and last day whose events are highlighted; ``None`` for the default window
        around :attr:`date`.
    marked
        Features outlined besides the selection (a slide's highlighted territories).
    raster_looks
        ``(id, RasterLook)`` of the user's map scans drawn otherwise than by default, by id.

    What the frame draws is decided by :func:`viewer.core.visibility.visible`.
    """

    date: dt.date
    language: str = "en"
    selection: str = ""
    hidden_kinds: frozenset[str] = frozenset()
    hidden_base: frozenset[str] = frozenset()
    extent: Extent | None = None
    event_window: tuple[dt.date, dt.date] | None = None
    marked: frozenset[str] = frozenset()
    raster_looks: tuple[tuple[str, RasterLook], ...] = ()

    def raster_look(self, raster_id: str) -> RasterLook:
        """How the scan *raster_id* is drawn in this frame."""
        return dict(self.raster_looks).get(raster_id, RasterLook())
