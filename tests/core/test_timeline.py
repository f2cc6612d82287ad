import datetime as dt
import itertools
import re
import subprocess
import sys

import pytest

from viewer.core.atlas import SPAN
from viewer.core.style import BLUE, GREY, VERMILLION
from viewer.core.timeline import (
    ERA_ROWS,
    IRAN_ERAS,
    NORTH_ERAS,
    SPEEDS,
    Era,
    Segment,
    Stripe,
    advance,
    date_at,
    decimal_year,
    describe_era,
    describe_row,
    events_per_year,
    lifespan_rows,
    nearest_month,
    next_in,
    pace,
    previous_in,
    read_go_to,
    row_segments,
    row_stripes,
    span_x,
    tick_label,
    year_ticks,
)


def test_the_module_imports_no_qt():
    code = (
        "import sys, viewer.core.timeline\n"
        "sys.exit(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize(
    ("day", "x"),
    [
        (dt.date(1946, 1, 1), 1946.0),
        (dt.date(1946, 7, 1), 1946.5),
        (dt.date(1944, 3, 1), 1944 + 2 / 12),  # leap years do not shift month starts
        (dt.date(1946, 2, 15), 1946 + (1 + 14 / 28) / 12),
    ],
)
def test_month_starts_fall_on_twelfths(day, x):
    assert decimal_year(day) == pytest.approx(x)


@pytest.mark.parametrize(
    "day", [dt.date(1900, 1, 1), dt.date(1921, 2, 26), dt.date(1944, 2, 29), dt.date(2026, 12, 31)]
)
def test_date_at_inverts_decimal_year(day):
    assert date_at(decimal_year(day)) == day


@pytest.mark.parametrize(
    ("x", "month"),
    [
        (1946.0, dt.date(1946, 1, 1)),
        (1946 + 0.4 / 12, dt.date(1946, 1, 1)),
        (1946 + 0.6 / 12, dt.date(1946, 2, 1)),
        (1945.99, dt.date(1946, 1, 1)),
    ],
)
def test_a_click_lands_on_the_nearest_month_start(x, month):
    assert nearest_month(x) == month


def test_the_axis_runs_to_the_end_of_the_last_month():
    assert span_x((dt.date(1800, 1, 1), dt.date(2026, 12, 2))) == (1800.0, 2027.0)
    assert span_x(SPAN)[0] == 1800.0


def test_events_per_year_counts_and_sorts():
    days = [dt.date(1946, 5, 9), dt.date(1921, 2, 26), dt.date(1946, 12, 12)]
    assert events_per_year(days) == {1921: 1, 1946: 2}


def test_ticks_over_the_whole_timeline_are_decades_with_year_minors():
    (major, majors), (minor, minors) = year_ticks(1900, 2027, 1000)
    assert major == 10
    assert majors[0] == 1900
    assert majors[-1] == 2020
    assert minor == 1
    assert 1905 in minors
    assert 1910 not in minors  # never twice


def test_ticks_zoomed_to_two_years_are_years_and_named_months():
    (major, majors), (minor, minors) = year_ticks(1945, 1947, 1000)
    assert major == 1
    assert majors == [1945, 1946, 1947]
    assert minor == pytest.approx(1 / 12)
    assert len(minors) == 22  # 11 months in each of two years
    assert tick_label(1945 + 4 / 12, minor, 500) == "May"
    assert tick_label(1946, major, 500) == "1946"
    assert tick_label(1945 + 4 / 12, minor, 100) == ""  # a month too narrow to name


