"""Items that draw in their view box's own pixels, over the whole of it.

Territories, event markers and edge pointers are each one item painting many things (one
item, not one per feature: pyqtgraph's lesson), positioned in screen space rather than map
metres; they share how such an item sits in the view box.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsObject


class ViewOverlay(QGraphicsObject):
    """A child of *view_box* covering all of it, at depth *z* among its siblings."""

    def __init__(self, view_box: pg.ViewBox, z: float) -> None:
        super().__init__(view_box)
        self.setZValue(z)
        self._vb = view_box

    def boundingRect(self) -> QRectF:
        rect: QRectF = self._vb.boundingRect()  # pyqtgraph has no type hints
        return rect
