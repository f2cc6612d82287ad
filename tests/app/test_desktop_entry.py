"""The Linux menu entry and icon: what `python -m viewer install-desktop` writes."""

from __future__ import annotations

import configparser
import sys
import xml.etree.ElementTree as ET

import pytest

from viewer import __version__
from viewer.app import cli, desktop_entry
from viewer.core.credits import about_html


def _entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_the_entry_runs_the_given_interpreter_quoted_as_the_spec_says():
    entry = _entry(desktop_entry.desktop_entry(["/opt/my apps/python3", "-m", "viewer"]))
    assert entry["Exec"] == '"/opt/my apps/python3" -m viewer'
    assert entry["TryExec"] == "/opt/my apps/python3"
    assert entry["Type"] == "Application"
    assert entry["Icon"] == desktop_entry.APP_ID
    assert entry["Name"] == "Caspian Atlas"
    assert {"fa", "ru"} <= {key[5:-1] for key in entry if key.startswith("Name[")}
    assert "Education" in entry["Categories"].split(";")


def test_install_writes_entry_and_icon_under_the_data_home(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    old = tmp_path / "applications" / "caspian-atlas.desktop"
    old.parent.mkdir(parents=True)
    old.write_text("[Desktop Entry]\nExec=gone\n")
    assert cli.main(["install-desktop"]) == 0
    entry = _entry(old.read_text(encoding="utf-8"))
    assert entry["Exec"].startswith(sys.executable) and entry["Exec"].endswith(" -m viewer")
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "caspian-atlas.svg"
    assert ET.parse(icon).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert str(old) in capsys.readouterr().out
    assert sorted(p.name for p in old.parent.iterdir()) == ["caspian-atlas.desktop"]


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path / ".local" / "share"


def test_an_unwritable_data_home_is_our_message_and_exit_2(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert cli.main(["install-desktop"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"python -m viewer install-desktop: error: cannot create {blocker}")


def test_the_version_is_one_string_shown_by_the_cli_and_the_about_box(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"Caspian Atlas {__version__}"
    assert f"Caspian Atlas {__version__}" in about_html("en")
