"""The palette survives colour-blindness: hues stay apart under simulated protanopia,
deuteranopia and tritanopia, and no two kinds of feature differ by hue alone.

The simulation is Machado, Oliveira and Fernandes (2009) at full severity, applied in linear
sRGB; differences are CIE 1976 ΔE in L*a*b* (about 2 is just noticeable, 10 is clear).
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from viewer.core import style
from viewer.core.atlas import load_atlas

SIMULATIONS = {
    "normal vision": np.eye(3),
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
         [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
         [-0.011820, 0.042940, 0.968881]]
    ),
    "tritanopia": np.array(
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
         [0.004733, 0.691367, 0.303900]]
    ),
}  # fmt: skip
SRGB_TO_XYZ = np.array(
    [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
)
D65 = np.array([0.95047, 1.0, 1.08883])


def seen(colour: str, simulation: np.ndarray) -> np.ndarray:
    """L*a*b* of *colour* as seen with *simulation*."""
    rgb = np.array([int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    xyz = SRGB_TO_XYZ @ np.clip(simulation @ linear, 0, 1) / D65
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def closest(colours: dict[str, str], simulation: np.ndarray) -> tuple[float, str, str]:
    return min(
        (float(np.linalg.norm(seen(a, simulation) - seen(b, simulation))), x, y)
        for (x, a), (y, b) in itertools.combinations(colours.items(), 2)
    )


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_event_categories_stay_apart(vision):
    difference, a, b = closest(style.CATEGORY_COLOURS, SIMULATIONS[vision])
    assert difference >= 15, f"{a} and {b} look alike with {vision} (ΔE {difference:.1f})"


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_the_powers_lines_stay_apart(vision):
    roles = {
        "Persia": style.PERSIA,
        "Russia": style.VERMILLION,
        "Britain": style.BLUE,
        "other states": style.GREY,
        "governments": style.GREEN,
    }
    difference, a, b = closest(roles, SIMULATIONS[vision])
    assert difference >= 10, f"{a} and {b} look alike with {vision} (ΔE {difference:.1f})"


ALIKE_BY_DESIGN = (
    {"sea_line", "land_boundary"},  # a boundary line either way; sea or land tells them apart
    {"occupation_zone", "troops"},  # foreign troops on the ground, by treaty or not
    {"island", "infrastructure"},  # small solid features, always labelled
)


def test_no_two_kinds_differ_by_hue_alone():
    """Whatever the hue, a kind's fill pattern, fill strength and line width tell it apart
    (but for the kinds drawn alike on purpose)."""
    looks: dict[tuple, set[str]] = {}
    for territory in load_atlas().history:
        look = style.territory_style(territory)
        looks.setdefault((look.pattern, round(look.fill_alpha, 2), look.line_width), set()).add(
            territory.kind
        )
    shared = {
        key: kinds
        for key, kinds in looks.items()
        if len(kinds) > 1 and not any(kinds <= group for group in ALIKE_BY_DESIGN)
    }
    assert not shared, f"kinds drawn alike but for hue: {shared}"
