import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QHelpEvent,
    QNativeGestureEvent,
    QPointingDevice,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip

from geodata.dates import Precision
from viewer.core.atlas import SPAN
from viewer.core.state import ViewState
from viewer.core.timeline import decimal_year
from viewer.core.visibility import highlight_window
from viewer.panels.date_display import HEADING_PT
from viewer.panels.strip_plot import EVENT_TOP, MIN_YEARS
from viewer.panels.timeline import TimelineStrip


@pytest.fixture
def state():
    return ViewState(*SPAN, date=dt.date(1930, 1, 1))


@pytest.fixture(autouse=True)
def _every_mouse_move(monkeypatch):
    # pyqtgraph drops moves closer than 10 ms apart; a test's moves come faster than a hand's.
    import pyqtgraph as pg

    monkeypatch.setitem(pg.CONFIG_OPTIONS, "mouseRateLimit", -1)


@pytest.fixture
def strip(qtbot, tiny_atlas, state):
    widget = TimelineStrip(tiny_atlas, state)
    qtbot.addWidget(widget)
    widget.resize(1200, widget.height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def at(strip, x: float, y: float) -> QPoint:
    """The viewport pixel of a point on the strip (x in years, y in row units)."""
    scene = strip.plot.box.mapViewToScene(QPointF(x, y))
    return strip.plot.mapFromScene(scene)


def wheel(strip, x: float, steps: int, horizontal: bool = False) -> None:
    pos = QPointF(at(strip, x, EVENT_TOP + 10))
    viewport = strip.plot.viewport()
    delta = QPoint(120 * steps, 0) if horizontal else QPoint(0, 120 * steps)
    event = QWheelEvent(
        pos, QPointF(viewport.mapToGlobal(pos.toPoint())), QPoint(), delta,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, event)


def double_click(strip, pos: QPoint, qtbot) -> None:
    """What a hand sends: a click, then a second press Qt reports as a double click, then its
    release (qtbot.mouseDClick alone sends the middle event only)."""
    viewport = strip.plot.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos)


WHOLE_SPAN = (1800.0, SPAN[1].year + SPAN[1].month / 12)
"""The strip's whole range in decimal years: to the end of the span's last month."""


def x_range(strip) -> tuple[float, float]:
    return tuple(strip.plot.box.viewRange()[0])


def y_range(strip) -> tuple[float, float]:
    return tuple(strip.plot.box.viewRange()[1])


def test_strip_shows_the_whole_timeline_with_its_eras_and_rows(strip):
    assert x_range(strip) == pytest.approx(WHOLE_SPAN)
    assert set(strip.plot.era_labels) == {
        "Qajar", "Pahlavi", "Islamic Republic", "Russian Empire", "Soviet", "Russian Federation",
    }  # fmt: skip
    assert all(label.isVisible() for label in strip.plot.era_labels.values())
    assert strip.plot.row_labels == [
        "Events", "States", "Governments", "Borders, sea", "Iran", "North",
    ]  # fmt: skip
    assert 150 <= strip.height() <= 190


def test_event_ticks_are_coloured_by_category_and_taller_when_major(strip, tiny_atlas):
    from viewer.core.style import CATEGORY_COLOURS
    from viewer.panels.strip_plot import TICK_HEIGHTS

    ticks = strip.plot.event_ticks
    assert set(ticks) == {"politics", "treaties", "borders"}
    for category, curve in ticks.items():
        assert curve.opts["pen"].color().name().lower() == CATEGORY_COLOURS[category].lower()
    x, y = ticks["treaties"].getData()
    assert x[0] == pytest.approx(decimal_year(dt.date(1921, 2, 26)))
    assert y.tolist() == [0, TICK_HEIGHTS[1]]
    assert ticks["borders"].getData()[1].tolist() == [0, TICK_HEIGHTS[2]]  # importance 2


def test_a_click_sets_the_date_to_the_nearest_month(strip, state, qtbot):
    strip.plot.box.setXRange(1945, 1955, padding=0)  # months several pixels wide
    with qtbot.waitSignal(strip.plot.box.timePicked):
        qtbot.mouseClick(
            strip.plot.viewport(), Qt.MouseButton.LeftButton, pos=at(strip, 1950.42, 60)
        )
    assert state.date == dt.date(1950, 6, 1)
    assert strip.plot.cursor.value() == pytest.approx(1950 + 5 / 12)


