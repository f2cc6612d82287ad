"""The window on small screens: it fits 1024×600, opens inside the screen, gives the map the
whole window with one key, and returns to its first layout; Alt+← retraces jumps. On a short
screen the side column runs down beside the timeline, so the event list shows several cards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QStyleOptionViewItem, QTabBar

from viewer.app.docked_window import DETAILS_SHARE, WINDOW_FRAME
from viewer.app.i18n import install_language
from viewer.app.main_window import MainWindow
from viewer.core import commands
from viewer.panels.cards import HEADER_ROLE
from viewer.panels.event_list import ChipRow


def fresh_window(qtbot, tiny_atlas, settings) -> MainWindow:
    from viewer.app.application import make_app

    make_app()
    window = MainWindow(tiny_atlas, settings=settings, fade_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


NETBOOK = QRect(0, 0, 1024, 600 - 32)  # a 1024×600 screen with a 32-pixel panel


@pytest.fixture
def netbook(monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: NETBOOK)
    return NETBOOK


def test_on_a_netbook_the_whole_window_fits_and_the_map_keeps_most_of_it(
    qtbot, tiny_atlas, settings, netbook
):
    window = fresh_window(qtbot, tiny_atlas, settings)
    smallest = window.minimumSizeHint()
    assert smallest.width() + WINDOW_FRAME.width() <= netbook.width()
    assert smallest.height() + WINDOW_FRAME.height() <= netbook.height()
    assert netbook.contains(window.geometry())
    assert window.map.width() >= 0.6 * window.width()  # one column of docks, not two
    assert window.dockWidgetArea(window.layers_dock) == window.dockWidgetArea(window.events_dock)


def test_a_geometry_saved_on_a_large_monitor_reopens_inside_a_small_screen(
    qtbot, tiny_atlas, settings, netbook
):
    big = fresh_window(qtbot, tiny_atlas, settings)
    big.setGeometry(QRect(1900, 100, 1800, 1100))
    big.save_settings()
    window = fresh_window(qtbot, tiny_atlas, settings)
    assert netbook.contains(window.geometry())


def test_f9_gives_the_map_the_window_and_brings_the_same_docks_back(qtbot, tiny_atlas, settings):
    window = fresh_window(qtbot, tiny_atlas, settings)
    shown = {d.objectName() for d in (window.layers_dock, window.events_dock) if d.isVisible()}
    assert shown == {"layersDock", "eventsDock"}
    map_width = window.map.width()
    assert window.map_only_action.shortcut().toString() == "F9"
    window.map_only_action.trigger()
    assert not window.layers_dock.isVisible() and not window.events_dock.isVisible()
    assert window.timeline_dock.isVisible()  # the date stays in view
    qtbot.waitUntil(lambda: window.map.width() > map_width)
    window.map_only_action.trigger()
    assert window.layers_dock.isVisible() and window.events_dock.isVisible()


def test_reset_layout_brings_back_closed_docks(qtbot, tiny_atlas, settings):
    window = fresh_window(qtbot, tiny_atlas, settings)
    area = window.dockWidgetArea(window.layers_dock)
    window.details_dock.close()
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.layers_dock)
    reset = next(a for a in window.menuBar().findChildren(type(window.back_action))
                 if a.text() == "Reset &layout")  # fmt: skip
    reset.trigger()
    assert window.details_dock.isVisible()
    assert window.dockWidgetArea(window.layers_dock) == area


def test_alt_left_goes_back_to_where_the_user_was_before_a_jump(qtbot, tiny_atlas, settings):
    window = fresh_window(qtbot, tiny_atlas, settings)
    window.state.date = dt.date(1935, 3, 1)
    commands.go_to_event(window.state, tiny_atlas, "treaty-1921")
    assert window.state.date == dt.date(1921, 2, 26)
    window.state.date = dt.date(1921, 5, 1)  # a scrub is not a jump
    window.back_action.trigger()
    assert window.state.date == dt.date(1935, 3, 1)
    window.forward_action.trigger()
    assert window.state.date == dt.date(1921, 5, 1)
    with qtbot.waitSignal(window.statusBar().messageChanged) as told:
        window.forward_action.trigger()
    assert told.args == ["No jump to retrace that way"]


def _details_share(window: MainWindow) -> float:
    events, details = window.events_dock.height(), window.details_dock.height()
    return details / (events + details)


def test_on_a_desktop_details_opens_with_its_share_under_events(qtbot, tiny_atlas, settings):
    window = fresh_window(qtbot, tiny_atlas, settings)  # on the tests' 1920×1040 screen
    assert window.details_dock not in window.tabifiedDockWidgets(window.events_dock)
    qtbot.waitUntil(lambda: window.details_dock.height() >= 200)
    assert _details_share(window) == pytest.approx(DETAILS_SHARE, abs=0.03)


def test_reset_layout_gives_details_its_share_again(qtbot, tiny_atlas, settings):
    window = fresh_window(qtbot, tiny_atlas, settings)
    qtbot.waitUntil(lambda: window.details_dock.height() >= 200)
    window.resizeDocks([window.details_dock], [80], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: window.details_dock.height() < 150)
    reset = next(a for a in window.menuBar().findChildren(type(window.back_action))
                 if a.text() == "Reset &layout")  # fmt: skip
    reset.trigger()
    qtbot.waitUntil(lambda: _details_share(window) == pytest.approx(DETAILS_SHARE, abs=0.03))


def test_on_a_short_screen_details_is_a_tab_beside_events(qtbot, tiny_atlas, settings, netbook):
    window = fresh_window(qtbot, tiny_atlas, settings)
    assert window.details_dock in window.tabifiedDockWidgets(window.events_dock)
    assert not window.events_dock.visibleRegion().isEmpty()  # Events in front, as before
    assert window.details_dock.visibleRegion().isEmpty()


def _card_height(view) -> int:
    """The tallest event card the list draws (a group header is not a card)."""
    delegate, model = view.itemDelegate(), view.model()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    rows = (model.index(row, 0) for row in range(model.rowCount()))
    return max(delegate.sizeHint(option, i).height() for i in rows if not i.data(HEADER_ROLE))


def test_on_a_netbook_the_event_list_shows_three_cards_beside_the_timeline(
    qtbot, tiny_atlas, settings, netbook
):
    window = fresh_window(qtbot, tiny_atlas, settings)
    events, timeline = window.events_dock.geometry(), window.timeline_dock.geometry()
    assert events.bottom() > timeline.top()  # the column runs down beside the timeline
    assert not events.intersects(timeline)
    view = window.event_list.view
    assert view.viewport().height() >= 3 * _card_height(view)
    assert window.map.width() >= 0.6 * window.width()  # the map gave nothing up
    assert timeline.width() >= window.width() - events.width() - 10  # under the map, all of it
    qtbot.waitUntil(lambda: _tabs_whole(window))


def _tabs_whole(window: MainWindow) -> bool:
    """Whether the column's tabs (Layers, Events, Details) all show their labels whole."""
    tabs = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    return bool(tabs) and all(bar.width() >= bar.sizeHint().width() for bar in tabs)


