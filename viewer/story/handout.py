"""Handouts of a story: a PDF to print, and a folder of slide pictures for other software.

The PDF has a page per slide (A4 portrait): the slide's title and date in both calendars, its
map as vectors, its caption, and the sources of what it highlights (document, locator and
quote); a last page lists every document cited, with what the registry says of its
reliability. The PNG folder has a 1920 × 1080 picture per slide, numbered in order, with the
caption under the map. Each map is an export request of the slide (:func:`slide_request`),
composed by :class:`~viewer.export.snapshot.SnapshotRenderer` with its legend, scale and
credits, as every exported picture is. Either is written completely or not at all
(:mod:`viewer.core.atomic`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from events.model import Source
from geodata.model import Citation
from viewer.core import style
from viewer.core.atlas import Atlas
from viewer.core.atomic import CheckedFile, atomic_file, atomic_folder
from viewer.core.credits import CREDIT_LINE
from viewer.core.export_options import LOGICAL_DPI, PAPER_COLOUR, SLIDE, extent_from_lonlat
from viewer.core.export_request import ExportRequest, Furniture, Page
from viewer.core.frame import MapFrame
from viewer.core.story import (
    EDITORIAL_SOURCE,
    CitedRecord,
    Slide,
    Story,
    bibliography,
    slide_sources,
)
from viewer.export.animation import ExportCancelledError, Progress
from viewer.export.png import write_png
from viewer.export.snapshot import SnapshotRenderer, drawn_bytes, memory_buffer
from viewer.story.slide_text import slide_calendars

HANDOUT_FORMATS = ("pdf", "png")
MARGIN = 52.0
"""Page margin in logical pixels (1/96 inch): about 14 mm."""
MAP_SHARE = 0.62
"""The map's height on a page as a share of the text width."""
SOURCE_PIXELS = (11.0, 10.0, 9.5, 9.0)
"""Type sizes tried for a slide's sources, largest first, until they fit the page (the
smallest still prints at 6.75 pt; a list longer than that goes on to another page)."""
CREDIT_PIXELS = 9.0
"""The data credits at the foot of each page: fine print, but print (6.75 pt)."""
CAPTION_PIXELS = 34.0
"""The caption under a slide picture: legible when the picture is projected."""
MUTED = "#5f5a50"


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
                _write_pdf(renderer, atlas, story, file, progress)
        else:
            with atomic_folder(path) as folder:
                _write_pictures(renderer, atlas, story, folder, progress)
    finally:
        if own:
            renderer.close()
    return path


# ---------------------------------------------------------------------- the PDF
class _Pages:
    """The PDF being written, with a cursor running down the current page.

    Every page carries the data credits at its foot, as the licences ask, so any page
    photocopied alone is still attributed.
    """

    def __init__(self, writer: QPdfWriter, painter: QPainter, families: list[str]) -> None:
        self.writer, self.painter, self.families = writer, painter, families
        self.width = writer.width() - 2 * MARGIN
        self.y = self.bottom = 0.0
        self._start_page()

    def _start_page(self) -> None:
        credits = _text_height(CREDIT_LINE, _font(self.families, CREDIT_PIXELS), self.width)
        self.y = self.writer.height() - MARGIN - credits
        self.text(CREDIT_LINE, CREDIT_PIXELS, colour=MUTED)
        self.bottom = self.writer.height() - MARGIN - credits - 10
        self.y = MARGIN

    def new_page(self) -> None:
        self.writer.newPage()
        self._start_page()

    def text(self, text: str, pixels: float, bold: bool = False, colour: str = style.TEXT) -> None:
        """Wrapped plain text at the cursor; the cursor moves below it."""
        font = _font(self.families, pixels, bold)
        height = _text_height(text, font, self.width)
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        box = QRectF(MARGIN, self.y, self.width, height + 1)
        self.painter.drawText(box, Qt.TextFlag.TextWordWrap, text)
        self.y += height

    def _document(self, html: str, pixels: float) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)  # lay out in the page's units
        document.setDefaultFont(_font(self.families, pixels))
        document.setDocumentMargin(0)
        document.setTextWidth(self.width)
        document.setHtml(html)
        return document

    def html_height(self, html: str, pixels: float) -> float:
        return self._document(html, pixels).size().height()

    def html(self, html: str, pixels: float) -> None:
        """A paragraph of simple HTML (bold and plain runs) at the cursor."""
        document = self._document(html, pixels)
        self.painter.save()
        try:
            self.painter.translate(MARGIN, self.y)
            document.drawContents(self.painter)
        finally:
            self.painter.restore()
        self.y += document.size().height()


