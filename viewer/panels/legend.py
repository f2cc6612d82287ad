"""The legend of what the map draws at the current date, each row with the map's own swatch."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QColor, QHelpEvent, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from events.model import Source
from geodata.dataset import TerritoryDataset
from geodata.model import Territory
from geodata.rasters import MapRaster
from viewer.core.describe import area_text, marked_name, validity_text
from viewer.core.state import ViewState
from viewer.core.style import (
    ORIENTATION_LAYERS,
    SCAN_LABEL,
    SCAN_STYLE,
    FeatureStyle,
    territory_style,
)
from viewer.core.visibility import orientation_shown, shown_rasters, shown_territories
from viewer.core.wording import translate
from viewer.map.layer_items import brush_for, pen_for

SWATCH = QSize(30, 16)
LINE_KINDS = ("sea_line", "land_boundary")


def swatch(style: FeatureStyle, line: bool, ratio: float = 2.0) -> QIcon:
    """A small picture of how a feature is drawn: a filled box, or a line."""
    pixmap = QPixmap(SWATCH * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, SWATCH.width(), SWATCH.height()), QColor("#faf7ee"))
        pen: QPen = pen_for(style)
        pen.setCosmetic(False)
        if line:
            painter.setPen(pen)
            mid = SWATCH.height() / 2
            painter.drawLine(QPointF(2, mid), QPointF(SWATCH.width() - 2, mid))
        else:
            painter.setPen(pen)
            painter.setBrush(brush_for(style))
            painter.drawRect(QRectF(2, 2, SWATCH.width() - 4, SWATCH.height() - 4))
    finally:
        painter.end()
    return QIcon(pixmap)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Each run of consecutive numbers in ascending *rows*, as its first and its length."""
    runs, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i] != rows[i - 1] + 1:
            runs.append((rows[start], i - start))
            start = i
    return runs


MEASURES_KEPT = 2
"""Widths whose sizes are kept: the list's layout asks at one, and Qt may ask at another."""


