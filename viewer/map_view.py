"""The map canvas: base map, historical territories, labels and furniture, in projected metres."""

from __future__ import annotations

import pyqtgraph as pg
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainterPath, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsPathItem, QWidget
from shapely.geometry.base import BaseGeometry

from geodata.model import BaseFeature, Names
from geodata.projection import REGION_LONLAT, project, project_points, unproject_point
from viewer import style
from viewer.atlas import Atlas
from viewer.labels import RANK_SCALE, LabelLayer, LabelSpec
from viewer.overlays import ScaleBar, graticule_path
from viewer.paths import geometry_to_path
from viewer.state import ViewState
from viewer.territory_layer import FADE_MS, TerritoryLayer

HOME_LONLAT = (37.0, 24.5, 63.5, 47.6)
"""The default view: Iran, the Caucasus, the whole Caspian and the Turkmen steppe."""
IRAN_ID = "IRN"
BASE_Z = {
    "sea": -1,
    "land": 0,
    "iran": 1,
    "lakes": 2,
    "rivers": 3,
    "provinces": 3.5,
    "countries": 4,
    "graticule": 4.5,
}


def _cosmetic(colour: str, width: float = 1.0, alpha: float = 1.0) -> QPen:
    c = QColor(colour)
    c.setAlphaF(alpha)
    pen = QPen(c, width)
    pen.setCosmetic(True)
    return pen


def _item(path: QPainterPath, pen: QPen | None, fill: str | None) -> QGraphicsPathItem:
    item = QGraphicsPathItem(path)
    item.setPen(pen or QPen(Qt.PenStyle.NoPen))
    item.setBrush(QBrush(QColor(fill)) if fill else QBrush(Qt.BrushStyle.NoBrush))
    return item


def _union(features: tuple[BaseFeature, ...]) -> BaseGeometry:
    return project(shapely.union_all([f.geometry for f in features]))


def _boundaries(features: tuple[BaseFeature, ...]) -> QPainterPath:
    """Shared borders drawn once: the union of the features' boundaries."""
    return geometry_to_path(project(shapely.union_all([f.geometry.boundary for f in features])))


