"""The Layers dock's body: a box for each historical kind and base layer, a row for each of
the user's map scans (opacity, over or under the features), and the legend.

The boxes show the model's hidden layers and switch them through
:func:`viewer.core.commands.show_layer`, each switch a step on the window's undo stack;
nothing here talks to the map. The boxes scroll, so
on a small screen the dock can be short and the legend keeps its rows.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from geodata.loading import KINDS
from geodata.rasters import MapRaster
from viewer.core import commands
from viewer.core.atlas import Atlas
from viewer.core.frame import RasterLook
from viewer.core.state import ViewState
from viewer.core.style import KIND_WORDS, ORIENTATION_LAYERS
from viewer.core.wording import tr_noop, translate
from viewer.panels.legend import LegendList
from viewer.panels.undo import LayerSwitch, WindowUndo

KIND_LABELS = {kind: plural for kind, (_, plural) in KIND_WORDS.items()}
BASE_TOGGLES = {
    **{name: label for name, (label, _) in ORIENTATION_LAYERS.items()},
    "rivers": tr_noop("Kinds", "Rivers"),
    "graticule": tr_noop("Kinds", "Graticule"),
}


class LayersPanel(QWidget):
    """Historical features and base map to switch on and off, then what is on the map now."""

    def __init__(
        self,
        atlas: Atlas,
        state: ViewState,
        undo: WindowUndo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = state.language
        self.undo = undo or WindowUndo(state, self)
        boxes = QWidget()
        box_layout = QVBoxLayout(boxes)
        box_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Historical features"))))
        self.kind_boxes: dict[str, QCheckBox] = {}
        present = {t.kind for t in atlas.history}
        for kind in sorted(KINDS & present, key=list(KIND_LABELS).index):
            self.kind_boxes[kind] = self._box(box_layout, kind, KIND_LABELS[kind])
        box_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Base map"))))
        self.base_boxes: dict[str, QCheckBox] = {
            name: self._box(box_layout, name, label) for name, label in BASE_TOGGLES.items()
        }
        self.scan_rows: dict[str, ScanRow] = {}
        if atlas.rasters:
            box_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Map scans"))))
        for raster in atlas.rasters:
            row = ScanRow(raster, state)
            box_layout.addWidget(row)
            self.scan_rows[raster.id] = row
        # PySide6's stubs omit inherited Qt properties as keywords (frameShape)
        scroll: QScrollArea = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)  # type: ignore[call-arg]
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(boxes)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(boxes.sizeHint().width() + bar)  # scroll down, never clip a name
        self.legend = LegendList(atlas.history, state, atlas.sources, atlas.rasters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("On the map now"))))
        layout.addWidget(self.legend, stretch=1)
        self.bind(state)

    def _box(self, layout: QVBoxLayout, name: str, label: str) -> QCheckBox:
        # PySide6's stubs omit inherited Qt properties as keywords (checked)
        box: QCheckBox = QCheckBox(translate("Kinds", label, self._language), checked=True)  # type: ignore[call-overload]
        box.toggled.connect(lambda on: self._switch(name, box.text(), on))
        layout.addWidget(box)
        return box

    def _switch(self, name: str, label: str, on: bool) -> None:
        """A box ticked or unticked: one step Edit › Undo can take back."""
        what = self.tr("Show “{}”") if on else self.tr("Hide “{}”")
        self.undo.push(LayerSwitch(self.undo, name, on, what.format(label.replace("&", ""))))

    def bind(self, state: ViewState) -> None:
        """Tick the boxes of the layers the model shows, now and whenever they change."""
        state.layers_changed.connect(self._on_layers_changed)
        self._on_layers_changed(state.hidden_kinds, state.hidden_base)

    def _on_layers_changed(self, kinds: frozenset[str], base: frozenset[str]) -> None:
        for hidden, boxes in ((kinds, self.kind_boxes), (base, self.base_boxes)):
            for name, box in boxes.items():
                with QSignalBlocker(box):
                    box.setChecked(name not in hidden)


class ScanRow(QWidget):
    """One of the user's map scans: its name, an opacity slider and an over/under box, which
    show the model's look of it and change it through :func:`commands.set_raster_look`."""

    def __init__(self, raster: MapRaster, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = raster.id
        name = QLabel(raster.title)
        name.setWordWrap(True)
        name.setToolTip("\n".join(filter(None, (str(raster.path), raster.dates_text))))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setAccessibleName(self.tr("Opacity of {}").format(raster.title))
        self.slider.setToolTip(self.tr("Opacity"))
        self.over_box = QCheckBox(self.tr("Over the historical features"))
        self.slider.valueChanged.connect(
            lambda value: commands.set_raster_look(state, self._id, opacity=value / 100)
        )
        self.over_box.toggled.connect(lambda on: commands.set_raster_look(state, self._id, over=on))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        for widget in (name, self.slider, self.over_box):
            layout.addWidget(widget)
        self.bind(state)

    def bind(self, state: ViewState) -> None:
        """Show the model's look of the scan, now and whenever it changes."""
        state.raster_look_changed.connect(self._on_look_changed)
        self._on_look_changed(self._id, state.raster_look(self._id))

    def _on_look_changed(self, raster_id: str, look: RasterLook) -> None:
        if raster_id != self._id:
            return
        with QSignalBlocker(self.slider), QSignalBlocker(self.over_box):
            self.slider.setValue(round(look.opacity * 100))
            self.over_box.setChecked(look.over)