class _KeptSizes(QStyledItemDelegate):
    """Each row's size, measured once per text at the list's width: the list lays every row
    out again whenever rows come or go, and at 100x (~4,000 rows) measuring each wrapped name
    anew took 31 ms of CPU a date change in all, looking it up 25 (measured, busy machine).

    Every row has a swatch of the list's icon size, so a text's size is the same in any row.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # by the rows' width and their swatch's, then by text: one per name shown
        self._sizes: dict[tuple[int, int], dict[str, QSize]] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        measure = (option.rect.width(), option.decorationSize.width())
        sizes = self._sizes.get(measure)
        if sizes is None:
            if len(self._sizes) >= MEASURES_KEPT:
                self.forget()  # a list being resized: sizes at older widths are not asked again
            sizes = self._sizes[measure] = {}
        text = index.data()
        size = sizes.get(text)
        if size is None:
            size = sizes[text] = super().sizeHint(option, index)
        return size

    def forget(self) -> None:
        """Measure every row anew: the font or the style changed."""
        self._sizes.clear()


class LegendList(QListWidget):
    """Lists the historical features drawn now; only the rows that came or went change.
    Under them, the user's map scans drawn, then today's borders and provinces while they are
    drawn, named as such.
    Features are named in the state's language, and renamed when it changes.

    With a hundred copies of the data ~4,000 rows are listed and a date change swaps a few
    dozen to all of them: rows come and go a run of neighbours at a time (:meth:`show_ids`).
    A date's rows change after the change's frame, never in it (at 100x they took ~2 of its
    ~15 ms CPU, measured): in the next turn of the event loop, or when the map shows the
    date's picture (:meth:`follow`); a later date coming first, only its rows are listed.
    Other changes (layers, scans) list theirs at once. :meth:`apply_rows` lists what is due
    now.
    """

    def __init__(
        self,
        dataset: TerritoryDataset,
        state: ViewState,
        sources: Mapping[str, Source] | None = None,
        rasters: Sequence[MapRaster] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sources = sources
        self._rasters = tuple(rasters)
        self._territories = tuple(dataset)
        self._order = {t.id: i for i, t in enumerate(dataset)}
        self._icons: dict[tuple[FeatureStyle, str], QIcon] = {}  # one per look, made lazily
        self._swatches: dict[int, QIcon] = {}  # each feature's look, by position: one per row
        self._rows: list[int] = []  # the shown features' positions in the data, ascending
        self._sizes = _KeptSizes(self)
        self.setItemDelegate(self._sizes)
        self.setIconSize(SWATCH)
        self.setWordWrap(True)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Legend"))
        # Rows are laid out a batch at a time, the visible ones first: with ten times the
        # data (167 rows) a change of the set cost 10 ms instead of 13 (measured). Batches of
        # 100 cost 100x data 15% less CPU in all, but put the whole real legend (~40 rows) in
        # the change's frame: its sum over a real-data scrub rose by half (measured).
        self.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.setBatchSize(20)
        self._dataset = dataset
        self._tail: tuple[tuple[str, ...], ...] | None = None  # the scans and base layers listed
        self._ids: frozenset[str] | None = None  # the features listed now
        self._rows_due = False  # a date's rows wait for the next turn or the map's picture
        self._rows_timer = QTimer(self, singleShot=True, interval=0)  # the next turn...
        self._rows_timer.timeout.connect(self.apply_rows)
        self._follows = False  # ...or a signal that the date's picture is shown
        self.bind(state)

    def bind(self, state: ViewState) -> None:
        """List what :mod:`viewer.core.visibility` says the map draws for the model."""
        state.language_changed.connect(self._on_language_changed)
        state.date_changed.connect(self._on_date_changed)
        state.layers_changed.connect(self._on_shown_changed)
        state.raster_look_changed.connect(self._on_shown_changed)
        self._on_shown_changed()

    def follow(self, picture_shown: SignalInstance) -> None:
        """List a date's rows when *picture_shown* says its picture is on screen (the map's
        :attr:`~viewer.map.map_view.MapView.pictureShown`), not in the next turn."""
        self._follows = True
        picture_shown.connect(self.apply_rows)

    def _on_date_changed(self, *_: object) -> None:
        self._rows_due = True
        if not self._follows:
            self._rows_timer.start()

    def apply_rows(self) -> None:
        """List the rows of the date now, if they wait (before reading the legend)."""
        if self._rows_due:
            self._on_shown_changed()

    def _on_shown_changed(self, *_: object) -> None:
        self._rows_due = False
        self._rows_timer.stop()
        state = self._state
        self.show_ids(shown_territories(self._dataset, state.day, state.hidden_kinds))
        self.show_tail(
            shown_rasters(self._rasters, state.day, state.raster_look),
            orientation_shown(state.hidden_base),
        )

    def show_ids(self, ids: frozenset[str]) -> None:
        if ids == self._ids:
            return  # most date changes: the same features, often the very same set
        before, self._ids = self._ids or frozenset(), ids
        order = self._order  # only the features that came or went
        self._take(sorted(order[i] for i in before - ids))
        self._put(sorted(order[i] for i in ids - before))

    def _take(self, gone: list[int]) -> None:
        """Take away the rows of the features at positions *gone* (ascending), each run of
        neighbouring rows in one call: at 100x the jump from 1946 to 1800 takes ~4,000 rows,
        one by one they cost 17-24 ms of its CPU, in runs 5 (measured on a busy machine)."""
        rows, model = self._rows, self.model()
        for first, count in reversed(_runs([bisect.bisect_left(rows, p) for p in gone])):
            del rows[first : first + count]
            model.removeRows(first, count)

    def _put(self, came: list[int]) -> None:
        """List the features at positions *came* (ascending) in the data's order, each run
        of neighbouring rows named in one call."""
        rows = self._rows
        placed = [bisect.bisect_left(rows, p) + n for n, p in enumerate(came)]
        language, item, start = self._state.language, self.item, 0
        for first, count in _runs(placed):
            positions = came[start : start + count]
            start += count
            rows[first:first] = positions
            self.insertItems(
                first, [marked_name(self._territories[p], language) for p in positions]
            )
            for row, position in enumerate(positions, first):
                row_item = item(row)
                row_item.setIcon(self._swatch(position))
                row_item.setData(Qt.ItemDataRole.UserRole, self._territories[position].id)

    def _on_language_changed(self, language: str) -> None:
        for row, position in enumerate(self._rows):
            self.item(row).setText(marked_name(self._territories[position], language))
        if self._tail is not None:
            scans, layers = self._tail
            self._tail = None
            self.show_tail(scans, layers)

    def show_tail(self, scans: tuple[str, ...], layers: tuple[str, ...]) -> None:
        """List the user's map *scans* drawn (by id), then the base layers of today's map
        drawn for orientation, after the features."""
        if (scans, layers) == self._tail:
            return  # as it was: most date changes
        self._tail = (scans, layers)
        while self.count() > len(self._rows):
            self.takeItem(len(self._rows))
        label = translate("Kinds", SCAN_LABEL, self._state.language)
        for raster in (r for r in self._rasters if r.id in scans):
            item = QListWidgetItem(swatch(SCAN_STYLE, line=False), label.format(raster.title))
            item.setToolTip("\n".join(filter(None, (str(raster.path), raster.dates_text))))
            item.setData(Qt.ItemDataRole.UserRole, f"scan:{raster.id}")
            self.addItem(item)
        for name in layers:
            label, look = ORIENTATION_LAYERS[name]
            label = translate("Kinds", label, self._state.language)
            item = QListWidgetItem(swatch(look, line=True), label)
            item.setToolTip(
                self.tr("Today's lines, drawn at every date so that places can be found")
            )
            item.setData(Qt.ItemDataRole.UserRole, f"base:{name}")
            self.addItem(item)

    def _swatch(self, position: int) -> QIcon:
        """A feature's swatch: made once per look, kept per feature. The tooltip is made when
        asked for (:meth:`viewportEvent`): at 100x a date change adds ~50 rows, and their
        tooltips and looks made up front took 4 ms of its frame (measured)."""
        icon = self._swatches.get(position)
        if icon is None:
            territory = self._territories[position]
            style = territory_style(territory)
            icon = self._icons.get((style, territory.kind))
            if icon is None:
                icon = swatch(style, territory.kind in LINE_KINDS)
                self._icons[(style, territory.kind)] = icon
            self._swatches[position] = icon
        return icon

    def changeEvent(self, event: QEvent) -> None:
        """Rows kept at their sizes are measured anew in another font or style."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._sizes.forget()
        super().changeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """Give a feature's row its tooltip, in the language of the moment, as it is asked."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.itemAt(event.pos())
            if item is not None and self.row(item) < len(self._rows):
                item.setToolTip(self._tooltip(self._territories[self._rows[self.row(item)]]))
        return super().viewportEvent(event)

    def _tooltip(self, territory: Territory) -> str:
        language = self._state.language
        lines = [validity_text(territory, language), territory.construction]
        lines.append(self.tr("Boundary: {}").format(territory.boundary_precision))
        area = area_text(territory, self._sources, language)
        if area:
            lines.append(self.tr("Area: {}").format(area))
        return "\n".join(lines)

    @property
    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
