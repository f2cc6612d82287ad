"""Snapshots of the map as composed pictures: PNG at any size or DPI, SVG and PDF as vectors.

A snapshot is drawn, not grabbed: an offscreen :class:`MapView` at the export's size shows the
chosen date and extent, and its scene is rendered into the target beside a title, the date in
both calendars, a legend of what is drawn, a scale bar and north arrow true at the centre, and
the data credits. One renderer serves the command line, the export dialog and every animation
frame, so all three show the same picture. Files are written atomically (:mod:`viewer.atomic`).
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem

from geodata.dates import format_day, format_old_style, format_solar_hijri
from geodata.projection import project_points, scale_at, unproject_point
from viewer import style
from viewer.atlas import SPAN, Atlas
from viewer.atomic import atomic_path
from viewer.credits import CREDIT_LINE
from viewer.fonts import register_fonts
from viewer.map_view import HOME_LONLAT, MapView
from viewer.overlays import nice_length_km
from viewer.state import ViewState
from viewer.territory_layer import brush_for, pen_for

SNAPSHOT_FORMATS = ("png", "svg", "pdf")
PAPER_MM = {"a4": (297.0, 210.0), "a3": (420.0, 297.0), "letter": (279.4, 215.9)}
"""Paper sizes in millimetres, landscape."""
LOGICAL_DPI = 96.0
"""Logical pixels per inch: the unit of the layout, of PDF pages and of SVG view boxes."""
SLIDE = (1920, 1080)
KIND_ORDER = (
    "government", "occupation_zone", "troops", "sphere", "state", "sea_zone", "sea_line",
    "land_boundary", "island", "infrastructure",
)  # fmt: skip
PAPER_COLOUR = "#ffffff"
MUTED = "#5f5a50"


@dataclass(frozen=True, slots=True)
class SnapshotOptions:
    """What to draw and how big.

    Parameters
    ----------
    date
        The day the map shows.
    size
        The layout's size in logical pixels (1/96 inch): a PDF's page, an SVG's view box.
    scale
        Device pixels per logical pixel for raster output (PNG, GIF and MP4 frames).
    dpi
        The resolution written into a PNG (its physical size), e.g. 300 for print.
    extent
        The map area to show, in projected map metres ``(x0, y0, x1, y1)``, widened to the
        frame's aspect; ``None`` is the app's home view. See :func:`extent_from_lonlat`.
    title
        ``None`` for the default title naming the date, or the text to show.
    hidden_kinds, hidden_base
        Historical kinds and base layers (``provinces``, ``rivers``, ``graticule``) to leave
        out, as the user switched them off in the app.
    timeline
        For animation frames: the range of the small timeline bar burned into the picture.
    """

    date: dt.date
    size: tuple[float, float] = SLIDE
    scale: float = 1.0
    dpi: float = LOGICAL_DPI
    extent: tuple[float, float, float, float] | None = None
    language: str = "en"
    title: str | None = None
    show_title: bool = True
    show_date: bool = True
    show_legend: bool = True
    show_scale_bar: bool = True
    show_north_arrow: bool = True
    show_credits: bool = True
    hidden_kinds: frozenset[str] = frozenset()
    hidden_base: frozenset[str] = frozenset()
    timeline: tuple[dt.date, dt.date] | None = None

    @classmethod
    def for_pixels(cls, width: int, height: int, **fields: object) -> SnapshotOptions:
        """Options for a picture of exactly *width* × *height* pixels.

        The layout's longer side is kept between 1280 and 1920 logical pixels and the scale
        makes up the rest: 3840 × 2160 is a slide drawn at scale 2 (sharper, not smaller
        type), and 960 × 540 one of 1280 × 720 at scale 0.75 (the map not crowded by labels).
        """
        longer = max(width, height)
        scale = longer / min(max(longer, 1280), SLIDE[0])
        return cls(size=(width / scale, height / scale), scale=scale, **fields)  # type: ignore[arg-type]

    @classmethod
    def for_paper(
        cls, paper: str, landscape: bool = True, dpi: float = 300.0, **fields: object
    ) -> SnapshotOptions:
        """Options for a sheet of paper (``a4``, ``a3``, ``letter``) printed at *dpi*."""
        long_mm, short_mm = PAPER_MM[paper]
        mm = (long_mm, short_mm) if landscape else (short_mm, long_mm)
        size = (mm[0] / 25.4 * LOGICAL_DPI, mm[1] / 25.4 * LOGICAL_DPI)
        return cls(size=size, scale=dpi / LOGICAL_DPI, dpi=dpi, **fields)  # type: ignore[arg-type]

    @property
    def pixel_size(self) -> tuple[int, int]:
        """The raster size in device pixels."""
        return round(self.size[0] * self.scale), round(self.size[1] * self.scale)

    @property
    def title_text(self) -> str:
        if self.title is not None:
            return self.title
        return f"Iran and its northern neighbour, {unbroken(format_day(self.date))}"


def unbroken(text: str) -> str:
    """*text* with no-break spaces, so that a wrapped title never splits a date."""
    return text.replace(" ", "\N{NO-BREAK SPACE}")


@lru_cache(maxsize=4096)  # a Solar Hijri conversion is astronomical, hence slow
def date_line(day: dt.date) -> str:
    """The date in Gregorian and Solar Hijri (and Russian Old Style before February 1918)."""
    parts = [format_day(day), format_solar_hijri(day)]
    if old := format_old_style(day):
        parts.append(f"Russian Old Style: {old}")
    return "  ·  ".join(parts)


def extent_from_lonlat(bounds: tuple[float, float, float, float]) -> tuple[float, ...]:
    """Projected bounds of a (west, south, east, north) box, its curved top edge included."""
    west, south, east, north = bounds
    xs, ys = project_points(
        [west, east, west, east, (west + east) / 2], [south, south, north, north, north]
    )
    return float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys))


def format_of(path: Path, explicit: str | None = None) -> str:
    """The output format: *explicit*, else the file's suffix (``ValueError`` if neither)."""
    name = (explicit or path.suffix.lstrip(".")).lower()
    if name not in (*SNAPSHOT_FORMATS, "gif", "mp4"):
        raise ValueError(
            f"cannot tell the format of {path.name!r}; use .png, .svg, .pdf, .gif or .mp4"
            if not explicit
            else f"unknown format {explicit!r}; use png, svg, pdf, gif or mp4"
        )
    return name


