"""CPU of each part of checking one territories file and one events file (issue 17).

``python -m bench.load_parts TERRITORIES.geojson [EVENTS.yaml]``, e.g. on the files of
``python -m bench.synthetic 100 DIR``. Process CPU time, so another process's load changes the
figures less than it changes wall time; each part is timed in this one process, best of
``--repeat``, with the garbage collector paused as the loaders pause it.

The parts are those a worker pays for a first load (a file whose polygons all read plainly
pays ``quick_parse_and_shapes_s`` in place of the first two): so a proposed saving is measured here,
on the same data, before it is made. Two that looked promising saved under 10% of their
part, the cost being GEOS's and PROJ's own work: shapely's validity check over an array of
geometries instead of one at a time (not made), and one PROJ call for a file's shapes
instead of one a shape (made, being no more code).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from geodata.collector import collector_paused
from geodata.dataset import TerritoryDataset
from geodata.geometry import polygons_at_once, read_geometry
from geodata.loading import (
    RawFeature,
    _quick_features,
    check_territories,
    read_feature_collection,
    read_geojson,
)
from geodata.projection import areas_km2
from geodata.yamlio import _depth, _depth_bound, _LineLoader, read_yaml


def _best(repeat: int, part: Callable[[], Any]) -> float:
    """The least CPU seconds *part* took in *repeat* runs."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        part()
        times.append(time.process_time() - start)
    return min(times)


def _shapes(features: list[RawFeature]) -> list[BaseGeometry | None]:
    """The features' shapes as :func:`geodata.loading.read_geojson` builds them."""
    built = polygons_at_once([f.geometry for f in features])
    return [
        shape if shape is not None else read_geometry(f.geometry, "", f.label, [])
        for f, shape in zip(features, built, strict=True)
    ]


def territory_parts(path: Path, repeat: int) -> dict[str, float]:
    """CPU seconds of each step of :func:`geodata.loading.load_history` on *path*."""
    features, _ = read_feature_collection(path, [])
    shapes = [g for g in _shapes(features) if g is not None]
    records = read_geojson(path, [])
    territories = check_territories(records, "", [])
    areas = [g for g in shapes if "Polygon" in g.geom_type]
    return {
        "vertices": float(shapely.get_num_coordinates(shapes).sum()),
        "parse_and_features_s": _best(repeat, lambda: read_feature_collection(path, [])),
        "build_shapes_s": _best(repeat, lambda: _shapes(features)),
        "quick_parse_and_shapes_s": _best(repeat, lambda: _quick_features(path, "", [], None)),
        "validity_s": _best(repeat, lambda: [g.is_valid for g in shapes]),
        "areas_s": _best(repeat, lambda: areas_km2(areas)),
        "check_fields_and_figures_s": _best(repeat, lambda: check_territories(records, "", [])),
        "map_projection_and_index_s": _best(repeat, lambda: TerritoryDataset(territories)),
    }


def event_parts(path: Path, repeat: int) -> dict[str, float]:
    """CPU seconds of the steps of :func:`geodata.yamlio.read_yaml` on *path*: a plain file
    pays ``plain_read_s``, another the depth checks and ``compose_s`` (and construction)
    after it."""
    text = path.read_text(encoding="utf-8")

    def with_loader(read: Callable[[_LineLoader], Any]) -> Callable[[], None]:
        """*read* on a fresh loader of the text, disposed of after."""

        def part() -> None:
            loader = _LineLoader(text)
            try:
                read(loader)
            finally:
                loader.dispose()

        return part

    plain_read = with_loader(_LineLoader.read_plain)
    compose = with_loader(_LineLoader.get_single_node)
    return {
        "plain_read_s": _best(repeat, plain_read),
        "depth_bound_s": _best(repeat, lambda: _depth_bound(text)),
        "depth_parse_s": _best(repeat, lambda: _depth(text)),
        "compose_s": _best(repeat, compose),
        "read_yaml_s": _best(repeat, lambda: read_yaml(path)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("territories", type=Path)
    parser.add_argument("events", type=Path, nargs="?")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with collector_paused():
        figures = territory_parts(args.territories, args.repeat)
        if args.events:
            figures |= event_parts(args.events, args.repeat)
    figures["load_average_1min"] = os.getloadavg()[0]
    for key, value in figures.items():
        print(f"{key:32} {value:10.3f}")


if __name__ == "__main__":
    main()
