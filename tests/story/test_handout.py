"""Handouts: a PDF page a slide plus a bibliography, or a folder of 1920 × 1080 pictures."""

from __future__ import annotations

import datetime as dt
import errno
import re
import unicodedata

import pytest
from PySide6.QtGui import QImage

from geodata.dates import PartialDate
from tests.export.test_export import pdf_text
from viewer.app import cli
from viewer.core.atomic import WriteError
from viewer.core.export_request import ExportRequest, Page
from viewer.core.frame import MapFrame
from viewer.core.story import Slide, Story
from viewer.core.visibility import DEFAULT_WINDOW_DAYS
from viewer.export.animation import ExportCancelledError
from viewer.export.snapshot import SnapshotRenderer
from viewer.story import handout as handout_module
from viewer.story.handout import export_handout, handout_format, slide_file_name

CAPTIONS = (
    "A Soviet republic is proclaimed in Rasht.",
    "The treaty is signed in Moscow; Persia gains the islands.",
    "A line is drawn across the Caspian.",
)


def story() -> Story:
    return Story(
        title="Gilan and the Caspian",
        slides=(
            Slide(
                PartialDate(1920, 7),
                title="The republic",
                extent=(46.0, 36.0, 52.0, 40.0),
                events=("republic-proclaimed-1920",),
                territories=("republic",),
                caption=CAPTIONS[0],
            ),
            Slide(PartialDate(1921, 2, 26), events=("treaty-1921",), caption=CAPTIONS[1]),
            Slide(
                PartialDate(1934),
                end=PartialDate(1936),
                title="Ein Strich — «линия»",
                territories=("sea-line",),
                caption=CAPTIONS[2],
            ),
        ),
    )


@pytest.fixture(scope="module")
def renderer(qapp, tiny_atlas):
    made = SnapshotRenderer(tiny_atlas)
    yield made
    made.close()


def squeeze(text: str) -> str:
    return "".join(text.split())


# ---------------------------------------------------------------------- the PDF
def test_the_pdf_has_a_page_a_slide_and_a_bibliography(renderer, tiny_atlas, tmp_path):
    path = export_handout(tiny_atlas, story(), tmp_path / "gilan.pdf", renderer=renderer)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 3 + 1
    assert re.search(rb"/MediaBox \[0 0 595\.0* 842\.0*\]", data)  # A4 portrait
    text = pdf_text(data)
    for caption in CAPTIONS:
        assert squeeze(caption) in text
    assert "Therepublic" in text  # the slide's heading
    assert "July1920·Tir–Mordad1299SH" in text  # the date in both calendars
    assert "1934–1936·1312SH–1314SH" in text  # an animated slide's span
    assert "Sourcesforthisslide" in text
    assert squeeze("[1] para 2: “proclaimed”") in text  # numbered, with locator and quote
    assert "Bibliography" in text
    assert squeeze("[1] Soviet–Iranian relations, 1917–1991 (encyclopaedia article)") in text
    assert "NaturalEarth" in text  # the data credits, on every page


def test_a_shared_renderer_draws_the_next_request_without_the_slides_marks(
    renderer, tiny_atlas, tmp_path
):
    # the slides outline territories and ring an event; the next picture (the dialog's,
    # say) shows only what its own frame selects
    export_handout(tiny_atlas, story(), tmp_path / "a.pdf", renderer=renderer)
    renderer.image(ExportRequest(MapFrame(dt.date(1921, 3, 1)), Page.for_pixels(320, 180)))
    assert renderer.map.outlines.groups["selected"] == frozenset()
    assert renderer.map.markers.selected == ""
    assert renderer.map.markers.window_days == DEFAULT_WINDOW_DAYS


def test_a_cancelled_pdf_leaves_nothing(renderer, tiny_atlas, tmp_path):
    def cancel_after_one(done: int, total: int) -> bool:
        return done < 1

    with pytest.raises(ExportCancelledError):
        export_handout(tiny_atlas, story(), tmp_path / "a.pdf", None, cancel_after_one, renderer)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_pdf_keeps_the_users_file(renderer, tiny_atlas, tmp_path, monkeypatch):
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"the user's handout")

    def disk_full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(handout_module, "write_pdf", disk_full)
    with pytest.raises(WriteError, match=f"^Cannot write {target}: the disk is full$"):
        export_handout(tiny_atlas, story(), target, renderer=renderer)
    assert target.read_bytes() == b"the user's handout"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_a_story_without_slides_makes_no_handout(renderer, tiny_atlas, tmp_path):
    with pytest.raises(ValueError, match="no slides"):
        export_handout(tiny_atlas, Story("Empty"), tmp_path / "e.pdf", renderer=renderer)


