"""Export timings with the real data, offscreen: a 4K PNG, an A4 PDF and a 10-second MP4.

Each figure is the wall-clock time of one ``export_snapshot`` or ``export_animation`` call
with a renderer already built, as the export dialog has one; building the renderer is timed
on its own. The MP4 is 300 frames at 1920×1080, August 1941 to July 1966 month by month
(ten seconds at 30 frames a second), encoded to H.264 by ffmpeg.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from bench.common import emit, peak_rss_mb

DAY = dt.date(1946, 2, 1)


def run() -> dict:
    from viewer.animation import AnimationOptions, export_animation
    from viewer.app import make_app
    from viewer.atlas import load_atlas
    from viewer.export import SnapshotOptions, SnapshotRenderer, export_snapshot

    make_app(["bench"])
    atlas = load_atlas()
    folder = Path(tempfile.mkdtemp(prefix="export-bench-"))
    start = time.perf_counter()
    renderer = SnapshotRenderer(atlas)
    result: dict = {"renderer_s": time.perf_counter() - start}

    snapshots = {
        "png_4k": (SnapshotOptions.for_pixels(3840, 2160, date=DAY), "map.png"),
        "pdf_a4": (SnapshotOptions.for_paper("a4", date=DAY), "a4.pdf"),
    }
    for key, (options, file_name) in snapshots.items():
        start = time.perf_counter()
        path = export_snapshot(atlas, options, folder / file_name, renderer=renderer)
        result[f"{key}_s"] = time.perf_counter() - start
        result[f"{key}_mb"] = path.stat().st_size / 1e6

    first, last = dt.date(1941, 8, 1), dt.date(1966, 7, 1)
    frame = SnapshotOptions.for_pixels(1920, 1080, date=first)
    options = AnimationOptions(frame, first, last, "month", 30)
    start = time.perf_counter()
    path = export_animation(atlas, options, folder / "war.mp4", renderer=renderer)
    result["mp4_s"] = time.perf_counter() - start
    result["mp4_frames"] = len(options.dates)
    result["mp4_mb"] = path.stat().st_size / 1e6
    result["peak_rss_mb"] = peak_rss_mb()
    renderer.close()
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    emit(run(), args.json)


if __name__ == "__main__":
    main()
