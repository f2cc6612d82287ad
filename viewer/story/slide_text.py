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
from viewer.core.story import Slide
from viewer.panels.details import solar_hijri_text

MUTED = "#5d5a52"
"""Secondary words on the presentation's screens (story title, counter, what comes next)."""


def calendar_lines(date: PartialDate) -> tuple[str, str]:
    """A date as the audience reads it: Gregorian, then Solar Hijri (and Old Style before
    February 1918, for a day), each to the date's own precision."""
    other = solar_hijri_text(date.first_day, date.last_day, date.precision)
    if date.precision is Precision.DAY and date.first_day < OLD_STYLE_UNTIL:
        other += f"  ·  Russian Old Style: {format_old_style(date.first_day)}"
    return date.label(), other


def slide_calendars(slide: Slide) -> tuple[str, str]:
    """A slide's date or span in both calendars, as handouts print it.

    A span runs between the Solar Hijri periods holding its two ends ('Esfand 1324 SH –
    25 Azar 1325 SH'): a month at either end that straddles two SH months would make
    the line unreadable.
    """
    if slide.end is None:
        return calendar_lines(slide.start)
    ends = [format_solar_hijri(d.first_day, d.precision) for d in (slide.start, slide.end)]
    return slide.date_label, " – ".join(ends)


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
