"""Every name in the data reads in English, Persian and Russian (event titles, territories,
places, actors), and the editors' own translations are marked as such (`translated`) from the
files through to the loaded records."""

from __future__ import annotations

import json
import re

import pytest
import shapely

from events.loading import load_actors, load_events
from geodata.build.build_history import build_features, load_base, render
from geodata.build.dissolve import dissolve
from geodata.errors import DataError
from geodata.loading import load_history, load_places
from geodata.model import LANGUAGES, Names
from tests.conftest import DATA
from viewer.core.atlas import dump_atlas, load_atlas, load_atlas_data

NOT_PERSIAN = re.compile(r"[A-Za-z0-9\u064a\u0643]")
"""Latin letters, ASCII digits, and the Arabic ya and kaf where Persian writes ی and ک."""


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def _every_name(atlas) -> list[tuple[str, Names]]:
    """(label, names) of every event title, territory, place, historical place name and actor."""
    named = [(f"event {e.id}", e.title) for e in atlas.events]
    named += [(f"territory {t.id}", t.names) for t in atlas.history]
    named += [(f"actor {en}", names) for en, names in atlas.actors.items()]
    for place in atlas.places.values():
        named.append((f"place {place.id}", place.names))
        named += [(f"place {place.id} ({p.names.en})", p.names) for p in place.historical_names]
    return named


def test_every_event_territory_place_and_actor_is_named_in_all_three_languages(atlas):
    named = _every_name(atlas)
    missing = [
        f"{label}: {lang}"
        for label, names in named
        for lang in LANGUAGES
        if not names.as_dict().get(lang)
    ]
    assert len(named) > 650
    assert missing == []


def test_persian_names_are_written_in_persian_letters_and_digits(atlas):
    wrong = [
        f"{label}: {names.fa}"
        for label, names in _every_name(atlas)
        if NOT_PERSIAN.search(names.fa or "")
    ]
    assert wrong == []


def test_the_editors_translations_are_marked_and_older_names_are_not(atlas):
    events = {e.id: e for e in atlas.events}
    assert events["trade-fairs-1928"].title.translated == ("fa",)
    assert events["yak-130-trainers-2023"].title.translated == ("fa", "ru")
    assert events["treaty-of-turkmenchay-1828"].title.translated == ()
    mahabad = atlas.places["mahabad"]
    assert mahabad.historical_names[0].names.translated == ("ru",)
    assert mahabad.names.translated == ()
    assert atlas.actors["Mirza Kuchek Khan"].translated == ("fa", "ru")
    marked = sum(1 for _, names in _every_name(atlas) if names.translated)
    assert marked == 119 + 5 + 158  # event titles, historical place names, actors


def test_the_marker_survives_the_start_up_cache(atlas):
    again = load_atlas_data(*dump_atlas(atlas))
    titles = {e.id: e.title for e in again.events}
    assert titles["yak-130-trainers-2023"] == Names(
        "Iran receives Russian Yak-130 trainer jets",
        titles["yak-130-trainers-2023"].fa,
        titles["yak-130-trainers-2023"].ru,
        ("fa", "ru"),
    )
    assert again.places["astana"].historical_names[0].names.translated == ("fa",)
    assert again.actors == atlas.actors


def test_every_actor_of_the_events_is_in_the_vocabulary_under_its_own_spelling(atlas):
    used = {actor for event in atlas.events for actor in event.actors}
    assert used == set(atlas.actors)  # none missing, none left over
    assert atlas.actors["Mohammad Mosaddegh"].ru == "Мохаммед Мосаддык"


def test_an_event_whose_actor_is_not_in_the_vocabulary_is_refused():
    with pytest.raises(DataError) as exc:
        load_events([DATA / "events.yaml"], actors=frozenset({"Someone else"}))
    (problem,) = exc.value.problems
    assert problem.record == "republic-proclaimed-1920"
    assert problem.field == "actors"
    assert "'Gilan' is not in the actors vocabulary (actors.yaml)" in str(exc.value)


def test_an_actor_given_twice_is_refused(tmp_path):
    line = '- {names: {en: "Gilan", fa: "گیلان", ru: "Гилян"}}\n'
    path = tmp_path / "actors.yaml"
    path.write_text(line * 2, encoding="utf-8")
    with pytest.raises(DataError, match="'Gilan': field 'names': is given twice"):
        load_actors(path)


