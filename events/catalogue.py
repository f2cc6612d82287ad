"""The event catalogue indexed by date, for "what happened near day D" while scrubbing."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

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
        self._by_id = {e.id: e for e in self._events}
        self._longest = max((e.finish - e.start for e in self._events), default=0)

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
        found = [e for e in self._events[lo:hi] if e.start - window <= day <= e.finish + window]
        return sorted(found, key=lambda e: (self.distance(e, day), e.importance))

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
