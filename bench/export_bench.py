"""Export timings with the real data, offscreen: a 4K PNG, an A4 PDF and a 10-second MP4.

Each figure is the wall-clock time of one :func:`viewer.export.pipeline.export` call
with a renderer already built, as the export dialog has one; building the renderer is timed
on its own. The MP4 is 300 frames at 1920×1080, August 1941 to July 1966 month by month
(ten seconds at 30 frames a second), encoded to H.264 by ffmpeg.

Beside each time, the processor time it took (``*_cpu_s``: this process; ``mp4_encoder_cpu_s``:
ffmpeg, which runs beside it): on a shared machine the wall-clock time follows the load
(``load``, the one-minute load average before), the processor time much less.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench.common import part_main, peak_rss_mb

DAY = dt.date(1946, 2, 1)


def timed(result: dict[str, float], key: str, work: Callable[[], Path]) -> Path:
    """Run *work*; note its wall-clock time, its processor time and its children's."""
    before, start = os.times(), time.perf_counter()
    path = work()
    wall, after = time.perf_counter() - start, os.times()
    result[f"{key}_s"] = wall
    result[f"{key}_cpu_s"] = after.user - before.user + after.system - before.system
    children = after.children_user - before.children_user
    if children:
        result[f"{key}_encoder_cpu_s"] = children + after.children_system - before.children_system
    return path


def run() -> dict[str, float]:
    from viewer.core.atlas import load_atlas
    from viewer.core.export_request import Animation, ExportRequest, Page
    from viewer.core.frame import MapFrame
    from viewer.export.headless import headless_app
    from viewer.export.pipeline import export
    from viewer.export.snapshot import SnapshotRenderer

    headless_app()
    atlas = load_atlas()
    folder = Path(tempfile.mkdtemp(prefix="export-bench-"))
    start = time.perf_counter()
    renderer = SnapshotRenderer(atlas)
    result: dict[str, float] = {
        "renderer_s": time.perf_counter() - start,
        "load": os.getloadavg()[0],
    }

    snapshots = {
        "png_4k": (
            ExportRequest(MapFrame(DAY), Page.for_pixels(3840, 2160), format="png"),
            "map.png",
        ),
        "pdf_a4": (ExportRequest(MapFrame(DAY), Page.for_paper("a4"), format="pdf"), "a4.pdf"),
    }
    for key, (request, file_name) in snapshots.items():
        path = timed(
            result, key, partial(export, atlas, request, folder / file_name, None, renderer)
        )
        result[f"{key}_mb"] = path.stat().st_size / 1e6

    first, last = dt.date(1941, 8, 1), dt.date(1966, 7, 1)
    animation = Animation(first, last, "month", 30)
    video_request = ExportRequest(
        MapFrame(first), Page.for_pixels(1920, 1080), format="mp4", animation=animation
    )
    video = folder / "war.mp4"
    path = timed(result, "mp4", partial(export, atlas, video_request, video, None, renderer))
    result["mp4_frames"] = len(animation.dates)
    result["mp4_mb"] = path.stat().st_size / 1e6
    result["peak_rss_mb"] = peak_rss_mb()
    renderer.close()
    return result


def main(argv: list[str] | None = None) -> None:
    part_main(run, __doc__, argv)


if __name__ == "__main__":
    main()