def test_crowded_minor_ticks_are_left_out():
    (major, _), (minor, minors) = year_ticks(1900, 1910, 560)  # months would be 4.7 px apart
    assert major == minor == 1
    assert minors == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1946", dt.date(1946, 1, 1)),
        ("1946-05", dt.date(1946, 5, 1)),
        ("1946-05-09", dt.date(1946, 5, 9)),
        ("12 Nov 1945", dt.date(1945, 11, 12)),
        ("  May 1946 ", dt.date(1946, 5, 1)),
        ("1324 SH", dt.date(1945, 3, 21)),
        ("1813", dt.date(1813, 1, 1)),
        ("22 Feb 1828", dt.date(1828, 2, 22)),
        ("1207 SH", dt.date(1828, 3, 21)),
    ],
)
def test_go_to_reads_the_forms_people_write(text, day):
    assert read_go_to(text, SPAN).first_day == day


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("junk", "“junk” is not a date. Try 1946, 1946-05, 12 Nov 1945 or 1324 SH."),
        ("1946-02-30", "1946-02-30: there is no day 30 in February 1946, which has 28 days"),
        ("1946-13", "1946-13: there is no month 13; months are 01 to 12"),
        ("31 Foo 1946", "'Foo' is not a month name"),
        ("9999 SH", "9999/1/1 SH is beyond the years this atlas converts"),
        ("1946/1947", "'1946/1947' is a span of dates; give one date here"),
        ("1750", f"1 January 1750 is outside the timeline (1800–{SPAN[1].year})."),
    ],
)
def test_go_to_explains_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        read_go_to(text, SPAN)


def test_eras_follow_each_other_without_gaps():
    for _, eras in ERA_ROWS:
        assert eras[0].start is None
        assert eras[-1].end is None
        for before, after in itertools.pairwise(eras):
            assert before.end == after.start
    assert [e.name for e in IRAN_ERAS] == ["Qajar", "Pahlavi", "Islamic Republic"]
    assert [e.name for e in NORTH_ERAS] == ["Russian Empire", "Soviet", "Russian Federation"]


def test_era_boundaries_are_half_open():
    pahlavi, republic = IRAN_ERAS[1], IRAN_ERAS[2]
    assert not pahlavi.covers(dt.date(1979, 2, 11))
    assert republic.covers(dt.date(1979, 2, 11))
    assert pahlavi.covers(dt.date(1925, 12, 15))


def test_era_description_gives_dates_and_note():
    text = describe_era(Era("Soviet", dt.date(1917, 11, 7), dt.date(1991, 12, 26), "#fff", "N."))
    assert text == "Soviet: from 7 November 1917 until 26 December 1991\nN."
    assert describe_era(IRAN_ERAS[2]).startswith("Islamic Republic: from 11 February 1979 to today")


def test_era_description_speaks_the_readers_language():
    soviet = NORTH_ERAS[1]
    russian = describe_era(soviet, "ru")
    assert russian.startswith("Советский период: с 7 ноября 1917 г. до 26 декабря 1991 г.\n")
    assert "СССР с 30 декабря 1922 г." in russian
    persian = describe_era(IRAN_ERAS[2], "fa")
    assert persian.startswith("جمهوری اسلامی: از ۱۱ فوریه ۱۹۷۹ تا امروز\n")
    assert not re.search("[A-Za-z0-9]", persian)


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("1946-13", "ru", "1946-13: месяца 13 нет; месяцы — от 01 до 12"),
        ("1946-04-31", "ru", "1946-04-31: 31 апреля 1946 г. не бывает — в этом месяце 30 дн."),
        ("31 Foo 1946", "ru", "«Foo» — не название месяца"),
        ("1946-13", "fa", "۱۹۴۶-۱۳: ماه ۱۳ وجود ندارد؛ ماه‌ها از ۰۱ تا ۱۲ هستند"),
        ("1946-04-31", "fa", "۱۹۴۶-۰۴-۳۱: روز ۳۱ در آوریل ۱۹۴۶ وجود ندارد؛ این ماه ۳۰ روز دارد"),
        ("9999 SH", "fa", "۹۹۹۹/۱/۱ خورشیدی بیرون از سال‌هایی است که این اطلس تبدیل می‌کند"),
    ],
)
def test_go_to_gives_the_reason_in_the_readers_language(text, language, message):
    """Issue 16: not a general "not a date" in fa and ru, but what is wrong with it."""
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        read_go_to(text, SPAN, language)


