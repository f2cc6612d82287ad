"""Snapshots of the map as composed pictures: PNG at any size or DPI, SVG and PDF as vectors.

A snapshot is drawn, not grabbed: an offscreen :class:`MapView` at the export's size shows the
chosen date and extent, and its scene is rendered into the target beside a title, the date in
both calendars, a legend of what is drawn, a scale bar and north arrow true at the centre, and
the data credits. One renderer serves the command line, the export dialog and every animation
frame, so all three show the same picture. Files are written atomically (:mod:`viewer.core.atomic`).

The parts live beside this module: the options (:mod:`viewer.core.export_options`), type
(:mod:`viewer.export.text`), the places of things (:mod:`viewer.export.layout`), the legend
(:mod:`viewer.export.legend`), the scale bar, north arrow and timeline
(:mod:`viewer.export.furniture`), the map (:mod:`viewer.export.map_picture`) and the PNG writer
(:mod:`viewer.export.png`); their public names are importable from here.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPaintDevice, QPainter, QPdfWriter

from viewer.core import style
from viewer.core.atlas import SPAN, Atlas
from viewer.core.atomic import CheckedFile, atomic_file
from viewer.core.credits import CREDIT_LINE
from viewer.core.export_options import (
    LOGICAL_DPI,
    MUTED,
    PAPER_COLOUR,
    PAPER_MM,
    SLIDE,
    SNAPSHOT_FORMATS,
    SnapshotOptions,
    check_snapshot,
    date_line,
    extent_from_lonlat,
    format_of,
    unbroken,
)
from viewer.core.state import ViewState
from viewer.export.furniture import Timeline, cosmetic_pen, draw_furniture
from viewer.export.layout import Layout, Layouts, map_extent
from viewer.export.legend import KIND_ORDER, Legend, LegendRow, legend_rows
from viewer.export.map_picture import MapPainter
from viewer.export.png import write_png
from viewer.export.text import Typesetter, credit_size
from viewer.map.fonts import register_fonts
from viewer.map.map_view import MapView

__all__ = [
    "KIND_ORDER",
    "LOGICAL_DPI",
    "MUTED",
    "PAPER_COLOUR",
    "PAPER_MM",
    "SLIDE",
    "SNAPSHOT_FORMATS",
    "LegendRow",
    "SnapshotOptions",
    "SnapshotRenderer",
    "date_line",
    "export_snapshot",
    "extent_from_lonlat",
    "format_of",
    "legend_rows",
    "unbroken",
]


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
        self.map.pointers.vector = True
        self.map.show()
        self.text = Typesetter(self.families)
        self.legend = Legend(self.text)
        self.layouts = Layouts(self.text, self.legend)
        self._map_painter = MapPainter(self.map)
        self._view: tuple | None = None
        self._still: tuple[tuple, QImage] | None = None  # (key, picture) of an animation

    def close(self) -> None:
        self._still = None
        self._map_painter.forget()
        self.map.close()
        self.map.deleteLater()

    def _prepare_map(self, options: SnapshotOptions, size: QSizeF) -> None:
        """Bring the offscreen map to the options' date, layers and view; only what changed."""
        self.state.language = options.language
        self.state.date = options.date
        self.map.set_hidden(options.hidden_kinds, options.hidden_base)
        self.map.territories.finish_fades()
        view = (round(size.width()), round(size.height()), map_extent(options))
        if view != self._view:
            self.map.resize(view[0], view[1])
            x0, y0, x1, y1 = view[2]
            self.map.view_box.setRange(QRectF(QPointF(x0, y0), QPointF(x1, y1)), padding=0.02)
            self._view = view

    def shown_ids(self) -> frozenset[str]:
        """The historical features the last composed picture drew."""
        return self.map.territories.shown

    # ------------------------------------------------------------------ composing
    def paint(self, painter: QPainter, options: SnapshotOptions, raster: bool = False) -> None:
        """Compose the whole picture into *painter*, in logical pixels from (0, 0).

        *raster* says the device is an image, so the base map may come from a cached image.
        """
        layout, rows = self._prepare(options)
        self._paint_still(painter, options, layout, rows, raster)
        self._paint_moving(painter, options, layout, raster)

    def _prepare(self, options: SnapshotOptions) -> tuple[Layout, list[LegendRow]]:
        rows = self._rows(options)
        layout = self.layouts.layout(options, rows)
        self._prepare_map(options, layout.map.size())
        return layout, rows

    def _paint_still(
        self,
        painter: QPainter,
        options: SnapshotOptions,
        layout: Layout,
        rows: list[LegendRow],
        raster: bool,
    ) -> None:
        """What stays while only the date changes: the page, the map's layers, the title,
        the legend, the credits and the timeline's track (what :meth:`_still_key` names)."""
        width, height = options.size
        u = layout.unit
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, width, height), QColor(PAPER_COLOUR))
        painter.fillRect(layout.map, QColor(style.FRAME))
        self._map_painter.paint_layers(painter, layout.map, raster)
        for line in self.layouts.header_lines(options, layout):
            if not line.dated:
                self.text.draw_lines(painter, line.top_left, line.lines, line.font, line.colour)
        if rows and options.show_legend:
            self.legend.draw(
                painter, layout.legend, layout.legend_columns, rows, u, options.language
            )
        if options.timeline:
            Timeline(layout.timeline, options.timeline, u).draw_track(painter, self.text)
        if options.show_credits:
            painter.setFont(self.text.font(credit_size(u)))
            painter.setPen(QColor(MUTED))
            painter.drawText(layout.footer, Qt.TextFlag.TextWordWrap, CREDIT_LINE)

    def _paint_moving(
        self, painter: QPainter, options: SnapshotOptions, layout: Layout, raster: bool
    ) -> None:
        """What changes with the date, over the still part: the map's labels and markers,
        its frame, scale bar and north arrow (drawn over them), the date, the timeline's dot."""
        u = layout.unit
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._map_painter.paint_overlays(painter, layout.map, raster)
        painter.setPen(cosmetic_pen(style.COUNTRY_BORDER))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(layout.map)
        if options.show_scale_bar or options.show_north_arrow:
            view_range = self.map.view_box.viewRange()
            draw_furniture(painter, layout.map, view_range, options, u, self.text)
        for line in self.layouts.header_lines(options, layout):
            if line.dated:
                self.text.draw_lines(painter, line.top_left, line.lines, line.font, line.colour)
        if options.timeline:
            Timeline(layout.timeline, options.timeline, u).draw_progress(painter, options.date)

    def _still_key(
        self, options: SnapshotOptions, layout: Layout, rows: list[LegendRow], image: QImage
    ) -> tuple:
        """Everything :meth:`_paint_still` draws from, the map already prepared."""
        return (
            replace(options, date=SPAN[0], title=options.title_text),
            layout.rects,
            tuple(rows),
            self.map.territories.shown,
            (image.width(), image.height()),
        )

    def _rows(self, options: SnapshotOptions) -> list[LegendRow]:
        if not options.show_legend:
            return []
        day = options.date.toordinal()
        ids = frozenset(
            i
            for i in self.atlas.history.valid_ids(day)
            if self.atlas.history[i].kind not in options.hidden_kinds
        )
        return legend_rows(self.atlas, ids, options.language, options.hidden_base)

    # ------------------------------------------------------------------ targets
    def image(self, options: SnapshotOptions) -> QImage:
        """The picture as an image of ``options.pixel_size``, sharp at any scale."""
        image = QImage(*options.pixel_size, QImage.Format.Format_RGB32)  # opaque: no alpha in PNG
        image.setDevicePixelRatio(image.width() / options.size[0])
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

    def draw_frame(self, image: QImage, options: SnapshotOptions) -> None:
        """Compose an animation's frame over *image*, of ``options.pixel_size``.

        What stays from frame to frame (:meth:`_paint_still`) is drawn once into a picture
        kept for the next frame, which then costs a copy and the parts that move: a 1080p
        frame took 18 ms drawn whole and 11 ms so (measured). Every frame of an animation is
        drawn over the same image.
        """
        ratio = image.width() / options.size[0]
        image.setDevicePixelRatio(ratio)
        layout, rows = self._prepare(options)
        key = self._still_key(options, layout, rows, image)
        if self._still is None or self._still[0] != key:
            still = QImage(image.size(), QImage.Format.Format_RGB32)
            still.setDevicePixelRatio(ratio)
            still.fill(QColor(PAPER_COLOUR))
            painter = QPainter(still)
            try:
                self._paint_still(painter, options, layout, rows, raster=True)
            finally:
                painter.end()
            self._still = (key, still)
        painter = QPainter(image)
        try:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(0, 0, self._still[1])
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            self._paint_moving(painter, options, layout, raster=True)
        finally:
            painter.end()

    def write(self, options: SnapshotOptions, file: CheckedFile, format: str) -> None:
        """Write one snapshot to *file* (a temporary file's) as png, svg or pdf.

        SVG and PDF are drawn into memory first and written by us: Qt's writers do not
        report a failed write, ours checks every byte.
        """
        match format:
            case "png":
                write_png(self.image(options), file)
            case "svg":
                from PySide6.QtSvg import QSvgGenerator  # only SVG needs it (~20 ms to load)

                buffer = memory_buffer()
                generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # 1.1 clips
                generator.setOutputDevice(buffer)
                generator.setSize(QSize(round(options.size[0]), round(options.size[1])))
                generator.setViewBox(QRectF(0, 0, *options.size))
                generator.setResolution(round(LOGICAL_DPI))
                generator.setTitle(options.title_text)
                generator.setDescription(CREDIT_LINE)
                self._paint_device(generator, options)
                file.write(drawn_bytes(buffer))
            case "pdf":
                buffer = memory_buffer()
                writer = QPdfWriter(buffer)
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
                self._paint_device(writer, options)
                file.write(drawn_bytes(buffer))
            case _:
                raise ValueError(f"not a snapshot format: {format!r}")

    def _paint_device(self, device: QPaintDevice, options: SnapshotOptions) -> None:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the picture could not be started")
        try:
            self.paint(painter, options)
        finally:
            finished = painter.end()
        if not finished:
            raise OSError("the picture could not be finished")


def memory_buffer() -> QBuffer:
    """An open in-memory device for Qt's SVG and PDF writers (:meth:`SnapshotRenderer.write`)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def drawn_bytes(buffer: QBuffer) -> bytes:
    """What a Qt writer put in *buffer*; an empty result is an error, not a file."""
    data = buffer.data().data()
    if not data:
        raise OSError("the picture came out empty")
    return data


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
        For an unknown format, or options outside the rules (:func:`check_snapshot`).
    WriteError
        When the file cannot be written; an existing file at *path* is then untouched.
    """
    path = Path(path)
    format = format_of(path, format)
    if format not in SNAPSHOT_FORMATS:
        raise ValueError(f"{format} is an animation format; use viewer.export.animation")
    check_snapshot(options, format)
    own = renderer is None
    renderer = renderer or SnapshotRenderer(atlas)
    try:
        with atomic_file(path) as file:
            renderer.write(options, file, format)
    finally:
        if own:
            renderer.close()
    return path
