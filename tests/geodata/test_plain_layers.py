"""Plain layers (a name and a geometry, as QGIS and OpenHistoricalMap write them) open in every
format; their time columns give their spans; what they lack is said, never refused."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from events.loading import load_sources
from geodata.errors import DataError
from geodata.user_layers import load_user_territories

SOURCES = frozenset(load_sources())
SQUARE = shapely.box(49, 37, 50, 38)
LINE = shapely.LineString([(49, 37), (50.5, 38.2)])
POINT = shapely.Point(49.6, 37.3)
GDAL_FORMATS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".fgb": "FlatGeobuf"}


def _day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def _load(path: Path, **kwargs):
    return load_user_territories(path, known_sources=SOURCES, **kwargs)


def _write(path: Path, rows: list[dict], geometries: list) -> Path:
    """A layer as QGIS saves it, in the format the suffix names (CSV and KML by hand)."""
    if path.suffix == ".geojson":
        features = [
            {"type": "Feature", "properties": row, "geometry": g.__geo_interface__}
            for row, g in zip(rows, geometries, strict=True)
        ]
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
        return path
    frame = gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geometries, crs="EPSG:4326")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame.to_file(path, driver=GDAL_FORMATS[path.suffix], engine="pyogrio")
    return path


def _kml(path: Path, placemarks: list[tuple[str, str]]) -> Path:
    body = "".join(
        f"<Placemark><name>{name}</name>{geometry}</Placemark>" for name, geometry in placemarks
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<kml xmlns="http://www.opengis.net/kml/2.2"><Document>{body}</Document></kml>\n',
        "utf-8",
    )
    return path


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".shp", ".fgb"])
def test_a_name_and_a_geometry_are_enough(tmp_path, suffix):
    path = _write(tmp_path / f"provinces{suffix}", [{"name": "Gilan"}], [SQUARE])
    layer = _load(path)
    (gilan,) = layer.dataset
    assert (gilan.id, gilan.names.en, gilan.kind, gilan.style) == (
        "gilan",
        "Gilan",
        "sphere",
        "user",
    )
    assert gilan.unsourced and gilan.boundary_precision == "approximate"
    assert gilan.valid_on(_day("1850-01-01")) and gilan.valid_on(_day("2020-01-01"))  # static
    said = " ".join(w.message for w in layer.warnings)
    assert "has no date columns: shown on every date" in said
    assert "1 of 1 features cite no sources: shown as unsourced" in said
    assert "'kind'" in said and "the defaults for a plain layer" in said


def test_a_kml_from_google_earth_opens_with_its_names(tmp_path):
    path = _kml(
        tmp_path / "route.kml",
        [
            ("Anzali road", "<LineString><coordinates>49.46,37.47 49.6,37.3</coordinates>"
             "</LineString>"),
            ("Rasht", "<Point><coordinates>49.6,37.3</coordinates></Point>"),
        ],
    )  # fmt: skip
    road, rasht = _load(path).dataset
    assert (road.names.en, road.kind) == ("Anzali road", "land_boundary")
    assert (rasht.names.en, rasht.kind) == ("Rasht", "infrastructure")


def test_a_csv_with_lon_lat_columns_opens_as_points_in_wgs84(tmp_path):
    path = tmp_path / "towns.csv"
    path.write_text("Name,Longitude,Latitude,start_date,end_date\nRasht,49.6,37.3,1920,1921-06\n")
    layer = _load(path)
    (rasht,) = layer.dataset
    assert rasht.geometry.equals(POINT) and rasht.names.en == "Rasht"
    assert rasht.valid_on(_day("1920-01-01")) and not rasht.valid_on(_day("1921-06-01"))
    assert any("a CSV gives no CRS" in w.message for w in layer.warnings)


def test_a_csv_with_a_wkt_column_opens_its_shapes(tmp_path):
    path = tmp_path / "zones.csv"
    path.write_text(f'name,WKT\nZone,"{SQUARE.wkt}"\nRoad,"{LINE.wkt}"\n')
    zone, road = _load(path).dataset
    assert zone.geometry.equals(SQUARE) and road.geometry.equals(LINE)


def test_a_csv_without_coordinates_says_what_it_needs(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("name,population\nRasht,120000\n")
    with pytest.raises(DataError, match="a CSV needs lon and lat columns, or a WKT column"):
        _load(path)


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv"])
def test_valid_from_and_valid_to_columns_give_the_span(tmp_path, suffix):
    rows = [{"name": "Zone", "valid_from": "1941-08-25", "valid_to": "1946-05-09"}]
    if suffix == ".csv":
        path = tmp_path / "zone.csv"
        path.write_text(
            f'name,valid_from,valid_to,WKT\nZone,1941-08-25,1946-05-09,"{SQUARE.wkt}"\n'
        )
    else:
        path = _write(tmp_path / f"zone{suffix}", rows, [SQUARE])
    (zone,) = _load(path).dataset
    assert (zone.valid_from.iso(), zone.valid_to.iso()) == ("1941-08-25", "1946-05-09")
    assert zone.valid_on(_day("1946-05-08")) and not zone.valid_on(_day("1946-05-09"))


def test_real_date_fields_of_a_geopackage_give_the_span(tmp_path):
    rows = [{"name": "Zone", "valid_from": dt.date(1941, 8, 25), "valid_to": dt.date(1946, 5, 9)}]
    frame = pd.DataFrame(rows).astype(
        {"valid_from": "datetime64[ms]", "valid_to": "datetime64[ms]"}
    )
    path = tmp_path / "dated.gpkg"
    gpd.GeoDataFrame(frame, geometry=[SQUARE], crs="EPSG:4326").to_file(path, engine="pyogrio")
    (zone,) = _load(path).dataset
    assert (zone.valid_from.iso(), zone.valid_to.iso()) == ("1941-08-25", "1946-05-09")


def test_ohm_start_and_end_dates_are_half_open(tmp_path):
    rows = [
        {"name": "Qajar Persia", "start_date": "1789", "end_date": "1925-12-15"},
        {"name": "Pahlavi Iran", "start_date": "1925-12-15", "end_date": None},
    ]
    layer = _load(_write(tmp_path / "ohm.geojson", rows, [SQUARE, SQUARE]))
    qajar, pahlavi = layer.dataset
    handover = _day("1925-12-15")
    assert qajar.valid_on(handover - 1) and not qajar.valid_on(handover)
    assert pahlavi.valid_on(handover) and pahlavi.valid_to is None
    assert any(
        "valid from 'start_date' until (not on) 'end_date'" in str(w) for w in layer.warnings
    )


@pytest.mark.parametrize(("first", "second"), [("BEGIN", "END"), ("From", "To"), ("start", "end")])
def test_common_time_column_names_are_recognised_in_any_case(tmp_path, first, second):
    rows = [{"name": "Zone", first: "1920", second: "1921"}]
    (zone,) = _load(_write(tmp_path / "zone.gpkg", rows, [SQUARE])).dataset
    assert (zone.valid_from.iso(), zone.valid_to.iso()) == ("1920", "1921")


@pytest.mark.parametrize(
    ("value", "first", "until"),
    [
        (1946, "1946-01-01", "1947-01-01"),  # a whole number, as a spreadsheet's year
        ("1946-05/1946-12", "1946-05-01", "1947-01-01"),  # EDTF: through December
        ("../1907", "0001-01-01", "1908-01-01"),
        ("1946-05~", "1946-05-01", "1946-06-01"),
    ],
)
def test_one_year_or_edtf_column_is_valid_through_its_last_period(tmp_path, value, first, until):
    rows = [{"name": "Zone", "year": value}]
    (zone,) = _load(_write(tmp_path / "zone.gpkg", rows, [SQUARE])).dataset
    assert zone.valid_from.first_day.isoformat() == first
    assert zone.valid_to.first_day.isoformat() == until


def test_edtf_marks_are_kept_on_the_span(tmp_path):
    rows = [{"name": "Zone", "valid_from": "1946-05~", "valid_to": "1947?"}]
    (zone,) = _load(_write(tmp_path / "zone.geojson", rows, [SQUARE])).dataset
    assert zone.valid_from.approximate and zone.valid_to.uncertain
    assert (zone.valid_from.iso(), zone.valid_to.iso()) == ("1946-05~", "1947?")


def test_ids_come_from_names_and_never_collide(tmp_path):
    rows = [{"name": "USSR"}, {"name": "USSR"}, {"name": "گیلان"}]
    layer = _load(_write(tmp_path / "my layer.gpkg", rows, [SQUARE] * 3), taken={"ussr": "x"})
    assert [t.id for t in layer.dataset] == ["ussr-2", "ussr-3", "my-layer-3"]


def test_a_feature_without_a_name_is_named_in_the_refusal(tmp_path):
    path = _write(tmp_path / "anon.gpkg", [{"name": "Zone"}, {"name": None}], [SQUARE, SQUARE])
    with pytest.raises(DataError) as exc:
        _load(path)
    (problem,) = exc.value.problems
    assert (problem.file, problem.record, problem.field) == (str(path), "anon-2", "name")


def test_an_impossible_date_is_refused_naming_feature_and_column(tmp_path):
    rows = [{"name": "Zone", "year": "1946-02-30"}]
    with pytest.raises(DataError) as exc:
        _load(_write(tmp_path / "bad.geojson", rows, [SQUARE]))
    (problem,) = exc.value.problems
    assert problem.field == "year"
    assert "there is no day 30 in February 1946" in problem.message


def test_bad_geometry_still_refuses_the_whole_file(tmp_path):
    stub = shapely.LineString([(49, 37), (49, 37)])
    path = _write(tmp_path / "stub.geojson", [{"name": "Good"}, {"name": "Stub"}], [SQUARE, stub])
    with pytest.raises(DataError, match="'feature #1': field 'geometry': geometry is invalid"):
        _load(path)


def test_strict_keeps_the_full_schema(tmp_path):
    path = _write(tmp_path / "plain.geojson", [{"id": "zone", "name": "Zone"}], [SQUARE])
    with pytest.raises(DataError) as exc:
        _load(path, strict=True)
    missing = {p.field for p in exc.value.problems}
    assert {"kind", "status", "sources", "style", "valid_from", "construction"} <= missing


def test_a_fully_described_layer_gets_no_warnings(tmp_path):
    example = Path(__file__).parents[2] / "docs" / "examples" / "turkmenchay-line.geojson"
    layer = _load(example)
    assert layer.warnings == () and not next(iter(layer.dataset)).unsourced


def test_many_features_of_one_name_get_distinct_ids_around_taken_ones(tmp_path):
    rows = [{"name": "Camp"} for _ in range(5)]
    layer = _load(_write(tmp_path / "camps.geojson", rows, [POINT] * 5), taken={"camp-3": "x"})
    assert [t.id for t in layer.dataset] == ["camp", "camp-2", "camp-4", "camp-5", "camp-6"]


def test_a_huge_date_cell_is_refused_without_quoting_it_whole(tmp_path):
    rows = [{"name": "Zone", "year": "1946" * 10_000}]
    with pytest.raises(DataError) as exc:
        _load(_write(tmp_path / "huge.geojson", rows, [SQUARE]))
    (problem,) = exc.value.problems
    assert problem.field == "year" and problem.message.endswith("is not a date")
    assert len(problem.message) < 100
