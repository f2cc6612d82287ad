"""Property tests: whatever a file holds, the loaders answer with data or a DataError.

The strategies build inputs from the schema's own field names and plausible values, mixed
with values of every other type, so that examples get past the first checks and reach the
deeper ones. Any exception other than DataError (or DateError for dates) fails.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from events.loading import load_events
from events.model import Event
from geodata.dataset import TerritoryDataset
from geodata.dates import DateError, PartialDate, parse_user_date
from geodata.errors import DataError
from geodata.loading import load_history
from geodata.user_layers import UserLayer, load_user_territories
from geodata.yamlio import read_yaml
from viewer.core.atlas import load_atlas

FUZZ = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])

# ---- dates ------------------------------------------------------------------------------

GREGORIAN_LIKE = st.from_regex(
    re.compile(r"\A~?\s?\d{1,5}(-\d{1,3}(-\d{1,3})?)?\s?\Z|\A\d{1,2} [A-Za-z]{2,9}\.?,? \d{3,5}\Z")
)
SOLAR_HIJRI_LIKE = st.from_regex(re.compile(r"\A\d{3,4}(/\d{1,2}(/\d{1,2})?)? ?(SH|AP|ش)\Z"))


def _parsed_or_refused(text: str) -> None:
    for parse in (PartialDate.parse, parse_user_date):
        try:
            date = parse(text)
        except DateError:
            continue
        assert PartialDate.parse(date.iso()) == date


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=30), GREGORIAN_LIKE))
def test_any_text_is_a_date_or_a_date_error(text):
    _parsed_or_refused(text)


@settings(max_examples=20)  # each Solar Hijri conversion takes ~60 ms (astronomical tables)
@given(SOLAR_HIJRI_LIKE)
@example("3000 SH")
def test_solar_hijri_text_is_a_date_or_a_date_error(text):
    _parsed_or_refused(text)


# ---- shared value strategies ------------------------------------------------------------

PLAUSIBLE = st.sampled_from(
    [
        "1946", "1946-02", "1946-02-30", "~1920", "1941-08-25", "tehran", "rasht", "moscow",
        "encyclopaedia", "general-knowledge", "ussr", "treaties", "economy", "state",
        "occupation_zone", "de_facto", "schematic", {"en": "A name"}, {"en": "A", "fa": 3},
        [{"source": "encyclopaedia", "locator": "p", "quote": "q"}],
        {"starts": ["ussr"], "ends": []}, {"lon": 49.5, "lat": 37.3, "name": "x"},
        [{"field": "date", "note": "n", "claims": [{"value": "1946"}, {"value": 3}]}],
        {"stated_length_km": 423}, 1, 2, 3, 1946, -1, 1e308,
    ]
)  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    PLAUSIBLE,
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.one_of(st.text(max_size=6), st.integers()), children, max_size=3),
    ),
    max_leaves=8,
)

# ---- events -----------------------------------------------------------------------------

EVENT_FIELDS = (
    "id", "title", "date", "end", "calendar_note", "place", "point", "category", "actors",
    "summary", "importance", "territories", "sources", "disputes", "note",
)  # fmt: skip
CITATIONS = [{"source": "encyclopaedia", "locator": "para 1", "quote": "a quote"}]
VALID_EVENT = {
    "id": "user-event", "title": {"en": "An event"}, "date": "1946-04-04", "place": "tehran",
    "category": "economy", "summary": "A test.", "importance": 2, "sources": CITATIONS,
}  # fmt: skip
EVENT = st.one_of(
    st.dictionaries(st.sampled_from(EVENT_FIELDS), VALUES, max_size=len(EVENT_FIELDS)),
    st.dictionaries(st.sampled_from(EVENT_FIELDS), VALUES, max_size=3).map(VALID_EVENT.__or__),
)
SOURCE = st.dictionaries(
    st.sampled_from(("id", "title", "publisher", "kind", "reliability", "date")), VALUES
)
EVENT_FILES = st.one_of(
    st.lists(EVENT, max_size=3),
    st.fixed_dictionaries(
        {},
        optional={"sources": st.lists(SOURCE, max_size=2), "events": st.lists(EVENT, max_size=2)},
    ),
    VALUES,
)


def _loaded_or_refused(load: Callable[[], Any]) -> Any:
    """What *load* returns, or the DataError it raises (any other exception fails the test)."""
    try:
        return load()
    except DataError as exc:
        return exc


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@FUZZ
@given(EVENT_FILES)
def test_random_event_files_load_or_raise_data_error(scratch, atlas, document):
    from viewer.core.user_data import UserData

    path = scratch / "events.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    result = _loaded_or_refused(
        lambda: load_events(
            [path],
            places=frozenset(atlas.places),
            territories=frozenset(t.id for t in atlas.history),
            sources=frozenset(atlas.sources),
        )
    )
    assert (
        result.problems
        if isinstance(result, DataError)
        else all(isinstance(e, Event) for e in result)
    )
    result = _loaded_or_refused(lambda: UserData(atlas).add(path))
    assert not isinstance(result, DataError) or all(p.file == str(path) for p in result.problems)


@FUZZ
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200)))
def test_random_text_is_yaml_or_a_data_error(scratch, content):
    path = scratch / "any.yaml"
    (path.write_text if isinstance(content, str) else path.write_bytes)(content)
    result = _loaded_or_refused(lambda: read_yaml(path))
    assert not isinstance(result, DataError) or result.problems


# ---- territories ------------------------------------------------------------------------

TERRITORY_FIELDS = (
    "id", "name", "kind", "status", "valid_from", "valid_to", "boundary_precision",
    "construction", "sources", "style", "exclusive_group", "figures", "summary", "disputes",
)  # fmt: skip
NUMBER = st.one_of(
    st.floats(min_value=30, max_value=70, allow_nan=False),
    st.floats(allow_nan=False),
    st.integers(-200, 200),
)
GEOMETRY_TYPES = (
    "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
    "GeometryCollection", "Circle",
)  # fmt: skip
POSITION = st.lists(NUMBER, min_size=0, max_size=3)
RING = st.lists(POSITION, max_size=5)
NEAR_RASHT = st.one_of(  # mostly inside the map region, sometimes across its edges
    st.tuples(st.floats(48, 51), st.floats(36, 39)),
    st.tuples(st.floats(30, 70), st.floats(20, 50)),
).map(list)
CLOSED_RING = st.lists(NEAR_RASHT, min_size=3, max_size=6).map(lambda ring: [*ring, ring[0]])
COORDINATES = st.one_of(
    POSITION,
    st.lists(POSITION, max_size=5),
    st.lists(RING, max_size=2),
    st.lists(NEAR_RASHT, min_size=2, max_size=5),  # lines
    st.lists(CLOSED_RING, min_size=1, max_size=2),  # polygons, often self-intersecting
    VALUES,
)
SHAPE = st.one_of(
    NEAR_RASHT.map(lambda point: {"type": "Point", "coordinates": point}),
    st.lists(NEAR_RASHT, min_size=2, max_size=5).map(
        lambda line: {"type": "LineString", "coordinates": line}
    ),
    st.lists(CLOSED_RING, min_size=1, max_size=2).map(
        lambda rings: {"type": "Polygon", "coordinates": rings}
    ),
)
GEOMETRY = st.one_of(
    SHAPE,
    SHAPE,
    st.fixed_dictionaries(
        {
            "type": st.sampled_from(GEOMETRY_TYPES),
            "coordinates": COORDINATES,
        }
    ),
    VALUES,
)
VALID_PROPERTIES = {
    "id": "user-zone", "name": {"en": "A zone"}, "kind": "occupation_zone",
    "status": "de_facto", "valid_from": "1941-08-25", "valid_to": "1946-05-09",
    "boundary_precision": "schematic", "construction": "a test", "sources": CITATIONS,
    "style": "zone",
}  # fmt: skip
PROPERTIES = st.one_of(
    st.dictionaries(st.sampled_from(TERRITORY_FIELDS), VALUES, max_size=14),
    st.dictionaries(st.sampled_from(TERRITORY_FIELDS), VALUES, max_size=2).map(
        VALID_PROPERTIES.__or__
    ),
    st.just(VALID_PROPERTIES),
    VALUES,
)
WELL_FORMED_FEATURE = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["Feature"] * 5 + ["feature"]),
        "properties": PROPERTIES,
        "geometry": GEOMETRY,
    }
)
FEATURE = st.one_of(WELL_FORMED_FEATURE, WELL_FORMED_FEATURE, WELL_FORMED_FEATURE, VALUES)
CRS = st.sampled_from(
    ["EPSG:4326", "EPSG:3857", "EPSG:4284", "EPSG:999999", "OGC:CRS84", "nonsense", 4326]
)
NAMED_CRS = st.builds(lambda name: {"type": "name", "properties": {"name": name}}, CRS)
FEATURE_COLLECTION = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["FeatureCollection"] * 5 + ["Feature"]),
        "features": st.one_of(st.lists(FEATURE, min_size=1, max_size=3), VALUES),
    },
    optional={"crs": st.one_of(NAMED_CRS, VALUES)},
)
COLLECTION = st.one_of(FEATURE_COLLECTION, FEATURE_COLLECTION, FEATURE_COLLECTION, VALUES)


@FUZZ
@given(COLLECTION)
def test_random_geojson_loads_or_raises_data_error(scratch, atlas, document):
    path = scratch / "layer.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    layer = _loaded_or_refused(
        lambda: load_user_territories(path, known_sources=frozenset(atlas.sources))
    )
    assert isinstance(layer, UserLayer) or layer.problems
    bundled = _loaded_or_refused(lambda: load_history(path, known_sources=frozenset(atlas.sources)))
    assert isinstance(bundled, TerritoryDataset) or bundled.problems
