"""Corrections from the independent read (issue 13, item 7): each is pinned here, with its dispute.

Where a source's claim is corrected, the claim is kept as a dispute rather than dropped, so these
tests check both the value drawn and that the source's value survives in a dispute.
"""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.atlas import load_atlas


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def claim_values(record, field: str) -> set[str]:
    return {c.value for d in record.disputes if d.field == field for c in d.claims}


def test_brezhnev_visit_is_november_1963_and_the_1962_claim_is_a_dispute(atlas):
    event = atlas.events["brezhnev-visits-iran-1963"]
    assert event.date.iso() == "1963-11-16"
    assert event.end is not None and event.end.iso() == "1963-11-23"
    assert {"1962", "1963-11-16"} <= claim_values(event, "date")
    # no general-knowledge citation may assert the wrong year
    for citation in event.sources:
        if citation.source == "general-knowledge":
            assert "1962" not in citation.quote
    assert "brezhnev-visits-iran-1962" not in atlas.events


def test_the_shahs_1965_visit_does_not_repeat_the_1962_date(atlas):
    event = atlas.events["shah-visits-ussr-1965"]
    assert "1962" not in event.summary
    assert "1963" in event.summary


def test_fisheries_concession_ends_31_january_1953_with_1952_disputed(atlas):
    event = atlas.events["caspian-fisheries-concession-ends-1953"]
    assert event.date.iso() == "1953-01-31"
    assert {"1952", "1953-01-31"} <= claim_values(event, "date")
    assert "1952" not in atlas.events["fisheries-agreement-1927"].summary.replace(
        "encyclopaedia says 1952", ""
    )


def zones_at(atlas, place_id: str, date: str) -> set[str]:
    import shapely

    place = atlas.places[place_id]
    point = shapely.Point(place.lon, place.lat)
    history = atlas.history
    return {
        tid
        for tid in history.valid_ids(day(date))
        if history[tid].kind == "occupation_zone" and history[tid].geometry.covers(point)
    }


@pytest.mark.parametrize(
    ("place", "zones"),
    [
        ("qazvin", {"zone-soviet-1941"}),  # garrisoned by Soviet troops 1941-46
        ("zanjan", {"zone-soviet-1941"}),
        ("miandoab", {"zone-soviet-1941"}),
        ("tabriz", {"zone-soviet-1941"}),
        ("mahabad", set()),  # southern West Azarbaijan lay between the zones
        ("sardasht", set()),
        ("tehran", {"zone-central-1941"}),
        ("ahvaz", {"zone-british-1941"}),
    ],
)
def test_occupation_zones_on_1_january_1942(atlas, place, zones):
    assert zones_at(atlas, place, "1942-01-01") == zones


def test_zone_constructions_say_where_the_gap_is(atlas):
    soviet = atlas.history["zone-soviet-1941"].construction
    central = atlas.history["zone-central-1941"].construction
    assert "Qazvin" in soviet and "Mahabad" in soviet and "between" in soviet
    assert "Mahabad" in central and "between" in central


def test_soviet_withdrawal_ends_only_the_soviet_zone_on_its_last_day(atlas):
    event = atlas.events["soviet-withdrawal-from-iran-1946"]
    zone = atlas.history["zone-soviet-1941"]
    assert event.ends == ("zone-soviet-1941",)
    assert "zone-central-1941" not in (*event.starts, *event.ends)
    assert event.date.iso() == zone.valid_to.iso() == "1946-05-09"
    assert {"1946-05-09", "1946-05", "~1946-11"} <= claim_values(event, "date")
    # the central zone ends with the British one, at the deadline, and an event says so
    deadline = atlas.events["soviet-troops-stay-past-deadline-1946"]
    assert {"zone-british-1941", "zone-central-1941"} <= set(deadline.ends)
    central = atlas.history["zone-central-1941"]
    assert central.valid_to.iso() == deadline.date.iso() == "1946-03-02"


def test_kolomiytsev_death_is_dated_approximately(atlas):
    event = atlas.events["kolomiytsev-killed-1919"]
    assert event.date.approximate and event.date.iso() == "1919-07~"


def test_northern_alliance_is_placed_in_the_north_east_not_kabul(atlas):
    event = atlas.events["afghanistan-northern-alliance-1996"]
    assert event.place == "taloqan"
    taloqan = atlas.places["taloqan"]
    assert taloqan.lat > atlas.places["kabul"].lat + 2  # north of Kabul
    assert not taloqan.on_map and taloqan.display is not None


