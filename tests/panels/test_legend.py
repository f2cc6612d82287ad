"""The legend follows what the map draws, a row per feature, in the data's order."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt


def test_the_legend_keeps_data_order_as_rows_come_and_go(window):
    order = [t.id for t in window.atlas.history]
    days = (dt.date(1900, 1, 1), dt.date(1920, 6, 1), dt.date(1990, 1, 1), dt.date(1920, 6, 1))
    for day in days:
        window.state.date = day
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
