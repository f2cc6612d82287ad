"""Where everything goes on a composed picture: the map, the header, the legend, the credits."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QFont

from viewer.core import style
from viewer.core.credits import credit_line
from viewer.core.export_options import MUTED, SLIDE, date_line, extent_from_lonlat
from viewer.core.export_request import ExportRequest
from viewer.core.wording import is_right_to_left
from viewer.export.legend import Legend, LegendRow
from viewer.export.text import Typesetter, credit_size
from viewer.map.map_view import HOME_LONLAT


@dataclass(frozen=True, slots=True)
class Layout:
    """The parts' places in logical pixels, and the unit *u* (1 on a 1920 × 1080 slide)."""

    unit: float
    header: QRectF
    map: QRectF
    legend: QRectF
    legend_columns: int
    timeline: QRectF
    footer: QRectF
    right_to_left: bool
    """Set from the right, the panel on the map's left (a Persian page): see
    docs/languages.md."""

    @property
    def rects(self) -> tuple[tuple[float, float, float, float], ...]:
        """The rectangles as plain numbers, to compare layouts."""
        parts = (self.header, self.map, self.legend, self.timeline, self.footer)
        return tuple((rect.x(), rect.y(), rect.width(), rect.height()) for rect in parts)


LEAST_LABEL_SCALE = 0.75
"""The map's labels are never drawn smaller than this share of their size on screen: a town's
name then prints at 6.75 pt, as small as a handout prints anything (its credits)."""


def label_scale(layout: Layout) -> float:
    """The map labels' size on a picture over their size on screen: they grow and shrink
    with the picture's other type (the layout's unit, 1 on a slide), so that half a page is
    not crowded with slide-sized names, but never below :data:`LEAST_LABEL_SCALE`."""
    return max(layout.unit, LEAST_LABEL_SCALE)


@dataclass(frozen=True, slots=True)
class HeaderLine:
    """The title or the date line, placed: its lines from *top_left* down, ending at *right*
    on a right-to-left page (:meth:`Typesetter.draw_lines`)."""

    lines: tuple[str, ...]
    font: QFont
    top_left: QPointF
    colour: str
    dated: bool  # the date line, which changes from frame to frame
    right: float | None


def map_extent(request: ExportRequest) -> tuple[float, ...]:
    """The map metres to show: the frame's extent, or the app's home view."""
    return request.frame.extent or extent_from_lonlat(HOME_LONLAT)


class Layouts:
    """Lays pictures out with the renderer's type and legend."""

    def __init__(self, text: Typesetter, legend: Legend) -> None:
        self.text, self.legend = text, legend

    def layout(self, request: ExportRequest, rows: list[LegendRow]) -> Layout:
        """Where everything goes, in logical pixels.

        On a landscape page the map takes the height and the width its extent needs, and a
        column beside it holds the title, the date and the legend (an atlas plate), at its
        right, or at its left on a right-to-left page, mirrored as the app's window is; on a
        portrait page the title runs across the top and the legend under the map.
        """
        rtl = is_right_to_left(request.frame.language)
        width, height = request.page.size
        u = max(0.55, math.sqrt(width * height / (SLIDE[0] * SLIDE[1])))
        margin, gap = round(28 * u), round(22 * u)
        inner = QRectF(margin, margin, width - 2 * margin, height - 2 * margin)
        bottom = inner.bottom()
        footer = QRectF(inner.left(), bottom, inner.width(), 0)
        if request.furniture.show_credits:
            credits = self.text.font(credit_size(u))
            footer_height = self.text.text_height(
                credit_line(request.frame.language), credits, inner.width()
            )
            footer = QRectF(inner.left(), bottom - footer_height, inner.width(), footer_height)
            bottom = footer.top() - gap * 0.6
        timeline = QRectF(inner.left(), bottom, inner.width(), 0)
        if request.timeline:
            timeline = QRectF(inner.left(), bottom - 52 * u, inner.width(), 52 * u)
            bottom = timeline.top() - gap * 0.6
        body = QRectF(inner.left(), inner.top(), inner.width(), max(bottom - inner.top(), 40.0))
        has_header = request.furniture.show_title or request.furniture.show_date
        legend, columns = QRectF(), 1
        if width >= height * 1.1 and (has_header or rows):  # an atlas plate
            x0, y0, x1, y1 = map_extent(request)
            fitted = body.height() * (x1 - x0) / (y1 - y0)
            map_width = min(max(fitted, body.width() * 0.5), body.width() - gap - 380 * u)
            map_left = body.right() - map_width if rtl else body.left()
            map_rect = QRectF(map_left, body.top(), map_width, body.height())
            column = (
                QRectF(body.left(), body.top(), map_rect.left() - gap - body.left(), 0)
                if rtl
                else QRectF(
                    map_rect.right() + gap, body.top(), body.right() - map_rect.right() - gap, 0
                )
            )
            header = QRectF(
                column.topLeft(),
                QSizeF(column.width(), self._header_height(request, u, column.width())),
            )
            top = header.bottom() + (gap * 1.5 if has_header else 0)
            legend = QRectF(column.left(), top, column.width(), body.bottom() - top)
        else:
            header = QRectF(
                body.topLeft(), QSizeF(body.width(), self._header_height(request, u, body.width()))
            )
            if has_header:
                body.setTop(header.bottom() + gap)
            if rows:
                columns = max(1, int(body.width() // (300 * u)))
                band = min(self.legend.height(rows, u, body.width(), columns), body.height() * 0.45)
                legend = QRectF(body.left(), body.bottom() - band, body.width(), band)
                body.setBottom(legend.top() - gap)
            map_rect = body
        map_rect = QRectF(
            round(map_rect.left()),
            round(map_rect.top()),
            round(map_rect.width()),
            round(map_rect.height()),
        )
        return Layout(u, header, map_rect, legend, columns, timeline, footer, rtl)

    def header_lines(self, request: ExportRequest, layout: Layout) -> list[HeaderLine]:
        """The title and the date line, wrapped to the header and placed one under the other."""
        placed = []
        rect, top = layout.header, layout.header.top()
        for text, font, most, space, colour, dated in self._header_parts(request, layout.unit):
            lines = self.text.wrap(text, font, rect.width(), most)
            right = rect.right() if layout.right_to_left else None
            top_left = QPointF(rect.left(), top + space)
            placed.append(HeaderLine(lines, font, top_left, colour, dated, right))
            top += space + len(lines) * self.text.metrics(font).lineSpacing()
        return placed

    def _header_height(self, request: ExportRequest, u: float, width: float) -> float:
        return sum(
            len(self.text.wrap(text, font, width, lines)) * self.text.metrics(font).lineSpacing()
            + space
            for text, font, lines, space, *_ in self._header_parts(request, u)
        )

    def _header_parts(
        self, request: ExportRequest, u: float
    ) -> list[tuple[str, QFont, int, float, str, bool]]:
        """(text, font, most lines, space above, colour, dated) of the title and the date line."""
        parts = []
        if request.furniture.show_title:
            title_font = self.text.font(40 * u, bold=True)
            parts.append((request.title_text, title_font, 3, 0.0, style.TEXT, False))
        if request.furniture.show_date:
            date_font = self.text.font(24 * u)
            parts.append(
                (
                    date_line(request.frame.date, request.frame.language),
                    date_font,
                    2,
                    6 * u,
                    MUTED,
                    True,
                )
            )
        return parts
