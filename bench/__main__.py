"""Run every benchmark, each in fresh processes, and print one table of figures.

``python -m bench`` (or ``make bench``) runs them all, saves the figures to
``bench/results/<time>.json`` and prints the table; ``--against FILE`` adds a column from an
earlier run, ``--only`` picks parts (first_paint, scrub, scale, export, scans, peers),
``--json FILE`` also writes the headline figures under stable keys for scripts
(:data:`HEADLINE`). Figures
are wall-clock on this machine with Qt offscreen; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from collections.abc import Callable
from pathlib import Path

from bench import peers
from bench.common import RESULTS, Figures, run_child
from viewer.core.atomic import atomic_file

PARTS: dict[str, Callable[[], Figures]] = {
    "first_paint": lambda: run_child("first_paint"),
    "scrub": lambda: run_child("scrub", "--memory"),
    "scale_10": lambda: run_child("scrub", "--scale", "10"),
    "scale_100": lambda: run_child("scrub", "--scale", "100", "--every", "4"),
    "export": lambda: run_child("export_bench"),
    "scans": lambda: run_child("scans"),
    "peers": peers.run,
}
GROUPS = {"scale": ("scale_10", "scale_100")}


def _get(results: Figures, path: str) -> float | None:
    value: object = results
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value if isinstance(value, int | float) else None


def _frames(part: str, which: str = "all") -> list[tuple[str, str]]:
    return [(f"{part}.{which}.{q}", "ms") for q in ("p50", "p95", "max")]


ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("first paint: median (min, max) of 7 launches", "≤ 0.8 s", [
        ("first_paint.median_s", "s"), ("first_paint.min_s", "s"), ("first_paint.max_s", "s")]),
    ("  first launch (start-up cache empty)", "≤ 2 s", [("first_paint.cold_s", "s")]),
    ("  CPU to first paint: median of the launches, first launch", "", [
        ("first_paint.cpu_median_s", "s"), ("first_paint.cold_cpu_s", "s")]),
    ("  imports / data / window done at", "", [
        ("first_paint.phases_s.imports", "s"), ("first_paint.phases_s.data", "s"),
        ("first_paint.phases_s.window", "s")]),
    ("scrub 1920×1080, every month, all frames p50/p95/max", "p95 ≤ 8, max ≤ 16",
     _frames("scrub")),
    ("  date-change frames", "", _frames("scrub", "change")),
    ("  fade frames", "", _frames("scrub", "fade")),
    ("  map picture drawn a slice per turn (large data only)", "", _frames("scrub", "render")),
    ("  date change to new map on screen", "", _frames("scrub", "drawn")),
    ("  frames counted (changes + fade frames)", "", [
        ("scrub.change.n", "n"), ("scrub.fade.n", "n")]),
    ("memory: RSS after start-up / 10,000 / 20,000 changes", "", [
        ("scrub.rss_start_mb", "MB"), ("scrub.rss_after_10000_mb", "MB"),
        ("scrub.rss_after_20000_mb", "MB")]),
    ("  peak RSS", "≤ 300 MB", [("scrub.peak_rss_mb", "MB")]),
    ("  Python objects after 10,000 / 20,000 changes", "", [
        ("scrub.objects_after_10000", "n"), ("scrub.objects_after_20000", "n")]),
    ("scale 10× (1,920 territories, 2,010 events): all frames", "", _frames("scale_10")),
    ("  date-change / fade frames p95", "", [
        ("scale_10.change.p95", "ms"), ("scale_10.fade.p95", "ms")]),
    ("  loading, peak RSS", "", [("scale_10.load_s", "s"), ("scale_10.peak_rss_mb", "MB")]),
    ("scale 100× (19,200 territories, 20,100 events), every 4th month", "p95 ≤ 16",
     _frames("scale_100")),
    ("  date-change / fade frames p95", "", [
        ("scale_100.change.p95", "ms"), ("scale_100.fade.p95", "ms")]),
    ("  picture-slice frames p95 / change to map on screen p50, p95", "", [
        ("scale_100.render.p95", "ms"), ("scale_100.drawn.p50", "ms"),
        ("scale_100.drawn.p95", "ms")]),
    ("  loading: first (median of 3, cache filled) / warm (from the cache)", "≤ 10 / ≤ 3 s", [
        ("scale_100.load_s", "s"), ("scale_100.load_warm_s", "s")]),
    ("    processor time: first / warm", "", [
        ("scale_100.load_cpu_s", "s"), ("scale_100.load_warm_cpu_s", "s")]),
    ("  peak RSS: first load / warm load, window and scrubbing", "≤ 600 MB", [
        ("scale_100.load_cold_peak_rss_mb", "MB"), ("scale_100.peak_rss_mb", "MB")]),
    ("    RSS: loaded / window open and warmed up", "", [
        ("scale_100.rss_loaded_mb", "MB"), ("scale_100.rss_start_mb", "MB")]),
    ("export: renderer built", "", [("export.renderer_s", "s")]),
    ("  PNG 3840×2160", "≤ 0.5 s", [("export.png_4k_s", "s")]),
    ("    processor time", "", [("export.png_4k_cpu_s", "s")]),
    ("  PDF A4", "", [("export.pdf_a4_s", "s")]),
    ("  MP4 1920×1080, 10 s at 30 fps", "≤ 10 s", [("export.mp4_s", "s")]),
    ("    processor time: drawing / ffmpeg", "", [
        ("export.mp4_cpu_s", "s"), ("export.mp4_encoder_cpu_s", "s")]),
    ("map scan 8000×6000 (144 MB GeoTIFF): read and warped", "", [("scans.load_s", "s")]),
    ("  the same, 16-bit (288 MB), stretched: read; peak RSS 8-bit / 16-bit", "", [
        ("scans.load_16bit_s", "s"), ("scans.load_peak_rss_mb", "MB"),
        ("scans.load_16bit_peak_rss_mb", "MB")]),
    ("  repaint 1920×1080 p50: no scan / under / over", "", [
        ("scans.repaint_none.p50", "ms"), ("scans.repaint_under.p50", "ms"),
        ("scans.repaint_over.p50", "ms")]),
    ("  PNG 3840×2160 with the scan; peak RSS", "", [
        ("scans.png_4k_with_scan_s", "s"), ("scans.peak_rss_mb", "MB")]),
    ("peers, map only, 1920×1080, a frame a year: ours p50/p95", "", [
        ("peers.ours.p50", "ms"), ("peers.ours.p95", "ms")]),
    ("  geopandas + matplotlib Agg p50/p95", "", [
        ("peers.matplotlib.p50", "ms"), ("peers.matplotlib.p95", "ms")]),
    ("  QGIS parallel renderer, render cache p50/p95", "", [
        ("peers.qgis.parallel.p50", "ms"), ("peers.qgis.parallel.p95", "ms")]),
    ("  QGIS sequential renderer, render cache p50/p95", "", [
        ("peers.qgis.sequential.p50", "ms"), ("peers.qgis.sequential.p95", "ms")]),
    ("  QGIS sequential renderer, no render cache p50/p95", "", [
        ("peers.qgis.sequential_full.p50", "ms"), ("peers.qgis.sequential_full.p95", "ms")]),
]  # fmt: skip


HEADLINE = {
    "first_paint_p50_s": "first_paint.median_s",
    "first_launch_s": "first_paint.cold_s",
    "scrub_p95_ms": "scrub.all.p95",
    "scrub_max_ms": "scrub.all.max",
    "scale100_change_p95_ms": "scale_100.change.p95",
    "scale100_change_max_ms": "scale_100.change.max",
    "scale100_load_warm_s": "scale_100.load_warm_s",
    "scale100_load_cold_s": "scale_100.load_s",
    "scale100_peak_rss_mb": "scale_100.peak_rss_mb",
    "scale100_load_cold_peak_rss_mb": "scale_100.load_cold_peak_rss_mb",
    "png4k_s": "export.png_4k_s",
    "mp4_10s_s": "export.mp4_s",
    "load_average_start": "load_average.start",
    "load_average_end": "load_average.end",
}
"""Stable keys of ``--json`` and where each figure is in the full results; a figure a run did
not measure (a part left out, no QGIS, no warm 100x load yet) is null, never a guess."""


def headline(results: Figures) -> dict[str, object]:
    """The figures scripts read, under :data:`HEADLINE`'s keys, with the run's machine."""
    figures: dict[str, object] = {key: _get(results, path) for key, path in HEADLINE.items()}
    ours, qgis = _get(results, "peers.ours.p50"), _get(results, "peers.qgis.parallel.p50")
    figures["qgis_ratio_p50"] = qgis / ours if ours and qgis else None
    figures["machine"] = results.get("machine")
    figures["when"] = results.get("when")
    return figures


def _cell(results: Figures, cells: list[tuple[str, str]]) -> str:
    """The values of a row, with their unit once at the end (or after each, if they differ)."""
    units = {unit for _, unit in cells} - {"n"}
    shown = []
    for path, unit in cells:
        value = _get(results, path)
        if value is None:
            text = "–"
        elif unit == "n":
            text = f"{value:,.0f}"
        elif unit == "s":
            text = f"{value:.2f}"
        else:
            text = f"{value:.1f}" if value < 100 else f"{value:,.0f}"
        shown.append(text if len(units) == 1 or unit == "n" else f"{text} {unit}")
    return " / ".join(shown) + (f" {units.pop()}" if len(units) == 1 else "")


def ratios(results: Figures) -> list[str]:
    """How many times slower each peer is than ours, per frame (medians)."""
    ours = _get(results, "peers.ours.p50")
    lines = []
    for name, path in (
        ("geopandas + matplotlib", "peers.matplotlib.p50"),
        ("QGIS parallel, render cache", "peers.qgis.parallel.p50"),
        ("QGIS sequential, render cache", "peers.qgis.sequential.p50"),
        ("QGIS sequential, no cache", "peers.qgis.sequential_full.p50"),
    ):
        theirs = _get(results, path)
        if ours and theirs:
            ratio = theirs / ours
            lines.append(f"  {name}: {ratio:,.{0 if ratio >= 10 else 1}f}× our time per frame")
    for name in ("matplotlib", "qgis"):
        if error := _get_text(results, f"peers.{name}.error"):
            lines.append(f"  {name} not measured: {error.strip().splitlines()[-1]}")
    return lines


def _get_text(results: Figures, path: str) -> str | None:
    value: object = results
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, str) else None


def table(results: Figures, before: Figures | None) -> str:
    head = f"{'':58} {'target':>18}  {'now':>26}"
    if before:
        head += f"  {'before':>26}"
    lines = [head]
    for label, target, cells in ROWS:
        if all(_get(results, p) is None for p, _ in cells) and not (
            before and any(_get(before, p) is not None for p, _ in cells)
        ):
            continue
        line = f"{label:58} {target:>18}  {_cell(results, cells):>26}"
        if before:
            line += f"  {_cell(before, cells):>26}"
        lines.append(line)
    if extra := ratios(results):
        lines += ["", "peers against ours (same layers, frame and dates; QGIS: ≥ 5×):", *extra]
    return "\n".join(lines)


def machine() -> str:
    from importlib.metadata import version

    return (
        f"{platform.node()}: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"PySide6 {version('PySide6-Essentials')}, pyqtgraph {version('pyqtgraph')}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated parts: " + ", ".join([*PARTS, "scale"]))
    parser.add_argument("--against", type=Path, help="an earlier results file, shown beside")
    parser.add_argument("--json", type=Path, help="also write the headline figures here")
    args = parser.parse_args(argv)
    chosen = list(PARTS)
    if args.only:
        names = [n.strip() for n in args.only.split(",")]
        chosen = [p for n in names for p in GROUPS.get(n, (n,))]
        if unknown := set(chosen) - set(PARTS):
            parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    results: Figures = {
        "machine": machine(),
        "when": dt.datetime.now().isoformat(timespec="seconds"),
    }
    start = os.getloadavg()[0]
    for name in chosen:
        print(f"running {name}…", file=sys.stderr, flush=True)
        results[name] = PARTS[name]()
    # at both ends: figures from a machine that got busy during the run say so
    results["load_average"] = {"start": start, "end": os.getloadavg()[0]}
    RESULTS.mkdir(parents=True, exist_ok=True)
    saved = RESULTS / f"{results['when'].replace(':', '-')}.json"
    with atomic_file(saved) as stream:  # an interrupted run leaves no half-written results
        stream.write(json.dumps(results, indent=1).encode())
    before = json.loads(args.against.read_text()) if args.against else None
    load = results["load_average"]
    print(
        f"Caspian Atlas benchmarks, {results['when']}; {results['machine']}; "
        f"load average {load['start']:.1f} at the start, {load['end']:.1f} at the end"
    )
    print(table(results, before))
    print(f"\nsaved to {saved.relative_to(RESULTS.parent.parent)}")
    if args.json:
        with atomic_file(args.json) as stream:
            stream.write(json.dumps(headline(results), indent=1).encode())
        print(f"headline figures written to {args.json}")


if __name__ == "__main__":
    main()
