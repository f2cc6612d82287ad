"""Handouts of a story: a PDF to print, and a folder of slide pictures for other software.

The PDF has a page per slide (A4 portrait): the slide's title and date in both calendars, its
map as vectors, its caption, and the sources of what it highlights (document, locator and
quote); a last page lists every document cited, with what the registry says of its
reliability (:mod:`viewer.story.handout_pdf`). The PNG folder has a 1920 × 1080 picture per
slide, numbered in order, with the caption under the map. Each map is an export request of the
slide (:func:`~viewer.story.handout_drawing.slide_request`), composed by
:class:`~viewer.export.snapshot.SnapshotRenderer` with its legend, scale and credits, as every
exported picture is. Either is written completely or not at all (:mod:`viewer.core.atomic`).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from viewer.core import style
from viewer.core.atlas import Atlas
from viewer.core.atomic import atomic_file, atomic_folder
from viewer.core.export_options import LOGICAL_DPI, PAPER_COLOUR, SLIDE
from viewer.core.export_request import Furniture, Page
from viewer.core.story import Slide, Story
from viewer.export.animation import Progress
from viewer.export.png import write_png
from viewer.export.snapshot import SnapshotRenderer
from viewer.story.handout_drawing import (
    line_spacing,
    paint_map,
    print_font,
    report_progress,
    slide_request,
    text_height,
)
from viewer.story.handout_pdf import write_pdf

HANDOUT_FORMATS = ("pdf", "png")
CAPTION_PIXELS = 34.0
"""The caption under a slide picture: legible when the picture is projected."""


def handout_format(path: Path, explicit: str | None = None) -> str:
    """``pdf`` for a .pdf file, ``png`` for a folder (a path without a suffix), or *explicit*.

    Raises
    ------
    ValueError
        When neither says which.
    """
    if explicit is not None:
        if explicit.lower() not in HANDOUT_FORMATS:
            raise ValueError(f"a handout is pdf or png, not {explicit!r}")
        return explicit.lower()
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if not suffix or Path(path).is_dir():
        return "png"
    raise ValueError(
        f"cannot tell the handout format of {Path(path).name!r}; "
        "give a .pdf file, or a folder for one PNG a slide"
    )


def slide_file_name(index: int, slide: Slide) -> str:
    """``03-1921-the-soviet-persian-treaty.png``: ordered by number, named by heading."""
    words = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKD", slide.heading))
    ascii_text = words.encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"-+", "-", ascii_text).strip("-")
    if len(slug) > 48:
        slug = slug[:49].rsplit("-", 1)[0]  # whole words only
    return f"{index + 1:02d}-{slug or 'slide'}.png"


def export_handout(
    atlas: Atlas,
    story: Story,
    path: Path,
    format: str | None = None,
    progress: Progress | None = None,
    renderer: SnapshotRenderer | None = None,
    language: str = "en",
) -> Path:
    """Write *story* as a PDF handout or a folder of slide pictures; return the path.

    Parameters
    ----------
    format
        ``pdf`` or ``png``; by default from *path* (see :func:`handout_format`).
    progress
        Called after each page or picture with (done, total); return False to cancel.
    renderer
        A renderer to reuse; a new one is made and closed otherwise.
    language
        The PDF's fixed words and dates (each slide's map keeps the slide's language).

    Raises
    ------
    ValueError
        For an unknown format or a story without slides.
    ExportCancelledError
        When *progress* returned False; nothing is left on disk.
    viewer.core.atomic.WriteError
        When the file cannot be written; what was at *path* is then untouched.
    """
    path = Path(path)
    format = handout_format(path, format)
    if not story.slides:
        raise ValueError("the story has no slides")
    own = renderer is None
    renderer = renderer or SnapshotRenderer(atlas)
    try:
        if format == "pdf":
            with atomic_file(path) as file:
                write_pdf(renderer, atlas, story, file, progress, language)
        else:
            with atomic_folder(path) as folder:
                _write_pictures(renderer, atlas, story, folder, progress)
    finally:
        if own:
            renderer.close()
    return path


# ---------------------------------------------------------------------- the pictures
def _write_pictures(
    renderer: SnapshotRenderer,
    atlas: Atlas,
    story: Story,
    folder: Path,
    progress: Progress | None,
) -> None:
    for index, slide in enumerate(story.slides):
        image = slide_image(renderer, atlas, slide)
        with atomic_file(folder / slide_file_name(index, slide)) as file:
            write_png(image, file)
        report_progress(progress, index + 1, len(story.slides))


def slide_image(renderer: SnapshotRenderer, atlas: Atlas, slide: Slide) -> QImage:
    """A slide as a 1920 × 1080 picture: the composed map, then its caption beneath."""
    width, height = SLIDE
    families = renderer.families
    font = print_font(families, CAPTION_PIXELS)
    text_width = width - 2 * 28
    band = 0.0
    if slide.caption:
        band = min(text_height(slide.caption, font, text_width), 3.2 * line_spacing(font)) + 2 * 24
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(1.0)
    image.fill(QColor(PAPER_COLOUR))
    painter = QPainter(image)
    try:
        page = Page((width, height - band))
        request = slide_request(slide, atlas, page, Furniture(title=slide.heading), "png")
        paint_map(painter, renderer, request, 0, 0)
        if slide.caption:
            box = QRectF(28, height - band + 12, text_width, band - 24)
            painter.setFont(font)
            painter.setPen(QColor(style.TEXT))
            painter.drawText(box, Qt.TextFlag.TextWordWrap, slide.caption)
    finally:
        painter.end()
    dots_per_metre = round(LOGICAL_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image
