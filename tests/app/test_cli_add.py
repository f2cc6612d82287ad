"""`--add FILE` on describe, events and export: the user's files, checked and ordered as
File › Open adds them in the app."""

from __future__ import annotations

import json
from pathlib import Path

from viewer.app import cli

EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
LINE = EXAMPLES / "turkmenchay-line.geojson"
EVENTS = EXAMPLES / "turkmenchay-events.yaml"


def _json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


def test_describe_draws_the_added_layer_on_its_days(capsys):
    assert cli.main(["describe", "--date", "1829", "--add", str(LINE), "--format", "json"]) == 0
    assert "turkmenchay-line-1828" in {t["id"] for t in _json(capsys)["territories"]}
    assert cli.main(["describe", "--date", "1827", "--add", str(LINE), "--format", "json"]) == 0
    assert "turkmenchay-line-1828" not in {t["id"] for t in _json(capsys)["territories"]}


def test_events_lists_added_events_after_the_layer_they_link(capsys):
    argv = ["events", "--add", str(LINE), "--add", str(EVENTS), "--format", "json"]
    assert cli.main(argv) == 0
    assert "turkmenchay-frontier-lesson-1828" in {e["id"] for e in _json(capsys)}


def test_files_are_added_in_the_order_given_as_in_the_app(capsys):
    argv = ["events", "--add", str(EVENTS), "--add", str(LINE), "--format", "json"]
    assert cli.main(argv) == 2  # the events link a territory not added yet
    err = capsys.readouterr().err
    assert err.startswith("python -m viewer events: error: an added file did not load:")
    assert "links unknown territory 'turkmenchay-line-1828'" in err


def test_a_broken_added_file_is_our_message_naming_it(tmp_path, capsys):
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [')
    assert cli.main(["describe", "--date", "1829", "--add", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("python -m viewer describe: error: an added file did not load:")
    assert f"{broken}:" in err and "is not valid JSON" in err


def test_a_map_scan_is_added_to_describe_validate_and_export(tmp_path, capsys):
    from tests.raster_files import DEGREES_WORLD, write_png

    scan = write_png(tmp_path / "sheet.png", DEGREES_WORLD)
    (tmp_path / "sheet.atlas.yaml").write_text("title: Sheet of 1946\nvalid_from: 1946\n")
    assert cli.main(["describe", "--date", "1946-02", "--add", str(scan), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["map_scans"] == [
        {"title": "Sheet of 1946", "file": str(scan), "valid_from": "1946", "valid_to": None}
    ]
    assert "warning: " + f"{scan}: is read as WGS 84 longitude/latitude" in captured.err
    assert cli.main(["describe", "--date", "1946-02", "--add", str(scan)]) == 0
    assert "Map scan: Sheet of 1946" in capsys.readouterr().out
    out = tmp_path / "map.svg"
    argv = ["export", "--date", "1946-02", "--add", str(scan), "--out", str(out)]
    assert cli.main([*argv, "--size", "640x360"]) == 0
    svg = out.read_text()  # a map with no scan embeds no image at all
    assert "<image" in svg and "Sheet of 1946 (map scan)" in svg


def test_a_scan_that_does_not_load_stops_the_command_naming_it(tmp_path, capsys):
    from tests.raster_files import write_png

    photo = write_png(tmp_path / "photo.png")
    assert cli.main(["describe", "--date", "1946", "--add", str(photo)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("python -m viewer describe: error: an added file did not load:")
    assert f"{photo}: is not georeferenced" in err
    assert cli.main(["validate", str(photo)]) == 1
    assert f"{photo}: is not georeferenced" in capsys.readouterr().out


def test_the_worked_scan_example_does_what_user_data_md_says(capsys):
    sheet = EXAMPLES / "gilan-sheet.png"
    assert cli.main(["validate", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert f"warning: {sheet}: is read as WGS 84 longitude/latitude (it gives no CRS)" in out
    assert out.rstrip().endswith(f"{sheet}: OK (1 warning)")
    for date, listed in (("1921-02", True), ("1922", False)):
        assert cli.main(["describe", "--date", date, "--add", str(sheet)]) == 0
        shown = "Map scan: Gilan survey sheet (example)" in capsys.readouterr().out
        assert shown is listed, date
