"""The modern base map, and the few projected shapes the map draws of it.

The map draws each base layer as one shape (the union of its features, or for countries and
provinces the union of their borders, drawn once). Those unions are the costliest part of
opening the window (~0.15 s of shapely work), and they never change for the bundled data,
so they are computed once here, in the Qt-free core, and kept with the rest of the loaded
data in the start-up cache (:mod:`viewer.core.atlas_cache`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import shapely
from shapely.geometry.base import BaseGeometry

from geodata.model import BaseFeature
from geodata.projection import project

BASE_LAYERS = ("land", "sea", "lakes", "countries", "provinces", "rivers")
BORDER_LAYERS = ("countries", "provinces")
"""Layers drawn as their shared borders rather than as filled areas."""


@dataclass(frozen=True)
class BaseMap:
    """The modern base map: one tuple of features per layer name in :data:`BASE_LAYERS`.

    Not slotted, so that :attr:`shapes` can be computed once and kept (:meth:`with_shapes`
    restores it from the start-up cache).
    """

    layers: dict[str, tuple[BaseFeature, ...]]

    @classmethod
    def with_shapes(
        cls, layers: dict[str, tuple[BaseFeature, ...]], shapes: dict[str, BaseGeometry]
    ) -> BaseMap:
        """A base map whose :attr:`shapes` were computed before (and are not computed again)."""
        base = cls(layers)
        base.__dict__["shapes"] = shapes  # where cached_property keeps its value
        return base

    def __getitem__(self, layer: str) -> tuple[BaseFeature, ...]:
        return self.layers[layer]

    @cached_property
    def shapes(self) -> dict[str, BaseGeometry]:
        """What the map draws of each layer, in projected metres.

        Today's Iran gets no shape of its own: Persia and Iran of each date are historical
        features (geodata/build/neighbours.yaml), so a fill of today's outline would be
        anachronistic before 1881.
        """
        return {
            layer: _borders(features) if layer in BORDER_LAYERS else _union(features)
            for layer, features in self.layers.items()
        }


def _union(features: tuple[BaseFeature, ...]) -> BaseGeometry:
    return project(shapely.union_all([f.geometry for f in features]))


def _borders(features: tuple[BaseFeature, ...]) -> BaseGeometry:
    """Shared borders drawn once: the union of the features' boundaries, its pieces merged.

    The union cuts the borders at every junction (5,300 pieces for countries and provinces);
    merged into 220 lines, the map's path is built in 10 ms instead of ~100 ms (measured).
    """
    union = shapely.union_all([f.geometry.boundary for f in features])
    return project(shapely.line_merge(union))
