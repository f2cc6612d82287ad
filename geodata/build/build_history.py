"""Build geodata/data/history.geojson from the recipes in geodata/build/history.yaml.

No public dataset holds Iran's historical spheres, zones and lines, so each is drawn from the base
map (modern provinces, countries, seas) and the gazetteer by a small recipe that a reader can check.
The build validates everything the viewer relies on and exits non-zero on any problem, listing all:

    python -m geodata.build.build_history

Buffers, areas and overlap tests are computed in the app's metric map projection; the output is
WGS 84 with coordinates rounded to 4 decimals.

A state drawn as pieces in the recipes (`part_of: GROUP` on each) is dissolved in the output:
one feature per period in which the same pieces are valid, its geometry their union (see
`dissolve`), so the map shows one feature per state on any day.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import reduce
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import shapely
import yaml
from pyproj import Transformer
from shapely.geometry import LineString, Point, Polygon, box, mapping, shape
from shapely.geometry.base import BaseGeometry

from geodata.build.dissolve import base_piece, dissolve, find_groups
from geodata.build.schema_dates import BuildError, interval, parse_date
from geodata.projection import MAP_CRS

ROOT = Path(__file__).resolve().parents[2]
DEFINITIONS = ROOT / "geodata" / "build" / "history.yaml"
NEIGHBOURS = ROOT / "geodata" / "build" / "neighbours.yaml"
ADMIN1 = ROOT / "geodata" / "build" / "admin1.geojson"
BASE = ROOT / "geodata" / "data" / "base"
PLACES = ROOT / "geodata" / "data" / "places.yaml"
SOURCES = ROOT / "events" / "data" / "sources.yaml"
OUTPUT = ROOT / "geodata" / "data" / "history.geojson"

REGION = (36.0, 23.5, 64.0, 48.0)  # west, south, east, north
PROPERTIES = (
    "id",
    "name",
    "kind",
    "status",
    "valid_from",
    "valid_to",
    "disputes",
    "boundary_precision",
    "construction",
    "sources",
    "style",
    "exclusive_group",
    "figures",
    "summary",
)
OPTIONAL_PROPERTIES = ("note", "translated")
CONTEXT_NOTE = re.compile(r"\bno seed\b", re.IGNORECASE)
KINDS = {
    "state",
    "occupation_zone",
    "sphere",
    "government",
    "troops",
    "land_boundary",
    "sea_line",
    "sea_zone",
    "island",
    "infrastructure",
}
STATUSES = {"de_jure", "de_facto", "claimed"}
PRECISIONS = {"treaty", "approximate", "schematic"}
NON_SEED_SOURCES = {"general-knowledge"}
MAX_QUOTE_CHARS = 300
MAX_OVERLAP_M2 = 1_000_000.0  # 1 km²
MAX_OUTPUT_BYTES = 3_200_000  # a dissolved state repeats its outline once per period
GRID_DEG = 1e-4  # output precision: 4 decimals, about 11 m
SIMPLIFY_M = 5.0  # polygons drop vertices this close to the line through their neighbours
BORDER_TOLERANCE_M = 250.0  # how far apart two countries' shared edge may lie in the base data

_TO_MAP = Transformer.from_crs("EPSG:4326", MAP_CRS, always_xy=True)
_TO_LONLAT = Transformer.from_crs(MAP_CRS, "EPSG:4326", always_xy=True)

Recipe = dict[str, Any]


# --- projection -----------------------------------------------------------------------------------


def _apply(transformer: Transformer, geom: BaseGeometry) -> BaseGeometry:
    def move(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

    return shapely.transform(geom, move)


def to_map(geom: BaseGeometry) -> BaseGeometry:
    """WGS 84 -> the app's metric projection, where buffers and areas mean metres."""
    return _apply(_TO_MAP, geom)


def to_lonlat(geom: BaseGeometry) -> BaseGeometry:
    """The app's projection -> WGS 84."""
    return _apply(_TO_LONLAT, geom)


def lonlat_box(west: float, south: float, east: float, north: float) -> BaseGeometry:
    """A lon/lat box in map coordinates, densified so its edges stay on meridians and parallels."""
    return to_map(shapely.segmentize(box(west, south, east, north), 0.05))