# ---------------------------------------------------------------------- the pictures
def test_a_folder_of_pictures_one_a_slide(renderer, tiny_atlas, tmp_path):
    folder = export_handout(tiny_atlas, story(), tmp_path / "slides", renderer=renderer)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["01-the-republic.png", "02-26-february-1921.png", "03-ein-strich.png"]
    for name in names:
        image = QImage(str(folder / name))
        assert (image.width(), image.height()) == (1920, 1080)
    assert [p.name for p in tmp_path.iterdir()] == ["slides"]  # no temporary folder left


def test_pictures_go_into_an_existing_folder_beside_the_users_files(renderer, tiny_atlas, tmp_path):
    folder = tmp_path / "slides"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    (folder / "01-the-republic.png").write_bytes(b"old")
    export_handout(tiny_atlas, story(), folder, "png", renderer=renderer)
    assert (folder / "notes.txt").read_text() == "mine"
    assert QImage(str(folder / "01-the-republic.png")).width() == 1920  # replaced
    assert len(list(folder.iterdir())) == 4


def test_cancelled_pictures_leave_nothing(renderer, tiny_atlas, tmp_path):
    with pytest.raises(ExportCancelledError):
        export_handout(
            tiny_atlas, story(), tmp_path / "slides", None, lambda done, total: False, renderer
        )
    assert list(tmp_path.iterdir()) == []


def test_the_format_comes_from_the_path(tmp_path):
    assert handout_format(tmp_path / "h.PDF") == "pdf"
    assert handout_format(tmp_path / "slides") == "png"
    assert handout_format(tmp_path / "h.pdf", "png") == "png"
    with pytest.raises(ValueError, match=r"give a \.pdf file, or a folder"):
        handout_format(tmp_path / "h.png")
    with pytest.raises(ValueError, match="pdf or png, not 'svg'"):
        handout_format(tmp_path / "h.pdf", "svg")
    persian = Slide(PartialDate(1946), title="جمهوری مهاباد")
    assert slide_file_name(11, persian) == "12-slide.png"
    long = Slide(PartialDate(1946), title="A very long heading " * 5)
    assert slide_file_name(0, long) == "01-a-very-long-heading-a-very-long-heading-a-very.png"


# ---------------------------------------------------------------------- the command line
REAL_STORY = """\
title: Two maps
slides:
  - date: "1946-02"
    events: [republic-of-mahabad-proclaimed-1946]
    territories: [republic-of-mahabad]
    caption: Mahabad, February 1946.
  - date: "1957-06"
    territories: [frontier-1957]
    caption: The frontier of 1957.
"""


def test_cli_writes_a_handout_and_a_folder(tmp_path, capsys, qapp):
    path = tmp_path / "two.yaml"
    path.write_text(REAL_STORY, encoding="utf-8")
    out = tmp_path / "two.pdf"
    assert cli.main(["export", "--story", str(path), "--out", str(out)]) == 0
    assert f"Wrote handout {out}" in capsys.readouterr().out
    data = out.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 3
    assert "Mahabad,February1946." in pdf_text(data)
    folder = tmp_path / "pictures"
    assert cli.main(["export", "--story", str(path), "--out", f"{folder}/"]) == 0
    assert len(list(folder.iterdir())) == 2


def test_cli_writes_a_handout_in_the_language_asked_for(tmp_path, qapp):
    path = tmp_path / "two.yaml"
    path.write_text(REAL_STORY, encoding="utf-8")
    out = tmp_path / "two-ru.pdf"
    assert cli.main(["export", "--story", str(path), "--lang", "ru", "--out", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "Библиография" in text and "1из2" in text  # "1 of 2"
    assert "Bibliography" not in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--out", "h.png"], "cannot tell the handout format of 'h.png'"),
        (["--out", "h.pdf", "--format", "gif"], "a handout is pdf or png, not 'gif'"),
        (["--out", "h.pdf", "--date", "1946"], "--date cannot be used with --story"),
        (["--out", "h.pdf", "--from", "1941", "--to", "1946"], "--from, --to cannot be used"),
    ],
)
def test_cli_refuses_bad_story_requests_clearly(tmp_path, capsys, arguments, message):
    path = tmp_path / "two.yaml"
    path.write_text(REAL_STORY, encoding="utf-8")
    assert cli.main(["export", "--story", str(path), *arguments]) == 2
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error
    assert [p.name for p in tmp_path.iterdir()] == ["two.yaml"]


