"""Pictures of the map's layers, drawn at once (the base) or a slice at a time (territories)."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsPathItem

from viewer.map.paths import DetailedPaths, detail_level

PictureKey = tuple[float, ...]
"""What a picture shows: its width, height, pixel ratio and the map-to-picture transform's six
coefficients, then what of the layers is drawn (a version count, or which are switched on)."""


def draw_items(
    image: QImage, transform: QTransform, items: Sequence[QGraphicsPathItem], pens: Sequence[QPen]
) -> None:
    """Draw the visible *items* over *image*, each with its brush and the given pen."""
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


def restore_base(image: QImage, base: QImage, clip: QRectF) -> None:
    """Copy the base layers' picture over *image* inside *clip* (logical pixels), so that the
    territories can be drawn again there alone."""
    painter = QPainter(image)
    try:
        painter.setClipRect(clip)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.drawImage(QPointF(0, 0), base)
    finally:
        painter.end()


class PictureRender:
    """Paths drawn over a picture in order, as many as a time budget allows at each call.

    The paths are simplified to the picture's pixel size (:class:`~viewer.map.paths.DetailedPaths`).
    With a *clip* only the picture's pixels inside it are drawn: a date change redraws where
    territories came or went over the picture before, not the whole view.

    Parameters
    ----------
    key
        What the picture shows (the view and the version of what is drawn).
    image
        The picture to draw on (a copy of the base layers' picture).
    transform
        Map metres to the picture's logical pixels.
    order
        Indices of the paths to draw, in drawing order.
    area
        Where the picture differs from the one it replaces, in map metres.
    clip
        The part of the picture to draw, in its logical pixels (the base layers already
        restored there: :func:`restore_base`), or None for all.
    """

    __slots__ = (
        "_next",
        "area",
        "clip",
        "image",
        "key",
        "level",
        "order",
        "stand_ins",
        "transform",
    )

    def __init__(
        self,
        key: PictureKey,
        image: QImage,
        transform: QTransform,
        order: list[int],
        area: QRectF,
        clip: QRectF | None = None,
    ) -> None:
        self.key, self.image, self.transform = key, image, transform
        self.order, self.area, self.clip = order, area, clip
        self._next = 0
        self.stand_ins: list[int] = []
        """The paths drawn full as not yet simplified: the picture differs there (by at most
        half a pixel) from one drawn later, so the next redraws them."""
        pixel = 1.0 / max(abs(transform.m11()) * image.devicePixelRatio(), 1e-12)
        self.level = detail_level(pixel)

    @property
    def done(self) -> bool:
        return self._next >= len(self.order)

    def draw(
        self,
        detail: DetailedPaths,
        pens: Sequence[QPen],
        brushes: Sequence[QBrush],
        budget_ms: float = math.inf,
    ) -> bool:
        """Draw the next paths until *budget_ms* is spent; whether the picture is complete."""
        paths, level, order = detail.at(self.level), self.level, self.order
        deadline = time.perf_counter() + budget_ms / 1000
        painter = QPainter(self.image)
        try:
            if self.clip is not None:
                painter.setClipRect(self.clip)
            painter.setTransform(self.transform)
            while self._next < len(order):
                k = order[self._next]
                self._next += 1
                painter.setPen(pens[k])
                painter.setBrush(brushes[k])
                painter.drawPath(detail.path(paths, level, k))
                if paths[k] is None:
                    self.stand_ins.append(k)
                if time.perf_counter() > deadline:
                    break
        finally:
            painter.end()
        return self.done
