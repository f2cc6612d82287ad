"""The export's parts: the PNG writer, the pictures kept between frames, pieces of long lines."""

import datetime as dt
import itertools
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

from viewer.core.export_request import Animation, ExportRequest, Furniture, Page
from viewer.core.frame import MapFrame
from viewer.export import text as export_text
from viewer.export.layout import map_extent
from viewer.export.map_picture import PIECE, _pieces
from viewer.export.png import BAND, write_png
from viewer.export.snapshot import SnapshotRenderer
from viewer.export.text import Typesetter

BEFORE, DURING = dt.date(1920, 1, 1), dt.date(1920, 7, 1)  # the republic is drawn from June


@pytest.fixture(scope="module")
def renderer(qapp, tiny_atlas):
    made = SnapshotRenderer(tiny_atlas)
    yield made
    made.close()


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    return rows.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].copy()


# ---------------------------------------------------------------------- PNG
def test_png_holds_every_pixel_and_the_resolution(qapp, tmp_path):
    image = QImage(101, 2 * BAND + 3, QImage.Format.Format_RGB32)  # odd width, a short band
    image.fill(QColor("#e9e4d8"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#0072b2"))
    painter.drawEllipse(QPointF(50, 70), 40, 60)
    painter.end()
    image.setDotsPerMeterX(11811)
    image.setDotsPerMeterY(11811)
    with (tmp_path / "a.png").open("wb") as file:
        write_png(image, file)
    read = QImage(str(tmp_path / "a.png"))
    assert (read.width(), read.height()) == (101, 2 * BAND + 3)
    assert read.dotsPerMeterX() == read.dotsPerMeterY() == 11811
    assert np.array_equal(pixels(read), pixels(image))


# ---------------------------------------------------------------------- animation frames
@pytest.mark.parametrize("legend", [True, False])
def test_frames_drawn_over_one_image_are_the_pictures_of_their_dates(renderer, legend):
    # the still part (layers, legend, title) is kept between frames and must follow what
    # the date shows, legend or not; the layers' pictures must follow the base layers
    animation = ExportRequest(
        MapFrame(BEFORE),
        Page.for_pixels(1280, 720),
        Furniture(title="A span", show_legend=legend),
        "gif",
        Animation(BEFORE, dt.date(1921, 1, 1)),
    )
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    seen = []
    for day, hidden in ((BEFORE, ()), (DURING, ()), (BEFORE, ()), (DURING, ("graticule",))):
        request = replace(animation, frame=MapFrame(day, hidden_base=frozenset(hidden)))
        renderer.draw_frame(frame, request)
        seen.append(pixels(frame))
        assert np.array_equal(seen[-1], pixels(renderer.image(request)))
    assert not np.array_equal(seen[0], seen[1])  # the republic came
    assert not np.array_equal(seen[1], seen[3])  # the graticule went


def test_the_base_picture_is_kept_when_only_the_territories_change(renderer):
    request = ExportRequest(MapFrame(BEFORE), Page.for_pixels(1280, 720))  # whole pixels: kept
    renderer.image(request)
    base = renderer._map_painter._base[1]
    layers = renderer._map_painter._layers[1]
    renderer.image(request.at(DURING))
    assert renderer._map_painter._base[1] is base
    assert renderer._map_painter._layers[1] is not layers


# ---------------------------------------------------------------------- long lines
def test_a_long_line_is_cut_into_pieces_that_meet_and_know_where_they_start():
    points = [QPointF(3 * i, 4 * (i % 2)) for i in range(2 * PIECE + 37)]  # segments of 5
    cut = list(_pieces(QPolygonF(points)))
    pieces = [list(piece) for piece, _ in cut]
    assert [len(p) for p in pieces] == [PIECE + 1, PIECE + 1, 37]
    assert all(a[-1] == b[0] for a, b in itertools.pairwise(pieces))
    assert [pt for p in pieces for pt in p[1:]] == points[1:]
    assert [length for _, length in cut] == pytest.approx([0, 5 * PIECE, 10 * PIECE])
    short = QPolygonF(points[: PIECE + 1])
    assert [(list(p), length) for p, length in _pieces(short)] == [(list(short), 0.0)]


# ---------------------------------------------------------------------- type
def test_type_is_measured_once_and_the_fonts_kept_are_bounded(qapp, monkeypatch):
    text = Typesetter(["Noto Sans"])
    font = text.font(19)
    assert text.font(19) is font
    lines = text.wrap("Azerbaijan People's Government, Republic of Mahabad", font, 200, 3)
    assert len(lines) > 1
    assert text.wrap("Azerbaijan People's Government, Republic of Mahabad", font, 200, 3) is lines
    monkeypatch.setattr(export_text, "CACHED_FONTS", 3)
    for pixels in range(10):
        text.font(10 + pixels)
    assert len(text._fonts) <= 3


# ---------------------------------------------------------------------- labels
def test_an_exports_labels_are_its_dates_laid_out_at_once(renderer):
    """On screen a date's labels wait for its frame; an export lays out its frame's date's
    labels before it draws, with no turn of the event loop between."""
    renderer.prepare(ExportRequest(MapFrame(DURING)))
    assert "Republic" in renderer.map.labels.visible_texts
    assert not renderer.map.labels.laying_out
    renderer.prepare(ExportRequest(MapFrame(BEFORE)))
    assert "Republic" not in renderer.map.labels.visible_texts
    assert "Rasht" in renderer.map.labels.visible_texts
    assert not renderer.map.labels.laying_out


# ---------------------------------------------------------------------- furniture
def test_no_label_goes_under_the_scale_bar_and_north_arrow(renderer):
    x0, y0, x1, y1 = map_extent(ExportRequest(MapFrame(BEFORE)))
    w, h = (x1 - x0) / 4, (y1 - y0) / 4  # the middle half: room to move within the limits
    extent = (x0 + w, y0 + h, x1 - w, y1 - h)
    request = ExportRequest(MapFrame(BEFORE, extent=extent), Page.for_pixels(1280, 720))
    layout, _ = renderer.prepare(request)
    view = renderer.map.view_box
    box = renderer.furniture.box.translated(-layout.map.topLeft())  # the map is drawn 1:1
    rasht = next(s for s in renderer.map.labels._static.specs if s.key == "rasht")
    # move the extent until Rasht's dot sits in the middle of the furniture's box
    under = view.childTransform().inverted()[0].map(box.center())
    dx, dy = rasht.x - under.x(), rasht.y - under.y()
    x0, y0, x1, y1 = extent
    moved = replace(request, frame=MapFrame(BEFORE, extent=(x0 + dx, y0 + dy, x1 + dx, y1 + dy)))
    bare = replace(moved, furniture=Furniture(show_scale_bar=False, show_north_arrow=False))
    renderer.prepare(bare)
    assert "Rasht" in renderer.map.labels.visible_texts  # placed where nothing covers it
    layout, _ = renderer.prepare(moved)
    box = renderer.furniture.box.translated(-layout.map.topLeft())
    assert box.contains(view.childTransform().map(QPointF(rasht.x, rasht.y)))
    assert "Rasht" not in renderer.map.labels.visible_texts  # its dot would be under the box
    assert not [p.text for p in renderer.map.labels._placed if p.bounds.intersects(box)]


# ---------------------------------------------------------------------- label sizes
def _label_points(renderer, request):
    """The point size of every label placed on *request*'s picture, and of its pointers."""
    renderer.prepare(request)
    labels = {p.text: p.shape.font.pointSizeF() for p in renderer.map.labels._placed}
    return labels, renderer.map.pointers.font.pointSizeF()


def test_a_half_page_map_has_smaller_labels_than_a_slide_in_proportion(renderer):
    frame = MapFrame(dt.date(1921, 2, 26))  # a pointer to Moscow too
    slide, slide_pointer = _label_points(renderer, ExportRequest(frame))
    half_page = Page((690, 428))  # a handout's map: half an A4 page
    handout, handout_pointer = _label_points(renderer, ExportRequest(frame, half_page))
    common = slide.keys() & handout.keys()
    assert len(common) >= 3
    ratios = {round(handout[text] / slide[text], 6) for text in common}
    (ratio,) = ratios  # every label shrinks by the same factor
    assert ratio < 1
    assert handout_pointer / slide_pointer == pytest.approx(ratio)
    place = renderer.map.labels._fonts["place"].pointSizeF()
    assert place >= 6.5  # a town's name still prints legibly
    _label_points(renderer, ExportRequest(frame))
    assert renderer.map.labels._fonts["place"].pointSizeF() == pytest.approx(place / ratio)
