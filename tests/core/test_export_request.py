"""Export requests, without Qt: built from a map frame, and checked against every limit."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from viewer.core.atlas import SPAN
from viewer.core.export_request import (
    Animation,
    ExportRequest,
    Furniture,
    Page,
)
from viewer.core.frame import MapFrame
from viewer.core.visibility import DEFAULT_WINDOW_DAYS, visible, window_days

DAY = dt.date(1920, 7, 1)  # the tiny atlas shows "union" and "republic"
FRAME = MapFrame(
    date=DAY,
    language="ru",
    selection="republic",
    hidden_kinds=frozenset({"state"}),
    hidden_base=frozenset({"rivers"}),
    extent=(1.0, 2.0, 3.0, 4.0),
    event_window=(dt.date(1920, 1, 1), dt.date(1921, 1, 1)),
)


def test_a_request_carries_its_frame_whole_and_each_frame_of_a_span_keeps_it():
    furniture = Furniture(title="Gilan", show_legend=False)
    request = ExportRequest(FRAME, Page.for_pixels(640, 360), furniture, "gif")
    assert request.frame is FRAME
    span = ExportRequest(FRAME, request.page, furniture, "gif", Animation(DAY, dt.date(1920, 9, 1)))
    frames = list(span.frames())
    assert [f.frame.date for f in frames] == [DAY, dt.date(1920, 8, 1), dt.date(1920, 9, 1)]
    for frame in frames:  # only the date moves: language, selection, layers, area stay
        assert frame.frame == MapFrame(**{**_fields(FRAME), "date": frame.frame.date})
        assert (frame.page, frame.furniture, frame.animation) == (
            span.page,
            furniture,
            span.animation,
        )
    assert list(request.frames()) == [request]  # a still picture is its one frame


def _fields(frame: MapFrame) -> dict:
    return {name: getattr(frame, name) for name in MapFrame.__slots__}


def test_titles_name_the_date_or_the_span_unless_one_is_given():
    def plain(request: ExportRequest) -> str:
        return request.title_text.replace("\N{NO-BREAK SPACE}", " ")

    assert plain(ExportRequest(MapFrame(DAY))) == "Iran and its northern neighbour, 1 July 1920"
    span = ExportRequest(MapFrame(DAY), format="gif", animation=Animation(DAY, dt.date(1922, 7, 1)))
    assert plain(span) == "Iran and its northern neighbour, July 1920 – July 1922"
    assert span.timeline == (DAY, dt.date(1922, 7, 1))
    assert ExportRequest(MapFrame(DAY), furniture=Furniture(title="Mine")).title_text == "Mine"


def _request(**changes: object) -> ExportRequest:
    fields: dict = {"frame": MapFrame(DAY), "page": Page.for_pixels(960, 540), "format": "png"}
    return ExportRequest(**{**fields, **changes})


def _refusal(**changes: object) -> str | None:
    return _request(**changes).problem()


SPAN_GIF = {"format": "gif", "animation": Animation(DAY, dt.date(1921, 1, 1))}


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"format": "bmp"}, "unknown format 'bmp'; use png, svg, pdf, gif or mp4"),
        ({"format": "mp4"}, "a MP4 needs a first and a last date"),
        ({"animation": Animation(DAY, DAY)}, "a span of dates makes an animation"),
        ({"frame": MapFrame(dt.date(1750, 1, 1))}, "1750-01-01 is outside the atlas's span"),
        ({"frame": MapFrame(DAY, language="de")}, "unknown language 'de'; use en, fa, ru"),
        (
            {"format": "gif", "animation": Animation(DAY, DAY, step="week")},
            "unknown step 'week'",
        ),
        (
            {"format": "gif", "animation": Animation(dt.date(1921, 1, 1), DAY)},
            "the animation starts on 1921-01-01, after its end on 1920-07-01",
        ),
        (
            {"format": "gif", "animation": Animation(DAY, DAY, fps=float("nan"))},
            "a speed of nan frames a second is out of range: use 0.1 to 60",
        ),
        ({"page": Page.for_pixels(960, 540, dpi=2401)}, "a resolution of 2401 dpi is out of"),
        ({"page": Page.for_paper("a3", dpi=2400)}, "pixels is too large (at most 150 megapixels)"),
        ({"page": Page.for_pixels(63, 540)}, "63×540 pixels is out of range: a side must be 64"),
        ({"page": Page((0.0, 100.0))}, "the picture's size is empty or not a number"),
        (
            {"frame": MapFrame(DAY, extent=(5.0, 0.0, 1.0, 1.0))},
            "the area to show is empty or not a number",
        ),
    ],
)
def test_each_limit_is_refused_in_its_own_words(changes, words):
    request = _request(**changes)
    assert words in (request.problem() or "")
    with pytest.raises(ValueError, match=re.escape(words)) as refused:
        request.check()
    assert str(refused.value) == request.problem()


def test_a_limit_is_refused_in_the_readers_language():
    request = _request(page=Page.for_pixels(63, 540))
    russian = "63×540 пикселей — вне допустимых пределов: сторона должна быть от 64 до"
    assert (request.problem("ru") or "").startswith(russian)
    with pytest.raises(ValueError, match=r"^\u2066۶۳×۵۴۰\u2069 پیکسل"):
        request.check("fa")


def test_requests_within_the_limits_pass():
    assert _refusal() is None
    assert _refusal(**SPAN_GIF) is None
    assert _refusal(format="svg", page=Page.for_pixels(40000, 40000)) is None  # no pixels
    assert _refusal(frame=MapFrame(SPAN[1])) is None


def test_the_kinds_shown_and_the_selection_outlined(tiny_atlas):
    assert visible(tiny_atlas, MapFrame(DAY)).territories == {"union", "republic"}
    hidden = MapFrame(DAY, hidden_kinds=frozenset({"state"}))
    assert visible(tiny_atlas, hidden).territories == {"republic"}
    assert visible(tiny_atlas, MapFrame(DAY, selection="republic")).outlined == {"republic"}
    before = MapFrame(dt.date(1919, 1, 1), selection="republic")
    assert visible(tiny_atlas, before).outlined == frozenset()
    assert visible(tiny_atlas, MapFrame(DAY)).outlined == frozenset()


def test_the_event_window_in_days_either_side():
    assert window_days(MapFrame(DAY)) == DEFAULT_WINDOW_DAYS
    assert window_days(FRAME) == 184  # to 1 January 1921, the further end
