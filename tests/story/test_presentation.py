"""Presentation mode: the keys a clicker sends move through the slides, and the map follows."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from geodata.dates import PartialDate
from geodata.projection import projected_bounds
from viewer.core.story import Slide, Story
from viewer.map.map_view import HOME_LONLAT
from viewer.story.presentation import PresentationWindow
from viewer.story.slide_text import calendar_lines, slide_calendars

EXTENT = (46.0, 36.0, 52.0, 40.0)


def story() -> Story:
    return Story(
        title="Gilan and the Caspian",
        slides=(
            Slide(
                start=PartialDate(1920, 7),
                title="The republic",
                extent=EXTENT,
                events=("republic-proclaimed-1920",),
                territories=("republic",),
                caption="A Soviet republic is proclaimed in Rasht.",
                notes="Say when: June 1920.",
            ),
            Slide(
                start=PartialDate(1921, 3),
                hidden_kinds=frozenset({"state"}),
                events=("treaty-1921",),
                caption="The treaty is signed in Moscow.",
            ),
            Slide(
                start=PartialDate(1934, 6),
                end=PartialDate(1936),
                title="The sea line",
                territories=("sea-line",),
                events=("line-set-1935",),
                caption="A line across the Caspian.",
            ),
        ),
    )


@pytest.fixture
def presentation(qtbot, tiny_atlas):
    from viewer.app.application import make_app

    make_app()
    shown = PresentationWindow(tiny_atlas, story(), fade_ms=0)
    qtbot.addWidget(shown)
    shown.show()
    shown.resize(1920, 1080)
    qtbot.waitExposed(shown)
    return shown


def view_contains(presentation, bounds) -> bool:
    (x0, x1), (y0, y1) = presentation.map.view_box.viewRange()
    bx0, by0, bx1, by1 = projected_bounds(bounds)
    return x0 <= bx0 and x1 >= bx1 and y0 <= by0 and y1 >= by1  # all of it in view


def test_the_first_slide_shows_its_date_area_and_highlights(presentation):
    assert presentation.state.date == dt.date(1920, 7, 1)
    assert presentation.map.outlines.groups["selected"] == {"republic"}
    assert presentation.map.markers.selected == "republic-proclaimed-1920"
    assert view_contains(presentation, EXTENT)
    (x0, x1), _ = presentation.map.view_box.viewRange()
    bx0, _, bx1, _ = projected_bounds(EXTENT)
    assert x1 - x0 < 2 * (bx1 - bx0)  # the slide's area, not the whole region
    assert presentation.heading.text() == "The republic"
    assert presentation.gregorian.text() == "July 1920"
    assert presentation.other_calendars.text() == "Tir – Mordad 1299 SH"
    assert presentation.counter.text() == "1 / 3"


def test_clicker_keys_move_between_slides_and_the_map_follows(presentation, qtbot):
    with qtbot.waitSignal(presentation.slideChanged) as moved:
        qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert moved.args == [1]
    assert presentation.state.date == dt.date(1921, 3, 1)
    assert presentation.map.outlines.groups["selected"] == frozenset()
    assert presentation.map.territories.shown == {"republic"}  # states hidden on this slide
    assert view_contains(presentation, HOME_LONLAT)  # no area: the whole region
    assert presentation.counter.text() == "2 / 3"
    qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
    assert presentation.index == 0 and presentation.state.date == dt.date(1920, 7, 1)
    assert presentation.map.territories.shown == {"union", "republic"}  # states back
    assert presentation.map.outlines.groups["selected"] == {"republic"}
    for key, index in (
        (Qt.Key.Key_Space, 1),
        (Qt.Key.Key_Backspace, 0),
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_End, 2),
        (Qt.Key.Key_Home, 0),
    ):
        qtbot.keyClick(presentation, key)
        assert presentation.index == index, key


def test_the_ends_of_the_story_stay_put(presentation, qtbot):
    with qtbot.assertNotEmitted(presentation.slideChanged):
        qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
        qtbot.keyClick(presentation, Qt.Key.Key_Home)
    qtbot.keyClick(presentation, Qt.Key.Key_End)
    with qtbot.assertNotEmitted(presentation.slideChanged):
        qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.index == 2


def test_an_animated_slide_plays_to_its_end_and_outlines_what_is_drawn(presentation, qtbot):
    qtbot.keyClick(presentation, Qt.Key.Key_End)
    assert presentation.state.date == dt.date(1934, 6, 1)
    assert presentation.map.outlines.groups["selected"] == frozenset()  # no line yet
    assert presentation.gregorian.text() == "June 1934"
    qtbot.waitUntil(lambda: presentation.state.date == dt.date(1936, 1, 1))
    assert presentation.map.outlines.groups["selected"] == {"sea-line"}  # drawn from 1935
    assert presentation.gregorian.text() == "1936"
    assert presentation.other_calendars.text() == "1314–1315 SH"
    assert presentation.map.markers.selected == "line-set-1935"


def test_b_and_period_blank_the_screen_and_any_key_brings_it_back(presentation, qtbot):
    qtbot.keyClick(presentation, Qt.Key.Key_B)
    assert presentation.is_blank
    assert presentation.blank.geometry() == presentation.rect()
    with qtbot.assertNotEmitted(presentation.slideChanged):
        qtbot.keyClick(presentation, Qt.Key.Key_PageDown)  # back to the picture, same slide
    assert not presentation.is_blank and presentation.index == 0
    qtbot.keyClick(presentation, Qt.Key.Key_Period)
    assert presentation.is_blank
    qtbot.keyClick(presentation, Qt.Key.Key_Period)
    assert not presentation.is_blank


def test_type_is_large_enough_for_a_lecture_hall(presentation):
    assert presentation.caption.font().pointSizeF() >= 28
    assert presentation.gregorian.font().pointSizeF() >= 28
    assert presentation.other_calendars.font().pointSizeF() >= 20
    assert presentation.map.magnification >= 1.5
    presentation.resize(2560, 1440)
    assert presentation.caption.font().pointSizeF() > 36  # grows with the screen


def test_s_shows_the_speaker_notes(presentation, qtbot):
    assert not presentation.notes.isVisible()
    qtbot.keyClick(presentation, Qt.Key.Key_S)
    assert presentation.notes.isVisible()
    assert presentation.notes.notes.text() == "Say when: June 1920."
    assert presentation.notes.following.text() == "Next: March 1921"
    qtbot.keyClick(presentation.notes, Qt.Key.Key_PageDown)  # the notes window drives too
    assert presentation.index == 1
    assert presentation.notes.notes.text() == "The treaty is signed in Moscow."  # no notes
    qtbot.keyClick(presentation, Qt.Key.Key_S)
    assert not presentation.notes.isVisible()


def test_on_one_screen_the_notes_sit_beside_the_slide_never_behind_it(presentation, qtbot):
    qtbot.keyClick(presentation, Qt.Key.Key_S)
    assert presentation.notes.window() is presentation  # a split view, not a second window
    width = presentation.width()
    qtbot.waitUntil(lambda: presentation.map.width() >= 0.45 * width)  # the slide keeps room
    notes, stage = presentation.notes.geometry(), presentation.map.geometry()
    assert not notes.intersects(stage) and 360 <= notes.width() <= 0.25 * width


def test_the_presenter_sees_the_time_elapsed(presentation):
    assert re.fullmatch(r"\d+:\d\d elapsed", presentation.notes.clock.text())
    presentation.notes.show_elapsed(125_000)
    assert presentation.notes.clock.text() == "2:05 elapsed"
    presentation.notes.show_elapsed(3_725_000)
    assert presentation.notes.clock.text() == "1:02:05 elapsed"


def test_escape_leaves_and_the_main_window_is_as_it_was(qtbot, window, tiny_atlas):
    window.state.date = dt.date(1946, 2, 1)
    window.state.selection = "treaty-1921"
    before = (window.map.view_box.viewRange(), dict(window.map.outlines.groups))
    shown = PresentationWindow(tiny_atlas, story(), start=1, fade_ms=0)
    qtbot.addWidget(shown)
    shown.start(window.screen())
    qtbot.waitExposed(shown)
    qtbot.waitUntil(shown.isActiveWindow)  # the clicker's keys go to the slides
    assert shown.isFullScreen() and shown.index == 1
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)
    with qtbot.waitSignal(shown.finished) as left:
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert left.args == [2]
    assert not shown.isVisible() and not shown.notes.isVisible()
    assert window.isVisible() and not window.isFullScreen()
    assert window.state.date == dt.date(1946, 2, 1)
    assert window.state.selection == "treaty-1921"
    assert (window.map.view_box.viewRange(), window.map.outlines.groups) == before


def test_a_story_without_slides_cannot_be_presented(tiny_atlas, qapp):
    with pytest.raises(ValueError, match="no slides"):
        PresentationWindow(tiny_atlas, Story("Empty"))


def test_dates_read_in_both_calendars():
    assert calendar_lines(PartialDate(1907, 8, 31)) == (
        "31 August 1907",
        "8 Shahrivar 1286 SH  ·  Russian Old Style: 18 August 1907 OS",
    )
    assert calendar_lines(PartialDate(1946, 2)) == ("February 1946", "Bahman – Esfand 1324 SH")
    animated = story().slides[2]
    assert slide_calendars(animated) == ("June 1934 – 1936", "Khordad 1313 SH – 1314 SH")


def test_story_text_is_shown_as_written_never_as_markup(qtbot, tiny_atlas):
    from viewer.app.application import make_app

    make_app()
    marked_up = Story(
        title="<b>Gilan</b>",
        slides=(
            Slide(
                start=PartialDate(1920, 7),
                title="<i>The republic</i>",
                caption="<img src='/etc/hosts'> and <b>bold</b>",
                notes="<a href='file:///etc'>notes</a>",
            ),
        ),
    )
    shown = PresentationWindow(tiny_atlas, marked_up, fade_ms=0)
    qtbot.addWidget(shown)
    labels = {
        shown.story_title: "<b>Gilan</b>",
        shown.heading: "<i>The republic</i>",
        shown.caption: "<img src='/etc/hosts'> and <b>bold</b>",
        shown.notes.notes: "<a href='file:///etc'>notes</a>",
        shown.notes.position: "Slide 1 of 1: <i>The republic</i>",
    }
    for label, text in labels.items():
        assert label.text() == text
        assert label.textFormat() == Qt.TextFormat.PlainText  # so the tags show literally


def test_a_russian_presentation_speaks_russian_and_keeps_the_slides_map_language(qtbot, tiny_atlas):
    from viewer.app.application import make_app

    make_app()
    shown = PresentationWindow(tiny_atlas, story(), fade_ms=0, language="ru")
    qtbot.addWidget(shown)
    assert shown.notes.position.text() == "Слайд 1 из 3: The republic"  # the story's words
    assert shown.notes.following.text() == "Далее: Март 1921 г."
    assert shown.gregorian.text() == "Июль 1920 г."
    shown.notes.show_elapsed(125_000)
    assert shown.notes.clock.text() == "прошло 2:05"
    assert shown.state.language == "en"  # the slide's map labels keep the slide's language
    shown.show_slide(2)
    assert shown.notes.following.text() == "Далее: конец"
    shown.show_slide(1)
    assert shown.notes.notes.text() == "The treaty is signed in Moscow."  # caption, as written
    bare = Story("Bare", slides=(Slide(start=PartialDate(1920, 7)),))
    silent = PresentationWindow(tiny_atlas, bare, fade_ms=0, language="ru")
    qtbot.addWidget(silent)
    assert silent.notes.notes.text() == "(к этому слайду нет заметок)"


def test_a_persian_presentation_counts_in_persian_digits_and_reads_right_to_left(qtbot, tiny_atlas):
    from viewer.app.application import make_app

    make_app()
    shown = PresentationWindow(tiny_atlas, story(), start=1, fade_ms=0, language="fa")
    qtbot.addWidget(shown)
    assert shown.counter.text() == "\u200f۲ / ۳"  # read from the right: 2 of 3
    assert shown.notes.position.text().startswith("اسلاید ۲ از ۳")
    assert shown.gregorian.text() == "اسفند ۱۲۹۹"  # the Solar Hijri date first
    assert shown.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_dates_read_in_the_audiences_words():
    assert calendar_lines(PartialDate(1907, 8, 31), "ru") == (
        "31 августа 1907 г.",
        "8 шахривар 1286 г. с. х.  ·  Старый стиль: 18 августа 1907 г. (ст. ст.)",
    )
    fa = calendar_lines(PartialDate(1946, 2), "fa")
    assert fa[0] == "بهمن ۱۳۲۴" and fa[1] == "فوریه ۱۹۴۶"
    animated = story().slides[2]
    assert slide_calendars(animated, "ru") == (
        "Июнь 1934 г. – 1936 г.",
        "Хордад 1313 г. с. х. – 1314 г. с. х.",  # a line starts with a capital
    )


def test_l_and_the_legend_button_show_and_hide_the_slides_legend(presentation, qtbot):
    legend = presentation.legend
    assert not legend.isVisible()  # the map speaks first
    qtbot.keyClick(presentation, Qt.Key.Key_L)
    assert legend.isVisible() and presentation.legend_button.isChecked()
    shown = set(legend.texts)
    assert shown  # the first slide's features, as the slide draws them
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)  # the next slide hides the states
    assert legend.isVisible() and set(legend.texts) != shown
    qtbot.keyClick(presentation, Qt.Key.Key_L)
    assert not legend.isVisible() and not presentation.legend_button.isChecked()
    qtbot.mouseClick(presentation.legend_button, Qt.MouseButton.LeftButton)
    assert legend.isVisible()
    qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
    assert presentation.index == 0


def test_each_slide_shows_the_scans_as_it_recorded_them(qtbot, tiny_atlas, tmp_path):
    """Issue 18: a slide's scan looks are given to the open scan of that file name; a slide
    that records none shows every scan as by default, not as the slide before left it."""
    from tests.raster_files import write_geotiff
    from viewer.app.application import make_app
    from viewer.core.export_request import Furniture, Page
    from viewer.core.frame import RasterLook
    from viewer.core.user_data import UserData
    from viewer.story.handout_drawing import slide_request

    make_app()
    user_data = UserData(tiny_atlas)
    user_data.add(write_geotiff(tmp_path / "gilan-1920.tif"))
    atlas = user_data.combined()
    (scan,) = atlas.rasters
    over = RasterLook(0.4, over=True)
    slides = (
        Slide(PartialDate(1920, 7), scans=(("gilan-1920.tif", over),)),
        Slide(PartialDate(1921, 3)),
    )
    shown = PresentationWindow(atlas, Story("Scans", slides=slides), fade_ms=0)
    qtbot.addWidget(shown)
    assert shown.state.raster_look(scan.id) == over
    assert shown.map.rasters.items[scan.id].opacity() == pytest.approx(0.4)
    assert shown.map.rasters.over == {scan.id}
    shown.show_slide(1)
    assert shown.state.raster_look(scan.id) == RasterLook()
    assert shown.map.rasters.over == set()
    request = slide_request(slides[0], atlas, Page(), Furniture(), "png")  # the handout's
    assert request.frame.raster_look(scan.id) == over


def test_the_scale_bar_reads_in_each_slides_map_language(qtbot, tiny_atlas):
    """The map's words follow the slide's language, its scale bar's digits and unit too."""
    from viewer.app.application import make_app

    make_app()
    slides = (
        Slide(PartialDate(1920, 7), language="fa"),
        Slide(PartialDate(1921, 3), language="en"),
    )
    shown = PresentationWindow(tiny_atlas, Story("Bar", slides=slides), fade_ms=0)
    qtbot.addWidget(shown)
    assert shown.map.scale_bar.language == "fa"
    shown.show_slide(1)
    assert shown.map.scale_bar.language == "en"
