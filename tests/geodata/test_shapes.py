"""Projected shapes as coordinate arrays: the same shapes made back, the same answers, and
arrays that do not describe shapes refused before anything is drawn from them."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
import shapely

from geodata.dataset import TerritoryDataset
from geodata.loading import load_history
from geodata.projection import project_all
from geodata.shapes import Shapes

EVERY_KIND = [
    shapely.Point(1, 2),
    shapely.LineString([(0, 0), (2, 3), (4, 1)]),
    shapely.Polygon([(0, 0), (9, 0), (9, 9), (0, 9)], [[(1, 1), (2, 1), (2, 2), (1, 1)]]),
    shapely.MultiPoint([(0, 0), (5, 5)]),
    shapely.MultiLineString([[(0, 0), (1, 1)], [(2, 2), (3, 5), (6, 6)]]),
    shapely.MultiPolygon(
        [
            shapely.box(0, 0, 1, 1),
            shapely.box(2, 2, 3, 3).difference(shapely.box(2.2, 2.2, 2.5, 2.5)),
        ]
    ),
    shapely.Polygon(),
    shapely.LineString(),
    shapely.Point(),
    shapely.MultiPolygon(),
]


@pytest.fixture(scope="module")
def real():
    history = load_history()  # the bundled data
    return history, project_all([t.geometry for t in history])


def _same(made, given) -> bool:
    return made.geom_type == given.geom_type and made.wkb == given.wkb


def test_every_kind_is_made_back_as_it_was_given():
    shapes = Shapes.of(EVERY_KIND)
    assert len(shapes) == len(EVERY_KIND)
    for n, given in enumerate(EVERY_KIND):
        assert _same(shapes[n], given)
        assert shapes.kind(n) == given.geom_type
        assert np.array_equal(shapes.vertices(n), shapely.get_coordinates(given))
    assert np.array_equal(shapes.bounds, shapely.bounds(np.array(EVERY_KIND)), equal_nan=True)
    dimensions = shapely.get_dimensions(np.array(EVERY_KIND))
    assert shapes.dimensions().tolist() == dimensions.tolist()
    assert shapes.points().tolist() == ["Point" in g.geom_type for g in EVERY_KIND]


def test_the_real_datas_shapes_are_made_back_exactly_ring_by_ring(real):
    _, projected = real
    shapes = Shapes.of(projected)
    for n, given in enumerate(projected):
        assert _same(shapes[n], given)
        loops = shapes.loops(n)
        parts = getattr(given, "geoms", [given])
        expected = [
            (shapely.get_coordinates(ring), True)
            for part in parts
            if part.geom_type == "Polygon"
            for ring in (part.exterior, *part.interiors)
        ] + [(shapely.get_coordinates(p), False) for p in parts if p.geom_type == "LineString"]
        assert len(loops) == len(expected)
        for (xy, area), (want, want_area) in zip(loops, expected, strict=True):
            assert area == want_area and np.array_equal(xy, want)


def test_stored_arrays_give_the_same_shapes_and_joined_sets_keep_their_order(real):
    _, projected = real
    stored = Shapes.from_arrays(Shapes.of(projected).arrays("p"), "p", len(projected))
    few = Shapes.of(EVERY_KIND)
    joined = Shapes.joined([stored, few, stored])
    assert len(joined) == 2 * len(projected) + len(few)
    expected = [*projected, *EVERY_KIND, *projected]
    for n in [*random.Random(7).sample(range(len(joined)), 60), 0, len(joined) - 1]:
        assert _same(joined[n], expected[n])
    assert np.array_equal(joined.bounds[len(projected)], shapely.bounds(EVERY_KIND[0]))
    assert joined.kind(len(projected) + 1) == "LineString"
    with pytest.raises(IndexError):
        joined[len(joined)]


def test_a_kind_the_arrays_cannot_hold_is_refused():
    with pytest.raises(ValueError, match="cannot keep a GEOMETRYCOLLECTION"):
        Shapes.of([shapely.GeometryCollection([shapely.Point(0, 0)])])


def _broken(change) -> dict[str, np.ndarray]:
    arrays = {k: np.array(v) for k, v in Shapes.of(EVERY_KIND).arrays("p").items()}
    change(arrays)
    return arrays


def _set(name, index, value):
    def change(arrays):
        arrays[f"p.{name}"][index] = value

    return change


BROKEN = {
    "an unknown kind": (_set("kinds", 0, 7), "unknown kind"),
    "a part past the end": (_set("parts", -1, 99), "parts outside"),
    "rings going back": (_set("rings", 3, 0), "rings outside"),
    "a ring past the coordinates": (_set("coordinates", -1, 10**9), "coordinates outside"),
    "a single shape of two parts": (
        _set("kinds", 3, int(shapely.GeometryType.POINT)),
        "single shape of several parts",
    ),
    "a polygon of three coordinates": (_set("coordinates", 3, 5), "too few or too many"),
    "a line of one coordinate": (_set("coordinates", 2, 2), "too few or too many"),
    "bounds missing": (lambda a: a.update({"p.bounds": a["p.bounds"][:-4]}), "bounds"),
    "an array missing": (lambda a: a.pop("p.xy"), "has no array"),
    "coordinates as integers": (
        lambda a: a.update({"p.xy": a["p.xy"].astype(np.int64)}),
        "not pairs of numbers",
    ),
}


@pytest.mark.parametrize(("change", "message"), BROKEN.values(), ids=BROKEN.keys())
def test_arrays_that_describe_no_shapes_are_refused_before_use(change, message):
    with pytest.raises(ValueError, match=message):
        Shapes.from_arrays(_broken(change), "p", len(EVERY_KIND))


def test_a_point_lookup_answers_as_a_tree_of_the_shapes_themselves(real):
    """The tree holds bounds boxes and the few candidates are tested exactly: the answers
    are those of an STRtree of the shapes (as the dataset had), at inner points of every
    area, points along every line, every site, random points, with and without tolerance."""
    history, projected = real
    dataset = TerritoryDataset(list(history), projected)
    tree = shapely.STRtree(projected)
    items = list(history)
    rng = random.Random(1946)
    x0, y0, x1, y1 = shapely.total_bounds(np.array(projected))
    points = [(rng.uniform(x0, x1), rng.uniform(y0, y1)) for _ in range(300)]
    for geometry in projected:
        if "Polygon" in geometry.geom_type:
            at = geometry.representative_point()
        elif "Line" in geometry.geom_type:
            at = geometry.interpolate(rng.random(), normalized=True)
        else:
            at = shapely.get_parts(geometry)[0]
        points += [(at.x, at.y), (at.x + 3000, at.y - 2000)]
    days = [t.start for t in items] + [dt.date(y, 6, 1).toordinal() for y in range(1800, 2030, 7)]
    found = 0
    for n, (x, y) in enumerate(points):
        day = days[n % len(days)]
        for tolerance in (0.0, 5000.0):
            near = shapely.Point(x, y).buffer(tolerance) if tolerance else shapely.Point(x, y)
            hits = tree.query(near, predicate="intersects")
            valid = history.valid_ids(day)
            expected = [items[i] for i in sorted(hits.tolist()) if items[i].id in valid]
            assert dataset.territories_at(x, y, day, tolerance) == expected
            found += len(expected)
    assert found > len(points)  # most points are in something on their day


def test_the_mapped_files_pages_are_let_go_as_shapes_are_read(monkeypatch):
    """Reading every shape once (a scrub, a level simplified) would keep every page of the
    mapped files in memory: their pages are let go every so many bytes read."""
    import geodata.shapes as module

    released = []
    arrays = Shapes.of(EVERY_KIND).arrays("p")
    shapes = Shapes.joined(
        [Shapes.from_arrays(arrays, "p", len(EVERY_KIND), lambda: released.append(1))] * 2
    )
    monkeypatch.setattr(module, "RELEASE_BYTES", 3 * module.FAULT_AROUND + 10_000)
    shapes.vertices(0)
    shapes.loops(1)
    shapes[2]
    assert released == []  # three reads: not yet past the bytes
    shapes[3]
    assert released == [1, 1]  # both blocks' files let go


def test_shapes_projected_as_arrays_are_those_of_the_geometries_projected(real):
    """A dataset projects its shapes' coordinate rows, making no geometry: the same arrays,
    bounds included, as projecting the geometries and taking their arrays."""
    from geodata.projection import project_rows

    history, projected = real
    lonlat = [t.geometry for t in history]
    shifted = [shapely.affinity.translate(g, 50, 30) for g in EVERY_KIND]  # inside the region
    for shapes, expected in (
        (lonlat, projected),
        (shifted, project_all(shifted)),
        (shifted[::-1], project_all(shifted[::-1])),  # empty shapes first, then the rest
    ):
        ours = Shapes.of(shapes).mapped(project_rows).arrays("p")
        theirs = Shapes.of(expected).arrays("p")
        assert ours.keys() == theirs.keys()
        for name, array in theirs.items():
            assert ours[name].dtype == array.dtype
            np.testing.assert_array_equal(ours[name], array, err_msg=name)
    assert (
        history.projected.arrays("p")["p.xy"].tolist()
        == Shapes.of(projected).arrays("p")["p.xy"].tolist()
    )
    with pytest.raises(ValueError, match="rows moved"):
        Shapes.of(shifted).mapped(lambda xy: xy[1:])
