"""The timeline's arithmetic, free of Qt: eras, the time axis, lifespan rows and playback steps.

The strip and the playback controller are thin Qt shells around these functions, so the rules
a user relies on (where a click lands, how far a step goes, when playback stops or wraps) are
tested here without a display.

The time axis is in decimal years counted in months: the first day of a month sits exactly on
``year + (month - 1) / 12``. Month starts are where the strip's clicks land, so putting them on
round numbers keeps a click and the cursor it draws in the same place.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from geodata.dates import MONTHS, NOT_A_DATE, DateError, PartialDate, Precision, parse_user_date
from geodata.model import Territory
from viewer.core.local_dates import date_error_text, date_text, gregorian_text
from viewer.core.state import add_months, from_month_index, month_index
from viewer.core.style import territory_style
from viewer.core.wording import digits, tr_noop, translate


@dataclass(frozen=True, slots=True)
class Era:
    """A named period drawn as a band; ``end`` is exclusive and ``None`` means still current."""

    name: str
    start: dt.date | None
    end: dt.date | None
    colour: str
    note: str = ""

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


IRAN_ERAS = (
    Era(tr_noop("Timeline", "Qajar"), None, dt.date(1925, 12, 15), "#e8ddc5",
        tr_noop("Timeline", "Ahmad Shah, the last Qajar, was deposed by the Majles on "
                "31 October 1925.")),
    Era(tr_noop("Timeline", "Pahlavi"), dt.date(1925, 12, 15), dt.date(1979, 2, 11), "#d6e2d0",
        tr_noop("Timeline", "Reza Shah took the throne on 15 December 1925; Mohammad Reza Shah "
                "from 1941.")),
    Era(tr_noop("Timeline", "Islamic Republic"), dt.date(1979, 2, 11), None, "#d3e1e8",
        tr_noop("Timeline", "The revolution prevailed on 11 February 1979; the republic was "
                "proclaimed on 1 April.")),
)  # fmt: skip
NORTH_ERAS = (
    Era(tr_noop("Timeline", "Russian Empire"), None, dt.date(1917, 11, 7), "#efd8c9",
        tr_noop("Timeline", "After the February Revolution (March 1917) the Provisional "
                "Government ruled.")),
    Era(tr_noop("Timeline", "Soviet"), dt.date(1917, 11, 7), dt.date(1991, 12, 26), "#eac9c1",
        tr_noop("Timeline", "Soviet Russia from 7 November 1917 (25 October Old Style); the USSR "
                "from 30 December 1922 until its dissolution on 26 December 1991.")),
    Era(tr_noop("Timeline", "Russian Federation"), dt.date(1991, 12, 26), None, "#ddd6e6",
        tr_noop("Timeline", "Since 1991 Iran borders Azerbaijan, Armenia and Turkmenistan on "
                "land, and Russia and Kazakhstan across the Caspian.")),
)  # fmt: skip
ERA_ROWS = ((tr_noop("Timeline", "Iran"), IRAN_ERAS), (tr_noop("Timeline", "North"), NORTH_ERAS))
"""The era bands, top to bottom, with their row labels."""

LIFESPAN_ROWS = (
    (tr_noop("Timeline", "States"), frozenset({"state"})),
    (tr_noop("Timeline", "Spheres, zones"), frozenset({"sphere", "occupation_zone"})),
    (tr_noop("Timeline", "Troops"), frozenset({"troops"})),
    (tr_noop("Timeline", "Governments"), frozenset({"government"})),
    (
        tr_noop("Timeline", "Borders, sea"),
        frozenset({"land_boundary", "sea_line", "sea_zone", "island"}),
    ),
    (tr_noop("Timeline", "Infrastructure"), frozenset({"infrastructure"})),
)
"""Rows of territory lifespans: related kinds share a row, so the strip stays legible."""

SPEEDS = (
    (1, tr_noop("Speeds", "1 month/s")),
    (3, tr_noop("Speeds", "3 months/s")),
    (12, tr_noop("Speeds", "1 year/s")),
    (24, tr_noop("Speeds", "2 years/s")),
    (60, tr_noop("Speeds", "5 years/s")),
    (120, tr_noop("Speeds", "10 years/s")),
)
"""Playback speeds in months per second, with their labels."""
DEFAULT_SPEED = 12
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)
"""Spacings of the labelled ticks, in years."""
MINOR_STEPS = {1: 1 / 12, 2: 1.0, 5: 1.0, 10: 1.0, 20: 5.0, 50: 10.0, 100: 50.0}
MIN_LABEL_PIXELS = 56
GO_TO_FORMS = tr_noop("Timeline", "1946, 1946-05, 12 Nov 1945 or 1324 SH")
"""What the go-to field reads, as examples (translated where shown)."""
MIN_TICK_MS = 40
"""Playback redraws at most 25 times a second; faster speeds step several months a tick."""


def decimal_year(day: dt.date) -> float:
    """The strip's x coordinate of a day (month starts fall on exact twelfths)."""
    following = add_months(day.replace(day=1), 1)
    days_in_month = (following - day.replace(day=1)).days
    return (month_index(day) + (day.day - 1) / days_in_month) / 12


