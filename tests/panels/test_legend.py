"""The legend follows what the map draws, a row per feature, in the data's order."""

import datetime as dt

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
