import datetime as dt
import functools
import operator

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction

from viewer.core.timeline import decimal_year


def test_window_opens_with_map_timeline_and_docks(window):
    assert "Caspian Atlas" in window.windowTitle()
    assert window.map.isVisible()
    assert window.timeline.isVisible()
    assert window.layers_dock.isVisible()
    assert window.events_dock.isVisible()
    titles = [a.menu().title() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Time", "&Help"]


def test_the_window_wears_the_application_icon(window):
    from PySide6.QtWidgets import QApplication

    from viewer import __version__

    icon = window.windowIcon()
    assert not icon.isNull()
    assert icon.cacheKey() == QApplication.windowIcon().cacheKey()  # the menu entry's icon
    assert QApplication.applicationVersion() == __version__


def test_clicking_the_timeline_sets_the_date_and_the_map_follows(window, qtbot):
    from PySide6.QtCore import QPointF

    from viewer.core.timeline import decimal_year

    plot = window.timeline.plot
    plot.box.setXRange(1920, 1932, padding=0)  # a month is wider than a pixel
    x = decimal_year(dt.date(1926, 7, 15))  # far from the fixture's event ticks
    pos = plot.mapFromScene(plot.box.mapViewToScene(QPointF(x, 10)))
    with qtbot.waitSignal(window.state.date_changed):
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert (window.state.date.year, window.state.date.month) == (1926, 7)
    assert window.map.territories.shown == {"union"}
    assert not any(item.isVisible() for item in window.map.territories.items("republic"))


def test_keyboard_steps_through_time(window, qtbot):
    window.state.date = dt.date(1930, 1, 1)
    window.map.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.state.date == dt.date(1930, 2, 1)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.state.date == dt.date(1931, 2, 1)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # next event: the ~1935 sea line
    assert window.state.date.year == 1935
    assert window.map.territories.shown == {"union", "sea-line"}


def test_go_to_date_with_ctrl_g(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    field = window.timeline.go_to.field
    assert field.hasFocus()
    qtbot.keyClicks(field, "12 Nov 1945")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.state.date == dt.date(1945, 11, 12)


def test_date_display_shows_both_calendars_and_old_style(window):
    window.state.date = dt.date(1907, 9, 1)
    assert window.timeline.display.gregorian.text() == "September 1907"
    assert "SH" in window.timeline.display.other.text()
    assert "Old Style" in window.timeline.display.other.text()
    window.state.date = dt.date(1946, 2, 1)
    assert "Bahman 1324 SH" in window.timeline.display.other.text()
    assert "Old Style" not in window.timeline.display.other.text()


def test_view_does_not_jump_when_the_date_or_layers_change(window):
    before = window.map.view_box.viewRange()
    for year in (1905, 1920, 1946, 1995):
        window.state.date = dt.date(year, 1, 1)
    window.kind_boxes["government"].setChecked(False)
    window.base_boxes["provinces"].setChecked(False)
    assert window.map.view_box.viewRange() == before


def test_layer_toggle_hides_a_kind(window):
    window.state.date = dt.date(1920, 7, 1)
    window.kind_boxes["government"].setChecked(False)
    assert "republic" not in window.map.territories.shown
    window.kind_boxes["government"].setChecked(True)
    assert "republic" in window.map.territories.shown


def test_place_names_follow_the_era_and_language(window, qtbot):
    from PySide6.QtCore import QRectF

    from geodata.projection import project_points

    xs, ys = project_points([48.5, 50.5], [36.8, 38.0])  # zoom in on Gilan
    window.map.view_box.setRange(QRectF(xs[0], ys[0], xs[1] - xs[0], ys[1] - ys[0]), padding=0)
    window.state.date = dt.date(1950, 1, 1)
    qtbot.waitUntil(lambda: "Bandar-e Pahlavi" in window.map.labels.visible_texts)
    window.state.date = dt.date(1990, 1, 1)
    assert "Bandar-e Pahlavi" not in window.map.labels.visible_texts  # never another era's name
    qtbot.waitUntil(lambda: "Anzali" in window.map.labels.visible_texts)
    window.state.language = "ru"
    assert "Anzali" not in window.map.labels.visible_texts
    qtbot.waitUntil(lambda: "Решт" in window.map.labels.visible_texts)


def test_zoom_and_reset(window):
    home = window.map.view_box.viewRange()
    window.map.zoom(2.0)
    zoomed = window.map.view_box.viewRange()
    assert zoomed[0][1] - zoomed[0][0] < home[0][1] - home[0][0]
    window.map.reset_view()
    assert functools.reduce(operator.iadd, window.map.view_box.viewRange(), []) == pytest.approx(
        functools.reduce(operator.iadd, home, [])
    )


def test_scale_bar_is_a_round_length(window):
    assert window.map.scale_bar.length_km in {v * 10**e for v in (1, 2, 5) for e in range(0, 4)}


def test_choosing_an_event_sets_date_details_outline_and_centre(window, qtbot):
    window.map.zoom(3.0)
    window.event_list.activate("republic-proclaimed-1920")
    assert window.state.date == dt.date(1920, 6, 1)
    assert window.state.selection == "republic-proclaimed-1920"
    assert "Republic proclaimed in Rasht" in window.details.text()
    assert window.map.outlines.groups["selected"] == {"republic"}
    (x0, x1), (y0, y1) = window.map.view_box.viewRange()
    from geodata.projection import project_points

    (x,), (y,) = project_points([49.58], [37.28])
    assert abs((x0 + x1) / 2 - x) < 1000 and abs((y0 + y1) / 2 - y) < 1000


@pytest.mark.parametrize("how", ["playback", "timeline tick", "details link", "list"])
def test_every_way_to_an_event_centres_its_place(window, how):
    """Go to event is one command: playback and the timeline's ticks used not to centre."""
    from geodata.projection import project_points

    window.map.zoom(3.0)
    window.state.date = dt.date(1920, 1, 1)
    if how == "playback":
        window.playback.go_next_event()
    elif how == "timeline tick":
        x = decimal_year(dt.date(1920, 6, 1))
        window.timeline.plot._on_time_picked(x, 0.0, click=True)
    elif how == "details link":
        window.details._on_anchor_clicked(QUrl("event:republic-proclaimed-1920"))
    else:
        window.event_list.activate("republic-proclaimed-1920")
    assert window.state.selection == "republic-proclaimed-1920"
    (x0, x1), (y0, y1) = window.map.view_box.viewRange()
    (x,), (y,) = project_points([49.58], [37.28])  # Rasht
    assert abs((x0 + x1) / 2 - x) < 1000 and abs((y0 + y1) / 2 - y) < 1000


def test_ctrl_f_searches_the_events(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.event_list.search.hasFocus()


def test_compare_outlines_what_changed(window, qtbot):
    window.state.date = dt.date(1920, 7, 1)
    assert window.map.outlines.groups["gained"] == frozenset()  # closed: no outlines
    action = next(a for a in window.findChildren(QAction) if "Compare" in a.text())
    action.trigger()
    qtbot.waitUntil(window.compare.isVisible)
    window.compare.set_other_date(dt.date(1910, 1, 1))
    qtbot.waitUntil(lambda: window.map.outlines.groups["gained"] == {"union", "republic"})
    assert window.map.outlines.groups["lost"] == {"empire"}
    window.compare_dock.close()
    qtbot.waitUntil(lambda: not window.map.outlines.groups["gained"])


def test_date_and_geometry_remembered(window, qtbot, tiny_atlas, settings):
    from viewer.app.main_window import MainWindow

    window.state.date = dt.date(1943, 11, 1)
    window.close()
    again = MainWindow(tiny_atlas, settings=settings, fade_ms=0)
    qtbot.addWidget(again)
    assert again.state.date == dt.date(1943, 11, 1)


def _widget_point(window, lon, lat):
    from PySide6.QtCore import QPointF

    from geodata.projection import project_points

    (x,), (y,) = project_points([lon], [lat])
    scene = window.map.view_box.mapViewToScene(QPointF(float(x), float(y)))
    return window.map.mapFromScene(scene)


def test_legend_lists_what_is_drawn_now(window):
    today = ["Today's borders (for orientation)", "Iran's provinces today (for orientation)"]
    window.state.date = dt.date(1920, 7, 1)
    window.legend.apply_rows()  # a date's rows wait for its frame; read now
    assert window.legend.texts == ["Union", "Republic", *today]
    window.state.date = dt.date(1925, 1, 1)
    window.legend.apply_rows()
    assert window.legend.texts == ["Union", *today]


def test_hovering_a_territory_shows_its_dates(window, qtbot):
    window.state.date = dt.date(1920, 7, 1)
    qtbot.mouseMove(window.map.viewport(), _widget_point(window, 49.5, 37.2))
    qtbot.waitUntil(lambda: "Republic" in window.map.toolTip())
    assert "June 1920 – September 1921" in window.map.toolTip()


def test_clicking_a_territory_selects_it(window, qtbot):
    window.state.date = dt.date(1920, 7, 1)
    with qtbot.waitSignal(window.map.territoryClicked) as blocker:
        qtbot.mouseClick(
            window.map.viewport(), Qt.MouseButton.LeftButton, pos=_widget_point(window, 48.8, 36.8)
        )
    assert blocker.args == ["republic"]
    assert window.state.selection == "republic"


def test_copy_map_puts_a_slide_sized_image_on_the_clipboard(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.state.date = dt.date(1920, 7, 1)
    copy = next(a for a in window.findChildren(QAction) if a.text() == "&Copy map")
    copy.trigger()
    image = QApplication.clipboard().image()
    assert (image.width(), image.height()) == (1920, 1080)
    assert "clipboard" in window.statusBar().currentMessage()


def test_events_near_the_date_light_up_and_can_be_clicked(window, qtbot):
    window.state.date = dt.date(1920, 12, 1)  # within half a year of both
    shown = {e.id for e in window.map.markers.shown}
    assert shown == {"republic-proclaimed-1920"}
    assert [tag.events for tag in window.map.pointers.tags] == [("treaty-1921",)]  # Moscow
    window.state.date = dt.date(1960, 1, 1)
    assert window.map.markers.shown == []
    assert window.map.pointers.tags == []
    window.state.date = dt.date(1920, 6, 1)
    with qtbot.waitSignal(window.map.eventClicked) as blocker:
        qtbot.mouseClick(
            window.map.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_widget_point(window, 49.58, 37.28),
        )
    assert blocker.args == ["republic-proclaimed-1920"]


def test_the_timeline_zoom_scales_the_highlight_window(window):
    window.state.date = dt.date(1921, 6, 1)
    window.map.set_event_window(20)
    assert window.map.markers.shown == []
    assert window.map.pointers.tags == []
    window.map.set_event_window(400)
    assert {e.id for e in window.map.markers.shown} >= {"republic-proclaimed-1920"}
    assert [tag.events for tag in window.map.pointers.tags] == [("treaty-1921",)]


def test_presentation_and_story_actions_are_in_the_menus(window):
    texts = {a.text().replace("&", ""): a for a in window.findChildren(QAction)}
    present = next(a for t, a in texts.items() if "Presentation mode" in t)
    assert present.shortcut().toString() == "F5"
    assert any("Open story" in t for t in texts)
    assert any("handout" in t.lower() for t in texts)


def test_closing_with_an_unsaved_story_can_be_cancelled(window, monkeypatch):
    monkeypatch.setattr(window.story_controller, "maybe_save", lambda: False)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(window.story_controller, "maybe_save", lambda: True)
    window.close()
    assert not window.isVisible()


def test_the_selection_is_outlined_only_while_the_feature_is_on_the_map(window):
    window.state.date = dt.date(1920, 7, 1)
    window.state.selection = "republic"  # valid June 1920 to September 1921
    assert window.map.outlines.groups["selected"] == {"republic"}
    window.state.date = dt.date(1941, 9, 1)
    assert window.map.outlines.groups["selected"] == frozenset()
    assert window.state.selection == "republic"  # still chosen: the details keep it
    window.state.date = dt.date(1921, 3, 1)  # back while it is still selected
    assert window.map.outlines.groups["selected"] == {"republic"}
