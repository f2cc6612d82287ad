"""The Layers dock's body: a box for each historical kind and base layer, and the legend.

The boxes show the model's hidden layers and switch them through
:func:`viewer.core.commands.show_layer`, each switch a step on the window's undo stack;
nothing here talks to the map. The boxes scroll, so
on a small screen the dock can be short and the legend keeps its rows.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from geodata.loading import KINDS
from viewer.core.atlas import Atlas
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
        # PySide6's stubs omit inherited Qt properties as keywords (frameShape)
        scroll: QScrollArea = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)  # type: ignore[call-arg]
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(boxes)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(boxes.sizeHint().width() + bar)  # scroll down, never clip a name
        self.legend = LegendList(atlas.history, state, atlas.sources)
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
