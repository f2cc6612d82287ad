"""What the map labels: towns (with their names of the day), seas, Iran's provinces and the
historical features valid on the date (lines with their stated and computed lengths).

Countries are named only by the historical ``state`` features, each on the days it is valid
and in the chosen language: today's borders are drawn for orientation and never labelled, so
no modern name (Turkey, Iraq, Kazakhstan) is printed over a date before it existed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np
from shapely.geometry.base import BaseGeometry

from geodata.model import LANGUAGES, Names, Territory
from geodata.projection import project, project_points
from geodata.shapes import Shapes
from viewer.core import style
from viewer.core.atlas import Atlas
from viewer.core.wording import digits, translate
from viewer.map.label_placement import RANK_SCALE, LabelSpec

KIND_PRIORITY = {
    "government": 1.0,
    "occupation_zone": 1.1,
    "sphere": 1.1,
    "sea_line": 1.2,
    "land_boundary": 1.2,
    "troops": 1.3,
}
"""Among historical labels, the ones a teacher must show win the space first."""
PROVINCE_TEXT = "#9d927a"


def constant_names(names: Names) -> Callable[[int], Names]:
    """A names provider that ignores the day (modern base features)."""

    def provide(day: int) -> Names:
        return names

    return provide


def _anchor(geometry: BaseGeometry) -> tuple[float, float]:
    """Where a feature's label goes: inside a polygon, mid-way along a line."""
    if "Polygon" in geometry.geom_type:
        point = geometry.representative_point()
    elif "Line" in geometry.geom_type:
        point = geometry.interpolate(0.5, normalized=True)
    else:
        point = geometry.centroid
    return point.x, point.y


def _extended(shapes: Shapes, index: int) -> dict[str, Any]:
    """A label's fields for an area or a line, whose label goes where it shows: what makes
    its geometry when laid out (the shapes wait as arrays), its kind and bounds; none for a
    point."""
    kind = shapes.kind(index)
    if kind.endswith("Point"):
        return {}
    x0, y0, x1, y1 = shapes.bounds[index].tolist()
    made = partial(shapes.__getitem__, index)
    return {"geometry": made, "kind": kind, "extent": (x0, y0, x1, y1)}


def territory_text(territory: Territory) -> Names:
    """A feature's label; lines carry the stated and the geodesic length side by side."""
    stated = territory.figures.get("stated_length_km")
    computed = territory.figures.get("computed_length_km")
    if stated is None or computed is None:
        return territory.names
    figures = {"stated": f"{stated:g}", "computed": f"{computed:.0f}"}
    text = {lang: _with_lengths(territory.names.get(lang), figures, lang) for lang in LANGUAGES}
    return Names(en=text["en"], fa=text["fa"], ru=text["ru"])


def _with_lengths(name: str, figures: dict[str, str], lang: str) -> str:
    text = translate("Map", "{name} · {stated} km stated, {computed} km geodesic", lang)
    return digits(text.format(name=name, **figures), lang)


def place_specs(atlas: Atlas) -> list[LabelSpec]:
    specs = []
    for place in atlas.places.values():
        if place.kind == "region" or not place.on_map:
            continue  # off-map places appear only with their events
        (x,), (y,) = project_points(np.array([place.lon]), np.array([place.lat]))
        specs.append(
            LabelSpec(
                key=place.id,
                x=float(x),
                y=float(y),
                names=place.names_on,
                priority=10 * (place.rank - 1),  # rank-1 towns before everything
                role="capital" if place.rank == 1 else "place",
                max_scale=RANK_SCALE[place.rank],
                start=place.founded.ordinal if place.founded else 0,  # not before it existed
            )
        )
    return specs


def base_specs(atlas: Atlas) -> list[LabelSpec]:
    specs = []
    for feature in atlas.base["sea"]:
        x, y = _anchor(project(feature.geometry))
        specs.append(
            LabelSpec(
                f"sea:{feature.id}",
                x,
                y,
                constant_names(feature.names),
                priority=5,
                role="sea",
                dot=False,
                colour=style.SEA_TEXT,
            )
        )
    for feature in atlas.base["provinces"]:
        x, y = _anchor(project(feature.geometry))
        specs.append(
            LabelSpec(
                f"province:{feature.id}",
                x,
                y,
                constant_names(feature.names),
                priority=50,
                role="province",
                max_scale=RANK_SCALE[3],
                dot=False,
                colour=PROVINCE_TEXT,
                group="provinces",
            )
        )
    return specs


def _state_spec(territory: Territory, shapes: Shapes, index: int) -> LabelSpec:
    """A state's name as a country label, in capitals where the script has them."""
    x, y = _anchor(shapes[index])
    names = territory.names
    upper = Names(names.en.upper(), names.fa, names.ru.upper() if names.ru else None)
    return LabelSpec(
        f"territory:{territory.id}",
        x,
        y,
        constant_names(upper),
        priority=40,
        role="country",
        dot=False,
        start=territory.start,
        end=territory.end,
        colour=style.COUNTRY_BORDER,
        group=territory.kind,
        **_extended(shapes, index),
    )


def territory_specs(atlas: Atlas) -> list[LabelSpec]:
    specs = []
    shapes = atlas.history.projected
    for index, territory in enumerate(atlas.history):
        if territory.kind == "state":
            specs.append(_state_spec(territory, shapes, index))
            continue
        x, y = _anchor(shapes[index])  # made one at a time, and let go
        specs.append(
            LabelSpec(
                f"territory:{territory.id}",
                x,
                y,
                constant_names(territory_text(territory)),
                priority=KIND_PRIORITY.get(territory.kind, 1.4),
                role="territory",
                dot=shapes.kind(index) == "Point",
                start=territory.start,
                end=territory.end,
                colour=style.territory_style(territory).colour,
                group=territory.kind,
                **_extended(shapes, index),
            )
        )
    return specs


def label_specs(atlas: Atlas) -> list[LabelSpec]:
    return [*territory_specs(atlas), *place_specs(atlas), *base_specs(atlas)]
