"""A warm start never parses GeoJSON, so it does not import msgspec (and the
``typing_extensions`` msgspec imports, ~32 ms of a launch); a cold one, which parses every
file, does. Checked in fresh interpreters sharing a start-up cache of the test's own."""

import os
import subprocess
import sys

CHILD = r"""
import sys
from viewer.core.atlas import load_atlas
load_atlas()
print(sorted(m for m in ("msgspec", "typing_extensions") if m in sys.modules))
"""


def _loaded(cache: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        env={**os.environ, "CASPIAN_ATLAS_CACHE": cache},
        timeout=120,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def test_a_warm_load_imports_no_msgspec_and_a_cold_one_does(tmp_path):
    cache = str(tmp_path / "cache")
    assert "msgspec" in _loaded(cache)  # cold: the files are parsed
    assert _loaded(cache) == "[]"  # warm: read from the cache filled just now