def nearest_month(x: float) -> dt.date:
    """The first day of the month whose start is nearest to *x* (a click's landing day)."""
    return from_month_index(round(x * 12))


def date_at(x: float) -> dt.date:
    """The day at *x* (the inverse of :func:`decimal_year`)."""
    index = math.floor(x * 12)
    first = from_month_index(index)
    days_in_month = (from_month_index(index + 1) - first).days
    return first + dt.timedelta(days=min(int((x * 12 - index) * days_in_month), days_in_month - 1))


def span_x(span: tuple[dt.date, dt.date]) -> tuple[float, float]:
    """The x range of the timeline: from its first day to the end of its last month."""
    start, end = span
    return decimal_year(start), decimal_year(from_month_index(month_index(end) + 1))


def events_per_year(days: Iterable[dt.date]) -> dict[int, int]:
    """How many of *days* fall in each year, years ascending (the density histogram)."""
    counts = Counter(day.year for day in days)
    return {year: counts[year] for year in sorted(counts)}


def year_ticks(low: float, high: float, pixels: float) -> list[tuple[float, list[float]]]:
    """Major and minor ticks for the time axis between *low* and *high* over *pixels*.

    Majors are labelled years, spaced so labels sit at least :data:`MIN_LABEL_PIXELS` apart;
    minors are years, or months once a year is wide, or nothing when they would crowd.
    """
    per_year = pixels / max(high - low, 1e-9)
    major = next((s for s in YEAR_STEPS if s * per_year >= MIN_LABEL_PIXELS), YEAR_STEPS[-1])
    minor = MINOR_STEPS[major] if MINOR_STEPS[major] * per_year >= 5 else major

    def multiples(step: float) -> list[float]:
        first = math.ceil(low / step - 1e-9)
        return [k * step for k in range(first, math.floor(high / step + 1e-9) + 1)]

    minors = [v for v in multiples(minor) if abs(v / major - round(v / major)) > 1e-6]
    return [(float(major), multiples(major)), (float(minor), minors)]


def tick_label(value: float, spacing: float, pixels_per_year: float, language: str = "en") -> str:
    """A year for whole-year ticks; a month's short name where a month is wide enough (Persian
    names whole: their first three letters are not an abbreviation)."""
    if spacing >= 1:
        return digits(str(round(value)), language)
    if spacing * pixels_per_year < 24:
        return ""
    month = translate("Month", MONTHS[round(value * 12) % 12], language)
    return month if language == "fa" else month[:3]


def typed_date_problem(text: str, error: DateError, language: str) -> str:
    """What is wrong with a date the user typed, in *language*: the reason (no month 13, no
    31 April…), or, for text that is no date at all, the forms to type instead."""
    if error.reason != NOT_A_DATE:
        return date_error_text(error, language)
    message = translate("Timeline", "“{text}” is not a date. Try {forms}.", language)
    forms = translate("Timeline", GO_TO_FORMS, language)
    sentence = message.format(text=" ".join(text.split()), forms=forms)
    # a form ending in an abbreviation ('1324 г. с. х.') already closes the sentence
    return sentence[:-1] if sentence.endswith("..") else sentence


