"""Stories without a display: the model, the YAML file, its checks, and what slides cite."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest

from geodata.dates import PartialDate
from geodata.errors import DataError
from geodata.model import LANGUAGES
from geodata.projection import projected_bounds
from viewer.core import story_files
from viewer.core.atlas import SPAN, load_atlas
from viewer.core.slide_map import extent_from_view, slide_summary, view_slide
from viewer.core.story import (
    EDITORIAL_SOURCE,
    Slide,
    Story,
    bibliography,
    load_story,
    slide_sources,
)
from viewer.core.story_files import bundled_stories, is_bundled, save_story, shipped_story


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def tiny_story() -> Story:
    return Story(
        title="Gilan, 1920–1921",
        author="A teacher",
        description="Two slides: the republic and the treaty.",
        slides=(
            Slide(
                start=PartialDate(1920, 7),
                title="The republic",
                extent=(46.0, 36.0, 52.0, 40.0),
                events=("republic-proclaimed-1920",),
                territories=("republic",),
                caption='The "republic" of Gilan: proclaimed in Rasht, 1920.',
                notes="First line of the notes.\n\nA second paragraph: with a colon # and a hash.",
            ),
            Slide(
                start=PartialDate(1921, 2, 26),
                end=PartialDate(1935),
                hidden_kinds=frozenset({"state"}),
                events=("treaty-1921", "line-set-1935"),
                caption="جمهوری شوروی سوسیالیستی ایران — Персидская Советская Республика",
                language="fa",
            ),
        ),
    )


def write(tmp_path, text: str):
    path = tmp_path / "story.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# ---------------------------------------------------------------------- the file
def test_a_story_survives_saving_and_loading(tiny_atlas, tmp_path):
    story = tiny_story()
    path = save_story(story, tmp_path / "gilan.yaml")
    assert load_story(path, tiny_atlas) == story
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# A Caspian Atlas story")
    assert 'date: "1920-07"' in text and 'from: "1921-02-26"' in text  # dates stay quoted
    assert "events: [republic-proclaimed-1920]" in text  # ids on one line
    assert "language: fa" in text and "language: en" not in text  # defaults left out
    assert "جمهوری" in text  # written as text, not escaped


def test_the_shipped_story_survives_saving_and_loading(atlas, tmp_path):
    story = load_story(shipped_story("en"), atlas)
    assert load_story(save_story(story, tmp_path / "copy.yaml"), atlas) == story


def test_saving_is_atomic(tiny_atlas, tmp_path, monkeypatch):
    from viewer.core import story_files as story_module
    from viewer.core.atomic import WriteError

    target = tmp_path / "mine.yaml"
    target.write_text("the user's story", encoding="utf-8")

    def broken(story):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(story_module, "story_yaml", broken)
    with pytest.raises(WriteError, match="the disk is full"):
        save_story(tiny_story(), target)
    assert target.read_text(encoding="utf-8") == "the user's story"
    assert [p.name for p in tmp_path.iterdir()] == ["mine.yaml"]


def test_an_unquoted_year_and_a_user_date_are_read(tiny_atlas, tmp_path):
    path = write(
        tmp_path,
        """\
        title: Forms of dates
        slides:
          - date: 1920
          - from: 12 Nov 1920
            to: 1300 SH
        """,
    )
    slides = load_story(path, tiny_atlas).slides
    assert slides[0].start == PartialDate(1920) and not slides[0].animated
    assert slides[1].start == PartialDate(1920, 11, 12)
    assert slides[1].day == dt.date(1921, 3, 21)  # 1 Farvardin 1300


def test_an_empty_story_is_a_story(tiny_atlas, tmp_path):
    story = load_story(write(tmp_path, "title: Not started\nslides: []\n"), tiny_atlas)
    assert story == Story("Not started")


# ---------------------------------------------------------------------- checks
BROKEN = """\
title: Broken
slides:
  - date: "1920-07"
    caption: Fine.
  - date: "1946-13"
    events: [treaty-1912]
  - from: "1921"
    extent: [30, 20, 50, 40]
  - date: "1900-06"
    territories: [republic]
    hidden_kinds: [spheres]
    captoin: A typo.
  - from: "1930"
    to: "1925"
    language: de
  - just text
  - date: "1750"
