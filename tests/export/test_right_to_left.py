"""A Persian picture is set from the right, as the app's window is; the map is not mirrored."""

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from viewer.core.export_options import PAPER_COLOUR
from viewer.core.export_request import ExportRequest, Furniture, Page
from viewer.core.frame import MapFrame
from viewer.export import legend as legend_module
from viewer.export.furniture import Timeline, draw_furniture
from viewer.export.legend import legend_rows
from viewer.export.snapshot import SnapshotRenderer

DAY = dt.date(1920, 7, 1)  # the tiny atlas shows "union" and "republic"
SHORT_TITLE = {"en": "Gilan", "fa": "گیلان"}  # far shorter than the panel is wide


@pytest.fixture(scope="module")
def renderer(qapp, tiny_atlas):
    made = SnapshotRenderer(tiny_atlas)
    yield made
    made.close()


def picture(language: str, width: int = 1280, height: int = 720, **furniture) -> ExportRequest:
    """A picture whose logical pixels are its pixels (the longer side 1280 to 1920)."""
    return ExportRequest(
        MapFrame(DAY, language=language), Page.for_pixels(width, height), Furniture(**furniture)
    )


def ink_columns(image: QImage, band: QRectF) -> np.ndarray:
    """The x of every column of *band* with a pixel that is not the page's paper."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    pixels = rows.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3]
    paper = QColor(PAPER_COLOUR)
    top, bottom = max(int(band.top()), 0), min(int(band.bottom()) + 1, image.height())
    left, right = max(int(band.left()), 0), min(int(band.right()) + 1, image.width())
    part = pixels[top:bottom, left:right].astype(int)
    away = np.abs(part - [paper.blue(), paper.green(), paper.red()]).max(axis=2) > 40
    return np.flatnonzero(away.any(axis=0)) + left


def test_a_persian_plate_has_its_panel_on_the_maps_left_as_the_english_has_it_on_the_right(
    renderer,
):
    # without the credits, whose lines differ by language, the two pages have one body
    en, _ = renderer.prepare(picture("en", show_credits=False))
    fa, _ = renderer.prepare(picture("fa", show_credits=False))
    assert en.header.left() > en.map.right() and en.legend.left() > en.map.right()
    assert fa.header.right() < fa.map.left() and fa.legend.right() < fa.map.left()
    # a mirror: the same map and panel, from the other side of the page
    assert fa.map.size() == en.map.size()
    assert fa.map.left() == pytest.approx(1280 - en.map.right(), abs=1)
    assert fa.legend.width() == pytest.approx(en.legend.width(), abs=1)
    assert fa.timeline == en.timeline  # time runs left to right in every language


@pytest.mark.parametrize("size", [(1280, 720), (900, 1280)], ids=["plate", "portrait"])
def test_persian_title_and_date_end_at_the_headers_right_edge(renderer, size):
    for language in ("en", "fa"):
        request = picture(language, *size, title=SHORT_TITLE[language])
        image = renderer.image(request)
        layout, _ = renderer.prepare(request)
        header = layout.header
        lines = renderer.layouts.header_lines(request, layout)
        assert len(lines) == 2  # the title and the date line
        for line in lines:
            spacing = renderer.text.metrics(line.font).lineSpacing()
            band = QRectF(header.left(), line.top_left.y(), header.width(), spacing)
            ink = ink_columns(image, band)
            if language == "fa":
                assert ink.max() == pytest.approx(header.right(), abs=4)
            else:
                assert ink.min() == pytest.approx(header.left(), abs=4)
        title = ink_columns(image, QRectF(header.left(), header.top(), header.width(), 20))
        short = header.width() / 2  # the short title keeps to its own side
        if language == "fa":
            assert title.min() > header.left() + short
        else:
            assert title.max() < header.right() - short


@pytest.mark.parametrize("columns", [1, 2])
def test_persian_legend_rows_have_their_swatch_right_of_the_label(
    renderer, tiny_atlas, monkeypatch, columns
):
    swatches = []
    draw_swatch = legend_module._draw_swatch

    def recorded(painter, box, row):
        swatches.append(box)
        draw_swatch(painter, box, row)

    monkeypatch.setattr(legend_module, "_draw_swatch", recorded)
    ids = frozenset(t.id for t in tiny_atlas.history)
    rect = QRectF(20, 20, 760, 560)
    for language in ("en", "fa"):
        swatches.clear()
        rows = legend_rows(tiny_atlas, ids, language)
        image = QImage(800, 600, QImage.Format.Format_RGB32)
        image.fill(QColor(PAPER_COLOUR))
        painter = QPainter(image)
        renderer.legend.draw(painter, rect, columns, rows, 1.0, language)
        painter.end()
        assert len(swatches) == len(rows) > 2
        heading = ink_columns(image, QRectF(rect.left(), rect.top(), rect.width(), 20))
        width = (rect.width() - (columns - 1) * 24) / columns
        regions = [rect.left() + k * (width + 24) for k in range(columns)]
        for box in swatches:
            left = next(x for x in regions if x <= box.center().x() <= x + width)
            band = QRectF(left, box.top(), width, box.height())
            label = [
                x for x in ink_columns(image, band) if not box.left() - 2 <= x <= box.right() + 2
            ]
            assert label  # every row has its words
            if language == "fa":
                assert box.right() == pytest.approx(left + width)
                assert box.left() - 16 < max(label) < box.left()
            else:
                assert box.left() == pytest.approx(left)
                assert box.right() < min(label) < box.right() + 16
        first = swatches[0].center().x()
        if language == "fa":  # the heading and the first row at the right
            assert heading.max() == pytest.approx(rect.right(), abs=4)
            assert first > rect.center().x()
        else:
            assert heading.min() == pytest.approx(rect.left(), abs=4)
            assert first < rect.center().x()


def test_persian_credits_are_set_from_the_right(renderer):
    for language in ("en", "fa"):
        request = picture(language, 1600, 900)
        image = renderer.image(request)
        layout, _ = renderer.prepare(request)
        footer = layout.footer
        ink = ink_columns(image, footer)
        last_line = ink_columns(image, footer.adjusted(0, footer.height() / 2, 0, 0))
        if language == "fa":
            assert ink.max() == pytest.approx(footer.right(), abs=4)
            assert last_line.min() > footer.left() + 40  # its ragged edge at the left
        else:
            assert ink.min() == pytest.approx(footer.left(), abs=4)
            assert last_line.max() < footer.right() - 40


class RecordingPainter(QPainter):
    """A painter that notes each text drawn at a point, where, and in which direction."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[float, str]] = []
        self.directions: dict[str, Qt.LayoutDirection] = {}

    def drawText(self, *args) -> None:  # noqa: N802 (Qt's name)
        self.texts.append((args[0].x(), args[-1]))
        self.directions[args[-1]] = self.layoutDirection()
        super().drawText(*args)


