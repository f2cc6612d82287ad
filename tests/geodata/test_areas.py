"""Areas are measured in the equal-area conic from the coordinate arrays: the same figures as
PROJ's projection of the shape measured by shapely, without a shape rebuilt."""

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from geodata.loading import data_dir, read_geojson
from geodata.projection import EQUAL_AREA_CRS, area_km2, areas_km2

AGREE = 1e-9
"""Relative agreement asked with PROJ's figure. ``computed_area_km2`` is rounded to 10 km²,
so at 1e-9 a figure of a million km² could round otherwise only within 0.001 km² of a
rounding boundary; the two ways differ by floating-point rounding only (~1e-13 seen)."""


def _by_proj(geometries):
    proj = Transformer.from_crs("EPSG:4326", EQUAL_AREA_CRS, always_xy=True)

    def move(xy):
        return np.column_stack(proj.transform(xy[:, 0], xy[:, 1]))

    return shapely.area(shapely.transform(np.array(geometries, dtype=object), move)) / 1e6


SHAPES = [
    shapely.box(51.9, 35.6, 51.91, 35.61),  # ~1 km² near the central meridian
    shapely.box(38, 25, 62, 46),  # most of the region
    shapely.Polygon(  # a hole
        shapely.box(44, 30, 60, 44).exterior.coords,
        [shapely.box(46, 32, 50, 36).exterior.coords],
    ),
    shapely.Polygon(  # clockwise, two holes
        shapely.box(36, 23.5, 40, 27).exterior.coords[::-1],
        [
            shapely.box(37, 24, 37.5, 24.5).exterior.coords,
            shapely.box(38, 25, 39, 26).exterior.coords,
        ],
    ),
    shapely.MultiPolygon(
        [
            shapely.box(55, 26, 57, 27.5),
            shapely.Polygon([(60, 40), (63.9, 47.9), (61, 47), (60, 40)]),
        ]
    ),
    shapely.Point(52, 35).buffer(3, quad_segs=64),  # many vertices, curved
    shapely.box(-170, -80, 170, 80),  # far from the region, across the antimeridian's side
]


@pytest.mark.parametrize("index", range(len(SHAPES)))
def test_an_area_is_proj_s_equal_area_figure(index):
    shape = SHAPES[index]
    expected = float(_by_proj([shape])[0])
    assert area_km2(shape) == pytest.approx(expected, rel=AGREE)
    assert area_km2(shape) > 0


def test_areas_of_a_mixed_list_are_each_one_s_alone():
    """Lines and points have no area, a missing shape none at all; the rest as alone (to
    the last bits or so: numpy's vector sine may round a value's last bit by its place)."""
    mixed = [
        None,
        shapely.LineString([(40, 30), (45, 33)]),
        *SHAPES,
        shapely.Point(52, 35),
        shapely.Polygon(),
        shapely.MultiPolygon(),
    ]
    areas = areas_km2(mixed)
    assert np.isnan(areas[0])
    assert areas[1] == areas[-3] == areas[-2] == areas[-1] == 0
    assert areas[2:-3].tolist() == pytest.approx([area_km2(s) for s in SHAPES], rel=1e-13)
    assert areas_km2([]).tolist() == []


def test_every_bundled_territory_s_area_rounds_as_proj_s():
    """The figure shown, rounded to 10 km², is the same as by PROJ for every bundled area."""
    geometries = [
        r.geometry if "Polygon" in r.geometry.geom_type else None
        for r in read_geojson(data_dir() / "history.geojson", [])
    ]
    ours, theirs = areas_km2(geometries), _by_proj(geometries)
    measured = ~np.isnan(theirs)
    assert measured.sum() > 100
    assert ours[measured] == pytest.approx(theirs[measured], rel=AGREE)
    assert [round(a, -1) for a in ours[measured].tolist()] == [
        round(a, -1) for a in theirs[measured].tolist()
    ]
