"""Our map against two peers drawing the same layers, in the same frame, in the same run.

The layers are written once, already in the app's map projection (so no peer reprojects):
the base map (sea, land, Iran, lakes, rivers, province and country borders, graticule) and
the historical features with ``valid_from``/``valid_to`` as ISO dates (9999-12-31 for "still
valid") and their styles (fill
colour and opacity, hatching, outline width, dashes), sites buffered to 9 km discs as the app
draws them. Each peer then draws one 1920×1080 frame per sampled date, the home view's extent:

* **ours**: the map widget alone at 1920×1080, labels, event markers and scale bar hidden,
  fades off; a frame is the date change through the state until the paint is delivered.
* **geopandas + matplotlib (Agg)**: one figure per date, every layer plotted with
  ``GeoDataFrame.plot`` (``aspect="equal"``: the files are in metres, not degrees), the
  historical ones filtered by date; a frame ends with ``canvas.draw()``.
* **QGIS** (Debian's ``python3-qgis``, run under ``/usr/bin/python3``): the layers loaded
  once, the historical ones filtered by QGIS's own temporal properties (start and end fields),
  the map settings given each date's range and rendered by ``QgsMapRendererParallelJob`` and
  ``QgsMapRendererSequentialJob`` into an image, with a ``QgsMapRendererCache`` as QGIS's map
  canvas has (the base layers are not redrawn), antialiasing off as on our screen; and the
  sequential one again without the cache, redrawing every layer as matplotlib does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.common import ROOT, Figures, child_env, emit, run_child, summary

if TYPE_CHECKING:  # for annotations only: the functions import what they use themselves
    from geopandas import GeoDataFrame
    from matplotlib.axes import Axes
    from shapely.geometry.base import BaseGeometry

Feature = tuple[dict[str, Any], "BaseGeometry"]
"""A feature to write: its properties and its geometry in map metres."""

QGIS_PYTHON = Path("/usr/bin/python3")
EVERY_MONTHS = 12
OPEN = dt.date(9999, 12, 31)
"""The end written for a feature still valid: QGIS's temporal filter drops null ends."""
SIZE = (1920, 1080)


def write_layers(folder: Path, every: int = EVERY_MONTHS) -> Figures:
    """The shared layers and frame as files in *folder*; returns the frame description."""
    import shapely

    from bench.scrub import months
    from geodata.projection import project
    from viewer.core.atlas import load_atlas
    from viewer.core.style import territory_style
    from viewer.map.furniture import graticule_path
    from viewer.map.map_view import HOME_LONLAT

    atlas = load_atlas()

    def union(layer: str, boundary: bool = False, only: str | None = None) -> BaseGeometry:
        geoms = [f.geometry for f in atlas.base[layer] if only is None or f.id == only]
        merged = shapely.union_all([g.boundary if boundary else g for g in geoms])
        return project(merged)

    graticule = graticule_path()
    lines: list[list[tuple[float, float]]] = []
    for i in range(graticule.elementCount()):
        e = graticule.elementAt(i)
        if e.isMoveTo():
            lines.append([])
        lines[-1].append((e.x, e.y))
    base = {
        "sea": union("sea"),
        "land": union("land"),
        "iran": union("countries", only="IRN"),
        "lakes": union("lakes"),
        "rivers": union("rivers"),
        "provinces": union("provinces", boundary=True),
        "countries": union("countries", boundary=True),
        "graticule": shapely.MultiLineString(lines),
    }
    for name, geometry in base.items():
        _write(folder / f"base-{name}.geojson", [({"name": name}, geometry)])

    polygons: list[Feature] = []
    lines_: list[Feature] = []
    for territory, geometry in zip(atlas.history, atlas.history.projected, strict=True):
        style = territory_style(territory)
        props = {
            "id": territory.id,
            "valid_from": territory.valid_from.first_day.isoformat(),
            "valid_to": (territory.valid_to.first_day if territory.valid_to else OPEN).isoformat(),
            "colour": style.colour,
            "fill_alpha": style.fill_alpha,
            "pattern": style.pattern,
            "line_width": style.line_width,
            "dashed": int(bool(style.dash)),
            "z": style.z,
        }
        if "Point" in geometry.geom_type:
            geometry = geometry.buffer(9000)
        target = lines_ if "Line" in geometry.geom_type else polygons
        target.append((props, geometry))
    _write(folder / "history-polygons.geojson", polygons)
    _write(folder / "history-lines.geojson", lines_)

    from viewer.core.export_options import extent_from_lonlat

    x0, y0, x1, y1 = extent_from_lonlat(HOME_LONLAT)
    cx, cy, aspect = (x0 + x1) / 2, (y0 + y1) / 2, SIZE[0] / SIZE[1]
    width, height = max(x1 - x0, (y1 - y0) * aspect), max(y1 - y0, (x1 - x0) / aspect)
    frame = {
        "size": SIZE,
        "extent": [cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2],
        "dates": [d.isoformat() for d in months(every)],
    }
    (folder / "frame.json").write_text(json.dumps(frame))
    return frame


def _write(path: Path, features: list[Feature]) -> None:
    from shapely.geometry import mapping

    collection = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": props, "geometry": mapping(geometry)}
            for props, geometry in features
        ],
    }
    path.write_text(json.dumps(collection))


