"""export-data: the atlas's data out as GeoPackage, GeoJSON, CSV and Linked Places, and back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyogrio
import pyogrio.raw
import pytest
import shapely

from geodata.dates import OPEN_END, PartialDate
from geodata.user_layers import load_user_territories
from viewer.core.atlas import SPAN, load_atlas
from viewer.core.atomic import WriteError
from viewer.core.data_export import data_format, export_data
from viewer.core.data_tables import edtf
from viewer.core.lpf import LPF_CONTEXT

TERRITORY_LAYERS = ("territories", "territory_lines", "territory_sites")


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.fixture(scope="module")
def gpkg(atlas, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gpkg") / "atlas.gpkg"
    export_data(atlas, path, "gpkg")
    return path


def _days(atlas) -> list[int]:
    """Every day the map changes, and the day before each: where an off-by-one would show."""
    changes = [c for c in atlas.history.change_days() if c < OPEN_END]
    return sorted({d for c in changes for d in (c - 1, c)})


def test_geopackage_has_every_layer_with_real_date_fields(gpkg, atlas):
    assert [p.name for p in gpkg.parent.iterdir()] == ["atlas.gpkg"]  # no sidecar left
    layers = [(str(name), kind) for name, kind in pyogrio.list_layers(gpkg)]
    assert layers == [
        ("territories", "MultiPolygon"),
        ("territory_lines", "MultiLineString"),
        ("territory_sites", "Point"),
        ("events", "Point"),
        ("places", "Point"),
        ("sources", None),  # an attribute table
    ]
    for layer in TERRITORY_LAYERS:
        info = pyogrio.read_info(gpkg, layer=layer)
        types = dict(zip(info["fields"], info["ogr_types"], strict=True))
        assert types["valid_from"] == types["valid_to"] == "OFTDate"
        assert info["crs"] == "EPSG:4326"
        assert "half-open" in info["layer_metadata"]["DESCRIPTION"]
    events = pyogrio.read_info(gpkg, layer="events")
    types = dict(zip(events["fields"], events["ogr_types"], strict=True))
    assert types["starts_on"] == types["ends_before"] == "OFTDate"
    with sqlite3.connect(gpkg) as database:  # 1.2: older QGIS reads it without a warning
        assert database.execute("PRAGMA user_version").fetchone() == (10200,)
    total = sum(pyogrio.read_info(gpkg, layer=layer)["features"] for layer in TERRITORY_LAYERS)
    assert total == len(atlas.history)
    assert pyogrio.read_info(gpkg, layer="sources")["features"] == len(atlas.sources)


def test_geopackage_territories_are_valid_on_the_same_days(gpkg, atlas):
    spans = {}
    for layer in TERRITORY_LAYERS:
        frame = pyogrio.read_dataframe(gpkg, layer=layer)
        for row in frame.itertuples():
            end = row.valid_to.toordinal() if pd.notna(row.valid_to) else OPEN_END
            spans[row.id] = (row.valid_from.toordinal(), end)
    assert spans.keys() == {t.id for t in atlas.history}
    for day in _days(atlas):
        read_back = {i for i, (start, end) in spans.items() if start <= day < end}
        assert read_back == set(atlas.history.valid_ids(day)), dt.date.fromordinal(day)


def test_geopackage_opens_as_a_user_layer_with_the_same_days_and_shapes(gpkg, atlas):
    """Our own File › Open reads the first layer (the areas): a full round trip."""
    layer = load_user_territories(gpkg, known_sources=frozenset(atlas.sources))
    read_back = {t.id: t for t in layer.dataset}
    areas = {t.id: t for t in atlas.history if t.geometry.geom_type.endswith("Polygon")}
    assert read_back.keys() == areas.keys()
    for day in _days(atlas):
        assert layer.dataset.valid_ids(day) == atlas.history.valid_ids(day) & areas.keys()
    for territory_id, original in areas.items():
        again = read_back[territory_id]
        assert again.names == original.names and again.sources == original.sources
        assert again.disputes == original.disputes
        assert (
            shapely.equals_exact(
                shapely.normalize(again.geometry), shapely.normalize(original.geometry), 1e-9
            )
            or again.geometry.symmetric_difference(original.geometry).area < 1e-9
        )


def test_geopackage_events_and_places_keep_precision_disputes_and_ids(gpkg, atlas):
    events = pyogrio.read_dataframe(gpkg, layer="events").set_index("id")
    approximate = next(e for e in atlas.events if e.date.approximate)
    assert events.loc[approximate.id, "approximate"]
    assert events.loc[approximate.id, "date_edtf"].split("/")[0].endswith("~")
    disputed = next(e for e in atlas.events if e.disputes)
    row = events.loc[disputed.id]
    assert row["disputed"]
    assert json.loads(row["disputes"])[0]["field"] == disputed.disputes[0].field
    war = atlas.events["russo-persian-war-1804"]  # 1804 to 24 October 1813
    assert events.loc[war.id, "starts_on"] == dt.datetime(1804, 1, 1)
    assert events.loc[war.id, "ends_before"] == dt.datetime(1813, 10, 25)
    assert events.loc[war.id, "date_edtf"] == "1804/1813-10-24"
    places = pyogrio.read_dataframe(gpkg, layer="places").set_index("id")
    assert places.loc["tehran", "wikidata"] == "Q3616"
    assert places.loc["tehran", "geonames"] == 112931
    assert places.loc["tehran"].geometry.equals(shapely.Point(51.4215, 35.6944))
    history = json.loads(places.loc["anzali", "historical_names"])
    assert {"from": "1925", "to": "1980"}.items() <= history[1].items()
    assert history[1]["names"]["en"] == "Bandar-e Pahlavi"


def test_edtf_keeps_precision_and_uncertainty():
    assert edtf(PartialDate.parse("1946-05")) == "1946-05"
    assert edtf(PartialDate.parse("~1930")) == "1930~"
    assert edtf(None) == ".."


def test_geojson_is_one_collection_with_a_layer_property(atlas, tmp_path):
    path = tmp_path / "atlas.geojson"
    export_data(atlas, path, "geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    by_layer: dict[str, list] = {}
    for feature in data["features"]:
        by_layer.setdefault(feature["properties"]["layer"], []).append(feature)
    assert sum(len(by_layer[name]) for name in TERRITORY_LAYERS) == len(atlas.history)
    assert len(by_layer["sources"]) == len(atlas.sources)
    assert all(f["geometry"] is None for f in by_layer["sources"])
    ussr = next(f for f in by_layer["territories"] if f["properties"]["id"] == "ussr")
    assert (
        ussr["properties"]["valid_from"] == atlas.history["ussr"].valid_from.first_day.isoformat()
    )
    assert ussr["properties"]["sources"][0]["source"] in atlas.sources  # nested, not text
    shape = shapely.geometry.shape(ussr["geometry"])
    assert shape.equals(atlas.history["ussr"].geometry)


def test_csv_has_a_wkt_column_gdal_reads_as_geometry(atlas, tmp_path):
    path = tmp_path / "atlas.csv"
    export_data(atlas, path, "csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == len(atlas.history) + len(atlas.events) + len(atlas.places) + len(
        atlas.sources
    )
    tehran = next(r for r in rows if r["layer"] == "places" and r["id"] == "tehran")
    assert shapely.from_wkt(tehran["WKT"]).equals(shapely.Point(51.4215, 35.6944))
    assert tehran["wikidata"] == "Q3616"
    _, _, wkb, _ = pyogrio.raw.read(path)
    assert sum(g is not None for g in wkb) == len(rows) - len(atlas.sources)


def test_linked_places_follows_the_lpf_shape(atlas, tmp_path):
    path = tmp_path / "atlas.jsonld"
    export_data(atlas, path, "lpf", uri_base="https://example.org/gaz")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["@context"] == LPF_CONTEXT
    assert data["type"] == "FeatureCollection"
    ids = [f["@id"] for f in data["features"]]
    assert len(ids) == len(set(ids)) == len(atlas.places) + len(atlas.history)
    features = {f["@id"].rsplit("/", 1)[1]: f for f in data["features"]}
    tehran = features["tehran"]
    assert tehran["@id"] == "https://example.org/gaz/places/tehran"
    assert tehran["properties"]["title"] == "Tehran"
    assert {"type": "closeMatch", "identifier": "wd:Q3616"} in tehran["links"]
    assert {"type": "closeMatch", "identifier": "gn:112931"} in tehran["links"]
    assert {n["lang"] for n in tehran["names"]} == {"en", "fa", "ru"}
    point = tehran["geometry"]["geometries"][0]
    assert point["coordinates"] == [51.4215, 35.6944]
    assert "GeoNames" in point["citations"][0]["label"]
    petrograd = next(
        n for n in features["saint-petersburg"]["names"] if n["toponym"] == "Petrograd"
    )
    # half-open [1914-08-31, 1924-01-26) in our data: LPF's inclusive end is the day before
    assert petrograd["when"]["timespans"] == [
        {"start": {"in": "1914-08-31"}, "end": {"in": "1924-01-25"}}
    ]
    enzeli = next(n for n in features["anzali"]["names"] if n["toponym"] == "Enzeli")
    assert enzeli["when"]["timespans"][0]["start"] == {"latest": "1800"}
    modern = next(n for n in features["anzali"]["names"] if n["toponym"] == "Bandar-e Anzali")
    # LPF reads a span without an end as its start's period: a running one says it goes on
    assert modern["when"]["timespans"] == [
        {"start": {"in": "1980"}, "end": {"earliest": SPAN[1].isoformat()}}
    ]
    shah = next(n for n in features["bandar-shah"]["names"] if n["toponym"] == "Bandar-e Shah")
    assert shah["when"]["timespans"] == [{"start": {"in": "1930~"}, "end": {"in": "1979~"}}]
    assert shah["when"]["label"] == "c. 1930 – c. 1979"
    ussr = features["ussr"]
    assert ussr["when"]["timespans"][0]["start"] == {"in": atlas.history["ussr"].valid_from.iso()}
    assert all(c["label"] for n in ussr["names"] for c in n["citations"])


def test_format_comes_from_the_extension_or_is_refused_in_our_words():
    assert data_format(Path("a.GPKG")) == "gpkg"
    assert data_format(Path("a.json")) == "geojson"
    assert data_format(Path("a.txt"), "csv") == "csv"
    with pytest.raises(ValueError, match=r"cannot tell the format from 'a\.txt'"):
        data_format(Path("a.txt"))


def test_a_missing_folder_is_our_message_and_leaves_nothing(atlas, tmp_path):
    with pytest.raises(WriteError, match=r"Cannot write .*: the folder .* does not exist"):
        export_data(atlas, tmp_path / "missing" / "atlas.gpkg", "gpkg")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_half_way_leaves_the_old_file_and_no_temporary(atlas, tmp_path, monkeypatch):
    path = tmp_path / "atlas.gpkg"
    path.write_bytes(b"the user's old file")
    real_write, calls = pyogrio.raw.write, []

    def fail_on_third_layer(*args, **kwargs):
        calls.append(kwargs["layer"])
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(pyogrio.raw, "write", fail_on_third_layer)
    with pytest.raises(WriteError, match="the disk is full"):
        export_data(atlas, path, "gpkg")
    assert path.read_bytes() == b"the user's old file"
    assert [p.name for p in tmp_path.iterdir()] == ["atlas.gpkg"]


def _file_size_limit() -> None:
    """In the child: files may not grow past 1 MB, and a write past it fails with EFBIG (as on
    a full disk) instead of the signal ending the process."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))


def test_gdal_failing_mid_file_is_our_message_and_leaves_the_old_file(tmp_path):
    """A real GDAL write that fails part-way (the file may not grow): exit 2, our words, the
    old file byte-identical, and no temporary database or SQLite journal left beside it."""
    out = tmp_path / "atlas.gpkg"
    out.write_bytes(b"the user's old file")
    command = [sys.executable, "-m", "viewer", "export-data", "--out", str(out)]
    done = subprocess.run(
        command, preexec_fn=_file_size_limit, capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert f"python -m viewer export-data: error: Cannot write {out}: GDAL could not write" in (
        done.stderr
    )
    assert out.read_bytes() == b"the user's old file"
    assert [p.name for p in tmp_path.iterdir()] == ["atlas.gpkg"]