@dataclass(frozen=True, slots=True)
class LegendRow:
    """One legend entry: the features drawn alike, and how they are drawn."""

    label: str
    style: style.FeatureStyle
    shape: str  # area, line or point
    approximate: bool


def legend_rows(atlas: Atlas, ids: frozenset[str], language: str) -> list[LegendRow]:
    """One row per kind and look among the features *ids*, in a reader's order."""
    groups: dict[tuple, list] = {}
    for territory in atlas.history:
        if territory.id not in ids:
            continue
        kind_of_shape = territory.geometry.geom_type
        shape = (
            "point" if "Point" in kind_of_shape else "line" if "Line" in kind_of_shape else "area"
        )
        key = (KIND_ORDER.index(territory.kind), style.territory_style(territory), shape)
        groups.setdefault(key, []).append(territory)
    comma = "، " if language == "fa" else ", "
    return [
        LegendRow(
            comma.join(t.names.get(language) for t in members),
            key[1],
            key[2],
            any(t.boundary_precision != "treaty" for t in members),
        )
        for key, members in sorted(groups.items(), key=lambda item: item[0][0])
    ]


@dataclass(frozen=True, slots=True)
class _Layout:
    unit: float
    header: QRectF
    map: QRectF
    legend: QRectF
    legend_columns: int
    timeline: QRectF
    footer: QRectF


