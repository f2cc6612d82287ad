"""The legend of a composed picture: one row per kind and look of what the map draws."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from geodata.model import Territory
from viewer.core import style
from viewer.core.atlas import Atlas
from viewer.core.describe import marked_name
from viewer.core.export_options import MUTED
from viewer.core.wording import is_right_to_left, translate
from viewer.export.text import Typesetter
from viewer.map.layer_items import brush_for, pen_for

KIND_ORDER = (
    "government", "occupation_zone", "troops", "sphere", "state", "sea_zone", "sea_line",
    "land_boundary", "island", "infrastructure",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LegendRow:
    """One legend entry: the features drawn alike, and how they are drawn."""

    label: str
    style: style.FeatureStyle
    shape: str  # area, line or point
    approximate: bool


def legend_rows(
    atlas: Atlas,
    ids: frozenset[str],
    language: str,
    hidden_base: frozenset[str] = frozenset(),
    scans: tuple[str, ...] = (),
) -> list[LegendRow]:
    """One row per kind and look among the features *ids*, in a reader's order; one for each
    of the user's map *scans* drawn (by id); then one for each layer of today's map drawn for
    orientation (those not in *hidden_base*)."""
    groups: dict[tuple[int, style.FeatureStyle, str], list[Territory]] = {}
    shapes = atlas.history.projected  # the lon/lat shapes may have to be read to know
    for n, territory in enumerate(atlas.history):
        if territory.id not in ids:
            continue
        kind_of_shape = shapes.kind(n)
        shape = (
            "point" if "Point" in kind_of_shape else "line" if "Line" in kind_of_shape else "area"
        )
        key = (KIND_ORDER.index(territory.kind), style.territory_style(territory), shape)
        groups.setdefault(key, []).append(territory)
    comma = "، " if language == "fa" else ", "
    rows = [
        LegendRow(
            comma.join(dict.fromkeys(marked_name(t, language) for t in members)),  # once each
            key[1],
            key[2],
            any(t.boundary_precision != "treaty" for t in members),
        )
        for key, members in sorted(groups.items(), key=lambda item: item[0][0])
    ]
    scan_label = translate("Kinds", style.SCAN_LABEL, language)
    rows += [
        LegendRow(scan_label.format(r.title), style.SCAN_STYLE, "area", approximate=False)
        for r in atlas.rasters
        if r.id in scans
    ]
    rows += [
        LegendRow(translate("Kinds", label, language), look, "line", approximate=False)
        for name, (label, look) in style.ORIENTATION_LAYERS.items()
        if name not in hidden_base
    ]
    return rows


class Legend:
    """Measures and draws legends in a unit *u* of the layout (1 on a 1920 × 1080 slide)."""

    def __init__(self, text: Typesetter) -> None:
        self.text = text

    def height(self, rows: list[LegendRow], u: float, width: float, columns: int) -> float:
        """The height the *rows* need in *columns* across *width*."""
        column_width = (width - (columns - 1) * 24 * u) / columns
        heights = [self._row_height(row, u, column_width) for row in rows]
        per_column = math.ceil(len(heights) / columns)
        tallest = max(sum(heights[i : i + per_column]) for i in range(0, len(heights), per_column))
        return self._heading(u) + tallest + self._note_height(u)

    def _heading(self, u: float) -> float:
        return self.text.metrics(self.text.font(22 * u, bold=True)).lineSpacing() + 10 * u

    def _note_height(self, u: float) -> float:
        return self.text.metrics(self.text.font(16 * u, italic=True)).lineSpacing() + 8 * u

    def _row_lines(self, row: LegendRow, u: float, column_width: float) -> tuple[str, ...]:
        text_width = column_width - 52 * u
        return self.text.wrap(row.label, self.text.font(19 * u), text_width, 3)

    def _row_height(self, row: LegendRow, u: float, column_width: float) -> float:
        lines = len(self._row_lines(row, u, column_width))
        spacing = self.text.metrics(self.text.font(19 * u)).lineSpacing()
        return max(lines * spacing, 26 * u) + 12 * u

    def draw(
        self,
        painter: QPainter,
        rect: QRectF,
        columns: int,
        rows: list[LegendRow],
        u: float,
        language: str = "en",
    ) -> None:
        """The heading, the rows that fit in *rect*, and a note of what did not.

        In a right-to-left *language* everything is set from the right, as the app's legend
        is: the first column at the right, each swatch right of its label.
        """
        rtl = is_right_to_left(language)
        right = rect.right() if rtl else None
        heading = self._heading(u)
        title = translate("Export", "On the map", language)
        self.text.draw_lines(
            painter, rect.topLeft(), (title,), self.text.font(22 * u, bold=True), style.TEXT, right
        )
        column_width = (rect.width() - (columns - 1) * 24 * u) / columns
        per_column = math.ceil(len(rows) / columns)
        bottom = rect.bottom() - self._note_height(u)
        font = self.text.font(19 * u)
        lowest, missing = rect.top() + heading, 0
        for column in range(columns):
            offset = column * (column_width + 24 * u)
            x = rect.right() - offset - column_width if rtl else rect.left() + offset
            y = rect.top() + heading
            for row in rows[column * per_column : (column + 1) * per_column]:
                height = self._row_height(row, u, column_width)
                if y + height > bottom + 0.5:
                    missing += 1  # a legend longer than the page is cut, and says so
                    continue
                lines = self._row_lines(row, u, column_width)
                swatch_left = x + column_width - 40 * u if rtl else x
                text_left, text_right = (
                    (x, x + column_width - 52 * u) if rtl else (x + 52 * u, None)
                )
                _draw_swatch(painter, QRectF(swatch_left, y + 2 * u, 40 * u, 24 * u), row)
                self.text.draw_lines(
                    painter, QPointF(text_left, y), lines, font, style.TEXT, text_right
                )
                y += height
            lowest = max(lowest, y)
        notes = []
        if any(r.approximate for r in rows):
            notes.append(translate("Export", "Dashed: boundary approximate", language))
        if missing:
            notes.append(translate("Export", "%n more not listed", language, missing))
        if notes:
            font = self.text.font(16 * u, italic=True)
            top_left = QPointF(rect.left(), min(lowest + 4 * u, bottom))
            self.text.draw_lines(painter, top_left, (" · ".join(notes),), font, MUTED, right)


def _draw_swatch(painter: QPainter, box: QRectF, row: LegendRow) -> None:
    pen = pen_for(row.style, width_scale=1.5)
    pen.setCosmetic(False)  # swatch lines scale with the page, like the text beside them
    painter.save()
    match row.shape:
        case "line":
            painter.setPen(pen)
            painter.drawLine(
                QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y())
            )
        case "point":
            painter.setPen(pen)
            painter.setBrush(brush_for(row.style))
            radius = box.height() * 0.32
            painter.drawEllipse(box.center(), radius, radius)
        case _:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush_for(row.style))
            painter.drawRect(box)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
    painter.restore()
