import datetime as dt

import pytest
from pyproj import Transformer

from geodata.loading import load_history
from tests.conftest import DATA


@pytest.fixture(scope="module")
def history():
    return load_history(DATA / "history.geojson")


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("1899-12-31", set()),
        ("1900-01-01", {"empire"}),
        ("1917-11-06", {"empire"}),
        ("1917-11-07", {"union"}),  # successor drawn on the boundary day, predecessor not
        ("1920-06-01", {"union", "republic"}),
        ("1921-08-31", {"union", "republic"}),
        ("1921-09-01", {"union"}),
        ("1950-01-01", {"union", "sea-line"}),
        ("1991-12-26", {"union"}),
    ],
)
def test_valid_ids_half_open(history, date, expected):
    assert history.valid_ids(day(date)) == expected


def test_valid_ids_agrees_with_a_scan_on_every_month(history):
    for year in range(1895, 2000):
        for month in (1, 6, 12):
            d = dt.date(year, month, 1).toordinal()
            assert history.valid_ids(d) == {t.id for t in history if t.valid_on(d)}


def test_change_days_are_the_breakpoints(history):
    assert day("1917-11-07") in history.change_days()
    assert day("1920-06-01") in history.change_days()


def test_picking_finds_the_topmost_valid_territory(history):
    from geodata.projection import project_points

    (x,), (y,) = project_points([49.5], [37.2])
    assert [t.id for t in history.territories_at(x, y, day("1920-07-01"))] == ["republic"]
    assert history.territories_at(x, y, day("1925-01-01")) == []
    (x,), (y,) = project_points([50.0], [40.0])  # the empire, then the union
    assert [t.id for t in history.territories_at(x, y, day("1910-01-01"))] == ["empire"]
    assert [t.id for t in history.territories_at(x, y, day("1920-07-01"))] == ["union"]


def test_computed_length_beside_the_stated_one(history):
    figures = history["sea-line"].figures
    assert figures["stated_length_km"] == 423
    assert 440 < figures["computed_length_km"] < 490  # geodesic, not forced to agree


def test_the_written_out_unprojection_equals_pyproj_from_crs():
    import numpy as np

    from geodata.projection import MAP_CRS, _unprojector

    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(36, 64, 2000), rng.uniform(23.5, 48, 2000)
    x, y = _proj(MAP_CRS).transform(lon, lat)
    back = Transformer.from_crs(MAP_CRS, "EPSG:4326", always_xy=True).transform(x, y)
    assert np.array_equal(_unprojector().transform(x, y), back)


def _proj(crs):
    """PROJ's own projection to *crs*: what ours are checked against."""
    return Transformer.from_crs("EPSG:4326", crs, always_xy=True)


@pytest.mark.parametrize(
    ("box", "cut"),
    [
        ((60.0, 30.0, 64.0, 32.0), True),  # along the east edge for 2 degrees
        ((60.0, 30.0, 64.0 - 1e-8, 32.0), True),  # within the edge's width of it
        ((60.0, 30.0, 64.0 - 1e-6, 32.0), False),  # just clear of it
        ((63.99, 47.99, 64.0, 48.0), False),  # a corner: its two 0.01-degree sides are too short
        ((50.0, 30.0, 51.0, 31.0), False),  # far inside
    ],
)
def test_an_area_is_cut_by_the_frame_only_along_its_edge(box, cut):
    import shapely

    from geodata.projection import cut_by_region

    assert cut_by_region(shapely.box(*box)) is cut


def test_a_dataset_is_freed_as_soon_as_it_is_let_go():
    import weakref

    dataset = load_history(DATA / "history.geojson")
    dataset.valid_ids(day("1920-06-01"))  # its memo filled
    gone = weakref.ref(dataset)
    del dataset
    assert gone() is None  # no cycle waits for the garbage collector, holding its shapes


