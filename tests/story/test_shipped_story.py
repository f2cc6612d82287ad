"""The shipped story in each language, on the real atlas: its words fit the presentation's
slides and a Persian handout is made from it."""

from __future__ import annotations

import re
import unicodedata

import pytest

from geodata.model import LANGUAGES
from tests.export.test_export import pdf_text
from viewer.app import cli
from viewer.core.atlas import load_atlas
from viewer.core.story import load_story
from viewer.core.story_files import shipped_story
from viewer.story.presentation import PresentationWindow


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_caption_fits_its_slide_on_a_small_projector(atlas, qtbot, qapp, language):
    """Persian letters stand taller than Latin ones: a caption as long as the English one
    would be cut off at the foot of the slide, where the presentation shows no scroll bar."""
    story = load_story(shipped_story(language), atlas)
    shown = PresentationWindow(atlas, story, fade_ms=0, language=language)
    qtbot.addWidget(shown)
    shown.show()
    for width, height in ((1024, 600), (1600, 1000)):
        shown.resize(width, height)
        for index, slide in enumerate(story.slides):
            shown.show_slide(index)
            qapp.processEvents()  # lay the new words out
            needs = shown.caption.heightForWidth(shown.caption.width())
            assert needs <= shown.caption.height(), (height, slide.title)


@pytest.mark.parametrize("language", ["fa", "ru"])
def test_notes_beside_the_slide_leave_its_words_whole_on_a_small_projector(
    atlas, qtbot, qapp, language
):
    """S on one 1024×600 screen: the notes panel takes its share beside the words, never over
    them (a Persian slide's notes covered its heading), and each caption still fits."""
    from PySide6.QtCore import Qt

    story = load_story(shipped_story(language), atlas)
    shown = PresentationWindow(atlas, story, fade_ms=0, language=language)
    qtbot.addWidget(shown)
    shown.show()
    shown.resize(1024, 600)
    qtbot.keyClick(shown, Qt.Key.Key_S)
    qapp.processEvents()
    notes, column, whole = shown.notes.geometry(), shown.column.geometry(), shown.rect()
    assert shown.notes.isVisible() and whole.contains(notes) and whole.contains(column)
    assert not notes.intersects(column) and not notes.intersects(shown.map.geometry())
    for index, slide in enumerate(story.slides):
        shown.show_slide(index)
        qapp.processEvents()
        needs = shown.caption.heightForWidth(shown.caption.width())
        assert needs <= shown.caption.height(), slide.title


@pytest.fixture(scope="module")
def handouts(tmp_path_factory, qapp):
    """The shipped story's handout in each language, made as a user makes it."""
    made: dict[str, bytes] = {}
    for language in LANGUAGES:
        out = tmp_path_factory.mktemp("handouts") / f"handout-{language}.pdf"
        path = str(shipped_story(language))
        assert cli.main(["export", "--story", path, "--lang", language, "--out", str(out)]) == 0
        made[language] = out.read_bytes()
    return made


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_slide_of_the_shipped_story_keeps_to_one_handout_page(handouts, atlas, language):
    """A teacher photocopies a slide's page: its sources belong on it. The map gives up some
    height for them (a Persian handout had 19 pages for 12 slides, its lines being taller)."""
    slides = len(load_story(shipped_story(language), atlas).slides)
    assert len(re.findall(rb"/Type\s*/Page\b", handouts[language])) == slides + 1  # + sources


def test_the_persian_story_makes_a_persian_handout(handouts):
    data = handouts["fa"]
    # Persian letters are drawn in their joined forms, without the half-spaces
    text = unicodedata.normalize("NFKC", pdf_text(data)).replace("\u200c", "")
    assert "ایرانوهمسایهشمالیاشدردوازدهنقشه" in text  # the story's title, in each page's head
    assert "تقسیمایران" in text and "بحرانآذربایجان" in text  # the slides' headings
    assert "کتابنامه" in text and "۱۲از۱" in text  # its words and digits, read from the right
    assert "Persiadivided" not in text and "Bibliography" not in text