def read_go_to(text: str, span: tuple[dt.date, dt.date], language: str = "en") -> PartialDate:
    """The date a user typed into the go-to field, as precise as they typed it.

    Raises
    ------
    ValueError
        With a message for the user, in *language*: what was wrong and what to type instead.
    """
    try:
        date = parse_user_date(text)
    except DateError as exc:
        raise ValueError(typed_date_problem(text, exc, language)) from None
    start, end = span
    if not start <= date.first_day <= end:
        day = gregorian_text(date.first_day, Precision.DAY, language)
        message = translate("Timeline", "{day} is outside the timeline ({first}–{last}).", language)
        raise ValueError(digits(message.format(day=day, first=start.year, last=end.year), language))
    return date


def describe_era(era: Era, language: str = "en") -> str:
    """The tooltip of an era band: its name, its dates and its note."""
    since = until = ""
    if era.start:
        day = gregorian_text(era.start, Precision.DAY, language)
        since = translate("Timeline", "from {date}", language).format(date=day)
    if era.end:
        day = gregorian_text(era.end, Precision.DAY, language)
        until = translate("Timeline", "until {date}", language).format(date=day)
    else:
        until = translate("Timeline", "to today", language)
    name, note = (translate("Timeline", text, language) for text in (era.name, era.note))
    return f"{name}: {' '.join(filter(None, (since, until)))}\n{note}"


def describe_row(row: LifespanRow, day: dt.date, language: str) -> str:
    """The tooltip of a lifespan row at a day: what in it is valid then, with its dates."""
    label = translate("Timeline", row.label, language)
    month = gregorian_text(day, Precision.MONTH, language)
    if language == "ru":  # a month named alone is capitalised; after a comma it is not
        month = month[:1].lower() + month[1:]
    lines = [f"{label}، {month}" if language == "fa" else f"{label}, {month}"]
    today = translate("Timeline", "today", language)
    for t in row.valid_on(day.toordinal()):
        until = date_text(t.valid_to, language) if t.valid_to else today
        lines.append(f"{t.names.get(language)}: {date_text(t.valid_from, language)} – {until}")
    if len(lines) == 1:
        lines.append(translate("Timeline", "(none at this date)", language))
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class LifespanRow:
    """One row of lifespan bars: the label and the territories drawn in it, in data order."""

    label: str
    territories: tuple[Territory, ...]

    def valid_on(self, day: int) -> list[Territory]:
        return [t for t in self.territories if t.valid_on(day)]


