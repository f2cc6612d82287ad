"""Stories: ordered slides of the map, what a story file may say, and what its slides cite.

A story is what a lecture or a handout is made of: each slide names a date (or a span to
animate), the part of the map to show, the layers to leave out, the events and territories to
point at, a caption for the audience and notes for the speaker. Everything a slide shows is
read from the atlas, so a story cannot say more than the data: its ids must resolve, its dates
must lie in the atlas's span, and a highlighted territory must be on the map at the slide's
date. Problems name the file, the line, the slide and the field, like the data loaders'.
Writing a story file is `viewer.core.story_files`'s; making a slide from the map is
`viewer.core.slide_map`'s. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from events.model import Source
from geodata.dates import DateError, PartialDate, parse_user_date
from geodata.errors import DataError, Problem, display_name
from geodata.fields import RecordReader, is_number, short
from geodata.loading import KINDS
from geodata.model import LANGUAGES, Citation
from geodata.rasters import MapRaster
from geodata.yamlio import LINE_KEY, read_yaml
from viewer.core.atlas import SPAN, Atlas
from viewer.core.export_options import extent_reason
from viewer.core.frame import RasterLook
from viewer.core.local_dates import date_text
from viewer.core.wording import translate

STORY_FIELDS = ("title", "author", "description", "slides")
SLIDE_FIELDS = (
    "title", "date", "from", "to", "extent", "hidden_kinds", "events", "territories",
    "caption", "notes", "language", "scans",
)  # fmt: skip
SCAN_FIELDS = ("opacity", "over")
EDITORIAL_SOURCE = "general-knowledge"
"""The registry id of facts the editors completed; listed last in a bibliography."""

EVENT_WINDOW = (183, 1500)
"""Days either side of a slide's date within which events are marked: usual and widest."""

