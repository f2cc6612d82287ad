"""Shapely geometries to QPainterPaths, built once per geometry and then only replayed."""

from __future__ import annotations

import numpy as np
import pyqtgraph.functions as fn
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath
from shapely.geometry.base import BaseGeometry


def _parts(geometry: BaseGeometry) -> list[BaseGeometry]:
    if hasattr(geometry, "geoms"):
        return [p for g in geometry.geoms for p in _parts(g)]
    return [geometry]


def _add_ring(path: QPainterPath, xy: np.ndarray, closed: bool) -> None:
    if len(xy) < 2:
        return
    polygon = fn.arrayToQPolygonF(np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1]))
    if closed:
        path.addPolygon(polygon)
        path.closeSubpath()
    else:
        path.addPolygon(polygon)  # an open polygon is a polyline


def geometry_to_path(geometry: BaseGeometry) -> QPainterPath:
    """A path for any (multi)polygon or (multi)line in map metres; holes by the even-odd rule."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in _parts(geometry):
        if part.geom_type == "Polygon":
            for ring in (part.exterior, *part.interiors):
                _add_ring(path, shapely.get_coordinates(ring), closed=True)
        elif part.geom_type in ("LineString", "LinearRing"):
            _add_ring(path, shapely.get_coordinates(part), closed=False)
    return path


def outline_path(geometry: BaseGeometry) -> QPainterPath:
    """Only the boundary lines of polygons, for strokes that must not close across a clip."""
    return geometry_to_path(shapely.boundary(geometry))
