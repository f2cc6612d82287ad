"""Does QGIS open ``export-data``'s GeoPackage, with its dates ready for the Temporal Controller?

Usage, where Debian's ``python3-qgis`` is installed::

    .venv/bin/python -m viewer export-data --out /tmp/atlas.gpkg
    /usr/bin/python3 bench/qgis_gpkg_check.py /tmp/atlas.gpkg

For each layer it checks that QGIS opens it and reads every feature; for the dated layers,
that the start and end fields are DATE fields, and that QGIS's temporal filter (start and end
from fields, as the Temporal Controller uses them) keeps, on every day the data changes and
the day before, exactly the features the half-open rule keeps, counted from the file by
SQLite independently of QGIS. Prints one JSON line; exits 1 on any mismatch. Standard library
and QGIS only: our packages are not importable from Debian's Python.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before QgsApplication exists

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
    QgsVectorLayerTemporalProperties,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

DATED = {  # layer: (start field, end field)
    "territories": ("valid_from", "valid_to"),
    "territory_lines": ("valid_from", "valid_to"),
    "territory_sites": ("valid_from", "valid_to"),
    "events": ("starts_on", "ends_before"),
}
LAYERS = (*DATED, "places", "sources")


def expected_on(database: sqlite3.Connection, layer: str, day: str) -> set[str]:
    """The ids of the features of *layer* that hold on *day* by the half-open rule, by SQL."""
    start, end = DATED[layer]
    query = f'SELECT id FROM "{layer}" WHERE "{start}" <= ? AND ("{end}" IS NULL OR "{end}" > ?)'
    return {row[0] for row in database.execute(query, (day, day))}


def check_days(database: sqlite3.Connection, layer: str) -> list[str]:
    """Every day a feature of *layer* starts or ends, and the day before each."""
    start, end = DATED[layer]
    days = set()
    for field in (start, end):
        for (value,) in database.execute(f'SELECT DISTINCT "{field}" FROM "{layer}"'):
            if value:
                day = dt.date.fromisoformat(value)
                days |= {day, day - dt.timedelta(days=1)}
    return sorted(d.isoformat() for d in days)


def kept_by_qgis(layer: QgsVectorLayer, day: str) -> set[str]:
    """The ids of the features QGIS's temporal filter keeps on *day* (as a whole day)."""
    start = QDateTime.fromString(day, Qt.ISODate)
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    span = QgsDateTimeRange(start, start.addSecs(86399))
    expression = layer.temporalProperties().createFilterString(context, span)
    request = QgsFeatureRequest().setFilterExpression(expression)
    return {feature["id"] for feature in layer.getFeatures(request)}


def main() -> int:
    path = Path(sys.argv[1])
    app = QgsApplication([], False)
    app.initQgis()
    database = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    report: dict[str, Any] = {"qgis": Qgis.QGIS_VERSION, "layers": {}}
    failures = []
    for name in LAYERS:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        rows = database.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        entry = {"valid": layer.isValid(), "features": layer.featureCount(), "rows": rows}
        if not layer.isValid() or layer.featureCount() != rows:
            failures.append(f"{name}: QGIS read {layer.featureCount()} of {rows} features")
        if name in DATED and layer.isValid():
            fields = layer.fields()
            types = [fields.field(f).type() for f in DATED[name]]
            entry["date_fields"] = all(t == QVariant.Date for t in types)
            if not entry["date_fields"]:
                failures.append(f"{name}: {DATED[name]} are not DATE fields in QGIS")
            temporal = layer.temporalProperties()
            temporal.setIsActive(True)
            temporal.setMode(
                QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields
            )
            temporal.setStartField(DATED[name][0])
            temporal.setEndField(DATED[name][1])
            days = check_days(database, name)
            wrong = [
                (day, sorted(kept ^ want))
                for day in days
                if (kept := kept_by_qgis(layer, day)) != (want := expected_on(database, name, day))
            ]
            entry["days_checked"], entry["days_wrong"] = len(days), wrong[:5]
            if wrong:
                failures.append(f"{name}: QGIS's temporal filter differs on {len(wrong)} days")
        report["layers"][name] = entry
    report["failures"] = failures
    print(json.dumps(report), flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    # PyQGIS segfaults tearing down layers that outlive exitQgis(), as in qgis_peer.py
    os._exit(main())
