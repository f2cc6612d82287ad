"""Everything the app shows, loaded once and checked across datasets. No Qt here.

The datasets refer to each other (events cite registry sources, sit at gazetteer places and
start or end territories), so the cross-checks live here, where all of them are at hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, partial
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from shapely.geometry.base import BaseGeometry

from events.catalogue import EventCatalogue
from events.loading import load_actors, load_events, load_sources
from events.model import Event, Source
from geodata.basemap import BaseMap
from geodata.dataset import TerritoryDataset
from geodata.loading import load_base, load_history, load_places
from geodata.model import BaseFeature, Names, Place, Territory
from geodata.rasters import MapRaster
from geodata.shapes import Shapes
from viewer.core import column_file
from viewer.core.atlas_cache import cached, fingerprint
from viewer.core.record_codec import CodecError, decode, encode

SPAN = (dt.date(1800, 1, 1), dt.date.today())
"""The timeline's range: from before the wars of 1804-1828 that drew Iran's northern border,
to today, so that the map of the present is always reachable and no fixed year goes stale.
Read once at start-up (a window left open over midnight keeps yesterday as its end)."""


@dataclass(frozen=True, slots=True)
class Atlas:
    base: BaseMap
    places: dict[str, Place]
    history: TerritoryDataset
    events: EventCatalogue
    sources: dict[str, Source]
    actors: dict[str, Names] = field(default_factory=dict)
    """The events' English actor strings with their Persian and Russian names."""
    rasters: tuple[MapRaster, ...] = ()
    """The user's map scans, in the order added (later ones drawn above)."""


@cache
def load_atlas() -> Atlas:
    """The bundled data, loaded and cross-checked (from the start-up cache when unchanged)."""
    return cached(fingerprint(_inputs()), _load_checked, dump_atlas, load_atlas_data)


CODE = ("atlas.py", "atlas_cache.py", "record_codec.py", "columns.py", "column_file.py")
"""This package's files whose code reads and writes the start-up cache."""


def _inputs() -> list[Path]:
    """Every file the loaded atlas depends on: the bundled data and the code that reads it."""
    packages = [Path(str(files(name))) for name in ("geodata", "events")]
    data = [p for package in packages for p in (package / "data").rglob("*") if p.is_file()]
    code = [p for package in packages for p in package.rglob("*.py")]
    here = Path(__file__).parent
    return [
        *data,
        *code,
        *(here / name for name in CODE),
    ]


def _load_checked() -> Atlas:
    sources = load_sources()
    places = {p.id: p for p in load_places()}
    history = load_history(known_sources=frozenset(sources))
    actors = load_actors()
    events = load_events(
        places=frozenset(places),
        territories=frozenset(t.id for t in history),
        sources=frozenset(sources),
        actors=frozenset(actors),
    )
    base = load_base()
    base.shapes  # noqa: B018  - computed now, so that it is cached with the rest
    return Atlas(base, places, history, EventCatalogue(events), sources, actors)


def dump_atlas(atlas: Atlas) -> tuple[dict[str, Any], list[BaseGeometry], dict[str, np.ndarray]]:
    """The atlas as JSON data, a list of geometries and the projected shapes' arrays, for the
    start-up cache."""
    geometries: list[BaseGeometry] = []
    data = {
        "sources": encode(list(atlas.sources.values()), geometries),
        "places": encode(list(atlas.places.values()), geometries),
        "territories": encode(list(atlas.history), geometries),
        "events": encode(list(atlas.events), geometries),
        "base": encode(atlas.base.layers, geometries),
        "shapes": encode(atlas.base.shapes, geometries),
        "actors": encode(atlas.actors, geometries),
    }
    return data, geometries, atlas.history.projected.arrays("projected")


def load_atlas_data(
    data: Any, geometries: list[BaseGeometry], arrays: Mapping[str, np.ndarray]
) -> Atlas:
    """The atlas :func:`dump_atlas` stored; :class:`CodecError` if the data does not fit."""
    parts = {"sources", "places", "territories", "events", "base", "shapes", "actors"}
    if not isinstance(data, dict) or data.keys() != parts:
        raise CodecError("holds no atlas")
    sources = decode(tuple[Source, ...], data["sources"], geometries)
    places = decode(tuple[Place, ...], data["places"], geometries)
    territories = decode(tuple[Territory, ...], data["territories"], geometries)
    events = decode(tuple[Event, ...], data["events"], geometries)
    layers = decode(dict[str, tuple[BaseFeature, ...]], data["base"], geometries)
    shapes = decode(dict[str, BaseGeometry], data["shapes"], geometries)
    actors = decode(dict[str, Names], data["actors"], geometries)
    try:
        release = partial(column_file.release_pages, dict(arrays))  # as the shapes are read
        projected = Shapes.from_arrays(arrays, "projected", len(territories), release)
        history = TerritoryDataset(territories, projected)
    except ValueError as exc:
        raise CodecError(str(exc)) from None
    return Atlas(
        BaseMap.with_shapes(layers, shapes),
        {p.id: p for p in places},
        history,
        EventCatalogue(events),
        {s.id: s for s in sources},
        actors,
    )
