"""Rows drawn as cards: one delegate and one list view, for events and territories alike.

A card is a category or feature colour bar, a small detail line (the date with its
precision, or a size), an optional badge ("disputed date"), and the title in the current
language. What a card shows comes from item-data roles, so the event list and the compare
view fill the same cards from their own models; no widget per row.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

# What a card shows, as item-data roles, so the same delegate draws events and territories.
ID_ROLE = Qt.ItemDataRole.UserRole  # the event or territory id; none on a group header
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 1  # tinted: the events of the current month
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # the small line above the title (the date)
BADGE_ROLE = Qt.ItemDataRole.UserRole + 3  # small, right-aligned ("disputed date", a size)
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 4  # the bar on the left (category or feature colour)
EMPHASIS_ROLE = Qt.ItemDataRole.UserRole + 5  # bold title (major events)
HEADER_ROLE = Qt.ItemDataRole.UserRole + 6  # a group header: coloured bold text, no card
CARD_ROLES = (
    Qt.ItemDataRole.DisplayRole, CURRENT_ROLE, DETAIL_ROLE, BADGE_ROLE, COLOUR_ROLE,
    EMPHASIS_ROLE, HEADER_ROLE,
)  # fmt: skip
"""Everything a card's picture depends on."""


CURRENT_BACKGROUND = "#fbefc3"
SELECTED_BACKGROUND = "#d6e4f0"
MUTED_TEXT = "#5d5a52"
DISPUTED = "#a34700"
SEPARATOR = "#e4dfd3"
HEADER_BACKGROUND = "#f1eee6"
FOCUS_RING = "#0072b2"
"""The ring round the card the keyboard is on (Okabe–Ito blue, as in the style sheet)."""
FOCUS_WIDTH = 2


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is right-to-left (Persian)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class CardDelegate(QStyledItemDelegate):
    """Paints a row as a card: colour bar, small detail line with a badge, wrapped title."""

    PAD, BAR, GAP = 6, 5, 10

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._width = 0
        self._heights: dict[tuple[str, bool, bool], int] = {}

    @staticmethod
    def _fonts(
        option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.88)
        title = QFont(option.font)
        title.setBold(bool(index.data(EMPHASIS_ROLE) or index.data(HEADER_ROLE)))
        return small, title

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Wrapped height, memoised per text and width: the view asks on every repaint."""
        width = self.text_width(self._view.viewport().width())
        if width != self._width:
            self._width, self._heights = width, {}
        header = bool(index.data(HEADER_ROLE))
        key = (index.data(), bool(index.data(EMPHASIS_ROLE)), header)
        if key not in self._heights:
            small, title = self._fonts(option, index)
            wrapped = QFontMetrics(title).boundingRect(
                QRect(0, 0, max(width, 80), 10_000), Qt.TextFlag.TextWordWrap, key[0]
            )
            detail = 0 if header else QFontMetrics(small).height() + 3
            self._heights[key] = 2 * self.PAD + detail + wrapped.height()
        return QSize(width, self._heights[key])

    def text_width(self, card_width: int) -> int:
        """The width a card's text wraps in, measured and painted alike (painted 1 px
        narrower, a title that just fitted wrapped and lost its second line)."""
        return card_width - self.BAR - 2 * self.GAP

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Replay the card from a picture drawn once per look: laying out the wrapped text of
        a dozen cards cost ~6 ms each time the list scrolled while scrubbing (measured)."""
        ratio = painter.device().devicePixelRatioF()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        look = (
            *(index.data(role) for role in CARD_ROLES),
            selected,
            self.has_keyboard_focus(option),
            option.rect.width(),
            option.rect.height(),
            ratio,
            option.font.key(),
        )
        key = f"card:{look}"
        # The stubs type the static find(str) as an instance method returning None; at run
        # time it returns the cached pixmap or None.
        card: QPixmap | None = QPixmapCache.find(key)  # type: ignore[call-overload]
        if card is None:
            card = QPixmap(option.rect.size() * ratio)
            card.setDevicePixelRatio(ratio)
            card.fill(option.palette.color(option.palette.ColorRole.Base))
            on_card = QStyleOptionViewItem(option)
            on_card.rect = QRect(QPoint(0, 0), option.rect.size())
            card_painter = QPainter(card)
            try:
                self._paint_card(card_painter, on_card, index)
            finally:
                card_painter.end()
            QPixmapCache.insert(key, card)
        painter.drawPixmap(option.rect.topLeft(), card)

    def has_keyboard_focus(self, option: QStyleOptionViewItem) -> bool:
        """Whether the card is the one the keyboard is on: the view has focus and the card
        is its current row (Qt marks only that one State_HasFocus)."""
        return bool(option.state & QStyle.StateFlag.State_HasFocus) and self._view.hasFocus()

    def _paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        small, title = self._fonts(option, index)
        rect, colour = option.rect, QColor(index.data(COLOUR_ROLE) or MUTED_TEXT)
        left = rect.left() + self.BAR + self.GAP
        text_rect = QRect(left, rect.top() + self.PAD, self.text_width(rect.width()), 0)
        text_rect.setBottom(rect.bottom() - self.PAD)
        painter.save()
        if index.data(HEADER_ROLE):
            painter.fillRect(rect, QColor(HEADER_BACKGROUND))
            painter.setFont(title)
            painter.setPen(colour)
            painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, index.data())
            self._paint_focus(painter, option)
            painter.restore()
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(SELECTED_BACKGROUND))
        elif index.data(CURRENT_ROLE):
            painter.fillRect(rect, QColor(CURRENT_BACKGROUND))
        painter.fillRect(QRect(rect.left(), rect.top() + 1, self.BAR, rect.height() - 2), colour)
        painter.setPen(QPen(QColor(SEPARATOR), 0))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setFont(small)
        top, metrics = Qt.AlignmentFlag.AlignTop, QFontMetrics(small)
        room = text_rect.width()
        if badge := index.data(BADGE_ROLE):
            painter.setPen(QColor(DISPUTED if badge.startswith("disputed") else MUTED_TEXT))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | top, badge)
            room -= metrics.horizontalAdvance(badge) + self.GAP
        detail = metrics.elidedText(index.data(DETAIL_ROLE), Qt.TextElideMode.ElideRight, room)
        painter.setPen(QColor(MUTED_TEXT))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | top, detail)
        painter.setFont(title)
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        text = index.data()
        text_rect.setTop(text_rect.top() + metrics.height() + 3)
        side = Qt.AlignmentFlag.AlignRight if is_right_to_left(text) else Qt.AlignmentFlag.AlignLeft
        painter.drawText(text_rect, side | top | Qt.TextFlag.TextWordWrap, text)
        self._paint_focus(painter, option)
        painter.restore()

    def _paint_focus(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        """A clear ring round the card the keyboard is on, for those who tab and never click."""
        if self.has_keyboard_focus(option):
            half = FOCUS_WIDTH // 2
            ring = option.rect.adjusted(half, half, -half - 1, -half - 1)
            painter.setPen(QPen(QColor(FOCUS_RING), FOCUS_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(ring)


BATCH = 40
"""Cards measured per turn of the event loop."""


class CardView(QListView):
    """A list drawn as cards by :class:`CardDelegate`; Enter acts like a click."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap titles when the dock resizes
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Laid out a batch at a time between events: measuring 200 wrapped cards (3 times,
        # as the dock settles its width) held the first paint ~0.1 s (measured).
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        """Tabbed into, the list puts its ring on the first card in view if none is current,
        without choosing it: the arrows then move the ring and Enter opens the card."""
        if not self.currentIndex().isValid() and self.model().rowCount() > 0:
            first = self.indexAt(QPoint(self.viewport().width() // 2, 1))
            if not first.isValid():
                first = self.model().index(0, 0)
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.clicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
