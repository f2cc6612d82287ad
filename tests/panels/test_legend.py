"""The legend follows what the map draws, a row per feature, in the data's order."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt


def test_the_legend_keeps_data_order_as_rows_come_and_go(window):
    order = [t.id for t in window.atlas.history]
    days = (dt.date(1900, 1, 1), dt.date(1920, 6, 1), dt.date(1990, 1, 1), dt.date(1920, 6, 1))
    for day in days:
        window.state.date = day
        window.legend.apply_rows()  # a date's rows wait for its frame; read now
        shown = window.map.territories.shown
        rows = [
            window.legend.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(window.legend.count())
        ]
        assert rows == [
            *(i for i in order if i in shown),
            "base:countries",
            "base:provinces",
        ]  # today's lines last, named as such


def test_the_layer_boxes_are_never_clipped_however_narrow_the_dock(window):
    """The boxes scroll vertically on a short screen, but their names are never cut."""
    for box in (*window.kind_boxes.values(), *window.base_boxes.values()):
        assert window.layers.minimumSizeHint().width() >= box.sizeHint().width()


def _asked_tooltip(legend, row):
    """A row's tooltip once the viewport is asked for it, as a hovering pointer asks."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    centre = legend.visualItemRect(legend.item(row)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, legend.viewport().mapToGlobal(centre))
    QApplication.sendEvent(legend.viewport(), event)
    QToolTip.hideText()
    return legend.item(row).toolTip()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_a_rows_tooltip_tells_its_dates_in_the_language_when_asked(window):
    from viewer.core.describe import validity_text

    window.state.date = dt.date(1990, 1, 1)
    legend = window.legend
    legend.scrollToTop()
    feature = window.atlas.history[legend.item(0).data(Qt.ItemDataRole.UserRole)]
    english = _asked_tooltip(legend, 0)
    assert english.splitlines()[0] == validity_text(feature, "en")
    assert f"Boundary: {feature.boundary_precision}" in english.splitlines()
    window.state.language = "ru"
    assert _asked_tooltip(legend, 0).splitlines()[0] == validity_text(feature, "ru")


def test_any_change_of_the_set_lists_the_features_in_order_named_and_drawn(qtbot, tiny_atlas):
    """From every set of features to every other: rows come and go in runs, and each run
    must land between the right neighbours, named in the language, with its swatch."""
    from itertools import combinations

    from viewer.core.atlas import SPAN
    from viewer.core.describe import marked_name
    from viewer.core.state import ViewState
    from viewer.panels.legend import LegendList

    history = tiny_atlas.history
    order = [t.id for t in history]
    state = ViewState(*SPAN)
    state.language = "fa"
    legend = LegendList(history, state)
    qtbot.addWidget(legend)
    sets = [frozenset(c) for n in range(len(order) + 1) for c in combinations(order, n)]
    for before in sets:
        for after in sets:
            legend.show_ids(before)
            legend.show_ids(after)
            features = len(after)
            ids = [legend.item(r).data(Qt.ItemDataRole.UserRole) for r in range(features)]
            assert ids == [i for i in order if i in after], (sorted(before), sorted(after))
            names = [marked_name(history[i], "fa") for i in ids]
            assert legend.texts[:features] == names
            assert all(not legend.item(r).icon().isNull() for r in range(features))
            tail = [
                legend.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(features, legend.count())
            ]
            assert tail == ["base:countries", "base:provinces"]  # today's lines stay last


def _row_heights(legend):
    legend.doItemsLayout()
    return [legend.visualItemRect(legend.item(r)).height() for r in range(legend.count())]


