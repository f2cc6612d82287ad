"""Works cited, for reference managers (Zotero, JabRef, EndNote): BibTeX, CSL-JSON and RIS.

``python -m viewer cite`` writes them, the details panel's "Copy citation" copies
:func:`item_works`, and the story's "Export citations…" writes what :func:`story_records` cite.
A work is a registry source; where a selection is asked for (an event, a date, a story), each
work carries as notes the locators the selection cites it by ("Treaty of Turkmenchay
(10 February 1828): para 3"), so a reader can find every claim in the document. The whole
registry is listed without notes: hundreds of locators in one note help no one. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from events.model import Event, Source
from geodata.dates import DateError, PartialDate, Precision
from geodata.model import Territory
from viewer.core.atlas import Atlas
from viewer.core.atomic import atomic_file
from viewer.core.story import EDITORIAL_SOURCE, EVENT_WINDOW, CitedRecord, Story, slide_sources

CITE_FORMATS = ("bibtex", "csl-json", "ris")
CITE_SUFFIXES = {"bibtex": ".bib", "csl-json": ".json", "ris": ".ris"}
CITE_FORMAT_NAMES = {"bibtex": "BibTeX", "csl-json": "CSL-JSON", "ris": "RIS"}
"""Each format as reference managers name it, in every language: the app's menus and filters."""


@dataclass(frozen=True, slots=True)
class Work:
    """A source cited, with the locators of the claims that cite it (may be empty)."""

    source: Source
    notes: tuple[str, ...] = ()


# ---------------------------------------------------------------------- what is cited
def event_records(event: Event) -> list[CitedRecord]:
    return [
        CitedRecord("event", event.id, f"{event.title.en} ({event.date.label()})", event.sources)
    ]


def territory_records(territory: Territory) -> list[CitedRecord]:
    until = territory.valid_to.label() if territory.valid_to else "today"
    label = f"{territory.names.en} ({territory.valid_from.label()} – {until})"
    return [CitedRecord("territory", territory.id, label, territory.sources)]


def date_records(atlas: Atlas, day: dt.date) -> list[CitedRecord]:
    """What the map shows on *day*, as ``describe --date`` lists it: the features valid then
    and the events near it."""
    ordinal = day.toordinal()
    valid = atlas.history.valid_ids(ordinal)
    records = [r for t in atlas.history if t.id in valid for r in territory_records(t)]
    nearby = sorted(atlas.events.near(ordinal, EVENT_WINDOW[0]), key=lambda e: e.start)
    return records + [r for e in nearby for r in event_records(e)]


def story_records(story: Story, atlas: Atlas) -> list[CitedRecord]:
    """What a story's slides highlight, as its handout cites them."""
    return [record for slide in story.slides for record in slide_sources(slide, atlas)]


def works_cited(atlas: Atlas, records: Sequence[CitedRecord] | None = None) -> list[Work]:
    """The works *records* cite, with their locators as notes; every source without notes
    when *records* is ``None``. By title, the editors' own facts last."""
    if records is None:
        works = [Work(s) for s in atlas.sources.values()]
    else:
        notes: dict[str, list[str]] = {}
        for record in records:
            for citation in record.citations:
                note = f"{record.label}: {citation.locator}"
                if note not in notes.setdefault(citation.source, []):
                    notes[citation.source].append(note)
        works = [Work(atlas.sources[s], tuple(n)) for s, n in notes.items() if s in atlas.sources]
    return sorted(works, key=lambda w: (w.source.id == EDITORIAL_SOURCE, w.source.title.casefold()))


def item_works(item: Source | Event | Territory, atlas: Atlas) -> list[Work]:
    """What "Copy citation" copies: a source, or the works an event or territory cites
    (none for an unsourced territory)."""
    if isinstance(item, Source):
        return [Work(item)]
    if isinstance(item, Event):
        return works_cited(atlas, event_records(item))
    return works_cited(atlas, territory_records(item))


def format_works(works: Iterable[Work], format: str) -> str:
    """The works in one of :data:`CITE_FORMATS` (``ValueError`` for another)."""
    match format:
        case "bibtex":
            return "\n".join(bibtex_entry(w) for w in works)
        case "csl-json":
            return json.dumps([csl_item(w) for w in works], ensure_ascii=False, indent=2) + "\n"
        case "ris":
            return "".join(ris_record(w) for w in works)
    raise ValueError(f"{format!r} is not a citation format; use {', '.join(CITE_FORMATS)}")


