"""Dissolving the pieces of a state: one feature per state per day, whatever the recipes.

The recipes keep a state as pieces (the land that changed hands on one day, each with its own
sources and dates); the map must show one state, not its seams. See ``part_of`` in the header
of history.yaml.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from geodata.build.schema_dates import interval, parse_date

MAX_CONSTRUCTION_CHARS = 4000  # the loader refuses text over 5000 characters (geodata/fields.py)
PRECISION_ORDER = ("treaty", "approximate", "schematic")  # most to least precise


def find_groups(definitions: dict[str, dict[str, Any]]) -> tuple[dict[str, list[str]], list[str]]:
    """{group id: its pieces' ids in file order} from the build-only key `part_of`."""
    groups: dict[str, list[str]] = {}
    problems = []
    for fid, definition in definitions.items():
        group = definition.get("part_of")
        if group is None:
            continue
        if not isinstance(group, str) or not group.strip():
            problems.append(f"{fid}: part_of must be a group id, got {group!r}")
            continue
        groups.setdefault(group, []).append(fid)
    for group, pieces in groups.items():
        if group in definitions and group not in pieces:
            problems.append(f"group {group}: is the id of {group}, which is not one of its pieces")
        if len(pieces) < 2:
            problems.append(f"group {group}: has one piece ({pieces[0]}); drop its part_of")
    return groups, problems


def base_piece(group: str, pieces: list[str]) -> str:
    """The piece whose name, kind, style, summary... the dissolved features take: the piece with
    the group's id if there is one, else the first piece in file order."""
    return group if group in pieces else pieces[0]


def _date_rank(text: str) -> tuple[bool, int]:
    """Prefer an exact date to an approximate one, and a day to a month or a year."""
    return (not text.startswith("~"), len(text.lstrip("~")))


def _boundary_texts(pieces: list[dict[str, Any]]) -> dict[dt.date, str]:
    """The date string each boundary day is written as (the most precise the pieces give)."""
    texts: dict[dt.date, str] = {}
    for props in pieces:
        for key in ("valid_from", "valid_to"):
            text = props[key]
            if text:
                day = parse_date(text)
                if day not in texts or _date_rank(text) > _date_rank(texts[day]):
                    texts[day] = text
    return texts


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?\.)\s+(?=[A-Z])", text, re.DOTALL)
    return match.group(1) if match else text


def _dedup(items: Iterable[Any]) -> list[Any]:
    seen, kept = set(), []
    for item in items:
        key = json.dumps(item, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def dissolved_construction(name: str, pieces: list[dict[str, Any]]) -> str:
    """A sentence saying how the feature was made, then each piece's construction, bounded."""
    if len(pieces) == 1:
        head = f"In this period the {name} is one piece of the build's recipes."
    else:
        head = (
            f"The union of the {len(pieces)} pieces of the {name} valid in this period (the "
            "build's recipes; each piece is the land that changed hands on one day)."
        )
    for shorten in (lambda text: text, _first_sentence):
        parts = [f"{p['id']}: {shorten(' '.join(p['construction'].split()))}" for p in pieces]
        text = " ".join([head, *parts])
        if len(text) <= MAX_CONSTRUCTION_CHARS:
            return text
    return text[: MAX_CONSTRUCTION_CHARS - 1].rstrip() + "…"


def dissolve(
    group: str, pieces: list[tuple[dict[str, Any], BaseGeometry, list[str]]], base: int = 0
) -> list[tuple[dict[str, Any], BaseGeometry, list[str], list[str]]]:
    """One feature per elementary interval of a group's pieces (props, map geometry, contains).

    pieces: (properties, geometry in map coordinates, contains) of each piece, in file order;
    base: the index of the piece whose name (with its `translated` list), kind, status, style,
    exclusive group and summary every dissolved feature takes. Returns (properties, map
    geometry, contains, piece ids) in date order. The last interval keeps the group's id; the
    others are `GROUP-START`, START being the interval's first day as written
    (`russian-empire-1813-10-24`, `ottoman-empire-1871`).
    """
    base_props = pieces[base][0]
    texts = _boundary_texts([props for props, _, _ in pieces])
    days = sorted({day for props, _, _ in pieces for day in interval(props)})
    spans = []
    for first, last in pairwise(days):
        valid = [
            piece for piece in pieces if interval(piece[0])[0] <= first < interval(piece[0])[1]
        ]
        if valid:
            spans.append((first, last, valid))
    out = []
    for index, (first, last, valid) in enumerate(spans):
        start = texts[first]
        end = texts.get(last) if last != dt.date.max else None
        valid_props = [props for props, _, _ in valid]
        disputes = [
            dispute
            for props in valid_props
            for dispute in props["disputes"]
            if (dispute.get("field") == "valid_from" and interval(props)[0] == first)
            or (dispute.get("field") == "valid_to" and interval(props)[1] == last)
            or dispute.get("field") not in ("valid_from", "valid_to")
        ]
        figures: dict[str, Any] = {}
        for props in [base_props, *valid_props]:
            for key, value in (props.get("figures") or {}).items():
                if not key.startswith("computed_"):
                    figures.setdefault(key, value)
        notes = _dedup(props["note"] for props in valid_props if props.get("note"))
        props = {
            "id": group if index == len(spans) - 1 else f"{group}-{start.lstrip('~')}",
            "name": base_props["name"],
            "kind": base_props["kind"],
            "status": base_props["status"],
            "valid_from": start,
            "valid_to": end,
            "disputes": _dedup(disputes),
            "boundary_precision": max(
                (p["boundary_precision"] for p in valid_props),
                key=lambda value: PRECISION_ORDER.index(value) if value in PRECISION_ORDER else -1,
            ),
            "construction": dissolved_construction(base_props["name"]["en"], valid_props),
            "sources": _dedup(cite for p in valid_props for cite in p["sources"]),
            "style": base_props["style"],
            "exclusive_group": base_props["exclusive_group"],
            "figures": figures,
            "summary": base_props["summary"],
        }
        if notes:
            props["note"] = " ".join(notes)
        if "translated" in base_props:
            props["translated"] = base_props["translated"]
        geom = shapely.union_all([geom for _, geom, _ in valid])
        contains = _dedup(name for _, _, names in valid for name in names)
        out.append((props, geom, contains, [p["id"] for p in valid_props]))
    return out
