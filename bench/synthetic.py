"""Synthetic data *k* times the size of the real atlas, to see how the app scales.

Each real territory is copied *k* − 1 times: its geometry shifted by up to ±0.6° (about
60 km) and clipped to the map region, its whole lifespan moved to a random place in the
timeline (an open-ended one stays open). Each event is copied likewise with a random date.
The copies keep every field the schema requires; disputes and territory links are dropped,
since they would no longer agree with the shifted dates. So about *k* times as many
territories are drawn at any date, *k* times as many events light up, and the map changes
almost every month at 100×: a heavy, not a flattering, load.

The copies are written as files (at most ten copies to a file, under the loaders' size limit)
and read back through the real loaders, so loading is measured too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import time
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping, shape

from bench.common import peak_rss_mb
from events.catalogue import EventCatalogue
from events.loading import bundled_event_files, load_sources
from geodata.loading import data_dir, load_base, load_places
from geodata.projection import REGION_LONLAT
from geodata.yamlio import read_yaml
from viewer.core.atlas import SPAN, Atlas
from viewer.core.file_cache import cached_atlas_files

JITTER_DEGREES = 0.6
COPIES_PER_FILE = 10
_INSET = 0.05  # stay clear of the region's edge, which the loader checks


def _day(text: str) -> dt.date:
    """The first day of a schema date ("1946", "~1946-05", "1946-05-09")."""
    parts = [int(p) for p in text.lstrip("~").split("-")]
    return dt.date(parts[0], *[*parts[1:], 1, 1][:2])


def _shifted(rng: random.Random, start: str, end: str | None) -> tuple[str, str | None]:
    """The same lifespan (or an open one) starting at a random day of the timeline."""
    first, last = SPAN[0].toordinal(), SPAN[1].toordinal()
    length = (_day(end) - _day(start)).days if end else 0
    begin = rng.randint(first, max(first, last - length))
    new_end = dt.date.fromordinal(begin + length).isoformat() if end else None
    return dt.date.fromordinal(begin).isoformat(), new_end


def _jittered(rng: random.Random, geometry: dict[str, Any]) -> dict[str, Any]:
    geom = shape(geometry)
    dx, dy = (rng.uniform(-JITTER_DEGREES, JITTER_DEGREES) for _ in range(2))
    moved = shapely.transform(geom, lambda xy: xy + np.array([dx, dy]))
    west, south, east, north = REGION_LONLAT
    clipped = shapely.clip_by_rect(
        moved, west + _INSET, south + _INSET, east - _INSET, north - _INSET
    )
    if clipped.is_empty or not clipped.is_valid or clipped.geom_type != geom.geom_type:
        return geometry  # a copy pushed off the region keeps its place
    moved_geometry: dict[str, Any] = mapping(shapely.set_precision(clipped, 1e-5))
    return moved_geometry


def _territory_copies(scale: int, rng: random.Random) -> list[list[dict[str, Any]]]:
    """Feature lists, one per file; the first file holds the real features."""
    real = json.loads((data_dir() / "history.geojson").read_text(encoding="utf-8"))["features"]
    copies = []
    for copy in range(1, scale):
        for feature in real:
            props = dict(feature["properties"])
            props["id"] = f"{props['id']}~{copy}"
            props["valid_from"], props["valid_to"] = _shifted(
                rng, props["valid_from"], props["valid_to"]
            )
            props.pop("disputes", None)
            copies.append(
                {
                    "type": "Feature",
                    "properties": props,
                    "geometry": _jittered(rng, feature["geometry"]),
                }
            )
    per_file = COPIES_PER_FILE * len(real)
    return [real] + [copies[i : i + per_file] for i in range(0, len(copies), per_file)]


def _event_copies(scale: int, rng: random.Random) -> list[list[dict[str, Any]]]:
    real = [event for path in bundled_event_files() for event in read_yaml(path)]
    copies = []
    for copy in range(1, scale):
        for event in real:
            clone = {k: v for k, v in event.items() if k not in ("disputes", "territories")}
            clone["id"] = f"{event['id']}~{copy}"
            clone["date"], clone["end"] = _shifted(rng, event["date"], event.get("end"))
            copies.append(clone)
    per_file = COPIES_PER_FILE * len(real)
    return [copies[i : i + per_file] for i in range(0, len(copies), per_file)]


def write_scaled(scale: int, folder: Path, seed: int = 1946) -> None:
    """Write the real data plus ``scale - 1`` jittered copies as files in *folder*."""
    rng = random.Random(seed)
    for n, features in enumerate(_territory_copies(scale, rng)):
        path = folder / f"history-{n}.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    for n, events in enumerate(_event_copies(scale, rng)):
        path = folder / f"events-{n}.yaml"
        path.write_text(json.dumps(events, ensure_ascii=False))  # JSON is YAML, and quick


def _number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def load_scaled(folder: Path) -> Atlas:
    """The atlas of the files :func:`write_scaled` wrote, read through the real loaders.

    Each file goes through the per-file start-up cache (:mod:`viewer.core.file_cache`), as a
    user's large atlas would: the first load checks everything (the files side by side, in
    worker processes), later ones read the cache.
    """
    sources = load_sources()
    places = {p.id: p for p in load_places()}
    territory_files = sorted(folder.glob("history-*.geojson"), key=_number)
    event_files = [*bundled_event_files(), *sorted(folder.glob("events-*.yaml"), key=_number)]
    history, events = cached_atlas_files(
        territory_files, event_files, places=frozenset(places), sources=frozenset(sources)
    )
    return Atlas(load_base(), places, history, EventCatalogue(events), sources)


def _cpu_s() -> float:
    """Processor time of this process and of its finished workers (a first load checks files
    in worker processes)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> None:
    """``python -m bench.synthetic SCALE FOLDER`` writes the files; ``--load`` reads them and
    prints the time taken and the peak memory (each in a process of its own, so that making
    the files is never timed, and a first load's memory is told from the viewer's)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("scale", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--load", action="store_true", help="load the files, print figures")
    args = parser.parse_args(argv)
    if not args.load:
        write_scaled(args.scale, args.folder)
        return
    wall, cpu = time.perf_counter(), _cpu_s()
    atlas = load_scaled(args.folder)
    figures = {
        "load_s": time.perf_counter() - wall,
        "load_cpu_s": _cpu_s() - cpu,
        "territories": len(atlas.history),
        "peak_rss_mb": peak_rss_mb(),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