"""


def test_problems_name_file_line_slide_and_field(tiny_atlas, tmp_path):
    with pytest.raises(DataError) as caught:
        load_story(write(tmp_path, BROKEN), tiny_atlas)
    messages = [str(p) for p in caught.value.problems]
    name = str(tmp_path / "story.yaml")
    expected = [
        f"{name}:5: 'slide 2': field 'date': 1946-13: there is no month 13; months are 01 to 12",
        f"{name}:5: 'slide 2': field 'events': 'treaty-1912' is not an event; "
        "did you mean 'treaty-1921'?",
        f"{name}:7: 'slide 3': field 'to': is missing: an animated slide needs both",
        f"{name}:7: 'slide 3': field 'extent': reaches outside the map region",
        f"{name}:9: 'slide 4': field 'captoin': is not a field of a slide; did you mean 'caption'?",
        f"{name}:9: 'slide 4': field 'hidden_kinds': 'spheres' is not a kind",
        f"{name}:9: 'slide 4': field 'territories': 'republic' is not on the map at this "
        "slide's date (it is drawn June 1920 – September 1921)",
        f"{name}:13: 'slide 5': field 'to': 1925 is not after from 1930",
        f"{name}:13: 'slide 5': field 'language': 'de' is not one of: en, fa, ru",
        f"{name}: 'slide 6': must be a mapping (date, extent, caption…), not str",
        f"{name}:17: 'slide 7': field 'date': 1750 is outside the atlas's span, 1800 to "
        f"{SPAN[1].year}",
    ]
    for text in expected:
        assert any(m.startswith(text) for m in messages), (text, messages)
    assert len(messages) == len(expected)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- date: '1920'\n", "must be a story: a mapping with a title and a list of slides"),
        ("title: T\nslides: {date: '1920'}\n", "must be a story"),
        ("slides: []\n", "field 'title': is missing"),
        ("title: T\nslide: []\n", "field 'slide': is not a field of a story; did you mean"),
        ("title: T\nslides:\n  - caption: no date\n", "field 'date': is missing"),
        (
            "title: T\nslides:\n  - date: '1920'\n    from: '1920'\n    to: '1921'\n",
            "give either a date, or from and to",
        ),
        ("title: T\nslides:\n  - date: '1920'\n    extent: [50, 40, 44, 36]\n", "west < east"),
        ("title: T\nslides:\n  - date: '1920'\n    extent: [44, 36]\n", "[west, south, east"),
        (  # an integer too large for a float: our message, not an OverflowError
            "title: T\nslides:\n  - date: '1920'\n    extent: [44, 36, 50, 1" + "0" * 400 + "]\n",
            "'extent': must be [west, south, east, north] in degrees",
        ),
        ("title: T\nslides:\n  - date: '1920'\n    events: oops\n", "must be a list of text"),
        ("title: T\nslides:\n  - date: [1920]\n", "must be a date such as"),
        ("title: T\nslides:\n\t- date: '1920'\n", "story.yaml:3: is not valid YAML"),
    ],
)
def test_each_mistake_is_a_clear_problem(tiny_atlas, tmp_path, text, message):
    with pytest.raises(DataError) as caught:
        load_story(write(tmp_path, text), tiny_atlas)
    assert any(message in str(p) for p in caught.value.problems), caught.value.problems


def test_a_story_is_checked_against_the_atlas_it_is_opened_with(atlas, tmp_path):
    path = write(tmp_path, "title: T\nslides:\n  - date: '1946-02'\n    events: [treaty-1921]\n")
    with pytest.raises(DataError, match="'treaty-1921' is not an event"):
        load_story(path, atlas)


# ---------------------------------------------------------------------- slides
def test_a_slide_knows_its_day_heading_and_highlights(tiny_atlas):
    still, animated = tiny_story().slides
    assert still.day == still.first_day == dt.date(1920, 7, 1)
    assert still.heading == "The republic" and still.date_label == "July 1920"
    assert animated.day == dt.date(1935, 1, 1) and animated.first_day == dt.date(1921, 2, 26)
    assert animated.heading == "26 February 1921 – 1935"
    assert still.outlined_on(dt.date(1920, 7, 1), tiny_atlas) == {"republic"}
    assert still.outlined_on(dt.date(1930, 1, 1), tiny_atlas) == frozenset()  # gone by then
    assert animated.nearest_event(dt.date(1921, 3, 1), tiny_atlas) == "treaty-1921"
    assert animated.nearest_event(dt.date(1934, 6, 1), tiny_atlas) == "line-set-1935"


def test_a_still_slide_widens_the_event_window_to_mark_its_events(tiny_atlas):
    near = Slide(start=PartialDate(1920, 7), events=("republic-proclaimed-1920",))
    far = Slide(start=PartialDate(1922, 6), events=("republic-proclaimed-1920",))
    very_far = Slide(start=PartialDate(1935, 6), events=("republic-proclaimed-1920",))
    assert near.event_window(tiny_atlas) == 183
    # 30 days beyond the event's last day (it is dated to the month: 30 June 1920)
    assert far.event_window(tiny_atlas) == (dt.date(1922, 6, 1) - dt.date(1920, 6, 30)).days + 30
    assert very_far.event_window(tiny_atlas) == 1500  # never the whole timeline
    assert tiny_story().slides[1].event_window(tiny_atlas) == 183  # animation: the usual


def test_a_slide_made_from_the_view_highlights_what_is_selected(tiny_atlas):
    day = dt.date(1920, 7, 1)
    extent = (46.0, 36.0, 52.0, 40.0)
    event = view_slide(tiny_atlas, day, extent, frozenset(), "republic-proclaimed-1920", "ru")
    assert event.events == ("republic-proclaimed-1920",)
    assert event.territories == ("republic",)  # the territory the event starts
    assert event.start == PartialDate(1920, 7, 1) and event.language == "ru"
    territory = view_slide(tiny_atlas, day, extent, frozenset({"state"}), "republic", "en")
    assert (territory.events, territory.territories) == ((), ("republic",))
    assert territory.hidden_kinds == {"state"}
    later = view_slide(tiny_atlas, dt.date(1930, 1, 1), extent, frozenset(), "republic", "en")
    assert later.territories == ()  # not on the map that day, so not outlined
    assert slide_summary(event, tiny_atlas) == (
        "1 July 1920 · 46–52° E, 36–40° N · highlights 1 event and 1 territory"
    )


def test_a_slide_made_from_the_view_records_the_events_lit_so_its_handout_cites_them(tiny_atlas):
    day = dt.date(1921, 3, 1)
    extent = (46.0, 36.0, 52.0, 40.0)
    nothing_selected = view_slide(tiny_atlas, day, extent, frozenset(), "", "en", lit_window=183)
    assert nothing_selected.events == ("treaty-1921",)  # lit: 3 days away; 1920 and 1935 are not
    assert [c.id for c in slide_sources(nothing_selected, tiny_atlas)] == ["treaty-1921"]
    selected = view_slide(
        tiny_atlas, day, extent, frozenset(), "republic-proclaimed-1920", "en", lit_window=183
    )
    assert selected.events == ("republic-proclaimed-1920", "treaty-1921")  # the selection first


def test_the_view_becomes_a_box_in_degrees_inside_the_region():
    x0, y0, x1, y1 = projected_bounds((46.0, 36.0, 52.0, 40.0))
    west, south, east, north = extent_from_view(x0, y0, x1, y1)
    assert 45.5 < west <= 46.0 and 52.0 <= east < 52.5  # the view holds the box, and not
    assert 35.5 < south <= 36.0 and 40.0 <= north < 40.5  # much more
    huge = projected_bounds((30.0, 15.0, 70.0, 55.0))
    assert extent_from_view(*huge) == (36.0, 23.5, 64.0, 48.0)  # clipped to the region


# ---------------------------------------------------------------------- sources
def test_a_slide_cites_what_it_highlights_each_passage_once(atlas):
    slide = Slide(
        start=PartialDate(1946, 2),
        events=("republic-of-mahabad-proclaimed-1946",),
        territories=("republic-of-mahabad",),
    )
    event, territory = slide_sources(slide, atlas)
    assert event.label == "Kurdish Republic of Mahabad proclaimed (22 January 1946)"
    assert event.citations == atlas.events["republic-of-mahabad-proclaimed-1946"].sources
    assert territory.label.startswith("Republic of Mahabad (Kurdish Republic) (22 January 1946")
    everything = atlas.history["republic-of-mahabad"].sources
    assert set(territory.citations) == set(everything) - set(event.citations)


def test_the_bibliography_lists_every_cited_document_editors_last(atlas):
    story = load_story(shipped_story("en"), atlas)
    sources = bibliography(story, atlas)
    cited = {c.source for s in story.slides for r in slide_sources(s, atlas) for c in r.citations}
    assert {s.id for s in sources} == cited
    assert sources[-1].id == EDITORIAL_SOURCE
    titles = [s.title.casefold() for s in sources[:-1]]
    assert titles == sorted(titles)


# ---------------------------------------------------------------------- the shipped story
TITLES = {
    "en": "Iran and its northern neighbour in twelve maps",
    "fa": "ایران و همسایه شمالی‌اش در دوازده نقشه",
    "ru": "Иран и его северный сосед в двенадцати картах",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_story_is_twelve_sourced_maps_from_1907_to_2025(atlas, language):
    path = shipped_story(language)
    assert path is not None and is_bundled(path)
    story = load_story(path, atlas)  # against the real atlas: any problem raises
    assert story.title == TITLES[language]
    assert len(story.slides) == 12
    assert {s.language for s in story.slides} == {language}  # the map's labels follow
    assert story.slides[0].first_day.year == 1907 and story.slides[-1].day.year == 2025
    days = [s.first_day for s in story.slides]
    assert days == sorted(days)
    for slide in story.slides:
        assert slide.title and slide.events and slide.notes
        assert 60 <= len(slide.caption) <= 300  # a sentence or two, readable on a slide
        assert any(r.citations for r in slide_sources(slide, atlas))
        if not slide.animated:  # every highlighted territory is outlined on the slide's map
            assert slide.outlined_on(slide.day, atlas) == set(slide.territories)


def test_every_shipped_file_is_the_story_in_one_of_the_languages():
    """No stray file in the folder: each is the story F5 presents in one language."""
    assert sorted(bundled_stories()) == sorted(filter(None, map(shipped_story, LANGUAGES)))


def test_the_translations_show_the_same_maps_as_the_english_story(atlas):
    """A translation changes the words only, so its maps cannot drift from the original's."""

    def maps(language: str) -> list[tuple[object, ...]]:
        return [
            (s.start, s.end, s.extent, s.hidden_kinds, s.events, s.territories, s.scans)
            for s in load_story(shipped_story(language), atlas).slides
        ]

    english = maps("en")
    for language in ("fa", "ru"):
        assert maps(language) == english, language


