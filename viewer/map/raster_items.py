"""The user's map scans on the map: under the historical features or over them, translucent.

A scan lies *under* the features by default: then it is drawn by the
:class:`~viewer.map.territory_layer.TerritoryLayer` into its picture, over the base map and
below the territories (the layer's picture is opaque, so nothing under the layer would show).
*Over* the features it is an ordinary item of the view box, below the outlines, markers and
labels. Either way exports find it where the map draws it (:mod:`viewer.export.map_picture`).
Which scans show, how opaque and where follow the model (:meth:`ViewState.raster_look`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from geodata.rasters import MapRaster
from viewer.core.frame import RasterLook
from viewer.core.visibility import shown_rasters
from viewer.map.territory_layer import TerritoryLayer

OVER_Z = -1
"""Among the view box's items: above nothing else of the map's, below outlines (800)."""


class RasterItem(QGraphicsItem):
    """One scan's picture, painted into its bounds in map metres."""

    def __init__(self, raster: MapRaster) -> None:
        super().__init__()
        self.raster = raster
        height, width = raster.image.shape[:2]
        self._image = QImage(  # the scan's own bytes, not a copy (up to 64 MB)
            raster.image.data, width, height, 4 * width, QImage.Format.Format_RGBA8888
        )
        x0, y0, x1, y1 = raster.bounds
        self._rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        self.setZValue(OVER_Z)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # Row 0 of the scan is its north, and the map's y axis points up: paint it mirrored.
        painter.translate(0, self._rect.top() + self._rect.bottom())
        painter.scale(1, -1)
        painter.drawImage(self._rect, self._image)
        painter.restore()


class RasterLayers:
    """Every scan of the atlas as an item, shown, faded and placed as the model says.

    Parameters
    ----------
    view_box
        The map's view box, where scans drawn over the features go.
    rasters
        The atlas's scans, in the order added (later ones above).
    territories
        The layer that draws the scans lying under the features.
    """

    def __init__(
        self, view_box: pg.ViewBox, rasters: Sequence[MapRaster], territories: TerritoryLayer
    ) -> None:
        self._vb = view_box
        self._territories = territories
        self.items = {r.id: RasterItem(r) for r in rasters}
        self._over: set[str] = set()

    @property
    def over(self) -> frozenset[str]:
        """Ids of the scans drawn over the historical features."""
        return frozenset(self._over)

    def show(self, day: int, look: Callable[[str], RasterLook]) -> None:
        """Show the scans valid on *day* (an ordinal), each with its *look* in the model."""
        shown = set(shown_rasters((i.raster for i in self.items.values()), day, look))
        for raster_id, item in self.items.items():
            wanted = look(raster_id)
            item.setOpacity(wanted.opacity)
            item.setVisible(raster_id in shown)
            if wanted.over and raster_id not in self._over:
                self._over.add(raster_id)
                self._vb.addItem(item, ignoreBounds=True)
            elif not wanted.over and raster_id in self._over:
                self._over.discard(raster_id)
                self._vb.removeItem(item)
        self._territories.set_under(
            [item for raster_id, item in self.items.items() if raster_id not in self._over]
        )
