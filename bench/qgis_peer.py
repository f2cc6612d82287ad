"""The QGIS peer of ``bench.peers``: run by Debian's ``/usr/bin/python3`` with ``python3-qgis``.

Usage: ``/usr/bin/python3 bench/qgis_peer.py FOLDER`` (the folder ``bench.peers`` wrote).
Prints one JSON line: per-frame timings of the parallel and the sequential renderer with the
map canvas's render cache, of the sequential one redrawing everything, and the
number of historical features QGIS's temporal filter kept on a few dates, to check that it
draws what the app draws. Standard library and QGIS only: our packages are not importable.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererCache,
    QgsMapRendererParallelJob,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProperty,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
    QgsVectorLayerTemporalProperties,
)
from qgis.PyQt.QtCore import QDateTime, QSize, Qt
from qgis.PyQt.QtGui import QColor

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before QgsApplication exists

BASE = {  # name: (fill, outline, outline width in px), the app's base styles
    "sea": ("#c9dde8", None, 0),
    "land": ("#ece8dd", None, 0),
    "iran": ("#faf7ee", None, 0),
    "lakes": ("#c9dde8", "#7fa9c4", 0.6),
    "rivers": (None, "#7fa9c4", 1.0),
    "provinces": (None, "#d3cab6", 0.8),
    "countries": (None, "#8f887a", 1.0),
    "graticule": (None, "#a9bfcc", 0.7),
}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50": statistics.median(values),
        "p95": _percentile(values, 0.95),
        "max": max(values),
    }


def base_layer(folder: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(folder / f"base-{name}.geojson"), name, "ogr")
    fill, outline, width = BASE[name]
    if fill is None:
        symbol = QgsLineSymbol.createSimple(
            {"line_color": outline, "line_width": str(width), "line_width_unit": "Pixel"}
        )
    else:
        props = {"color": fill, "outline_style": "no" if outline is None else "solid"}
        if outline:
            props |= {"outline_color": outline, "outline_width": str(width)}
            props["outline_width_unit"] = "Pixel"
        symbol = QgsFillSymbol.createSimple(props)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def history_layer(folder: Path, kind: str) -> QgsVectorLayer:
    """The historical features, styled from their fields and filtered by QGIS's temporal
    properties (start and end fields, the end excluded as in the app)."""
    layer = QgsVectorLayer(str(folder / f"history-{kind}.geojson"), kind, "ogr")
    colour = QgsProperty.fromExpression('"colour"')
    dash = QgsProperty.fromExpression("CASE WHEN \"dashed\" = 1 THEN 'dash' ELSE 'solid' END")
    width = QgsProperty.fromField("line_width")
    if kind == "lines":
        symbol = QgsLineSymbol.createSimple({"line_width_unit": "Pixel"})
        symbol_layer = symbol.symbolLayer(0)
        symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeColor, colour)
        symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, width)
        symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeStyle, dash)
    else:
        symbol = QgsFillSymbol.createSimple({"outline_width_unit": "Pixel"})
        symbol_layer = symbol.symbolLayer(0)
        fill = QgsProperty.fromExpression(
            "set_color_part(\"colour\", 'alpha', CASE WHEN \"pattern\" != '' THEN 140 "
            'ELSE to_int("fill_alpha" * 255) END)'
        )
        style = QgsProperty.fromExpression(
            "CASE \"pattern\" WHEN 'hatch' THEN 'b_diagonal' WHEN 'dots' THEN 'dense6' ELSE "
            "CASE WHEN \"fill_alpha\" > 0 THEN 'solid' ELSE 'no' "
            "END END"
        )
        symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, fill)
        symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyFillStyle, style)
        symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeColor, colour)
        symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, width)
        symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeStyle, dash)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    temporal = layer.temporalProperties()
    temporal.setIsActive(True)
    temporal.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    temporal.setStartField("valid_from")
    temporal.setEndField("valid_to")
    return layer


def day_range(iso: str) -> QgsDateTimeRange:
    """The day *iso* as a temporal range: from its midnight, to just before the next."""
    start = QDateTime.fromString(iso, Qt.ISODate)
    return QgsDateTimeRange(start, start.addSecs(86399))


def drawn_on(history: list[QgsVectorLayer], iso: str) -> int:
    """How many historical features QGIS's temporal filter keeps on the day *iso*."""
    total = 0
    for layer in history:
        context = QgsVectorLayerTemporalContext()
        context.setLayer(layer)
        expression = layer.temporalProperties().createFilterString(context, day_range(iso))
        request = QgsFeatureRequest().setFilterExpression(expression)
        total += sum(1 for _ in layer.getFeatures(request))
    return total


def render(
    settings: QgsMapSettings,
    job_class: type[QgsMapRendererParallelJob | QgsMapRendererSequentialJob],
    cache: QgsMapRendererCache | None,
) -> None:
    job = job_class(settings)
    if cache is not None:  # as QGIS's map canvas: layers the date does not change are reused
        job.setCache(cache)
    job.start()
    job.waitForFinished()
    job.renderedImage()


def main() -> None:
    folder = Path(sys.argv[1])
    frame = json.loads((folder / "frame.json").read_text())
    app = QgsApplication([], False)
    app.initQgis()
    layers = [base_layer(folder, name) for name in BASE]
    history = [history_layer(folder, kind) for kind in ("polygons", "lines")]
    settings = QgsMapSettings()
    settings.setLayers(list(reversed(layers + history)))  # first in the list is drawn on top
    settings.setOutputSize(QSize(*frame["size"]))
    settings.setExtent(QgsRectangle(*frame["extent"]))
    settings.setDestinationCrs(history[0].crs())
    settings.setBackgroundColor(QColor("#e3e3df"))
    settings.setFlag(QgsMapSettings.Antialiasing, False)  # as the app draws on screen
    settings.setIsTemporal(True)

    counts = {iso: drawn_on(history, iso) for iso in ("1908-06-01", "1946-02-01", "1995-01-01")}
    result: dict[str, object] = {"features_drawn": counts}
    for name, job_class, cached in (
        ("parallel", QgsMapRendererParallelJob, True),
        ("sequential", QgsMapRendererSequentialJob, True),
        ("sequential_full", QgsMapRendererSequentialJob, False),
    ):
        times, cache = [], QgsMapRendererCache() if cached else None
        for iso in frame["dates"]:
            begin = time.perf_counter()
            settings.setTemporalRange(day_range(iso))
            render(settings, job_class, cache)
            times.append((time.perf_counter() - begin) * 1000)
        result[name] = _summary(times)
    print(json.dumps(result), flush=True)
    os._exit(0)  # PyQGIS segfaults tearing down layers that outlive exitQgis(); nothing to save


if __name__ == "__main__":
    main()
