"""Which events are near a day: the look-up every date change makes."""

from __future__ import annotations

import datetime as dt

from events.catalogue import EventCatalogue
from events.model import Event
from geodata.dates import PartialDate
from geodata.model import Names


def _event(event_id: str, start: PartialDate, end: PartialDate | None, importance: int) -> Event:
    return Event(event_id, Names(event_id), start, "war", "", importance, (), end)


EVENTS = [
    _event("long-war", PartialDate(1804), PartialDate(1813), 2),  # years long: found mid-span
    _event("treaty", PartialDate(1813, 10, 24), None, 1),
    _event("same-day-minor", PartialDate(1813, 10, 24), None, 3),
    _event("a-month", PartialDate(1813, 11), None, 2),
    _event("later", PartialDate(1828, 2, 10), None, 1),
]


def test_near_lists_the_events_within_the_window_nearest_first_then_most_important():
    catalogue = EventCatalogue(list(reversed(EVENTS)))
    day = dt.date(1813, 10, 24).toordinal()
    found = [e.id for e in catalogue.near(day, 30)]
    # the war runs to 1813's end: under way on the day, after the more important treaty
    assert found == ["treaty", "long-war", "same-day-minor", "a-month"]


def test_near_finds_an_event_long_under_way_and_leaves_out_those_too_far():
    catalogue = EventCatalogue(EVENTS)
    assert [e.id for e in catalogue.near(dt.date(1808, 6, 1).toordinal(), 30)] == ["long-war"]
    assert catalogue.near(dt.date(1820, 1, 1).toordinal(), 30) == []
    # A month-dated event covers its whole month: 5 days after its end is inside a 5-day window.
    assert [e.id for e in catalogue.near(dt.date(1813, 12, 5).toordinal(), 5)] == [
        "long-war",  # a year-dated end: under way until the year's last day
        "a-month",
    ]
    assert [e.id for e in catalogue.near(dt.date(1813, 12, 6).toordinal(), 4)] == ["long-war"]


def test_near_agrees_with_the_definition_on_every_day_and_window():
    catalogue = EventCatalogue(EVENTS)

    def by_definition(day: int, window: int) -> list[str]:
        hits = [e for e in EVENTS if e.start - window <= day <= e.finish + window]
        hits.sort(key=lambda e: (EventCatalogue.distance(e, day), e.importance, e.start, e.id))
        return [e.id for e in hits]

    first = dt.date(1803, 1, 1).toordinal()
    for day in range(first, dt.date(1829, 1, 1).toordinal(), 37):
        for window in (0, 30, 400):
            assert [e.id for e in catalogue.near(day, window)] == by_definition(day, window)
