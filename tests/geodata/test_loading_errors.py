"""Bad files are reported with file, line or record, and field, and never half-loaded."""

import json

import pytest

from events.loading import load_events
from geodata.errors import DataError
from geodata.loading import load_history, load_places
from tests.conftest import DATA


def _history_with(tmp_path, mutate):
    data = json.loads((DATA / "history.geojson").read_text(encoding="utf-8"))
    mutate(data["features"])
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _problems(exc: pytest.ExceptionInfo) -> str:
    return str(exc.value)


def test_reversed_validity_names_feature_and_field(tmp_path):
    def mutate(features):
        features[2]["properties"]["valid_to"] = "1919"

    with pytest.raises(DataError) as exc:
        load_history(_history_with(tmp_path, mutate))
    assert "bad.geojson" in _problems(exc)
    assert "'republic'" in _problems(exc)
    assert "field 'valid_to'" in _problems(exc)


def test_self_intersecting_geometry_is_rejected(tmp_path):
    def mutate(features):
        features[0]["geometry"]["coordinates"] = [
            [[45, 39], [55, 44], [55, 39], [45, 44], [45, 39]]
        ]

    with pytest.raises(DataError, match="'empire': field 'geometry': geometry is invalid"):
        load_history(_history_with(tmp_path, mutate))


def test_every_problem_is_reported_at_once(tmp_path):
    def mutate(features):
        features[0]["properties"]["kind"] = "empire"
        features[1]["properties"]["sources"] = []
        features[3]["properties"]["valid_from"] = "1935-13"

    with pytest.raises(DataError) as exc:
        load_history(_history_with(tmp_path, mutate))
    assert len(exc.value.problems) == 3


def test_truncated_json_gives_line(tmp_path):
    path = tmp_path / "cut.geojson"
    path.write_text((DATA / "history.geojson").read_text(encoding="utf-8")[:500], encoding="utf-8")
    with pytest.raises(DataError, match=r"cut.geojson:\d+: is not valid JSON"):
        load_history(path)


def test_foreign_crs_is_refused(tmp_path):
    data = json.loads((DATA / "history.geojson").read_text(encoding="utf-8"))
    data["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}
    path = tmp_path / "merc.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match="EPSG::3857"):
        load_history(path)


def test_unknown_source_is_caught(tmp_path):
    with pytest.raises(DataError, match="unknown source 'encyclopaedia'"):
        load_history(DATA / "history.geojson", known_sources=frozenset({"other"}))


def test_event_errors_give_file_line_and_field(tmp_path):
    text = (
        (DATA / "events.yaml")
        .read_text(encoding="utf-8")
        .replace('"1921-02-26"\n', '"1921-02-30"\n', 1)
    )
    path = tmp_path / "events.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_events([path])
    (problem,) = exc.value.problems
    assert problem.file.endswith("events.yaml")
    assert problem.line == 12
    assert problem.record == "treaty-1921"
    assert problem.field == "date"


def test_unknown_place_and_territory_links(tmp_path):
    with pytest.raises(DataError) as exc:
        load_events([DATA / "events.yaml"], places=frozenset({"rasht"}), territories=frozenset())
    text = str(exc.value)
    assert "'moscow' is not in the gazetteer" in text
    assert "links unknown territory 'republic'" in text


def test_duplicate_event_ids_across_files(tmp_path):
    copy = tmp_path / "copy.yaml"
    copy.write_text((DATA / "events.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DataError, match="is already used in"):
        load_events([DATA / "events.yaml", copy])


@pytest.mark.parametrize(
    "content",
    ["- id: [unclosed\n", "just a string\n", "- 42\n", b"\xff\xfe\x00bad"],
)
def test_malformed_yaml_is_a_data_error(tmp_path, content):
    path = tmp_path / "bad.yaml"
    (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    with pytest.raises(DataError, match=r"bad\.yaml"):
        load_events([path])


def test_places_outside_region_need_a_display_anchor(tmp_path):
    text = (
        (DATA / "places.yaml").read_text(encoding="utf-8").replace("  display: [47.5, 47.8]\n", "")
    )
    path = tmp_path / "places.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="'moscow': field 'lon'"):
        load_places(path)


def test_historical_names_follow_the_date():
    anzali = {p.id: p for p in load_places(DATA / "places.yaml")}["anzali"]
    import datetime as dt

    assert anzali.names_on(dt.date(1950, 1, 1).toordinal()).en == "Bandar-e Pahlavi"
    assert anzali.names_on(dt.date(1990, 1, 1).toordinal()).en == "Anzali"
    assert anzali.names_on(dt.date(1980, 1, 1).toordinal()).en == "Anzali"  # half-open
