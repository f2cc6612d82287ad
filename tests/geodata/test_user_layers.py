"""Users' territory files: what is mended is said, what is wrong is named, nothing half-loads."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pyogrio.raw
import pytest
import shapely
from shapely.geometry import shape

from events.loading import load_sources
from geodata import user_layers
from geodata.errors import DataError
from geodata.loading import MAX_FILE_BYTES
from geodata.projection import REGION_LONLAT, region_polygon
from geodata.user_layers import load_user_territories
from viewer.core.local_problems import problem_text

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "turkmenchay-line.geojson"
SOURCES = frozenset(load_sources())
CITE = {"source": "encyclopaedia", "locator": "para 1", "quote": "a short quote"}


def _props(territory_id: str = "user-zone", **changes: object) -> dict:
    props = {
        "id": territory_id,
        "name": {"en": "A user's zone", "ru": "Зона"},
        "kind": "occupation_zone",
        "status": "de_facto",
        "valid_from": "1941-08-25",
        "valid_to": "1946-05-09",
        "boundary_precision": "schematic",
        "construction": "a test square near Rasht",
        "sources": [CITE],
        "style": "zone-user",
    }
    return props | changes


def _geojson(path: Path, *features: tuple[dict, dict], **extra: object) -> Path:
    data = {
        "type": "FeatureCollection",
        **extra,
        "features": [{"type": "Feature", "properties": p, "geometry": g} for p, g in features],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


SQUARE = shapely.box(49, 37, 50, 38)


def _load(path: Path, **kwargs):
    return load_user_territories(path, known_sources=SOURCES, **kwargs)


def _write_gpkg(path: Path, rows: list[dict], geometries: list, crs: str | None, layer="zones"):
    """A GeoPackage as QGIS would write it: nested properties as JSON text columns."""
    fields = sorted({k for row in rows for k in row})
    columns = [
        [json.dumps(r.get(f)) if isinstance(r.get(f), dict | list) else r.get(f) for r in rows]
        for f in fields
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # GDAL's note that a file without a CRS was written
        pyogrio.raw.write(
            path,
            shapely.to_wkb(np.array(geometries, dtype=object)),
            [np.array(c, dtype=object) for c in columns],
            fields=fields,
            layer=layer,
            driver="GPKG",
            geometry_type="Unknown",
            crs=crs,
            append=path.exists(),
        )
    return path


def _to_mercator(geometry):
    from pyproj import Transformer

    transformer = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)

    def forward(xy):
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

    return shapely.transform(geometry, forward)


def test_the_worked_example_loads_with_computed_figures():
    layer = _load(EXAMPLE)
    (line,) = layer.dataset
    assert layer.warnings == ()
    assert line.id == "turkmenchay-line-1828"
    assert line.geometry.geom_type == "LineString"
    assert 600 < line.figures["computed_length_km"] < 900


def test_ids_taken_elsewhere_are_named_with_where(tmp_path):
    path = _geojson(tmp_path / "mine.geojson", (_props("ussr"), SQUARE.__geo_interface__))
    with pytest.raises(DataError) as exc:
        _load(path, taken={"ussr": "the built-in territories"})
    assert str(exc.value) == (
        f"{path}: 'ussr': field 'id': is already used in the built-in territories; "
        "choose another id"
    )


def test_a_self_intersecting_outline_is_repaired_and_said(tmp_path):
    bowtie = {
        "type": "Polygon",
        "coordinates": [[[49, 37], [50, 38], [50, 37], [49, 38], [49, 37]]],
    }
    layer = _load(_geojson(tmp_path / "bow.geojson", (_props(), bowtie)))
    (zone,) = layer.dataset
    assert zone.geometry.is_valid
    assert zone.geometry.area == pytest.approx(0.5)  # the two triangles of the bow tie
    (warning,) = layer.warnings
    assert warning.record == "user-zone"
    assert warning.field == "geometry"
    assert "a line or outline crosses itself" in warning.message
    assert "near 49.5000, 37.5000" in warning.message  # where the bow tie crosses
    assert "repaired, check the outline" in warning.message
    # ...and in the reader's language, the place in the reader's digits (issue 16)
    assert "نزدیک \u2066۴۹٫۵۰۰۰, ۳۷٫۵۰۰۰\u2069)؛ ترمیم شد" in problem_text(warning, "fa")
    assert "около 49.5000, 37.5000); исправлен, проверьте контур" in problem_text(warning, "ru")


def test_a_feature_reaching_past_the_region_is_cut_at_its_edge(tmp_path):
    wide = shapely.box(30, 37, 50, 38)
    layer = _load(_geojson(tmp_path / "wide.geojson", (_props(), wide.__geo_interface__)))
    (zone,) = layer.dataset
    assert region_polygon().buffer(1e-9).contains(zone.geometry)
    assert zone.geometry.bounds[0] == REGION_LONLAT[0]
    assert "the part outside was cut off" in layer.warnings[0].message


def test_z_coordinates_are_dropped(tmp_path):
    point = {"type": "Point", "coordinates": [49.5, 37.5, 120.0]}
    (site,) = _load(
        _geojson(tmp_path / "z.geojson", (_props(kind="infrastructure"), point))
    ).dataset
    assert not site.geometry.has_z


def test_geojson_in_web_mercator_is_reprojected(tmp_path):
    crs = {"type": "name", "properties": {"name": "EPSG:3857"}}
    merc = _to_mercator(SQUARE)
    path = _geojson(tmp_path / "m.geojson", (_props(), merc.__geo_interface__), crs=crs)
    layer = _load(path)
    (zone,) = layer.dataset
    assert shapely.equals_exact(zone.geometry, SQUARE, tolerance=1e-6)
    assert "reprojected to WGS 84" in layer.warnings[0].message


def test_a_geopackage_in_another_crs_loads_with_json_text_properties(tmp_path):
    rows = [_props(), _props("user-line", kind="land_boundary", figures={"stated_length_km": 9})]
    geoms = [_to_mercator(SQUARE), _to_mercator(shapely.LineString([(49, 37), (50, 38)]))]
    layer = _load(_write_gpkg(tmp_path / "zones.gpkg", rows, geoms, "EPSG:3857"))
    zone, line = layer.dataset
    assert zone.names.ru == "Зона"
    assert zone.sources[0].source == "encyclopaedia"
    assert line.figures["stated_length_km"] == 9
    assert shapely.equals_exact(zone.geometry, SQUARE, tolerance=1e-6)
    assert [w.message for w in layer.warnings] == [
        "is in WGS 84 / Pseudo-Mercator (EPSG:3857); reprojected to WGS 84 longitude/latitude"
    ]


def test_a_geopackage_may_give_names_as_columns(tmp_path):
    row = _props() | {"name": None, "name_en": "Zone", "name_fa": "منطقه"}
    (zone,) = _load(_write_gpkg(tmp_path / "n.gpkg", [row], [SQUARE], "EPSG:4326")).dataset
    assert (zone.names.en, zone.names.fa) == ("Zone", "منطقه")


def test_a_geopackage_without_crs_is_refused(tmp_path):
    path = _write_gpkg(tmp_path / "nocrs.gpkg", [_props()], [SQUARE], None)
    with pytest.raises(DataError, match="does not say its coordinate reference system"):
        _load(path)


def test_only_the_first_layer_is_read_and_the_others_are_named(tmp_path):
    path = _write_gpkg(tmp_path / "two.gpkg", [_props()], [SQUARE], "EPSG:4326")
    _write_gpkg(path, [_props("other")], [SQUARE], "EPSG:4326", layer="spare")
    layer = _load(path)
    assert [t.id for t in layer.dataset] == ["user-zone"]
    assert "only 'zones' is read, not spare" in layer.warnings[0].message


def test_json_text_that_is_not_json_is_reported_once(tmp_path):
    row = _props(sources="[{'source': 'encyclopaedia'}]")  # Python's repr, not JSON
    path = _write_gpkg(tmp_path / "repr.gpkg", [row], [SQUARE], "EPSG:4326")
    with pytest.raises(DataError) as exc:
        _load(path)
    (problem,) = exc.value.problems
    assert (problem.record, problem.field) == ("user-zone", "sources")
    assert "is not valid JSON text" in problem.message


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg"])
def test_files_over_the_size_limit_are_refused_unread(tmp_path, suffix):
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk is used
    with pytest.raises(DataError, match=f"is larger than the {MAX_FILE_BYTES:,}-byte limit"):
        _load(path)


def test_many_vertices_are_accepted_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(user_layers, "MAX_VERTICES", 4)
    layer = _load(_geojson(tmp_path / "v.geojson", (_props(), SQUARE.__geo_interface__)))
    assert "has 5 vertices; the map may be slow" in layer.warnings[0].message


def test_an_empty_collection_is_refused(tmp_path):
    with pytest.raises(DataError, match="has no features"):
        _load(_geojson(tmp_path / "none.geojson"))


def test_every_problem_is_reported_at_once(tmp_path):
    path = _geojson(
        tmp_path / "many.geojson",
        (_props(kind="empire"), SQUARE.__geo_interface__),
        (_props("b", valid_from="1946-13"), {"type": "Point", "coordinates": [2.3, 48.8]}),
        (_props("c", sources=[]), None),
    )
    with pytest.raises(DataError) as exc:
        _load(path, strict=True)  # (a plain layer may leave out its sources)
    assert {(p.record, p.field) for p in exc.value.problems} == {
        ("user-zone", "kind"),
        ("b", "geometry"),
        ("b", "valid_from"),
        ("c", "geometry"),
        ("c", "sources"),
    }


def test_a_line_with_a_single_point_is_invalid_not_repaired(tmp_path):
    stub = {"type": "LineString", "coordinates": [[49, 37], [49, 37]]}
    with pytest.raises(DataError, match="'user-zone': field 'geometry': geometry is invalid"):
        _load(_geojson(tmp_path / "stub.geojson", (_props(kind="land_boundary"), stub)))


def test_the_example_geometry_matches_what_it_says(tmp_path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    line = shape(data["features"][0]["geometry"])
    assert line.coords[0][0] < 45 and line.coords[-1] == pytest.approx((48.88, 38.43), abs=0.01)
