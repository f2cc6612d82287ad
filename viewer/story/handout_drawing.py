"""What the PDF pages and the slide pictures of a handout both draw with: a slide's map as an
export request, painted in place by the renderer; type set in logical pixels and measured for
wrapping; and the progress report after each page or picture, which can cancel.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from viewer.core.atlas import Atlas
from viewer.core.export_options import LOGICAL_DPI, extent_from_lonlat
from viewer.core.export_request import ExportRequest, Furniture, Page
from viewer.core.frame import MapFrame
from viewer.core.story import Slide
from viewer.export.animation import ExportCancelledError, Progress
from viewer.export.snapshot import SnapshotRenderer


def slide_request(
    slide: Slide, atlas: Atlas, page: Page, furniture: Furniture, format: str
) -> ExportRequest:
    """The export request of a slide's map: its resting day, area, layers, scans' looks and
    language, the territories it outlines, the event it rings and the window its events
    light up in."""
    day = slide.day
    window = dt.timedelta(days=slide.event_window(atlas))
    frame = MapFrame(
        date=day,
        language=slide.language,
        selection=slide.nearest_event(day, atlas),
        hidden_kinds=slide.hidden_kinds,
        extent=extent_from_lonlat(slide.extent) if slide.extent else None,
        event_window=(day - window, day + window),
        raster_looks=slide.raster_looks(atlas.rasters),
    )
    return ExportRequest(frame, page, furniture, format, outlined=slide.outlined_on(day, atlas))


def paint_map(
    painter: QPainter, renderer: SnapshotRenderer, request: ExportRequest, left: float, top: float
) -> None:
    """The renderer's composition of *request* at (left, top)."""
    painter.save()
    try:
        painter.translate(left, top)
        renderer.paint(painter, request, raster=isinstance(painter.device(), QImage))
    finally:
        painter.restore()


def print_font(families: list[str], pixels: float, bold: bool = False) -> QFont:
    """Type for the page and the picture, in logical pixels (the screens set theirs in points)."""
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(pixels * 72.0 / LOGICAL_DPI)
    font.setBold(bold)
    return font


def line_spacing(font: QFont) -> float:
    return QFontMetricsF(font).lineSpacing()


def text_height(text: str, font: QFont, width: float) -> float:
    box = QRectF(0, 0, width, 1e6)
    return QFontMetricsF(font).boundingRect(box, Qt.TextFlag.TextWordWrap, text).height()


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Tell *progress* how far the handout is; cancel when it answers False."""
    if progress is not None and not progress(done, total):
        raise ExportCancelledError