def _write_pdf(
    renderer: SnapshotRenderer,
    atlas: Atlas,
    story: Story,
    file: CheckedFile,
    progress: Progress | None,
) -> None:
    """Draw the handout into memory, then write it to *file* (Qt's writer checks nothing)."""
    buffer = memory_buffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(round(LOGICAL_DPI))  # draw in logical pixels, 1/96 inch
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(story.title)
    writer.setCreator("Caspian Atlas")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the handout could not be started")
    try:
        pages = _Pages(writer, painter, renderer.families)
        sources = bibliography(story, atlas)
        numbers = {source.id: n for n, source in enumerate(sources, start=1)}
        total = len(story.slides) + 1
        for index in range(len(story.slides)):
            if index:
                pages.new_page()
            _slide_page(pages, renderer, atlas, story, index, numbers)
            _report(progress, index + 1, total)
        pages.new_page()
        _bibliography(pages, sources)
        _report(progress, total, total)
    finally:
        finished = painter.end()
    if not finished:
        raise OSError("the handout could not be finished")
    file.write(drawn_bytes(buffer))


def _slide_page(
    pages: _Pages,
    renderer: SnapshotRenderer,
    atlas: Atlas,
    story: Story,
    index: int,
    numbers: dict[str, int],
) -> None:
    """Heading and dates, the map, the caption, then the sources of what it highlights."""
    slide = story.slides[index]
    pages.text(f"{story.title}  ·  {index + 1} of {len(story.slides)}", 11, colour=MUTED)
    pages.y += 4
    pages.text(slide.heading, 24, bold=True)
    pages.y += 2
    pages.text("  ·  ".join(slide_calendars(slide)), 13, colour=MUTED)
    pages.y += 10
    size = (pages.width, round(pages.width * MAP_SHARE))
    furniture = Furniture(show_title=False, show_date=False, show_credits=False)
    request = slide_request(slide, atlas, Page(size), furniture, "pdf")
    _paint_map(pages.painter, renderer, request, MARGIN, pages.y)
    pages.y += size[1] + 14
    if slide.caption:
        pages.text(slide.caption, 14)
        pages.y += 12
    _sources(pages, [record_html(r, numbers) for r in slide_sources(slide, atlas)])


def _sources(pages: _Pages, paragraphs: list[str]) -> None:
    """The slide's sources in the largest type that fits the page; a longer list goes on
    overleaf rather than lose a source."""
    room = pages.bottom - pages.y
    pixels = next(
        (
            p
            for p in SOURCE_PIXELS
            if sum(pages.html_height(h, p) + 3 for h in paragraphs) + 2 * p <= room
        ),
        SOURCE_PIXELS[-1],
    )
    pages.text("Sources for this slide (numbers refer to the bibliography)", pixels + 1, True)
    if not paragraphs:
        text = "This slide highlights no event or territory, so it cites nothing of its own."
        pages.text(text, pixels, colour=MUTED)
    for paragraph in paragraphs:
        pages.y += 3
        if pages.y + pages.html_height(paragraph, pixels) > pages.bottom:
            pages.new_page()
            pages.text("Sources, continued", pixels + 1, True)
        pages.html(paragraph, pixels)


def record_html(record: CitedRecord, numbers: dict[str, int]) -> str:
    """A highlighted record and its citations, run in: label, then [n] locator: quote."""
    cites = [citation_html(c, numbers) for c in record.citations] or ["cited above"]
    return f"<b>{escape(record.label)}</b> — " + "; ".join(cites)


