"""The map's furniture reads in the map's own language, whatever the window's direction."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem


def _drawn(bar, direction: Qt.LayoutDirection) -> QImage:
    """The bar as a view whose widget has *direction* paints it (the painter inherits it)."""
    rect = bar.boundingRect()
    image = QImage(int(rect.right()) + 10, int(rect.bottom()) + 10, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setLayoutDirection(direction)
    try:
        bar.paint(painter, QStyleOptionGraphicsItem())
    finally:
        painter.end()
    return image


def test_an_english_scale_bar_reads_500_km_in_a_right_to_left_window(window):
    bar = window.map.scale_bar
    assert bar.language == "en"
    left_to_right = _drawn(bar, Qt.LayoutDirection.LeftToRight)
    right_to_left = _drawn(bar, Qt.LayoutDirection.RightToLeft)  # a Persian window
    assert right_to_left == left_to_right  # not 'km 500'
