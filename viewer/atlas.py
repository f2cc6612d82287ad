"""Everything the app shows, loaded once and checked across datasets. No Qt here.

The datasets refer to each other (events cite registry sources, sit at gazetteer places and
start or end territories), so the cross-checks live here, where all of them are at hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from events.catalogue import EventCatalogue
from events.loading import load_events, load_sources
from events.model import Source
from geodata.dataset import TerritoryDataset
from geodata.loading import BaseMap, load_base, load_history, load_places
from geodata.model import Place

SPAN = (dt.date(1900, 1, 1), dt.date(2026, 12, 31))
"""The timeline's range."""


@dataclass(frozen=True, slots=True)
class Atlas:
    base: BaseMap
    places: dict[str, Place]
    history: TerritoryDataset
    events: EventCatalogue
    sources: dict[str, Source]


@cache
def load_atlas() -> Atlas:
    """Load and cross-check the bundled data (cached: the data is immutable)."""
    sources = load_sources()
    places = {p.id: p for p in load_places()}
    history = load_history(known_sources=frozenset(sources))
    events = load_events(
        places=frozenset(places),
        territories=frozenset(t.id for t in history),
        sources=frozenset(sources),
    )
    return Atlas(load_base(), places, history, EventCatalogue(events), sources)