@pytest.mark.parametrize(
    ("language", "years"),
    [("en", ["1920", "1921", "1922"]), ("fa", ["۱۹۲۰", "۱۹۲۱", "۱۹۲۲"])],
)
def test_an_animations_timeline_runs_left_to_right_in_the_languages_digits(
    renderer, language, years
):
    span = (dt.date(1919, 6, 1), dt.date(1922, 6, 1))
    timeline = Timeline(QRectF(0, 0, 600, 52), span, 1.0, language)
    image = QImage(600, 52, QImage.Format.Format_RGB32)
    painter = RecordingPainter(image)
    timeline.draw_track(painter, renderer.text)
    painter.end()
    assert [text for _, text in painter.texts] == years
    places = [x for x, _ in painter.texts]
    assert places == sorted(places)  # the earliest year at the left
    assert timeline.x_of(span[0]) < timeline.x_of(span[1])


@pytest.mark.parametrize(
    ("language", "direction"),
    [("en", Qt.LayoutDirection.LeftToRight), ("fa", Qt.LayoutDirection.RightToLeft)],
)
def test_the_scale_bars_length_reads_in_its_languages_direction(renderer, language, direction):
    # '۲۰۰ کیلومتر' set left to right would read 'km 200' to a Persian reader, and '200 km'
    # set right to left 'km 200' to anyone: whatever direction the painter comes with
    renderer.prepare(picture(language))
    placed = renderer.furniture
    drawn = []
    for inherited in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        image = QImage(1280, 720, QImage.Format.Format_RGB32)
        image.fill(QColor(PAPER_COLOUR))
        painter = RecordingPainter(image)
        painter.setLayoutDirection(inherited)
        draw_furniture(painter, placed, renderer.text)
        painter.end()
        assert painter.directions[placed.km] == direction
        drawn.append(image)
    assert drawn[0] == drawn[1]
    zero, km = (x for x, text in painter.texts if text in (placed.zero, placed.km))
    assert zero < km  # the bar itself is the map's: 0 at its left in every language