class SnapshotRenderer:
    """Composes snapshots from an offscreen map of its own (a :class:`QApplication` must exist).

    Parameters
    ----------
    atlas
        The loaded data; the renderer's map never touches the app's window or state.
    """

    def __init__(self, atlas: Atlas) -> None:
        self.atlas = atlas
        self.families = register_fonts()
        self.state = ViewState(*SPAN)
        self.map = MapView(atlas, self.state, self.families, fade_ms=0)
        self.map.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.map.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never keeps the app
        self.map.scale_bar.setVisible(False)  # the composition draws one at its own size
        self.map.markers.vector = True
        self.map.show()
        self._hidden_kinds: frozenset[str] = frozenset()
        self._view: tuple | None = None
        self._layers: tuple[tuple, QImage] | None = None

    def close(self) -> None:
        self.map.close()
        self.map.deleteLater()

    # ------------------------------------------------------------------ the map
    def _prepare_map(self, options: SnapshotOptions, size: QSizeF) -> None:
        """Bring the offscreen map to the options' date, layers and view; only what changed."""
        self.state.language = options.language
        self.state.date = options.date
        if options.hidden_kinds != self._hidden_kinds:
            for kind in {t.kind for t in self.atlas.history}:
                visible = kind not in options.hidden_kinds
                self.map.territories.set_kind_visible(kind, visible, self.state.day)
            self._hidden_kinds = options.hidden_kinds
        for name, item in self.map.base_items.items():
            item.setVisible(name not in options.hidden_base)
        self.map.territories.finish_fades()
        view = (round(size.width()), round(size.height()), self._extent(options))
        if view != self._view:
            self.map.resize(view[0], view[1])
            x0, y0, x1, y1 = view[2]
            self.map.view_box.setRange(QRectF(QPointF(x0, y0), QPointF(x1, y1)), padding=0.02)
            self._view = view

    def _paint_map(self, painter: QPainter, target: QRectF, raster: bool) -> None:
        """Paint the map's scene into *target*, shapes already in the page's coordinates.

        This is ``QGraphicsScene.render`` with one difference that matters for vectors: a
        path item's geometry is mapped from map metres to the page before it is drawn, rather
        than drawn under a metres-to-page transform. Line widths and hatching then stay in
        page units (SVG readers disagree about non-scaling strokes, and an SVG pattern under
        that transform would be 8 metres wide), and pens keep their weight at any raster scale.

        For raster targets the map's layers (base and historical, below every overlay) are
        drawn once per view and set of features into an image and reused: an animation's
        months mostly show the same features (a frame took 180 ms, 90 of them redrawing the
        territories; measured), and labels are drawn from their glyph-cache sprites, as on
        screen (filling their outlines took another 90 ms a frame).
        """
        view = self.map.view_box
        source = QRectF(view.scenePos(), view.size())
        to_target = QTransform.fromTranslate(-source.left(), -source.top())
        to_target *= QTransform.fromScale(
            target.width() / source.width(), target.height() / source.height()
        )
        ratio = painter.device().devicePixelRatioF()
        cached = raster and all(
            float(v * ratio).is_integer() for v in (target.left(), target.top())
        )
        painter.save()
        page = painter.worldTransform()
        painter.setClipRect(target)
        layers = self.map.territories
        if cached:
            image = self._layers_image(target.size(), ratio, to_target)
            painter.drawImage(target.topLeft(), image)
        to_target *= QTransform.fromTranslate(target.left(), target.top())
        if not cached:  # the map's own picture of its layers is a raster: draw their paths
            data_to_target = view.childGroup.sceneTransform() * to_target
            for item in layers.drawing_order():
                _paint_item(painter, item, data_to_target, page)
        self.map.labels.vector = not raster  # outlines scale with the page; sprites would blur
        for item in self.map.scene().items(Qt.SortOrder.AscendingOrder):
            if item is not layers:
                _paint_item(painter, item, item.sceneTransform() * to_target, page)
        painter.restore()

    def _layers_image(self, size: QSizeF, ratio: float, to_target: QTransform) -> QImage:
        """The base and historical layers of the map, antialiased, kept for the next frame."""
        (x0, x1), (y0, y1) = self.map.view_box.viewRange()
        layers = self.map.territories.drawing_order()
        shown = tuple(item.isVisible() for item in layers)
        key = (size.width(), size.height(), ratio, x0, x1, y0, y1, shown)
        if self._layers is None or self._layers[0] != key:
            image = QImage(
                round(size.width() * ratio),
                round(size.height() * ratio),
                QImage.Format.Format_RGB32,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(QColor(style.FRAME))
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                to_image = self.map.view_box.childGroup.sceneTransform() * to_target
                for item in layers:
                    _paint_item(painter, item, to_image, QTransform())
            finally:
                painter.end()
            self._layers = (key, image)
        return self._layers[1]

    def shown_ids(self) -> frozenset[str]:
        """The historical features the last composed picture drew."""
        return self.map.territories.shown

    # ------------------------------------------------------------------ composing
    def paint(self, painter: QPainter, options: SnapshotOptions, raster: bool = False) -> None:
        """Compose the whole picture into *painter*, in logical pixels from (0, 0).

        *raster* says the device is an image, so the base map may come from a cached image.
        """
        width, height = options.size
        rows = self._rows(options)
        layout = self._layout(options, rows)
        self._prepare_map(options, layout.map.size())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, width, height), QColor(PAPER_COLOUR))
        painter.fillRect(layout.map, QColor(style.FRAME))
        self._paint_map(painter, layout.map, raster)
        painter.setPen(_cosmetic(style.COUNTRY_BORDER))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(layout.map)
        u = layout.unit
        if options.show_scale_bar or options.show_north_arrow:
            self._draw_furniture(painter, layout.map, options, u)
        self._draw_header(painter, layout.header, options, u)
        if rows and options.show_legend:
            self._draw_legend(painter, layout.legend, layout.legend_columns, rows, u)
        if options.timeline:
            self._draw_timeline(painter, layout.timeline, options.date, options.timeline, u)
        if options.show_credits:
            painter.setFont(self._font(_credit_size(u)))
            painter.setPen(QColor(MUTED))
            painter.drawText(layout.footer, Qt.TextFlag.TextWordWrap, CREDIT_LINE)

    def _rows(self, options: SnapshotOptions) -> list[LegendRow]:
        if not options.show_legend:
            return []
        day = options.date.toordinal()
        ids = frozenset(
            i
            for i in self.atlas.history.valid_ids(day)
            if self.atlas.history[i].kind not in options.hidden_kinds
        )
        return legend_rows(self.atlas, ids, options.language)

    def _font(self, pixels: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(pixels * 72.0 / LOGICAL_DPI)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def _layout(self, options: SnapshotOptions, rows: list[LegendRow]) -> _Layout:
        """Where everything goes, in logical pixels.

        On a landscape page the map takes the height and the width its extent needs, and a
        column beside it holds the title, the date and the legend (an atlas plate); on a
        portrait page the title runs across the top and the legend under the map.
        """
        width, height = options.size
        u = max(0.55, math.sqrt(width * height / (SLIDE[0] * SLIDE[1])))
        margin, gap = round(28 * u), round(22 * u)
        inner = QRectF(margin, margin, width - 2 * margin, height - 2 * margin)
        bottom = inner.bottom()
        footer = QRectF(inner.left(), bottom, inner.width(), 0)
        if options.show_credits:
            footer_height = self._text_height(CREDIT_LINE, _credit_size(u), inner.width())
            footer = QRectF(inner.left(), bottom - footer_height, inner.width(), footer_height)
            bottom = footer.top() - gap * 0.6
        timeline = QRectF(inner.left(), bottom, inner.width(), 0)
        if options.timeline:
            timeline = QRectF(inner.left(), bottom - 52 * u, inner.width(), 52 * u)
            bottom = timeline.top() - gap * 0.6
        body = QRectF(inner.left(), inner.top(), inner.width(), max(bottom - inner.top(), 40.0))
        has_header = options.show_title or options.show_date
        legend, columns = QRectF(), 1
        if width >= height * 1.1 and (has_header or rows):  # an atlas plate
            x0, y0, x1, y1 = self._extent(options)
            fitted = body.height() * (x1 - x0) / (y1 - y0)
            map_width = min(max(fitted, body.width() * 0.5), body.width() - gap - 380 * u)
            map_rect = QRectF(body.left(), body.top(), map_width, body.height())
            column = QRectF(
                map_rect.right() + gap, body.top(), body.right() - map_rect.right() - gap, 0
            )
            header = QRectF(
                column.topLeft(),
                QSizeF(column.width(), self._header_height(options, u, column.width())),
            )
            top = header.bottom() + (gap * 1.5 if has_header else 0)
            legend = QRectF(column.left(), top, column.width(), body.bottom() - top)
        else:
            header = QRectF(
                body.topLeft(), QSizeF(body.width(), self._header_height(options, u, body.width()))
            )
            if has_header:
                body.setTop(header.bottom() + gap)
            if rows:
                columns = max(1, int(body.width() // (300 * u)))
                band = min(
                    self._legend_height(rows, u, body.width(), columns), body.height() * 0.45
                )
                legend = QRectF(body.left(), body.bottom() - band, body.width(), band)
                body.setBottom(legend.top() - gap)
            map_rect = body
        map_rect = QRectF(
            round(map_rect.left()),
            round(map_rect.top()),
            round(map_rect.width()),
            round(map_rect.height()),
        )
        return _Layout(u, header, map_rect, legend, columns, timeline, footer)

    @staticmethod
    def _extent(options: SnapshotOptions) -> tuple[float, float, float, float]:
        return options.extent or extent_from_lonlat(HOME_LONLAT)

    def _header_height(self, options: SnapshotOptions, u: float, width: float) -> float:
        return sum(
            len(_wrap(text, font, width, lines)) * QFontMetricsF(font).lineSpacing() + space
            for text, font, lines, space, _ in self._header_parts(options, u)
        )

    def _header_parts(self, options: SnapshotOptions, u: float) -> list[tuple]:
        """(text, font, most lines, space above, colour) of the title and the date line."""
        parts = []
        if options.show_title:
            parts.append((options.title_text, self._font(40 * u, bold=True), 3, 0.0, style.TEXT))
        if options.show_date:
            parts.append((date_line(options.date), self._font(24 * u), 2, 6 * u, MUTED))
        return parts

    def _text_height(self, text: str, pixels: float, width: float) -> float:
        metrics = QFontMetricsF(self._font(pixels))
        box = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt.TextFlag.TextWordWrap, text)
        return box.height()

    # ------------------------------------------------------------------ header and footer
    def _draw_header(
        self, painter: QPainter, rect: QRectF, options: SnapshotOptions, u: float
    ) -> None:
        top = rect.top()
        for text, font, most, space, colour in self._header_parts(options, u):
            lines = _wrap(text, font, rect.width(), most)
            _draw_lines(painter, QPointF(rect.left(), top + space), lines, font, colour)
            top += space + len(lines) * QFontMetricsF(font).lineSpacing()

    # ------------------------------------------------------------------ legend
    def _legend_height(self, rows: list[LegendRow], u: float, width: float, columns: int) -> float:
        column_width = (width - (columns - 1) * 24 * u) / columns
        heights = [self._row_height(row, u, column_width) for row in rows]
        per_column = math.ceil(len(heights) / columns)
        tallest = max(sum(heights[i : i + per_column]) for i in range(0, len(heights), per_column))
        return self._legend_heading(u) + tallest + self._note_height(rows, u)

    def _legend_heading(self, u: float) -> float:
        return QFontMetricsF(self._font(22 * u, bold=True)).lineSpacing() + 10 * u

    def _note_height(self, rows: list[LegendRow], u: float) -> float:
        return QFontMetricsF(self._font(16 * u, italic=True)).lineSpacing() + 8 * u

    def _row_lines(self, row: LegendRow, u: float, column_width: float) -> list[str]:
        text_width = column_width - 52 * u
        return _wrap(row.label, self._font(19 * u), text_width, max_lines=3)

    def _row_height(self, row: LegendRow, u: float, column_width: float) -> float:
        lines = len(self._row_lines(row, u, column_width))
        spacing = QFontMetricsF(self._font(19 * u)).lineSpacing()
        return max(lines * spacing, 26 * u) + 12 * u

    def _draw_legend(
        self, painter: QPainter, rect: QRectF, columns: int, rows: list[LegendRow], u: float
    ) -> None:
        painter.setPen(QColor(style.TEXT))
        painter.setFont(self._font(22 * u, bold=True))
        heading = self._legend_heading(u)
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), heading), "On the map")
        column_width = (rect.width() - (columns - 1) * 24 * u) / columns
        per_column = math.ceil(len(rows) / columns)
        bottom = rect.bottom() - self._note_height(rows, u)
        font = self._font(19 * u)
        lowest, missing = rect.top() + heading, 0
        for column in range(columns):
            x = rect.left() + column * (column_width + 24 * u)
            y = rect.top() + heading
            for row in rows[column * per_column : (column + 1) * per_column]:
                height = self._row_height(row, u, column_width)
                if y + height > bottom + 0.5:
                    missing += 1  # a legend longer than the page is cut, and says so
                    continue
                self._draw_swatch(painter, QRectF(x, y + 2 * u, 40 * u, 24 * u), row)
                lines = self._row_lines(row, u, column_width)
                _draw_lines(painter, QPointF(x + 52 * u, y), lines, font, style.TEXT)
                y += height
            lowest = max(lowest, y)
        notes = ["Dashed: boundary approximate"] if any(r.approximate for r in rows) else []
        if missing:
            notes.append(f"{missing} more not listed")
        if notes:
            font = self._font(16 * u, italic=True)
            painter.setFont(font)
            painter.setPen(QColor(MUTED))
            baseline = min(lowest + 4 * u, bottom) + QFontMetricsF(font).ascent()
            painter.drawText(QPointF(rect.left(), baseline), " · ".join(notes))

    def _draw_swatch(self, painter: QPainter, box: QRectF, row: LegendRow) -> None:
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

    # ------------------------------------------------------------------ furniture
    def _draw_furniture(
        self, painter: QPainter, rect: QRectF, options: SnapshotOptions, u: float
    ) -> None:
        """Scale bar and north arrow in the map's lower left corner, true at its centre."""
        (x0, x1), (y0, y1) = self.map.view_box.viewRange()
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        ground_per_px = (x1 - x0) / rect.width() * scale_at(cx, cy)
        length_km = nice_length_km(
            min(max(0.16 * rect.width(), 110 * u), 220 * u) * ground_per_px / 1000
        )
        bar = length_km * 1000 / ground_per_px
        font = self._font(15 * u)
        metrics = QFontMetricsF(font)
        arrow = 34 * u if options.show_north_arrow else 0.0
        bar_part = (
            bar + metrics.horizontalAdvance(f" {length_km:g} km") + 12 * u
            if options.show_scale_bar
            else 0.0
        )
        box = QRectF(
            rect.left() + 10 * u, rect.bottom() - 62 * u, arrow + bar_part + 24 * u, 52 * u
        )
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(box, 5 * u, 5 * u)
        painter.setFont(font)
        ink = QColor(style.TEXT)
        if options.show_north_arrow:
            lon, lat = unproject_point(cx, cy)
            (nx,), (ny,) = project_points([lon], [lat + 0.5])
            angle = math.degrees(math.atan2(nx - cx, ny - cy))
            painter.save()
            painter.translate(box.left() + 12 * u + arrow / 2, box.center().y() + 7 * u)
            painter.rotate(angle)
            head = QPainterPath()
            head.moveTo(0, -16 * u)
            head.lineTo(7 * u, 6 * u)
            head.lineTo(0, 1 * u)
            head.lineTo(-7 * u, 6 * u)
            head.closeSubpath()
            painter.setBrush(ink)
            painter.drawPath(head)
            painter.restore()
            painter.setPen(ink)
            n_box = QRectF(box.left() + 12 * u, box.top() + 1 * u, arrow, 18 * u)
            painter.drawText(n_box, Qt.AlignmentFlag.AlignCenter, "N")
        if options.show_scale_bar:
            left = box.left() + 12 * u + arrow + (10 * u if arrow else 0)
            base = box.center().y() + 8 * u
            thick = 6 * u
            painter.setPen(QPen(ink, max(1.0, 1.2 * u)))
            painter.setBrush(ink)
            painter.drawRect(QRectF(left, base - thick, bar / 2, thick))
            painter.setBrush(QColor(PAPER_COLOUR))
            painter.drawRect(QRectF(left + bar / 2, base - thick, bar / 2, thick))
            painter.drawText(QPointF(left - 3 * u, base - thick - 5 * u), "0")
            painter.drawText(QPointF(left + bar + 6 * u, base), f"{length_km:g} km")
        painter.restore()

    def _draw_timeline(
        self,
        painter: QPainter,
        rect: QRectF,
        day: dt.date,
        span: tuple[dt.date, dt.date],
        u: float,
    ) -> None:
        """A bar from the animation's first to last day, filled up to *day*, years marked."""
        start, end = span
        font = self._font(17 * u)
        metrics = QFontMetricsF(font)
        left, right = rect.left() + 8 * u, rect.right() - 8 * u
        y = rect.top() + 14 * u
        total = max((end - start).days, 1)

        def x_of(d: dt.date) -> float:
            return left + (right - left) * min(max((d - start).days / total, 0.0), 1.0)

        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d9d4c7"))
        painter.drawRoundedRect(QRectF(left, y - 3 * u, right - left, 6 * u), 3 * u, 3 * u)
        painter.setBrush(QColor(MUTED))  # neutral: the map's hues all mean something
        painter.drawRoundedRect(QRectF(left, y - 3 * u, x_of(day) - left, 6 * u), 3 * u, 3 * u)
        years = range(start.year + (start.month > 1 or start.day > 1), end.year + 1)
        label_every = next(
            (n for n in (1, 2, 5, 10, 20, 50) if len(years) / n * 60 * u <= right - left), 100
        )
        painter.setFont(font)
        for year in years:
            x = x_of(dt.date(year, 1, 1))
            painter.setPen(_cosmetic(MUTED))
            painter.drawLine(QPointF(x, y + 5 * u), QPointF(x, y + 11 * u))
            if year % label_every == 0:
                text = str(year)
                painter.setPen(QColor(MUTED))
                painter.drawText(
                    QPointF(x - metrics.horizontalAdvance(text) / 2, y + 11 * u + metrics.ascent()),
                    text,
                )
        painter.setPen(QPen(QColor(PAPER_COLOUR), 2 * u))
        painter.setBrush(QColor(style.TEXT))
        painter.drawEllipse(QPointF(x_of(day), y), 8 * u, 8 * u)
        painter.restore()

    # ------------------------------------------------------------------ targets
    def image(self, options: SnapshotOptions) -> QImage:
        """The picture as an image of ``options.pixel_size``, sharp at any scale."""
        width, height = options.pixel_size
        image = QImage(width, height, QImage.Format.Format_RGB32)  # opaque: no alpha in PNG
        image.setDevicePixelRatio(width / options.size[0])
        image.fill(QColor(PAPER_COLOUR))
        painter = QPainter(image)
        try:
            self.paint(painter, options, raster=True)
        finally:
            painter.end()
        dots_per_metre = round(options.dpi / 0.0254)  # after painting: it changes font sizes
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image

    def write(self, options: SnapshotOptions, path: Path, format: str) -> None:
        """Write one snapshot to *path* (already a temporary file) as png, svg or pdf."""
        match format:
            case "png":
                writer = QImageWriter(str(path), b"png")
                if not writer.write(self.image(options)):
                    raise OSError(writer.errorString())
            case "svg":
                from PySide6.QtSvg import QSvgGenerator  # only SVG needs it (~20 ms to load)

                generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # 1.1 clips
                generator.setFileName(str(path))
                generator.setSize(QSize(round(options.size[0]), round(options.size[1])))
                generator.setViewBox(QRectF(0, 0, *options.size))
                generator.setResolution(round(LOGICAL_DPI))
                generator.setTitle(options.title_text)
                generator.setDescription(CREDIT_LINE)
                self._paint_device(generator, options, path)
            case "pdf":
                writer = QPdfWriter(str(path))
                writer.setResolution(round(LOGICAL_DPI))  # draw in logical pixels, 1/96 inch
                writer.setPageMargins(QMarginsF(0, 0, 0, 0))
                page_mm = QSizeF(*options.size) / LOGICAL_DPI * 25.4
                writer.setPageSize(
                    QPageSize(
                        page_mm, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
                    )
                )
                writer.setTitle(options.title_text)
                writer.setCreator("Caspian Atlas")
                self._paint_device(writer, options, path)
            case _:
                raise ValueError(f"not a snapshot format: {format!r}")

    def _paint_device(self, device: QPaintDevice, options: SnapshotOptions, path: Path) -> None:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(f"cannot open {path.name} for drawing")
        try:
            self.paint(painter, options)
        finally:
            painter.end()


