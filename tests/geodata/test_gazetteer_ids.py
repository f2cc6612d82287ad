"""Places carry their Wikidata and GeoNames ids; a malformed or contradictory id is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from geodata.errors import DataError
from geodata.loading import load_places

DATA = Path(__file__).parents[1] / "data"


def test_bundled_places_carry_the_ids_of_their_registries():
    places = {p.id: p for p in load_places()}
    assert (places["tehran"].wikidata, places["tehran"].geonames) == ("Q3616", 112931)
    assert (places["moscow"].wikidata, places["moscow"].geonames) == ("Q649", 524901)
    assert places["gazik"].geonames is None  # hand-placed: no GeoNames record was used
    for place in places.values():  # every GeoNames-sourced point names its record as an id
        if place.coord_source.startswith("geonames:"):
            assert place.coord_source == f"geonames:{place.geonames}", place.id


def _places_with(tmp_path: Path, extra: str) -> Path:
    text = (DATA / "places.yaml").read_text(encoding="utf-8")
    text = text.replace('  coord_source: "test"\n', f'  coord_source: "test"\n{extra}', 1)
    path = tmp_path / "places.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_ids_are_read_from_the_gazetteer(tmp_path):
    path = _places_with(tmp_path, "  wikidata: Q12345\n  geonames: 12345\n")
    rasht = {p.id: p for p in load_places(path)}["rasht"]
    assert (rasht.wikidata, rasht.geonames) == ("Q12345", 12345)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("  wikidata: '3616'\n", "'3616' is not a Wikidata item id such as Q3616"),
        ("  wikidata: Q0\n", "'Q0' is not a Wikidata item id"),
        ("  wikidata: 3616\n", "3616 is not a Wikidata item id"),
        ("  geonames: 'g112931'\n", "'g112931' is not a GeoNames id"),
        ("  geonames: -5\n", "-5 is not a GeoNames id"),
        ("  geonames: true\n", "True is not a GeoNames id"),
    ],
)
def test_a_malformed_id_names_the_place_and_field(tmp_path, extra, message):
    with pytest.raises(DataError) as caught:
        load_places(_places_with(tmp_path, extra))
    text = str(caught.value)
    assert "'rasht'" in text and message in text


def test_a_geonames_id_must_agree_with_the_record_the_coordinates_came_from(tmp_path):
    text = (DATA / "places.yaml").read_text(encoding="utf-8")
    text = text.replace('coord_source: "test"', 'coord_source: "geonames:118743"', 1)
    path = tmp_path / "places.yaml"
    path.write_text(text.replace("rank: 1\n", "rank: 1\n  geonames: 99\n", 1), encoding="utf-8")
    with pytest.raises(DataError, match=r"99 is not the GeoNames record coord_source names"):
        load_places(path)
