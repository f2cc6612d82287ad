"""The map canvas: base map, historical territories, labels and furniture, in projected metres."""

from __future__ import annotations

from functools import partial
from html import escape
from typing import Literal

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import Q_ARG, QMetaObject, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QPainterPath,
    QPaintEvent,
    QPen,
    QScreen,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import QWidget

from events.model import Event
from geodata.collector import keep_loaded
from geodata.model import Territory
from geodata.projection import (
    REGION_LONLAT,
    project_points,
    projected_bounds,
    unproject_point,
)
from viewer.core import style
from viewer.core.atlas import Atlas
from viewer.core.describe import here_entries, territories_here
from viewer.core.state import ViewState
from viewer.core.visibility import selection_outline
from viewer.core.wording import translate
from viewer.map.edge_pointers import EdgePointers
from viewer.map.furniture import ScaleBar, graticule_path
from viewer.map.highlights import EventMarkers, Outlines
from viewer.map.label_placement import LabelSpec
from viewer.map.label_specs import constant_names, label_specs
from viewer.map.labels import LabelLayer
from viewer.map.layer_items import LayerItem, pen_for
from viewer.map.paths import geometry_to_path
from viewer.map.raster_items import RasterLayers
from viewer.map.territory_layer import FADE_MS, TerritoryLayer

