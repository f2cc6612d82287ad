"""Checking users' territory and event files against the schema. No Qt here."""

from __future__ import annotations

from pathlib import Path

from events.loading import load_events
from geodata.errors import DataError, Problem
from geodata.loading import load_history, load_places
from geodata.yamlio import read_yaml
from viewer.atlas import Atlas


def validate_file(path: Path, atlas: Atlas) -> list[Problem]:
    """Every problem in one file, checked against the bundled gazetteer, territories and sources.

    The kind of file is told by its content: GeoJSON is territories; a YAML list whose entries
    have ``lon`` is a gazetteer; any other YAML list is events.
    """
    try:
        if path.suffix.lower() in (".geojson", ".json"):
            load_history(path, known_sources=frozenset(atlas.sources))
        elif path.suffix.lower() in (".yaml", ".yml"):
            data = read_yaml(path)
            if isinstance(data, list) and data and isinstance(data[0], dict) and "lon" in data[0]:
                load_places(path)
            else:
                load_events(
                    [path],
                    places=frozenset(atlas.places),
                    territories=frozenset(t.id for t in atlas.history),
                    sources=frozenset(atlas.sources),
                )
        else:
            return [Problem(str(path), "is neither GeoJSON (.geojson) nor YAML (.yaml)")]
    except DataError as exc:
        return exc.problems
    return []
