"""The PDF handout: a page a slide (heading, dates, the map as vectors, caption and the sources
of what it highlights) and a bibliography, on A4 with the data credits at every page's foot.
It is drawn into memory and handed to the caller's checked file whole.
"""

from __future__ import annotations

import unicodedata
from html import escape

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from events.model import Source
from geodata.model import Citation
from viewer.core import style
from viewer.core.atlas import Atlas
from viewer.core.atomic import CheckedFile
from viewer.core.credits import credit_line
from viewer.core.export_options import LOGICAL_DPI
from viewer.core.export_request import Furniture, Page
from viewer.core.story import EDITORIAL_SOURCE, CitedRecord, Story, bibliography, slide_sources
from viewer.core.wording import digits, is_right_to_left, translate
from viewer.export.animation import Progress
from viewer.export.snapshot import SnapshotRenderer, drawn_bytes, memory_buffer
from viewer.story.handout_drawing import (
    paint_map,
    print_font,
    report_progress,
    slide_request,
    text_height,
)
from viewer.story.slide_text import isolated, slide_calendars, slide_heading

MARGIN = 52.0
"""Page margin in logical pixels (1/96 inch): about 14 mm."""
MAP_SHARE = 0.62
"""The map's height on a page as a share of the text width, when the slide's text leaves room."""
SHORTEST_MAP_SHARE = 0.46
"""The least the map shrinks to so that a slide's sources stay on its page (a Persian page's
taller lines took a second page for half the slides); with more to cite, they go on overleaf."""
SOURCE_PIXELS = (11.0, 10.0, 9.5, 9.0)
"""Type sizes tried for a slide's sources, largest first, until they fit the page (the
smallest still prints at 6.75 pt; a list longer than that goes on to another page)."""
CREDIT_PIXELS = 9.0
"""The data credits at the foot of each page: fine print, but print (6.75 pt)."""
MUTED = "#5f5a50"


class _Pages:
    """The PDF being written, with a cursor running down the current page.

    Every page carries the data credits at its foot, as the licences ask, so any page
    photocopied alone is still attributed.
    """

    def __init__(
        self, writer: QPdfWriter, painter: QPainter, families: list[str], language: str
    ) -> None:
        self.writer, self.painter, self.families = writer, painter, families
        self.language = language
        self.right_to_left = is_right_to_left(language)
        self.width = writer.width() - 2 * MARGIN
        self.y = self.bottom = 0.0
        self._start_page()

    def _start_page(self) -> None:
        line = credit_line(self.language)
        credits = text_height(line, print_font(self.families, CREDIT_PIXELS), self.width)
        self.y = self.writer.height() - MARGIN - credits
        self.text(line, CREDIT_PIXELS, colour=MUTED)
        self.bottom = self.writer.height() - MARGIN - credits - 10
        self.y = MARGIN

    def new_page(self) -> None:
        self.writer.newPage()
        self._start_page()

    def text_height(self, text: str, pixels: float, bold: bool = False) -> float:
        return text_height(text, print_font(self.families, pixels, bold), self.width)

    def text(self, text: str, pixels: float, bold: bool = False, colour: str = style.TEXT) -> None:
        """Wrapped plain text at the cursor; the cursor moves below it."""
        font = print_font(self.families, pixels, bold)
        height = text_height(text, font, self.width)
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        box = QRectF(MARGIN, self.y, self.width, height + 1)
        side, direction = Qt.AlignmentFlag.AlignLeft, Qt.LayoutDirection.LeftToRight
        if self.right_to_left:  # a Persian page is set from the right; each line reads in
            # its own direction, so a story's English words keep their full stops at the end
            side = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            direction = Qt.LayoutDirection.LayoutDirectionAuto
        self.painter.save()
        try:
            self.painter.setLayoutDirection(direction)
            self.painter.drawText(box, int(Qt.TextFlag.TextWordWrap | side), text)
        finally:
            self.painter.restore()
        self.y += height

    def _document(self, html: str, pixels: float) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)  # lay out in the page's units
        document.setDefaultFont(print_font(self.families, pixels))
        document.setDocumentMargin(0)
        document.setTextWidth(self.width)
        document.setHtml(html)
        if self.right_to_left:
            option = document.defaultTextOption()
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            document.setDefaultTextOption(option)
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


def write_pdf(
    renderer: SnapshotRenderer,
    atlas: Atlas,
    story: Story,
    file: CheckedFile,
    progress: Progress | None,
    language: str = "en",
) -> None:
    """Draw the handout into memory, then write it to *file* (Qt's writer checks nothing);
    its fixed words and dates in *language*, each slide's map in the slide's."""
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
        pages = _Pages(writer, painter, renderer.families, language)
        sources = bibliography(story, atlas)
        numbers = {source.id: n for n, source in enumerate(sources, start=1)}
        total = len(story.slides) + 1
        for index in range(len(story.slides)):
            if index:
                pages.new_page()
            _slide_page(pages, renderer, atlas, story, index, numbers)
            report_progress(progress, index + 1, total)
        pages.new_page()
        _bibliography(pages, sources)
        report_progress(progress, total, total)
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
    language = pages.language
    of = translate("Handout", "{number} of {count}", language)
    number = of.format(number=index + 1, count=len(story.slides))
    pages.text(
        f"{isolated(story.title, language)}  ·  {digits(number, language)}", 11, colour=MUTED
    )
    pages.y += 4
    pages.text(slide_heading(slide, language), 24, bold=True)
    pages.y += 2
    pages.text("  ·  ".join(slide_calendars(slide, language)), 13, colour=MUTED)
    pages.y += 10
    cited = [record_html(r, numbers, language) for r in slide_sources(slide, atlas, language)]
    caption = pages.text_height(slide.caption, 14) + 12 if slide.caption else 0.0
    size = (pages.width, _map_height(pages, caption, cited))
    furniture = Furniture(show_title=False, show_date=False, show_credits=False)
    request = slide_request(slide, atlas, Page(size), furniture, "pdf")
    paint_map(pages.painter, renderer, request, MARGIN, pages.y)
    pages.y += size[1] + 14
    if slide.caption:
        pages.text(slide.caption, 14)
        pages.y += 12
    _sources(pages, cited)


