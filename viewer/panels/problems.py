"""Problems with a user's file, shown so the first few need no further click.

The old dialog said "3 problem(s); see the details" and hid every cause behind Show
Details…; a teacher in front of a class needs to read what is wrong at once. The first
problems are listed in the dialog itself (file, line or record, field, what); the full list
stays under Show Details… for long files.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from geodata.errors import Problem
from viewer.core.local_problems import problem_text
from viewer.core.wording import digits, is_right_to_left

SHOWN = 5
"""Problems listed in the dialog itself; the rest are one click away."""


def problems_box(
    parent: QWidget | None, heading: str, problems: list[Problem], language: str
) -> QMessageBox:
    """A warning naming *heading* with the first problems listed and all of them in details,
    each said in *language*."""
    # One text format serves the heading and the list: rich, so the list is drawn as a
    # list (as plain text its tags showed), with the heading (a file's name) escaped.
    text = html.escape(heading, quote=False)
    box = QMessageBox(QMessageBox.Icon.Warning, heading, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setInformativeText(problems_html(problems, language))
    if len(problems) > SHOWN:
        box.setDetailedText("\n".join(problem_text(p, language) for p in problems))
    return box


def problems_html(problems: list[Problem], language: str) -> str:
    """The first problems as a list, and how many more there are; in Persian each line is
    laid out right to left, though it starts with a file's (Latin) name."""
    texts = [problem_text(p, language) for p in problems[:SHOWN]]
    li = '<li dir="rtl">' if is_right_to_left(language) else "<li>"
    items = "".join(f"{li}{html.escape(text, quote=False)}</li>" for text in texts)
    rest = len(problems) - SHOWN
    more = ""
    if rest > 0:
        more = QCoreApplication.translate("Problems", "…and %n more: see Show Details.", "", rest)
        more = digits(more, language)
    count = QCoreApplication.translate("Problems", "%n problem(s):", "", len(problems))
    count = digits(count, language)  # Qt writes %n in Western digits
    return f"<p>{count}</p><ul>{items}</ul>" + (f"<p>{more}</p>" if more else "")


def show_problems(
    parent: QWidget | None, heading: str, problems: list[Problem], language: str
) -> None:
    """Show the problems in *language* and wait for the user to read them."""
    problems_box(parent, heading, problems, language).exec()
