"""Date change to painted frame, for every month of the span, in the real window (offscreen).

Each step sets the date through the state (as the timeline does) and then processes events
until Qt has delivered the paints it queued: the map, the timeline cursor, the event list and
the legend. Fades are left running as a user would see them, so frames mid-fade are counted.
Also prints resident memory: after start-up, peak, and after 10,000 further date changes.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _rss_mb() -> float:
    """Current resident set size (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(width: int = 1920, height: int = 1080) -> None:
    from PySide6.QtCore import QSettings

    from viewer.app import make_app

    app = make_app()
    from viewer.atlas import SPAN, load_atlas
    from viewer.main_window import MainWindow
    from viewer.state import add_months

    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_atlas(), settings=settings)
    window.resize(width, height)
    window.show()
    app.processEvents()
    start_rss = _rss_mb()

    day, times = SPAN[0], []
    while day <= SPAN[1]:
        begin = time.perf_counter()
        window.state.date = day
        app.processEvents()
        times.append((time.perf_counter() - begin) * 1000)
        day = add_months(day, 1)
    print(
        f"scrub {width}x{height}, {len(times)} months: p50 {statistics.median(times):.1f} ms, "
        f"p95 {_percentile(times, 0.95):.1f} ms, max {max(times):.1f} ms"
    )

    for i in range(10_000):  # memory must not grow with use
        window.state.date = dt.date(1900 + i % 126, 1 + i % 12, 1)
        if i % 100 == 0:
            app.processEvents()
    app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"memory: {start_rss:.0f} MB after start-up, {_rss_mb():.0f} MB after 10,000 date "
        f"changes, peak {peak:.0f} MB"
    )
    window.close()


if __name__ == "__main__":
    main()
