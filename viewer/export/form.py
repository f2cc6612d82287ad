"""The export dialog's form: the fields that describe an export, and the request they build.

Apart from the dialog (:mod:`viewer.export.dialog`), which previews the request and writes it:
the form knows nothing of rendering or files beyond a path to name. It builds an
:class:`ExportRequest` around the frame taken when it opened; the request judges itself.

Its words are the export dialog's (the context ``ExportDialog``, named outright): the user sees
one dialog, and its translations stay together in the catalogues.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from viewer.core.atlas import SPAN
from viewer.core.export_options import FPS_RANGE, SIDE_RANGE
from viewer.core.export_request import ANIMATION_FORMATS, Animation, ExportRequest, Furniture, Page
from viewer.core.state import ViewState, add_months
from viewer.core.wording import decimal, tr_noop, translate

FORMATS = {
    "png": tr_noop("ExportDialog", "PNG image"),
    "svg": tr_noop("ExportDialog", "SVG drawing (vector)"),
    "pdf": tr_noop("ExportDialog", "PDF document (vector)"),
    "gif": tr_noop("ExportDialog", "GIF animation"),
    "mp4": tr_noop("ExportDialog", "MP4 video (H.264)"),
}
PRESETS = (
    (tr_noop("ExportDialog", "Slide, 1920 × 1080"), (1920, 1080)),
    (tr_noop("ExportDialog", "Large slide, 3840 × 2160"), (3840, 2160)),
    (tr_noop("ExportDialog", "Web, 1280 × 720"), (1280, 720)),
    (tr_noop("ExportDialog", "A4 landscape, 300 dpi"), ("a4", True)),
    (tr_noop("ExportDialog", "A4 portrait, 300 dpi"), ("a4", False)),
    (tr_noop("ExportDialog", "A3 landscape, 300 dpi"), ("a3", True)),
    (tr_noop("ExportDialog", "Custom size"), None),
)
TOGGLES = {
    "show_title": tr_noop("ExportDialog", "Title"),
    "show_date": tr_noop("ExportDialog", "Date"),
    "show_legend": tr_noop("ExportDialog", "Legend"),
    "show_scale_bar": tr_noop("ExportDialog", "Scale bar"),
    "show_north_arrow": tr_noop("ExportDialog", "North arrow"),
    "show_credits": tr_noop("ExportDialog", "Credits"),
}


class ExportForm(QDialog):
    """A dialog whose form (format, size, area, furniture, title, animation, path) builds an
    export request around the state's frame; the dialog lays :attr:`fields` out.

    The export dialog's base class rather than a widget inside it: the fields are the
    dialog's own, and the dialog adds only the preview, the buttons and the writing.

    Signals
    -------
    requestChanged()
        A field changed the request (the dialog's preview follows).
    """

    requestChanged = Signal()

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame = state.frame()
        self._language = state.language
        self.start_folder = str(Path.home())
        """Where Browse… opens; the window sets the folder last exported to."""
        self.fields = self._build(state.date)

    # ------------------------------------------------------------------ building
    def _words(self, text: str) -> str:
        """A label from :data:`FORMATS`, :data:`PRESETS` or :data:`TOGGLES`, translated."""
        return translate("ExportDialog", text, self._language)

    def _build(self, day: dt.date) -> QFormLayout:
        changed = self.requestChanged  # a signal forwards to a signal, dropping the value
        self.format_box = QComboBox()
        for key, label in FORMATS.items():
            self.format_box.addItem(self._words(label), key)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.preset_box = QComboBox()
        for label, preset in PRESETS:
            self.preset_box.addItem(self._words(label), preset)
        self.preset_box.currentIndexChanged.connect(self._on_preset_changed)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value in ((self.width_box, 1920), (self.height_box, 1080)):
            box.setRange(*SIDE_RANGE)
            box.setValue(value)
            box.setSuffix(QCoreApplication.translate("ExportDialog", " px"))
            box.setEnabled(False)
            box.valueChanged.connect(changed)
        size_row = QHBoxLayout()
        size_row.addWidget(self.preset_box, stretch=1)
        size_row.addWidget(self.width_box)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_box)

        self.current_view = QRadioButton(QCoreApplication.translate("ExportDialog", "Current view"))
        self.current_view.setChecked(True)
        self.whole_region = QRadioButton(QCoreApplication.translate("ExportDialog", "Whole region"))
        self._area = QButtonGroup(self)
        area_row = QHBoxLayout()
        for button in (self.current_view, self.whole_region):
            self._area.addButton(button)
            area_row.addWidget(button)
        area_row.addStretch(1)
        self._area.buttonToggled.connect(changed)

        self.toggles: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, (field, label) in enumerate(TOGGLES.items()):
            toggle = QCheckBox(self._words(label))
            toggle.setChecked(True)
            toggle.toggled.connect(changed)
            grid.addWidget(toggle, n // 3, n % 3)
            self.toggles[field] = toggle
        self.title_edit = QLineEdit()
        self.title_edit.textChanged.connect(changed)

        self.animation_box = QGroupBox(QCoreApplication.translate("ExportDialog", "Animation"))
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, initial in ((self.from_edit, add_months(day, -24)), (self.to_edit, day)):
            # an ISO date reads year first, left to right, in every language: a right-to-left
            # field reverses the format's sections ('۰۱-۰۲-۱۹۴۴'), so the direction comes first
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDateRange(*(QDate(d.year, d.month, d.day) for d in SPAN))
            edit.setDate(QDate(initial.year, initial.month, initial.day))
            edit.dateChanged.connect(self._on_span_changed)
        self.step_box = QComboBox()
        self.step_box.addItem(QCoreApplication.translate("ExportDialog", "a month"), "month")
        self.step_box.addItem(QCoreApplication.translate("ExportDialog", "a year"), "year")
        self.step_box.currentIndexChanged.connect(self._on_span_changed)
        self.fps_box = QDoubleSpinBox(value=4.0, decimals=1)
        self.fps_box.setRange(*FPS_RANGE)
        self.fps_box.setSuffix(QCoreApplication.translate("ExportDialog", " frames/s"))
        self.fps_box.valueChanged.connect(self._on_span_changed)
        self.frames_label = QLabel()
        animation = QFormLayout(self.animation_box)
        animation.addRow(QCoreApplication.translate("ExportDialog", "From"), self.from_edit)
        animation.addRow(QCoreApplication.translate("ExportDialog", "To"), self.to_edit)
        animation.addRow(
            QCoreApplication.translate("ExportDialog", "One frame every"), self.step_box
        )
        animation.addRow(QCoreApplication.translate("ExportDialog", "Speed"), self.fps_box)
        animation.addRow("", self.frames_label)

        self.path_edit = QLineEdit(
            placeholderText=QCoreApplication.translate("ExportDialog", "Choose where to save…")
        )
        browse = QPushButton(QCoreApplication.translate("ExportDialog", "Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, stretch=1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "Format"), self.format_box)
        form.addRow(QCoreApplication.translate("ExportDialog", "Size"), size_row)
        form.addRow(QCoreApplication.translate("ExportDialog", "Area"), area_row)
        form.addRow(QCoreApplication.translate("ExportDialog", "Show"), grid)
        form.addRow(QCoreApplication.translate("ExportDialog", "Title"), self.title_edit)
        form.addRow(self.animation_box)
        form.addRow(QCoreApplication.translate("ExportDialog", "Save as"), path_row)
        return form

    # ------------------------------------------------------------------ the request
    @property
    def format(self) -> str:
        chosen: str = self.format_box.currentData()  # each item's data is a format's name
        return chosen

    @property
    def animated(self) -> bool:
        return self.format in ANIMATION_FORMATS

    def request(self) -> ExportRequest:
        """The export request the form describes; :meth:`ExportRequest.problem` judges it."""
        frame = self._frame
        if self.whole_region.isChecked():
            frame = replace(frame, extent=None)
        animation = None
        if self.animated:
            start, end = _day(self.from_edit.date()), _day(self.to_edit.date())
            animation = Animation(start, end, self.step_box.currentData(), self.fps_box.value())
            frame = replace(frame, date=start)
        furniture = Furniture(
            title=self.title_edit.text().strip() or None,
            **{name: box.isChecked() for name, box in self.toggles.items()},
        )
        return ExportRequest(frame, self._page(), furniture, self.format, animation)

    def _page(self) -> Page:
        preset = self.preset_box.currentData()
        if preset is None:
            return Page.for_pixels(self.width_box.value(), self.height_box.value())
        if isinstance(preset[0], str):
            return Page.for_paper(preset[0], preset[1])
        return Page.for_pixels(*preset)

    # ------------------------------------------------------------------ reacting
    def _on_format_changed(self) -> None:
        self.animation_box.setEnabled(self.animated)
        text = self.path_edit.text().strip()
        if text:
            with QSignalBlocker(self.path_edit):
                self.path_edit.setText(str(Path(text).with_suffix(f".{self.format}")))
        self._on_span_changed()

    def _on_preset_changed(self) -> None:
        custom = self.preset_box.currentData() is None
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        self.requestChanged.emit()

    def _on_span_changed(self) -> None:
        request = self.request()
        if request.animation is not None:
            frames = len(request.animation.dates)
            seconds = decimal(f"{frames / request.animation.fps:.1f}", self._language)
            text = QCoreApplication.translate("ExportDialog", "%n frame(s), {} s", "", frames)
            self.frames_label.setText(text.format(seconds))
        self.title_edit.setPlaceholderText(replace(request, furniture=Furniture()).title_text)
        self.requestChanged.emit()

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ExportDialog", "Export map"),
            self.path_edit.text() or str(Path(self.start_folder) / f"caspian-atlas.{self.format}"),
            f"{self._words(FORMATS[self.format])} (*.{self.format})",
            options=QFileDialog.Option.DontConfirmOverwrite,  # the dialog's export() asks, once
        )
        if path:
            self.path_edit.setText(path)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
