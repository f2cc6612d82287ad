"""Back to where I was: the dates a user jumped from, as a browser keeps pages.

Scrubbing and stepping month by month are not jumps: only a go-to (a typed date, an event,
a slide, a search result) is recorded, so Alt+← returns to the moment before the jump, not
to the previous month. No Qt.
"""

from __future__ import annotations

import datetime as dt

LIMIT = 50
"""Jumps remembered; the oldest are forgotten first."""


class DateHistory:
    """Dates to go back and forward to."""

    def __init__(self) -> None:
        self._back: list[dt.date] = []
        self._forward: list[dt.date] = []

    def jumped(self, origin: dt.date, target: dt.date) -> None:
        """The user jumped from *origin* to *target*: a new jump forgets the forward list."""
        if origin == target:
            return
        self._back.append(origin)
        del self._back[:-LIMIT]
        self._forward.clear()

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self, current: dt.date) -> dt.date | None:
        """The date before the last jump (None if there is none); *current* becomes forward."""
        if not self._back:
            return None
        self._forward.append(current)
        return self._back.pop()

    def forward(self, current: dt.date) -> dt.date | None:
        """The date gone back from (None if there is none); *current* becomes back."""
        if not self._forward:
            return None
        self._back.append(current)
        return self._forward.pop()