def test_a_click_on_an_event_tick_goes_to_the_event_and_selects_it(strip, state, qtbot):
    x = decimal_year(dt.date(1921, 2, 26))
    with qtbot.waitSignal(strip.plot.box.timePicked):
        qtbot.mouseClick(strip.plot.viewport(), Qt.MouseButton.LeftButton, pos=at(strip, x, 10))
    assert state.date == dt.date(1921, 2, 26)
    assert state.selection == "treaty-1921"


def test_a_drag_scrubs_through_the_months(strip, state, qtbot):
    strip.plot.box.setXRange(1925, 1950, padding=0)
    seen = []
    state.date_changed.connect(seen.append)
    viewport = strip.plot.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(strip, 1930, 60))
    for year in (1935, 1940, 1945.5):
        qtbot.mouseMove(viewport, at(strip, year, 60))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(strip, 1945.5, 60))
    assert state.date == dt.date(1945, 7, 1)
    assert dt.date(1940, 1, 1) in seen
    assert all(day.day == 1 for day in seen)


def test_the_wheel_zooms_time_only_within_the_limits(strip, qtbot, state):
    before_y = y_range(strip)
    wheel(strip, 1946, 3)
    low, high = x_range(strip)
    assert high - low < WHOLE_SPAN[1] - WHOLE_SPAN[0]
    assert low < 1946 < high  # zoomed around the pointer
    assert y_range(strip) == pytest.approx(before_y)
    first, last = strip.visible_window  # the map's event window follows the zoom
    assert state.window_days == highlight_window(first.toordinal(), last.toordinal()) < 1500
    for _ in range(40):
        wheel(strip, 1946, 5)
    low, high = x_range(strip)
    assert high - low == pytest.approx(MIN_YEARS, abs=0.01)
    assert y_range(strip) == pytest.approx(before_y)
    for _ in range(40):
        wheel(strip, 1946, -5)
    assert x_range(strip) == pytest.approx(WHOLE_SPAN)


def test_visible_window_reports_dates(strip):
    strip.plot.box.setXRange(1941, 1947, padding=0)
    assert strip.visible_window == (dt.date(1941, 1, 1), dt.date(1946, 12, 31))


def test_a_sideways_swipe_pans_and_a_double_click_shows_everything(strip, qtbot):
    strip.plot.box.setXRange(1940, 1950, padding=0)
    wheel(strip, 1945, -2, horizontal=True)
    low, high = x_range(strip)
    assert low > 1940
    assert high - low == pytest.approx(10)
    double_click(strip, at(strip, 1945, 60), qtbot)
    assert x_range(strip) == pytest.approx(WHOLE_SPAN)


def test_a_right_drag_pans_time(strip, qtbot):
    strip.plot.box.setXRange(1940, 1950, padding=0)
    viewport = strip.plot.viewport()
    grab, drop = at(strip, 1945, 60), at(strip, 1943, 60)
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=grab)
    qtbot.mouseMove(viewport, drop)
    qtbot.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=drop)
    assert x_range(strip) == pytest.approx((1942, 1952), abs=0.05)
    assert y_range(strip) == pytest.approx((0, strip.plot.top))


def test_a_pinch_zooms_time(strip):
    viewport = strip.plot.viewport()
    pos = QPointF(at(strip, 1946, 60))
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
        pos, pos, QPointF(viewport.mapToGlobal(pos.toPoint())), 1.0, QPointF(), 0,
    )  # fmt: skip
    QApplication.sendEvent(viewport, event)
    low, high = x_range(strip)
    assert high - low == pytest.approx((WHOLE_SPAN[1] - WHOLE_SPAN[0]) / 2, rel=0.01)
    assert y_range(strip) == pytest.approx((0, strip.plot.top))


def test_the_view_follows_the_date_when_it_leaves_the_window(strip, state):
    strip.plot.box.setXRange(1940, 1950, padding=0)
    state.date = dt.date(1955, 1, 1)
    low, high = x_range(strip)
    assert low < 1955 < high
    assert high - low == pytest.approx(10)
    state.date = dt.date(1960, 1, 1)  # in view: no jump
    assert x_range(strip) == (low, high)


def test_era_labels_stay_in_view_and_hide_where_they_cannot_fit(strip):
    strip.plot.box.setXRange(1950, 1960, padding=0)
    soviet = strip.plot.era_labels["Soviet"]
    assert soviet.isVisible()
    assert soviet.pos().x() >= 1950
    assert not strip.plot.era_labels["Qajar"].isVisible()
    strip.plot.box.setXRange(1924.5, 1926.5, padding=0)
    assert strip.plot.era_labels["Qajar"].isVisible()
    assert strip.plot.era_labels["Pahlavi"].isVisible()


