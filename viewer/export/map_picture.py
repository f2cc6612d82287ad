"""The map of a composed picture: the offscreen map's scene painted into the page.

For raster pages the map's layers (base and historical, below every overlay) are drawn into
pictures that the next picture reuses: the base once per view, and the territories over a
copy of it once per set of features shown. An animation's months mostly show the same
features, and its base never changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import pyqtgraph.functions as fn
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem

from viewer.core import style
from viewer.map.map_view import MapView

PIECE = 100
"""Segments in one stroke of a long line wider than a pixel (:func:`_pieces`)."""


class MapPainter:
    """Paints a :class:`MapView`'s scene into a page, keeping pictures of its layers.

    Parameters
    ----------
    map_view
        The renderer's offscreen map, already showing the picture's date, layers and view.
    """

    def __init__(self, map_view: MapView) -> None:
        self.map = map_view
        self._base: tuple[tuple[object, ...], QImage] | None = None  # (key, the base layers)
        self._layers: tuple[tuple[object, ...], QImage] | None = None  # (key, all layers)

    def forget(self) -> None:
        """Drop the pictures kept (they hold megabytes at print sizes)."""
        self._base = self._layers = None

    def paint_layers(self, painter: QPainter, target: QRectF, raster: bool) -> None:
        """Paint the map's base and historical layers into *target*.

        Shapes are mapped to the page's coordinates before they are drawn, rather than drawn
        under a metres-to-page transform (which ``QGraphicsScene.render`` would do). Line
        widths and hatching then stay in page units (SVG readers disagree about non-scaling
        strokes, and an SVG pattern under that transform would be 8 metres wide), and pens
        keep their weight at any raster scale.

        For raster targets the layers come from their kept pictures (a frame took 180 ms, 90
        of them redrawing the territories; measured).
        """
        to_target = self._to_target(target)
        ratio = painter.device().devicePixelRatioF()
        painter.save()
        painter.setClipRect(target)
        if raster and all(float(v * ratio).is_integer() for v in (target.left(), target.top())):
            painter.drawImage(target.topLeft(), self._layers_image(target.size(), ratio, to_target))
        else:  # the map's own picture of its layers is a raster: draw their paths
            page = painter.worldTransform()
            to_target *= QTransform.fromTranslate(target.left(), target.top())
            data_to_target = self.map.view_box.childGroup.sceneTransform() * to_target
            for item in self.map.territories.drawing_order():
                paint_item(painter, item, data_to_target, page)
        painter.restore()

    def paint_overlays(self, painter: QPainter, target: QRectF, raster: bool) -> None:
        """Paint what the map draws above its layers (labels, event markers, outlines).

        On raster targets labels are drawn from their glyph-cache sprites, as on screen
        (filling their outlines took 90 ms a frame; measured).
        """
        to_target = self._to_target(target)
        to_target *= QTransform.fromTranslate(target.left(), target.top())
        painter.save()
        page = painter.worldTransform()
        painter.setClipRect(target)
        layers = self.map.territories
        self.map.labels.vector = not raster  # outlines scale with the page; sprites would blur
        for item in self.map.scene().items(Qt.SortOrder.AscendingOrder):
            if item is not layers:
                paint_item(painter, item, item.sceneTransform() * to_target, page)
        painter.restore()

    def _to_target(self, target: QRectF) -> QTransform:
        """From the map's scene to a rectangle of *target*'s size at the origin."""
        view = self.map.view_box
        source = QRectF(view.scenePos(), view.size())
        to_target = QTransform.fromTranslate(-source.left(), -source.top())
        return to_target * QTransform.fromScale(
            target.width() / source.width(), target.height() / source.height()
        )

    def _layers_image(self, size: QSizeF, ratio: float, to_target: QTransform) -> QImage:
        """The base and historical layers, antialiased: kept, and redrawn only as they change.

        The base layers' picture is kept apart, so that a change of the territories shown
        draws only the territories: at 1080p the 1946 territories take 64 ms and the base
        another 40 (measured), at every change of an animation.
        """
        (x0, x1), (y0, y1) = self.map.view_box.viewRange()
        to_image = self.map.view_box.childGroup.sceneTransform() * to_target
        base_ids = {id(item) for item in self.map.base_items.values()}
        items = self.map.territories.drawing_order()
        base = [item for item in items if id(item) in base_ids]
        territories = [item for item in items if id(item) not in base_ids]
        view_key = (size.width(), size.height(), ratio, x0, x1, y0, y1)
        base_key = (view_key, tuple(item.isVisible() for item in base))
        if self._base is None or self._base[0] != base_key:
            image = QImage(
                round(size.width() * ratio),
                round(size.height() * ratio),
                QImage.Format.Format_RGB32,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(QColor(style.FRAME))
            _draw_layers(image, base, to_image)
            self._base = (base_key, image)
        shown = self.map.territories.shown  # drawing_order lists only those of the territories
        key = (base_key, shown, tuple((item.isVisible(), item.opacity()) for item in territories))
        if self._layers is None or self._layers[0] != key:
            image = self._base[1].copy()
            _draw_layers(image, territories, to_image)
            self._layers = (key, image)
        return self._layers[1]


def _draw_layers(image: QImage, items: Sequence[QGraphicsItem], to_image: QTransform) -> None:
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for item in items:
            if isinstance(item, QGraphicsPathItem) and _strokes_apart(item):
                _paint_strokes_apart(painter, item, to_image)
            else:
                paint_item(painter, item, to_image, QTransform())
    finally:
        painter.end()


def _strokes_apart(item: QGraphicsPathItem) -> bool:
    """Whether *item*'s outline may be stroked one line at a time, looking the same.

    Qt strokes a long antialiased path wider than a pixel slowly: the country borders at 4K
    took 180 ms as one path and 23 ms line by line (measured). Drawn apart, lines that meet
    blend their edge pixels twice where they overlap; with an opaque pen (and the pieces of
    :func:`_pieces`) about 1,300 of the 8.3 million pixels of a 4K map differ, by at most a
    third of the way to the line's colour (measured), which no eye finds. A translucent pen
    (the graticule's) would darken its crossings, so it is stroked whole.
    """
    pen = item.pen()
    return (
        item.isVisible()
        and pen.style() != Qt.PenStyle.NoPen
        and pen.color().alpha() == 255
        and item.effectiveOpacity() == 1.0
    )


def _paint_strokes_apart(painter: QPainter, item: QGraphicsPathItem, transform: QTransform) -> None:
    """Paint a layer item (straight lines only) as :func:`paint_item` would, line by line.

    Lines wider than a device pixel are cut into pieces as well (:func:`_pieces`); thinner
    ones take Qt's fast path for hairlines, whole.
    """
    path = transform.map(item.path())
    painter.setWorldTransform(QTransform())
    painter.setOpacity(1.0)
    if item.brush().style() != Qt.BrushStyle.NoBrush:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(item.brush())
        painter.drawPath(path)
    pen = QPen(item.pen())
    pen.setCosmetic(False)  # its width is now in page pixels
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    wide = pen.widthF() * painter.device().devicePixelRatioF() > 1.0
    for polygon in path.toSubpathPolygons():
        if not wide:
            line = QPainterPath()
            line.addPolygon(polygon)
            painter.drawPath(line)
            continue
        for piece, length in _pieces(polygon):
            if pen.style() != Qt.PenStyle.SolidLine:
                dashed = QPen(pen)  # the dashes go on where the last piece left them
                dashed.setDashOffset(pen.dashOffset() + length / pen.widthF())
                painter.setPen(dashed)
            line = QPainterPath()
            line.addPolygon(piece)
            painter.drawPath(line)


def _pieces(polygon: QPolygonF) -> Iterator[tuple[QPolygonF, float]]:
    """A long line in pieces of :data:`PIECE` segments, each sharing its ends with the next,
    with the length of line before each.

    Stroking slows with a line's length, not only its vertices: the Soviet border (4,400
    vertices) took 97 ms at 4K in one stroke and 25 ms in pieces, the dashed lines of 1946
    84 ms and 35 (measured). Where pieces meet, two line ends overlap in place of a join,
    shading a few edge pixels differently (a few dozen pixels of millions).
    """
    if polygon.size() <= PIECE + 1:
        yield polygon, 0.0
        return
    xy = fn.ndarray_from_qpolygonf(polygon)
    lengths = np.concatenate(([0.0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))))
    for start in range(0, len(xy) - 1, PIECE):
        part = xy[start : start + PIECE + 1]
        yield fn.arrayToQPolygonF(part[:, 0], part[:, 1]), float(lengths[start])


def paint_item(
    painter: QPainter, item: QGraphicsItem, transform: QTransform, page: QTransform
) -> None:
    """Paint one item as the scene would, its path (if any) mapped to the page first.

    *transform* maps the item's coordinates to the target's.
    """
    if not item.isVisible() or item.effectiveOpacity() <= 0:
        return
    if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents:
        return
    painter.setOpacity(item.effectiveOpacity())
    if isinstance(item, QGraphicsPathItem):
        pen = QPen(item.pen())
        pen.setCosmetic(False)  # its width is now in page pixels
        painter.setWorldTransform(page)
        painter.setPen(pen)
        painter.setBrush(item.brush())
        painter.drawPath(transform.map(item.path()))
    else:
        painter.setWorldTransform(transform * page)
        item.paint(painter, QStyleOptionGraphicsItem(), None)
