"""Dates with their precision, and the calendars our users read them in.

Historical dates are rarely known to the day: "December 1946" and "1920" are as common as
"12 November 1945". A :class:`PartialDate` keeps what is known (and whether it is approximate)
and maps it onto a day when a single day is needed: the first day of its period. Validity
intervals built from them are half-open, ``[valid_from, valid_to)``.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

import jdatetime

OPEN_END = dt.date.max.toordinal()
"""Ordinal used for an interval that has not ended (``valid_to: null``)."""

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SOLAR_HIJRI_MONTHS = (
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
)  # fmt: skip
OLD_STYLE_UNTIL = dt.date(1918, 2, 14)
"""Soviet Russia moved to the Gregorian calendar on 14 February 1918 (NS)."""

_EDTF_DATE = re.compile(
    r"^(?P<prefix>~)?(?P<year>-?\d{4,}|Y-?\d+|\d{0,3}X+)"
    r"(?:-(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX)"
    r"(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?"
    r"(?P<qualifier>[~?%])?$"
)
"""EDTF levels 0 and 1 (ISO 8601-2), one date: ``1946``, ``1946-05-09``, a time of day (read as
its day), a closing ``~`` (approximate), ``?`` (uncertain) or ``%`` (both), ``X`` for an
unspecified month or day (``1946-XX``). A leading ``~`` is the schema's older spelling of
"approximate". Years outside 1-9999, X in a year and seasons match only to be refused in our
words."""
_OPEN = ("..", "")
"""An interval's open (``..``) or unknown (empty) end: either way, no bound."""


class DateError(ValueError):
    """A date string that cannot be read, or names a day that does not exist.

    *reason* is an English template filled with *fields* (``str()`` is the English message);
    the viewer words the same reason in the reader's language
    (:func:`viewer.core.local_dates.date_error_text`), so a template is a catalogue entry.
    """

    def __init__(self, reason: str, **fields: str | int) -> None:
        self.reason, self.fields = reason, fields
        super().__init__(reason.format(**fields))


