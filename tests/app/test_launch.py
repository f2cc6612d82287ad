"""The process's start holds the cycle collector off, and every way out of start-up ends it.

A start with the collector on paid 50-100 ms for passes over objects that live as long as the
app (see ``viewer/launch.py``); one left off would never free a cycle again.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import tomllib
from pathlib import Path

from geodata.collector import start_up_done
from viewer import launch
from viewer.app import cli


def test_the_launch_runs_the_command_line_with_the_collector_off(monkeypatch):
    seen: list[bool] = []
    monkeypatch.setattr(cli, "main", lambda: seen.append(gc.isenabled()) or 0)
    try:
        assert launch.main() == 0
    finally:
        gc.enable()
    assert seen == [False]


def test_start_up_done_turns_the_collector_on_and_leaves_start_up_out_of_its_passes():
    gc.disable()
    try:
        start_up_done()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.enable()


def test_a_command_runs_with_the_collector_on(monkeypatch, capsys):
    seen: list[bool] = []
    real = cli._run

    def watched(args):
        code = real(args)
        seen.append(gc.isenabled())
        return code

    monkeypatch.setattr(cli, "_run", watched)
    gc.disable()
    try:
        assert cli.main(["events", "--search", "Turkmenchay", "--format", "json"]) == 0
    finally:
        gc.enable()
    assert seen == [True]
    assert "Turkmenchay" in capsys.readouterr().out


def test_the_installed_commands_start_from_the_launch():
    text = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    project = tomllib.loads(text)["project"]
    assert project["scripts"]["caspian-atlas-cli"] == "viewer.launch:main"
    assert project["gui-scripts"]["caspian-atlas"] == "viewer.launch:main"


def test_the_launch_module_imports_nothing_of_the_app():
    """An installed command's worker processes import it (their parent's main module)."""
    code = "import sys, viewer.launch; print(sorted(m for m in sys.modules if 'viewer.' in m))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "['viewer.launch']"