# --- base data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Base:
    """The base map layers (in map coordinates) and gazetteer points the recipes draw on."""

    provinces: dict[str, BaseGeometry]
    admin1: dict[str, BaseGeometry]
    countries: dict[str, BaseGeometry]
    seas: dict[str, BaseGeometry]
    places: dict[str, tuple[float, float]]


def _read_layer(
    name: str, key: Callable[[dict[str, Any]], str | None], path: Path | None = None
) -> dict[str, BaseGeometry]:
    """Read a base GeoJSON layer as {key: geometry in map coordinates}, merging repeated keys."""
    path = path or BASE / f"{name}.geojson"
    if not path.exists():
        raise BuildError(f"missing base layer {path.relative_to(ROOT)} (run build_base first)")
    parts: dict[str, list[BaseGeometry]] = {}
    for feature in json.loads(path.read_text("utf-8"))["features"]:
        label = key(feature["properties"])
        if label:
            parts.setdefault(label, []).append(shapely.make_valid(shape(feature["geometry"])))
    return {label: to_map(shapely.union_all(geoms)) for label, geoms in parts.items()}


def load_base() -> Base:
    """Load the base layers and the gazetteer."""
    places = yaml.safe_load(PLACES.read_text("utf-8"))
    return Base(
        provinces=_read_layer("provinces", lambda p: p.get("id")),
        admin1=_read_layer("admin1", lambda p: p.get("id"), ADMIN1),
        countries=_read_layer("countries", lambda p: p.get("iso_a3")),
        seas=_read_layer("sea", lambda p: p.get("id")),
        places={p["id"]: (float(p["lon"]), float(p["lat"])) for p in places},
    )


# --- recipes --------------------------------------------------------------------------------------


def _dimension(geom: BaseGeometry) -> int:
    return max((shapely.get_dimensions(part) for part in shapely.get_parts(geom)), default=-1)


def keep_dimension(geom: BaseGeometry, dimension: int) -> BaseGeometry:
    """Drop the slivers of lower dimension that set operations leave (a line where zones touch)."""
    parts = [p for p in shapely.get_parts(geom) if shapely.get_dimensions(p) == dimension]
    return shapely.union_all(parts) if parts else shapely.GeometryCollection()


