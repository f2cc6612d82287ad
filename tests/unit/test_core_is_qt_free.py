"""The core must import without Qt: checked in a fresh interpreter (pytest-qt loads Qt here)."""

import subprocess
import sys

CORE = (
    "geodata.loading", "geodata.user_layers", "events.loading", "events.catalogue",
    "viewer.state", "viewer.atlas", "viewer.describe", "viewer.validate", "viewer.cli",
    "viewer.timeline_model", "viewer.compare_core", "viewer.user_data", "viewer.story",
    "viewer.story_files", "viewer.slide_map", "viewer.atlas_cache", "viewer.export_options",
    "viewer.record_codec", "viewer.desktop_entry", "viewer.credits", "viewer.offmap",
)  # fmt: skip


def test_core_modules_import_no_qt():
    code = (
        f"import sys, {', '.join(CORE)}\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