def cite_format_for(path: Path) -> str | None:
    """The format a file's suffix names (``.bib``, ``.json``, ``.ris``), or None."""
    suffix = path.suffix.lower()
    return next((f for f, s in CITE_SUFFIXES.items() if s == suffix), None)


def write_works(path: Path, works: Iterable[Work], format: str) -> None:
    """Write the works to *path* as UTF-8, whole or not at all (``WriteError`` says why)."""
    text = format_works(works, format)
    with atomic_file(path) as file:
        file.write(text.encode("utf-8"))


def _date(source: Source) -> PartialDate | None:
    try:
        return PartialDate.parse(source.date) if source.date else None
    except DateError:
        return None


def _parts(date: PartialDate) -> list[int]:
    return [v for v in (date.year, date.month, date.day) if v is not None]


# ---------------------------------------------------------------------- BibTeX
_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}  # fmt: skip


def bibtex_escape(text: str) -> str:
    """Text safe inside a braced BibTeX field; other characters (Persian, Cyrillic, dashes)
    are kept as UTF-8, which biber, Zotero and JabRef read."""
    return "".join(_BIBTEX_SPECIAL.get(c, c) for c in " ".join(text.split()))


def bibtex_key(source_id: str) -> str:
    """A citation key: the source id with anything BibTeX cannot hold in a key replaced."""
    return re.sub(r"[^A-Za-z0-9_:.+-]", "-", source_id) or "source"


def bibtex_entry(work: Work) -> str:
    """A ``@misc`` entry (the registry's documents have no journal or book to name); the title
    braced twice so that styles keep its capitals."""
    source = work.source
    fields = [("title", "{" + bibtex_escape(source.title) + "}"), ("publisher", source.publisher)]
    fields.append(("howpublished", source.publisher))
    if date := _date(source):
        fields += [("year", str(date.year)), ("date", date.iso().removeprefix("~"))]
    fields.append(("keywords", source.kind))
    if work.notes:
        fields.append(("note", "; ".join(work.notes)))
    lines = [f"@misc{{{bibtex_key(source.id)},"]
    for name, value in fields:
        text = value if name == "title" else bibtex_escape(value)
        lines.append(f"  {name} = {{{text}}},")
    return "\n".join([*lines, "}"]) + "\n"


# ---------------------------------------------------------------------- CSL-JSON
CSL_TYPES = {
    "encyclopaedia": "entry-encyclopedia",
    "analysis": "webpage",
    "news": "article-newspaper",
    "blog": "post-weblog",
}
"""Registry kinds as CSL item types; any other kind is a ``document``."""


def csl_item(work: Work) -> dict[str, Any]:
    """A CSL-JSON item: ``id``, ``type``, ``title``, ``publisher``, ``issued`` as date-parts."""
    source = work.source
    item: dict[str, Any] = {
        "id": source.id,
        "type": CSL_TYPES.get(source.kind, "document"),
        "title": source.title,
        "publisher": source.publisher,
        "genre": source.kind,
    }
    if date := _date(source):
        item["issued"] = {"date-parts": [_parts(date)]}
        if date.approximate:
            item["issued"]["circa"] = True
    if work.notes:
        item["note"] = "\n".join(work.notes)
    return item


# ---------------------------------------------------------------------- RIS
RIS_TYPES = {"encyclopaedia": "ENCYC", "analysis": "ELEC", "news": "NEWS", "blog": "BLOG"}
"""Registry kinds as RIS reference types; any other kind is ``GEN``."""


def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(value.split())}\r\n"


def ris_record(work: Work) -> str:
    """A RIS record from ``TY`` to ``ER``, one tag a line (CRLF, as the format has it)."""
    source = work.source
    lines = [
        _ris_line("TY", RIS_TYPES.get(source.kind, "GEN")),
        _ris_line("ID", source.id),
        _ris_line("TI", source.title),
        _ris_line("PB", source.publisher),
    ]
    if date := _date(source):
        lines.append(_ris_line("PY", str(date.year)))
        if date.precision is not Precision.YEAR:
            month, day = f"{date.month:02d}", f"{date.day:02d}" if date.day else ""
            lines.append(_ris_line("DA", f"{date.year}/{month}/{day}/"))
    lines.append(_ris_line("KW", source.kind))
    lines += [_ris_line("N1", note) for note in work.notes]
    return "".join(lines) + "ER  - \r\n"
