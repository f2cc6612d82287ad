"""Process start to the first painted map, in real processes (offscreen).

Each run launches a fresh interpreter that does what ``python -m viewer`` does (the command line's
modules first, as ``viewer/launch.py`` imports them with the cycle collector held off, then the
app, the bundled data, the main window with fresh settings) and reports the wall-clock moment the
map's first paint had been delivered; the figure is that minus the moment the process was launched,
so interpreter start-up, imports and loading are all in it. The order of imports matters: PySide6
reads the source of every module imported after it (to see whether it asks for a ``__feature__``),
and the command line imports numpy, shapely, pyproj and PyYAML before Qt: imported after it, as
this child did until 2026-12-03, 559 modules were read (~100 ms) against the app's 337 (~50 ms;
measured at load 3), a slower start than the app's. Each launch also reports the process's CPU time
to the first paint (all threads): wall time on this shared 2-core machine varies by ±30 % between
runs, CPU time less. The first launch fills the bytecode cache and the start-up cache (a fresh
folder for each benchmark run, see ``viewer/core/atlas_cache.py``) and is reported apart ("cold");
the others are the usual warm launches, as every launch after a user's first.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time

from bench.common import ROOT, Figures, child_env, emit

CHILD = r"""
import gc, json, sys, time
marks = {"python": time.time()}
gc.disable()  # as viewer.launch does, until start-up is done
import viewer.app.cli  # what `python -m viewer` imports before it opens the window
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from viewer.app.application import make_app
app = make_app()
marks["imports"] = time.time()
from viewer.core.atlas import load_atlas
atlas = load_atlas()
marks["data"] = time.time()
from viewer.app.main_window import MainWindow
import tempfile
settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
window = MainWindow(atlas, settings=settings)
from geodata.collector import start_up_done
start_up_done()
marks["window"] = time.time()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.done)  # after this paint has been delivered
        return False

    def done(self):
        marks["painted"] = time.time()
        marks["cpu"] = time.process_time()
        print(json.dumps(marks), flush=True)
        app.quit()

spy = FirstPaint()
window.map.viewport().installEventFilter(spy)
window.show()
app.exec()
"""
PHASES = ("python", "imports", "data", "window", "painted")


def launch(cache: str) -> dict[str, float]:
    """One launch: seconds from the launch to each mark (the last is the first paint), and
    the CPU seconds the process had used by then (``cpu``)."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        env={**child_env(), "CASPIAN_ATLAS_CACHE": cache},
        cwd=ROOT,
        check=True,
    ).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    return {**{phase: marks[phase] - start for phase in PHASES}, "cpu": marks["cpu"]}


def run(runs: int = 7) -> Figures:
    with tempfile.TemporaryDirectory(prefix="atlas-cache-") as cache:
        cold = launch(cache)
        warm = [launch(cache) for _ in range(runs)]
    painted = [w["painted"] for w in warm]
    median_run = sorted(warm, key=lambda w: w["painted"])[len(warm) // 2]
    return {
        "cold_s": cold["painted"],
        "runs": runs,
        "median_s": statistics.median(painted),
        "min_s": min(painted),
        "max_s": max(painted),
        "cpu_median_s": statistics.median(w["cpu"] for w in warm),
        "cold_cpu_s": cold["cpu"],
        "phases_s": {  # of the median run: when each stage had finished
            phase: median_run[phase] for phase in PHASES
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    emit(run(args.runs), args.json)


if __name__ == "__main__":
    main()