def lifespan_rows(territories: Iterable[Territory]) -> list[LifespanRow]:
    """The territories grouped into :data:`LIFESPAN_ROWS`; rows with nothing in them are dropped.

    A kind no row names gets a row of its own at the end, so no feature goes missing.
    """
    items = list(territories)
    groups = [(label, kinds) for label, kinds in LIFESPAN_ROWS]
    named = frozenset().union(*(kinds for _, kinds in LIFESPAN_ROWS))
    for kind in dict.fromkeys(t.kind for t in items if t.kind not in named):
        groups.append((kind.replace("_", " ").capitalize(), frozenset({kind})))
    rows = [
        LifespanRow(label, tuple(t for t in items if t.kind in kinds)) for label, kinds in groups
    ]
    return [row for row in rows if row.territories]


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of a lifespan row where the same territories are valid, ``[start, end)``.

    ``colours`` are the distinct colours of those territories in data order: the strip draws
    one stripe per colour, so the Russian, British and neutral spheres of 1907 all show.
    """

    start: int
    end: int
    colours: tuple[str, ...]


def row_segments(row: LifespanRow) -> list[Segment]:
    """The row cut at every day a territory in it starts or ends; empty stretches are left out.

    One sweep over the days, keeping per colour the valid territories' places in the row (a
    heap): a segment's colours are then ordered by each colour's first valid territory,
    without sorting the whole valid set at every cut (with 100 copies of the data that sort
    took 12 s of the window's start-up, measured).
    """
    colours = [territory_style(t).colour for t in row.territories]
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for index, t in enumerate(row.territories):
        starting.setdefault(t.start, []).append(index)
        ending.setdefault(t.end, []).append(index)
    valid = [False] * len(colours)
    by_colour: dict[str, list[int]] = {}  # a heap of valid places, stale ones dropped lazily
    counts: dict[str, int] = {}
    segments = []
    for start, end in itertools.pairwise(sorted(starting.keys() | ending.keys())):
        for index in ending.get(start, ()):
            if valid[index]:
                valid[index] = False
                counts[colours[index]] -= 1
        for index in starting.get(start, ()):
            t = row.territories[index]
            if t.start < t.end and not valid[index]:
                valid[index] = True
                colour = colours[index]
                counts[colour] = counts.get(colour, 0) + 1
                heapq.heappush(by_colour.setdefault(colour, []), index)
        firsts = []
        for colour, count in counts.items():
            if count:
                heap = by_colour[colour]
                while not valid[heap[0]]:
                    heapq.heappop(heap)
                firsts.append((heap[0], colour))
        if firsts:
            segments.append(Segment(start, end, tuple(c for _, c in sorted(firsts))))
    return segments


@dataclass(frozen=True, slots=True)
class Stripe:
    """A run of one colour in one stripe of a lifespan row, ``[start, end)``: stripe ``k``
    of ``of`` stripes the row's segments have there."""

    start: int
    end: int
    k: int
    of: int
    colour: str


def row_stripes(segments: Iterable[Segment]) -> list[Stripe]:
    """A row's segments as stripes, each run of a colour through touching segments as one.

    The strip draws the same picture from far fewer rectangles: with 100 copies of the data
    the 117,000 stripes of 31,000 segments held 80 MB of the strip's pictures (measured); the
    hairlines at each cut still show where a segment starts.
    """
    stripes: list[Stripe] = []
    running: dict[tuple[int, int], int] = {}  # (k, of): the index of its last stripe
    for segment in segments:
        of = len(segment.colours)
        for k, colour in enumerate(segment.colours):
            at = running.get((k, of))
            last = None if at is None else stripes[at]
            if at is not None and last and last.end == segment.start and last.colour == colour:
                stripes[at] = Stripe(last.start, segment.end, k, of, colour)
                continue
            running[(k, of)] = len(stripes)
            stripes.append(Stripe(segment.start, segment.end, k, of, colour))
    return stripes


def pace(months_per_second: int) -> tuple[int, int]:
    """Months per tick and the tick interval (ms) that play *months_per_second* exactly.

    Slow speeds step one month at a time; fast ones step the fewest whole months that keep
    the interval at or above :data:`MIN_TICK_MS`, so the map is not asked to redraw faster
    than the eye can follow.
    """
    if months_per_second <= 0:
        raise ValueError(f"speed must be positive, not {months_per_second}")
    step = max(1, math.ceil(months_per_second * MIN_TICK_MS / 1000))
    return step, round(1000 * step / months_per_second)


def advance(
    day: dt.date, months: int, span: tuple[dt.date, dt.date], loop: bool
) -> tuple[dt.date, bool]:
    """One playback tick: the next date and whether playback should stop.

    Playback ends on the timeline's last month. Looping wraps from there to the first month;
    otherwise the last step is shortened to land on the last month, and playback stops.
    """
    start, end = span
    last = from_month_index(month_index(end))
    if day >= last:
        return (start, False) if loop else (day, True)
    following = add_months(day, months)
    if following >= last:
        return last, not loop
    return following, False


def next_in(days: Sequence[int], day: int, limit: int) -> int | None:
    """The first of the sorted *days* after *day*, if it is no later than *limit*."""
    index = bisect.bisect_right(days, day)
    return days[index] if index < len(days) and days[index] <= limit else None


def previous_in(days: Sequence[int], day: int, floor: int) -> int | None:
    """The last of the sorted *days* before *day*, if it is no earlier than *floor*."""
    index = bisect.bisect_left(days, day)
    return days[index - 1] if index > 0 and days[index - 1] >= floor else None
