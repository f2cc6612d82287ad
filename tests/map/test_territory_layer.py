"""The territory layer: levels of detail by zoom, and pictures drawn a slice at a time."""

import datetime as dt

import pytest
import shapely
import shapely.affinity
from PySide6.QtCore import Qt, QTimeLine
from PySide6.QtGui import QPainter, QRegion
from PySide6.QtWidgets import QApplication

from tests.map.frames import Paints, Turns
from viewer.map.labels import WARM_DAYS
from viewer.map.paths import (
    KEPT_FRACTION,
    PATH_BYTES,
    PATH_ELEMENT_BYTES,
    DetailedPaths,
    PathSources,
    Shape,
    detail_level,
    geometry_to_path,
    held_bytes,
    outline_path,
    simplified_path,
)


def _wiggly_polygon(vertices: int = 2000) -> shapely.Polygon:
    """A 100 km disc whose edge zigzags by 900 m: detail no whole-region pixel shows."""
    import numpy as np

    angle = np.linspace(0, 2 * np.pi, vertices, endpoint=False)
    radius = 100_000 - 900 * (np.arange(vertices) % 2)
    return shapely.Polygon(np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]))


@pytest.mark.parametrize(
    ("metres_per_pixel", "level"), [(0.5, 0), (2.0, 0), (4.0, 1), (3300.0, 10), (4100.0, 11)]
)
def test_the_level_simplifies_by_at_most_half_a_pixel(metres_per_pixel, level):
    assert detail_level(metres_per_pixel) == level
    assert 2.0**level <= max(metres_per_pixel / 2, 1.0)


def test_a_coarse_level_drops_vertices_a_pixel_cannot_show():
    polygon = _wiggly_polygon()
    path = simplified_path(polygon, detail_level(3300.0), outline=False)
    assert path is not None
    assert path.elementCount() < KEPT_FRACTION * shapely.get_num_coordinates(polygon)
    full = polygon.bounds
    bounds = path.boundingRect()
    assert bounds.left() == pytest.approx(full[0], abs=1650)  # within half a pixel
    assert bounds.right() == pytest.approx(full[2], abs=1650)


def test_a_fine_level_and_a_small_geometry_keep_the_full_path():
    assert simplified_path(_wiggly_polygon(), 0, outline=False) is None  # nothing to drop
    assert simplified_path(shapely.box(0, 0, 10_000, 10_000), 12, outline=False) is None


def test_paths_are_made_once_per_level_and_only_the_views_level_is_kept(qtbot):
    from PySide6.QtGui import QPainterPath

    polygon = _wiggly_polygon()
    full = QPainterPath()
    detail = DetailedPaths(PathSources.of([(polygon, False)]), [full])
    qtbot.waitUntil(lambda: detail.warm(11, budget_ms=100))
    first = detail.path(detail.at(11), 11, 0)
    assert first is not full and detail.path(detail.at(11), 11, 0) is first  # kept
    qtbot.waitUntil(lambda: detail.warm(0, budget_ms=100))
    assert detail.path(detail.at(0), 0, 0) is full  # zoomed in: the full path
    assert detail._level == 0  # the view's level only
    qtbot.waitUntil(lambda: detail.warm(11, budget_ms=100))
    assert detail.path(detail.at(11), 11, 0) is not first  # evicted, made again


def test_a_polygons_outline_strokes_its_fills_simplified_path(qtbot):
    from PySide6.QtGui import QPainterPath

    polygon, other = _wiggly_polygon(), shapely.affinity.translate(_wiggly_polygon(), 5e4)
    full = [QPainterPath() for _ in range(3)]
    detail = DetailedPaths(PathSources.of([(polygon, False), (polygon, True), (other, True)]), full)
    qtbot.waitUntil(lambda: detail.warm(11, budget_ms=100))
    paths = detail.at(11)
    fill, outline, alone = (detail.path(paths, 11, k) for k in range(3))
    assert outline is fill  # one path for the two
    assert alone is not fill and alone.elementCount() > 0  # another shape's own, simplified
    assert fill.elementCount() == simplified_path(polygon, 11, outline=False).elementCount()


