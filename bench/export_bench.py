"""Export timings with the real data, offscreen: a 4K PNG, an A4 PDF, an SVG, a 300-frame MP4.

Each figure is the wall-clock time of one ``export_snapshot`` or ``export_animation`` call with
a renderer already built (what the dialog does); building the renderer is timed on its own.
Run with ``python -m bench.export_bench``.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts


def main() -> None:
    from viewer.animation import AnimationOptions, export_animation
    from viewer.app import make_app
    from viewer.atlas import load_atlas
    from viewer.export import SnapshotOptions, SnapshotRenderer, export_snapshot

    make_app(["export_bench"])
    atlas = load_atlas()
    day = dt.date(1946, 2, 1)
    folder = Path(tempfile.mkdtemp(prefix="export-bench-"))

    start = time.perf_counter()
    renderer = SnapshotRenderer(atlas)
    print(f"renderer (offscreen map) built: {time.perf_counter() - start:6.2f} s")

    snapshots = {
        "PNG 3840×2160": (SnapshotOptions.for_pixels(3840, 2160, date=day), "map.png"),
        "PNG A4 300 dpi": (SnapshotOptions.for_paper("a4", dpi=300, date=day), "a4.png"),
        "PDF A4": (SnapshotOptions.for_paper("a4", date=day), "a4.pdf"),
        "SVG 1920×1080": (SnapshotOptions.for_pixels(1920, 1080, date=day), "map.svg"),
    }
    for name, (options, file_name) in snapshots.items():
        start = time.perf_counter()
        path = export_snapshot(atlas, options, folder / file_name, renderer=renderer)
        seconds = time.perf_counter() - start
        print(f"{name:<16} {seconds:6.2f} s  {path.stat().st_size / 1e6:6.1f} MB")

    frame = SnapshotOptions.for_pixels(1920, 1080, date=dt.date(1941, 8, 1))
    options = AnimationOptions(frame, dt.date(1941, 8, 1), dt.date(1966, 7, 1), "month", 30)
    frames = len(options.dates)  # 300: ten seconds at 30 fps
    start = time.perf_counter()
    path = export_animation(atlas, options, folder / "war.mp4", renderer=renderer)
    seconds = time.perf_counter() - start
    print(
        f"MP4 1920×1080, {frames} frames ({frames / options.fps:.0f} s at 30 fps): "
        f"{seconds:6.1f} s, {seconds / frames * 1000:4.0f} ms a frame, "
        f"{path.stat().st_size / 1e6:.1f} MB"
    )
    renderer.close()


if __name__ == "__main__":
    main()