def export_snapshot(
    atlas: Atlas,
    options: SnapshotOptions,
    path: Path,
    format: str | None = None,
    renderer: SnapshotRenderer | None = None,
) -> Path:
    """Write the map on ``options.date`` to *path* as PNG, SVG or PDF; return the path.

    Parameters
    ----------
    format
        ``png``, ``svg`` or ``pdf``; by default the file's suffix.
    renderer
        A renderer to reuse (the dialog keeps one); a new one is made and closed otherwise.

    Raises
    ------
    ValueError
        For an unknown format.
    WriteError
        When the file cannot be written; an existing file at *path* is then untouched.
    """
    path = Path(path)
    format = format_of(path, format)
    if format not in SNAPSHOT_FORMATS:
        raise ValueError(f"{format} is an animation format; use viewer.animation")
    own = renderer is None
    renderer = renderer or SnapshotRenderer(atlas)
    try:
        with atomic_path(path) as temporary:
            renderer.write(options, temporary, format)
    finally:
        if own:
            renderer.close()
    return path


def _paint_item(
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


def _credit_size(u: float) -> float:
    """Fine print, but never below 12 logical pixels: the licences require it legible."""
    return max(13.5 * u, 12.0)


def _cosmetic(colour: str) -> QPen:
    pen = QPen(QColor(colour), 1.0)
    pen.setCosmetic(True)
    return pen


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _draw_lines(
    painter: QPainter, top_left: QPointF, lines: list[str], font: QFont, colour: str
) -> None:
    """Lines of text from *top_left* down.

    Right-to-left text (Persian) is drawn as glyph outlines, so that every SVG reader shows
    it shaped and ordered as Qt laid it out; other text stays text, searchable and editable.
    """
    metrics = QFontMetricsF(font)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(colour))
    for n, line in enumerate(lines):
        baseline = QPointF(
            top_left.x(), top_left.y() + metrics.ascent() + n * metrics.lineSpacing()
        )
        if _is_rtl(line):
            path = QPainterPath()
            path.addText(baseline, font, line)
            painter.fillPath(path, QColor(colour))
        else:
            painter.drawText(baseline, line)
    painter.restore()


def _wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Lines of *text* broken at words to *width*; the last kept line elided if cut."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        elided = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines = [*lines[: max_lines - 1], elided]
    return lines