def test_simplified_shapes_wait_as_arrays_and_make_the_same_paths(qtbot):
    from PySide6.QtGui import QPainterPath

    polygon = shapely.Polygon(
        shapely.get_coordinates(_wiggly_polygon().exterior),
        [shapely.get_coordinates(shapely.affinity.scale(_wiggly_polygon(), 0.5, 0.5).exterior)],
    )  # a hole, to fill by the even-odd rule
    line = shapely.LineString(shapely.get_coordinates(polygon.exterior)[:-1])
    sources = [(polygon, False), (polygon, True), (line, False), (polygon, True)]
    detail = DetailedPaths(PathSources.of(sources), [QPainterPath() for _ in sources])
    qtbot.waitUntil(lambda: detail.warm(11, budget_ms=100))
    shapes = detail.at(11)
    assert all(isinstance(shape, Shape) and shape.vertices > 0 for shape in shapes)
    assert shapes[1] is shapes[0]  # a fill's outline shares its arrays
    made = [detail.path(shapes, 11, k) for k in range(len(sources))]
    assert made[0] == simplified_path(polygon, 11, outline=False)
    assert made[2] == simplified_path(line, 11, outline=False)
    assert made[3] == simplified_path(polygon, 11, outline=True)  # an outline of its own


def test_simplified_paths_made_are_kept_within_their_bytes_the_least_recently_drawn_let_go(
    qtbot,
):
    from PySide6.QtGui import QPainterPath

    polygons = [shapely.affinity.translate(_wiggly_polygon(), 3e5 * k) for k in range(3)]
    sizes = [held_bytes(simplified_path(p, 11, outline=False)) for p in polygons]
    room = sizes[0] + sizes[1] + sizes[2] // 2  # two and a half paths
    detail = DetailedPaths(
        PathSources.of([(p, False) for p in polygons]), [QPainterPath()] * 3, room
    )
    qtbot.waitUntil(lambda: detail.warm(11, budget_ms=100))
    shapes = detail.at(11)
    assert list(detail._made) == [0, 1]  # warming made what fits, no more
    first = detail.path(shapes, 11, 0)
    assert detail.path(shapes, 11, 0) is first  # kept, and now drawn more recently than 1
    detail.path(shapes, 11, 2)  # over the bytes: the least recently drawn goes
    assert list(detail._made) == [0, 2]
    assert detail._made.bytes == sizes[0] + sizes[2]
    again = detail.path(shapes, 11, 1)
    assert again == simplified_path(polygons[1], 11, outline=False)  # made again, the same


def test_until_the_worker_has_simplified_a_path_the_full_one_is_drawn(qtbot):
    import threading

    from PySide6.QtGui import QPainterPath

    from viewer.map import paths as paths_module

    full = QPainterPath()
    detail = DetailedPaths(PathSources.of([(_wiggly_polygon(), False)]), [full])
    gate = threading.Event()
    paths_module._WORKER.submit(gate.wait, 10)  # the worker is busy: our task waits
    try:
        level_paths = detail.at(11)
        assert detail.path(level_paths, 11, 0) is full  # not waited for
        assert level_paths[0] is None and not detail.warm(11, budget_ms=100)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: detail.warm(11, budget_ms=100))
    assert detail.path(detail.at(11), 11, 0) is not full


@pytest.fixture
def fading(open_window):
    """A window whose map fades between dates, as the app's does."""
    return open_window(fade_ms=40)


