"""A file's problems are readable in the dialog itself, not only behind Show Details."""

from __future__ import annotations

from PySide6.QtCore import Qt

from geodata.errors import Problem
from viewer.panels.problems import SHOWN, problems_box


def _problems(n: int) -> list[Problem]:
    return [Problem("layer.geojson", f"missing a name ({i})", line=10 + i) for i in range(n)]


def test_a_few_problems_are_listed_in_full_without_details(qapp):
    box = problems_box(None, "layer.geojson was not added", _problems(2), "en")
    assert "layer.geojson:10: missing a name (0)" in box.informativeText()
    assert "layer.geojson:11: missing a name (1)" in box.informativeText()
    assert "2 problems:" in box.informativeText()
    assert box.detailedText() == ""


def test_many_problems_show_the_first_and_keep_all_in_details(qapp):
    box = problems_box(None, "layer.geojson was not added", _problems(SHOWN + 3), "en")
    shown = box.informativeText()
    assert f"missing a name ({SHOWN - 1})" in shown and f"missing a name ({SHOWN})" not in shown
    assert "and 3 more" in shown
    assert box.detailedText().count("\n") == SHOWN + 2  # every problem, one a line


def test_a_hostile_message_is_shown_as_text_never_as_html(qapp):
    hostile = Problem("x.yaml", "<img src='http://example.com/x.png'><b>bold</b>", line=1)
    text = problems_box(None, "x.yaml was not added", [hostile], "en").informativeText()
    assert "<img" not in text and "&lt;img" in text


def test_a_bad_files_problems_are_in_persian_in_a_persian_window(qapp, tiny_atlas, tmp_path):
    """Issue 16: what File › Open found wrong, in the reader's language."""
    from viewer.core.validate import validate_file

    bad = tmp_path / "layer.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [], }', encoding="utf-8")
    problems = validate_file(bad, tiny_atlas)
    text = problems_box(None, "layer.geojson", problems, "fa").informativeText()
    assert "در ستون ۴۷ \u2066JSON\u2069 معتبر نیست" in text
    assert "is not valid JSON" not in text


def test_the_list_is_drawn_as_a_list_and_the_heading_as_text(qapp):
    """The list's tags were once shown as text; a file name in the heading never is HTML."""
    from PySide6.QtWidgets import QLabel

    box = problems_box(None, "<b>x</b>.yaml was not added", _problems(2), "en")
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert label is not None and label.textFormat() == Qt.TextFormat.RichText
    assert box.text() == "&lt;b&gt;x&lt;/b&gt;.yaml was not added"


def test_the_counts_are_in_persian_digits_in_a_persian_window(qapp):
    shown = problems_box(None, "layer.geojson", _problems(SHOWN + 3), "fa").informativeText()
    counts = shown.split("<ul>")[0] + shown.split("</ul>")[1]  # the count lines, not the list
    assert "۸" in counts and "۳" in counts
    assert not any(c.isdigit() and c.isascii() for c in counts)