HOME_LONLAT = (37.0, 24.5, 63.5, 47.6)
"""The default view: Iran, the Caucasus, the whole Caspian and the Turkmen steppe."""
MAX_EVENT_LABELS = 3
UNPAINTED_MS = 16
"""What waits for a frame of the map (:meth:`MapView.after_frame`) follows it, or this long
after it was asked for if nothing on the map needed painting."""
AFTER_FRAME_TURNS = 3
"""What waits for a frame is posted on from its paint this many times. Qt delivers one posted
call a turn of the event loop at most, and the paint's own turn may deliver the first (a
paint from the window's update timer), so what waits comes two turns after the paint at
least: never in the frame, nor in the turn that delivers what its paint queued (the lists'
scrolling and layouts). A zero timer started by the paint could fire in the paint's own turn."""
WARM_EVERY_MS = 15
WARM_SLICE_MS = 4.0
"""While idle, every 15 ms the map spends up to 4 ms making what dates to come will show."""
BASE_Z = {
    "sea": -1,
    "land": 0,
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


def _item(path: QPainterPath, pen: QPen | None, fill: str | None) -> LayerItem:
    return LayerItem(path, pen, QBrush(QColor(fill)) if fill else None)


class MapView(pg.GraphicsView):  # type: ignore[misc]  # pyqtgraph has no type hints
    """The map widget.

    Signals
    -------
    territoryClicked(str)
        A historical feature was clicked (its id, the topmost; "" for empty map).
    hereClicked(object)
        The same click: every feature drawn there (a list of territories, topmost first,
        empty for none), for the window to name in the language of the moment.
    eventClicked(str)
        An event marker was clicked (its id).
    cursorMoved(float, float)
        The pointer's longitude and latitude.
    frameShown()
        A frame the map waited for is painted, and what that paint queued is done (or nothing
        was painted for a while, :data:`UNPAINTED_MS`): a date change's, or its picture's
        first. Work a change started that must not lengthen its frame follows here: the
        date's picture and the labels' layout; each does nothing unless it waits
        (:data:`AFTER_FRAME_TURNS`).
    pictureShown()
        A date's picture is on screen (at the first :attr:`frameShown` after it is drawn,
        which with large data is after many slices) and its labels are being laid out: what
        is written about the date follows here, as the window's legend rows do, so that the
        words never run ahead of the map (at 100x data by ~0.4 s, measured).
    """

    territoryClicked = Signal(str)
    hereClicked = Signal(object)
    eventClicked = Signal(str)
    cursorMoved = Signal(float, float)
    frameShown = Signal()
    pictureShown = Signal()

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
        self.base_items: dict[str, LayerItem] = self._build_base()
        self.territories = TerritoryLayer(
            self.view_box, atlas.history, self.base_items.values(), fade_ms
        )
        self.rasters = RasterLayers(self.view_box, atlas.rasters, self.territories)
        self.markers = EventMarkers(self.view_box, atlas.events, atlas.places)
        self.pointers = EdgePointers(self.view_box, atlas.places, families)
        self.outlines = Outlines(self.view_box, atlas.history)
        self.labels = LabelLayer(self.view_box, families)
        self.labels.set_specs(label_specs(atlas))
        self.pointers.tagsMoved.connect(partial(self.labels.reserve, "pointers"))
        self.scale_bar = ScaleBar(self.view_box, families, state.language)
        self._home = self._rect_lonlat(HOME_LONLAT)
        region = self._rect_lonlat(REGION_LONLAT)
        margin = 0.4 * max(region.width(), region.height())  # room for wide or tall windows
        self.view_box.setLimits(
            xMin=region.left() - margin,
            xMax=region.right() + margin,
            yMin=region.top() - margin,
            yMax=region.bottom() + margin,
            minXRange=4e4,  # 40 km across: closer than the data's precision
            maxXRange=region.width() + 2 * margin,
        )
        self._near: list[Event] = []  # the events lit up now, off-map ones too
        self._frame: Literal["unpainted", "painted"] | None = None
        """A frame awaited (until :attr:`frameShown`): not painted yet, the timer's timeout
        standing for it (a paint later under load still counts), or painted."""
        self._frames = 0  # counts the frames awaited and painted, the last one followed
        self._frame_timer = QTimer(self, singleShot=True, interval=UNPAINTED_MS)
        self._frame_timer.timeout.connect(self._follow_frame)
        self._labels_wait: Literal["picture", "frame"] | None = None  # the labels' layout
        self.territories.pictureDrawn.connect(self._on_picture_drawn)
        self.frameShown.connect(self.territories.start_picture)
        self.frameShown.connect(self._on_frame_shown)  # after the picture's start
        self._window: QWindow | None = None  # the window and screen whose DPI it follows
        self._screen: QScreen | None = None
        self._fit_to: QRectF | None = self._home  # kept in view until the user pans or zooms
        self.view_box.sigRangeChangedManually.connect(self._on_user_range)
        self.view_box.sigResized.connect(self._on_view_box_resized)
        self.view_box.sigResized.connect(self._reserve_scale_bar)
        self.scale_bar.visibleChanged.connect(self._reserve_scale_bar)
        self._reserve_scale_bar()
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self._warm_timer = QTimer(self, interval=WARM_EVERY_MS)
        self._warm_timer.timeout.connect(self._warm_step)
        self._kept = False  # what the first warm-up made is left out of the collector's passes
        self.view_box.sigRangeChanged.connect(self._warm_timer.start)
        self.view_box.sigRangeChanged.connect(self._report_extent)
        self.reset_view()
        self.bind(state)

    def bind(self, state: ViewState) -> None:
        """Follow the model: the map draws what :mod:`viewer.core.visibility` says for it."""
        state.date_changed.connect(self._on_date_changed)
        state.language_changed.connect(self._on_language_changed)
        state.layers_changed.connect(self.set_hidden)
        state.event_window_changed.connect(self.set_event_window)
        state.selection_changed.connect(self._on_selection_changed)
        state.marked_changed.connect(self._outline_selection)
        state.comparison_changed.connect(self._on_comparison)
        state.extent_requested.connect(self._on_extent_requested)
        state.focus_requested.connect(self.centre_on)
        state.raster_look_changed.connect(self._show_rasters)
        self.set_hidden(state.hidden_kinds, state.hidden_base)
        self.markers.window_days = state.window_days
        self.markers.selected = state.selection
        self._on_comparison(*state.comparison)
        self._on_date_changed()

    @property
    def warming(self) -> bool:
        """Whether the map is still making, while idle, what later dates will need."""
        return self._warm_timer.isActive()

    @property
    def labelling(self) -> bool:
        """Whether the labels of what the map shows are still to be laid out, or under way."""
        return self._labels_wait is not None or self.labels.laying_out

    def _warm_step(self) -> None:
        """A slice of idle work: the territories' paths at this zoom, then the labels' sprites
        for the years around the date. Without it the first frame showing a large territory
        or new labels made them there (up to ~80 ms at 1920×1080, measured). No step is taken
        while a frame is awaited (:attr:`frameShown`): a 100x change's frame can outlast the
        timer's interval, and a step fired within it lengthened it by up to its budget."""
        if self._frame is not None:
            return
        hidden = not self.isVisible()  # an export's offscreen map, or a closed one
        if hidden or (self.territories.warm(WARM_SLICE_MS) and self.labels.warm(WARM_SLICE_MS)):
            self._warm_timer.stop()
            if not hidden and not self._kept:
                # What the window made to last, out of the cycle collector's passes as the
                # data is: at 100x its passes took 26-127 ms in the middle of a scrub.
                keep_loaded()
                self._kept = True

    def close(self) -> None:
        """Close the view for good (an export's map): pyqtgraph clears its scene, so no frame
        is awaited or followed any more, and no layout of labels gone waits for one."""
        self._frame_timer.stop()
        self._frames += 1
        self._frame = self._labels_wait = None
        super().close()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._warm_timer.start()
        window = self.window().windowHandle()
        if window is not None and window is not self._window:
            self._window = window
            window.screenChanged.connect(self._on_screen_changed)
            self._on_screen_changed(window.screen())

    def _on_screen_changed(self, screen: QScreen | None) -> None:
        """The window went to another screen: follow its DPI, now and when it changes."""
        if self._screen is not None:
            self._screen.logicalDotsPerInchChanged.disconnect(self.refresh_dpi)
        self._screen = screen
        if screen is not None:
            screen.logicalDotsPerInchChanged.connect(self.refresh_dpi)
        self.refresh_dpi()

    def refresh_dpi(self, *_: object) -> None:
        """Size the labels' dots and halos, the edge pointers and the scale bar for the
        screen's logical DPI again, as Qt sizes the type in points."""
        self.labels.refresh_dpi()
        self.pointers.refresh_dpi()
        self.scale_bar.refresh_dpi()
        self._reserve_scale_bar()

    @staticmethod
    def _rect_lonlat(bounds: tuple[float, float, float, float]) -> QRectF:
        x0, y0, x1, y1 = projected_bounds(bounds)
        return QRectF(QPointF(x0, y0), QPointF(x1, y1))

    def _build_base(self) -> dict[str, LayerItem]:
        """The base layers, drawn by the territory layer under the historical features."""
        shapes = self.atlas.base.shapes
        layers = {
            "sea": _item(geometry_to_path(shapes["sea"]), None, style.SEA),
            "land": _item(geometry_to_path(shapes["land"]), None, style.LAND),
            "lakes": _item(
                geometry_to_path(shapes["lakes"]), _cosmetic(style.RIVER, 0.6), style.LAKE
            ),
            "rivers": _item(geometry_to_path(shapes["rivers"]), _cosmetic(style.RIVER), None),
            **{
                name: _item(geometry_to_path(shapes[name]), pen_for(look), None)
                for name, (_, look) in style.ORIENTATION_LAYERS.items()
            },
            "graticule": _item(graticule_path(), _cosmetic(style.GRATICULE, 0.7, 0.8), None),
        }
        for name, item in layers.items():
            item.setZValue(BASE_Z[name])
        return layers

    # ----------------------------------------------------------------- layers
    def set_hidden(self, kinds: frozenset[str], base: frozenset[str]) -> None:
        """Switch off historical *kinds* and *base* layers, their labels with them (as the
        model's :meth:`~ViewState.set_hidden` asks)."""
        self.territories.set_hidden_kinds(kinds, self.state.day)
        for name, item in self.base_items.items():
            item.setVisible(name not in base)
        self.labels.set_hidden(kinds | base)

    @property
    def hidden_base(self) -> frozenset[str]:
        """The base layers switched off."""
        return frozenset(name for name, item in self.base_items.items() if not item.isVisible())

    # ----------------------------------------------------------------- interaction
    def reset_view(self) -> None:
        self.fit(self._home)

    def fit(self, area: QRectF) -> None:
        """Show *area* (projected metres), and keep it in view through resizes until the
        user pans or zooms (a slide's area on a screen still being laid out)."""
        self._fit_to = area
        self.view_box.setRange(area, padding=0.02)

    def _on_extent_requested(self, extent: tuple[float, float, float, float] | None) -> None:
        if extent is None:
            self.reset_view()
        else:
            x0, y0, x1, y1 = extent
            self.fit(QRectF(QPointF(x0, y0), QPointF(x1, y1)))

    def _report_extent(self, *_: object) -> None:
        """Tell the model the area shown, for slides and exports made from the view."""
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        self.state.extent = (x0, y0, x1, y1)

    def _on_user_range(self, *_: object) -> None:
        self._fit_to = None

    def _on_view_box_resized(self, *_: object) -> None:
        if self._fit_to is not None:  # keep the area in view until the user moves it
            self.view_box.setRange(self._fit_to, padding=0.02)

    def _reserve_scale_bar(self, *_: object) -> None:
        """Keep labels off the scale bar while it shows. Hidden, it keeps no room: an
        export hides it and reserves the furniture it draws itself, after any resize."""
        bar = [self.scale_bar.reserved] if self.scale_bar.isVisible() else []
        self.labels.reserve("furniture", bar)

    def set_label_scale(self, scale: float) -> None:
        """Draw labels and edge pointers *scale* times their size on screen (an export's)."""
        self.labels.set_scale(scale)
        self.pointers.set_scale(scale)

    def zoom(self, factor: float) -> None:
        self.view_box.scaleBy((1 / factor, 1 / factor))
        self._fit_to = None

    def pan(self, dx: float, dy: float) -> None:
        """Pan by a fraction of the view's size."""
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        self.view_box.translateBy(x=dx * (x1 - x0), y=dy * (y1 - y0))
        self._fit_to = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        steps: dict[int, tuple[float, float]] = {  # event.key() is a plain int
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
        titles = {e.id: e.title.get(self.state.language) for e in self._near}
        pointer = self.pointers.tooltip_at(pos, titles)
        if pointer is not None:
            self.setToolTip(escape(pointer).replace("\n", "<br>"))
            return
        self.setToolTip(here_html(self._here(point), self.state.language))

    def _here(self, point: QPointF) -> list[Territory]:
        """What the map draws at a point of the view now, topmost first."""
        (x0, x1), _ = self.view_box.viewRange()
        tolerance = 4 * (x1 - x0) / max(self.view_box.width(), 1)  # 4 px for lines and sites
        return territories_here(self.atlas, self.state.day, point.x(), point.y(), tolerance)

    def _on_mouse_clicked(self, event: MouseClickEvent) -> None:
        event_id = self.pointers.event_at(event.scenePos()) or self.markers.event_at(
            event.scenePos()
        )
        if event_id is not None:
            self.eventClicked.emit(event_id)
            return
        here = self._here(self.view_box.mapSceneToView(event.scenePos()))
        self.territoryClicked.emit(here[0].id if here else "")
        self.hereClicked.emit(here)

    def centre_on(self, lon: float, lat: float) -> None:
        """Bring a place to the middle of the view, keeping the zoom."""
        (x,), (y,) = project_points(np.array([lon]), np.array([lat]))
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        self.view_box.translateBy(x=float(x) - (x0 + x1) / 2, y=float(y) - (y0 + y1) / 2)
        self._fit_to = None

    def set_event_window(self, days: int) -> None:
        """How far from the date events light up (the timeline's zoom or a slide decides)."""
        if days != self.markers.window_days:
            self.markers.window_days = days
            self._on_date_changed()

    def _on_selection_changed(self, selected: str) -> None:
        self.markers.selected = selected
        self.markers.show_day(self.state.day)
        self._outline_selection()

    def _outline_selection(self, *_: object) -> None:
        """Outline the selection and the marked features while they are on the map (an
        outline never marks an empty map, and comes back if the date returns to them)."""
        state = self.state
        ids = selection_outline(self.atlas, state.selection, state.day, state.marked)
        self.outlines.set_group("selected", ids)

    def _on_comparison(self, gained: frozenset[str], lost: frozenset[str]) -> None:
        self.outlines.set_group("gained", gained)
        self.outlines.set_group("lost", lost)

    def _on_date_changed(self, *_: object) -> None:
        day = self.state.day
        self._warm_timer.start()
        self.territories.show_day(day)
        self._show_rasters()
        self.markers.show_day(day)
        self._outline_selection()
        self._near = self.atlas.events.near(day, self.markers.window_days)
        with self.labels.held():  # one layout for the pointers, event labels and day together
            self.pointers.show_events(self._near, day, self.state.language)
            self.labels.set_dynamic(self._event_labels())
        self.labels.set_day(day, self.state.language)
        self._lay_out_labels_later()  # its frame awaited: the picture and legend follow it too

    def _await_frame(self) -> None:
        """Have :attr:`frameShown` follow the map's next frame, or come in a while if nothing
        is painted; a frame awaited before is followed no further."""
        self._frame = "unpainted"
        self._frames += 1
        self._frame_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._frame == "unpainted":  # the frame awaited is painted: followed from here
            self._frame = "painted"
            self._frames += 1
            self._frame_timer.stop()
            self._follow_frame()

    def _follow_frame(self) -> None:
        """The frame awaited is painted (or nothing was): :attr:`frameShown` some turns on."""
        self._after_frame(self._frames, AFTER_FRAME_TURNS)

    @Slot(int, int)
    def _after_frame(self, frame: int, turns: int) -> None:
        """Post itself *turns* times, then say the frame is shown, unless a later frame is
        awaited meanwhile. Posted to the view as a queued call, which holds no reference to
        it: a timer's Python callable kept a closed export's view alive until it fired."""
        if frame != self._frames:
            return  # a later frame is awaited
        if turns:
            QMetaObject.invokeMethod(
                self,
                "_after_frame",
                Qt.ConnectionType.QueuedConnection,
                Q_ARG(int, frame),
                Q_ARG(int, turns - 1),
            )
        else:
            self._frame = None
            self.frameShown.emit()

    def _lay_out_labels_later(self) -> None:
        """Lay the labels out after the frame of the change that asked, never in it (with
        the real data a layout of up to ~7 ms was most of the worst date changes' frames).
        If the date's picture is being drawn, or waits for this frame, they wait for it and
        then for its first frame, so that they come as the fade to their territories starts
        (slice by slice with large data). Meanwhile the labels still right for the date stay
        (:meth:`LabelLayer.set_day`)."""
        self._labels_wait = "picture" if self.territories.rendering else "frame"
        self._await_frame()

    def _on_picture_drawn(self) -> None:
        """The picture the labels wait for is drawn: they follow its first frame."""
        if self._labels_wait == "picture":
            self._labels_wait = "frame"
            self._await_frame()

    def _on_frame_shown(self) -> None:
        """Lay the labels out if they waited for this frame (not if the picture it started,
        drawn at once, made them wait for its own); the map's first frame starts them."""
        if self._labels_wait == "frame" and self._frame is None:
            self._labels_wait = None
            self.labels.start()
            self.pictureShown.emit()

    def _show_rasters(self, *_: object) -> None:
        self.rasters.show(self.state.day, self.state.raster_look)

    def _event_labels(self) -> list[LabelSpec]:
        """Titles of the (up to three) nearest important events lit up now."""
        marked = {id(e) for e in self.markers.shown}  # those at a place or point of the map
        near = [e for e in self._near if id(e) in marked and e.importance <= 2]  # nearest first
        specs = []
        for event in near[:MAX_EVENT_LABELS]:
            place = self.atlas.places.get(event.place or "")
            where = place or event.point
            assert where is not None  # a marker is shown only at a place or a point
            (x,), (y,) = project_points(np.array([where.lon]), np.array([where.lat]))
            specs.append(
                LabelSpec(
                    f"event:{event.id}",
                    float(x),
                    float(y),
                    constant_names(event.title),
                    priority=0.5,
                    role="event",
                    dot=False,
                    colour=style.CATEGORY_COLOURS[event.category],
                )
            )
        return specs

    def _on_language_changed(self, *_: object) -> None:
        self.scale_bar.set_language(self.state.language)
        with self.labels.held():  # the pointers' tags change size with their words
            self.pointers.show_events(self._near, self.state.day, self.state.language)
        self.labels.set_day(self.state.day, self.state.language)
        self._lay_out_labels_later()
        self._warm_timer.start()


def here_html(territories: list[Territory], lang: str) -> str:
    """The tooltip: every feature under the pointer, topmost first, with kind and dates."""
    return "<br>".join(
        f"<b>{escape(name)}</b><br>{escape(detail)}"
        for name, detail in here_entries(territories, lang)
    )


def here_plain(territories: list[Territory], lang: str) -> str:
    """The same as the tooltip, on one line (the status bar after a click)."""
    here = "; ".join(f"{n} ({d})" for n, d in here_entries(territories, lang))
    return translate("Map", "Here: {}", lang).format(here)
