"""Map labels placed without collisions, in screen space, with a halo for legibility.

One item paints every label: placement is greedy by priority (rank-1 towns and historical
territories first), trying four positions around each point and dropping a label that would
overlap one already placed. Layout runs when the view, the date or the language changes;
paint only replays the cached text paths.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from geodata.model import Names
from viewer import style

# Metres per pixel below which each tier of labels appears.
SPRITE_PAD = 3
"""Room around a label's sprite for its halo."""
WRAPPED_ROLES = ("territory", "event")
WRAP_AT = 28
"""Historical labels wrap onto lines of about this many characters."""
_AREA_STEPS = sorted(
    ((fx, fy) for fx in (0, 0.35, -0.35, 0.7, -0.7) for fy in (0, -1.1, 1.1, -2.2, 2.2, -3.3, 3.3)),
    key=lambda step: step[0] ** 2 + step[1] ** 2,
)
"""Offsets (in label widths and heights) tried for area labels, nearest first."""
RANK_SCALE = {1: float("inf"), 2: 4500.0, 3: 2000.0}


@dataclass(slots=True)
class LabelSpec:
    """A label to place.

    ``names`` gives the text for a day (historical names) and language; ``valid`` says
    whether it is shown on a day at all; ``dot`` draws a town marker at the point.
    """

    key: str
    x: float
    y: float
    names: Callable[[int], Names]
    priority: float
    role: str = "place"  # place, capital, sea, country, province, territory, event
    max_scale: float = float("inf")
    dot: bool = True
    valid: Callable[[int], bool] = field(default=lambda day: True)
    colour: str = style.TEXT


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: one per text and role
class _Shape:
    text: QPainterPath
    halo: QPainterPath
    size: QSizeF


@dataclass(slots=True)
class _Placed:
    text: str
    shape: _Shape
    origin: QPointF
    colour: QColor
    dot: QPointF | None
    halo: bool
    leader: QLineF | None = None

    @property
    def rect(self) -> QRectF:
        return QRectF(self.origin, self.shape.size)