def test_the_words_are_translated_and_persian_counts_in_persian_digits(atlas):
    english, persian, russian = (load_story(shipped_story(lang), atlas) for lang in LANGUAGES)
    for story in (persian, russian):
        for mine, theirs in zip(story.slides, english.slides, strict=True):
            assert {mine.title, mine.caption, mine.notes}.isdisjoint(
                {theirs.title, theirs.caption, theirs.notes}
            )
    words = [persian.title, persian.description] + [
        text for s in persian.slides for text in (s.title, s.caption, s.notes)
    ]
    assert not [text for text in words if any(c in "0123456789" for c in text)]
    assert persian.slides[0].title.startswith("۱۹۰۷")
    assert russian.slides[0].title.startswith("1907")


def test_a_language_without_a_translation_gets_the_english_story(tmp_path, monkeypatch):
    monkeypatch.setattr(story_files, "stories_folder", lambda: tmp_path)
    assert shipped_story("fa") is None  # nothing ships
    original = tmp_path / "lesson.yaml"
    original.write_text("title: Lesson\nslides: []\n", encoding="utf-8")
    assert shipped_story("fa") == original == shipped_story("ru") == shipped_story("en")
    persian = tmp_path / "lesson.fa.yaml"
    persian.write_text("title: درس\nslides: []\n", encoding="utf-8")
    assert shipped_story("fa") == persian and shipped_story("ru") == original
    assert shipped_story("de") == original  # not a language of the app


def test_the_story_module_imports_no_qt():
    code = (
        "import sys, viewer.core.story\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_edtf_slide_dates_are_written_back_with_their_marks(tiny_atlas, tmp_path):
    import dataclasses

    story = tiny_story()
    marked = dataclasses.replace(story.slides[0], start=PartialDate(1920, 7, uncertain=True))
    story = dataclasses.replace(story, slides=(marked, *story.slides[1:]))
    path = save_story(story, tmp_path / "doubt.yaml")
    assert 'date: "1920-07?"' in path.read_text(encoding="utf-8")
    assert load_story(path, tiny_atlas) == story
