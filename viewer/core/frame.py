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
