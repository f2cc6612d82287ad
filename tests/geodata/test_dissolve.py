"""The build's dissolving of a state's pieces (`part_of`), on made-up pieces: periods, ids,
union, citations, disputes and precision, without the base map."""

from __future__ import annotations

import shapely

from geodata.build.dissolve import dissolve, find_groups

CITE = {"source": "general-knowledge", "locator": "x", "quote": "shared (general knowledge)."}


def piece(fid, start, end, *, precision="approximate", disputes=(), cites=()):
    return {
        "id": fid,
        "name": {"en": "Empire"},
        "kind": "state",
        "status": "de_jure",
        "valid_from": start,
        "valid_to": end,
        "disputes": list(disputes),
        "boundary_precision": precision,
        "construction": f"The {fid} block. Schematic.",
        "sources": [CITE, *cites],
        "style": "state-empire",
        "exclusive_group": "north",
        "figures": {},
        "summary": f"summary of {fid}",
    }


def dispute(field, value, other):
    sources = [CITE]
    return {
        "field": field,
        "note": "n",
        "claims": [{"value": value, "sources": sources}, {"value": other, "sources": sources}],
    }


def test_one_feature_per_period_with_the_union_of_the_pieces_valid_then():
    own = {"source": "general-knowledge", "locator": "y", "quote": "own (general knowledge)."}
    pieces = [
        (piece("empire", "1800", "1917-03-15"), shapely.box(0, 0, 1, 1), ["a"]),
        (
            piece(
                "empire-south",
                "~1810",
                "1917-03-15",
                precision="schematic",
                disputes=[dispute("valid_from", "~1810", "1809")],
                cites=[own],
            ),
            shapely.box(1, 0, 2, 1),
            ["b"],
        ),
        (piece("empire-east", "1813-10-24", None), shapely.box(0, 1, 1, 2), []),
    ]
    out = dissolve("empire", pieces)
    assert [(p["id"], p["valid_from"], p["valid_to"]) for p, *_ in out] == [
        ("empire-1800", "1800", "~1810"),
        ("empire-1810", "~1810", "1813-10-24"),
        ("empire-1813-10-24", "1813-10-24", "1917-03-15"),
        ("empire", "1917-03-15", None),
    ]
    props, geom, contains, members = out[1]
    assert members == ["empire", "empire-south"] and contains == ["a", "b"]
    assert geom.equals(shapely.box(0, 0, 2, 1))  # one polygon, no seam
    assert props["summary"] == "summary of empire"  # from the base entry
    assert props["boundary_precision"] == "schematic"  # the least precise
    assert props["sources"] == [CITE, own]  # the union, deduplicated, in order
    assert props["construction"].startswith("The union of the 2 pieces of the Empire")
    assert "empire-south: The empire-south block." in props["construction"]
    assert [d["field"] for d in props["disputes"]] == ["valid_from"]  # it begins that day
    assert not out[2][0]["disputes"]  # a later period does not repeat it
    assert out[3][3] == ["empire-east"]


def test_groups_come_from_part_of_and_need_two_pieces():
    definitions = {
        "a": {"part_of": "g"},
        "b": {"part_of": "g"},
        "c": {"part_of": "lonely"},
        "d": {"part_of": None},
    }
    groups, problems = find_groups(definitions)
    assert groups == {"g": ["a", "b"], "lonely": ["c"]}
    assert problems == ["group lonely: has one piece (c); drop its part_of"]