def _write_events(tmp_path, translated: str):
    text = (DATA / "events.yaml").read_text(encoding="utf-8")
    old = "  title: {en: Republic proclaimed in Rasht}\n"
    assert old in text
    new = f"  title: {{en: Republic proclaimed in Rasht, fa: اعلام جمهوری در رشت}}\n{translated}"
    path = tmp_path / "events.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_an_events_translated_list_is_loaded_in_language_order(tmp_path):
    events = load_events([_write_events(tmp_path, "  translated: [fa]\n")])
    titles = {e.id: e.title for e in events}
    assert titles["republic-proclaimed-1920"].translated == ("fa",)
    assert titles["treaty-1921"].translated == ()


@pytest.mark.parametrize(
    ("translated", "message"),
    [
        ("  translated: [de]\n", "'de' is not a language; use en, fa, ru"),
        ("  translated: [ru]\n", "marks the ru name, but there is none"),
        ("  translated: fa\n", "must be a list of languages, e.g. [fa, ru]"),
    ],
)
def test_a_wrong_translated_list_names_the_record_and_field(tmp_path, translated, message):
    with pytest.raises(DataError) as exc:
        load_events([_write_events(tmp_path, translated)])
    (problem,) = exc.value.problems
    assert problem.record == "republic-proclaimed-1920"
    assert problem.field == "translated"
    assert message in str(exc.value)


def test_a_territorys_and_a_places_translated_lists_are_loaded(tmp_path):
    data = json.loads((DATA / "history.geojson").read_text(encoding="utf-8"))
    props = data["features"][0]["properties"]
    props["name"] = {"en": "Empire", "fa": "امپراتوری", "ru": "Империя"}
    props["translated"] = ["ru", "fa"]
    history = tmp_path / "history.geojson"
    history.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_history(history)["empire"].names.translated == ("fa", "ru")

    text = (DATA / "places.yaml").read_text(encoding="utf-8")
    old = "names: {en: Bandar-e Pahlavi, fa: بندر پهلوی, ru: Пехлеви}}"
    assert old in text
    places = tmp_path / "places.yaml"
    places.write_text(text.replace(old, old[:-1] + ", translated: [ru]}"), encoding="utf-8")
    anzali = {p.id: p for p in load_places(places)}["anzali"]
    assert anzali.historical_names[0].names.translated == ("ru",)
    assert anzali.names.translated == ()


def test_a_dissolved_state_takes_the_marker_of_its_base_piece():
    def piece(fid: str, start: str, end: str | None) -> dict:
        return {
            "id": fid,
            "name": {"en": "Empire", "fa": "امپراتوری", "ru": "Империя"},
            "translated": ["fa"] if fid == "empire" else ["ru"],
            "kind": "state",
            "status": "de_jure",
            "valid_from": start,
            "valid_to": end,
            "disputes": [],
            "boundary_precision": "approximate",
            "construction": f"The {fid} block.",
            "sources": [{"source": "general-knowledge", "locator": "x", "quote": "q"}],
            "style": "state-empire",
            "exclusive_group": "north",
            "figures": {},
            "summary": "s",
        }

    pieces = [
        (piece("empire", "1800", None), shapely.box(0, 0, 1, 1), []),
        (piece("empire-east", "1813", None), shapely.box(1, 0, 2, 1), []),
    ]
    assert [p["translated"] for p, *_ in dissolve("empire", pieces)] == [["fa"], ["fa"]]


def test_the_build_writes_a_territorys_marker_into_geojson_that_loads(tmp_path):
    definition = {
        "id": "zone",
        "name": {"en": "A zone", "fa": "یک منطقه", "ru": "Зона"},
        "translated": ["fa", "ru"],
        "kind": "occupation_zone",
        "status": "de_facto",
        "valid_from": "1941-08-25",
        "valid_to": "1946-05-09",
        "disputes": [],
        "boundary_precision": "schematic",
        "construction": "a box",
        "sources": [{"source": "general-knowledge", "locator": "x", "quote": "q"}],
        "style": "zone-soviet",
        "exclusive_group": None,
        "figures": {},
        "summary": "s",
        "note": "Made up for a test; no seed mentions it.",
        "geometry": {"bbox": [50.0, 36.0, 51.0, 37.0]},
    }
    features, problems = build_features({"zone": definition}, load_base())
    assert problems == []
    path = tmp_path / "history.geojson"
    path.write_text(render(features), encoding="utf-8")
    assert load_history(path)["zone"].names.translated == ("fa", "ru")
