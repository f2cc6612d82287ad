"""Iran and its neighbours from 1800: one state holds each place on every day, the right one.

The bundled states are dated chains (`succeeds` in the build recipes): a successor starts on
the very day its predecessor ends. These tests probe places across the region on every
1 January from 1800 and on the days around every change, so a gap (no state) or a double day
(two states) anywhere in a chain shows up as a failure naming the place and the day.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import shapely

from viewer.core.atlas import load_atlas

# [lon, lat] of places inside the land polygons (a few km inland where a town is on the coast).
PROBES = {
    "Tehran": (51.39, 35.69),
    "Tabriz": (46.29, 38.08),
    "Mashhad": (59.60, 36.30),
    "Baku": (49.85, 40.42),
    "Lankaran": (48.80, 38.75),
    "Shusha": (46.75, 39.76),
    "Ganja": (46.36, 40.68),
    "Shaki": (47.17, 41.19),
    "Quba": (48.51, 41.36),
    "Derbent": (48.25, 42.05),
    "Makhachkala": (47.45, 42.95),
    "Yerevan": (44.51, 40.18),
    "Gyumri": (43.84, 40.79),
    "Nakhchivan": (45.41, 39.21),
    "Tbilisi": (44.79, 41.72),
    "Kutaisi": (42.70, 42.27),
    "Akhaltsikhe": (42.98, 41.64),
    "Batumi": (41.68, 41.62),
    "Kars": (43.10, 40.60),
    "Erzurum": (41.27, 39.90),
    "Astrakhan": (48.03, 46.35),
    "Aktau": (51.25, 43.68),
    "Ashgabat": (58.38, 37.95),
    "Krasnovodsk": (53.05, 40.02),
    "Mary (Merv)": (61.83, 37.60),
    "Khiva": (60.36, 41.38),
    "Nukus": (59.61, 42.46),
    "Chardzhou (Bukhara's Amu Darya)": (63.58, 39.08),
    "Herat": (62.20, 34.35),
    "Turbat (Makran)": (63.05, 26.00),
    "Gwadar": (62.33, 25.16),
    "Baghdad": (44.37, 33.31),
    "Basra": (47.78, 30.51),
    "Mosul": (43.13, 36.34),
    "Damascus": (36.29, 33.51),
    "Aleppo": (37.16, 36.20),
    "Antakya (Hatay)": (36.16, 36.20),
    "Medina": (39.61, 24.47),
    "Riyadh": (46.72, 24.69),
    "Ha'il": (41.69, 27.52),
    "Hofuf (al-Hasa)": (49.59, 25.38),
    "Kuwait": (47.95, 29.33),
    "Manama": (50.56, 26.20),
    "Doha": (51.50, 25.28),
    "Dubai": (55.30, 25.20),
    "Ras al-Khaimah": (55.98, 25.76),
    "Muscat": (58.38, 23.58),
}


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.fixture(scope="module")
def states(atlas):
    """The state features with their geometries prepared for fast point tests."""
    chosen = [t for t in atlas.history if t.kind == "state"]
    for territory in chosen:
        shapely.prepare(territory.geometry)
    return chosen


def holders(states, place: str, day: int) -> list[str]:
    point = shapely.Point(PROBES[place])
    return [t.id for t in states if t.valid_on(day) and t.geometry.covers(point)]


def state_name(states, place: str, date: str) -> str:
    day = dt.date.fromisoformat(date).toordinal()
    found = [
        t for t in states if t.valid_on(day) and t.geometry.covers(shapely.Point(PROBES[place]))
    ]
    assert len(found) == 1, (place, date, [t.id for t in found])
    return found[0].names.en


def test_every_probe_has_one_state_every_year_and_around_every_change(states):
    days = {dt.date(year, 1, 1).toordinal() for year in range(1800, 2027)}
    for territory in states:
        if territory.start > dt.date(1800, 1, 1).toordinal():
            days |= {territory.start - 1, territory.start}
        if territory.valid_to is not None:
            days |= {territory.end - 1, territory.end}
    problems = []
    for day, place in itertools.product(sorted(days), PROBES):
        found = holders(states, place, day)
        if len(found) != 1:
            problems.append((place, dt.date.fromordinal(day).isoformat(), found))
    assert not problems, problems[:20]


def test_states_before_1800_are_not_drawn(states):
    assert min(t.start for t in states) == dt.date(1800, 1, 1).toordinal()


def test_every_state_chain_is_linked(states):
    """A state that ends has a successor starting that day, or it ends where a later state takes
    over the same place (checked by the probes); no state feature ends on a day nothing starts."""
    starts = {t.start for t in states}
    for territory in states:
        if territory.valid_to is not None:
            assert territory.end in starts, territory.id


@pytest.mark.parametrize(
    ("place", "date", "name"),
    [
        ("Tehran", "1800-06-01", "Persia"),
        ("Tehran", "1900-01-01", "Persia"),
        ("Tehran", "1935-03-20", "Persia"),
        ("Tehran", "1935-03-21", "Iran"),
        ("Tehran", "1950-01-01", "Iran"),
        ("Baku", "1805-01-01", "Baku khanate"),
        ("Baku", "1806-10-14", "Baku khanate"),
        ("Baku", "1806-10-15", "Russian Empire"),
        ("Baku", "1830-01-01", "Russian Empire"),
        ("Baku", "1917-06-01", "Russian Republic (Provisional Government)"),
        ("Baku", "1918-01-01", "Transcaucasian Commissariat and Federation"),
        ("Baku", "1919-01-01", "Azerbaijan Democratic Republic"),
        ("Baku", "1921-01-01", "Azerbaijan Soviet Socialist Republic"),
        ("Baku", "1922-06-01", "Transcaucasian Socialist Federative Soviet Republic"),
        ("Baku", "1930-01-01", "Soviet Union (USSR)"),
        ("Baku", "2000-01-01", "Republic of Azerbaijan"),
        ("Shusha", "1805-05-25", "Karabakh khanate"),
        ("Shusha", "1805-05-26", "Russian Empire"),
        ("Ganja", "1803-01-01", "Ganja khanate"),
        ("Lankaran", "1810-01-01", "Talysh khanate"),
        ("Lankaran", "1813-10-24", "Russian Empire"),
        ("Derbent", "1805-01-01", "Quba khanate (with Derbent)"),
        ("Makhachkala", "1805-01-01", "Dagestan: khanates and free communities"),
        ("Yerevan", "1800-01-01", "Persia"),
        ("Yerevan", "1828-02-21", "Persia"),
        ("Yerevan", "1828-02-22", "Russian Empire"),
        ("Yerevan", "1919-01-01", "Republic of Armenia (First Republic)"),
        ("Gyumri", "1810-01-01", "Persia"),
        ("Gyumri", "1814-01-01", "Russian Empire"),
        ("Nakhchivan", "1820-01-01", "Persia"),
        ("Tbilisi", "1800-01-01", "Kingdom of Kartli-Kakheti"),
        ("Tbilisi", "1802-01-01", "Russian Empire"),
        ("Tbilisi", "1919-01-01", "Democratic Republic of Georgia"),
        ("Akhaltsikhe", "1820-01-01", "Ottoman Empire"),
        ("Akhaltsikhe", "1830-01-01", "Russian Empire"),
        ("Kars", "1850-01-01", "Ottoman Empire"),
        ("Kars", "1900-01-01", "Russian Empire"),
        ("Kars", "1930-01-01", "Republic of Turkey"),
        ("Erzurum", "1900-01-01", "Ottoman Empire"),
        ("Erzurum", "1923-01-01", "Government of the Grand National Assembly (Ankara)"),
        ("Erzurum", "1930-01-01", "Republic of Turkey"),
        ("Antakya (Hatay)", "1930-01-01", "Sanjak of Alexandretta (French Mandate)"),
        ("Antakya (Hatay)", "1939-01-01", "Hatay State"),
        ("Antakya (Hatay)", "1950-01-01", "Republic of Turkey"),
        ("Ashgabat", "1850-01-01", "Turkmen tribal lands"),
        ("Ashgabat", "1890-01-01", "Russian Empire"),
        ("Ashgabat", "1920-01-01", "Soviet Russia (RSFSR)"),
        ("Ashgabat", "1950-01-01", "Soviet Union (USSR)"),
        ("Ashgabat", "2000-01-01", "Turkmenistan"),
        ("Krasnovodsk", "1870-01-01", "Russian Empire"),
        ("Mary (Merv)", "1883-01-01", "Turkmen tribal lands (Merv)"),
        ("Khiva", "1850-01-01", "Khanate of Khiva"),
        ("Khiva", "1900-01-01", "Khanate of Khiva (Russian protectorate)"),
        ("Khiva", "1922-01-01", "Khorezm People's Soviet Republic"),
        ("Khiva", "1950-01-01", "Soviet Union (USSR)"),
        ("Khiva", "2000-01-01", "Republic of Uzbekistan"),
        ("Nukus", "1880-01-01", "Russian Empire"),
        ("Chardzhou (Bukhara's Amu Darya)", "1900-01-01", "Emirate of Bukhara"),
        ("Chardzhou (Bukhara's Amu Darya)", "1922-01-01", "Bukharan People's Soviet Republic"),
        ("Aktau", "1810-01-01", "Kazakh Junior Zhuz"),
        ("Aktau", "1850-01-01", "Russian Empire"),
        ("Herat", "1800-01-01", "Durrani Empire (Kingdom of Afghanistan)"),
        ("Herat", "1850-01-01", "Principality of Herat"),
        ("Herat", "1900-01-01", "Emirate of Afghanistan"),
        ("Herat", "1950-01-01", "Kingdom of Afghanistan"),
        ("Herat", "1980-01-01", "Democratic Republic of Afghanistan"),
        ("Herat", "1998-01-01", "Islamic Emirate of Afghanistan (Taliban)"),
        ("Herat", "2010-01-01", "Islamic Republic of Afghanistan"),
        ("Herat", "2022-01-01", "Islamic Emirate of Afghanistan (Taliban)"),
        ("Turbat (Makran)", "1850-01-01", "Khanate of Kalat"),
        ("Turbat (Makran)", "1900-01-01", "British India (Baluchistan Agency)"),
        ("Turbat (Makran)", "1950-01-01", "Dominion of Pakistan"),
        ("Turbat (Makran)", "2000-01-01", "Islamic Republic of Pakistan"),
        ("Gwadar", "1900-01-01", "Gwadar (Muscat and Oman)"),
        ("Gwadar", "1960-01-01", "Islamic Republic of Pakistan"),
        ("Baghdad", "1900-01-01", "Ottoman Empire"),
        ("Baghdad", "1918-01-01", "British-occupied Mesopotamia"),
        ("Baghdad", "1925-01-01", "Iraq under British Mandate"),
        ("Baghdad", "1940-01-01", "Kingdom of Iraq"),
        ("Baghdad", "1960-01-01", "Republic of Iraq"),
        ("Basra", "1916-01-01", "British-occupied Mesopotamia (Basra)"),
        ("Mosul", "1918-01-01", "Ottoman Empire"),
        ("Damascus", "1900-01-01", "Ottoman Empire"),
        ("Damascus", "1930-01-01", "Syria under French Mandate"),
        ("Damascus", "1959-01-01", "United Arab Republic (Syrian region)"),
        ("Damascus", "2000-01-01", "Syrian Arab Republic"),
        ("Medina", "1900-01-01", "Ottoman Empire"),
        ("Medina", "1920-01-01", "Kingdom of Hejaz"),
        ("Riyadh", "1810-01-01", "Emirate of Diriyah (first Saudi state)"),
        ("Riyadh", "1850-01-01", "Emirate of Nejd (second Saudi state)"),
        ("Riyadh", "1900-01-01", "Emirate of Jabal Shammar"),
        ("Riyadh", "1910-01-01", "Emirate of Nejd (Ibn Saud)"),
        ("Riyadh", "1928-01-01", "Kingdom of Hejaz and Nejd"),
        ("Riyadh", "1950-01-01", "Kingdom of Saudi Arabia"),
        ("Hofuf (al-Hasa)", "1900-01-01", "Ottoman Empire"),
        ("Kuwait", "1850-01-01", "Sheikhdom of Kuwait"),
        ("Kuwait", "1991-01-01", "Kuwait under Iraqi occupation"),
        ("Kuwait", "2000-01-01", "State of Kuwait"),
        ("Manama", "1900-01-01", "Bahrain (British protected state)"),
        ("Doha", "1900-01-01", "Qatar (Al Thani; Ottoman kaza from 1871)"),
        ("Dubai", "1810-01-01", "Sheikhdoms of the Oman coast (Qawasim, Bani Yas)"),
        ("Dubai", "1900-01-01", "Trucial States (Trucial Oman)"),
        ("Dubai", "1980-01-01", "United Arab Emirates"),
        ("Ras al-Khaimah", "1972-01-01", "Ras al-Khaimah"),
        ("Muscat", "1900-01-01", "Sultanate of Muscat and Oman"),
        ("Muscat", "2000-01-01", "Sultanate of Oman"),
    ],
)
def test_the_right_state_holds_the_place(states, place, date, name):
    assert state_name(states, place, date) == name


@pytest.mark.parametrize(
    ("date", "unit"),
    [
        ("1820-01-01", "erivan-khanate"),
        ("1830-01-01", "tsfsr-in-ussr"),
        ("1950-01-01", "azerbaijan-ssr-1936"),
        ("1950-01-01", "nakhchivan-assr"),
        ("1950-01-01", "turkmen-ssr"),
        ("1930-01-01", "kazakh-assr"),
    ],
)
def test_units_inside_states_are_governments(atlas, date, unit):
    territory = atlas.history[unit]
    assert territory.kind == "government"
    day = dt.date.fromisoformat(date).toordinal()
    assert (unit in atlas.history.valid_ids(day)) == territory.valid_on(day)


def test_state_features_never_overlap_on_a_change_day(atlas):
    history = atlas.history
    projected = dict(zip((t.id for t in history), history.projected, strict=True))
    for day in history.change_days():
        valid = [history[i] for i in history.valid_ids(day) if history[i].kind == "state"]
        for a, b in itertools.combinations(valid, 2):
            if shapely.intersects(a.geometry, b.geometry):
                overlap = projected[a.id].intersection(projected[b.id]).area / 1e6
                assert overlap < 1.0, (a.id, b.id, dt.date.fromordinal(day), overlap)


def test_features_without_a_seed_say_so(atlas):
    seeds = {"encyclopaedia", "globalsecurity", "sputnik-1979", "news-2025-treaty", "blog-tapestry"}
    context = [t for t in atlas.history if not {c.source for c in t.sources} & seeds]
    assert context, "some neighbours are context no seed mentions"
    for territory in context:
        assert "no seed" in territory.note.lower(), territory.id
        assert all(
            c.quote.endswith("(general knowledge).") or "general knowledge" in c.quote
            for c in territory.sources
        ), territory.id


# --- one feature per state per day (the build dissolves a state's pieces, `part_of`) ------------

TOWNS = {  # gazetteer-style points, a few km inland
    "Tiflis": PROBES["Tbilisi"],
    "Baku": PROBES["Baku"],
    "Erivan": PROBES["Yerevan"],
    "Astrakhan": PROBES["Astrakhan"],
    "Ashgabat": PROBES["Ashgabat"],
    "Khiva": PROBES["Khiva"],
    "Chardzhou": PROBES["Chardzhou (Bukhara's Amu Darya)"],
}


def _check_days(states) -> list[int]:
    days = {dt.date(year, 1, 1).toordinal() for year in range(1800, 2027)}
    for territory in states:
        days |= {territory.start - 1, territory.start}
        if territory.valid_to is not None:
            days |= {territory.end - 1, territory.end}
    return sorted(d for d in days if d >= dt.date(1800, 1, 1).toordinal())


def test_no_two_states_share_a_name_on_any_day(states):
    """A state's pieces would draw false internal borders and repeat its label and legend row."""
    problems = []
    for day in _check_days(states):
        names: dict[str, list[str]] = {}
        for territory in states:
            if territory.valid_on(day):
                names.setdefault(territory.names.en, []).append(territory.id)
        problems += [
            (dt.date.fromordinal(day).isoformat(), ids) for ids in names.values() if len(ids) > 1
        ]
    assert not problems, problems[:10]