class Recipes:
    """Evaluate history.yaml's geometry recipes in map coordinates (vocabulary in its header)."""

    def __init__(
        self,
        base: Base,
        definitions: dict[str, dict[str, Any]],
        blocks: dict[str, Recipe] | None = None,
    ) -> None:
        self.base = base
        self.definitions = definitions
        self.blocks = blocks or {}
        self.region = lonlat_box(*REGION)
        self._built: dict[str, BaseGeometry] = {}
        self._pending: set[str] = set()

    def feature(self, fid: str) -> BaseGeometry:
        """A feature's geometry, clipped to the region; built once, reused by `feature:` recipes."""
        if fid not in self._built:
            if fid not in self.definitions:
                raise BuildError(f"recipe refers to unknown feature {fid!r}")
            if fid in self._pending:
                raise BuildError(f"{fid}: recipe refers to itself")
            self._pending.add(fid)
            self._built[fid] = self.clip(self.build(self.definitions[fid]["geometry"]))
            self._pending.discard(fid)
        return self._built[fid]

    def clip(self, geom: BaseGeometry) -> BaseGeometry:
        """Cut to the map region, keeping the geometry's own dimension."""
        if _dimension(geom) == 0:
            return geom
        return keep_dimension(geom.intersection(self.region), _dimension(geom))

    def build(self, recipe: Recipe) -> BaseGeometry:
        if not isinstance(recipe, dict) or len(recipe) != 1:
            raise BuildError(f"a recipe is a mapping with one key, got {recipe!r}")
        ((op, arg),) = recipe.items()
        handler = getattr(self, f"_op_{op}", None)
        if handler is None:
            raise BuildError(f"unknown recipe {op!r}")
        return handler(arg)

    def vertex(self, item: str | list[float]) -> tuple[float, float]:
        """A gazetteer id or [lon, lat], in map coordinates."""
        if isinstance(item, str):
            if item not in self.base.places:
                raise BuildError(f"unknown gazetteer id {item!r}")
            lon, lat = self.base.places[item]
        else:
            lon, lat = item
        x, y = _TO_MAP.transform(lon, lat)
        return float(x), float(y)

    def _lookup(
        self, layer: dict[str, BaseGeometry], names: Iterable[str], what: str
    ) -> BaseGeometry:
        missing = [n for n in names if n not in layer]
        if missing:
            raise BuildError(f"unknown {what}: {missing}; known: {sorted(layer)}")
        return shapely.union_all([layer[n] for n in names])

    def _op_provinces(self, names: list[str] | str) -> BaseGeometry:
        chosen = list(self.base.provinces) if names == "all" else names
        return self._lookup(self.base.provinces, chosen, "province")

    def _op_admin1(self, names: list[str]) -> BaseGeometry:
        return self._lookup(self.base.admin1, names, "admin-1 unit")

    def _op_block(self, name: str) -> BaseGeometry:
        if name not in self.blocks:
            raise BuildError(f"unknown block {name!r}; known: {sorted(self.blocks)}")
        return self.build(self.blocks[name])

    def _op_countries(self, codes: list[str]) -> BaseGeometry:
        return self._lookup(self.base.countries, codes, "country")

    def _op_sea(self, name: str) -> BaseGeometry:
        return self._lookup(self.base.seas, [name], "sea")

    def _op_polygon(self, vertices: list[Any]) -> BaseGeometry:
        polygon = Polygon([self.vertex(v) for v in vertices])
        if not polygon.is_valid:
            raise BuildError(f"polygon crosses itself: {vertices}")
        return polygon

    def _op_bbox(self, bounds: list[float]) -> BaseGeometry:
        return lonlat_box(*bounds)

    def _op_line(self, vertices: list[Any]) -> BaseGeometry:
        return LineString([self.vertex(v) for v in vertices])

    def _op_point(self, vertex: Any) -> BaseGeometry:
        return Point(self.vertex(vertex))

    def _op_border(self, spec: dict[str, Any]) -> BaseGeometry:
        """The stretch of a's outline that runs along b (within a small tolerance)."""
        side_a = self._op_countries(spec["a"])
        side_b = self._op_countries(spec["b"]).buffer(BORDER_TOLERANCE_M)
        shared = keep_dimension(side_a.boundary.intersection(side_b), 1)
        if "bbox" in spec:
            shared = keep_dimension(shared.intersection(lonlat_box(*spec["bbox"])), 1)
        if shared.is_empty:
            raise BuildError(f"no shared border for {spec}")
        return shapely.line_merge(shared)

    def _op_buffer(self, spec: dict[str, Any]) -> BaseGeometry:
        return self.build(spec["of"]).buffer(float(spec["distance_m"]))

    def _op_coast_buffer(self, spec: dict[str, Any]) -> BaseGeometry:
        water = self.build(spec["of"])
        return water.difference(water.buffer(-float(spec["distance_m"])))

    def _op_part(self, spec: dict[str, Any]) -> BaseGeometry:
        """The connected piece of a geometry that holds a point (a sea without its lagoon)."""
        at = Point(self.vertex(spec["at"]))
        pieces = [p for p in shapely.get_parts(self.build(spec["of"])) if p.covers(at)]
        if not pieces:
            raise BuildError(f"no part of {spec['of']} holds {spec['at']}")
        return pieces[0]

    def _op_feature(self, fid: str) -> BaseGeometry:
        return self.feature(fid)

    def _op_union(self, recipes: list[Recipe]) -> BaseGeometry:
        return shapely.union_all([self.build(r) for r in recipes])

    def _op_intersect(self, recipes: list[Recipe]) -> BaseGeometry:
        geoms = [self.build(r) for r in recipes]
        lowest = min(_dimension(g) for g in geoms)
        return keep_dimension(reduce(lambda a, b: a.intersection(b), geoms), lowest)

    def _op_minus(self, recipes: list[Recipe]) -> BaseGeometry:
        first, *rest = (self.build(r) for r in recipes)
        return keep_dimension(first.difference(shapely.union_all(rest)), _dimension(first))


# --- output geometry ------------------------------------------------------------------------------