def test_a_change_of_date_is_drawn_then_faded_in(fading, qtbot):
    layer = fading.map.territories
    fading.state.date = dt.date(1900, 6, 1)
    layer.finish_fades()
    qtbot.waitUntil(lambda: layer._picture is not None)
    before = layer._picture
    fading.state.date = dt.date(1920, 6, 1)  # the republic comes
    qtbot.waitUntil(lambda: not layer.rendering)
    assert layer._picture is not before  # the new picture is complete
    assert layer._picture[0][-1] == layer._version  # and shows the date now
    qtbot.waitUntil(lambda: layer.fade_timeline.state() == QTimeLine.State.NotRunning)
    assert layer._before is None


def test_a_picture_drawn_in_slices_is_the_picture_drawn_at_once(fading, qtbot):
    layer = fading.map.territories
    fading.state.date = dt.date(1900, 6, 1)
    layer.finish_fades()
    fading.map.viewport().repaint()
    layer.slice_ms = 0.0  # one path a slice
    slices = []
    layer._render_timer.timeout.connect(lambda: slices.append(1))
    fading.state.date = dt.date(1920, 6, 1)
    qtbot.waitUntil(lambda: not layer.rendering)
    assert slices  # it took more than one turn of the event loop
    sliced = layer._picture[1].copy()
    layer.finish_fades()
    layer._picture = None  # drawn again at once at the next paint
    fading.map.viewport().repaint()
    assert layer._picture[1] == sliced


def test_a_date_change_during_a_picture_is_drawn_after_it(fading, qtbot):
    layer = fading.map.territories
    fading.state.date = dt.date(1900, 6, 1)
    layer.finish_fades()
    fading.map.viewport().repaint()
    layer.slice_ms = 0.0
    fading.state.date = dt.date(1920, 6, 1)
    assert layer.rendering
    fading.state.date = dt.date(1900, 6, 1)  # back, before the first picture is complete
    qtbot.waitUntil(lambda: not layer.rendering)
    assert layer._picture[0][-1] == layer._version  # the last date's picture is shown


def test_paths_simplified_ahead_are_all_made_by_warming(qtbot):
    from PySide6.QtGui import QPainterPath

    polygons = [_wiggly_polygon(), shapely.box(0, 0, 10_000, 10_000), _wiggly_polygon(3000)]
    full = [QPainterPath() for _ in polygons]
    detail = DetailedPaths(PathSources.of([(p, False) for p in polygons]), full)
    qtbot.waitUntil(lambda: detail.warm(11, budget_ms=100))
    paths = detail.at(11)
    assert all(path is not None for path in paths)
    assert detail.path(paths, 11, 1) is full[1]  # too small to simplify: the full path
    assert list(detail._made) == [0, 2]  # the others made, once
    assert detail.path(paths, 11, 0) is detail._made[0] is not full[0]


def test_the_map_warms_while_idle_and_again_after_a_change(window, qtbot):
    qtbot.waitUntil(lambda: not window.map.warming, timeout=10_000)
    labels, day = window.map.labels, window.state.day
    ahead = [
        s
        for s in labels._static.specs
        if not s.start <= day < s.end and s.end > day - WARM_DAYS and s.start < day + WARM_DAYS
    ]
    assert ahead  # labels of other dates within the years warmed, never placed yet...
    for spec in ahead:  # ...already shaped, their sprites drawn
        assert (spec.names(spec.start).get("en"), spec.role, 0) in labels._shapes  # the usual shape
    window.state.date = dt.date(1905, 1, 1)
    assert window.map.warming
    qtbot.waitUntil(lambda: not window.map.warming, timeout=10_000)


def test_an_offscreen_map_stops_warming(qtbot, qapp, tiny_atlas):
    """An export's map is never shown: its idle work stops, also after a date change."""
    from viewer.export.snapshot import SnapshotRenderer

    renderer = SnapshotRenderer(tiny_atlas)
    qtbot.waitUntil(lambda: not renderer.map.warming)
    renderer.map.state.date = dt.date(1905, 1, 1)  # a date change restarts it...
    qtbot.waitUntil(lambda: not renderer.map.warming)  # ...and it stops again
    renderer.close()