def _the_state(states, name: str, date: str):
    day = dt.date.fromisoformat(date).toordinal()
    found = [t for t in states if t.valid_on(day) and t.names.en == name]
    assert len(found) == 1, (name, date, [t.id for t in found])
    return found[0]


def test_the_russian_empire_of_1830_is_one_feature(states):
    empire = _the_state(states, "Russian Empire", "1830-01-01")
    assert empire.id == "russian-empire-1829-09-14"
    for town in ("Tiflis", "Baku", "Erivan", "Astrakhan"):
        assert empire.geometry.covers(shapely.Point(TOWNS[town])), town


def test_the_ussr_of_1950_is_one_feature_with_khorezm_and_bukhara(states):
    ussr = _the_state(states, "Soviet Union (USSR)", "1950-01-01")
    assert ussr.id == "ussr"
    for town in ("Baku", "Ashgabat", "Khiva", "Chardzhou"):
        assert ussr.geometry.covers(shapely.Point(TOWNS[town])), town


def test_a_dissolved_state_is_one_polygon_without_seams(atlas):
    """The union leaves no sliver between two pieces: the 1917 empire has no holes on land
    bigger than a few km² (the Caspian and the Azov are outside it, not holes in it)."""
    from geodata.projection import area_km2

    empire = atlas.history["russian-empire"].geometry
    holes = [
        area_km2(shapely.Polygon(ring))
        for part in shapely.get_parts(empire)
        for ring in part.interiors
    ]
    assert all(hole < 5 for hole in holes), sorted(holes)[-5:]


