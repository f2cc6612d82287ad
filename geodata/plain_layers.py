"""What a plain layer's columns mean: a QGIS or OpenHistoricalMap file read as a user's layer.

No Qt here. A layer from QGIS has a geometry and a name and rarely anything of the atlas's
schema; refusing it for lacking ``kind`` or ``sources`` helped nobody. So, unless the check is
strict (``validate --strict``, for contributions to the bundled data), what a user's file does
not say is filled in here before the schema's checks run, and said once per file as a warning:

* a name from ``name`` or its common spellings (``Name`` in KML, ``NAME`` in a Shapefile);
* an id from the name (else the file's name and the feature's number), never one taken;
* ``kind`` from the geometry (areas are spheres, lines boundaries, points sites), ``status``
  de facto, ``boundary_precision`` approximate (drawn dashed), ``style`` a user's;
* the validity ``[valid_from, valid_to)`` from the first pair of time columns found, all
  read as half-open as OpenHistoricalMap renders its ``start_date``/``end_date``, or from
  one ``year``/``date``/``when`` column holding a date or an EDTF span (valid through its
  last period); with none, the layer is static: valid on every date.

A feature without sources is kept and marked unsourced (see ``Territory.unsourced``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from geodata.dates import OPEN_START, DateError, parse_span
from geodata.errors import Problem
from geodata.fields import MAX_DATE_TEXT, short
from geodata.loading import RawFeature

NAME_COLUMNS = ("name", "name_en", "name:en", "title", "label")
"""Where a plain layer's name is, in order of preference, whatever the case."""
TIME_PAIRS = (
    ("valid_from", "valid_to"),
    ("start_date", "end_date"),
    ("begin", "end"),
    ("from", "to"),
    ("start", "end"),
)
"""Columns of a half-open validity ``[first, second)``, the first pair found being used."""
TIME_SINGLES = ("year", "date", "when")
"""One column giving a date or an EDTF span; the feature is valid through its last period."""
USER_STYLE = "user"
DEFAULTS = {"status": "de_facto", "boundary_precision": "approximate", "style": USER_STYLE}
_KIND_OF_GEOMETRY = {"Point": "infrastructure", "LineString": "land_boundary"}
"""Kinds by geometry (``Multi…`` alike); any other, or none, is a ``sphere``: a state
would be drawn grey among the neighbouring states and share their legend row, a sphere is
translucent in its own colour, dashed, and has a row of its own."""
_SLUG = re.compile(r"[^a-z0-9]+")
MAX_ID_BASE = 60
"""Longest id made from a name: ids show in messages and the describe output."""


def fill_in(
    features: list[RawFeature],
    file: str,
    stem: str,
    taken: Iterable[str],
    problems: list[Problem],
    notes: list[Problem],
) -> list[RawFeature]:
    """The features with what the schema needs and they lack filled in; said in *notes*.

    *taken* holds ids already used elsewhere; *problems* gets unreadable dates.
    """
    columns = {key.lower(): key for f in features for key in f.properties}
    pair = next((p for p in TIME_PAIRS if p[0] in columns), None)  # 'end' alone: begin/end
    pair = pair or next((p for p in TIME_PAIRS if p[1] in columns), None)
    single = None if pair else next((c for c in TIME_SINGLES if c in columns), None)
    new_id = _Ids(taken, stem)
    filled: set[str] = set()
    result = []
    for feature in features:
        props = _lowered(feature.properties)
        props["name"] = _name(props)
        props["id"] = new_id(props, feature.index)
        for key, value in {"kind": _kind(feature.geometry), **DEFAULTS}.items():
            if props.get(key) in (None, ""):
                props[key] = value
                filled.add(key)
        if single is not None:
            _from_span(props, single, file, feature.label, problems)
        elif pair is not None:
            _from_pair(props, pair)
        else:
            props["valid_from"], props["valid_to"] = OPEN_START.iso(), None
        result.append(RawFeature(feature.index, feature.label, props, feature.geometry))
    if filled:
        keys = ", ".join(f"'{k}'" for k in sorted(filled))
        notes.append(
            Problem(
                file,
                "gives no {keys}: the defaults for a plain layer are used",
                values={"keys": keys},
            )
        )
    if pair is None and single is None:
        notes.append(
            Problem(file, "has no date columns: shown on every date (see docs/user-data.md)")
        )
    elif pair is not None and pair[0] != "valid_from":
        notes.append(
            Problem(
                file,
                "valid from '{pair}' until (not on) '{pair2}'",
                values={"pair": pair[0], "pair2": pair[1]},
            )
        )
    unsourced = sum(1 for f in result if not f.properties.get("sources"))
    if unsourced:
        notes.append(
            Problem(
                file,
                "{unsourced} of {count} features cite no sources: shown as unsourced",
                values={"unsourced": unsourced, "count": len(result)},
            )
        )
    return result


