"""Starting the window imports what its first picture needs, not what later commands do.

Every module imported before the first paint is start-up time (and PySide6 reads the source of
each one imported after it): exports, handouts, presenting, data export and the heavy GIS
libraries are imported when first used. Checked in a fresh interpreter, as a launch is; a
test session has imported everything already.
"""

import json
import os
import subprocess
import sys

CHILD = r"""
import json, sys
import viewer.app.cli  # what `python -m viewer` imports before it opens the window
from PySide6.QtCore import QSettings
from viewer.app.application import make_app
from viewer.app.main_window import MainWindow
from viewer.core.atlas import load_atlas

app = make_app()
window = MainWindow(load_atlas(), settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.map.territories.pictureDrawn.connect(app.quit)  # the map's first picture is painted
window.show()
app.exec()
print(json.dumps(sorted(sys.modules)))
"""

LATER = (
    "geopandas",
    "pandas",
    "pyogrio",
    "rasterio",
    "matplotlib",
    "PySide6.QtPdf",
    "PySide6.QtMultimedia",
    "viewer.core.data_export",
    "viewer.export.animation",
    "viewer.export.dialog",
    "viewer.export.pipeline",
    "viewer.story.handout_pdf",
    "viewer.story.presentation",
)
"""Modules the first paint does not need: a later command imports them when it is used."""


def test_starting_the_window_imports_nothing_its_first_paint_does_not_need(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=True,
    )
    imported = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "viewer.map.territory_layer" in imported  # the window did start
    assert sorted(imported.intersection(LATER)) == []