def test_cli_names_the_problems_of_a_story(tmp_path, capsys, qapp):
    path = tmp_path / "bad.yaml"
    path.write_text("title: Bad\nslides:\n  - date: '1946-02'\n    events: [nope]\n")
    assert cli.main(["export", "--story", str(path), "--out", str(tmp_path / "h.pdf")]) == 2
    error = capsys.readouterr().err
    assert f"{path}:3: 'slide 1': field 'events': 'nope' is not an event" in error
    missing = tmp_path / "missing.yaml"
    assert cli.main(["export", "--story", str(missing), "--out", str(tmp_path / "h.pdf")]) == 2
    assert f"no story file at {missing}" in capsys.readouterr().err
    empty = tmp_path / "empty.yaml"
    empty.write_text("title: Empty\nslides: []\n")
    assert cli.main(["export", "--story", str(empty), "--out", str(tmp_path / "h.pdf")]) == 2
    assert "has no slides" in capsys.readouterr().err
    unwritable = tmp_path / "no such folder" / "h.pdf"
    path.write_text(REAL_STORY, encoding="utf-8")
    assert cli.main(["export", "--story", str(path), "--out", str(unwritable)]) == 2
    reason = f"the folder {unwritable.parent} does not exist"
    assert f"Cannot write {unwritable}: {reason}" in capsys.readouterr().err
    assert not (tmp_path / "h.pdf").exists()


def test_a_persian_handout_has_persian_headings_digits_and_dates(renderer, tiny_atlas, tmp_path):
    path = tmp_path / "gilan-fa.pdf"
    export_handout(tiny_atlas, story(), path, renderer=renderer, language="fa")
    # Persian letters are drawn in their joined forms, and the lines in the order they show
    text = unicodedata.normalize("NFKC", pdf_text(path.read_bytes()))
    assert "منابعایناسلاید" in text  # "Sources for this slide"
    assert "کتابنامه" in text  # "Bibliography" (its half-space is not drawn)
    assert "۳از۱" in text  # "1 of 3", in Persian digits, read from the right
    assert "تیر" in text and "۱۲۹۹" in text and "ژوئیه" in text  # both calendars, SH first
    assert "[۱]" in text  # the bibliography's numbers
    assert "Sourcesforthisslide" not in text and "Bibliography" not in text
    assert "Therepublic" in text  # the story's own words, as written
    assert "(June1920)" not in text and "ژوئن" in text  # the cited records dated in Persian


def test_in_a_persian_handout_english_quotes_run_in_left_to_right_under_their_label(qapp):
    """Run into a Persian paragraph, a wrapped English quote and the next one read crossed:
    they run in under the label in a paragraph of their own direction, as on an English page;
    a Persian quote among them puts each on a line of its own."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from geodata.model import Citation
    from viewer.core.story import CitedRecord
    from viewer.story.handout_pdf import record_html

    long_quote = "an order was given to evacuate the Russian troops from Persia " * 3
    label = "تخلیه ایران از قوای روسیه"
    english_quotes = (
        Citation("news", "para 1", long_quote.strip()),
        Citation("book", "p. 4", "a short one"),
    )
    numbers = {"news": 1, "book": 2}
    record = CitedRecord("event", "e1", label, english_quotes)
    document = QTextDocument()
    document.setHtml(record_html(record, numbers, "fa"))
    blocks = [document.findBlockByNumber(i) for i in range(document.blockCount())]
    assert [b.text() for b in blocks] == [
        label,
        f"[1] para 1: “{long_quote.strip()}”; [2] p. 4: “a short one”",
    ]
    assert blocks[1].blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight

    persian_quote = Citation("book", "ص ۴", "سپاه روس از ایران رفت")
    mixed = CitedRecord("event", "e1", label, (english_quotes[0], persian_quote))
    document.setHtml(record_html(mixed, numbers, "fa"))
    blocks = [document.findBlockByNumber(i).text() for i in range(document.blockCount())]
    assert blocks[0] == label
    assert blocks[1] == f"\u2068[۱] para 1: “{long_quote.strip()}”\u2069"
    assert blocks[2] == "\u2068[۲] ص ۴: “سپاه روس از ایران رفت”\u2069"

    document.setHtml(record_html(record, numbers, "en"))
    assert document.blockCount() == 1  # English runs them in: label — [1] …; [2] …
    assert "; [2] p. 4: “a short one”" in document.toPlainText()