def _map_height(pages: _Pages, caption: float, cited: list[str]) -> int:
    """The map's height: its full share of the page, less what the caption (*caption* high)
    and the sources in their smallest type need below it, down to the shortest share."""
    room = pages.bottom - pages.y - 14 - caption - _sources_height(pages, cited, SOURCE_PIXELS[-1])
    full, shortest = (round(pages.width * share) for share in (MAP_SHARE, SHORTEST_MAP_SHARE))
    return max(shortest, min(full, int(room)))


def _sources_height(pages: _Pages, paragraphs: list[str], pixels: float) -> float:
    """How much of the page a slide's sources take in type of *pixels*."""
    heading = pages.text_height(_sources_heading(pages.language), pixels + 1, bold=True)
    return heading + sum(pages.html_height(h, pixels) + 3 for h in paragraphs) + pixels


def _sources_heading(language: str) -> str:
    return translate(
        "Handout", "Sources for this slide (numbers refer to the bibliography)", language
    )


def _sources(pages: _Pages, paragraphs: list[str]) -> None:
    """The slide's sources in the largest type that fits the page; a longer list goes on
    overleaf rather than lose a source."""
    room = pages.bottom - pages.y
    pixels = next(
        (p for p in SOURCE_PIXELS if _sources_height(pages, paragraphs, p) <= room),
        SOURCE_PIXELS[-1],
    )
    language = pages.language
    pages.text(_sources_heading(language), pixels + 1, True)
    if not paragraphs:
        text = translate(
            "Handout",
            "This slide highlights no event or territory, so it cites nothing of its own.",
            language,
        )
        pages.text(text, pixels, colour=MUTED)
    for paragraph in paragraphs:
        pages.y += 3
        if pages.y + pages.html_height(paragraph, pixels) > pages.bottom:
            pages.new_page()
            pages.text(translate("Handout", "Sources, continued", language), pixels + 1, True)
        pages.html(paragraph, pixels)


def record_html(record: CitedRecord, numbers: dict[str, int], language: str) -> str:
    """A highlighted record and its citations, run in: label, then [n] locator: quote.

    On a right-to-left page the label is a line of its own. Citations all written left to
    right (the seeds' English) run in under it as a left-to-right paragraph, numbered as on
    an English page; otherwise each is a line of its own: run into a Persian paragraph, an
    English quote that wraps sets its next line's start to the left of the end of the
    previous quote, and the two read crossed.
    """
    label = f"<b>{escape(record.label)}</b>"
    run_in = record.citations and all(reads_left_to_right(c.quote) for c in record.citations)
    if is_right_to_left(language) and run_in:  # as in English: Persian digits and
        # isolates would draw in the Persian font, whose taller lines set the lines apart
        cites = "; ".join(citation_html(c, numbers, "en") for c in record.citations)
        return f'<div>{label}</div><div dir="ltr" align="left">{cites}</div>'
    cited = [citation_html(c, numbers, language) for c in record.citations]
    cited = cited or [escape(translate("Handout", "cited above", language))]
    if is_right_to_left(language):
        return f"<div>{label}</div>" + "".join(f"<div>{cite}</div>" for cite in cited)
    return f"{label} — " + "; ".join(cited)


def reads_left_to_right(text: str) -> bool:
    """Whether *text* begins, by its first strong letter, left to right (Unicode's rule)."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction == "L":
            return True
        if direction in ("R", "AL"):
            return False
    return False


def citation_html(citation: Citation, numbers: dict[str, int], language: str) -> str:
    """``[2] para 4: “quote”``; the editors' completions are their words, so unquoted."""
    number = numbers.get(citation.source)
    reference = digits(f"[{number}]", language) if number else escape(citation.source)
    quote = escape(citation.quote)
    if citation.source != EDITORIAL_SOURCE:
        quote = f"\u201c{quote}\u201d"
    # a source's words keep their own direction in a Persian paragraph, full stop and all
    return isolated(f"{reference} {escape(citation.locator)}: {quote}", language)


def _bibliography(pages: _Pages, sources: list[Source]) -> None:
    """Every document the story cites, numbered, with the registry's note on its reliability."""
    language = pages.language
    pages.text(translate("Handout", "Bibliography", language), 24, bold=True)
    pages.y += 4
    intro = translate(
        "Handout",
        "The documents quoted on the slides, numbered as the slides cite them and described "
        "as the atlas's source registry describes them. Quotes are verbatim; facts the "
        "editors completed from general knowledge are marked as theirs.",
        language,
    )
    pages.text(intro, 12, colour=MUTED)
    pages.y += 10
    for number, source in enumerate(sources, start=1):
        undated = translate("Handout", "undated", language)
        details = " · ".join([source.publisher, source.date or undated, source.kind])
        entry = [
            (f"{digits(f'[{number}]', language)} {source.title}", 13.0, True, style.TEXT),
            (details, 11.0, False, MUTED),
            (" ".join(source.reliability.split()), 11.0, False, style.TEXT),
        ]
        height = sum(
            text_height(t, print_font(pages.families, p, b), pages.width) for t, p, b, _ in entry
        )
        if pages.y + height > pages.bottom:
            pages.new_page()
        for text, pixels, bold, colour in entry:
            pages.text(text, pixels, bold, colour)
        pages.y += 14
