"""Date change to painted frame in the real window at 1920×1080 (offscreen), fades included.

Every month of the span is set through the state, as the timeline does, and the clock runs
until Qt has painted what that change queued: the map, the timeline's cursor, the event list,
the legend and the date display. A change that makes territories appear or go starts a fade;
its frames are then played one by one at the times the fade's own timer would show them
(every ``updateInterval`` ms, to its end), and each is timed from the timer's step to the
painted frame. With large data the new picture is drawn a slice per turn of the event loop
before its fade starts: each turn is timed as a frame too ("render"), and "drawn" is how long
each change took to reach the screen. So the figures hold every frame a user sees while
stepping through time, and how far the map lags behind the timeline. Timing starts once the
map has done the idle work it does in a user's first moments with the window (paths at this
zoom, label sprites for the years around the date: ``MapView.warming``). A date's labels are
laid out after a frame is painted, a slice per turn of the event loop (``LabelLayer``): each
slice is timed as a frame of its own ("labels") and taken out of the frame whose
``processEvents`` ran it.

Memory: resident size once the data is loaded, once the window is open and warmed up, after
10,000 further date changes (each painted, fades running on their real timers), and after
10,000 more, which tells a bounded cache (it stops growing) from a leak (it keeps growing);
Python's object count is printed beside it.

Run alone: ``python -m bench.scrub [--scale 10] [--every 4] [--memory]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import Figures, emit, peak_rss_mb, rss_mb, summary
from geodata.collector import keep_loaded

if TYPE_CHECKING:  # for annotations only: the functions import Qt and the app themselves
    from PySide6.QtCore import QTimeLine

    from viewer.app.main_window import MainWindow
    from viewer.core.atlas import Atlas

SIZE = (1920, 1080)
MEMORY_CHANGES = 10_000


def open_window(atlas: Atlas, size: tuple[int, int] = SIZE) -> MainWindow:
    """The main window on *atlas*, shown at *size* with fresh settings, fades on."""
    from PySide6.QtCore import QSettings

    from viewer.app.main_window import MainWindow

    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    window = MainWindow(atlas, settings=settings)
    window.resize(*size)
    window.show()
    settle()
    wait_idle(window)
    return window


def wait_idle(window: MainWindow, timeout_s: float = 120.0) -> None:
    """Let the map finish its idle work (paths and labels for the dates to come), as it does
    in a user's first moments with the window, before anything is timed."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while window.map.warming and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def settle() -> None:
    """Deliver what is queued: a change posts updates, whose paints may post more."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QApplication.processEvents()


def _fade(window: MainWindow) -> QTimeLine | None:
    """The fade's timeline if a fade is running, else None."""
    from PySide6.QtCore import QTimeLine

    timeline = window.map.territories.fade_timeline
    return timeline if timeline.state() == QTimeLine.State.Running else None


def play_fade(timeline: QTimeLine, slices: LayoutSlices) -> Iterator[tuple[float, int]]:
    """Each frame of a running fade, played at once; yields when each began (from the
    timer's step) and the label slices timed by then, once the frame is painted."""
    timeline.setPaused(True)  # its own timer stops: the frames are played here, in order
    step, duration = timeline.updateInterval(), timeline.duration()
    for now in range(step, duration + step, step):
        last = now >= duration
        if last:
            timeline.setPaused(False)  # running again, so that the end emits finished
        begin, mark = time.perf_counter(), len(slices.times)
        timeline.setCurrentTime(min(now, duration))
        settle()
        yield begin, mark
        if last:
            break


