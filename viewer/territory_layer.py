"""The map under its overlays: base layers and historical territories, drawn as one picture.

Every path is built once (pyqtgraph's customGraphicsItem pattern) and kept in a
:class:`LayerItem` that the scene never paints itself: :class:`TerritoryLayer` draws the
visible ones, in order, into a picture of the view and then only replays that picture. So a
repaint for anything drawn above the map (labels, markers, the selection) is one blit, whatever
the number of territories; the picture is redrawn only when the view, the layers switched on
or the territories of the date change. Measured at 1920×1080 with the real data: the layers
cost a full repaint 0.7 ms, where sixteen items with device caches cost 3.4 ms, and memory
holds one picture of the view instead of a pixmap per territory (up to 96 MB of them, evicted
and redrawn while scrubbing the century).

A change of date fades from the picture before to the picture after, blending the two only
where territories came or went: a fade frame costs ~1 ms however many territories change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimeLine, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from geodata.dataset import TerritoryDataset
from viewer import style as palette
from viewer.paths import geometry_to_path, outline_path
from viewer.style import FeatureStyle, territory_style

FADE_MS = 180
FADE_FRAME_MS = 16
"""A fade frame is two blits (~1 ms), so fades run at a display's 60 Hz, not Qt's default 25."""
FAST_PEN_WIDTH = 1.5
"""Without antialiasing a line narrower than this covers one pixel almost everywhere."""


def pen_for(style: FeatureStyle, width_scale: float = 1.0) -> QPen:
    """The outline pen of a style at its true width (exports, the legend's swatches)."""
    pen = QPen(QColor(style.colour), style.line_width * width_scale)
    pen.setCosmetic(True)  # pyqtgraph #533: wide non-cosmetic pens are slow
    if style.dash:
        pen.setDashPattern(list(style.dash))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def screen_pen(pen: QPen) -> QPen:
    """*pen* as the map draws it on screen, where nothing is antialiased.

    A cosmetic line under :data:`FAST_PEN_WIDTH` looks the same drawn 1 px wide, and at 1 px
    Qt strokes it on its fast path instead of filling an outline of the stroke: the USSR's
    4,700-vertex border took 11 ms at 1.2 px with round joins and 0.4 ms at 1 px (measured).
    Dashes keep their length in pixels.
    """
    if pen.widthF() >= FAST_PEN_WIDTH or pen.widthF() <= 1.0:
        return pen
    fast = QPen(pen)
    if pen.style() == Qt.PenStyle.CustomDashLine:
        fast.setDashPattern([d * pen.widthF() for d in pen.dashPattern()])
    fast.setWidthF(1.0)
    return fast


def brush_for(style: FeatureStyle) -> QBrush:
    """The fill of a style: translucent, hatched, or none."""
    colour = QColor(style.colour)
    if style.hatch:
        colour.setAlphaF(0.55)
        return QBrush(colour, Qt.BrushStyle.BDiagPattern)  # patterns are cosmetic in Qt 6
    if style.fill_alpha <= 0:
        return QBrush(Qt.BrushStyle.NoBrush)
    colour.setAlphaF(style.fill_alpha)
    return QBrush(colour)


class LayerItem(QGraphicsPathItem):
    """A path drawn by a :class:`TerritoryLayer`, not by the scene (it is in none).

    It keeps the path, pen, brush and z of a layer, as exports read them; switching it on
    or off (the Layers dock) redraws the layer's picture.
    """

    def __init__(self, path, pen: QPen | None = None, brush: QBrush | None = None) -> None:
        super().__init__(path)
        self.setPen(pen or QPen(Qt.PenStyle.NoPen))
        self.setBrush(brush or QBrush(Qt.BrushStyle.NoBrush))
        self.canvas: TerritoryLayer | None = None

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - the Qt name, called from Python
        if visible != self.isVisible():
            super().setVisible(visible)
            if self.canvas is not None:
                self.canvas.redraw()


def _make_items(geometry, style: FeatureStyle) -> list[LayerItem]:
    """A fill item and, for polygons, a separate outline so the stroke is not drawn twice."""
    if geometry.geom_type in ("Point", "MultiPoint"):
        geometry = geometry.buffer(9000)  # a site: a small disc of 9 km radius
    if geometry.geom_type in ("LineString", "MultiLineString"):
        return [LayerItem(geometry_to_path(geometry), pen_for(style))]
    fill = LayerItem(geometry_to_path(geometry), brush=brush_for(style))
    return [fill, LayerItem(outline_path(geometry), pen_for(style))]


class TerritoryLayer(QGraphicsObject):
    """Draws the base layers and the territories valid on a day, and fades between days.

    Signals
    -------
    shownChanged(frozenset)
        The ids drawn changed (after a date change or a layer toggle).

    Parameters
    ----------
    view_box
        The map's view box; the layer is its child and covers it, below every overlay.
    dataset
        The historical territories.
    base
        The base layers' items, drawn first, in z order.
    fade_ms
        Fade duration; 0 switches instantly (tests, exports).
    """

    shownChanged = Signal(object)

    def __init__(
        self,
        view_box: pg.ViewBox,
        dataset: TerritoryDataset,
        base: Iterable[LayerItem] = (),
        fade_ms: int = FADE_MS,
    ) -> None:
        super().__init__(view_box)
        self.setZValue(-100)  # under the view box's other children (outlines, markers)
        self._vb = view_box
        self.dataset = dataset
        self._items: dict[str, list[LayerItem]] = {}
        self._areas: dict[str, QRectF] = {}  # where each territory draws, in map metres
        ordered: list[tuple[float, int, LayerItem]] = []
        for territory, projected in zip(dataset, dataset.projected, strict=True):
            style = territory_style(territory)
            items = _make_items(projected, style)
            for item in items:
                item.setZValue(style.z)
                item.setVisible(False)
                ordered.append((style.z, len(ordered), item))
            self._items[territory.id] = items
            self._areas[territory.id] = _united(item.path().boundingRect() for item in items)
        self._base = sorted(base, key=QGraphicsItem.zValue)
        self._territory_items = [item for *_, item in sorted(ordered, key=lambda o: o[:2])]
        self._base_pens = [screen_pen(item.pen()) for item in self._base]
        self._territory_pens = [screen_pen(item.pen()) for item in self._territory_items]
        for item in (*self._base, *self._territory_items):
            item.canvas = self
        self._shown: frozenset[str] = frozenset()
        self._kind_hidden: set[str] = set()
        self._version = 0  # counts changes of what is drawn
        self._picture: tuple[tuple, QImage] | None = None  # (key, picture) last drawn
        self._base_picture: tuple[tuple, QImage] | None = None
        self._before: tuple[tuple, QImage] | None = None  # what a fade fades from
        self._changed = QRectF()  # where it differs from the picture now, in map metres
        self.fade_timeline = QTimeLine(max(fade_ms, 1), self)
        """The running fade, if any (benchmarks play it frame by frame)."""
        self.fade_timeline.setUpdateInterval(FADE_FRAME_MS)
        self.fade_timeline.setEasingCurve(self.fade_timeline.easingCurve().Type.InOutQuad)
        self.fade_timeline.valueChanged.connect(self._on_fade_step)
        self.fade_timeline.finished.connect(self.finish_fades)
        self.fade_ms = fade_ms
        view_box.sigResized.connect(self._on_resized)

    @property
    def shown(self) -> frozenset[str]:
        """Ids currently drawn (or fading in)."""
        return self._shown

    @property
    def hidden_kinds(self) -> frozenset[str]:
        """Kinds the user switched off in the Layers dock."""
        return frozenset(self._kind_hidden)

    def items(self, territory_id: str) -> list[LayerItem]:
        return self._items[territory_id]

    def drawing_order(self) -> list[LayerItem]:
        """Every item the layer draws, shown or not: the base layers, then the territories."""
        return [*self._base, *self._territory_items]

    def show_day(self, day: int) -> None:
        """Show what is valid on *day* (an ordinal), respecting hidden kinds."""
        ids = self.dataset.valid_ids(day)
        if self._kind_hidden:
            ids = frozenset(i for i in ids if self.dataset[i].kind not in self._kind_hidden)
        self._apply(ids)

    def set_kind_visible(self, kind: str, visible: bool, day: int) -> None:
        (self._kind_hidden.discard if visible else self._kind_hidden.add)(kind)
        self.show_day(day)

    def _apply(self, ids: frozenset[str]) -> None:
        """Diff against what is shown; touch only what changed (ndv's _apply_changes)."""
        entering, leaving = ids - self._shown, self._shown - ids
        if not entering and not leaving:
            return
        self._shown = ids
        self._set(entering, True)
        self._set(leaving, False)
        self._version += 1
        if self.fade_ms > 0 and self._picture is not None:
            # The screen shows the picture before until the fade's first step: nothing to
            # repaint now, and then only where territories came or went.
            area = self._changed if self._before is not None else QRectF()
            for territory_id in entering | leaving:
                area = area.united(self._areas[territory_id])
            self._before, self._changed = self._current_blend(), area
            self.fade_timeline.stop()
            self.fade_timeline.start()
        else:
            self.update()
        self.shownChanged.emit(ids)

    def _set(self, ids: Iterable[str], visible: bool) -> None:
        for territory_id in ids:
            for item in self._items[territory_id]:
                QGraphicsPathItem.setVisible(item, visible)  # one redraw for all, not each

    def redraw(self) -> None:
        """What is drawn changed: draw the picture again at the next paint."""
        self._version += 1
        self.update()

    def finish_fades(self) -> None:
        """Jump every running fade to its end (before an export or a measurement)."""
        self.fade_timeline.stop()
        if self._before is not None:
            self._before = None
            self._update_changed()

    def _on_fade_step(self, _value: float) -> None:
        self._update_changed()

    def _update_changed(self) -> None:
        """Repaint where territories came or went (in the view box's pixels, pens included)."""
        area = self._vb.childTransform().mapRect(self._changed)
        self.update(area.adjusted(-3, -3, 3, 3))

    def _on_resized(self, *_: object) -> None:
        self.prepareGeometryChange()

    # ------------------------------------------------------------------ painting
    def boundingRect(self) -> QRectF:
        return self._vb.boundingRect()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        world = painter.worldTransform()
        target = world.mapRect(self.boundingRect())  # in the device's logical pixels
        ratio = painter.device().devicePixelRatioF()
        to_picture = self._vb.childTransform() * world
        to_picture *= QTransform.fromTranslate(-target.left(), -target.top())
        geometry = (target.width(), target.height(), ratio, *_coefficients(to_picture))
        painter.save()
        painter.setWorldTransform(QTransform())  # blit 1:1, whatever the view's scaling
        origin = target.topLeft()
        before = self._before
        if before is None or before[0] != geometry:
            painter.drawImage(origin, self._picture_for(geometry, to_picture))
        elif (opacity := self.fade_timeline.currentValue()) <= 0:
            painter.drawImage(origin, before[1])  # the new picture is made at the next frame
        else:  # a cross-fade, only where the pictures differ
            painter.drawImage(origin, self._picture_for(geometry, to_picture))
            changed = world.mapRect(self._vb.childTransform().mapRect(self._changed))
            painter.setClipRect(changed.adjusted(-3, -3, 3, 3), Qt.ClipOperation.IntersectClip)
            painter.setOpacity(1.0 - opacity)
            painter.drawImage(origin, before[1])
        painter.restore()

    def _picture_for(self, geometry: tuple, to_picture: QTransform) -> QImage:
        """The picture of the view: the base layers' picture, the territories drawn over it.

        The base picture is kept until the view or the base layers change, so a change of
        date draws only the territories (4 of 8 ms at 1920×1080 were the base, measured).
        """
        key = (*geometry, self._version)
        if self._picture is None or self._picture[0] != key:
            base_key = (*geometry, *(item.isVisible() for item in self._base))
            if self._base_picture is None or self._base_picture[0] != base_key:
                width, height, ratio = geometry[:3]
                image = QImage(
                    QSize(max(round(width * ratio), 1), max(round(height * ratio), 1)),
                    QImage.Format.Format_RGB32,  # opaque: the replay is a plain copy
                )
                image.setDevicePixelRatio(ratio)
                image.fill(QColor(palette.FRAME))
                self._draw(image, to_picture, self._base, self._base_pens)
                self._base_picture = (base_key, image)
            image = self._base_picture[1].copy()
            self._draw(image, to_picture, self._territory_items, self._territory_pens)
            self._picture = (key, image)
        return self._picture[1]

    @staticmethod
    def _draw(
        image: QImage, transform: QTransform, items: list[LayerItem], pens: list[QPen]
    ) -> None:
        painter = QPainter(image)
        try:
            painter.setTransform(transform)
            for item, pen in zip(items, pens, strict=True):
                if item.isVisible():
                    painter.setPen(pen)
                    painter.setBrush(item.brush())
                    painter.drawPath(item.path())
        finally:
            painter.end()

    def _current_blend(self) -> tuple[tuple, QImage] | None:
        """What the screen shows now, to fade from: mid-fade, the two pictures blended."""
        picture, before = self._picture, self._before
        if picture is None or before is None or before[0] != picture[0][:-1]:
            return None if picture is None else (picture[0][:-1], picture[1])
        blend = before[1].copy()
        painter = QPainter(blend)
        try:
            painter.setOpacity(self.fade_timeline.currentValue())
            painter.drawImage(QPointF(0, 0), picture[1])
        finally:
            painter.end()
        return before[0], blend


def _united(rects: Iterable[QRectF]) -> QRectF:
    area = QRectF()
    for rect in rects:
        area = area.united(rect)
    return area


def _coefficients(transform: QTransform) -> Sequence[float]:
    return (
        transform.m11(),
        transform.m12(),
        transform.m21(),
        transform.m22(),
        transform.dx(),
        transform.dy(),
    )
