"""`python -m viewer export-data` and `python -m viewer cite`: files written, our messages."""

from __future__ import annotations

import json
from pathlib import Path

import pyogrio

from viewer.app import cli

EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
LINE = EXAMPLES / "turkmenchay-line.geojson"
EVENTS = EXAMPLES / "turkmenchay-events.yaml"


def test_export_data_writes_a_geopackage_with_the_added_files(tmp_path, capsys):
    out = tmp_path / "atlas.gpkg"
    argv = ["export-data", "--out", str(out), "--add", str(LINE), "--add", str(EVENTS)]
    assert cli.main(argv) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {out} (")
    lines = pyogrio.read_dataframe(out, layer="territory_lines")
    assert "turkmenchay-line-1828" in set(lines["id"])
    events = pyogrio.read_dataframe(out, layer="events")
    assert "turkmenchay-frontier-lesson-1828" in set(events["id"])


def test_export_data_format_option_beats_the_extension(tmp_path):
    out = tmp_path / "atlas.txt"
    assert cli.main(["export-data", "--out", str(out), "--format", "geojson"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_export_data_unknown_extension_fails_before_loading(tmp_path, capsys):
    assert cli.main(["export-data", "--out", str(tmp_path / "atlas.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("python -m viewer export-data: error: cannot tell the format")
    assert list(tmp_path.iterdir()) == []


def test_export_data_to_a_missing_folder_is_our_message(tmp_path, capsys):
    out = tmp_path / "nowhere" / "atlas.csv"
    assert cli.main(["export-data", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"python -m viewer export-data: error: Cannot write {out}: the folder")
    assert "does not exist" in err


def test_cite_prints_bibtex_of_an_event(capsys):
    assert cli.main(["cite", "--event", "treaty-of-turkmenchay-1828"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("@misc{") and "Treaty of Turkmenchay" in out


def test_cite_writes_a_file(tmp_path, capsys):
    out = tmp_path / "works.json"
    assert cli.main(["cite", "--format", "csl-json", "--date", "1946-02", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"Wrote {out}\n"
    assert {item["id"] for item in json.loads(out.read_text(encoding="utf-8"))}


def test_cite_an_unknown_event_or_story_is_our_message(tmp_path, capsys):
    assert cli.main(["cite", "--event", "no-such-event"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("python -m viewer cite: error: no event has the id 'no-such-event'")
    assert cli.main(["cite", "--story", str(tmp_path / "none.yaml")]) == 2
    assert "no story file at" in capsys.readouterr().err


def test_cite_to_a_read_only_file_is_our_message(tmp_path, capsys):
    out = tmp_path / "works.bib"
    out.write_text("old")
    out.chmod(0o444)
    assert cli.main(["cite", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"python -m viewer cite: error: Cannot write {out}: the file is read-only\n"
    assert out.read_text() == "old"