class LayoutSlices:
    """Times every slice of the map's label layouts (``LabelLayer._go_on``)."""

    def __init__(self, window: MainWindow) -> None:
        labels = window.map.labels
        go_on = labels._go_on
        self.times: list[float] = []

        def timed(budget_ms: float) -> None:
            begin = time.perf_counter()
            go_on(budget_ms)
            self.times.append((time.perf_counter() - begin) * 1000)

        labels._go_on = timed  # type: ignore[method-assign]

    def split(self, frames: dict[str, list[float]], kind: str, begin: float, mark: int) -> None:
        """Add the frame of *kind* begun at *begin* (``perf_counter``), less the slices run
        since *mark* (``len(times)`` then), which go to ``labels``."""
        slices = self.times[mark:]
        frames[kind].append((time.perf_counter() - begin) * 1000 - sum(slices))
        frames["labels"] += slices


def finish_render(window: MainWindow, slices: LayoutSlices) -> Iterator[tuple[float, int, bool]]:
    """Each turn of the event loop until the picture is complete; yields when each began,
    the label slices timed by then, and whether it was idle, once it is done.

    A turn is idle when the picture waited for the change's frame to be shown before and
    after it: the loop only delivered a posted call, or waited out a timer when nothing was
    painted. Such turns are no frames (thousands of near-empty ones would pull the figures
    down), but a label slice run in one still counts."""
    from PySide6.QtWidgets import QApplication

    layer = window.map.territories
    while layer.rendering:
        begin, mark = time.perf_counter(), len(slices.times)
        waited = layer.waiting_for_frame
        QApplication.processEvents()  # one turn: one slice, and the paints it queued
        yield begin, mark, waited and layer.waiting_for_frame


def scrub(window: MainWindow, dates: list[dt.date]) -> dict[str, list[float]]:
    """Step through *dates*: one frame per date change, each turn of the event loop that
    draws the new picture (only with large data), then every frame of the fade to it, and
    each slice of a label layout.

    ``drawn`` is how long each change took to reach the screen: from the change to the
    start of the fade to its complete picture (the change itself if nothing came or went).
    """
    frames: dict[str, list[float]] = {
        "change": [], "render": [], "fade": [], "labels": [], "drawn": [],
    }  # fmt: skip
    slices = LayoutSlices(window)
    for day in dates:
        begin, mark = time.perf_counter(), len(slices.times)
        window.state.date = day
        fade = _fade(window)
        if fade is not None:
            fade.setPaused(True)  # its frames are timed one by one below
        settle()
        slices.split(frames, "change", begin, mark)
        if fade is None:
            for turn_begin, turn_mark, idle in finish_render(window, slices):
                if idle:
                    frames["labels"] += slices.times[turn_mark:]
                else:
                    slices.split(frames, "render", turn_begin, turn_mark)
            fade = _fade(window)
            if fade is not None:
                fade.setPaused(True)
        frames["drawn"].append((time.perf_counter() - begin) * 1000)
        if fade is not None:
            for frame_begin, frame_mark in play_fade(fade, slices):
                slices.split(frames, "fade", frame_begin, frame_mark)
        while window.map.labelling:  # the rest of the layout, a slice a turn
            mark = len(slices.times)
            settle()
            frames["labels"] += slices.times[mark:]
    return frames


def months(every: int = 1) -> list[dt.date]:
    """The first of every *every*-th month of the timeline."""
    from viewer.core.atlas import SPAN
    from viewer.core.state import add_months

    day, dates = SPAN[0], []
    while day <= SPAN[1]:
        dates.append(day)
        day = add_months(day, every)
    return dates