def tooltip_at(strip, x: float, y: float) -> str:
    viewport = strip.plot.viewport()
    pos = at(strip, x, y)
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    text = QToolTip.text()
    QToolTip.hideText()
    return text


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_tooltips_say_what_is_under_the_pointer(strip):
    plot = strip.plot
    assert tooltip_at(strip, 1950, plot.top - 5).startswith("Pahlavi: from 15 December 1925")
    assert tooltip_at(strip, 1950, plot.top - 20).startswith("Soviet: from 7 November 1917")
    row = tooltip_at(strip, 1920.7, plot._row_y(1))
    assert row.startswith("Governments, ")
    assert "June 1920" in row
    event = tooltip_at(strip, decimal_year(dt.date(1921, 2, 26)), 10)
    assert "26 February 1921 — Treaty signed in Moscow (Treaties and law)" in event
    assert event.endswith("1921: 1 event")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1946", dt.date(1946, 1, 1)),
        ("1946-05", dt.date(1946, 5, 1)),
        ("12 Nov 1945", dt.date(1945, 11, 12)),
        ("1324 SH", dt.date(1945, 3, 21)),
    ],
)
def test_go_to_accepts_each_form_on_enter(strip, state, qtbot, text, day):
    field = strip.go_to.field
    qtbot.keyClicks(field, text)
    assert state.date == dt.date(1930, 1, 1)  # nothing happens before Enter
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert state.date == day
    assert not strip.go_to.error.isVisible()
    assert field.selectedText() == text


def test_go_to_rejects_junk_with_a_visible_error(strip, state, qtbot):
    field, error = strip.go_to.field, strip.go_to.error
    qtbot.keyClicks(field, "next tuesday")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert state.date == dt.date(1930, 1, 1)
    assert error.isVisible()
    assert "is not a date" in error.text()
    assert "1324 SH" in error.text()
    assert "border" in field.styleSheet()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # editing clears the error
    assert not error.isVisible()
    assert field.styleSheet() == ""


def test_go_to_rejects_a_date_outside_the_timeline(strip, state, qtbot):
    qtbot.keyClicks(strip.go_to.field, "1750")
    qtbot.keyClick(strip.go_to.field, Qt.Key.Key_Return)
    assert state.date == dt.date(1930, 1, 1)
    assert "outside the timeline" in strip.go_to.error.text()


def test_focus_go_to_puts_the_cursor_in_the_field(strip, qtbot):
    strip.go_to.field.setText("1946")
    strip.plot.setFocus()
    strip.focus_go_to()
    qtbot.waitUntil(strip.go_to.field.hasFocus)
    assert strip.go_to.field.selectedText() == "1946"


def test_the_date_display_follows_the_state(strip, state):
    state.date = dt.date(1907, 9, 1)
    assert strip.display.gregorian.text() == "September 1907"
    assert "Old Style" in strip.display.other.text()
    assert strip.plot.cursor.value() == pytest.approx(1907 + 8 / 12)


def test_a_long_date_shrinks_to_fit_the_column_and_a_short_one_keeps_its_size(strip, state):
    """A Russian reader's Old Style day, "(ст. ст.)" and all, was cut off at full size."""
    heading = strip.display.gregorian

    def fits() -> bool:
        needs = QFontMetricsF(heading.font()).horizontalAdvance(heading.text())
        return needs <= heading.contentsRect().width()

    state.language = "ru"
    state.set_date(dt.date(1908, 1, 15), Precision.DAY)
    assert "ст. ст." in heading.text()
    assert fits() and heading.font().pointSizeF() < HEADING_PT
    state.language = "en"
    state.date = dt.date(1946, 2, 1)
    assert fits() and heading.font().pointSizeF() == HEADING_PT


def test_a_double_click_shows_everything_and_keeps_the_date(strip, state, qtbot):
    strip.plot.box.setXRange(1940, 1950, padding=0)
    seen = []
    state.date_changed.connect(seen.append)
    double_click(strip, at(strip, 1945.5, 60), qtbot)
    assert x_range(strip) == pytest.approx(WHOLE_SPAN)
    assert state.date == dt.date(1930, 1, 1)  # the pair's first click is taken back
    assert seen in ([], [dt.date(1945, 7, 1), dt.date(1930, 1, 1)])


def test_a_single_click_moves_the_date_at_once(strip, state, qtbot):
    strip.plot.box.setXRange(1940, 1950, padding=0)
    qtbot.mouseClick(strip.plot.viewport(), Qt.MouseButton.LeftButton, pos=at(strip, 1945.5, 60))
    assert (state.date.year, state.date.month) == (1945, 7)  # no waiting for a second click
