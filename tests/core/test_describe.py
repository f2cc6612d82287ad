"""`python -m viewer describe`: what the map shows on a date, and who held a place that day."""

import datetime as dt
import json

import pytest

from viewer.app import cli
from viewer.core.atlas import load_atlas
from viewer.core.describe import describe_at

TABRIZ = (46.29, 38.08)
BAKU = (49.87, 40.41)


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.mark.parametrize(
    ("date", "expected"),
    [("1910-01-01", ["empire"]), ("1920-07-01", ["union"]), ("1800-01-01", [])],
)
def test_every_feature_drawn_at_a_point(tiny_atlas, date, expected):
    at = describe_at(tiny_atlas, dt.date.fromisoformat(date), 50.0, 40.0)
    assert [t["id"] for t in at["territories"]] == expected
    assert (at["lon"], at["lat"]) == (50.0, 40.0)


@pytest.mark.parametrize(
    ("date", "point", "expected"),
    [
        ("1946-02-01", TABRIZ, ["azerbaijan-peoples-government", "zone-soviet-1941"]),
        ("1908-06-01", TABRIZ, ["sphere-russian-1907"]),
        ("1946-02-01", BAKU, ["ussr"]),
        ("1995-01-01", BAKU, ["azerbaijan-1991"]),
    ],
)
def test_the_bundled_data_at_a_point_topmost_first(atlas, date, point, expected):
    """Subsets in order: more features of those dates may come (the states of #13)."""
    ids = [t["id"] for t in describe_at(atlas, dt.date.fromisoformat(date), *point)["territories"]]
    assert [i for i in ids if i in expected] == expected


def test_the_names_are_in_the_language_asked(atlas):
    at = describe_at(atlas, dt.date(1946, 2, 1), *TABRIZ, lang="fa")
    assert at["territories"][0]["name"] == "حکومت ملی آذربایجان"


def test_at_extends_describe_without_changing_it(capsys):
    assert cli.main(["describe", "--date", "1946-02-01", "--format", "json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert (
        cli.main(["describe", "--date", "1946-02-01", "--at", "46.29,38.08", "--format", "json"])
        == 0
    )
    record = json.loads(capsys.readouterr().out)
    assert {k: v for k, v in record.items() if k != "at"} == plain
    (here, *_) = record["at"]["territories"]
    assert here.keys() == plain["territories"][0].keys()  # the same fields
    assert here in plain["territories"]


def test_at_in_text(capsys):
    assert cli.main(["describe", "--date", "1946-02-01", "--at", "46.29,38.08"]) == 0
    out = capsys.readouterr().out
    assert "At 46.29° E, 38.08° N:\n  Azerbaijan People's Government [government" in out


def test_nothing_drawn_at_a_point_says_so(capsys):
    assert cli.main(["describe", "--date", "1850", "--at", "52,27"]) == 0  # the Gulf
    assert "At 52° E, 27° N:\n  nothing drawn here" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("at", "message"),
    [
        ("46.29", "'46.29' is not LON,LAT in degrees, e.g. 46.29,38.08"),
        ("east,north", "'east,north' is not LON,LAT in degrees"),
        ("1,2,3", "'1,2,3' is not LON,LAT in degrees"),
        ("200,40", "'200,40': longitude must be within ±180 and latitude within ±90"),
        ("50,nan", "'50,nan': longitude must be within ±180 and latitude within ±90"),
    ],
)
def test_a_malformed_point_is_refused_with_our_message(capsys, at, message):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["describe", "--date", "1946", "--at", at])
    assert exit_.value.code == 2
    assert f"python -m viewer describe: error: argument --at: {message}" in capsys.readouterr().err


def test_a_point_off_the_map_is_refused_with_our_message(capsys):
    assert cli.main(["describe", "--date", "1946", "--at", "37.62,55.75"]) == 2
    error = capsys.readouterr().err
    assert (
        "python -m viewer describe: error: argument --at: 37.62,55.75 lies outside the map "
        "region (36–64° E, 23.5–48° N): the atlas draws nothing there"
    ) in error
    assert "Traceback" not in error


def test_a_date_outside_the_span_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["describe", "--date", "1799-12-31"])
    assert exit_.value.code == 2
    assert "1799-12-31 is outside the atlas's span, 1800-01-01 to" in capsys.readouterr().err