def test_every_reason_a_date_is_refused_for_is_in_the_catalogue():
    """Each DateError the parser raises has its reason among the catalogue's entries, so
    none reaches a Persian or Russian reader in English."""
    import ast
    import inspect

    import geodata.dates
    from viewer.core.local_dates import DATE_REASONS

    raised = set()
    for node in ast.walk(ast.parse(inspect.getsource(geodata.dates))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "DateError":
            reason = node.args[0]
            if isinstance(reason, ast.Name):
                raised.add(getattr(geodata.dates, reason.id))
            elif isinstance(reason, ast.Constant):
                raised.add(reason.value)
            else:
                raised.add(ast.unparse(reason))  # a reason built at run time: not allowed
    assert len(raised) == len(DATE_REASONS) == 18
    assert raised == set(DATE_REASONS)


def test_go_to_explains_what_is_wrong_in_the_readers_language():
    with pytest.raises(ValueError, match=r"^«junk» — не дата\. Попробуйте так: 1946, "):
        read_go_to("junk", SPAN, "ru")
    with pytest.raises(ValueError, match=r"^۱ ژانویه ۱۷۵۰ بیرون از بازهٔ خط زمان است"):
        read_go_to("1750", SPAN, "fa")


def test_a_form_ending_in_an_abbreviation_closes_the_sentence_once():
    with pytest.raises(ValueError, match=r"1324 г\. с\. х\.$"):  # not 'х..'
        read_go_to("junk", SPAN, "ru")


def test_lifespan_rows_group_kinds_and_drop_empty_rows(tiny_atlas):
    rows = lifespan_rows(tiny_atlas.history)
    assert [r.label for r in rows] == ["States", "Governments", "Borders, sea"]
    assert [t.id for t in rows[0].territories] == ["empire", "union"]


def test_an_unknown_kind_gets_its_own_row(tiny_atlas):
    from dataclasses import replace

    odd = replace(tiny_atlas.history["republic"], kind="pilgrim_route")
    rows = lifespan_rows([*tiny_atlas.history, odd])
    assert rows[-1].label == "Pilgrim route"
    assert rows[-1].territories == (odd,)


def test_row_description_lists_what_is_valid(tiny_atlas):
    states = lifespan_rows(tiny_atlas.history)[0]
    text = describe_row(states, dt.date(1920, 7, 1), "en")
    assert text.splitlines()[0] == "States, July 1920"
    assert len(text.splitlines()) == 2
    assert "today" in text.splitlines()[1]
    russian = describe_row(states, dt.date(1920, 7, 1), "ru").splitlines()
    assert russian[0] == "Государства, июль 1920 г."
    assert russian[1].endswith("– наши дни")


def test_segments_cut_rows_where_membership_changes(tiny_atlas):
    states = lifespan_rows(tiny_atlas.history)[0]
    segments = row_segments(states)
    assert [dt.date.fromordinal(s.start) for s in segments] == [
        dt.date(1900, 1, 1),
        dt.date(1917, 11, 7),
    ]
    assert segments[0].end == segments[1].start


def test_overlapping_territories_share_a_segment_as_stripes(tiny_atlas):
    from dataclasses import replace

    from geodata.dates import PartialDate
    from viewer.core.timeline import LifespanRow

    empire = tiny_atlas.history["empire"]
    russian = replace(empire, id="sphere-russian", style="sphere-russian")
    british = replace(empire, id="sphere-british", style="sphere-british")
    neutral = replace(empire, id="neutral-zone", style="neutral", valid_to=PartialDate(1910))
    twin = replace(russian, id="russian-troops")  # a second colour-mate adds no stripe
    row = LifespanRow("Spheres", (russian, british, neutral, twin))
    first, second = row_segments(row)
    assert first.colours == (VERMILLION, BLUE, GREY)
    assert second.colours == (VERMILLION, BLUE)
    assert dt.date.fromordinal(second.start) == dt.date(1910, 1, 1)


def test_stripes_run_through_touching_segments_of_the_same_colours():
    segments = [
        Segment(10, 20, ("red",)),
        Segment(20, 30, ("red",)),  # touches: one stripe
        Segment(30, 40, ("red", "blue")),  # two stripes now: new runs
        Segment(40, 50, ("red", "blue")),
        Segment(50, 60, ("blue", "red")),  # the colours swap places
        Segment(70, 80, ("blue", "red")),  # a gap
    ]
    assert row_stripes(segments) == [
        Stripe(10, 30, 0, 1, "red"),
        Stripe(30, 50, 0, 2, "red"),
        Stripe(30, 50, 1, 2, "blue"),
        Stripe(50, 60, 0, 2, "blue"),
        Stripe(50, 60, 1, 2, "red"),
        Stripe(70, 80, 0, 2, "blue"),
        Stripe(70, 80, 1, 2, "red"),
    ]


@pytest.mark.parametrize(("speed", "step", "interval"), [
    (1, 1, 1000), (3, 1, 333), (12, 1, 83), (24, 1, 42), (60, 3, 50), (120, 5, 42),
])  # fmt: skip
def test_pace_plays_each_speed_exactly_without_redrawing_too_often(speed, step, interval):
    assert pace(speed) == (step, interval)
    assert speed in dict(SPEEDS)


def test_pace_refuses_a_stop():
    with pytest.raises(ValueError, match="positive"):
        pace(0)


SPAN_1900 = (dt.date(1900, 1, 1), dt.date(2026, 12, 31))


def test_advance_steps_whole_months():
    assert advance(dt.date(1946, 5, 1), 3, SPAN_1900, loop=False) == (dt.date(1946, 8, 1), False)


def test_advance_shortens_the_last_step_and_stops():
    day, stop = advance(dt.date(2026, 10, 1), 5, SPAN_1900, loop=False)
    assert (day, stop) == (dt.date(2026, 12, 1), True)
    assert advance(day, 5, SPAN_1900, loop=False) == (day, True)


def test_advance_loops_back_to_the_start():
    day, stop = advance(dt.date(2026, 10, 1), 5, SPAN_1900, loop=True)
    assert (day, stop) == (dt.date(2026, 12, 1), False)
    assert advance(day, 5, SPAN_1900, loop=True) == (dt.date(1900, 1, 1), False)


DAYS = [10, 20, 30]


@pytest.mark.parametrize(("day", "expected"), [(5, 10), (10, 20), (25, 30), (30, None)])
def test_next_in(day, expected):
    assert next_in(DAYS, day, limit=100) == expected


def test_next_in_respects_the_limit():
    assert next_in(DAYS, 20, limit=29) is None


@pytest.mark.parametrize(("day", "expected"), [(35, 30), (30, 20), (11, 10), (10, None)])
def test_previous_in(day, expected):
    assert previous_in(DAYS, day, floor=0) == expected


def test_previous_in_respects_the_floor():
    assert previous_in(DAYS, 20, floor=11) is None


def test_segments_follow_data_order_when_territories_start_out_of_order(tiny_atlas):
    """The sweep keeps data order among the valid, whatever order they started in."""
    from dataclasses import replace

    from geodata.dates import PartialDate
    from viewer.core.timeline import LifespanRow

    empire = tiny_atlas.history["empire"]
    late = replace(empire, id="sphere-british", style="sphere-british")
    early = replace(
        empire, id="sphere-russian", style="sphere-russian", valid_from=PartialDate(1890)
    )
    gone = replace(empire, id="neutral-zone", style="neutral", valid_to=PartialDate(1905))
    row = LifespanRow("Spheres", (late, early, gone))
    segments = row_segments(row)
    assert [s.colours for s in segments] == [
        (VERMILLION,),
        (BLUE, VERMILLION, GREY),
        (BLUE, VERMILLION),
    ]
    assert [dt.date.fromordinal(s.start).year for s in segments] == [1890, 1900, 1905]
