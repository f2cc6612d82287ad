"""EDTF on the command line: `--date` takes an EDTF date, and `--add` takes a plain layer."""

from __future__ import annotations

import json

import pytest

from viewer.app import cli


def _ids(capsys) -> set[str]:
    return {t["id"] for t in json.loads(capsys.readouterr().out)["territories"]}


def test_an_edtf_date_shows_the_day_it_stands_for(capsys):
    assert cli.main(["describe", "--date", "1946-02~", "--format", "json"]) == 0
    approximate = _ids(capsys)
    assert cli.main(["describe", "--date", "1946-02", "--format", "json"]) == 0
    assert approximate == _ids(capsys) and "zone-soviet-1941" in approximate


@pytest.mark.parametrize(
    ("date", "message"),
    [("1946/1947", "is a span of dates; give one date here"), ("194X", "write it as one")],
)
def test_a_span_or_an_unknown_year_is_refused_in_our_words(capsys, date, message):
    with pytest.raises(SystemExit) as exc:
        cli.main(["describe", "--date", date])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_a_plain_csv_with_an_edtf_column_is_added_for_its_span(tmp_path, capsys):
    path = tmp_path / "camps.csv"
    path.write_text("name,lon,lat,when\nRefugee camp,49.6,37.3,1946-05/1946-12\n", "utf-8")
    argv = ["describe", "--add", str(path), "--format", "json", "--date"]
    assert cli.main([*argv, "1946-12-31"]) == 0
    assert "refugee-camp" in _ids(capsys)
    assert cli.main([*argv, "1947-01-01"]) == 0
    assert "refugee-camp" not in _ids(capsys)


def test_a_static_layer_is_described_as_always(tmp_path, capsys):
    path = tmp_path / "static.csv"
    path.write_text("name,lon,lat\nStatic camp,49.6,37.3\n", "utf-8")
    assert cli.main(["describe", "--date", "1850", "--add", str(path)]) == 0
    assert "Static camp [infrastructure, de facto] always" in capsys.readouterr().out