NOT_A_DATE = "{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
"""The reason for text that is no date at all (rather than an impossible one)."""


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` without the weekday it also works out: every
    date read or loaded from the start-up cache is checked (100x: ~60,000 at each load)."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A Gregorian date known to a year, a month or a day, possibly approximate or uncertain.

    Parameters
    ----------
    year, month, day
        ``month`` and ``day`` are ``None`` when unknown; ``day`` requires ``month``.
    approximate
        True for "about" dates (EDTF ``1920~``; the schema also reads ``~1920``).
    uncertain
        True for dates the source doubts (EDTF ``1920?``; ``1920%`` is both).
    unspecified
        The finest part written as ``X`` (EDTF ``1946-XX`` is a year with its month
        unspecified): it does not change the period, only how the date is written back.
    """

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    uncertain: bool = False
    unspecified: Precision | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise DateError("a day needs a month")
        if not dt.MINYEAR <= self.year <= dt.MAXYEAR:
            raise DateError("{date}: the year must be from 1 to 9999", date=self.iso())
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(
                "{date}: there is no month {month}; months are 01 to 12",
                date=self.iso(),
                month=f"{self.month:02d}",
            )
        if self.unspecified is Precision.YEAR or (
            self.unspecified is not None and _FINER[self.unspecified] <= _FINER[self.precision]
        ):
            raise DateError(
                "{date}: only the parts after the last known one can be X", date=self.iso()
            )
        if self.day is not None:
            assert self.month is not None  # checked above
            days = _days_in_month(self.year, self.month)
            if not 1 <= self.day <= days:
                raise DateError(
                    "{date}: there is no day {day} in {month_name} {year}, which has {days} days",
                    date=self.iso(),
                    day=f"{self.day:02d}",
                    month_name=MONTHS[self.month - 1],
                    year=self.year,
                    days=days,
                )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read one date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, with EDTF level 0-1 marks
        (``1946-05~``, ``1946?``, ``1946-05%``, ``1946-XX``) or the schema's ``~1946``."""
        text = str(text).strip()
        match = _EDTF_DATE.match(text)
        if not match:
            if "/" in text:
                raise DateError("{text!r} is a span of dates; give one date here", text=text)
            raise DateError(NOT_A_DATE, text=text)
        year, month, day = match.group("year", "month", "day")
        qualifier = match["qualifier"] or ""
        if match["prefix"] and qualifier:
            raise DateError(
                "{text!r}: mark a date once, at its end (1946~, 1946?, 1946%)", text=text
            )
        if "X" in year:
            raise DateError(
                "{text!r}: a year with unknown digits is a span; write it as one "
                "(1940/1949 for 194X)",
                text=text,
            )
        if not year.isdigit() or len(year) != 4:
            raise DateError(
                "{text!r}: the year must be from 1 to 9999, written with 4 digits", text=text
            )
        if month and month.isdigit() and 21 <= int(month) <= 41:
            raise DateError(
                "{text!r} is a season; write the months as a span (1946-03/1946-05 for spring)",
                text=text,
            )
        if month == "XX" and day and day != "XX":
            raise DateError("{text!r}: a day needs a known month", text=text)
        unspecified = Precision.DAY if day == "XX" else Precision.MONTH if month == "XX" else None
        return cls(
            int(year),
            int(month) if month and month != "XX" else None,
            int(day) if day and day != "XX" else None,
            approximate=bool(match["prefix"]) or qualifier in ("~", "%"),
            uncertain=qualifier in ("?", "%"),
            unspecified=unspecified,
        )

    @classmethod
    def from_date(cls, day: dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day
        if self.month is None:
            return dt.date(self.year, 12, 31)
        following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def ordinal(self) -> int:
        """The day this date stands for in intervals: the first day of its period."""
        return self.first_day.toordinal()

    @property
    def inexact(self) -> bool:
        """Approximate or uncertain: the app shows such dates faded, or marked."""
        return self.approximate or self.uncertain

    def following(self) -> PartialDate:
        """The period just after this one, at the same precision and with the same marks:
        the half-open end of a span whose last period is this one (EDTF ``1946/1946-12``
        is valid until ``1947-01``)."""
        last = self.last_day
        if last == dt.date.max:
            raise DateError(
                "{date}: there is no date after it in the years 1 to 9999", date=self.iso()
            )
        after = last + dt.timedelta(days=1)
        return dataclasses.replace(
            self,
            year=after.year,
            month=after.month if self.month is not None else None,
            day=after.day if self.day is not None else None,
        )

    def iso(self) -> str:
        """The canonical string form, written back out: EDTF (``1946-05~``, ``1946-XX``)."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        elif self.unspecified is not None:
            text += "-XX"
        if self.day is not None:
            text += f"-{self.day:02d}"
        elif self.unspecified is Precision.DAY:
            text += "-XX"
        return text + {(True, True): "%", (True, False): "~", (False, True): "?"}.get(
            (self.approximate, self.uncertain), ""
        )

    def __str__(self) -> str:
        return self.iso()

    def label(self) -> str:
        """A reader's form: '12 November 1945', 'December 1946', 'c. 1920', '1920?'."""
        if self.month is None:
            text = str(self.year)
        else:  # a day always has a month (__post_init__)
            text = f"{MONTHS[self.month - 1]} {self.year}"
            if self.day is not None:
                text = f"{self.day} {text}"
        text = f"c. {text}" if self.approximate else text
        return f"{text}?" if self.uncertain else text


_FINER = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}
OPEN_START = PartialDate(1)
"""The start of a validity no file gave (a static layer, OHM's feature without a start_date)."""


def parse_span(text: str) -> tuple[PartialDate | None, PartialDate | None]:
    """An EDTF interval's first and last dates, both inclusive (``1946-05/1946-12``); an
    open (``../1907``) or unknown (``1907/``) end is ``None``. One date is a span of itself."""
    text = str(text).strip()
    if "/" not in text:
        date = PartialDate.parse(text)
        return date, date
    start_text, _, end_text = text.partition("/")
    start = None if start_text.strip() in _OPEN else PartialDate.parse(start_text)
    end = None if end_text.strip() in _OPEN else PartialDate.parse(end_text)
    if start is None and end is None:
        raise DateError("{text!r}: a span needs at least one date", text=text)
    if start and end and end.last_day < start.first_day:
        raise DateError("{text!r}: the span ends before it starts", text=text)
    return start, end


def span_text(start: PartialDate | None, end: PartialDate | None) -> str:
    """An EDTF interval from inclusive bounds, ``..`` for an open one (see :func:`parse_span`)."""
    if start is not None and start == end:
        return start.iso()
    return f"{start.iso() if start else '..'}/{end.iso() if end else '..'}"


def interval_contains(start: int, end: int, day: int) -> bool:
    """Half-open membership: ``start <= day < end``."""
    return start <= day < end


def solar_hijri(day: dt.date) -> tuple[int, int, int]:
    """The Solar Hijri (Iranian civil calendar) year, month and day of a Gregorian day.

    jdatetime's arithmetic (the 33-year-cycle rule Iran's calendar follows) agrees with the
    astronomical equinox rule on every Nowruz 1800-2100 (tested, but for 1930, whose equinox
    fell within seconds of noon in Tehran), at ~3 µs a call instead of ~30 ms. Before 1925,
    when Iran adopted it, the calendar is proleptic: Qajar Iran dated by the lunar Hijri year.
    """
    sh = jdatetime.date.fromgregorian(date=day)
    return sh.year, sh.month, sh.day


def from_solar_hijri(year: int, month: int = 1, day: int = 1) -> dt.date:
    """The Gregorian day of a Solar Hijri date."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise DateError("{year}/{month}/{day} SH is not a date", year=year, month=month, day=day)
    try:
        gregorian: dt.date = jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):  # beyond what the calendar conversion covers
        raise DateError(
            "{year}/{month}/{day} SH is beyond the years this atlas converts",
            year=year,
            month=month,
            day=day,
        ) from None
    return gregorian


_JDN_OF_ORDINAL_0 = 1_721_425
"""Julian Day Number of the day before 1 January AD 1 (proleptic Gregorian ordinal 0)."""


def old_style(day: dt.date) -> tuple[int, int, int]:
    """The Julian (Old Style) date of a Gregorian day, as Russia dated it before 1918.

    Plain arithmetic from the Julian Day Number (Richards' algorithm, as in the Explanatory
    Supplement to the Astronomical Almanac): a calendar library took 30-140 ms to import on
    the first pre-1918 date scrubbed, the slowest frame of the timeline.
    """
    c = day.toordinal() + _JDN_OF_ORDINAL_0 + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def format_solar_hijri(day: dt.date, precision: Precision = Precision.DAY) -> str:
    """E.g. '21 Aban 1324 SH'; for a month or year, the SH period containing the day."""
    year, month, d = solar_hijri(day)
    if precision is Precision.YEAR:
        return f"{year} SH"
    if precision is Precision.MONTH:
        return f"{SOLAR_HIJRI_MONTHS[month - 1]} {year} SH"
    return f"{d} {SOLAR_HIJRI_MONTHS[month - 1]} {year} SH"


def format_old_style(day: dt.date) -> str | None:
    """E.g. '18 August 1907 OS', or None once Russia used the Gregorian calendar."""
    if day >= OLD_STYLE_UNTIL:
        return None
    year, month, d = old_style(day)
    return f"{d} {MONTHS[month - 1]} {year} OS"


def format_day(day: dt.date, precision: Precision = Precision.DAY) -> str:
    """A Gregorian day at the given precision: '12 November 1945', 'November 1945', '1945'."""
    match precision:
        case Precision.YEAR:
            return str(day.year)
        case Precision.MONTH:
            return f"{MONTHS[day.month - 1]} {day.year}"
        case _:
            return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


_SH = re.compile(r"^(\d{3,4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?\s*(?:SH|AP|HS|ش)$", re.I)
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?,?\s+(\d{4})$")


def _month_number(name: str) -> int:
    for number, month in enumerate(MONTHS, start=1):
        if len(name) >= 3 and month.lower().startswith(name.lower()):
            return number
    raise DateError("{name!r} is not a month name", name=name)


def parse_user_date(text: str) -> PartialDate:
    """Read a date as a user types it into a 'go to date' field.

    Accepts ``1946``, ``1946-05``, ``1946-05-09``, ``12 Nov 1945``, ``May 1946`` and Solar
    Hijri dates such as ``1324 SH`` or ``1324/8/21 SH`` (converted to Gregorian; a bare SH
    year stands for its first day, 1 Farvardin).
    """
    text = " ".join(str(text).split())
    if match := _SH.match(text):
        year, month, day = match.groups()
        return PartialDate.from_date(from_solar_hijri(int(year), int(month or 1), int(day or 1)))
    if match := _DAY_MONTH_YEAR.match(text):
        day, month, year = match.groups()
        return PartialDate(int(year), _month_number(month), int(day))
    if match := _MONTH_YEAR.match(text):
        month, year = match.groups()
        return PartialDate(int(year), _month_number(month))
    return PartialDate.parse(text)
