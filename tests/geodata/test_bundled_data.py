"""The bundled data loads, is valid, and keeps the promises the map makes."""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
from pathlib import Path

import pytest
import shapely

from geodata.projection import area_km2, project
from viewer.core.atlas import load_atlas

SEEDS = {"encyclopaedia", "globalsecurity", "sputnik-1979", "news-2025-treaty", "blog-tapestry"}


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def test_everything_loads_and_cross_checks(atlas):
    assert len(atlas.events) > 100
    assert len(atlas.history) >= 30
    assert len(atlas.places) >= 40
    assert {"land", "sea", "lakes", "countries", "provinces", "rivers"} <= set(atlas.base.layers)


def test_base_map_has_what_the_story_needs(atlas):
    seas = {f.id for f in atlas.base["sea"]}
    assert {"caspian-sea", "persian-gulf", "black-sea"} <= seas
    caspian = next(f for f in atlas.base["sea"] if f.id == "caspian-sea").geometry
    assert caspian.bounds[3] > 47.0  # whole, to its northern shore
    assert caspian.contains(shapely.Point(53.5, 41.2))  # Kara-Bogaz-Gol included
    assert any(f.names.en == "Lake Urmia" for f in atlas.base["lakes"])
    assert len(atlas.base["provinces"]) == 31
    rivers = " ".join(f.names.en for f in atlas.base["rivers"])
    assert all(name in rivers for name in ("Aras", "Atrek", "Sefid-Rud"))


def test_data_size_under_five_megabytes():
    root = Path(__file__).resolve().parents[2]
    size = sum(
        p.stat().st_size
        for d in ("geodata/data", "events/data")
        for p in (root / d).rglob("*")
        if p.is_file()
    )
    assert size < 5_000_000


def test_gazetteer_has_the_places_of_this_history(atlas):
    required = {
        "rasht", "anzali", "tabriz", "mahabad", "astara", "hasan-qoli", "tehran", "mashhad",
        "qazvin", "isfahan", "yazd", "kerman", "birjand", "bandar-abbas", "qasr-e-shirin",
        "kakhk", "gazik", "ardabil", "urmia", "zanjan", "baku", "ashgabat", "bushehr", "gorgan",
        "ashurada", "lankaran", "julfa", "sarakhs", "bid-boland", "arak", "kashan", "qom",
    }  # fmt: skip
    assert required <= set(atlas.places)
    for place in atlas.places.values():
        assert place.names.en and place.names.fa and place.names.ru, place.id


@pytest.mark.parametrize(
    ("place", "date", "name"),
    [
        ("anzali", "1950-01-01", "Bandar-e Pahlavi"),
        ("anzali", "1990-01-01", "Bandar-e Anzali"),
        ("urmia", "1950-01-01", "Rezaiyeh"),
        ("gorgan", "1930-01-01", "Astarabad"),
        ("gorgan", "1950-01-01", "Gorgan"),
    ],
)
def test_names_change_with_the_era(atlas, place, date, name):
    day = dt.date.fromisoformat(date).toordinal()
    assert atlas.places[place].names_on(day).en.startswith(name)


def test_every_territory_cites_a_seed_document_or_says_none_mentions_it(atlas):
    for territory in atlas.history:
        cites_seed = bool({c.source for c in territory.sources} & SEEDS)
        assert cites_seed or "no seed" in territory.note.lower(), territory.id
        assert all(c.quote for c in territory.sources)


def test_exclusive_groups_never_overlap_on_any_day(atlas):
    history = atlas.history
    projected = dict(zip((t.id for t in history), history.projected, strict=True))
    for day in history.change_days():
        valid = [history[i] for i in history.valid_ids(day)]
        for a, b in itertools.combinations(valid, 2):
            if a.exclusive_group and a.exclusive_group == b.exclusive_group:
                overlap = projected[a.id].intersection(projected[b.id]).area / 1e6
                assert overlap < 1.0, (a.id, b.id, dt.date.fromordinal(day), overlap)


def test_successors_leave_no_gap_and_no_double_day(atlas):
    chain = [
        "russian-empire-1884-02-12",
        "russian-empire",
        "russia-provisional-1917",
        "soviet-russia-1917",
        "ussr-1922-12-30",  # the USSR before Khorezm and Bukhara joined (dissolved build output)
        "ussr",
        "russia-1991",
    ]
    history = atlas.history
    for before, after in itertools.pairwise(chain):
        assert history[before].end == history[after].start, (before, after)
        assert before in history.valid_ids(history[before].end - 1)
        assert before not in history.valid_ids(history[after].start)
        assert after in history.valid_ids(history[after].start)


def test_the_sequence_a_user_scrubs_through(atlas):
    def ids(date: str) -> frozenset[str]:
        return atlas.history.valid_ids(dt.date.fromisoformat(date).toordinal())

    assert {"sphere-russian-1907", "sphere-british-1907", "russian-empire"} <= ids("1908-06-01")
    assert {"gilan-ssr", "soviet-russia-1917"} <= ids("1920-09-01")
    assert {"zone-soviet-1941", "zone-british-1941", "ussr"} <= ids("1943-06-01")
    assert {"azerbaijan-peoples-government", "republic-of-mahabad"} <= ids("1946-02-01")
    assert "zone-soviet-1941" not in ids("1946-06-01")
    assert {"sea-line-astara-hasanqoli", "ussr"} <= ids("1960-01-01")
    assert "ussr" not in ids("1995-01-01") and "russia-1991" in ids("1995-01-01")


def test_sea_line_shows_stated_and_computed_lengths(atlas):
    figures = atlas.history["sea-line-astara-hasanqoli"].figures
    assert "stated_length_km" in figures and "computed_length_km" in figures


def test_coastal_zone_is_about_ten_nautical_miles_wide(atlas):
    zone = atlas.history["coastal-zone-1940"].geometry
    caspian = next(f for f in atlas.base["sea"] if f.id == "caspian-sea").geometry
    coast_km = project(caspian).boundary.length / 1000
    width_km = area_km2(zone) / coast_km
    assert 12 < width_km < 20  # 18.52 km minus bays and inlets where the buffer overlaps itself


def test_no_duplicate_events(atlas):
    events = list(atlas.events)
    for a, b in itertools.combinations(events, 2):
        if a.date == b.date and (a.place, a.point) == (b.place, b.point):
            ratio = difflib.SequenceMatcher(None, a.title.en.lower(), b.title.en.lower()).ratio()
            assert ratio < 0.8, (a.id, b.id)


def test_every_event_has_a_quoted_source(atlas):
    for event in atlas.events:
        assert event.sources and all(c.quote.strip() for c in event.sources), event.id
        assert 1 <= event.importance <= 3


def test_event_territory_links_agree_with_validity(atlas):
    """An event that starts a territory falls near its start (or a dispute says why)."""
    for event in atlas.events:
        for tid in event.starts:
            territory = atlas.history[tid]
            gap = abs(event.start - territory.start)
            assert gap <= 400 or event.disputes or territory.disputes, (event.id, tid, gap)


def test_1941_invasion_dispute_is_kept(atlas):
    invasion = next(
        e for e in atlas.events if e.date.iso().startswith("1941-08-2") and e.category == "war"
    )
    values = {c.value for d in invasion.disputes for c in d.claims}
    assert {"1941-08-25", "1941-08-26"} <= values
