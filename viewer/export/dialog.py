"""File › Export…: the export dialog with a live preview, and Edit › Copy map.

The dialog takes a frame of what the user is looking at (date, language, view, layers,
selection) when it opens, and its form (:mod:`viewer.export.form`) only builds an export
request around that frame: the request checks itself and goes to the same pipeline as
``python -m viewer export``, so a picture from the window and one from a script are the same
picture, refused for the same reasons in the same words. This module previews the request and
writes it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.atlas import Atlas
from viewer.core.atomic import WriteError
from viewer.core.export_options import LOGICAL_DPI
from viewer.core.export_request import ExportRequest, Page
from viewer.core.state import ViewState
from viewer.core.wording import digits
from viewer.export.animation import ExportCancelledError
from viewer.export.form import ExportForm
from viewer.export.pipeline import export
from viewer.export.snapshot import SnapshotRenderer

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


class ExportDialog(ExportForm):
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
        super().__init__(state, parent)
        self.setWindowTitle(self.tr("Export map"))
        self.atlas = atlas
        self._own_renderer = renderer is None
        self.renderer = renderer or SnapshotRenderer(atlas)
        self.progress: QProgressDialog | None = None
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._lay_out()
        self.requestChanged.connect(self._on_request_changed)
        self.finished.connect(self._on_finished)
        self._on_format_changed()
        self.update_preview()

    def _lay_out(self) -> None:
        """The form on the left, the preview on the right, the buttons under both."""
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
        columns.addLayout(self.fields, stretch=1)
        columns.addSpacing(12)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ the preview
    def _on_request_changed(self) -> None:
        request = self.request()
        self.copy_button.setEnabled(not self.animated)
        self.size_label.setText(_size_text(request))
        self.status.setText(request.problem(self._language) or "")
        self._preview_timer.start()  # restarts: a burst of edits makes one preview

    def update_preview(self) -> None:
        """Render a thumbnail of what will be written (an animation's first frame)."""
        self._preview_timer.stop()
        request = self.request()
        if request.animation is not None and not request.animation.dates:
            self.preview.setText(request.problem(self._language) or "")
            return
        page = request.page
        ratio = self.devicePixelRatioF()  # sharp on a high-DPI screen
        fit = min(PREVIEW_WIDTH / page.size[0], PREVIEW_WIDTH * 0.75 / page.size[1])
        thumbnail = replace(request, page=replace(page, scale=fit * ratio))
        pixmap = QPixmap.fromImage(self.renderer.image(thumbnail))
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)

    # ------------------------------------------------------------------ actions
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
            message = exc.message(self._language) if isinstance(exc, WriteError) else str(exc)
            QMessageBox.warning(self, self.tr("Export failed"), message)
            self.status.setText(message)
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
        request.check(self._language)  # before the progress dialog shows
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
        text = self.tr("Rendering frame {} of {}…").format(done, total)
        self.progress.setLabelText(digits(text, self._language))
        self.progress.setValue(done)  # a modal progress dialog processes events: Cancel works
        self.frameRendered.emit(done, total)
        return not self.progress.wasCanceled()

    def copy_to_clipboard(self) -> QImage:
        """Put the picture the form describes on the clipboard."""
        image = self.renderer.image(self.request())
        QGuiApplication.clipboard().setImage(image)
        self.status.setText(self.tr("Copied to the clipboard."))
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
