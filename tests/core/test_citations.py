"""cite: the works cited as BibTeX, CSL-JSON and RIS, each parsed back."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from events.model import Source
from viewer.core.atlas import load_atlas
from viewer.core.atomic import WriteError
from viewer.core.citations import (
    CITE_FORMATS,
    CITE_SUFFIXES,
    Work,
    bibtex_entry,
    cite_format_for,
    date_records,
    event_records,
    format_works,
    item_works,
    story_records,
    works_cited,
    write_works,
)
from viewer.core.story import bibliography, load_story

STORY = Path(__file__).parents[2] / "viewer" / "stories" / "northern-neighbour.yaml"
TRICKY = Source(
    id="tricky",
    title=r"50% of {Iran} & the $ #1 path_name ~ x^2 \ back: روابط ایران و شوروی — Советско",
    publisher="Braces } { and Co.",
    kind="news",
    reliability="test",
    date="1946-05",
)
CSL_TYPES = {"entry-encyclopedia", "webpage", "article-newspaper", "post-weblog", "document"}


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


# ---------------------------------------------------------------------- small parsers
_UNESCAPE = {
    r"\textbackslash{}": "\\", r"\textasciitilde{}": "~", r"\textasciicircum{}": "^",
    r"\{": "{", r"\}": "}", r"\&": "&", r"\%": "%", r"\$": "$", r"\#": "#", r"\_": "_",
}  # fmt: skip
_ESCAPES = re.compile("|".join(re.escape(k) for k in sorted(_UNESCAPE, key=len, reverse=True)))


def _braced(text: str, start: int) -> tuple[str, int]:
    """The text inside the braces opening at *start* (escaped braces do not count)."""
    depth, i = 0, start
    while True:
        if text[i] == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[start + 1 : i], i + 1
        i += 1


def parse_bibtex(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    """key: (entry type, fields), values unescaped; enough of BibTeX for our output."""
    entries = {}
    for match in re.finditer(r"@(\w+)\{([^,\s]+),", text):
        body, _ = _braced(text, match.end(0) - len(match[2]) - 2)
        fields, i = {}, len(match[2]) + 1
        while (field := re.compile(r"\s*(\w+)\s*=\s*").match(body, i)) is not None:
            value, i = _braced(body, field.end())
            i = body.index(",", i) + 1 if "," in body[i:] else len(body)
            if value.startswith("{") and value.endswith("}"):
                value = value[1:-1]
            fields[field[1]] = _ESCAPES.sub(lambda m: _UNESCAPE[m[0]], value)
        entries[match[2]] = (match[1], fields)
    return entries


def parse_ris(text: str) -> list[dict[str, list[str]]]:
    records, current = [], None
    for line in text.split("\r\n"):
        if not line:
            continue
        match = re.fullmatch(r"([A-Z][A-Z0-9])  - ?(.*)", line)
        assert match, f"not a RIS line: {line!r}"
        tag, value = match.groups()
        if tag == "TY":
            assert current is None, "TY inside a record"
            current = {}
        assert current is not None, f"{tag} outside a record"
        if tag == "ER":
            records.append(current)
            current = None
        else:
            current.setdefault(tag, []).append(value)
    assert current is None, "a record without ER"
    return records


# ---------------------------------------------------------------------- formats
def test_bibtex_escapes_specials_and_keeps_non_latin_text():
    text = bibtex_entry(Work(TRICKY, ("Event (1946): para 3 & 4",)))
    ((kind, fields),) = parse_bibtex(text).values()
    assert kind == "misc"
    assert fields["title"] == TRICKY.title  # read back unchanged, Persian and Cyrillic too
    assert fields["publisher"] == TRICKY.publisher
    assert fields["note"] == "Event (1946): para 3 & 4"
    assert (fields["year"], fields["date"]) == ("1946", "1946-05")
    assert "روابط ایران و شوروی" in text  # UTF-8, not escaped away


def test_every_source_as_bibtex(atlas):
    entries = parse_bibtex(format_works(works_cited(atlas), "bibtex"))
    assert set(entries) == set(atlas.sources)
    assert entries["globalsecurity"][1]["title"] == "Iran – Russia Relations"
    assert entries["globalsecurity"][1]["date"] == "2017-03-31"
    assert all("note" not in fields for _, fields in entries.values())  # the registry only


def test_csl_json_has_the_csl_shape(atlas):
    items = json.loads(format_works(works_cited(atlas), "csl-json"))
    assert {item["id"] for item in items} == set(atlas.sources)
    for item in items:
        assert item["type"] in CSL_TYPES and isinstance(item["title"], str)
        for parts in item.get("issued", {}).get("date-parts", []):
            assert all(isinstance(p, int) for p in parts) and 1 <= len(parts) <= 3
    by_id = {item["id"]: item for item in items}
    assert by_id["globalsecurity"]["issued"] == {"date-parts": [[2017, 3, 31]]}
    assert by_id["news-2025-treaty"]["issued"] == {"date-parts": [[2025, 1]]}
    assert "issued" not in by_id["general-knowledge"]


def test_ris_records_run_from_ty_to_er(atlas):
    records = parse_ris(format_works(works_cited(atlas), "ris"))
    assert {r["ID"][0] for r in records} == set(atlas.sources)
    gs = next(r for r in records if r["ID"] == ["globalsecurity"])
    assert gs["TY"] == ["ELEC"] and gs["PY"] == ["2017"] and gs["DA"] == ["2017/03/31/"]


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="'apa' is not a citation format"):
        format_works([], "apa")


# ---------------------------------------------------------------------- what is cited
def test_an_event_cites_only_its_sources_with_locators(atlas):
    event = atlas.events["treaty-of-turkmenchay-1828"]
    works = works_cited(atlas, event_records(event))
    assert {w.source.id for w in works} == {c.source for c in event.sources}
    notes = [n for w in works for n in w.notes]
    for citation in event.sources:
        assert f"{event.title.en} ({event.date.label()}): {citation.locator}" in notes
    assert item_works(event, atlas) == works


def test_a_date_cites_what_the_map_shows_that_day(atlas):
    day = dt.date(1946, 2, 1)
    works = works_cited(atlas, date_records(atlas, day))
    valid = atlas.history.valid_ids(day.toordinal())
    expected = {c.source for t in atlas.history if t.id in valid for c in t.sources}
    assert expected <= {w.source.id for w in works}
    assert any("Soviet occupation zone" in n for w in works for n in w.notes)


def test_a_story_cites_what_its_handout_lists(atlas):
    story = load_story(STORY, atlas)
    works = works_cited(atlas, story_records(story, atlas))
    assert [w.source for w in works] == bibliography(story, atlas)  # the same order too
    assert all(w.notes for w in works)


def test_copy_citation_of_one_source(atlas):
    ris = parse_ris(format_works(item_works(atlas.sources["sputnik-1979"], atlas), "ris"))
    assert [r["TI"] for r in ris] == [[atlas.sources["sputnik-1979"].title]]


def test_an_unsourced_territory_has_nothing_to_copy(atlas):
    territory = next(iter(atlas.history))
    assert item_works(territory, atlas)
    assert item_works(replace(territory, sources=()), atlas) == []  # as a user's layer may be


# ---------------------------------------------------------------------- files
def test_a_file_suffix_names_its_format():
    for format, suffix in CITE_SUFFIXES.items():
        assert cite_format_for(Path("works" + suffix.upper())) == format
    assert cite_format_for(Path("works.txt")) is None
    assert cite_format_for(Path("works")) is None


def test_works_are_written_whole_as_utf8(atlas, tmp_path):
    works = [Work(TRICKY), Work(atlas.sources["sputnik-1979"])]
    for format in CITE_FORMATS:
        path = tmp_path / ("works" + CITE_SUFFIXES[format])
        write_works(path, works, format)
        assert path.read_bytes().decode("utf-8") == format_works(works, format)


def test_works_on_a_full_disk_leave_no_file(atlas, tmp_path, disk_full_after):
    disk_full_after(10)
    path = tmp_path / "works.bib"
    full = f"^Cannot write {re.escape(str(path))}: the disk is full$"
    with pytest.raises(WriteError, match=full):
        write_works(path, [Work(TRICKY)], "bibtex")
    assert list(tmp_path.iterdir()) == []
