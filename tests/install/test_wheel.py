"""The wheel a teacher installs carries all the data and runs from any folder, offline."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from viewer import __version__

ROOT = Path(__file__).parents[2]
DATA_FOLDERS = ("geodata/data", "events/data", "resources", "viewer/stories")
"""Everything under these is read by the app at run time and must ship in the wheel."""
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", "*.egg-info", "build", "dist", ".*_cache", ".hypothesis"
)


def _run(*command: str | Path, cwd: Path) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built offline from a copy of the checkout (the build writes beside its source)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", work, source, cwd=work)
    (built,) = work.glob("caspian_atlas-*.whl")
    return built


def _data_files() -> set[str]:
    return {
        path.relative_to(ROOT).as_posix()
        for folder in DATA_FOLDERS
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def test_the_wheel_carries_every_data_file_font_story_and_icon(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = _data_files()
    assert {"resources/icons/caspian-atlas.svg", "geodata/data/history.geojson"} <= expected
    assert expected - names == set()
    assert wheel.name.startswith(f"caspian_atlas-{__version__}-")


def test_the_installed_wheel_runs_from_another_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    # The dependencies come from this test environment, read-only: a path line in a .pth file
    # adds the folder without running the .pth files in it (so not our editable install).
    purelib = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path
        ).strip()
    )
    (purelib / "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = _run(
        python,
        "-c",
        "import viewer, geodata; print(viewer.__file__, geodata.__file__)",
        cwd=elsewhere,
    )
    assert all(Path(path).is_relative_to(venv) for path in where.split())

    assert _run(venv / "bin" / "caspian-atlas", "--version", cwd=elsewhere).strip() == (
        f"Caspian Atlas {__version__}"
    )
    described = json.loads(
        _run(
            python,
            "-m",
            "viewer",
            "describe",
            "--date",
            "1946-02-01",
            "--format",
            "json",
            cwd=elsewhere,
        )
    )
    drawn = {feature["id"] for feature in described["territories"]}
    assert {"zone-soviet-1941", "azerbaijan-peoples-government"} <= drawn

    env_out = elsewhere / "map.png"
    _run(
        venv / "bin" / "caspian-atlas-cli",
        "export",
        "--date",
        "1908",
        "--out",
        env_out.name,
        "--size",
        "640x360",
        cwd=elsewhere,
    )
    assert env_out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert [p.name for p in elsewhere.iterdir()] == ["map.png"]  # nothing else beside it
