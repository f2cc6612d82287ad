"""Dates as each reader reads them: month names, calendar order and digits per language.

English readers get the Gregorian date first, Persian readers the Solar Hijri (Iran's civil
calendar) with the Gregorian beside it, Russian readers the Old Style date first while Russia
used it (before 14 February 1918 NS). Month names and patterns are catalogue entries, so they
are translated in the same files as the rest of the interface.
"""

from __future__ import annotations

import datetime as dt

from geodata.dates import (
    MONTHS,
    OLD_STYLE_UNTIL,
    SOLAR_HIJRI_MONTHS,
    DateError,
    PartialDate,
    Precision,
    old_style,
    solar_hijri,
)
from viewer.core.wording import digits, tr_noop, translate

# The month names as catalogue entries: "Month" alone ('Ноябрь 1945'), "MonthOfDay" after a
# day's number (Russian declines it: '12 ноября 1945'), and the Solar Hijri months.
_CATALOGUE_ENTRIES = (
    tr_noop("Month", "January"), tr_noop("Month", "February"), tr_noop("Month", "March"),
    tr_noop("Month", "April"), tr_noop("Month", "May"), tr_noop("Month", "June"),
    tr_noop("Month", "July"), tr_noop("Month", "August"), tr_noop("Month", "September"),
    tr_noop("Month", "October"), tr_noop("Month", "November"), tr_noop("Month", "December"),
    tr_noop("MonthOfDay", "January"), tr_noop("MonthOfDay", "February"),
    tr_noop("MonthOfDay", "March"), tr_noop("MonthOfDay", "April"),
    tr_noop("MonthOfDay", "May"), tr_noop("MonthOfDay", "June"), tr_noop("MonthOfDay", "July"),
    tr_noop("MonthOfDay", "August"), tr_noop("MonthOfDay", "September"),
    tr_noop("MonthOfDay", "October"), tr_noop("MonthOfDay", "November"),
    tr_noop("MonthOfDay", "December"),
    tr_noop("SolarHijriMonth", "Farvardin"), tr_noop("SolarHijriMonth", "Ordibehesht"),
    tr_noop("SolarHijriMonth", "Khordad"), tr_noop("SolarHijriMonth", "Tir"),
    tr_noop("SolarHijriMonth", "Mordad"), tr_noop("SolarHijriMonth", "Shahrivar"),
    tr_noop("SolarHijriMonth", "Mehr"), tr_noop("SolarHijriMonth", "Aban"),
    tr_noop("SolarHijriMonth", "Azar"), tr_noop("SolarHijriMonth", "Dey"),
    tr_noop("SolarHijriMonth", "Bahman"), tr_noop("SolarHijriMonth", "Esfand"),
    tr_noop("Dates", "{year}"), tr_noop("Dates", "{month} {year}"),
    tr_noop("Dates", "{day} {month} {year}"), tr_noop("Dates", "c. {date}"),
    tr_noop("Dates", "{year} SH"), tr_noop("Dates", "{month} {year} SH"),
    tr_noop("Dates", "{day} {month} {year} SH"), tr_noop("Dates", "{day} {month} {year} OS"),
    tr_noop("Dates", "{date} NS"), tr_noop("Dates", "Russian Old Style: {date}"),
)  # fmt: skip