def test_in_persian_the_column_widens_until_the_tab_labels_are_whole(
    qtbot, tiny_atlas, settings, netbook
):
    settings.setValue("language", "fa")
    install_language("fa")  # right to left, and the docks' Persian names
    try:
        window = fresh_window(qtbot, tiny_atlas, settings)
        assert window.isRightToLeft()
        end = window.dockWidgetArea(window.events_dock)
        assert end == Qt.DockWidgetArea.LeftDockWidgetArea
        qtbot.waitUntil(lambda: _tabs_whole(window))
        assert window.events_dock.geometry().bottom() > window.timeline_dock.geometry().top()
        assert window.map.width() >= 0.6 * window.width()
    finally:
        install_language("en")


def test_on_a_desktop_the_timeline_spans_the_whole_window(qtbot, tiny_atlas, settings):
    window = fresh_window(qtbot, tiny_atlas, settings)  # on the tests' 1920×1040 screen
    assert window.timeline_dock.width() >= window.width() - 2


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_on_a_netbook_the_chips_leave_the_event_list_three_cards_in_every_language(
    qtbot, tiny_atlas, settings, netbook, language
):
    settings.setValue("language", language)
    install_language(language)
    try:
        window = fresh_window(qtbot, tiny_atlas, settings)
        qtbot.waitUntil(lambda: _tabs_whole(window))  # the column at its settled width
        view = window.event_list.view
        chips = window.event_list.category_buttons.values()
        assert len({chip.y() for chip in chips}) <= ChipRow.MAX_LINES  # lines of chips
        assert view.viewport().height() >= 3 * _card_height(view)
    finally:
        install_language("en")
