"""The event catalogue indexed by date, for "what happened near day D" while scrubbing."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import numpy as np

from events.model import Event


class EventCatalogue:
    """Events sorted by start day, with bisection look-ups.

    Parameters
    ----------
    events
        Any order; they are sorted by (start, importance, id).
    """

    def __init__(self, events: Sequence[Event]) -> None:
        self._events = tuple(sorted(events, key=lambda e: (e.start, e.importance, e.id)))
        self._starts = [e.start for e in self._events]
        # Each event's span as arrays: a date change asks which are near, and reading the
        # days off ~20,000 events (a hundred copies of the data) cost ~5 ms a change.
        self._start_days = np.array(self._starts, dtype=np.int64)
        self._finish_days = np.array([e.finish for e in self._events], dtype=np.int64)
        self._importance = np.array([e.importance for e in self._events], dtype=np.int64)
        self._by_id = {e.id: e for e in self._events}
        self._longest = int((self._finish_days - self._start_days).max(initial=0))

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __len__(self) -> int:
        return len(self._events)

    def __getitem__(self, event_id: str) -> Event:
        return self._by_id[event_id]

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._by_id

    def index_of(self, event_id: str) -> int:
        """Position in chronological order."""
        return self._events.index(self._by_id[event_id])

    def between(self, first: int, last: int) -> list[Event]:
        """Events that start in ``[first, last]`` (ordinals)."""
        lo = bisect.bisect_left(self._starts, first)
        hi = bisect.bisect_right(self._starts, last)
        return list(self._events[lo:hi])

    def near(self, day: int, window: int) -> list[Event]:
        """Events whose span comes within *window* days of *day*, nearest first."""
        lo = bisect.bisect_left(self._starts, day - window - self._longest)
        hi = bisect.bisect_right(self._starts, day + window)
        starts, finishes = self._start_days[lo:hi], self._finish_days[lo:hi]
        hits = np.flatnonzero((starts - window <= day) & (day <= finishes + window))
        distance = np.maximum(starts[hits] - day, np.maximum(day - finishes[hits], 0))
        # nearest first, then the most important; a stable sort keeps the catalogue's order
        order = np.lexsort((self._importance[lo:hi][hits], distance))
        return [self._events[lo + i] for i in hits[order].tolist()]

    @staticmethod
    def distance(event: Event, day: int) -> int:
        """Days from *day* to the event's span (0 inside it)."""
        if day < event.start:
            return event.start - day
        return max(0, day - event.finish)

    def next_after(self, day: int) -> Event | None:
        index = bisect.bisect_right(self._starts, day)
        return self._events[index] if index < len(self._events) else None

    def previous_before(self, day: int) -> Event | None:
        index = bisect.bisect_left(self._starts, day)
        return self._events[index - 1] if index > 0 else None