DATE_REASONS = (
    tr_noop("DateError", "a day needs a month"),
    tr_noop("DateError", "{date}: the year must be from 1 to 9999"),
    tr_noop("DateError", "{date}: there is no month {month}; months are 01 to 12"),
    tr_noop("DateError", "{date}: only the parts after the last known one can be X"),
    tr_noop(
        "DateError",
        "{date}: there is no day {day} in {month_name} {year}, which has {days} days",
    ),
    tr_noop("DateError", "{text!r} is a span of dates; give one date here"),
    tr_noop("DateError", "{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
    tr_noop("DateError", "{text!r}: mark a date once, at its end (1946~, 1946?, 1946%)"),
    tr_noop(
        "DateError",
        "{text!r}: a year with unknown digits is a span; write it as one (1940/1949 for 194X)",
    ),
    tr_noop("DateError", "{text!r}: the year must be from 1 to 9999, written with 4 digits"),
    tr_noop(
        "DateError",
        "{text!r} is a season; write the months as a span (1946-03/1946-05 for spring)",
    ),
    tr_noop("DateError", "{text!r}: a day needs a known month"),
    tr_noop("DateError", "{date}: there is no date after it in the years 1 to 9999"),
    tr_noop("DateError", "{text!r}: a span needs at least one date"),
    tr_noop("DateError", "{text!r}: the span ends before it starts"),
    tr_noop("DateError", "{year}/{month}/{day} SH is not a date"),
    tr_noop("DateError", "{year}/{month}/{day} SH is beyond the years this atlas converts"),
    tr_noop("DateError", "{name!r} is not a month name"),
)
"""Catalogue entries for :class:`~geodata.dates.DateError`'s reasons, which are written in
``geodata`` (below the catalogues): :func:`date_error_text` translates them."""


def date_error_text(error: DateError, language: str) -> str:
    """Why a date does not read, in *language*: the reason the parser gave, its month named
    as the language names it after a day ('31 апреля'), in the language's digits."""
    fields = dict(error.fields)
    if isinstance(name := fields.get("month_name"), str):
        fields["month_name"] = _month(name, language, with_day=True)
    return digits(translate("DateError", error.reason, language).format(**fields), language)


def _month(name: str, language: str, with_day: bool) -> str:
    """A Gregorian month's name: Russian declines it after a day number ('12 ноября')."""
    return translate("MonthOfDay" if with_day else "Month", name, language)


def _pattern(text: str, language: str, **fields: object) -> str:
    return digits(translate("Dates", text, language).format(**fields), language)


def gregorian_text(day: dt.date, precision: Precision, language: str) -> str:
    """'12 November 1945' / '۱۲ نوامبر ۱۹۴۵' / '12 ноября 1945 г.', to the precision."""
    name = MONTHS[day.month - 1]
    if precision is Precision.YEAR:
        return _pattern("{year}", language, year=day.year)
    if precision is Precision.MONTH:
        month = _month(name, language, with_day=False)
        return _pattern("{month} {year}", language, month=month, year=day.year)
    month = _month(name, language, with_day=True)
    return _pattern("{day} {month} {year}", language, day=day.day, month=month, year=day.year)


def date_text(date: PartialDate, language: str) -> str:
    """An event's date as the reader writes it: 'c. 1920' / 'حدود ۱۹۲۰' / 'ок. 1920 г.'."""
    text = gregorian_text(date.first_day, date.precision, language)
    return _pattern("c. {date}", language, date=text) if date.approximate else text


def solar_hijri_text(day: dt.date, precision: Precision, language: str) -> str:
    """'21 Aban 1324 SH' / '۲۱ آبان ۱۳۲۴' / '21 абан 1324 г. с. х.', to the precision."""
    year, month_number, d = solar_hijri(day)
    month = translate("SolarHijriMonth", SOLAR_HIJRI_MONTHS[month_number - 1], language)
    if precision is Precision.YEAR:
        return _pattern("{year} SH", language, year=year)
    if precision is Precision.MONTH:
        return _pattern("{month} {year} SH", language, month=month, year=year)
    return _pattern("{day} {month} {year} SH", language, day=d, month=month, year=year)


def old_style_text(day: dt.date, language: str) -> str | None:
    """The Julian (Old Style) date Russia used, or None from 14 February 1918."""
    if day >= OLD_STYLE_UNTIL:
        return None
    year, month_number, d = old_style(day)
    month = _month(MONTHS[month_number - 1], language, with_day=True)
    return _pattern("{day} {month} {year} OS", language, day=d, month=month, year=year)


def _line_start(text: str) -> str:
    """A heading line starts with a capital (Russian month names are written lower case)."""
    return text[:1].upper() + text[1:]


def heading(day: dt.date, language: str, precision: Precision = Precision.MONTH) -> tuple[str, str]:
    """The date display's two lines: the reader's first calendar large, the others under it,
    each to *precision* (the day when the user is at a day)."""
    gregorian = gregorian_text(day, precision, language)
    persian = solar_hijri_text(day, precision, language)
    old = old_style_text(day, language)
    if language == "fa":
        lines = [gregorian]
        if old:
            lines.append(_pattern("Russian Old Style: {date}", language, date=old))
        return persian, "\n".join(lines)
    if language == "ru" and old:
        new = gregorian_text(day, Precision.DAY, language)
        return old, "\n".join([_pattern("{date} NS", language, date=new), _line_start(persian)])
    lines = [_line_start(persian)]
    if old:
        lines.append(_pattern("Russian Old Style: {date}", language, date=old))
    return gregorian, "\n".join(lines)
