"""A slide's words and dates as the audience reads them, shared by the stage, the speaker
notes and the handouts: the dates in both calendars, labels that show a story's text as
written, and type set in points.
"""

from __future__ import annotations

from typing import TypedDict, Unpack

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from geodata.dates import (
    OLD_STYLE_UNTIL,
    PartialDate,
    Precision,
    format_old_style,
    format_solar_hijri,
)
from viewer.core.local_dates import date_text
from viewer.core.local_dates import old_style_text as local_old_style
from viewer.core.local_dates import solar_hijri_text as local_solar_hijri
from viewer.core.story import Slide
from viewer.core.wording import digits, is_right_to_left, translate
from viewer.panels.details import solar_hijri_text
from viewer.panels.event_list import period_label

MUTED = "#5d5a52"
"""Secondary words on the presentation's screens (story title, counter, what comes next)."""


def calendar_lines(date: PartialDate, language: str = "en") -> tuple[str, str]:
    """A date as the audience reads it: the reader's first calendar (Gregorian; Solar Hijri
    in Persian), then the others (and Old Style before February 1918, for a day), each to the
    date's own precision."""
    if language == "en":
        other = solar_hijri_text(date.first_day, date.last_day, date.precision)
        if date.precision is Precision.DAY and date.first_day < OLD_STYLE_UNTIL:
            other += f"  ·  Russian Old Style: {format_old_style(date.first_day)}"
        return date.label(), other
    gregorian = date_text(date, language) + ("?" if date.uncertain else "")
    persian = local_solar_hijri(date.first_day, date.precision, language)
    old = local_old_style(date.first_day, language) if date.precision is Precision.DAY else None
    others = [gregorian if language == "fa" else persian]
    if old:
        pattern = translate("Dates", "Russian Old Style: {date}", language)
        others.append(digits(pattern.format(date=old), language))
    first = persian if language == "fa" else gregorian
    return first, _line_start("  ·  ".join(others))


def slide_calendars(slide: Slide, language: str = "en") -> tuple[str, str]:
    """A slide's date or span in both calendars, as handouts print it.

    A span runs between the Solar Hijri periods holding its two ends ('Esfand 1324 SH –
    25 Azar 1325 SH'): a month at either end that straddles two SH months would make
    the line unreadable.
    """
    if slide.end is None:
        return calendar_lines(slide.start, language)
    ends = (slide.start, slide.end)
    if language == "en":
        persian = " – ".join(format_solar_hijri(d.first_day, d.precision) for d in ends)
        return slide.date_label, persian
    persian = " – ".join(local_solar_hijri(d.first_day, d.precision, language) for d in ends)
    gregorian = period_label(slide.start, slide.end, language)
    return (persian, gregorian) if language == "fa" else (gregorian, _line_start(persian))


def _line_start(text: str) -> str:
    """A line starts with a capital (Russian writes month names in lower case)."""
    return text[:1].upper() + text[1:]


def isolated(text: str, language: str) -> str:
    """A story's words set into one of our phrases in a right-to-left language, kept in their
    own direction (Unicode's first-strong isolate): an English heading in a Persian line still
    reads left to right, and the line keeps the phrase's direction."""
    return f"\u2068{text}\u2069" if is_right_to_left(language) else text


def slide_heading(slide: Slide, language: str = "en") -> str:
    """The slide's title as written, or (untitled) its date in the audience's words."""
    return slide.title or slide_calendars(slide, language)[0]


class _LabelProperties(TypedDict, total=False):
    """The Qt properties the labels here are made with."""

    wordWrap: bool
    alignment: Qt.AlignmentFlag


def plain_label(text: str = "", **properties: Unpack[_LabelProperties]) -> QLabel:
    """A label that shows its text as written: a story's words are never markup (an
    ``<img src=…>`` in a caption would otherwise load a local file on the screen)."""
    label = QLabel(text, **properties)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def screen_font(families: list[str], points: float, bold: bool = False) -> QFont:
    """Type for the screens, in points (the handouts set theirs in logical pixels)."""
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font