def output_geometry(geom_map: BaseGeometry) -> BaseGeometry:
    """WGS 84 on a 1e-4 degree grid; set_precision keeps polygons valid while snapping.

    Polygons first drop, in the map projection, the vertices that lie within SIMPLIFY_M of the
    line through their neighbours (near-collinear runs of the base data and of the map region's
    densified edges): nothing moves by more than half the output's own precision, and a
    dissolved state, which repeats its outline once per period, stays small. (In lon/lat the
    region's edges are straight, but the app draws and measures in the map projection, where
    they are curves: so the simplification is done there.) The projection round trip can leave
    self-touching rings, which set_precision rejects, so the geometry is repaired first.
    """
    if _dimension(geom_map) == 2:
        geom_map = shapely.simplify(geom_map, SIMPLIFY_M)
    snapped = shapely.set_precision(shapely.make_valid(to_lonlat(geom_map)), GRID_DEG)
    return keep_dimension(snapped, _dimension(geom_map))


def _rounded(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), 4) for c in coords]
    return [_rounded(c) for c in coords]


def geojson_geometry(geom: BaseGeometry) -> dict[str, Any]:
    data = mapping(geom)
    return {"type": data["type"], "coordinates": _rounded(data["coordinates"])}


# --- validation -----------------------------------------------------------------------------------


def _citations(node: object) -> Iterable[dict[str, Any]]:
    if isinstance(node, dict):
        if "source" in node and "quote" in node:
            yield node
        for value in node.values():
            yield from _citations(value)
    elif isinstance(node, list):
        for item in node:
            yield from _citations(item)


def check_properties(props: dict[str, Any], source_ids: set[str]) -> list[str]:
    """Schema rules for one feature's properties; returns the problems found."""
    fid = props.get("id", "?")
    problems = [f"{fid}: missing property {k}" for k in PROPERTIES if k not in props]
    if problems:
        return problems
    if not props["name"].get("en"):
        problems.append(f"{fid}: name.en is required")
    for key, allowed in (("kind", KINDS), ("status", STATUSES), ("boundary_precision", PRECISIONS)):
        if props[key] not in allowed:
            problems.append(f"{fid}: {key} {props[key]!r} not in {sorted(allowed)}")
    try:
        start, end = interval(props)
        if not start < end:
            problems.append(f"{fid}: valid_from {props['valid_from']} is not before valid_to")
    except BuildError as error:
        problems.append(f"{fid}: {error}")
    problems += _check_disputes(props)
    for cite in _citations(props):
        if cite["source"] not in source_ids:
            problems.append(f"{fid}: unknown source {cite['source']!r}")
        if not cite.get("locator") or not str(cite["quote"]).strip():
            problems.append(f"{fid}: citation without locator or quote: {cite}")
        if len(str(cite["quote"])) > MAX_QUOTE_CHARS:
            problems.append(f"{fid}: quote longer than {MAX_QUOTE_CHARS} characters")
    if not any(c["source"] not in NON_SEED_SOURCES for c in props["sources"]) and not (
        CONTEXT_NOTE.search(str(props.get("note", "")))
    ):
        problems.append(
            f"{fid}: needs a citation from a seed document, or a note saying no seed mentions it"
        )
    return problems


def _check_disputes(props: dict[str, Any]) -> list[str]:
    """Date disputes keep every claim as a date and include the value drawn; figure disputes
    (a stated figure against another) need figures to dispute; all need a note and sources."""
    fid, problems = props["id"], []
    for dispute in props["disputes"]:
        field = dispute.get("field")
        if field == "figure":
            if not props["figures"]:
                problems.append(f"{fid}: a figure dispute needs the figures it is about")
            if not dispute.get("note") or any(not c.get("sources") for c in dispute["claims"]):
                problems.append(f"{fid}: a figure dispute needs a note and sources for every claim")
            continue
        if field not in ("valid_from", "valid_to"):
            problems.append(
                f"{fid}: dispute field must be valid_from, valid_to or figure, got {field!r}"
            )
            continue
        values = [claim["value"] for claim in dispute["claims"]]
        for value in values:
            try:
                parse_date(value)
            except BuildError as error:
                problems.append(f"{fid}: dispute claim {error}")
        if props[field] not in values:
            problems.append(f"{fid}: drawn {field} {props[field]!r} is not among claims {values}")
        if not dispute.get("note") or any(not c.get("sources") for c in dispute["claims"]):
            problems.append(f"{fid}: dispute on {field} needs a note and sources for every claim")
    return problems


def check_geometry(fid: str, geom: BaseGeometry) -> list[str]:
    """Valid, not empty, inside the region."""
    if geom.is_empty:
        return [f"{fid}: empty geometry"]
    problems = []
    if not geom.is_valid:
        problems.append(f"{fid}: invalid geometry ({shapely.is_valid_reason(geom)})")
    if not box(*REGION).buffer(GRID_DEG).covers(geom):
        problems.append(f"{fid}: geometry leaves the map region")
    return problems


