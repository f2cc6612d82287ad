"""The states' palette: Persia/Iran, Russia and Britain stand out; the other neighbours recede."""

from __future__ import annotations

import pytest

from viewer.core import style
from viewer.core.atlas import load_atlas


@pytest.fixture(scope="module")
def history():
    return load_atlas().history


@pytest.mark.parametrize(
    ("territory_id", "colour"),
    [
        ("persia-1800", style.PERSIA),
        ("iran-1935", style.PERSIA),
        ("erivan-khanate", style.PERSIA),  # under Persian suzerainty
        ("russian-empire", style.VERMILLION),
        ("ussr", style.VERMILLION),
        ("russia-1991", style.VERMILLION),
        ("turkey-1923", style.GREY),
        ("azerbaijan-1991", style.GREY),
    ],
)
def test_each_state_takes_the_colour_of_its_role(history, territory_id, colour):
    assert style.territory_style(history[territory_id]).colour == colour


def test_soviet_republics_are_the_unions_inner_lines_not_filled_states(history):
    republics = [t for t in history if t.kind == "government" and "republic" in t.style
                 and t.valid_on(history["ussr"].start + 10_000)]  # fmt: skip
    assert republics
    for territory in republics:
        look = style.territory_style(territory)
        assert look.fill_alpha == 0 and look.dash, territory.id
        assert look.colour == style.VERMILLION


def test_an_autonomous_republic_after_the_union_is_not_drawn_soviet(history):
    look = style.territory_style(history["nakhchivan-ar-1990"])
    assert look.colour == style.GREY and look.fill_alpha == 0 and look.dash


def test_a_sphere_is_dotted_so_it_never_reads_as_the_state_of_its_colour(history):
    """1908: the Russian sphere and the Russian Empire share a hue; the pattern tells them apart."""
    sphere = style.territory_style(history["sphere-russian-1907"])
    empire = style.territory_style(history["russian-empire"])
    assert sphere.colour == empire.colour
    assert sphere.pattern == "dots" and empire.pattern == "" and empire.fill_alpha > 0