def test_full_paths_are_made_when_asked_and_the_least_recently_used_let_go():
    from viewer.map.paths import FullPaths

    polygons = [_wiggly_polygon(100) for _ in range(3)]  # ~100 elements a path
    room = 2 * PATH_BYTES + 250 * PATH_ELEMENT_BYTES  # two paths and a half
    full = FullPaths(PathSources.of([(p, False) for p in polygons]), max_bytes=room)
    first, second = full[0], full[1]
    assert first.elementCount() >= shapely.get_num_coordinates(polygons[0])
    assert full[0] is first  # kept, and now used more recently than the second
    full[2]  # over the bound: the least recently used goes
    assert full[0] is first
    again = full[1]
    assert again is not second and again == second  # made again, the same path


def test_a_dates_labels_come_with_its_picture(fading, qtbot):
    layer, labels = fading.map.territories, fading.map.labels
    fading.state.date = dt.date(1900, 6, 1)
    layer.finish_fades()
    fading.map.viewport().repaint()
    before = labels.visible_texts
    layer.slice_ms = 0.0  # one path a slice
    fading.state.date = dt.date(1920, 6, 1)  # the republic comes
    assert layer.rendering and set(labels.visible_texts) <= set(before)  # none ahead of it
    qtbot.waitUntil(lambda: not layer.rendering)
    qtbot.waitUntil(lambda: not fading.map.labelling)
    assert "Republic" in labels.visible_texts  # the republic's picture and label together
    assert labels.visible_texts == _laid_out_again(labels)


def _laid_out_again(labels):
    labels._key = None
    labels.finish_layout()
    return labels.visible_texts


def _settled(window, qtbot):
    """Drawn, and done with idle work: a loaded machine may not have made the simplified
    paths yet, and their redraw of full-detail stand-ins would paint in the change's turn."""
    qtbot.waitUntil(lambda: not window.map.warming and not window.map.territories.rendering)
    window.map.viewport().repaint()
    QApplication.processEvents()


def test_a_date_change_that_changes_nothing_on_the_map_repaints_nothing(window, qtbot):
    window.state.date = dt.date(1960, 1, 1)
    _settled(window, qtbot)
    paints = Paints(window.map.viewport())
    window.state.date = dt.date(1961, 1, 1)  # the same union and sea line, no event near
    QApplication.processEvents()
    assert paints.regions == []


def test_a_date_change_redraws_only_where_territories_came_or_went(window, qtbot):
    layer = window.map.territories
    window.map.labels.setVisible(False)  # their layout may move anywhere
    window.state.date = dt.date(1918, 1, 1)
    _settled(window, qtbot)
    before = layer._picture[1].copy()
    paints = Paints(window.map.viewport())
    window.state.date = dt.date(1920, 6, 1)  # the republic comes
    QApplication.processEvents()
    patched = layer._picture[1].copy()
    republic = layer._view_pixels(layer.records.area(("republic",)))  # the picture's pixels too
    scene = window.map.view_box.mapRectToScene(republic)
    on_screen = window.map.mapFromScene(scene).boundingRect().adjusted(-2, -2, 2, 2)  # Qt's margin
    painted = QRegion()
    for region in paints.regions:
        painted = painted.united(region)
    assert not painted.isEmpty() and on_screen.contains(painted.boundingRect())
    assert patched != before
    assert _masked(patched, republic) == _masked(before, republic)  # the same elsewhere
    layer._picture = None  # drawn whole at the next paint
    window.map.viewport().repaint()
    assert layer._picture[1] == patched


def _area(layer, k):
    """Where path *k* may draw, in map metres."""
    from PySide6.QtCore import QPointF, QRectF

    x0, y0, x1, y1 = layer.records.bounds[k]
    return QRectF(QPointF(x0, y0), QPointF(x1, y1))