class _Occupancy:
    """Rectangles already taken, bucketed in a coarse grid so a test looks at few of them."""

    CELL = 64.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[QRectF]] = {}

    def _keys(self, rect: QRectF) -> list[tuple[int, int]]:
        c = self.CELL
        xs = range(int(rect.left() // c), int(rect.right() // c) + 1)
        ys = range(int(rect.top() // c), int(rect.bottom() // c) + 1)
        return [(x, y) for x in xs for y in ys]

    def free(self, rect: QRectF) -> bool:
        return not any(
            rect.intersects(t) for key in self._keys(rect) for t in self._cells.get(key, ())
        )

    def take(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self._cells.setdefault(key, []).append(rect)


def _fonts(family: list[str]) -> dict[str, QFont]:
    def make(size: float, bold: bool = False, italic: bool = False, spacing: float = 0.0) -> QFont:
        font = QFont()
        font.setFamilies(family)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        if spacing:
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
        return font

    return {
        "capital": make(10.5, bold=True),
        "place": make(9.0),
        "sea": make(10.0, italic=True, spacing=1.5),
        "country": make(8.5, bold=True, spacing=1.8),
        "province": make(7.5),
        "territory": make(9.5, bold=True),
        "event": make(9.0, bold=True, italic=True),
    }


class LabelLayer(QGraphicsObject):
    """Paints all map labels in the view box's pixel space.

    Parameters
    ----------
    view_box
        The map's view box; labels are its children, so they ignore the data transform.
    families
        Font families in fallback order (Latin/Cyrillic first, then Persian).
    """

    def __init__(self, view_box: pg.ViewBox, families: list[str]) -> None:
        super().__init__(view_box)
        self._vb = view_box
        self._fonts = _fonts(families)
        self._specs: list[LabelSpec] = []
        self._static: list[LabelSpec] = []
        self._dynamic: list[LabelSpec] = []
        self._placed: list[_Placed] = []
        self._shapes: dict[tuple[str, str], _Shape] = {}
        self._sprites: dict[tuple[object, ...], QPixmap] = {}
        self.vector = False  # exports to SVG/PDF draw outlines, never pixmaps
        self._stroker = QPainterPathStroker()
        self._stroker.setWidth(3.0)
        self._stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._day = 0
        self._lang = "en"
        self.setZValue(1000)
        self.setFlag(QGraphicsObject.GraphicsItemFlag.ItemHasNoContents, False)
        view_box.sigRangeChanged.connect(self.relayout)
        view_box.sigResized.connect(self.relayout)

    def set_specs(self, specs: list[LabelSpec]) -> None:
        self._static = specs
        self._specs = sorted([*self._dynamic, *specs], key=lambda s: s.priority)
        self.relayout()

    def set_dynamic(self, specs: list[LabelSpec]) -> None:
        """Labels that change with the date (the events lit up now); placed with the rest."""
        self._dynamic = specs
        self._specs = sorted([*specs, *self._static], key=lambda s: s.priority)

    def relayout_for(self, day: int, lang: str) -> None:
        """Lay out for a date and language (always: the dynamic labels may have changed)."""
        self._day, self._lang = day, lang
        self.relayout()

    @property
    def visible_texts(self) -> list[str]:
        """The texts placed by the last layout, for tests and the legend."""
        return [p.text for p in self._placed]

    def boundingRect(self) -> QRectF:
        return self._vb.boundingRect()

    def relayout(self, *_: object) -> None:
        """Recompute which labels show where; cheap enough to run on every view change."""
        self.prepareGeometryChange()
        (x0, x1), _ = self._vb.viewRange()
        width = max(self._vb.width(), 1.0)
        metres_per_pixel = (x1 - x0) / width
        bounds = self._vb.boundingRect().adjusted(2, 2, -2, -2)
        taken = _Occupancy()
        placed: list[_Placed] = []
        for spec in self._specs:
            if metres_per_pixel > spec.max_scale or not spec.valid(self._day):
                continue
            anchor = self._vb.mapFromView(QPointF(spec.x, spec.y))
            if not bounds.contains(anchor):
                continue
            text = spec.names(self._day).get(self._lang)
            shape = self._shape(text, spec.role)
            box = self._find_slot(anchor, shape.size, spec, taken, bounds)
            if box is None:
                continue
            taken.take(box.adjusted(-3, -2, 3, 2))
            placed.append(
                _Placed(
                    text,
                    shape,
                    box.topLeft(),
                    QColor(spec.colour),
                    anchor if spec.dot else None,
                    spec.role != "sea",
                    _leader(box, anchor) if spec.role in WRAPPED_ROLES else None,
                )
            )
        self._placed = placed
        self.update()

    def _shape(self, text: str, role: str) -> _Shape:
        """The label's outlines at the origin, built once per text and role, then translated."""
        key = (text, role)
        if key not in self._shapes:
            font = self._fonts.get(role, self._fonts["place"])
            metrics = QFontMetricsF(font)
            lines = textwrap.wrap(text, WRAP_AT) if role in WRAPPED_ROLES else [text]
            widths = [metrics.horizontalAdvance(line) for line in lines]
            size = QSizeF(max(widths), metrics.height() * len(lines))
            path = QPainterPath()
            for row, (line, width) in enumerate(zip(lines, widths, strict=True)):
                baseline = metrics.ascent() + row * metrics.height()
                path.addText(QPointF((size.width() - width) / 2, baseline), font, line)
            self._shapes[key] = _Shape(path, self._stroker.createStroke(path), size)
        return self._shapes[key]

    @staticmethod
    def _find_slot(
        anchor: QPointF, size: QSizeF, spec: LabelSpec, taken: _Occupancy, bounds: QRectF
    ) -> QRectF | None:
        w, h = size.width(), size.height()
        if spec.dot:
            offsets = [(6, -h / 2), (-6 - w, -h / 2), (-w / 2, -h - 4), (-w / 2, 4)]
        else:
            offsets = [(-w / 2 + fx * w, -h / 2 + fy * h) for fx, fy in _AREA_STEPS]
            if spec.role not in WRAPPED_ROLES:
                offsets = offsets[:5]  # seas and countries stay near their centre
        for dx, dy in offsets:
            box = QRectF(anchor.x() + dx, anchor.y() + dy, w, h)
            if bounds.contains(box) and taken.free(box):
                return box
        return None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        dot_pen = QPen(QColor(style.TEXT_HALO), 1.2)
        ratio = painter.device().devicePixelRatioF()
        for item in self._placed:
            if item.leader is not None:
                painter.setPen(QPen(item.colour, 0.8))
                painter.drawLine(item.leader)
            if item.dot is not None:
                painter.setPen(dot_pen)
                painter.setBrush(item.colour)
                painter.drawEllipse(item.dot, 2.6, 2.6)
            if self.vector:
                if item.halo:
                    painter.fillPath(
                        item.shape.halo.translated(item.origin), QColor(style.TEXT_HALO)
                    )
                painter.fillPath(item.shape.text.translated(item.origin), item.colour)
            else:
                sprite = self._sprite(item, ratio)
                painter.drawPixmap(item.origin - QPointF(SPRITE_PAD, SPRITE_PAD), sprite)

    def _sprite(self, item: _Placed, ratio: float) -> QPixmap:
        """The label drawn once into a pixmap (halo and text); filling text paths on every
        repaint cost ~45 ms a frame while scrubbing."""
        key = (item.shape, item.colour.rgba(), item.halo, ratio)
        sprite = self._sprites.get(key)
        if sprite is None:
            size = item.shape.size + QSizeF(2 * SPRITE_PAD, 2 * SPRITE_PAD)
            sprite = QPixmap((size * ratio).toSize())
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.translate(SPRITE_PAD, SPRITE_PAD)
                if item.halo:
                    painter.fillPath(item.shape.halo, QColor(style.TEXT_HALO))
                painter.fillPath(item.shape.text, item.colour)
            finally:
                painter.end()
            self._sprites[key] = sprite
        return sprite


def _leader(box: QRectF, anchor: QPointF) -> QLineF | None:
    """A thin line back to the feature when its label had to move away from it."""
    if box.adjusted(-4, -4, 4, 4).contains(anchor):
        return None
    nearest = QPointF(
        min(max(anchor.x(), box.left()), box.right()), min(max(anchor.y(), box.top()), box.bottom())
    )
    return QLineF(nearest, anchor)
