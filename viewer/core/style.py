"""The map's palette and the style of each kind of historical feature. No Qt here.

Colours are chosen to survive colour-blindness: the historical roles use the Okabe–Ito
palette, and kinds differ by pattern and line style as well as by hue (zones hatched, spheres
dotted, approximate boundaries dashed), so no meaning rests on hue alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from geodata.model import Territory
from viewer.core.wording import tr_noop

FRAME = "#e3e3df"
"""Outside the map region, where there is no data."""
SEA = "#c9dde8"
LAND = "#ece8dd"
PERSIA = "#8c6d46"
"""Persia/Iran through time: a warm brown, apart from the Okabe–Ito roles of the others."""
COUNTRY_BORDER = "#8f887a"
TODAY_BORDER = "#b9b1a1"
"""Today's borders, drawn faint: for orientation, never a claim about the date shown."""
PROVINCE_BORDER = "#d3cab6"
LAKE = "#c9dde8"
RIVER = "#7fa9c4"
GRATICULE = "#a9bfcc"
TEXT = "#2b2b2b"
TEXT_HALO = "#ffffff"
SEA_TEXT = "#4d7490"
EVENT_HIGHLIGHT = "#000000"

# Okabe–Ito, the colour-blind-safe palette.
VERMILLION = "#D55E00"
BLUE = "#0072B2"
SKY = "#56B4E9"
GREEN = "#009E73"
ORANGE = "#E69F00"
PURPLE = "#CC79A7"
YELLOW = "#F0E442"
GREY = "#7a7a7a"

KIND_WORDS = {
    "state": (tr_noop("Kinds", "State"), tr_noop("Kinds", "States")),
    "occupation_zone": (tr_noop("Kinds", "Occupation zone"), tr_noop("Kinds", "Occupation zones")),
    "sphere": (tr_noop("Kinds", "Sphere of influence"), tr_noop("Kinds", "Spheres of influence")),
    "government": (
        tr_noop("Kinds", "Autonomous or breakaway government"),
        tr_noop("Kinds", "Autonomous and breakaway governments"),
    ),
    "troops": (tr_noop("Kinds", "Foreign troops"), tr_noop("Kinds", "Foreign troops")),
    "land_boundary": (
        tr_noop("Kinds", "Boundary settlement"),
        tr_noop("Kinds", "Boundary settlements"),
    ),
    "sea_line": (tr_noop("Kinds", "Sea line"), tr_noop("Kinds", "Sea lines")),
    "sea_zone": (tr_noop("Kinds", "Sea zone"), tr_noop("Kinds", "Sea zones")),
    "island": (tr_noop("Kinds", "Island"), tr_noop("Kinds", "Islands")),
    "infrastructure": (tr_noop("Kinds", "Infrastructure"), tr_noop("Kinds", "Infrastructure")),
}
"""How each kind of historical feature is named: one of them, and the layer of them all."""

CATEGORY_NAMES = (
    tr_noop("Categories", "Treaties and law"), tr_noop("Categories", "War and occupation"),
    tr_noop("Categories", "Diplomacy"), tr_noop("Categories", "Economy and energy"),
    tr_noop("Categories", "Revolution and domestic politics"), tr_noop("Categories", "Nuclear"),
    tr_noop("Categories", "Borders and the Caspian"),
)  # fmt: skip
"""The catalogue entries of :data:`events.model.CATEGORIES`' labels (context "Categories")."""

CATEGORY_COLOURS = {
    "treaties": BLUE,
    "war": VERMILLION,
    "diplomacy": SKY,
    "economy": ORANGE,
    "politics": PURPLE,
    "nuclear": "#000000",
    "borders": GREEN,
}


@dataclass(frozen=True, slots=True)
class FeatureStyle:
    """How one historical feature is drawn.

    ``fill_alpha`` 0 means no fill; a ``pattern`` replaces the flat fill: ``"hatch"``
    (diagonal lines: zones held by troops) or ``"dots"`` (spheres of influence, so a sphere
    never reads as the state of the same colour); ``dash`` is a Qt-style dash pattern in pen
    widths (empty for solid).
    """

    colour: str
    fill_alpha: float = 0.0
    pattern: str = ""
    line_width: float = 1.0
    dash: tuple[float, ...] = ()
    z: float = 10.0