class MapView(pg.GraphicsView):
    """The map widget.

    Signals
    -------
    territoryClicked(str)
        A historical feature was clicked (its id; "" for empty map).
    cursorMoved(float, float)
        The pointer's longitude and latitude.
    """

    territoryClicked = Signal(str)
    cursorMoved = Signal(float, float)

    def __init__(
        self,
        atlas: Atlas,
        state: ViewState,
        families: list[str],
        parent: QWidget | None = None,
        fade_ms: int = FADE_MS,
    ) -> None:
        super().__init__(parent, background=style.FRAME)
        self.atlas, self.state = atlas, state
        self.view_box = pg.ViewBox(lockAspect=True, enableMenu=False, invertY=False)
        self.view_box.setMouseMode(pg.ViewBox.PanMode)
        self.setCentralItem(self.view_box)
        self.view_box.disableAutoRange()  # never jump when the visible set changes
        self.base_items: dict[str, QGraphicsPathItem] = {}
        self._build_base()
        self.territories = TerritoryLayer(self.view_box, atlas.history, fade_ms)
        self.labels = LabelLayer(self.view_box, families)
        self.labels.set_specs(self._label_specs())
        self.scale_bar = ScaleBar(self.view_box, families)
        self._home = self._rect_lonlat(HOME_LONLAT)
        region = self._rect_lonlat(REGION_LONLAT)
        self.view_box.setLimits(
            xMin=region.left() - 3e5,
            xMax=region.right() + 3e5,
            yMin=region.top() - 3e5,
            yMax=region.bottom() + 3e5,
            minXRange=4e4,
            maxXRange=region.width() * 1.3,
        )
        self._fitted = True  # the view shows "home" until the user pans or zooms
        self.view_box.sigRangeChangedManually.connect(self._on_user_range)
        self.reset_view()
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        state.date_changed.connect(self._on_date_changed)
        state.language_changed.connect(self._on_language_changed)
        self._on_date_changed()

    @staticmethod
    def _rect_lonlat(bounds: tuple[float, float, float, float]) -> QRectF:
        west, south, east, north = bounds
        xs, ys = project_points(
            [west, east, west, east, (west + east) / 2], [south, south, north, north, north]
        )
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))

    def _build_base(self) -> None:
        base = self.atlas.base
        iran = tuple(f for f in base["countries"] if f.id == IRAN_ID)
        layers = {
            "sea": _item(geometry_to_path(_union(base["sea"])), None, style.SEA),
            "land": _item(geometry_to_path(_union(base["land"])), None, style.LAND),
            "iran": _item(geometry_to_path(_union(iran)), None, style.IRAN),
            "lakes": _item(
                geometry_to_path(_union(base["lakes"])), _cosmetic(style.RIVER, 0.6), style.LAKE
            ),
            "rivers": _item(geometry_to_path(_union(base["rivers"])), _cosmetic(style.RIVER), None),
            "provinces": _item(
                _boundaries(base["provinces"]), _cosmetic(style.PROVINCE_BORDER, 0.8), None
            ),
            "countries": _item(
                _boundaries(base["countries"]), _cosmetic(style.COUNTRY_BORDER), None
            ),
            "graticule": _item(graticule_path(), _cosmetic(style.GRATICULE, 0.7, 0.8), None),
        }
        for name, item in layers.items():
            item.setZValue(BASE_Z[name])
            self.view_box.addItem(item, ignoreBounds=True)
            self.base_items[name] = item

    def _label_specs(self) -> list[LabelSpec]:
        specs: list[LabelSpec] = []
        for place in self.atlas.places.values():
            if place.kind == "region" or not place.on_map:
                continue  # off-map places appear only with their events
            (x,), (y,) = project_points([place.lon], [place.lat])
            specs.append(
                LabelSpec(
                    key=place.id,
                    x=float(x),
                    y=float(y),
                    names=place.names_on,
                    priority=10 * place.rank,
                    role="capital" if place.rank == 1 else "place",
                    max_scale=RANK_SCALE[place.rank],
                )
            )
        for feature in self.atlas.base["sea"]:
            point = project(feature.geometry.representative_point())
            specs.append(
                LabelSpec(
                    f"sea:{feature.id}",
                    point.x,
                    point.y,
                    _const(feature.names),
                    priority=5,
                    role="sea",
                    dot=False,
                    colour=style.SEA_TEXT,
                )
            )
        for feature in self.atlas.base["countries"]:
            if feature.id == IRAN_ID:
                continue
            point = project(feature.geometry.representative_point())
            upper = Names(
                feature.names.en.upper(), feature.names.fa, (feature.names.ru or "").upper() or None
            )
            specs.append(
                LabelSpec(
                    f"country:{feature.id}",
                    point.x,
                    point.y,
                    _const(upper),
                    priority=40,
                    role="country",
                    dot=False,
                    colour=style.COUNTRY_BORDER,
                )
            )
        for feature in self.atlas.base["provinces"]:
            point = project(feature.geometry.representative_point())
            specs.append(
                LabelSpec(
                    f"province:{feature.id}",
                    point.x,
                    point.y,
                    _const(feature.names),
                    priority=50,
                    role="province",
                    max_scale=1300,
                    dot=False,
                    colour="#9d927a",
                )
            )
        for territory, projected in zip(
            self.atlas.history, self.atlas.history.projected, strict=True
        ):
            if territory.kind in ("state",):
                continue
            point = (
                projected.representative_point()
                if projected.geom_type.endswith("Polygon")
                else projected.interpolate(0.5, normalized=True)
                if "Line" in projected.geom_type
                else projected.centroid
            )
            specs.append(
                LabelSpec(
                    f"territory:{territory.id}",
                    point.x,
                    point.y,
                    _const(territory.names),
                    priority=1,
                    role="territory",
                    dot=False,
                    valid=territory.valid_on,
                    colour=style.territory_style(territory).colour,
                )
            )
        return specs

    # ----------------------------------------------------------------- interaction
    def reset_view(self) -> None:
        self.view_box.setRange(self._home, padding=0.02)
        self._fitted = True

    def _on_user_range(self, *_: object) -> None:
        self._fitted = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_fitted", False):  # keep the region in view until the user moves it
            self.reset_view()

    def zoom(self, factor: float) -> None:
        self.view_box.scaleBy((1 / factor, 1 / factor))
        self._fitted = False

    def pan(self, dx: float, dy: float) -> None:
        """Pan by a fraction of the view's size."""
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        self.view_box.translateBy(x=dx * (x1 - x0), y=dy * (y1 - y0))
        self._fitted = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        steps = {
            Qt.Key.Key_Left: (-0.2, 0),
            Qt.Key.Key_Right: (0.2, 0),
            Qt.Key.Key_Up: (0, 0.2),
            Qt.Key.Key_Down: (0, -0.2),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key in steps and mods & Qt.KeyboardModifier.ShiftModifier:
            self.pan(*steps[key])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _on_mouse_moved(self, pos: QPointF) -> None:
        point = self.view_box.mapSceneToView(pos)
        self.cursorMoved.emit(*unproject_point(point.x(), point.y()))

    def _on_mouse_clicked(self, event) -> None:
        point = self.view_box.mapSceneToView(event.scenePos())
        (x0, x1), _ = self.view_box.viewRange()
        tolerance = 4 * (x1 - x0) / max(self.view_box.width(), 1)
        hit = self.atlas.history.territory_at(point.x(), point.y(), self.state.day, tolerance)
        self.territoryClicked.emit(hit.id if hit else "")

    def _on_date_changed(self, *_: object) -> None:
        self.territories.show_day(self.state.day)
        self.labels.set_day(self.state.day, self.state.language)

    def _on_language_changed(self, *_: object) -> None:
        self.labels.set_day(self.state.day, self.state.language)


def _const(names: Names):
    """A names provider that ignores the day (modern base features)."""
    return lambda day: names
