"""Event markers: what a date change repaints, and which marker a point hits."""

import random

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRectF

from viewer.core.atlas import load_atlas
from viewer.map.highlights import EventMarkers


@pytest.fixture
def markers(qtbot):
    """Markers of the real catalogue in a 1200×800 view of the map."""
    atlas = load_atlas()
    view = pg.GraphicsView()  # its scene owns the view box, and the markers in it
    qtbot.addWidget(view)
    view_box = pg.ViewBox(lockAspect=True, enableMenu=False)
    view.setCentralItem(view_box)
    view.resize(1200, 800)
    view_box.setRange(QRectF(4.0e6, 2.5e6, 2.5e6, 2.0e6), padding=0)
    yield EventMarkers(view_box, atlas.events, atlas.places)
    view.deleteLater()  # held until now (qtbot keeps only a weak reference)


def _extents(markers):
    """Each marker shown, by event id: its look and where it draws, one by one."""
    found = {}
    for event in markers.shown:
        k = markers._row[event.id]
        row = int(np.flatnonzero(markers._shown.index == k)[0])
        shown = markers._shown
        ring, _, size = markers._look(
            (event.category, int(shown.level[row]), event.is_disputed,
             event.id == markers.selected, event.importance == 1)
        )  # fmt: skip
        half = size / 2 + ring.widthF() + 1
        x, y = shown.x[row], shown.y[row]
        found[event.id] = (size, ring.widthF(), QRectF(x - half, y - half, 2 * half, 2 * half))
    return found


def test_a_date_change_repaints_the_markers_that_came_went_or_changed_and_no_other(
    markers, monkeypatch
):
    rng = random.Random(17)
    days = sorted({e.start for e in markers._events})
    repainted: list[QRectF] = []
    monkeypatch.setattr(markers, "update", lambda rect: repainted.append(QRectF(rect)))
    before = _extents(markers)
    changed_somewhere = False
    for n in range(60):
        markers.selected = rng.choice([e.id for e in markers.shown] or [""]) if n % 7 == 0 else ""
        markers.show_day(rng.choice(days) + rng.randint(-40, 40))
        after = _extents(markers)
        expected = {before[i][2].getRect() for i in before.keys() - after.keys()}
        expected |= {after[i][2].getRect() for i in after.keys() - before.keys()}
        for i in before.keys() & after.keys():
            if before[i] != after[i]:
                expected |= {before[i][2].getRect(), after[i][2].getRect()}
        assert {r.getRect() for r in repainted} == expected
        changed_somewhere |= bool(expected)
        repainted.clear()
        before = after
    assert changed_somewhere


def test_a_point_hits_the_nearest_marker_drawn_over_it(markers):
    import datetime as dt

    markers.show_day(dt.date(1946, 2, 1).toordinal())
    extents = _extents(markers)
    assert len(extents) > 3
    rng = random.Random(5)
    centres = [r.center() for _, _, r in extents.values()]
    points = [
        c + QPointF(rng.uniform(-8, 8), rng.uniform(-8, 8)) for c in centres for _ in range(3)
    ]
    hits = 0
    for point in points:
        inside = [
            ((r.center().x() - point.x()) ** 2 + (r.center().y() - point.y()) ** 2, i)
            for i, (_, _, r) in extents.items()
            if r.contains(point)
        ]
        expected = min(inside)[1] if inside else None
        assert markers.event_at(markers.mapToScene(point)) == expected
        hits += expected is not None
    assert 0 < hits < len(points)