def test_shapes_projected_together_equal_shapes_projected_one_at_a_time():
    """All of a file's shapes are projected at once, as the loader does: no coordinate
    depends on its company."""
    import numpy as np
    import shapely

    from geodata.projection import areas_km2, project_all, project_rows

    shapes = [
        shapely.Point(52.1, 35.7),
        None,
        shapely.LineString([(40, 30), (41.5, 31.25), (45, 33)]),
        shapely.box(44, 36, 49, 39).union(shapely.box(55, 26, 57, 27.5)),
        shapely.Polygon(
            shapely.box(38, 25, 62, 46).exterior.coords,
            [shapely.box(40, 30, 50, 40).exterior.coords],
        ),
    ]
    expected = [None if s is None else shapely.transform(s, project_rows) for s in shapes]
    together = project_all(shapes)
    assert together[1] is None
    assert all(shapely.equals_identical(a, b) for a, b in zip(together, expected, strict=True) if b)
    areas = areas_km2(shapes)
    assert np.isnan(areas[1]) and areas[0] == areas[2] == 0
    assert areas[4] > areas[3] > 0


AGREE_M = 1e-6
"""How near (in metres) our conic's points are asked to be to PROJ's: a micrometre, where
the two differ by rounding only (~5e-9 m in the region, ~2e-7 m across the world)."""


def test_the_map_projection_is_proj_s_lambert_conic():
    import numpy as np

    from geodata.projection import MAP_CRS, project_points, project_rows

    rng = np.random.default_rng(11)
    proj = _proj(MAP_CRS)
    for lon, lat in (
        (rng.uniform(36, 64, 20_000), rng.uniform(23.5, 48, 20_000)),  # the region
        (rng.uniform(-180, 180, 20_000), rng.uniform(-89.99, 90, 20_000)),  # the world
        (rng.uniform(-600, 600, 2_000), rng.uniform(-90, 90, 2_000)),  # lon past 180: wrapped
    ):
        expected = np.column_stack(proj.transform(lon, lat))
        ours = np.column_stack(project_points(lon, lat))
        np.testing.assert_allclose(ours, expected, rtol=1e-12, atol=AGREE_M)
        np.testing.assert_array_equal(project_rows(np.column_stack([lon, lat])), ours)


def test_points_proj_cannot_project_are_infinite_and_nan_stays_nan():
    """The poles, latitudes past them and longitudes past 10 radians, as PROJ gives them."""
    import numpy as np

    from geodata.projection import MAP_CRS, project_points

    nan = float("nan")
    lon = np.array([52, 52, 52, 10, 52, 700, -700, nan, 52, 30])
    lat = np.array([90, 90 + 1e-13, -90, -90 + 1e-12, 91, 30, 30, 30, nan, -89.99])
    ours = np.column_stack(project_points(lon, lat))
    expected = np.column_stack(_proj(MAP_CRS).transform(lon, lat))
    np.testing.assert_array_equal(np.isinf(ours), np.isinf(expected))
    np.testing.assert_array_equal(np.isnan(ours), np.isnan(expected))
    finite = np.isfinite(expected)
    assert finite[:2].all() and finite[-1].all()  # the north pole is the cone's apex
    np.testing.assert_allclose(ours[finite], expected[finite], rtol=1e-12, atol=AGREE_M)
    assert np.isinf(ours[2:7]).all() and np.isnan(ours[7:9]).all()


def test_few_intervals_valid_ids_are_kept_and_the_rest_found_again(monkeypatch):
    """At 100 times the data each interval's ids took ~117 KB: a scrub kept 80 MB of them."""
    from geodata import dataset

    monkeypatch.setattr(dataset, "SEGMENTS_KEPT", 2)
    history = load_history(DATA / "history.geojson")
    for _ in range(2):  # found again, the same, once let go
        for year in range(1895, 2000, 5):
            d = dt.date(year, 1, 1).toordinal()
            assert history.valid_ids(d) == {t.id for t in history if t.valid_on(d)}
    assert history._segment.cache_info().currsize == 2
