"""Loading the source registry and event files, checking every field.

Errors name the file, the line of the event, its id and the field; a file with any problem
is rejected whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path

from events.model import CATEGORIES, Event, Point, Source
from geodata.dates import PartialDate
from geodata.errors import DataError, Problem, display_name
from geodata.fields import RecordReader
from geodata.projection import in_region
from geodata.yamlio import read_yaml

SOURCE_KINDS = frozenset(
    {"encyclopaedia", "news", "analysis", "blog", "editorial", "book", "document"}
)


def data_dir() -> Path:
    return Path(str(files("events") / "data"))


def bundled_event_files() -> list[Path]:
    return sorted((data_dir() / "events").glob("*.yaml"))


def load_sources(path: Path | None = None) -> dict[str, Source]:
    """Load the source registry, keyed by id."""
    path = path or data_dir() / "sources.yaml"
    name = display_name(path)
    data = read_yaml(path)
    if not isinstance(data, list):
        raise DataError([Problem(name, "must be a list of sources")])
    problems: list[Problem] = []
    sources: dict[str, Source] = {}
    for item in data:
        r = RecordReader(item, name, problems)
        source = Source(
            id=r.text("id"),
            title=r.text("title"),
            publisher=r.text("publisher"),
            kind=r.choice("kind", SOURCE_KINDS),
            reliability=r.text("reliability"),
            date=str(r.data["date"]) if r.data.get("date") else None,
            capture=r.text("capture", required=False) or None,
        )
        if source.id in sources:
            r.problem("id", "is used twice")
        sources[source.id] = source
    if problems:
        raise DataError(problems)
    return sources


def _point(r: RecordReader) -> Point | None:
    value = r.data.get("point")
    if value is None:
        return None
    sub = RecordReader(value, r.file, r.problems, r.line)
    sub.record = r.record
    point = Point(sub.number("lon", -180, 180), sub.number("lat", -90, 90), sub.text("name"))
    if not in_region(point.lon, point.lat):
        r.problem("point", "lies outside the map region; use an off-map gazetteer place instead")
    return point


def _event(
    r: RecordReader,
    places: frozenset[str] | None,
    territories: frozenset[str] | None,
    sources: frozenset[str] | None,
) -> Event:
    date, end = r.date("date"), r.date("end", required=False)
    if date and end and end.ordinal < date.ordinal:
        r.problem("end", f"{end} is before the start {date}")
    place = r.text("place", required=False) or None
    point = _point(r)
    if place is None and point is None:
        r.problem("place", "give a gazetteer place id or a point {lon, lat, name}")
    if place is not None and places is not None and place not in places:
        r.problem("place", f"{place!r} is not in the gazetteer")
    links = r.data.get("territories") or {}
    if not isinstance(links, dict):
        r.problem("territories", "must be a mapping {starts: [...], ends: [...]}")
        links = {}
    sub = RecordReader(links, r.file, r.problems, r.line)
    sub.record = r.record
    starts, ends = sub.string_list("starts"), sub.string_list("ends")
    if territories is not None:
        for tid in (*starts, *ends):
            if tid not in territories:
                r.problem("territories", f"links unknown territory {tid!r}")
    citations = r.citations()
    if sources is not None:
        for cite in citations:
            if cite.source not in sources:
                r.problem("sources", f"cites unknown source {cite.source!r}")
    return Event(
        id=r.text("id"),
        title=r.names("title"),
        date=date or PartialDate(1),  # unreachable: a missing date raises
        end=end,
        category=r.choice("category", CATEGORIES),
        summary=" ".join(r.text("summary").split()),
        importance=r.integer("importance", 1, 3, 2),
        sources=citations,
        calendar_note=r.text("calendar_note", required=False),
        place=place,
        point=point,
        actors=r.string_list("actors"),
        starts=starts,
        ends=ends,
        disputes=r.disputes(),
        note=" ".join(r.text("note", required=False).split()),
        file=r.file,
        line=r.line,
    )


def load_events(
    paths: Iterable[Path] | None = None,
    *,
    places: frozenset[str] | None = None,
    territories: frozenset[str] | None = None,
    sources: frozenset[str] | None = None,
) -> tuple[Event, ...]:
    """Load event files into one chronological tuple; ids must be unique across files.

    The optional id sets turn on the cross-checks (gazetteer places, territory links,
    registry sources) that need the other datasets.
    """
    problems: list[Problem] = []
    events: list[Event] = []
    seen: dict[str, str] = {}
    for path in bundled_event_files() if paths is None else paths:
        name = display_name(path)
        try:
            data = read_yaml(path)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        if not isinstance(data, list):
            problems.append(Problem(name, "must be a list of events"))
            continue
        for item in data:
            r = RecordReader(item, name, problems)
            event = _event(r, places, territories, sources)
            if event.id in seen:
                r.problem("id", f"is already used in {seen[event.id]}")
            seen[event.id] = name
            events.append(event)
    if problems:
        raise DataError(problems)
    return tuple(sorted(events, key=lambda e: (e.start, e.importance, e.id)))