def check_contains(fid: str, geom: BaseGeometry, names: list[str], base: Base) -> list[str]:
    """Places a definition says must lie inside its geometry (guards against recipe slips)."""
    area = geom.buffer(GRID_DEG)
    return [
        f"{fid}: does not contain {name}"
        for name in names
        if name not in base.places or not area.covers(Point(base.places[name]))
    ]


def _exclusive_group(props: dict[str, Any]) -> str | None:
    group: str | None = props["exclusive_group"]
    return group


def _state_group(props: dict[str, Any]) -> str | None:
    return "every state" if props["kind"] == "state" else None


def check_exclusive_groups(
    features: list[tuple[dict[str, Any], BaseGeometry]],
    group_of: Callable[[dict[str, Any]], str | None] = _exclusive_group,
) -> list[str]:
    """No two features of one exclusive group may overlap (over 1 km²) at any shared date.

    With ``group_of=_state_group``, no two states may overlap, whatever their groups: one
    state holds a place on any day.
    """
    problems = []
    for (a, geom_a), (b, geom_b) in combinations(features, 2):
        group = group_of(a)
        if not group or group != group_of(b):
            continue
        if not shapely.intersects(geom_a, geom_b):
            continue
        try:
            (a_from, a_to), (b_from, b_to) = interval(a), interval(b)
        except BuildError:
            continue  # already reported by check_properties
        if a_from < b_to and b_from < a_to:
            overlap = to_map(geom_a).intersection(to_map(geom_b)).area
            if overlap > MAX_OVERLAP_M2:
                problems.append(
                    f"{group}: {a['id']} and {b['id']} overlap by "
                    f"{overlap / 1e6:.1f} km² while both are valid"
                )
    return problems


def check_succession(
    definitions: dict[str, dict[str, Any]], outputs_of: dict[str, list[dict[str, Any]]]
) -> list[str]:
    """A successor starts on the very day its predecessor ends (half-open intervals).

    Checked on the recipes (a piece's own dates) and on the output: the output feature holding
    the predecessor's last day must end on the day the one holding the successor's first day
    starts. `outputs_of` maps a recipe id, and a group id, to the output features it is drawn in
    (a piece of a dissolved state is drawn in several), so `succeeds` may name a piece or a group.
    """
    problems = []
    for fid, definition in definitions.items():
        for pred in definition.get("succeeds", []):
            if pred not in definitions and pred not in outputs_of:
                problems.append(f"{fid}: succeeds unknown feature {pred!r}")
                continue
            if pred in definitions and definitions[pred]["valid_to"] != definition["valid_from"]:
                problems.append(
                    f"{fid}: starts {definition['valid_from']} but its predecessor "
                    f"{pred} ends {definitions[pred]['valid_to']}"
                )
                continue
            if fid not in outputs_of or pred not in outputs_of:
                continue  # not built: already reported
            before = max(outputs_of[pred], key=lambda props: interval(props)[1])
            after = min(outputs_of[fid], key=lambda props: interval(props)[0])
            if before["valid_to"] != after["valid_from"]:
                problems.append(
                    f"{fid}: drawn as {after['id']} from {after['valid_from']}, but its "
                    f"predecessor {pred} is drawn as {before['id']} until {before['valid_to']}"
                )
    return problems


def check_unique_ids(features: list[tuple[dict[str, Any], BaseGeometry]]) -> list[str]:
    """Output ids are unique (a dissolved feature's id must not be another feature's)."""
    seen: set[str] = set()
    problems = []
    for props, _ in features:
        if props["id"] in seen:
            problems.append(f"{props['id']}: two output features have this id")
        seen.add(props["id"])
    return problems


# --- main -----------------------------------------------------------------------------------------


def load_blocks() -> dict[str, Recipe]:
    """The named building blocks of neighbours.yaml (recipes the `block:` recipe refers to)."""
    return dict(yaml.safe_load(NEIGHBOURS.read_text("utf-8")).get("blocks") or {})


