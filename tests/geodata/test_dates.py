import calendar
import contextlib
import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geodata.dates import (
    DateError,
    PartialDate,
    Precision,
    format_old_style,
    format_solar_hijri,
    from_solar_hijri,
    old_style,
    parse_span,
    parse_user_date,
    solar_hijri,
    span_text,
)


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("1946", Precision.YEAR, dt.date(1946, 1, 1), dt.date(1946, 12, 31)),
        ("1946-02", Precision.MONTH, dt.date(1946, 2, 1), dt.date(1946, 2, 28)),
        ("1944-02", Precision.MONTH, dt.date(1944, 2, 1), dt.date(1944, 2, 29)),
        ("1946-12", Precision.MONTH, dt.date(1946, 12, 1), dt.date(1946, 12, 31)),
        ("1945-11-12", Precision.DAY, dt.date(1945, 11, 12), dt.date(1945, 11, 12)),
    ],
)
def test_partial_dates_know_their_period(text, precision, first, last):
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert (date.first_day, date.last_day) == (first, last)
    assert date.iso() == text


def test_approximate_dates_keep_the_mark():
    date = PartialDate.parse("~1920")
    assert date.approximate
    assert date.iso() == "1920~"  # the schema's older spelling is written back as EDTF
    assert date.label() == "c. 1920"


@pytest.mark.parametrize(
    "bad",
    ["1946-13", "1946-02-30", "46", "1946/02", "", "soon", "1946-2-1", "1946-00", "1946-05-00"],
)
def test_impossible_or_malformed_dates_are_refused(bad):
    with pytest.raises(DateError):
        PartialDate.parse(bad)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1946-00", "1946-00: there is no month 00; months are 01 to 12"),
        ("1946-02-30", "1946-02-30: there is no day 30 in February 1946, which has 28 days"),
        ("1948-02-30", "there is no day 30 in February 1948, which has 29 days"),
        ("1946-04-00", "1946-04-00: there is no day 00 in April 1946"),
        ("0000", "0000: the year must be from 1 to 9999"),
    ],
)
def test_impossible_dates_say_why_in_our_words(text, message):
    with pytest.raises(DateError, match=message):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1946", "1946"),
        ("1946-05", "1946-05"),
        ("12 Nov 1945", "1945-11-12"),
        ("12 November 1945", "1945-11-12"),
        ("May 1946", "1946-05"),
        ("1324 SH", "1945-03-21"),
        ("1357/11/22 SH", "1979-02-11"),
    ],
)
def test_user_dates_in_the_forms_users_type(typed, expected):
    assert parse_user_date(typed).iso() == expected


def test_solar_hijri_known_days():
    assert solar_hijri(dt.date(1979, 2, 11)) == (1357, 11, 22)  # the revolution's victory
    assert solar_hijri(dt.date(2025, 3, 21)) == (1404, 1, 1)  # Nowruz
    assert format_solar_hijri(dt.date(1945, 11, 12)) == "21 Aban 1324 SH"


def test_old_style_only_before_february_1918():
    assert format_old_style(dt.date(1907, 8, 31)) == "18 August 1907 OS"
    assert format_old_style(dt.date(1918, 2, 14)) is None


def test_old_style_in_the_nineteenth_century_is_twelve_days_behind():
    assert format_old_style(dt.date(1828, 2, 22)) == "10 February 1828 OS"  # Turkmenchay
    assert format_old_style(dt.date(1813, 10, 24)) == "12 October 1813 OS"  # Gulistan
    assert format_old_style(dt.date(1800, 3, 13)) == "1 March 1800 OS"  # 1800: Julian leap day


def _nowruz_by_the_equinox(year: int) -> tuple[dt.date, float]:
    """The day of Nowruz by the astronomical rule (the equinox before noon in Tehran, 08:30
    UT, falls on that day; after it, Nowruz is the next), and the equinox's distance from
    noon in hours. pymeeus (convertdate's dependency) gives the equinox to about a minute."""
    from pymeeus.Sun import Sun

    year_, month, day = Sun.get_equinox_solstice(year, target="spring").get_date()
    hours = (day % 1) * 24
    nowruz = dt.date(year_, month, int(day)) + dt.timedelta(days=hours >= 8.5)
    return nowruz, abs(hours - 8.5)


@pytest.mark.parametrize("years", [range(1800, 1900), range(1900, 2101)])
def test_the_arithmetic_nowruz_is_the_astronomical_one(years):
    """jdatetime's 33-year-cycle arithmetic names the same Nowruz as the equinox, back to
    1800, except where the equinox falls within minutes of noon (1930: 08:30:11 UT), which
    the equinox's own precision cannot decide."""
    for year in years:
        nowruz, from_noon = _nowruz_by_the_equinox(year)
        if from_noon > 0.05:
            assert from_solar_hijri(year - 621) == nowruz, year


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_solar_hijri_round_trips(day):
    assert from_solar_hijri(*solar_hijri(day)) == day


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_iso_round_trips(day):
    assert PartialDate.parse(day.isoformat()).first_day == day


