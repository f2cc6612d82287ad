"""The renderer: export requests composed as pictures, PNG at any size or DPI, SVG and PDF.

A picture is drawn, not grabbed: an offscreen :class:`MapView` at the picture's size shows the
request's frame (date, language, layers, area, selection, event window), and its scene is
rendered into the target beside a title, the date in both calendars, a legend of what is
drawn, a scale bar and north arrow true at the centre, and the data credits. Every picture
that leaves the app, from the command line, the export dialog, the clipboard, a handout or an
animation, is an :class:`~viewer.core.export_request.ExportRequest` that enters here through
:meth:`SnapshotRenderer.prepare`, so all show the same picture of the same frame. Files are
written by :func:`viewer.export.pipeline.export`, atomically (:mod:`viewer.core.atomic`).

The parts live beside this module: the request (:mod:`viewer.core.export_request`), type
(:mod:`viewer.export.text`), the places of things (:mod:`viewer.export.layout`), the legend
(:mod:`viewer.export.legend`), the scale bar, north arrow and timeline
(:mod:`viewer.export.furniture`), the map (:mod:`viewer.export.map_picture`) and the PNG writer
(:mod:`viewer.export.png`).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTransform,
)

from viewer.core import style
from viewer.core.atlas import SPAN, Atlas
from viewer.core.atomic import CheckedFile
from viewer.core.credits import credit_line
from viewer.core.export_options import LOGICAL_DPI, MUTED, PAPER_COLOUR
from viewer.core.export_request import ExportRequest
from viewer.core.state import ViewState
from viewer.core.visibility import visible
from viewer.export.furniture import (
    FurnitureBox,
    Timeline,
    cosmetic_pen,
    draw_furniture,
    furniture_box,
)
from viewer.export.layout import Layout, Layouts, label_scale, map_extent
from viewer.export.legend import Legend, LegendRow, legend_rows
from viewer.export.map_picture import MapPainter
from viewer.export.png import write_png
from viewer.export.text import Typesetter, credit_size
from viewer.map.fonts import register_fonts
from viewer.map.map_view import MapView


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
        self._view: tuple[int, int, tuple[float, ...]] | None = None  # (width, height, extent)
        self.furniture: FurnitureBox | None = None  # the last prepared picture's, if any
        # (key, picture) of an animation
        self._still: tuple[tuple[object, ...], QImage] | None = None

    def close(self) -> None:
        self._still = None
        self._map_painter.forget()
        self.map.close()
        self.map.deleteLater()

    def _prepare_map(self, request: ExportRequest, size: QSizeF) -> None:
        """Bring the offscreen map to the request's frame; only what changed."""
        frame = request.frame
        self.state.language = frame.language
        self.state.date = frame.date
        self.map.set_hidden(frame.hidden_kinds, frame.hidden_base)
        for raster in self.atlas.rasters:
            self.state.set_raster_look(raster.id, frame.raster_look(raster.id))
        self.map.territories.finish_fades()
        shown = visible(self.atlas, frame)
        outlined = shown.outlined if request.outlined is None else request.outlined
        ringed = shown.ringed
        self.map.outlines.set_group("selected", outlined)
        self.map.set_event_window(shown.window_days)
        if ringed != self.map.markers.selected:
            self.map.markers.selected = ringed
            self.map.markers.show_day(self.state.day)
        view = (round(size.width()), round(size.height()), map_extent(request))
        if view != self._view:
            self.map.resize(view[0], view[1])
            x0, y0, x1, y1 = view[2]
            self.map.view_box.setRange(QRectF(QPointF(x0, y0), QPointF(x1, y1)), padding=0.02)
            self._view = view

    def shown_ids(self) -> frozenset[str]:
        """The historical features the last composed picture drew."""
        return self.map.territories.shown

    # ------------------------------------------------------------------ composing
    def prepare(self, request: ExportRequest) -> tuple[Layout, list[LegendRow]]:
        """Where every picture starts: the map brought to the request's frame, the page laid
        out. The request is taken as it is: files are checked before (:meth:`ExportRequest.check`),
        and a preview may be smaller than a file may be."""
        rows = self._rows(request)
        layout = self.layouts.layout(request, rows)
        self.map.set_label_scale(label_scale(layout))
        self._prepare_map(request, layout.map.size())
        self._place_furniture(request, layout)
        self.map.labels.finish_layout()  # on screen a layout may take turns; a picture waits
        return layout, rows

    def _place_furniture(self, request: ExportRequest, layout: Layout) -> None:
        """Place the scale bar and north arrow, and keep the map's labels off them (the box
        mapped from the page into the offscreen map's view box, as its overlays are drawn)."""
        furniture = request.furniture
        self.furniture = None
        reserved = []
        if furniture.show_scale_bar or furniture.show_north_arrow:
            view_range = self.map.view_box.viewRange()
            self.furniture = furniture_box(
                layout.map, view_range, furniture, layout.unit, self.text, request.frame.language
            )
            view, page = self.map.view_box.size(), layout.map
            to_view = QTransform.fromTranslate(-page.left(), -page.top()) * QTransform.fromScale(
                view.width() / page.width(), view.height() / page.height()
            )
            reserved.append(to_view.mapRect(self.furniture.box))
        self.map.labels.reserve("furniture", reserved)

    def paint(self, painter: QPainter, request: ExportRequest, raster: bool = False) -> None:
        """Compose the whole picture into *painter*, in logical pixels from (0, 0).

        *raster* says the device is an image, so the base map may come from a cached image.
        """
        layout, rows = self.prepare(request)
        self._paint_still(painter, request, layout, rows, raster)
        self._paint_moving(painter, request, layout, raster)

    def _paint_still(
        self,
        painter: QPainter,
        request: ExportRequest,
        layout: Layout,
        rows: list[LegendRow],
        raster: bool,
    ) -> None:
        """What stays while only the date changes: the page, the map's layers, the title,
        the legend, the credits and the timeline's track (what :meth:`_still_key` names)."""
        width, height = request.page.size
        u = layout.unit
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, width, height), QColor(PAPER_COLOUR))
        painter.fillRect(layout.map, QColor(style.FRAME))
        self._map_painter.paint_layers(painter, layout.map, raster)
        for line in self.layouts.header_lines(request, layout):
            if not line.dated:
                self.text.draw_lines(
                    painter, line.top_left, line.lines, line.font, line.colour, line.right
                )
        if rows and request.furniture.show_legend:
            self.legend.draw(
                painter, layout.legend, layout.legend_columns, rows, u, request.frame.language
            )
        if request.timeline:
            timeline = Timeline(layout.timeline, request.timeline, u, request.frame.language)
            timeline.draw_track(painter, self.text)
        if request.furniture.show_credits:
            painter.setFont(self.text.font(credit_size(u)))
            painter.setPen(QColor(MUTED))
            credits = credit_line(request.frame.language)
            painter.drawText(layout.footer, credit_flags(layout), credits)

    def _paint_moving(
        self, painter: QPainter, request: ExportRequest, layout: Layout, raster: bool
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
        if self.furniture is not None:
            draw_furniture(painter, self.furniture, self.text)
        for line in self.layouts.header_lines(request, layout):
            if line.dated:
                self.text.draw_lines(
                    painter, line.top_left, line.lines, line.font, line.colour, line.right
                )
        if request.timeline:
            timeline = Timeline(layout.timeline, request.timeline, u, request.frame.language)
            timeline.draw_progress(painter, request.frame.date)

    def _still_key(
        self, request: ExportRequest, layout: Layout, rows: list[LegendRow], image: QImage
    ) -> tuple[object, ...]:
        """Everything :meth:`_paint_still` draws from, the map already prepared."""
        return (
            request.at(SPAN[0]),  # the date only moves things
            request.title_text,
            layout.rects,
            tuple(rows),
            self.map.territories.shown,
            (image.width(), image.height()),
        )

    def _rows(self, request: ExportRequest) -> list[LegendRow]:
        if not request.furniture.show_legend:
            return []
        frame = request.frame
        shown = visible(self.atlas, frame)
        return legend_rows(
            self.atlas, shown.territories, frame.language, frame.hidden_base, shown.rasters
        )

    # ------------------------------------------------------------------ targets
    def image(self, request: ExportRequest) -> QImage:
        """The picture as an image of the page's pixel size, sharp at any scale."""
        page = request.page
        image = QImage(*page.pixel_size, QImage.Format.Format_RGB32)  # opaque: no alpha in PNG
        image.setDevicePixelRatio(image.width() / page.size[0])
        image.fill(QColor(PAPER_COLOUR))
        painter = QPainter(image)
        try:
            self.paint(painter, request, raster=True)
        finally:
            painter.end()
        dots_per_metre = round(page.dpi / 0.0254)  # after painting: it changes font sizes
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image

    def draw_frame(self, image: QImage, request: ExportRequest) -> None:
        """Compose an animation's frame over *image*, of the page's pixel size.

        What stays from frame to frame (:meth:`_paint_still`) is drawn once into a picture
        kept for the next frame, which then costs a copy and the parts that move: a 1080p
        frame took 18 ms drawn whole and 11 ms so (measured). Every frame of an animation is
        drawn over the same image.
        """
        ratio = image.width() / request.page.size[0]
        image.setDevicePixelRatio(ratio)
        layout, rows = self.prepare(request)
        key = self._still_key(request, layout, rows, image)
        if self._still is None or self._still[0] != key:
            still = QImage(image.size(), QImage.Format.Format_RGB32)
            still.setDevicePixelRatio(ratio)
            still.fill(QColor(PAPER_COLOUR))
            painter = QPainter(still)
            try:
                self._paint_still(painter, request, layout, rows, raster=True)
            finally:
                painter.end()
            self._still = (key, still)
        painter = QPainter(image)
        try:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(0, 0, self._still[1])
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            self._paint_moving(painter, request, layout, raster=True)
        finally:
            painter.end()

    def write(self, request: ExportRequest, file: CheckedFile) -> None:
        """Write a still picture to *file* (a temporary file's) in the request's format.

        SVG and PDF are drawn into memory first and written by us: Qt's writers do not
        report a failed write, ours checks every byte.
        """
        size = request.page.size
        match request.format:
            case "png":
                write_png(self.image(request), file)
            case "svg":
                from PySide6.QtSvg import QSvgGenerator  # only SVG needs it (~20 ms to load)

                buffer = memory_buffer()
                generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # 1.1 clips
                generator.setOutputDevice(buffer)
                generator.setSize(QSize(round(size[0]), round(size[1])))
                generator.setViewBox(QRectF(0, 0, *size))
                generator.setResolution(round(LOGICAL_DPI))
                generator.setTitle(request.title_text)
                generator.setDescription(credit_line(request.frame.language))
                self._paint_device(generator, request)
                file.write(drawn_bytes(buffer))
            case "pdf":
                buffer = memory_buffer()
                writer = QPdfWriter(buffer)
                writer.setResolution(round(LOGICAL_DPI))  # draw in logical pixels, 1/96 inch
                writer.setPageMargins(QMarginsF(0, 0, 0, 0))
                page_mm = QSizeF(*size) / LOGICAL_DPI * 25.4
                writer.setPageSize(
                    QPageSize(
                        page_mm, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
                    )
                )
                writer.setTitle(request.title_text)
                writer.setCreator("Caspian Atlas")
                self._paint_device(writer, request)
                file.write(drawn_bytes(buffer))
            case _:
                raise ValueError(f"not a still picture's format: {request.format!r}")

    def _paint_device(self, device: QPaintDevice, request: ExportRequest) -> None:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the picture could not be started")
        try:
            self.paint(painter, request)
        finally:
            finished = painter.end()
        if not finished:
            raise OSError("the picture could not be finished")


def credit_flags(layout: Layout) -> int:
    """The credits wrapped, and on a right-to-left page set from the right in that direction
    (its parts, joined by dots, then read from the right; the painter's own direction stays
    left to right for the rest of the picture)."""
    flags = Qt.TextFlag.TextWordWrap
    if layout.right_to_left:
        flags |= Qt.TextFlag.TextForceRightToLeft | Qt.AlignmentFlag.AlignRight
        flags |= Qt.AlignmentFlag.AlignAbsolute
    return int(flags)


def memory_buffer() -> QBuffer:
    """An open in-memory device for Qt's SVG and PDF writers (:meth:`SnapshotRenderer.write`)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def drawn_bytes(buffer: QBuffer) -> bytes:
    """What a Qt writer put in *buffer*; an empty result is an error, not a file."""
    data = bytes(buffer.data().data())  # typed as any buffer; PySide6 gives bytes, kept as is
    if not data:
        raise OSError("the picture came out empty")
    return data