def load_definitions() -> dict[str, dict[str, Any]]:
    """history.yaml and neighbours.yaml's features as {id: definition}; ids must be unique."""
    definitions: dict[str, dict[str, Any]] = {}
    entries = yaml.safe_load(DEFINITIONS.read_text("utf-8"))
    entries += yaml.safe_load(NEIGHBOURS.read_text("utf-8"))["features"]
    for definition in entries:
        if definition["id"] in definitions:
            raise BuildError(f"duplicate id {definition['id']}")
        definitions[definition["id"]] = definition
    return definitions


def build_features(
    definitions: dict[str, dict[str, Any]], base: Base, blocks: dict[str, Recipe] | None = None
) -> tuple[list[tuple[dict[str, Any], BaseGeometry]], list[str]]:
    """Build every feature; return the output's (properties, WGS 84 geometry) pairs and the
    problems found.

    Each recipe is built and checked on its own; the pieces of a group (`part_of`) are then
    dissolved into one feature per period (`dissolve`), which takes the group's place in the
    output. Overlaps, `succeeds` and `contains` are checked on the output.
    """
    recipes = Recipes(base, definitions, blocks)
    source_ids = {s["id"] for s in yaml.safe_load(SOURCES.read_text("utf-8"))}
    groups, problems = find_groups(definitions)
    built: dict[str, tuple[dict[str, Any], BaseGeometry]] = {}
    for fid, definition in definitions.items():
        props = {
            key: definition[key] for key in PROPERTIES + OPTIONAL_PROPERTIES if key in definition
        }
        problems += check_properties(props, source_ids)
        try:
            geom = output_geometry(recipes.feature(fid))
        except BuildError as error:
            problems.append(f"{fid}: {error}")
            continue
        problems += check_geometry(fid, geom)
        problems += check_contains(fid, geom, definition.get("contains", []), base)
        built[fid] = (props, geom)

    output: list[tuple[dict[str, Any], BaseGeometry]] = []
    outputs_of: dict[str, list[dict[str, Any]]] = {}
    for fid, definition in definitions.items():
        group = definition.get("part_of")
        if group not in groups:
            if fid in built:
                output.append(built[fid])
                outputs_of[fid] = [built[fid][0]]
            continue
        pieces = groups[group]
        if fid != pieces[0] or not all(piece in built for piece in pieces):
            continue  # a group is emitted once, where its first piece stands

        def one_group(_: dict[str, Any], label: str = f"group {group}") -> str:
            return label

        # The union would hide two pieces drawn over each other: check them among themselves.
        problems += check_exclusive_groups([built[p] for p in pieces], one_group)
        parts = [
            (built[p][0], recipes.feature(p), definitions[p].get("contains", [])) for p in pieces
        ]
        dissolved = dissolve(group, parts, pieces.index(base_piece(group, pieces)))
        for props, geom_map, contains, members in dissolved:
            geom = output_geometry(geom_map)
            problems += check_properties(props, source_ids)
            problems += check_geometry(props["id"], geom)
            problems += check_contains(props["id"], geom, contains, base)
            output.append((props, geom))
            for member in dict.fromkeys((*members, group)):
                outputs_of.setdefault(member, []).append(props)
    problems += check_unique_ids(output)
    problems += check_succession(definitions, outputs_of)
    problems += check_exclusive_groups(output)
    return output, problems + check_exclusive_groups(output, _state_group)


def render(features: list[tuple[dict[str, Any], BaseGeometry]]) -> str:
    """A FeatureCollection with one feature per line, so diffs stay readable."""
    lines = [
        json.dumps(
            {"type": "Feature", "properties": props, "geometry": geojson_geometry(geom)},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        for props, geom in features
    ]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def main() -> int:
    try:
        definitions = load_definitions()
        features, problems = build_features(definitions, load_base(), load_blocks())
    except BuildError as error:
        print(f"build_history: {error}", file=sys.stderr)
        return 1
    text = render(features)
    if len(text.encode("utf-8")) > MAX_OUTPUT_BYTES:
        problems.append(f"output is {len(text.encode('utf-8'))} bytes, over {MAX_OUTPUT_BYTES}")
    if problems:
        print(
            "build_history: not written; fix these first:", *problems, sep="\n  ", file=sys.stderr
        )
        return 1
    OUTPUT.write_text(text, "utf-8")
    print(
        f"wrote {OUTPUT.relative_to(ROOT)}: {len(features)} features, "
        f"{len(text.encode('utf-8')) / 1e6:.2f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