def memory(window: MainWindow) -> dict[str, float]:
    """Resident size after two rounds of date changes, each change painted."""
    from viewer.core.atlas import SPAN

    span_months = (SPAN[1].year - SPAN[0].year) * 12
    result = {}
    for round_ in (1, 2):
        for i in range(MEMORY_CHANGES):
            index = (i * 7) % span_months  # hops about the whole span, like a restless reader
            window.state.date = dt.date(SPAN[0].year + index // 12, index % 12 + 1, 1)
            settle()
        window.map.territories.finish_fades()
        settle()
        gc.collect()
        result[f"rss_after_{round_ * MEMORY_CHANGES}_mb"] = rss_mb()
        result[f"objects_after_{round_ * MEMORY_CHANGES}"] = len(gc.get_objects())
    return result


COLD_LOADS = 3
"""First loads timed, each into an empty cache: their median is the figure (one run on this
VM ranged 8.9-11.7 s in a session, as other work came and went)."""


def scaled(scale: int) -> tuple[Atlas, Figures]:
    """The synthetic atlas *scale* times the real one, and its loading figures.

    The files are written by one process and flushed to the disk (a user's atlas was saved
    long before it is opened: the writing-back of 390 MB must not be timed with its first
    load); further processes each load them for the first time (every file checked, an
    empty start-up cache filled: "cold"), and the median is kept; this one loads them again
    from the last cache ("warm"), as every launch after a user's first, and goes on to show
    them. The files and caches are removed when the process ends.
    """
    import atexit
    import os
    import shutil
    import subprocess
    import sys

    from bench.common import ROOT, child_env
    from bench.synthetic import load_scaled

    def folder(prefix: str) -> str:
        made = tempfile.mkdtemp(prefix=prefix)
        atexit.register(shutil.rmtree, made, ignore_errors=True)
        return made

    files = folder("atlas-scale-")

    def child(*args: str) -> str:
        command = [sys.executable, "-m", "bench.synthetic", str(scale), files, *args]
        env = child_env()
        return subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True,
                              text=True).stdout  # fmt: skip

    child()
    os.sync()
    colds = []
    for _ in range(COLD_LOADS):
        os.environ["CASPIAN_ATLAS_CACHE"] = folder("atlas-scale-cache-")
        colds.append(json.loads(child("--load").strip().splitlines()[-1]))
    cold = sorted(colds, key=lambda figures: figures["load_s"])[len(colds) // 2]
    wall, cpu = time.perf_counter(), time.process_time()
    atlas = load_scaled(Path(files))
    figures = {
        "load_s": cold["load_s"],
        "load_cpu_s": cold["load_cpu_s"],
        "load_cold_runs_s": [round(c["load_s"], 2) for c in colds],
        "load_cold_peak_rss_mb": max(c["peak_rss_mb"] for c in colds),
        "load_warm_s": time.perf_counter() - wall,
        "load_warm_cpu_s": time.process_time() - cpu,
    }
    return atlas, figures


def run(scale: int = 1, every: int = 1, with_memory: bool = False) -> Figures:
    from viewer.app.application import make_app

    make_app(["bench"])
    if scale == 1:
        from viewer.core.atlas import load_atlas

        start = time.perf_counter()
        atlas = load_atlas()
        loading = {"load_s": time.perf_counter() - start}
    else:
        atlas, loading = scaled(scale)
    keep_loaded()  # as the app does once loaded
    loaded_mb = rss_mb()
    window = open_window(atlas)
    result: Figures = {
        "scale": scale,
        "territories": len(atlas.history),
        "events": len(atlas.events),
        **loading,
        "rss_loaded_mb": loaded_mb,
        "rss_start_mb": rss_mb(),
    }
    frames = scrub(window, months(every))
    result |= {
        "months": len(frames["change"]),
        "change": summary(frames["change"]),
        "render": summary(frames["render"]),
        "fade": summary(frames["fade"]),
        "labels": summary(frames["labels"]),
        "all": summary(frames["change"] + frames["render"] + frames["fade"] + frames["labels"]),
        "drawn": summary(frames["drawn"]),
    }
    if with_memory:
        result |= memory(window)
    result["peak_rss_mb"] = peak_rss_mb()
    window.close()
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="copies of the data (synthetic)")
    parser.add_argument("--every", type=int, default=1, help="step in months")
    parser.add_argument("--memory", action="store_true", help="also 2 × 10,000 date changes")
    parser.add_argument("--json", action="store_true", help="one JSON line (for the runner)")
    args = parser.parse_args(argv)
    emit(run(args.scale, args.every, args.memory), args.json)


if __name__ == "__main__":
    main()