def citation_html(citation: Citation, numbers: dict[str, int]) -> str:
    """``[2] para 4: “quote”``; the editors' completions are their words, so unquoted."""
    number = numbers.get(citation.source)
    reference = f"[{number}]" if number else escape(citation.source)
    quote = escape(citation.quote)
    if citation.source != EDITORIAL_SOURCE:
        quote = f"\u201c{quote}\u201d"
    return f"{reference} {escape(citation.locator)}: {quote}"


def slide_request(
    slide: Slide, atlas: Atlas, page: Page, furniture: Furniture, format: str
) -> ExportRequest:
    """The export request of a slide's map: its resting day, area, layers and language, the
    territories it outlines, the event it rings and the window its events light up in."""
    day = slide.day
    window = dt.timedelta(days=slide.event_window(atlas))
    frame = MapFrame(
        date=day,
        language=slide.language,
        selection=slide.nearest_event(day, atlas),
        hidden_kinds=slide.hidden_kinds,
        extent=extent_from_lonlat(slide.extent) if slide.extent else None,
        event_window=(day - window, day + window),
    )
    return ExportRequest(frame, page, furniture, format, outlined=slide.outlined_on(day, atlas))


def _paint_map(
    painter: QPainter, renderer: SnapshotRenderer, request: ExportRequest, left: float, top: float
) -> None:
    """The renderer's composition of *request* at (left, top)."""
    painter.save()
    try:
        painter.translate(left, top)
        renderer.paint(painter, request, raster=isinstance(painter.device(), QImage))
    finally:
        painter.restore()


def _bibliography(pages: _Pages, sources: list[Source]) -> None:
    """Every document the story cites, numbered, with the registry's note on its reliability."""
    pages.text("Bibliography", 24, bold=True)
    pages.y += 4
    intro = (
        "The documents quoted on the slides, numbered as the slides cite them and described "
        "as the atlas's source registry describes them. Quotes are verbatim; facts the "
        "editors completed from general knowledge are marked as theirs."
    )
    pages.text(intro, 12, colour=MUTED)
    pages.y += 10
    for number, source in enumerate(sources, start=1):
        details = " · ".join([source.publisher, source.date or "undated", source.kind])
        entry = [
            (f"[{number}] {source.title}", 13.0, True, style.TEXT),
            (details, 11.0, False, MUTED),
            (" ".join(source.reliability.split()), 11.0, False, style.TEXT),
        ]
        height = sum(
            _text_height(t, _font(pages.families, p, b), pages.width) for t, p, b, _ in entry
        )
        if pages.y + height > pages.bottom:
            pages.new_page()
        for text, pixels, bold, colour in entry:
            pages.text(text, pixels, bold, colour)
        pages.y += 14


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
        _report(progress, index + 1, len(story.slides))


def slide_image(renderer: SnapshotRenderer, atlas: Atlas, slide: Slide) -> QImage:
    """A slide as a 1920 × 1080 picture: the composed map, then its caption beneath."""
    width, height = SLIDE
    families = renderer.families
    font = _font(families, CAPTION_PIXELS)
    text_width = width - 2 * 28
    band = 0.0
    if slide.caption:
        band = min(_text_height(slide.caption, font, text_width), 3.2 * _line(font)) + 2 * 24
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(1.0)
    image.fill(QColor(PAPER_COLOUR))
    painter = QPainter(image)
    try:
        page = Page((width, height - band))
        request = slide_request(slide, atlas, page, Furniture(title=slide.heading), "png")
        _paint_map(painter, renderer, request, 0, 0)
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


# ---------------------------------------------------------------------- text
def _font(families: list[str], pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(pixels * 72.0 / LOGICAL_DPI)
    font.setBold(bold)
    return font


def _line(font: QFont) -> float:
    return QFontMetricsF(font).lineSpacing()


def _text_height(text: str, font: QFont, width: float) -> float:
    box = QRectF(0, 0, width, 1e6)
    return QFontMetricsF(font).boundingRect(box, Qt.TextFlag.TextWordWrap, text).height()


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ExportCancelledError