Extent = tuple[float, float, float, float]
"""A map area in degrees: (west, south, east, north)."""


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide: the map at a date (or animated over a span), with what to point at.

    Parameters
    ----------
    start
        The date shown; for an animated slide, the first date of the animation.
    end
        For an animated slide, the date it plays to and rests on; ``None`` for a still slide.
    extent
        The area shown, in degrees (west, south, east, north); ``None`` for the whole region.
    hidden_kinds
        Kinds of historical feature left off the map (``state``, ``sphere``…).
    events, territories
        Ids of the events marked and the territories outlined; their citations are the
        slide's sources.
    scans
        ``(file name, RasterLook)`` of the user's map scans drawn otherwise than by default,
        by name: a story names no paths, so it shows the same on another computer where the
        scan is opened from another folder.
    """

    start: PartialDate
    end: PartialDate | None = None
    title: str = ""
    extent: Extent | None = None
    hidden_kinds: frozenset[str] = frozenset()
    events: tuple[str, ...] = ()
    territories: tuple[str, ...] = ()
    caption: str = ""
    notes: str = ""
    language: str = "en"
    scans: tuple[tuple[str, RasterLook], ...] = ()

    @property
    def animated(self) -> bool:
        return self.end is not None

    @property
    def day(self) -> dt.date:
        """The day the slide rests on (an animated slide's last), as handouts print it."""
        return (self.end or self.start).first_day

    @property
    def first_day(self) -> dt.date:
        return self.start.first_day

    @property
    def date_label(self) -> str:
        """'February 1946', or 'March 1946 – 20 December 1946' for an animated slide."""
        if self.end is None:
            return self.start.label()
        return f"{self.start.label()} – {self.end.label()}"

    @property
    def heading(self) -> str:
        """The slide's title, or its date when it has none."""
        return self.title or self.date_label

    def outlined_on(self, day: dt.date, atlas: Atlas) -> frozenset[str]:
        """The highlighted territories drawn on *day*: outlines never mark an empty map."""
        valid = atlas.history.valid_ids(day.toordinal())
        return frozenset(t for t in self.territories if t in valid)

    def raster_looks(self, rasters: tuple[MapRaster, ...]) -> tuple[tuple[str, RasterLook], ...]:
        """The looks of the scans open now (by id, as a frame holds them): each scan whose
        file has a name the slide gives takes that look; the others are drawn by default."""
        by_name = dict(self.scans)
        return tuple(
            sorted((r.id, by_name[r.path.name]) for r in rasters if r.path.name in by_name)
        )

    def event_window(self, atlas: Atlas) -> int:
        """Days either side of the date within which events light up on the map.

        A still slide widens the usual window (up to the timeline's widest) so that its
        highlighted events are marked; an animated slide keeps it, and events light up as
        the animation passes them.
        """
        if self.animated or not self.events:
            return EVENT_WINDOW[0]
        day = self.day.toordinal()
        furthest = max(atlas.events.distance(atlas.events[e], day) for e in self.events)
        return min(max(EVENT_WINDOW[0], furthest + 30), EVENT_WINDOW[1])

    def nearest_event(self, day: dt.date, atlas: Atlas) -> str:
        """The highlighted event nearest *day* ("" for none): the one the map rings."""
        ordinal = day.toordinal()
        events = [atlas.events[e] for e in self.events]
        nearest = min(events, key=lambda e: atlas.events.distance(e, ordinal), default=None)
        return nearest.id if nearest else ""


@dataclass(frozen=True, slots=True)
class Story:
    """A titled, ordered list of slides."""

    title: str
    author: str = ""
    description: str = ""
    slides: tuple[Slide, ...] = ()


@dataclass(frozen=True, slots=True)
class CitedRecord:
    """An event or territory highlighted on a slide, with the citations it carries."""

    kind: str  # event or territory
    id: str
    label: str
    citations: tuple[Citation, ...]


# ---------------------------------------------------------------------- reading
def load_story(path: Path, atlas: Atlas) -> Story:
    """Read and check a story file against *atlas*.

    Raises
    ------
    DataError
        With every problem found (file, line, slide and field); nothing is kept.
    """
    name = display_name(path)
    problems: list[Problem] = []
    story = parse_story(read_yaml(Path(path)), name, atlas, problems)
    if problems:
        raise DataError(problems)
    return story


def parse_story(data: Any, name: str, atlas: Atlas, problems: list[Problem]) -> Story:
    """A story from parsed YAML; problems are appended to *problems*, never raised."""
    if not isinstance(data, dict) or not isinstance(data.get("slides", []), list):
        problems.append(
            Problem(name, "must be a story: a mapping with a title and a list of slides")
        )
        return Story("")
    r = RecordReader(data, name, problems)
    _unknown_fields(r, STORY_FIELDS, slide=False)
    slides = []
    for number, item in enumerate(data.get("slides") or [], start=1):
        if not isinstance(item, dict):
            message = "must be a mapping (date, extent, caption…), not {type}"
            values = {"type": type(item).__name__}
            problems.append(Problem(name, message, record=f"slide {number}", values=values))
            continue
        slide = RecordReader(item, name, problems)
        slide.record = f"slide {number}"
        slides.append(_slide(slide, atlas))
    return Story(
        title=r.text("title"),
        author=r.text("author", required=False),
        description=r.text("description", required=False),
        slides=tuple(s for s in slides if s is not None),
    )


def _unknown_fields(r: RecordReader, known: tuple[str, ...], slide: bool) -> None:
    """Flag misspelt fields, which would otherwise be silently ignored."""
    for key in r.data:
        if key != LINE_KEY and key not in known:
            hint = difflib.get_close_matches(str(key), known, n=1)
            fields = ", ".join(known)
            if hint and slide:
                r.problem(
                    str(key), "is not a field of a slide; did you mean '{hint}'?", hint=hint[0]
                )
            elif hint:
                r.problem(
                    str(key), "is not a field of a story; did you mean '{hint}'?", hint=hint[0]
                )
            elif slide:
                r.problem(str(key), "is not a field of a slide; use {fields}", fields=fields)
            else:
                r.problem(str(key), "is not a field of a story; use {fields}", fields=fields)


def _slide(r: RecordReader, atlas: Atlas) -> Slide | None:
    """A slide, or None (its problems reported) when it has no date to show."""
    _unknown_fields(r, SLIDE_FIELDS, slide=True)
    start, end = _dates(r)
    hidden = frozenset(r.string_list("hidden_kinds"))
    for kind in sorted(hidden - KINDS):
        r.problem(
            "hidden_kinds",
            "{kind} is not a kind; use {choices}",
            kind=short(kind),
            choices=", ".join(sorted(KINDS)),
        )
    events = r.string_list("events")
    for event_id in events:
        if event_id not in atlas.events:
            if hint := _hint(event_id, atlas):
                r.problem(
                    "events",
                    "{event_id} is not an event; did you mean {hint}?",
                    event_id=short(event_id),
                    hint=hint,
                )
            else:
                r.problem("events", "{event_id} is not an event", event_id=short(event_id))
    territories = r.string_list("territories")
    if start is not None:
        _check_territories(r, territories, start, end, atlas)
    language = r.text("language", required=False, default="en")
    if language not in LANGUAGES:
        r.problem(
            "language",
            "{language} is not one of: {choices}",
            language=short(language),
            choices=", ".join(LANGUAGES),
        )
    extent = _extent(r)
    scans = _scans(r)
    title = r.text("title", required=False)
    caption, notes = r.text("caption", required=False), r.text("notes", required=False)
    if start is None:
        return None
    return Slide(
        start=start,
        end=end,
        title=title,
        extent=extent,
        hidden_kinds=hidden & KINDS,
        events=events,
        territories=territories,
        caption=caption,
        notes=notes,
        language=language if language in LANGUAGES else "en",
        scans=scans,
    )


def _hint(wrong: str, atlas: Atlas) -> str | None:
    """The id of an event or territory close to *wrong* (a typo's likely meaning), quoted."""
    ids = [e.id for e in atlas.events] + [t.id for t in atlas.history]
    close = difflib.get_close_matches(wrong, ids, n=1, cutoff=0.75)
    return repr(close[0]) if close else None


def _date(r: RecordReader, key: str) -> PartialDate | None:
    value = r.data.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # an unquoted year
    if not isinstance(value, str):
        r.problem(key, 'must be a date such as "1946-02", not {value}', value=short(value))
        return None
    try:
        date = parse_user_date(value)
    except DateError as exc:
        r.date_problem(key, exc)
        return None
    if not SPAN[0] <= date.first_day <= SPAN[1]:
        r.problem(
            key,
            "{date} is outside the atlas's span, {year} to {year2}",
            date=str(date),
            year=SPAN[0].year,
            year2=SPAN[1].year,
        )
        return None
    return date


def _dates(r: RecordReader) -> tuple[PartialDate | None, PartialDate | None]:
    """A still slide's ``date``, or an animated slide's ``from`` and ``to``."""
    has = {key: r.data.get(key) is not None for key in ("date", "from", "to")}
    if has["date"] and (has["from"] or has["to"]):
        r.problem("date", "give either a date, or from and to for an animated slide, not both")
        return None, None
    if has["date"]:
        return _date(r, "date"), None
    if not has["from"] and not has["to"]:
        r.problem("date", "is missing (or give from and to for an animated slide)")
        return None, None
    if not (has["from"] and has["to"]):
        r.problem("to" if has["from"] else "from", "is missing: an animated slide needs both")
        return None, None
    start, end = _date(r, "from"), _date(r, "to")
    if start and end and start.first_day >= end.first_day:
        r.problem("to", "{end} is not after from {start}", end=str(end), start=str(start))
        return None, None
    return start, end


def _check_territories(
    r: RecordReader,
    territories: tuple[str, ...],
    start: PartialDate,
    end: PartialDate | None,
    atlas: Atlas,
) -> None:
    first, last = start.ordinal, (end or start).ordinal
    for territory_id in territories:
        if territory_id not in atlas.history:
            if hint := _hint(territory_id, atlas):
                r.problem(
                    "territories",
                    "{territory_id} is not a territory; did you mean {hint}?",
                    territory_id=short(territory_id),
                    hint=hint,
                )
            else:
                r.problem(
                    "territories",
                    "{territory_id} is not a territory",
                    territory_id=short(territory_id),
                )
            continue
        territory = atlas.history[territory_id]
        if territory.start > last or territory.end <= first:
            until = territory.valid_to.label() if territory.valid_to else "today"
            r.problem(
                "territories",
                "{territory_id} is not on the map at this slide's date (it is drawn {label} – "
                "{until})",
                territory_id=repr(territory_id),
                label=territory.valid_from.label(),
                until=until,
            )


def _extent(r: RecordReader) -> Extent | None:
    value = r.data.get("extent")
    if value is None:
        return None
    numbers = isinstance(value, list) and all(is_number(v) for v in value)
    if not numbers or len(value) != 4:
        r.problem(
            "extent",
            "must be [west, south, east, north] in degrees, not {value}",
            value=short(value),
        )
        return None
    west, south, east, north = (float(v) for v in value)
    if reason := extent_reason((west, south, east, north)):  # the exports' rule
        template, values = reason
        r.problem("extent", template, **values)
        return None
    return west, south, east, north


def _scans(r: RecordReader) -> tuple[tuple[str, RasterLook], ...]:
    """The slide's looks of map scans: ``{file name: {opacity: 0.5, over: true}}``."""
    value = r.data.get("scans")
    if value is None:
        return ()
    if not isinstance(value, dict):
        message = "must map a scan's file name to its opacity and over, not {value}"
        r.problem("scans", message, value=short(value))
        return ()
    looks = []
    for name, look in value.items():
        if name == LINE_KEY:
            continue
        if not isinstance(name, str) or not isinstance(look, dict):
            message = "{name} must be a file name with {{opacity: 0.5, over: true}}"
            r.problem("scans", message, name=short(name))
            continue
        unknown = sorted(str(k) for k in look if k not in (*SCAN_FIELDS, LINE_KEY))
        if unknown:
            r.problem(
                "scans",
                "{name}: {choices} is not opacity or over",
                name=short(name),
                choices=", ".join(unknown),
            )
        opacity = look.get("opacity", RasterLook().opacity)
        over = look.get("over", RasterLook().over)
        if not is_number(opacity) or not 0 <= opacity <= 1:
            r.problem(
                "scans",
                "{name}: opacity must be from 0 to 1, not {opacity}",
                name=short(name),
                opacity=short(opacity),
            )
        elif not isinstance(over, bool):
            r.problem(
                "scans",
                "{name}: over must be true or false, not {over}",
                name=short(name),
                over=short(over),
            )
        elif not unknown:
            looks.append((name, RasterLook(float(opacity), over)))
    return tuple(sorted(looks))


# ---------------------------------------------------------------------- sources
def slide_sources(slide: Slide, atlas: Atlas, language: str = "en") -> list[CitedRecord]:
    """The highlighted events and territories of a slide, with their citations, labelled in
    *language* (a Persian handout names them in Persian).

    A territory often cites the passage its event cites; each citation is listed once, under
    the first record that gives it.
    """

    def when(date: PartialDate) -> str:
        return date.label() if language == "en" else date_text(date, language)

    records: list[CitedRecord] = []
    seen: set[Citation] = set()
    for kind, record_id in [("event", e) for e in slide.events] + [
        ("territory", t) for t in slide.territories
    ]:
        if kind == "event":
            event = atlas.events[record_id]
            label, citations = f"{event.title.get(language)} ({when(event.date)})", event.sources
        else:
            territory = atlas.history[record_id]
            today = translate("Story", "today", language)
            until = when(territory.valid_to) if territory.valid_to else today
            label = f"{territory.names.get(language)} ({when(territory.valid_from)} – {until})"
            citations = territory.sources
        new = tuple(c for c in citations if c not in seen)
        seen.update(new)
        records.append(CitedRecord(kind, record_id, label, new))
    return records


def bibliography(story: Story, atlas: Atlas) -> list[Source]:
    """The registry sources cited anywhere in the story: by title, editorial facts last."""
    cited = {
        citation.source
        for slide in story.slides
        for record in slide_sources(slide, atlas)
        for citation in record.citations
    }
    found = [atlas.sources[s] for s in cited if s in atlas.sources]
    return sorted(found, key=lambda s: (s.id == EDITORIAL_SOURCE, s.title.casefold()))