def _masked(image, rect):
    """*image* with *rect* painted over."""
    masked = image.copy()
    painter = QPainter(masked)
    painter.fillRect(rect, Qt.GlobalColor.magenta)
    painter.end()
    return masked


def test_an_outline_is_the_polygons_boundary_and_no_line_of_its_own():
    holed = shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(2, 2), (4, 2), (4, 4)]])
    polygons = shapely.MultiPolygon([holed, shapely.box(20, 0, 30, 5)])
    line = shapely.LineString([(0, 20), (30, 20)])
    assert outline_path(polygons) == geometry_to_path(shapely.boundary(polygons))
    assert outline_path(shapely.GeometryCollection([polygons, line])) == outline_path(polygons)


@pytest.mark.parametrize("scale", [(1e-4, -1e-4), (3e-3, 2e-3)])
def test_the_items_redrawn_in_a_part_are_those_whose_pixels_touch_it(window, scale):
    """The items tested at once are the items that Qt's rectangles, one by one, say may draw
    in the part of the picture redrawn (their pens' margin included)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QTransform

    from viewer.map.territory_layer import PEN_MARGIN

    layer = window.map.territories
    window.state.date = dt.date(1921, 1, 1)
    visible = layer._visible_items()
    assert len(visible) > 1
    transform = QTransform(scale[0], 0, 0, scale[1], 300.0, 400.0)
    areas = [transform.mapRect(_area(layer, k)) for k in visible]
    parts = [a.adjusted(a.width() / 3, 0, 0, -a.height() / 3) for a in areas]
    parts += [QRectF(0, 0, 5, 5), QRectF(-1e6, -1e6, 2e6, 2e6), QRectF()]
    outcomes = set()
    for clip in parts:
        expected = [
            k
            for k, a in zip(visible, areas, strict=True)
            if a.adjusted(-PEN_MARGIN, -PEN_MARGIN, PEN_MARGIN, PEN_MARGIN).intersects(clip)
        ]
        assert layer._touching(transform, clip) == expected
        outcomes.add(len(expected))
    assert len(outcomes) > 1  # some parts touch fewer items than others


def test_no_warming_step_runs_until_a_date_changes_frame_is_shown(window, qtbot, monkeypatch):
    """A step due while the change's frame is awaited (its handlers may outlast the timer's
    interval) waits: the frame and what follows it come first; steps resume after it."""
    steps = []
    monkeypatch.setattr(window.map.territories, "warm", lambda budget: steps.append(budget))
    window.state.date = dt.date(1905, 1, 1)
    window.map._warm_timer.timeout.emit()  # due while the change is still being drawn
    window.map._warm_timer.timeout.emit()
    assert steps == []
    assert window.map.warming  # postponed, not dropped
    with qtbot.waitSignal(window.map.frameShown):
        pass
    taken = len(steps)  # the timer's own, if one came due in the same turn
    window.map._warm_timer.timeout.emit()
    assert len(steps) == taken + 1


def test_warming_draws_the_labels_of_the_timelines_first_day_too(window, qtbot, monkeypatch):
    """A jump to the start (far from any date warmed around) finds its labels drawn."""
    from viewer.map import labels as labels_module

    window.state.date = dt.date(1990, 1, 1)
    labels, day = window.map.labels, window.state.day
    far = [s for s in labels._static.specs if s.end <= day - WARM_DAYS]
    assert far  # labels that ended long before the years warmed around the date
    first = far[0].start  # the tiny data's timeline "starts" with one of them
    monkeypatch.setattr(labels_module, "FIRST_DAY", first)
    labels._shapes.clear()
    labels._warm = ((), 0)
    window.map._warm_timer.start()
    qtbot.waitUntil(lambda: not window.map.warming, timeout=10_000)
    for spec in (s for s in labels._static.specs if s.start <= first < s.end):
        assert (spec.names(first).get("en"), spec.role, 0) in labels._shapes


@pytest.mark.parametrize("fade_ms", [0, 40])
def test_a_picture_drawn_before_its_paths_were_simplified_is_redrawn_once_they_are(
    qtbot, settings, fade_ms
):
    """A window opened straight at a date draws its first picture before the worker has
    simplified the paths: those drawn full (in 1946 the Uzbek SSR's dashed border, solid) are
    redrawn once the simplified ones are made, not at the first date change."""
    import threading

    from viewer.app.application import make_app
    from viewer.app.main_window import MainWindow
    from viewer.core.atlas import load_atlas
    from viewer.map import paths as paths_module

    make_app()
    settings.setValue("date", "1946-02-01")
    gate = threading.Event()
    paths_module._WORKER.submit(gate.wait, 60)  # nothing is simplified before the first paint
    try:
        window = MainWindow(load_atlas(), settings=settings, fade_ms=fade_ms)
        qtbot.addWidget(window)
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        layer = window.map.territories
        qtbot.waitUntil(lambda: layer._picture is not None)
        first = layer._picture[1].copy()
        assert not layer._pending.isEmpty()  # drawn with full paths standing in
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.map.warming, timeout=60_000)  # the real data's labels too
    qtbot.waitUntil(lambda: not layer.rendering and layer._before is None)
    window.map.viewport().repaint()
    assert window.state.date == dt.date(1946, 2, 1)
    assert layer._pending.isEmpty()
    redrawn = layer._picture[1].copy()
    assert redrawn != first  # the stand-ins were replaced...
    layer._picture = None  # ...and the picture is the one drawn whole
    window.map.viewport().repaint()
    assert layer._picture[1] == redrawn


@pytest.fixture
def real_layer(qtbot):
    """A territory layer of the real data, without fades, in a view of its own."""
    import pyqtgraph as pg

    from viewer.core.atlas import load_atlas
    from viewer.map.territory_layer import TerritoryLayer

    view = pg.GraphicsView()  # its scene owns the view box, and the layer in it
    qtbot.addWidget(view)
    view_box = pg.ViewBox(enableMenu=False)
    view.setCentralItem(view_box)
    yield TerritoryLayer(view_box, load_atlas().history, fade_ms=0)
    view.deleteLater()  # held until now (qtbot keeps only a weak reference)


def test_the_paths_shown_after_any_dates_and_kinds_are_those_of_the_features_shown(real_layer):
    """A layer switched date after date (and kind after kind) shows exactly the paths that
    records of the features then shown, switched on at once, would."""
    import random

    import numpy as np

    from geodata.loading import KINDS
    from viewer.core.visibility import shown_territories
    from viewer.map.layer_items import TerritoryRecords

    layer = real_layer
    history = layer.dataset
    rng = random.Random(17)
    days = history.change_days()
    hidden: frozenset[str] = frozenset()
    for _ in range(80):
        day = rng.choice(days) + rng.choice((-1, 0, 1))
        if rng.random() < 0.2:
            hidden = frozenset(rng.sample(sorted(KINDS), rng.randint(0, 2)))
            layer.set_hidden_kinds(hidden, day)
        else:
            layer.show_day(day)
        shown = shown_territories(history, day, hidden)
        assert layer.shown == shown
        fresh = TerritoryRecords(history)
        fresh.switch(shown, True)
        assert np.array_equal(layer.records.visible, fresh.visible)
        assert layer._visible_items() == np.flatnonzero(fresh.visible).tolist()
    assert 0 < len(layer._visible_items()) < len(layer.records)


def test_a_features_paths_are_its_fill_and_outline_and_draw_within_its_area(real_layer):
    layer = real_layer
    history = layer.dataset
    records = layer.records
    for territory, projected in zip(history, history.projected, strict=True):
        paths = records.indices((territory.id,)).tolist()
        kinds = [records.sources.outline(k) for k in paths]  # whether each is an outline
        assert kinds == ([False] if "LineString" in projected.geom_type else [False, True])
        area = records.area((territory.id,))
        assert area.contains(_area(layer, paths[0]))
        bounds = shapely.bounds(records.sources.geometry(paths[0]))
        assert area.left() <= bounds[0] and bounds[2] <= area.right()
    assert len({id(pen) for pen in records.pens}) < 100 < len(records)  # shared by looks
    items = layer.items("azerbaijan-ssr-1936")
    assert [item.isVisible() for item in items] == [False, False]  # snapshots of now
    layer.show_day(dt.date(1946, 2, 1).toordinal())
    assert [item.isVisible() for item in layer.items("azerbaijan-ssr-1936")] == [True, True]
    paths = [records.paths[k] for k in records.indices(("azerbaijan-ssr-1936",))]
    assert [item.path() for item in items] == paths


def test_an_exports_kept_picture_of_the_layers_follows_the_features_shown(window):
    """Exports are handed the territories shown (made when asked for), so their kept picture
    of the layers is told apart by which are shown, not by how many."""
    from PySide6.QtCore import QRectF

    from viewer.export.map_picture import MapPainter

    kept, layer = MapPainter(window.map), window.map.territories
    target = QRectF(0, 0, 400, 300)
    pictures = []
    for day, hidden in ((1919, frozenset()), (1921, frozenset({"state"}))):
        layer.set_hidden_kinds(hidden, dt.date(day, 1, 1).toordinal())  # the union, the republic
        assert len(layer.drawing_order()) == len(window.map.base_items) + 2  # fill and outline
        picture = kept._layers_image(target.size(), 1.0, kept._to_target(target)).copy()
        fresh = MapPainter(window.map)
        assert picture == fresh._layers_image(target.size(), 1.0, fresh._to_target(target))
        pictures.append(picture)
    assert pictures[0] != pictures[1]


def test_a_simplified_shape_not_of_the_geometrys_own_vertices_is_drawn_full(monkeypatch):
    from viewer.map import paths as paths_module

    polygon = _wiggly_polygon()
    assert paths_module._simplified_shape(polygon, 11, outline=False) is not None
    simplify = shapely.simplify

    def moved(geometry, tolerance):  # every vertex a metre off, its number kept
        return shapely.affinity.translate(simplify(geometry, tolerance), 1.0)

    monkeypatch.setattr(shapely, "simplify", moved)
    assert paths_module._simplified_shape(polygon, 11, outline=False) is None


def test_a_dates_picture_starts_turns_after_its_frame_is_painted(fading, qtbot):
    """Neither the change's frame nor the turn after it (what its paint queued) carries the
    picture's start or a slice of it."""
    layer, view = fading.map.territories, fading.map
    fading.state.date = dt.date(1900, 6, 1)
    layer.finish_fades()
    qtbot.waitUntil(lambda: not fading.map.warming)
    turns = Turns(view.viewport())
    view.frameShown.connect(lambda: turns.mark("shown"))
    fading.state.date = dt.date(1920, 6, 1)  # the republic comes: a picture to draw
    assert layer.rendering and layer._render is None  # waiting for the frame
    turns.run_until(lambda: layer._render is not None or not layer.rendering)  # started
    started = turns.turns_of("shown")[0]
    assert turns.turns_of("paint")  # the change's frame was painted...
    assert started >= turns.turns_of("paint")[0] + 2  # ...and the turn after it was not it
    qtbot.waitUntil(lambda: not layer.rendering)
    assert layer._picture[0][-1] == layer._version


def test_a_dates_picture_starts_when_nothing_is_painted(fading, qtbot):
    """A map not painted after a change (hidden here) still draws the date's picture."""
    layer = fading.map.territories
    fading.state.date = dt.date(1900, 6, 1)
    layer.finish_fades()
    fading.map.hide()
    fading.state.date = dt.date(1920, 6, 1)
    assert layer.rendering
    qtbot.waitUntil(lambda: not layer.rendering)
    assert layer._picture[0][-1] == layer._version