def ours(every: int = EVERY_MONTHS) -> Figures:
    """Our map widget alone, the peers' layers only, one frame per sampled date."""
    from bench.scrub import months, settle
    from viewer.app.application import make_app
    from viewer.core.atlas import SPAN, load_atlas
    from viewer.core.state import ViewState
    from viewer.map.fonts import register_fonts
    from viewer.map.map_view import MapView

    make_app(["bench"])
    state = ViewState(*SPAN, date=dt.date(1946, 2, 1))
    view = MapView(load_atlas(), state, register_fonts(), fade_ms=0)
    view.labels.setVisible(False)
    view.markers.setVisible(False)
    view.scale_bar.setVisible(False)
    view.resize(*SIZE)
    view.show()
    settle()
    times = []
    for day in months(every):
        begin = time.perf_counter()
        state.date = day
        settle()
        times.append((time.perf_counter() - begin) * 1000)
    view.close()
    return summary(times)


def matplotlib_peer(folder: Path) -> Figures:
    """geopandas on matplotlib's Agg canvas, one figure per date."""
    import geopandas
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    frame = json.loads((folder / "frame.json").read_text())
    base = {n: geopandas.read_file(folder / f"base-{n}.geojson") for n in BASE_STYLE}
    history = [
        geopandas.read_file(folder / f"history-{kind}.geojson") for kind in ("polygons", "lines")
    ]
    x0, y0, x1, y1 = frame["extent"]
    times = []
    for iso in frame["dates"]:
        begin = time.perf_counter()
        figure = Figure(figsize=(frame["size"][0] / 100, frame["size"][1] / 100), dpi=100)
        canvas = FigureCanvasAgg(figure)
        axes = figure.add_axes((0, 0, 1, 1))
        axes.set_axis_off()
        figure.set_facecolor("#e3e3df")
        for name, style in BASE_STYLE.items():
            base[name].plot(ax=axes, aspect="equal", **style)
        for layer in history:
            valid = layer[(layer.valid_from <= iso) & (layer.valid_to > iso)]
            for _, row in valid.sort_values("z").iterrows():
                _plot_feature(axes, layer, row)
        axes.set_xlim(x0, x1)
        axes.set_ylim(y0, y1)
        canvas.draw()  # type: ignore[no-untyped-call, unused-ignore]  # typed only with the bench extra
        times.append((time.perf_counter() - begin) * 1000)
    return summary(times)


BASE_STYLE = {
    "sea": {"color": "#c9dde8", "linewidth": 0},
    "land": {"color": "#ece8dd", "linewidth": 0},
    "iran": {"color": "#faf7ee", "linewidth": 0},
    "lakes": {"facecolor": "#c9dde8", "edgecolor": "#7fa9c4", "linewidth": 0.6},
    "rivers": {"color": "#7fa9c4", "linewidth": 1},
    "provinces": {"color": "#d3cab6", "linewidth": 0.8},
    "countries": {"color": "#8f887a", "linewidth": 1},
    "graticule": {"color": "#a9bfcc", "linewidth": 0.7, "alpha": 0.8},
}
"""The app's base styles (viewer.core.style) in matplotlib's terms."""


def _plot_feature(axes: Axes, layer: GeoDataFrame, row: Any) -> None:  # row: a pandas Series
    from matplotlib.colors import to_rgba

    one = layer.loc[[row.name]]
    dash = "--" if row.dashed else "-"
    if "Line" in row.geometry.geom_type:
        one.plot(
            ax=axes, aspect="equal", color=row.colour, linewidth=row.line_width, linestyle=dash
        )
        return
    fill = "none" if row.fill_alpha <= 0 else to_rgba(row.colour, row.fill_alpha)
    one.plot(
        ax=axes,
        aspect="equal",
        facecolor=fill,
        edgecolor=row.colour,
        linewidth=row.line_width,
        linestyle=dash,
        hatch={"hatch": "////", "dots": ".."}.get(row.pattern),
    )


def qgis_peer(folder: Path) -> Figures:
    """QGIS's renderer in Debian's Python, as a subprocess printing JSON."""
    if (
        not QGIS_PYTHON.exists()
        or subprocess.run(
            [str(QGIS_PYTHON), "-c", "import qgis.core"], capture_output=True, check=False
        ).returncode
    ):
        return {"error": "python3-qgis is not installed (apt-get install python3-qgis)"}
    env = child_env()
    env.pop("PYTHONPYCACHEPREFIX", None)
    done = subprocess.run(
        [str(QGIS_PYTHON), str(ROOT / "bench" / "qgis_peer.py"), str(folder)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode:
        return {"error": done.stderr[-2000:]}
    result: Figures = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _matplotlib_in_child(folder: Path) -> Figures:
    if importlib.util.find_spec("matplotlib") is None:
        return {"error": "matplotlib is not installed (pip install -e '.[bench]')"}
    return run_child("peers", "--matplotlib", str(folder))


def run(every: int = EVERY_MONTHS) -> Figures:
    folder = Path(tempfile.mkdtemp(prefix="atlas-peers-"))
    try:
        run_child("peers", "--write", str(folder), "--every", str(every))
        result = {
            "frames": len(json.loads((folder / "frame.json").read_text())["dates"]),
            "ours": run_child("peers", "--ours", "--every", str(every)),
            "matplotlib": _matplotlib_in_child(folder),
            "qgis": qgis_peer(folder),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=EVERY_MONTHS)
    parser.add_argument("--write", type=Path, help="only write the layers to this folder")
    parser.add_argument("--ours", action="store_true", help="only time our map")
    parser.add_argument("--matplotlib", type=Path, help="only time matplotlib on this folder")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.write:
        result = write_layers(args.write, args.every)
    elif args.ours:
        result = ours(args.every)
    elif args.matplotlib:
        result = matplotlib_peer(args.matplotlib)
    else:
        result = run(args.every)
    emit(result, args.json)


if __name__ == "__main__":
    main()
