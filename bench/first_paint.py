"""Time from process start to the first painted map, in a real process (offscreen).

Each run starts a fresh interpreter that opens the main window and reports the wall-clock time
at which the map's viewport finished its first paint; the figure is that minus the moment the
benchmark launched the process, so interpreter start-up and imports are included.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from viewer.app import make_app
app = make_app()
from viewer.atlas import load_atlas
from viewer.main_window import MainWindow
import tempfile
from PySide6.QtCore import QSettings
settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
window = MainWindow(load_atlas(), settings=settings)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.done)  # after this paint has been delivered
        return False
    def done(self):
        print(time.time(), flush=True)
        app.quit()

spy = FirstPaint()
window.map.viewport().installEventFilter(spy)
window.resize(1600, 1000)
window.show()
app.exec()
"""


def measure(runs: int = 5) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=True
        ).stdout
        times.append(float(out.strip().splitlines()[-1]) - start)
    return times


def main() -> None:
    times = measure()
    print(
        f"first paint: median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f} (n={len(times)})"
    )


if __name__ == "__main__":
    main()