def test_areas_cut_by_the_frame_are_reported_in_the_frame(atlas, capsys):
    from geodata.projection import cut_by_region

    history = atlas.history
    assert cut_by_region(history["ussr"].geometry) and history["ussr"].cut_by_frame
    assert history["kazakhstan-1991"].cut_by_frame
    assert not history["zone-soviet-1941"].cut_by_frame  # its edge is Iran's, not the frame's
    assert cli.main(["describe", "--date", "1946-02-01", "--format", "json"]) == 0
    records = {t["id"]: t for t in json.loads(capsys.readouterr().out)["territories"]}
    assert records["ussr"]["area"].startswith(
        "1.81 million km² in the frame (whole: 22.4 million km², source: general knowledge"
    )  # the bundled figure, with what it covers
    assert records["ussr"]["cut_by_frame"] is True
    assert records["zone-soviet-1941"]["area"] == "282,850 km²"
    assert records["sea-line-astara-hasanqoli"]["area"] is None  # a line has no area


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ({}, "1.81 million km² in the frame"),
        (
            {"stated_area_km2": 22_400_000},
            "1.81 million km² in the frame (whole: 22.4 million km², stated)",
        ),
        (
            {"stated_area_km2": 22_800_000, "stated_area_source": "encyclopaedia"},
            "1.81 million km² in the frame (whole: 22.8 million km², source: Soviet–Iranian "
            "relations, 1917–1991 (encyclopaedia article))",
        ),
        (
            {"stated_area_km2": 22_400_000, "stated_area_source": "Britannica, 'Soviet Union'"},
            "in the frame (whole: 22.4 million km², source: Britannica, 'Soviet Union')",
        ),
    ],
)
def test_the_whole_area_is_given_beside_when_a_source_states_it(atlas, figures, expected):
    from dataclasses import replace

    from viewer.core.describe import area_text

    ussr = atlas.history["ussr"]
    own = {k: v for k, v in ussr.figures.items() if not k.startswith("stated_area")}
    territory = replace(ussr, figures={**own, **figures})
    assert expected in area_text(territory, atlas.sources)


def test_a_stated_area_beside_a_feature_wholly_in_the_frame(tiny_atlas):
    from dataclasses import replace

    from viewer.core.describe import area_text

    republic = tiny_atlas.history["republic"]
    stated = replace(republic, figures={**republic.figures, "stated_area_km2": 24_000})
    assert area_text(stated) == "23,040 km² (stated: 24,000 km²)"


def _plain_zone(tmp_path, **props):
    """A user's plain layer (a name and a square), loaded as File › Open loads it."""
    from viewer.core.user_data import UserData

    path = tmp_path / "plain.geojson"
    feature = {
        "type": "Feature",
        "properties": {"name": "Gilan", **props},
        "geometry": {"type": "Polygon", "coordinates": [[[49, 37], [50, 37], [50, 38], [49, 37]]]},
    }
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), "utf-8")
    user_data = UserData(load_atlas())
    user_data.add(path)
    return user_data.combined(), user_data.datasets[0]["gilan"]


def test_an_unsourced_feature_is_marked_wherever_it_is_named(tmp_path):
    from viewer.core.describe import UNSOURCED_NOTE, marked_name, territory_record, validity_text

    combined, gilan = _plain_zone(tmp_path)
    assert gilan.unsourced and marked_name(gilan) == "Gilan (unsourced)"
    assert territory_record(gilan)["unsourced"] is True
    assert territory_record(gilan)["valid_from"] is None  # no start given: not year 1
    assert validity_text(gilan) == "always"  # a layer without dates is static
    assert "cites no sources" in UNSOURCED_NOTE
    bundled = combined.history["ussr"]
    assert not bundled.unsourced and marked_name(bundled) == bundled.names.en
    at = describe_at(combined, dt.date(1946, 2, 1), 49.3, 37.2)
    records = {t["id"]: t for t in at["territories"]}
    assert records["gilan"]["unsourced"] is True and records["iran-1935"]["unsourced"] is False


def test_an_open_start_reads_as_until(tmp_path):
    from viewer.core.describe import validity_text

    _, gilan = _plain_zone(tmp_path, year="../1907~")
    assert validity_text(gilan) == "until c. 1908"