def test_rows_keep_the_size_they_are_measured_afresh_whatever_the_font_or_width(qtbot, tiny_atlas):
    """Sizes are kept by name; a narrower list, a larger font or swatch must measure again."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QStyledItemDelegate

    from viewer.core.atlas import SPAN
    from viewer.core.state import ViewState
    from viewer.panels.legend import SWATCH, LegendList

    legend = LegendList(tiny_atlas.history, ViewState(*SPAN))
    qtbot.addWidget(legend)
    legend.show_ids(frozenset(t.id for t in tiny_atlas.history))
    legend.resize(400, 300)
    legend.show()
    kept, heights = legend.itemDelegate(), []
    for change in (
        lambda: None,
        lambda: legend.resize(90, 300),  # names wrap
        lambda: legend.setIconSize(SWATCH * 4),
        lambda: legend.setFont(QFont(legend.font().family(), 30)),
    ):
        change()
        heights.append(_row_heights(legend))
        legend.setItemDelegate(QStyledItemDelegate(legend))
        assert heights[-1] == _row_heights(legend)  # as Qt measures them
        legend.setItemDelegate(kept)
    wide, narrow, swatched, large = (sum(h) for h in heights)
    assert wide < narrow < swatched < large, heights


def _row_ids(legend):
    return [legend.item(r).data(Qt.ItemDataRole.UserRole) for r in range(legend.count())]


def test_a_dates_rows_come_after_its_frame_and_only_the_last_of_rapid_changes(window, qtbot):
    """The rows of a date never lengthen its change's frame, and rows of dates already
    left are never listed; once idle the legend lists what the map shows."""
    legend = window.legend
    window.state.date = dt.date(1900, 1, 1)
    legend.apply_rows()
    before = _row_ids(legend)
    listed = []  # the days whose rows were listed
    show_ids = legend.show_ids

    def recorded(ids):
        listed.append(window.state.day)
        show_ids(ids)

    legend.show_ids = recorded
    for day in (dt.date(1920, 7, 1), dt.date(1925, 1, 1), dt.date(1990, 1, 1)):
        window.state.date = day
    assert _row_ids(legend) == before and not listed  # not in the changes' frame
    shown = window.map.territories.shown
    qtbot.waitUntil(lambda: bool(listed))
    assert listed == [window.state.day]
    order = [t.id for t in window.atlas.history]
    assert [i for i in _row_ids(legend) if not i.startswith("base:")] == [
        i for i in order if i in shown
    ]


def test_a_dates_rows_wait_for_its_picture_drawn_slice_by_slice(open_window, qtbot, monkeypatch):
    """With large data the date's picture takes many slices: its rows come with its labels,
    once it is drawn, never while the map still shows the date before."""
    from viewer.map.layer_picture import PictureRender

    window = open_window(fade_ms=180)
    legend, territories = window.legend, window.map.territories
    window.state.date = dt.date(1900, 1, 1)
    qtbot.waitUntil(lambda: not territories.rendering and not window.map.labelling)
    legend.apply_rows()
    order: list[str] = []
    draw = PictureRender.draw

    def sliced(render, *args, **kwargs):
        order.append("slice")
        return draw(render, *args, **kwargs)

    monkeypatch.setattr(PictureRender, "draw", sliced)
    territories.pictureDrawn.connect(lambda: order.append("picture"))
    window.map.pictureShown.connect(lambda: order.append("shown"))
    show_ids = legend.show_ids

    def recorded(ids):
        order.append("rows")
        show_ids(ids)

    legend.show_ids = recorded
    territories.slice_ms = 0.0  # a path a slice: over many turns
    window.state.date = dt.date(1920, 7, 1)  # the republic comes
    qtbot.waitUntil(lambda: "shown" in order)
    slices = order.count("slice")
    assert slices > 1
    assert order == ["slice"] * slices + ["picture", "rows", "shown"]  # legend connected first
    features = [i for i in _row_ids(legend) if not i.startswith("base:")]
    assert features == [t.id for t in window.atlas.history if t.id in territories.shown]


def test_a_legend_of_its_own_lists_a_dates_rows_in_the_next_turn(qtbot, tiny_atlas):
    from PySide6.QtWidgets import QApplication

    from viewer.core.atlas import SPAN
    from viewer.core.state import ViewState
    from viewer.core.visibility import shown_territories
    from viewer.panels.legend import LegendList

    state = ViewState(*SPAN, date=dt.date(1900, 1, 1))
    legend = LegendList(tiny_atlas.history, state)
    qtbot.addWidget(legend)
    before = _row_ids(legend)
    state.date = dt.date(1920, 7, 1)
    assert _row_ids(legend) == before
    QApplication.processEvents()
    shown = shown_territories(tiny_atlas.history, state.day, state.hidden_kinds)
    assert {i for i in _row_ids(legend) if not i.startswith("base:")} == shown != set(before)