@given(st.text(max_size=20))
def test_parsing_never_fails_with_anything_but_date_error(text):
    with contextlib.suppress(DateError):
        parse_user_date(text)


def test_old_style_arithmetic_agrees_with_a_calendar_library_every_day_before_1918():
    from convertdate import julian

    day, last = dt.date(1800, 1, 1), dt.date(1918, 2, 14)
    while day < last:
        assert old_style(day) == tuple(julian.from_gregorian(day.year, day.month, day.day)), day
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "approximate", "uncertain", "label"),
    [
        ("1946-05~", True, False, "c. May 1946"),
        ("1946?", False, True, "1946?"),
        ("1946-05%", True, True, "c. May 1946?"),
        ("1945-11-12", False, False, "12 November 1945"),
        ("1946-XX", False, False, "1946"),
        ("1946-05-XX", False, False, "May 1946"),
        ("1946-XX-XX", False, False, "1946"),
    ],
)
def test_edtf_dates_keep_their_marks_and_are_written_back_the_same(
    text, approximate, uncertain, label
):
    date = PartialDate.parse(text)
    assert (date.approximate, date.uncertain, date.label()) == (approximate, uncertain, label)
    assert date.inexact == (approximate or uncertain)
    assert date.iso() == text
    assert PartialDate.parse(date.iso()) == date


def test_an_unspecified_month_is_the_period_of_the_year():
    assert PartialDate.parse("1946-XX").precision is Precision.YEAR
    assert PartialDate.parse("1946-XX").last_day == dt.date(1946, 12, 31)
    assert PartialDate.parse("1946-05-XX").precision is Precision.MONTH


def test_a_time_of_day_is_read_as_its_day():
    assert PartialDate.parse("1946-05-09T10:30:00Z") == PartialDate(1946, 5, 9)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1946-02-30~", "there is no day 30 in February 1946"),
        ("-0500", "the year must be from 1 to 9999, written with 4 digits"),
        ("Y170000002", "the year must be from 1 to 9999"),
        ("194X", "a year with unknown digits is a span; write it as one (1940/1949"),
        ("1946-21", "is a season; write the months as a span"),
        ("1946-XX-05", "a day needs a known month"),
        ("~1946?", "mark a date once, at its end"),
        ("1946-05/1946-12", "is a span of dates; give one date here"),
        ("1946-13~", "there is no month 13"),
    ],
)
def test_edtf_that_the_atlas_cannot_hold_is_refused_in_our_words(text, message):
    with pytest.raises(DateError, match=re.escape(message)):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("1946-05/1946-12", "1946-05", "1946-12"),
        ("../1907", None, "1907"),
        ("/1907", None, "1907"),
        ("1907/..", "1907", None),
        ("1907/", "1907", None),
        ("1946~/1947-03?", "1946~", "1947-03?"),
        ("1946", "1946", "1946"),
    ],
)
def test_edtf_spans_give_their_first_and_last_dates(text, start, end):
    first, last = parse_span(text)
    assert (first and first.iso(), last and last.iso()) == (start, end)
    assert parse_span(span_text(first, last)) == (first, last)


@pytest.mark.parametrize(
    ("text", "message"),
    [("1946/1945", "the span ends before it starts"), ("../..", "a span needs at least one")],
)
def test_impossible_spans_are_refused(text, message):
    with pytest.raises(DateError, match=re.escape(message)):
        parse_span(text)


@pytest.mark.parametrize(
    ("date", "after"),
    [
        (PartialDate(1946), PartialDate(1947)),
        (PartialDate(1946, 12), PartialDate(1947, 1)),
        (PartialDate(1946, 2, 28), PartialDate(1946, 3, 1)),
        (PartialDate(1946, approximate=True), PartialDate(1947, approximate=True)),
    ],
)
def test_the_following_period_is_the_half_open_end(date, after):
    assert date.following() == after


def test_users_type_edtf_too():
    assert parse_user_date("1946-05~") == PartialDate(1946, 5, approximate=True)
    with pytest.raises(DateError, match="give one date here"):
        parse_user_date("1946/1947")


@given(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 31)),
    st.sampled_from(["", "~", "?", "%"]),
    st.sampled_from([10, 7, 4]),
)
def test_edtf_round_trips(day, mark, length):
    text = day.isoformat()[:length] + mark
    assert PartialDate.parse(text).iso() == text


@pytest.mark.parametrize("year", [1, 4, 100, 1600, 1900, 1946, 2000, 2023, 2024, 9999])
def test_month_lengths_are_the_calendars(year):
    """The quick month lengths PartialDate checks days with are those of the calendar."""
    for month in range(1, 13):
        days = calendar.monthrange(year, month)[1]
        assert PartialDate(year, month, days).day == days
        with pytest.raises(DateError, match=f"which has {days} days"):
            PartialDate(year, month, days + 1)