def _lowered(props: Mapping[str, Any]) -> dict[str, Any]:
    """The properties with the known columns' names in lower case (``Name``, ``START_DATE``)."""
    known = {*NAME_COLUMNS, *(c for p in TIME_PAIRS for c in p), *TIME_SINGLES, "id"}
    known |= {"kind", "status", "boundary_precision", "style", "sources", "construction"}
    return {(k.lower() if k.lower() in known else k): v for k, v in props.items()}


def _name(props: Mapping[str, Any]) -> Any:
    """The first name given; a mapping of languages is kept for the schema's check."""
    return next((props[c] for c in NAME_COLUMNS if props.get(c) not in (None, "")), None)


class _Ids:
    """Ids for features that have none, unique among *taken* and each other."""

    def __init__(self, taken: Iterable[str], stem: str) -> None:
        self.used = set(taken)
        self.stem = _SLUG.sub("-", stem.lower()).strip("-")[:MAX_ID_BASE] or "layer"
        self.last: dict[str, int] = {}
        """The last number added to each base, so that a file of 100,000 features of one
        name takes 100,000 steps, not 100,000² (each search starts where the last stopped)."""

    def __call__(self, props: Mapping[str, Any], index: int) -> str:
        """The feature's own text id, else one from its name (or the file's name and the
        feature's number), with a number added while another file or feature uses it."""
        given = props.get("id")
        if isinstance(given, str) and given.strip():
            self.used.add(given)
            return given
        name = props.get("name")
        base = (
            _SLUG.sub("-", name.lower()).strip("-")[:MAX_ID_BASE] if isinstance(name, str) else ""
        )
        if not base:
            base = f"{self.stem}-{given if isinstance(given, int) else index + 1}"
        n = self.last.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.last[base] = n
        self.used.add(candidate)
        return candidate


def _kind(geometry: Any) -> str:
    kind = (
        geometry.get("type") if isinstance(geometry, dict) else getattr(geometry, "geom_type", "")
    )
    return _KIND_OF_GEOMETRY.get(str(kind).removeprefix("Multi"), "sphere")


def _from_pair(props: dict[str, Any], pair: tuple[str, str]) -> None:
    """``valid_from``/``valid_to`` from a pair of columns; empty or ``..`` is open."""
    start, end = (props.get(c) for c in pair)
    props["valid_from"] = OPEN_START.iso() if start in (None, "", "..") else start
    props["valid_to"] = None if end in ("", "..") else end


def _from_span(
    props: dict[str, Any], column: str, file: str, label: str, problems: list[Problem]
) -> None:
    """``valid_from``/``valid_to`` from one date or EDTF span: valid through its last period."""
    value = props.get(column)
    props["valid_from"], props["valid_to"] = OPEN_START.iso(), None
    if value in (None, ""):
        return
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:04d}" if isinstance(value, int) and 0 < value < 10_000 else str(value)
    if len(text) > MAX_DATE_TEXT:
        problems.append(
            Problem(
                file,
                "{text} is not a date",
                record=label,
                field=column,
                values={"text": short(text)},
            )
        )
        return
    try:
        start, last = parse_span(text)
        props["valid_to"] = last.following().iso() if last else None
    except DateError as exc:
        problems.append(Problem(file, exc.reason, record=label, field=column, values=exc.fields))
        return
    if start is not None:
        props["valid_from"] = start.iso()