def test_decree_on_peace_renounced_secret_treaties(atlas):
    event = atlas.events["decree-on-peace-1917"]
    assert "secret treaties" in event.summary
    facts = claim_values(event, "fact")
    assert any("unequal" in v for v in facts) and any("secret" in v for v in facts)


def test_no_soviet_transcaucasia_in_1919(atlas):
    summary = atlas.events["soviet-appeal-persia-1919"].summary
    assert "Soviet Transcaucasia" not in summary


@pytest.mark.parametrize(
    ("event_id", "words"),
    [
        ("iranian-airlines-soviet-airspace-1985", ("1985", "1964")),
        ("shevardnadze-meets-khomeini-1989", ("only senior foreign official", "ambassador")),
    ],
)
def test_conflicting_claims_are_flagged_as_disputes(atlas, event_id, words):
    facts = " | ".join(claim_values(atlas.events[event_id], "fact"))
    assert all(word in facts for word in words), facts


def test_sea_line_length_is_a_figure_dispute_stated_against_geodesic(atlas):
    line = atlas.history["sea-line-astara-hasanqoli"]
    assert line.figures["stated_length_km"] == 423
    assert 455 < line.figures["computed_length_km"] < 467
    assert {"423 km", "about 461 km"} <= claim_values(line, "figure")
    event = atlas.events["astara-hasanqoli-line-1932"]
    assert {"423 km", "about 461 km"} <= claim_values(event, "figure")
    assert "about 423 km" not in event.summary  # the figure is the source's, not ours


@pytest.mark.parametrize(
    ("place", "date", "name", "present"),
    [
        ("bandar-shah", "1920-01-01", "Bandar-e Shah", False),  # the port was built in the 1930s
        ("bandar-shah", "1942-01-01", "Bandar-e Shah", True),
        ("bandar-shah", "1990-01-01", "Bandar-e Torkaman", True),
        ("fuladshahr", "1950-01-01", "Aryashahr", False),  # built for the 1966 steel works
        ("fuladshahr", "1975-01-01", "Aryashahr", True),
        ("fuladshahr", "1990-01-01", "Fuladshahr", True),
        ("behshahr", "1927-01-01", "Ashraf", True),  # the encyclopaedia's Ašraf of 1927
        ("behshahr", "1960-01-01", "Behshahr", True),
    ],
)
def test_gazetteer_names_by_date(atlas, place, date, name, present):
    names = atlas.places[place].names_on(day(date))
    assert (names.en == name) is present, names.en


def test_ashurada_has_one_russian_name_everywhere(atlas):
    russian = atlas.places["ashurada"].names.ru
    assert russian == "Ашур-Ада"
    assert atlas.history["ashurada-1921"].names.ru.startswith(russian)
    assert russian in atlas.events["kolomiytsev-killed-1919"].title.ru


def test_dunsterforce_holds_the_hamadan_qazvin_road_from_early_1918(atlas):
    road = atlas.history["british-forces-north-1918"]
    assert road.valid_from.iso() == "1918-02~" and road.valid_from.approximate
    assert {"~1918-02", "~1918-06"} <= claim_values(road, "valid_from")
    assert "early 1918" in road.construction
    # on the road in spring 1918; on the Caspian only from the summer
    assert "british-forces-north-1918" in atlas.history.valid_ids(day("1918-04-01"))
    assert "british-forces-caspian-1918" not in atlas.history.valid_ids(day("1918-04-01"))
    assert "british-forces-caspian-1918" in atlas.history.valid_ids(day("1919-06-01"))
    event = atlas.events["british-forces-north-persia-1918"]
    assert event.date.iso() == "1918-02~" and "british-forces-north-1918" in event.starts


def test_british_withdrawal_ends_the_feature_valid_at_the_time(atlas):
    event = atlas.events["british-withdrawal-north-persia-1921"]
    assert event.ends == ("british-forces-north-1920",)
    assert event.date.iso() == atlas.history["british-forces-north-1920"].valid_to.iso()


def test_2007_summit_does_not_forget_the_soviet_heads_of_state(atlas):
    summary = atlas.events["caspian-summit-tehran-2007"].summary
    assert "Brezhnev in 1963" in summary and "Podgorny in 1970" in summary