def test_dissolved_ids_follow_the_scheme(atlas):
    """The last period keeps the state's id; earlier ones are <id>-<first day as written>."""
    history = atlas.history
    assert history["russian-empire"].valid_from.iso() == "1893"
    assert history["russian-empire"].valid_to.iso() == "1917-03-15"
    assert history["russian-empire-1800"].valid_to.iso() == "1801-09-24"
    assert history["russian-empire-1813-10-24"].valid_from.iso() == "1813-10-24"
    assert history["russian-empire-1810"].valid_from.approximate
    assert history["ussr-1922-12-30"].end == history["ussr"].start
    assert history["ussr"].valid_to.iso() == "1991-12-26"
    assert history["ottoman-empire"].valid_to.iso() == "1922-11-01"
    ids = {t.id for t in history}
    assert not {"russian-empire-ganja", "ottoman-anatolia-1800", "ussr-khorezm-bukhara"} & ids


def test_a_disputed_first_day_sits_on_the_feature_that_begins_then(atlas):
    erivan = atlas.history["russian-empire-1828-02-22"]
    assert {c.value for d in erivan.disputes for c in d.claims} >= {"1828-02-22", "1827-10-13"}
    assert not atlas.history["russian-empire-1829-09-14"].disputes


DISSOLVED = ("russian-empire", "ottoman-empire", "ussr", "pakistan")


def test_event_links_exist_and_dissolved_states_change_on_the_event_day(atlas):
    """Every territory an event or a story names exists; a period of a dissolved state that an
    event starts or ends starts or ends on the event's day (the build names the periods)."""
    import yaml

    from viewer.core.story_files import stories_folder

    history = atlas.history

    def dissolved(tid: str) -> bool:
        return any(tid == g or tid.startswith(f"{g}-") for g in DISSOLVED)

    linked = 0
    for event in atlas.events:
        for tid in (*event.starts, *event.ends):
            assert tid in history, (event.id, tid)
        for tid in filter(dissolved, event.starts):
            assert history[tid].start == event.start, (event.id, tid)
            linked += 1
        for tid in filter(dissolved, event.ends):
            assert history[tid].end == event.start, (event.id, tid)
            linked += 1
    assert linked >= 5  # Gulistan, Turkmenchay, the USSR's founding, 1917, 1991
    for path in stories_folder().glob("*.yaml"):
        story = yaml.safe_load(path.read_text("utf-8"))
        for slide in story["slides"]:
            for tid in slide.get("territories") or []:
                assert tid in history, (path.name, slide["title"], tid)
