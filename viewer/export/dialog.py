"""File › Export…: the export dialog with a live preview, and Edit › Copy map.

The dialog reads what the user is looking at (date, language, view, layers) when it opens and
writes through the same renderer as ``python -m viewer export``, so a picture from the window
and one from a script are the same picture.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
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
from viewer.core.export_options import FPS_RANGE, SIDE_RANGE
from viewer.core.state import ViewState, add_months
from viewer.core.wording import digits, tr_noop, translate
from viewer.export.animation import AnimationOptions, ExportCancelledError, export_animation
from viewer.export.snapshot import LOGICAL_DPI, SnapshotOptions, SnapshotRenderer, export_snapshot
from viewer.map.map_view import MapView

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


def view_fields(state: ViewState, map_view: MapView) -> dict[str, object]:
    """The snapshot fields that say what the user is looking at now."""
    (x0, x1), (y0, y1) = map_view.view_box.viewRange()
    return {
        "date": state.date,
        "language": state.language,
        "extent": (x0, y0, x1, y1),
        # TerritoryLayer keeps the kinds switched off in the Layers dock privately.
        "hidden_kinds": map_view.territories.hidden_kinds,
        "hidden_base": map_view.hidden_base,
    }


def copy_map_to_clipboard(
    atlas: Atlas, state: ViewState, map_view: MapView, renderer: SnapshotRenderer | None = None
) -> QImage:
    """Put a slide of the current view (title, legend, credits) on the clipboard; return it."""
    options = SnapshotOptions.for_pixels(*CLIPBOARD_SIZE, **view_fields(state, map_view))
    own = renderer is None
    renderer = renderer or SnapshotRenderer(atlas)
    try:
        image = renderer.image(options)
    finally:
        if own:
            renderer.close()
    QGuiApplication.clipboard().setImage(image)
    return image


class ExportDialog(QDialog):
    """Choose format, size, area and furniture; preview; write the file or copy the picture.

    Parameters
    ----------
    atlas, state, map_view
        The data, the app's state and its map (read for the date, language, view and layers).
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
        map_view: MapView,
        renderer: SnapshotRenderer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map"))
        self.atlas = atlas
        self._view = view_fields(state, map_view)
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

        self.current_view = QRadioButton(self.tr("Current view"), checked=True)
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
            box = QCheckBox(self._words(label), checked=True)
            box.toggled.connect(self._schedule_preview)
            grid.addWidget(box, n // 3, n % 3)
            self.toggles[field] = box
        self.title_edit = QLineEdit()
        self.title_edit.textChanged.connect(self._schedule_preview)

        self.animation_box = QGroupBox(self.tr("Animation"))
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, value in ((self.from_edit, add_months(day, -24)), (self.to_edit, day)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDateRange(*(QDate(d.year, d.month, d.day) for d in SPAN))
            edit.setDate(QDate(value.year, value.month, value.day))
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
        return self.format_box.currentData()

    @property
    def animated(self) -> bool:
        return self.format in ("gif", "mp4")

    def snapshot_options(self) -> SnapshotOptions:
        """The options the form describes, for a snapshot (or as an animation's frame)."""
        fields = dict(self._view)
        if self.whole_region.isChecked():
            fields["extent"] = None
        fields.update({name: box.isChecked() for name, box in self.toggles.items()})
        fields["title"] = self.title_edit.text().strip() or None
        preset = self.preset_box.currentData()
        if preset is None:
            return SnapshotOptions.for_pixels(
                self.width_box.value(), self.height_box.value(), **fields
            )
        if isinstance(preset[0], str):
            return SnapshotOptions.for_paper(preset[0], preset[1], **fields)
        return SnapshotOptions.for_pixels(*preset, **fields)

    def animation_options(self) -> AnimationOptions:
        return AnimationOptions(
            self.snapshot_options(),
            self.from_edit.date().toPython(),
            self.to_edit.date().toPython(),
            self.step_box.currentData(),
            self.fps_box.value(),
        )

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
        if self.animated:
            animation = self.animation_options()
            frames = len(animation.dates)
            seconds = digits(f"{frames / animation.fps:.1f}", self._language)
            self.frames_label.setText(self.tr("%n frame(s), {} s", "", frames).format(seconds))
            self.title_edit.setPlaceholderText(animation.title)
        else:
            self.title_edit.setPlaceholderText(
                SnapshotOptions(self._view["date"], language=self._language).title_text
            )
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        self.size_label.setText(self._size_text())
        self._preview_timer.start()  # restarts: a burst of edits makes one preview

    def update_preview(self) -> None:
        """Render a thumbnail of what will be written (an animation's first frame)."""
        self._preview_timer.stop()
        options = self.snapshot_options()
        if self.animated:
            animation = self.animation_options()
            if not animation.dates:
                self.preview.setText(self.tr("The animation's start is after its end."))
                return
            options = replace(
                options,
                date=animation.start,
                title=animation.title,
                timeline=(animation.start, animation.end),
            )
        ratio = self.devicePixelRatioF()  # sharp on a high-DPI screen
        fit = min(PREVIEW_WIDTH / options.size[0], PREVIEW_WIDTH * 0.75 / options.size[1])
        pixmap = QPixmap.fromImage(self.renderer.image(replace(options, scale=fit * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)

    def _size_text(self) -> str:
        options = self.snapshot_options()
        if self.format in ("svg", "pdf"):
            width, height = (round(side / LOGICAL_DPI * 25.4) for side in options.size)
            return digits(self.tr("Page {} × {} mm").format(width, height), self._language)
        width, height = options.pixel_size
        text = self.tr("{} × {} pixels, {} dpi").format(width, height, f"{options.dpi:g}")
        return digits(text, self._language)

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
        try:
            if self.animated:
                self._export_animation(path)
            else:
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    export_snapshot(
                        self.atlas, self.snapshot_options(), path, self.format, self.renderer
                    )
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

    def _export_animation(self, path: Path) -> None:
        options = self.animation_options()
        self.progress = QProgressDialog(
            self.tr("Rendering frames…"), self.tr("Cancel"), 0, len(options.dates), self
        )
        self.progress.setWindowTitle(self.tr("Exporting animation"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        try:
            export_animation(self.atlas, options, path, self.format, self._on_frame, self.renderer)
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
        image = self.renderer.image(self.snapshot_options())
        QGuiApplication.clipboard().setImage(image)
        self.status.setText("Copied to the clipboard.")
        return image

    def _on_finished(self) -> None:
        self._preview_timer.stop()
        if self._own_renderer:
            self.renderer.close()
