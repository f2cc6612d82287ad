"""Records of the event catalogue and its source registry. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from geodata.dates import OPEN_END, PartialDate
from geodata.model import Citation, Dispute, Names

CATEGORIES = {
    "treaties": "Treaties and law",
    "war": "War and occupation",
    "diplomacy": "Diplomacy",
    "economy": "Economy and energy",
    "politics": "Revolution and domestic politics",
    "nuclear": "Nuclear",
    "borders": "Borders and the Caspian",
}
"""Category ids and their labels, in legend order."""


@dataclass(frozen=True, slots=True)
class Source:
    """A document in the registry that citations point at."""

    id: str
    title: str
    publisher: str
    kind: str
    reliability: str
    date: str | None = None
    capture: str | None = None


@dataclass(frozen=True, slots=True)
class Point:
    lon: float
    lat: float
    name: str


@dataclass(frozen=True, slots=True)
class Event:
    """A dated fact, placed and sourced. ``place`` is a gazetteer id, else ``point`` is set."""

    id: str
    title: Names
    date: PartialDate
    category: str
    summary: str
    importance: int
    sources: tuple[Citation, ...]
    end: PartialDate | None = None
    calendar_note: str = ""
    place: str | None = None
    point: Point | None = None
    actors: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    ends: tuple[str, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    note: str = ""
    file: str = ""
    line: int | None = None

    @property
    def start(self) -> int:
        return self.date.ordinal

    @property
    def finish(self) -> int:
        """Last day the event covers (its end period's last day, else its own)."""
        last = (self.end or self.date).last_day
        return min(last.toordinal(), OPEN_END)

    @property
    def is_disputed(self) -> bool:
        return bool(self.disputes)