SCAN_STYLE = FeatureStyle("#8c6d46", fill_alpha=0.35, line_width=0.8)
"""The legend's swatch for a user's map scan: sepia, as old paper."""
SCAN_LABEL = tr_noop("Kinds", "{} (map scan)")

ORIENTATION_LAYERS = {
    "countries": (
        tr_noop("Kinds", "Today's borders (for orientation)"),
        FeatureStyle(TODAY_BORDER, line_width=0.8),
    ),
    "provinces": (
        tr_noop("Kinds", "Iran's provinces today (for orientation)"),
        FeatureStyle(PROVINCE_BORDER, line_width=0.8),
    ),
}
"""The base layers of today's map drawn under every date, how the map, the legend and the
exports name them, and how they are drawn. Unlabelled but for Iran's provinces, whose labels
show and hide with them: a date's names come from the historical features valid on it."""


def _role_colour(role: str, territory_id: str) -> str:
    """The hue from who the feature belongs to, read from its style role and id."""
    key = f"{role} {territory_id}".lower()
    for words, colour in (
        (("persia",), PERSIA),
        (("soviet", "russia", "ussr", "russian", "transcaucasia"), VERMILLION),
        (("british", "britain"), BLUE),
        (("american", "us-"), SKY),
        (("neutral",), GREY),
        (("gilan", "republic", "azerbaijan-peoples", "mahabad", "government"), GREEN),
        (("pipeline", "gas", "steel", "machine", "railway", "npp", "bushehr", "nuclear"), ORANGE),
        (("sea", "coastal", "caspian"), BLUE),
    ):
        if any(word in key for word in words):
            return colour
    return PURPLE


_SUBDIVISIONS = ("soviet-republic", "soviet-union-republic", "autonomous-republic")
"""Styles of republics inside a state (the USSR's, Azerbaijan's Nakhchivan): inner lines."""


def _state_colour(colour: str) -> str:
    """Iran's own chain, Russia's and Britain's stand out; every other state is neutral."""
    return colour if colour in (PERSIA, VERMILLION, BLUE) else GREY


def territory_style(territory: Territory) -> FeatureStyle:
    """The style of a historical feature from its kind, role and boundary precision.

    Kept per feature: the map, the legend, the timeline and the labels all ask, and reading
    the role from words took an eighth of a date change's frame at 100 times the real data
    (the legend's ~150 new rows a change, measured)."""
    return _style(territory.id, territory.kind, territory.style, territory.boundary_precision)


@lru_cache(maxsize=1 << 16)  # 19,200 features at 100 times the real data
def _style(territory_id: str, kind: str, role: str, precision: str) -> FeatureStyle:
    colour = _role_colour(role, territory_id)
    dashed = (4.0, 3.0) if precision != "treaty" else ()
    if kind == "government" and any(s in role for s in _SUBDIVISIONS):
        inner = VERMILLION if "soviet" in role else GREY
        return FeatureStyle(inner, line_width=0.8, dash=(2.0, 2.0), z=8)
    match kind:
        case "state":
            colour = _state_colour(colour)
            fill = 0.06 if colour == GREY else 0.10  # the neutral neighbours recede
            return FeatureStyle(colour, fill_alpha=fill, line_width=1.2, z=5)
        case "sphere":
            return FeatureStyle(colour, pattern="dots", line_width=0.8, dash=dashed, z=6)
        case "occupation_zone" | "troops":
            return FeatureStyle(colour, pattern="hatch", line_width=1.2, dash=dashed, z=7)
        case "government":
            return FeatureStyle(colour, fill_alpha=0.30, line_width=1.4, dash=dashed, z=8)
        case "sea_zone":
            return FeatureStyle(colour, fill_alpha=0.18, line_width=0.6, dash=(2.0, 2.0), z=6)
        case "sea_line" | "land_boundary":
            return FeatureStyle(colour, line_width=2.0, dash=dashed or (), z=12)
        case "infrastructure" | "island":
            return FeatureStyle(colour, fill_alpha=0.6, line_width=2.0, z=13)
    return FeatureStyle(colour, fill_alpha=0.15)
