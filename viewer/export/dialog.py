"""File › Export…: the export dialog with a live preview, and Edit › Copy map.

The dialog takes a frame of what the user is looking at (date, language, view, layers,
selection) when it opens, and its form only builds an export request around that frame: the
request checks itself and goes to the same pipeline as ``python -m viewer export``, so a
picture from the window and one from a script are the same picture, refused for the same
reasons in the same words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
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
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from viewer.core.atlas import SPAN, Atlas
from viewer.core.atomic import WriteError
from viewer.core.export_options import FPS_RANGE, LOGICAL_DPI, SIDE_RANGE
from viewer.core.export_request import ANIMATION_FORMATS, Animation, ExportRequest, Furniture, Page
from viewer.core.state import ViewState, add_months
from viewer.core.wording import digits, tr_noop, translate
from viewer.export.animation import ExportCancelledError
from viewer.export.pipeline import export
from viewer.export.snapshot import SnapshotRenderer

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
PREVIEW_WIDTH = 440
PREVIEW_DELAY_MS = 120
CLIPBOARD_SIZE = (1920, 1080)


def copy_map_to_clipboard(
    atlas: Atlas, state: ViewState, renderer: SnapshotRenderer | None = None
) -> QImage:
    """Put a slide of the current view (title, legend, credits) on the clipboard; return it."""
    request = ExportRequest(state.frame(), Page.for_pixels(*CLIPBOARD_SIZE))
    own = renderer is None
    renderer = renderer or SnapshotRenderer(atlas)
    try:
        image = renderer.image(request)
    finally:
        if own:
            renderer.close()
    QGuiApplication.clipboard().setImage(image)
    return image


class ExportDialog(QDialog):
    """Choose format, size, area and furniture; preview; write the file or copy the picture.

    Parameters
    ----------
    atlas, state
        The data and the map model, whose frame (date, language, area, layers, highlights) the
        export shows: what the window shows, by construction.
    renderer
        A renderer to share (the window may keep one); otherwise the dialog makes its own.

    Signals
    -------
    exported(str)
        A file was written (its path).
    frameRendered(int, int)
        An animation frame was written: (frames done, frames in all).
    """

    exported = Signal(str)
    frameRendered = Signal(int, int)

    def __init__(
        self,
        atlas: Atlas,
        state: ViewState,
        renderer: SnapshotRenderer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map"))
        self.atlas = atlas
        self._frame = state.frame()
        self._language = state.language
        self._own_renderer = renderer is None
        self.renderer = renderer or SnapshotRenderer(atlas)
        self.progress: QProgressDialog | None = None
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._build(state.date)
        self.finished.connect(self._on_finished)
        self._on_format_changed()
        self.update_preview()

    # ------------------------------------------------------------------ building
    def _words(self, text: str) -> str:
        """A label from :data:`FORMATS`, :data:`PRESETS` or :data:`TOGGLES`, translated."""
        return translate("ExportDialog", text, self._language)

    def _build(self, day: dt.date) -> None:
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
            box.setSuffix(self.tr(" px"))
            box.setEnabled(False)
            box.valueChanged.connect(self._schedule_preview)
        size_row = QHBoxLayout()
        size_row.addWidget(self.preset_box, stretch=1)
        size_row.addWidget(self.width_box)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_box)

        self.current_view = QRadioButton(self.tr("Current view"))
        self.current_view.setChecked(True)
        self.whole_region = QRadioButton(self.tr("Whole region"))
        self._area = QButtonGroup(self)
        area_row = QHBoxLayout()
        for button in (self.current_view, self.whole_region):
            self._area.addButton(button)
            area_row.addWidget(button)
        area_row.addStretch(1)
        self._area.buttonToggled.connect(self._schedule_preview)

        self.toggles: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, (field, label) in enumerate(TOGGLES.items()):
            toggle = QCheckBox(self._words(label))
            toggle.setChecked(True)
            toggle.toggled.connect(self._schedule_preview)
            grid.addWidget(toggle, n // 3, n % 3)
            self.toggles[field] = toggle
        self.title_edit = QLineEdit()
        self.title_edit.textChanged.connect(self._schedule_preview)

        self.animation_box = QGroupBox(self.tr("Animation"))
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, initial in ((self.from_edit, add_months(day, -24)), (self.to_edit, day)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDateRange(*(QDate(d.year, d.month, d.day) for d in SPAN))
            edit.setDate(QDate(initial.year, initial.month, initial.day))
            edit.dateChanged.connect(self._on_span_changed)
        self.step_box = QComboBox()
        self.step_box.addItem(self.tr("a month"), "month")
        self.step_box.addItem(self.tr("a year"), "year")
        self.step_box.currentIndexChanged.connect(self._on_span_changed)
        self.fps_box = QDoubleSpinBox(value=4.0, decimals=1)
        self.fps_box.setRange(*FPS_RANGE)
        self.fps_box.setSuffix(self.tr(" frames/s"))
        self.fps_box.valueChanged.connect(self._on_span_changed)
        self.frames_label = QLabel()
        animation = QFormLayout(self.animation_box)
        animation.addRow(self.tr("From"), self.from_edit)
        animation.addRow(self.tr("To"), self.to_edit)
        animation.addRow(self.tr("One frame every"), self.step_box)
        animation.addRow(self.tr("Speed"), self.fps_box)
        animation.addRow("", self.frames_label)

        self.path_edit = QLineEdit(placeholderText=self.tr("Choose where to save…"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, stretch=1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Size"), size_row)
        form.addRow(self.tr("Area"), area_row)
        form.addRow(self.tr("Show"), grid)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.animation_box)
        form.addRow(self.tr("Save as"), path_row)

        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 0.75))
        self.preview.setStyleSheet("background: #e9e6de; border: 1px solid #d3cab6;")
        self.size_label = QLabel()
        self.status = QLabel(wordWrap=True)
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.size_label)
        right.addWidget(self.status)
        right.addStretch(1)

        self.copy_button = QPushButton(self.tr("Copy to clipboard"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.export_button = QPushButton(self.tr("Export"), default=True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.export_button)

        columns = QHBoxLayout()
        columns.addLayout(form, stretch=1)
        columns.addSpacing(12)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ options
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
        self.copy_button.setEnabled(not self.animated)
        text = self.path_edit.text().strip()
        if text:
            with QSignalBlocker(self.path_edit):
                self.path_edit.setText(str(Path(text).with_suffix(f".{self.format}")))
        self._on_span_changed()

    def _on_preset_changed(self) -> None:
        custom = self.preset_box.currentData() is None
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        self._schedule_preview()

    def _on_span_changed(self) -> None:
        request = self.request()
        if request.animation is not None:
            frames = len(request.animation.dates)
            seconds = digits(f"{frames / request.animation.fps:.1f}", self._language)
            self.frames_label.setText(self.tr("%n frame(s), {} s", "", frames).format(seconds))
        self.title_edit.setPlaceholderText(replace(request, furniture=Furniture()).title_text)
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        request = self.request()
        self.size_label.setText(_size_text(request))
        self.status.setText(request.problem() or "")
        self._preview_timer.start()  # restarts: a burst of edits makes one preview

    def update_preview(self) -> None:
        """Render a thumbnail of what will be written (an animation's first frame)."""
        self._preview_timer.stop()
        request = self.request()
        if request.animation is not None and not request.animation.dates:
            self.preview.setText(request.problem() or "")
            return
        page = request.page
        ratio = self.devicePixelRatioF()  # sharp on a high-DPI screen
        fit = min(PREVIEW_WIDTH / page.size[0], PREVIEW_WIDTH * 0.75 / page.size[1])
        thumbnail = replace(request, page=replace(page, scale=fit * ratio))
        pixmap = QPixmap.fromImage(self.renderer.image(thumbnail))
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)

    # ------------------------------------------------------------------ actions
    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export map"),
            self.path_edit.text() or f"caspian-atlas.{self.format}",
            f"{self._words(FORMATS[self.format])} (*.{self.format})",
            options=QFileDialog.Option.DontConfirmOverwrite,  # export() asks, once
        )
        if path:
            self.path_edit.setText(path)

    def export(self) -> Path | None:
        """Write the file named in the form; return its path, or None if nothing was written."""
        text = self.path_edit.text().strip()
        if not text:
            self.browse()
            text = self.path_edit.text().strip()
            if not text:
                return None
        path = Path(text).expanduser()
        if path.suffix.lower() != f".{self.format}":
            path = path.with_name(f"{path.name}.{self.format}")
        if path.exists() and not self._confirm_overwrite(path):
            return None
        request = self.request()
        try:
            if request.animation is not None:
                self._export_animation(request, path)
            else:
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    export(self.atlas, request, path, renderer=self.renderer)
                finally:
                    QGuiApplication.restoreOverrideCursor()
        except ExportCancelledError:
            self.status.setText(self.tr("Export cancelled; nothing was written."))
            return None
        except (WriteError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            self.status.setText(str(exc))
            return None
        self.status.setText(self.tr("Saved {}").format(path))
        self.exported.emit(str(path))
        return path

    def _confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace file?"),
            self.tr("{} already exists in {}. Replace it?").format(path.name, path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _export_animation(self, request: ExportRequest, path: Path) -> None:
        request.check()  # before the progress dialog shows
        frames = len(list(request.frames()))
        self.progress = QProgressDialog(
            self.tr("Rendering frames…"), self.tr("Cancel"), 0, frames, self
        )
        self.progress.setWindowTitle(self.tr("Exporting animation"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        try:
            export(self.atlas, request, path, self._on_frame, self.renderer)
        finally:
            self.progress.close()
            self.progress = None

    def _on_frame(self, done: int, total: int) -> bool:
        assert self.progress is not None
        self.progress.setLabelText(f"Rendering frame {done} of {total}…")
        self.progress.setValue(done)  # a modal progress dialog processes events: Cancel works
        self.frameRendered.emit(done, total)
        return not self.progress.wasCanceled()

    def copy_to_clipboard(self) -> QImage:
        """Put the picture the form describes on the clipboard."""
        image = self.renderer.image(self.request())
        QGuiApplication.clipboard().setImage(image)
        self.status.setText("Copied to the clipboard.")
        return image

    def _on_finished(self) -> None:
        self._preview_timer.stop()
        if self._own_renderer:
            self.renderer.close()


def _size_text(request: ExportRequest) -> str:
    """The size the form describes: a page in millimetres, or pixels and their resolution."""
    page, language = request.page, request.frame.language
    if request.format in ("svg", "pdf"):
        width, height = (round(side / LOGICAL_DPI * 25.4) for side in page.size)
        text = QCoreApplication.translate("ExportDialog", "Page {} × {} mm").format(width, height)
    else:
        width, height = page.pixel_size
        text = QCoreApplication.translate("ExportDialog", "{} × {} pixels, {} dpi").format(
            width, height, f"{page.dpi:g}"
        )
    return digits(text, language)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
