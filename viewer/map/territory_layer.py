"""The map under its overlays: base layers and historical territories, drawn as one picture.

The scene paints none of the layers itself: the base layers are
:class:`~viewer.map.layer_items.LayerItem` in no scene, the territories plain records
(:class:`~viewer.map.layer_items.TerritoryRecords`; a territory's full path is made when asked
for and kept in a bounded store, :class:`~viewer.map.paths.FullPaths`):
:class:`TerritoryLayer` draws the visible ones, in order, into a picture of the view and then
only replays that picture. So a repaint for anything drawn above the map (labels, markers, the
selection) is one blit, whatever the number of territories; the picture is redrawn only when
the view, the layers switched on or the territories of the date change. Measured at 1920×1080
with the real data: the layers cost a full repaint 0.7 ms, where sixteen items with device
caches cost 3.4 ms, and memory holds one picture of the view instead of a pixmap per territory
(up to 96 MB of them, evicted and redrawn while scrubbing the century).

A change of date redraws the picture only where territories came or went (the base layers'
picture put back there, then the territories that reach it): most yearly steps change a
province or two, and redrawing the whole view cost 6-11 ms a change where this costs 3
(median, real data, 1920×1080, measured). It fades from the picture before to the picture
after, blending the two only there: a fade frame costs ~1 ms however many territories change.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimeLine, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from geodata.dataset import TerritoryDataset
from viewer.core import style as palette
from viewer.core.visibility import shown_territories
from viewer.map.layer_items import (
    LayerItem,
    StoredPathItem,
    TerritoryRecords,
    box,
    screen_pen,
)
from viewer.map.layer_picture import PictureKey, PictureRender, draw_items, restore_base
from viewer.map.paths import DetailedPaths
from viewer.map.view_overlay import ViewOverlay

FADE_MS = 180
FADE_FRAME_MS = 16
"""A fade frame is two blits (~1 ms), so fades run at a display's 60 Hz, not Qt's default 25."""
SLICE_MS = 4.0
"""The most a picture's slice may draw in one turn of the event loop, before the next item:
with the rest of a date change's frame (~10 ms of a 16 ms frame at 100 times the real data,
measured) it keeps the frame whole."""
PEN_MARGIN = 3
"""Pixels a feature's outline may reach beyond its geometry's box (the widest pen is 2 px)."""


class TerritoryLayer(ViewOverlay):
    """Draws the base layers and the territories valid on a day, and fades between days.

    After a change of date the new picture is drawn a slice of :data:`SLICE_MS` at a time,
    between the event loop's other work, and the fade to it starts once it is complete; so
    no frame waits for the whole picture, however many territories there are (at 100 times
    the real data a picture took 100-200 ms, measured). The picture waits for the change's
    frame (the timeline, the lists, the map's overlays): its owner starts it once that frame
    is painted (:meth:`start_picture`), drawing its first slice at once; so the frame of the
    change never carries its start or a slice (at 100x they were ~4 of its ~15 ms CPU,
    measured). With the real data it is drawn in one slice, and the fade starts as
    before. Changes of view and a layer without fades (tests, exports, benchmarks) draw the
    picture at once. Either way a date's picture is the picture before, redrawn where
    territories came or went; the view, the base layers or an item switched from outside
    redraw it whole.

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

    Signals
    -------
    pictureDrawn()
        The picture of what is shown now is complete (its fade starts, if any), so what is
        drawn over the map for the date (labels) may follow it.
    """

    pictureDrawn = Signal()

    def __init__(
        self,
        view_box: pg.ViewBox,
        dataset: TerritoryDataset,
        base: Iterable[LayerItem] = (),
        fade_ms: int = FADE_MS,
    ) -> None:
        super().__init__(view_box, -100)  # under the view box's other children (outlines, markers)
        self.dataset = dataset
        self.records = TerritoryRecords(dataset)
        """The territories' paths, pens, brushes and which are shown, in drawing order."""
        self._base = sorted(base, key=QGraphicsItem.zValue)
        self._under: list[QGraphicsItem] = []  # the user's map scans under the features
        self._base_pens = [screen_pen(item.pen()) for item in self._base]
        on_screen = {id(pen): screen_pen(pen) for pen in self.records.pens}  # one a look
        self._territory_pens = [on_screen[id(pen)] for pen in self.records.pens]
        self._detail = DetailedPaths(self.records.sources, self.records.paths)
        for item in self._base:
            item.canvas = self
        self._shown: frozenset[str] = frozenset()
        self._visible: list[int] | None = []  # indices of paths shown, sorted; None: unknown
        self._kind_hidden: frozenset[str] = frozenset()
        self._version = 0  # counts changes of what is drawn
        self._picture: tuple[PictureKey, QImage] | None = None  # (key, picture) last drawn
        self._base_picture: tuple[PictureKey, QImage] | None = None
        self._before: tuple[PictureKey, QImage] | None = None  # what a fade fades from
        self._changed = QRectF()  # where it differs from the picture now, in map metres
        self._pending = QRectF()  # where changes not yet in a picture are, in map metres
        self._whole = True  # the next picture is drawn whole: more than territories changed
        self._render: PictureRender | None = None  # the picture being drawn a slice at a time
        self._level: int | None = None  # the level of detail of the last whole picture
        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._continue_render)
        self._start_timer = QTimer(self, singleShot=True, interval=0)
        self._start_timer.timeout.connect(self._start_render)
        self._start_due = False  # a date's picture waits for its change's frame
        self.fade_timeline = QTimeLine(max(fade_ms, 1), self)
        """The running fade, if any (benchmarks play it frame by frame)."""
        self.fade_timeline.setUpdateInterval(FADE_FRAME_MS)
        self.fade_timeline.setEasingCurve(self.fade_timeline.easingCurve().Type.InOutQuad)
        self.fade_timeline.valueChanged.connect(self._on_fade_step)
        self.fade_timeline.finished.connect(self._end_fade)
        self.fade_ms = fade_ms
        self.slice_ms = SLICE_MS
        view_box.sigResized.connect(self._on_resized)

    @property
    def shown(self) -> frozenset[str]:
        """Ids currently drawn (or fading in)."""
        return self._shown

    @property
    def hidden_kinds(self) -> frozenset[str]:
        """Kinds the user switched off in the Layers dock."""
        return self._kind_hidden

    @property
    def rendering(self) -> bool:
        """Whether a picture is being drawn slice by slice, or about to be (its fade follows)."""
        return self._render is not None or self._start_timer.isActive() or self._start_due

    @property
    def waiting_for_frame(self) -> bool:
        """Whether a date's picture waits for its change's frame to be shown (the event loop
        is idle meanwhile, but for the change's own paint)."""
        return self._start_due

    def items(self, territory_id: str) -> list[StoredPathItem]:
        """A territory's paths as graphics items (snapshots made now)."""
        return self.records.items((territory_id,))

    def drawing_order(self) -> list[QGraphicsItem]:
        """The items the layer draws, in order: the base layers and the user's map scans
        lying under the features, shown or not, then the territories shown (snapshots made
        now, for exports: the layer keeps none; all 37,500 at 100 times the real data took
        170 ms to make, measured)."""
        records = self.records
        territories = (StoredPathItem(records, k) for k in self._visible_items())
        return [*self._base, *self._under, *territories]

    def set_under(self, items: Sequence[QGraphicsItem]) -> None:
        """Draw these map scans (as they are shown and faded) over the base, under the
        territories; the picture is redrawn only if that changes what it shows."""
        before = (self._under, self._under_key())
        self._under = list(items)
        if (self._under, self._under_key()) != before:
            self.redraw()

    def _under_key(self) -> tuple[float, ...]:
        return tuple(v for item in self._under for v in (item.isVisible(), item.opacity()))

    def show_day(self, day: int) -> None:
        """Show what is valid on *day* (an ordinal), respecting hidden kinds."""
        self._apply(shown_territories(self.dataset, day, self._kind_hidden))

    def set_hidden_kinds(self, kinds: frozenset[str], day: int) -> None:
        """Draw no feature of *kinds* (the Layers dock's unticked boxes), from *day* on."""
        self._kind_hidden = kinds
        self.show_day(day)

    def _apply(self, ids: frozenset[str]) -> None:
        """Diff against what is shown; touch only what changed (ndv's _apply_changes): the
        paths of the territories that came or went, by index arrays (path by path this was
        a sixth of a date change's CPU at 100 times the real data, measured)."""
        entering, leaving = ids - self._shown, self._shown - ids
        if not entering and not leaving:
            return
        self._shown = ids
        self.records.switch(entering, True)
        self.records.switch(leaving, False)
        self._visible = None
        self._version += 1
        changed = self.records.area(entering | leaving)  # the next picture is redrawn only there
        self._pending = self._pending.united(changed)
        if self._picture is None:
            self.update()
        elif self.fade_ms > 0:
            # The screen keeps what it shows until the new picture is drawn; the fade to it
            # then repaints only where territories came or went.
            if self._render is None:  # else it follows the picture under way
                self._start_due = True
        else:
            self.update(self._view_pixels(self._pending))

    def redraw(self) -> None:
        """What is drawn changed: draw the picture again at the next paint."""
        self._version += 1
        self._whole = True
        self.update()

    def start_picture(self) -> None:
        """Begin the picture of a date change, if one waits, and draw its first slice now:
        the change's frame is on screen (:class:`~viewer.map.map_view.MapView` calls this)."""
        if self._start_due:
            self._start_due = False
            self._start_render()
            self._render_timer.stop()
            self._continue_render()

    def finish_fades(self) -> None:
        """Complete a picture being drawn and jump every fade to its end (before an export
        or a measurement)."""
        if self._start_timer.isActive() or self._start_due:
            self._start_timer.stop()
            self._start_due = False
            self._start_render()
        while self._render is not None:
            self._continue_render(budget=math.inf)
        self._end_fade()

    def _end_fade(self) -> None:
        self.fade_timeline.stop()
        if self._before is not None:
            self._before = None
            self._update_changed()

    def _on_fade_step(self, _value: float) -> None:
        self._update_changed()

    def _update_changed(self) -> None:
        """Repaint where territories came or went."""
        self.update(self._view_pixels(self._changed))

    def _view_pixels(self, area: QRectF) -> QRectF:
        """Where an *area* in map metres is drawn, in the view box's pixels, pens included."""
        margin = PEN_MARGIN + 1  # and a pixel for rounding
        pixels: QRectF = self._vb.childTransform().mapRect(area)  # pyqtgraph has no type hints
        return pixels.adjusted(-margin, -margin, margin, margin)

    def _on_resized(self, *_: object) -> None:
        self.prepareGeometryChange()

    # ------------------------------------------------------------------ drawing slice by slice
    def _visible_items(self) -> list[int]:
        """The indices of the paths shown, in drawing order."""
        if self._visible is None:
            self._visible = np.flatnonzero(self.records.visible).tolist()
        return self._visible

    def _start_render(self) -> None:
        """Begin the picture of what is shown now, in the view last painted."""
        assert self._picture is not None  # a render follows a first, whole picture
        if self._picture[0][-1] == self._version:
            return  # a paint for a new view drew it whole meanwhile
        geometry = self._picture[0][:-1]
        base = self._base_picture
        if base is None or base[0] != self._base_key(geometry):  # the view or base changed
            self._pending = QRectF()
            self.update()
            return
        transform = QTransform(*geometry[3:])
        key = (*geometry, self._version)
        if self._whole:
            self._whole = False
            image = base[1].copy()
            self._render = PictureRender(
                key, image, transform, list(self._visible_items()), self._pending
            )
        else:  # only where territories came or went, over the picture before
            image = self._picture[1].copy()
            clip = self._restore(image, transform, self._pending)
            order = self._touching(transform, clip)
            self._render = PictureRender(key, image, transform, order, self._pending, clip)
        self._pending = QRectF()
        self._render_timer.start()

    def _restore(self, image: QImage, transform: QTransform, area: QRectF) -> QRectF:
        """Put the base layers' picture back over *image* where *area* (map metres) is drawn;
        returns that part of the picture, whole device pixels, for the territories to be
        drawn there again."""
        assert self._base_picture is not None
        ratio = image.devicePixelRatio()
        pixels = transform.mapRect(area).adjusted(-PEN_MARGIN, -PEN_MARGIN, PEN_MARGIN, PEN_MARGIN)
        device = QTransform.fromScale(ratio, ratio).mapRect(pixels).toAlignedRect()
        device = device.intersected(image.rect())
        clip = QTransform.fromScale(1 / ratio, 1 / ratio).mapRect(QRectF(device))
        restore_base(image, self._base_picture[1], clip)
        return clip

    def _areas_of(self, items: list[int]) -> QRectF:
        """Where *items* (paths) draw, in map metres."""
        return box(self.records.bounds[items])

    def _touching(self, transform: QTransform, clip: QRectF) -> list[int]:
        """The visible items that may draw inside *clip* (a part of the picture), in order.

        Their areas are mapped to pixels all at once (as ``QTransform.mapRect`` would, corner
        by corner) and tested as ``QRectF.intersects`` does, strict overlap: item by item
        this took 15 ms of a 100x date change's frame (~5,000 visible items, measured)."""
        visible = np.flatnonzero(self.records.visible)  # as _visible_items, kept an array
        if clip.isEmpty() or not len(visible):
            return []
        b = self.records.bounds[visible]
        xs, ys = b[:, [0, 2, 0, 2]], b[:, [1, 1, 3, 3]]  # the four corners
        px = transform.m11() * xs + transform.m21() * ys + transform.dx()
        py = transform.m12() * xs + transform.m22() * ys + transform.dy()
        m = PEN_MARGIN
        inside = (
            (px.min(axis=1) - m < clip.right())
            & (clip.left() < px.max(axis=1) + m)
            & (py.min(axis=1) - m < clip.bottom())
            & (clip.top() < py.max(axis=1) + m)
        )
        touching: list[int] = visible[inside].tolist()
        return touching

    def _continue_render(self, budget: float | None = None) -> None:
        """Draw the next slice (of :attr:`slice_ms`); once the picture is complete, fade to it."""
        render = self._render
        if render is None:
            return
        budget = self.slice_ms if budget is None else budget
        if not render.draw(self._detail, self._territory_pens, self.records.brushes, budget):
            self._render_timer.start()  # the rest after the event loop's other work
            return
        self._render = None
        self._pending = self._pending.united(self._areas_of(render.stand_ins))
        if self.fade_timeline.state() == QTimeLine.State.Running:
            render.area = render.area.united(self._changed)  # still fading there
        self._before = self._current_blend()
        self._picture = (render.key, render.image)
        self._changed = render.area
        self.fade_timeline.stop()
        self.fade_timeline.start()
        if render.key[-1] != self._version:  # the date moved on while it was drawn
            self._start_render()
        else:
            self.pictureDrawn.emit()

    # ------------------------------------------------------------------ painting
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        world = painter.worldTransform()
        target = world.mapRect(self.boundingRect())  # in the device's logical pixels
        ratio = painter.device().devicePixelRatioF()
        to_picture = self._vb.childTransform() * world
        to_picture *= QTransform.fromTranslate(-target.left(), -target.top())
        geometry = (target.width(), target.height(), ratio, *_coefficients(to_picture))
        picture = self._picture
        if (
            picture is None
            or picture[0][:-1] != geometry
            or (not self.rendering and picture[0][-1] != self._version)
        ):  # a new view, or a change drawn at once
            if picture is not None and self._patchable(geometry):
                self._patch(picture[1], QTransform(*geometry[3:]))
                picture = self._picture = ((*geometry, self._version), picture[1])
            else:  # the whole picture now
                self._render_timer.stop()
                self._start_timer.stop()
                self._start_due = False
                self._render = self._before = None
                self._pending = QRectF()
                picture = self._picture = ((*geometry, self._version), self._draw_now(geometry))
            QTimer.singleShot(0, self, self.pictureDrawn.emit)  # after this paint, not in it
        painter.save()
        painter.setWorldTransform(QTransform())  # blit 1:1, whatever the view's scaling
        origin = target.topLeft()
        before = self._before
        if before is None or before[0] != geometry:
            painter.drawImage(origin, picture[1])
        elif (opacity := self.fade_timeline.currentValue()) <= 0:
            painter.drawImage(origin, before[1])
        else:  # a cross-fade, only where the pictures differ
            painter.drawImage(origin, picture[1])
            changed = world.mapRect(self._vb.childTransform().mapRect(self._changed))
            painter.setClipRect(changed.adjusted(-3, -3, 3, 3), Qt.ClipOperation.IntersectClip)
            painter.setOpacity(1.0 - opacity)
            painter.drawImage(origin, before[1])
        painter.restore()

    def _patchable(self, geometry: PictureKey) -> bool:
        """Whether the picture, of this view, needs redrawing only where territories came or
        went: no fade holds it and the base layers are the same."""
        base = self._base_picture
        return (
            not self._whole
            and self._before is None
            and base is not None
            and base[0] == self._base_key(geometry)
        )

    def _patch(self, image: QImage, transform: QTransform) -> None:
        """Redraw *image* in place where territories came or went: a date change costs the
        area it changes, not the whole view (most change a province or two)."""
        clip = self._restore(image, transform, self._pending)
        order = self._touching(transform, clip)
        render = PictureRender((), image, transform, order, QRectF(), clip)
        render.draw(self._detail, self._territory_pens, self.records.brushes)
        self._pending = self._areas_of(render.stand_ins)

    def _draw_now(self, geometry: PictureKey) -> QImage:
        """The picture of the view: the base layers' picture, the territories drawn over it.

        The base picture is kept until the view or the base layers change, so a change of
        date draws only the territories (4 of 8 ms at 1920×1080 were the base, measured).
        """
        transform = QTransform(*geometry[3:])
        base_key = self._base_key(geometry)
        if self._base_picture is None or self._base_picture[0] != base_key:
            width, height, ratio = geometry[:3]
            image = QImage(
                QSize(max(round(width * ratio), 1), max(round(height * ratio), 1)),
                QImage.Format.Format_RGB32,  # opaque: the replay is a plain copy
            )
            image.setDevicePixelRatio(ratio)
            image.fill(QColor(palette.FRAME))
            draw_items(image, transform, self._base, self._base_pens)
            _draw_under(image, transform, self._under)
            self._base_picture = (base_key, image)
        render = PictureRender(
            (), self._base_picture[1].copy(), transform, self._visible_items(), QRectF()
        )
        render.draw(self._detail, self._territory_pens, self.records.brushes)
        self._level = render.level
        self._whole = False
        self._pending = self._areas_of(render.stand_ins)
        return render.image

    def warm(self, budget_ms: float) -> bool:
        """Make every territory's path at the view's level of detail, for up to *budget_ms*;
        whether all are made (False before the first picture).

        Called while the app is idle, so that a date showing a large territory for the first
        time does not build its path in that frame (~15 ms for the first jump to 1900,
        measured). Once they are, the parts of the picture drawn at full detail while they
        were being made are redrawn (:meth:`_redraw_stand_ins`); it is done when that is too.
        """
        if self._level is None or not self._detail.warm(self._level, budget_ms):
            return False
        return self._redraw_stand_ins()

    def _redraw_stand_ins(self) -> bool:
        """Redraw where paths not yet simplified were drawn full (a window opened at a date
        kept them until the first date change: a dashed border drawn solid), as a date change
        redraws where territories came or went: a slice at a time and faded in, or at the next
        paint without fades. The picture then equals one drawn whole. False while a picture
        is under way: it may have drawn stand-ins before the paths were made."""
        if self.rendering:
            return False
        if not self._pending.isEmpty() and self._picture is not None:
            self._version += 1
            if self.fade_ms > 0:
                self._start_timer.start()
                return False
            self.update(self._view_pixels(self._pending))
        return True

    def _base_key(self, geometry: PictureKey) -> PictureKey:
        return (*geometry, *(item.isVisible() for item in self._base), *self._under_key())

    def _current_blend(self) -> tuple[PictureKey, QImage] | None:
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


def _draw_under(image: QImage, transform: QTransform, items: Sequence[QGraphicsItem]) -> None:
    """Paint the map scans shown under the features over the base layers' picture."""
    painter = QPainter(image)
    try:
        painter.setTransform(transform)
        for item in items:
            if item.isVisible():
                painter.setOpacity(item.opacity())
                item.paint(painter, QStyleOptionGraphicsItem(), None)
    finally:
        painter.end()


def _coefficients(transform: QTransform) -> Sequence[float]:
    return (
        transform.m11(),
        transform.m12(),
        transform.m21(),
        transform.m22(),
        transform.dx(),
        transform.dy(),
    )
