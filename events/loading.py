"""Loading the source registry and event files, checking every field.

Errors name the file, the line of the event, its id and the field; a file with any problem
is rejected whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from events.model import CATEGORIES, Event, Point, Source
from geodata.dates import PartialDate
from geodata.errors import DataError, Problem, display_name
from geodata.fields import RecordReader, short
from geodata.model import Names
from geodata.projection import in_region
from geodata.yamlio import read_yaml

SOURCE_KINDS = frozenset(
    {"encyclopaedia", "news", "analysis", "blog", "editorial", "book", "document"}
)


def data_dir() -> Path:
    return Path(str(files("events") / "data"))


def bundled_event_files() -> list[Path]:
    return sorted((data_dir() / "events").glob("*.yaml"))


def parse_sources(
    data: Any, name: str, problems: list[Problem], taken: Mapping[str, str] | None = None
) -> dict[str, Source]:
    """Sources from a parsed registry list, keyed by id; problems are collected, not raised.

    *taken* maps ids registered elsewhere to where (for a user's file: "the built-in
    registry", or another of the user's files).
    """
    taken = taken or {}
    if not isinstance(data, list):
        problems.append(Problem(name, "must be a list of sources", field="sources"))
        return {}
    sources: dict[str, Source] = {}
    for item in data:
        r = RecordReader(item, name, problems)
        date = r.data.get("date")
        source = Source(
            id=r.text("id"),
            title=r.text("title"),
            publisher=r.text("publisher"),
            kind=r.choice("kind", SOURCE_KINDS),
            reliability=r.text("reliability"),
            date=str(date) if isinstance(date, int) else r.text("date", required=False) or None,
            capture=r.text("capture", required=False) or None,
        )
        if source.id in taken:
            r.problem(
                "id", "is already registered in {taken}; choose another id", taken=taken[source.id]
            )
        elif source.id in sources:
            r.problem("id", "is used twice")
        sources[source.id] = source
    return sources


def load_sources(path: Path | None = None) -> dict[str, Source]:
    """Load the source registry, keyed by id."""
    path = path or data_dir() / "sources.yaml"
    problems: list[Problem] = []
    sources = parse_sources(read_yaml(path), display_name(path), problems)
    if problems:
        raise DataError(problems)
    return sources


def load_actors(path: Path | None = None) -> dict[str, Names]:
    """The actors vocabulary: each English actor string of the events, with its names.

    Events name their actors in English; this file gives the Persian and Russian forms, so
    the English string is the key and must be unique.
    """
    path = path or data_dir() / "actors.yaml"
    name = display_name(path)
    data = read_yaml(path)
    if not isinstance(data, list):
        raise DataError([Problem(name, "must be a list of {names: {en, fa, ru}}")])
    problems: list[Problem] = []
    actors: dict[str, Names] = {}
    for item in data:
        r = RecordReader(item, name, problems)
        names = r.names("names")
        r.record = names.en
        if names.en in actors:
            r.problem("names", "is given twice")
        actors[names.en] = names
    if problems:
        raise DataError(problems)
    return actors


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
    known_actors: frozenset[str] | None = None,
) -> Event:
    date, last = r.span("date")
    if date is None and last is not None:
        r.problem("date", "{date} has no start; an event needs one", date=short(r.data.get("date")))
    end = r.date("end", required=False)
    if last is not None and last != date:
        if end is not None:
            r.problem("end", "is given twice: by the span in 'date' and by 'end'")
        end = last  # EDTF '1946-05/1946-12': the span's last period is the event's end
    if date and end and end.ordinal < date.ordinal:
        r.problem("end", "{end} is before the start {date}", end=str(end), date=str(date))
    place = r.text("place", required=False) or None
    point = _point(r)
    if place is None and point is None:
        r.problem("place", "give a gazetteer place id or a point {lon, lat, name}")
    if place is not None and places is not None and place not in places:
        r.problem("place", "{place} is not in the gazetteer", place=repr(place))
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
                r.problem("territories", "links unknown territory {tid}", tid=repr(tid))
    actors = r.string_list("actors")
    if known_actors is not None:
        for actor in actors:
            if actor not in known_actors:
                r.problem(
                    "actors",
                    "{actor} is not in the actors vocabulary (actors.yaml)",
                    actor=repr(actor),
                )
    citations = r.citations()
    if sources is not None:
        for cite in citations:
            if cite.source not in sources:
                r.problem("sources", "cites unknown source {source}", source=repr(cite.source))
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
        actors=actors,
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
    actors: frozenset[str] | None = None,
) -> tuple[Event, ...]:
    """Load event files into one chronological tuple; ids must be unique across files.

    The optional id sets turn on the cross-checks (gazetteer places, territory links,
    registry sources, the actors vocabulary) that need the other datasets.
    """
    problems: list[Problem] = []
    events: list[Event] = []
    seen: dict[str, str] = {}
    for path in bundled_event_files() if paths is None else paths:
        try:
            data = read_yaml(path)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        events += parse_events(
            data,
            display_name(path),
            problems,
            places=places,
            territories=territories,
            sources=sources,
            seen=seen,
            actors=actors,
        )
    if problems:
        raise DataError(problems)
    return tuple(sorted(events, key=lambda e: (e.start, e.importance, e.id)))


def parse_events(
    data: Any,
    name: str,
    problems: list[Problem],
    *,
    places: frozenset[str] | None,
    territories: frozenset[str] | None,
    sources: frozenset[str] | None,
    seen: dict[str, str],
    actors: frozenset[str] | None = None,
) -> list[Event]:
    """Events from a parsed list; problems are collected, not raised.

    *seen* maps the ids already used to where they are used (a file name, or "the built-in
    catalogue"); the new ids are added to it.
    """
    if not isinstance(data, list):
        problems.append(Problem(name, "must be a list of events"))
        return []
    events = []
    for item in data:
        r = RecordReader(item, name, problems)
        event = _event(r, places, territories, sources, actors)
        if event.id in seen:
            r.problem("id", "is already used in {seen}", seen=seen[event.id])
        elif event.id:
            seen[event.id] = name
        events.append(event)
    return events
