"""A layout that wraps its widgets onto more lines when narrow, as words wrap in a paragraph.

The event list's seven category chips in one row made the dock at least 330 px wide; wrapped,
the dock narrows to a chip's width and the map keeps the space on a small screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to a new line when the next does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        height = self._arrange(rect, place=True)
        owner = self.parentWidget()
        if owner is not None and owner.minimumHeight() != height:
            # A box layout squeezes its items to their minimum, not their height for the
            # width: the owner asks for the lines it has, so no chip is drawn over the next
            # widget when the dock is short.
            owner.setMinimumHeight(height)

    def sizeHint(self) -> QSize:
        """All on one line, as wide as the widgets want."""
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._spacing * max(len(self._items) - 1, 0)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the widest widget: the rest wraps."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def line_count(self, width: int, hints: Sequence[QSize] | None = None) -> int:
        """How many lines the items take in *width*, at their size hints or at *hints*."""
        hints = [i.sizeHint() for i in self._items] if hints is None else hints
        return len({spot.y() for spot in self._spots(QRect(0, 0, width, 0), hints)})

    def _spots(self, rect: QRect, hints: Sequence[QSize]) -> list[QPoint]:
        """Where items of sizes *hints* go in *rect*, left to right, wrapping."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        spots = []
        for hint in hints:
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            spots.append(QPoint(x, y))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return spots

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in *rect* (or only measure); the height they take."""
        hints = [i.sizeHint() for i in self._items]
        spots = self._spots(rect, hints)
        if place:
            for item, spot, hint in zip(self._items, spots, hints, strict=True):
                item.setGeometry(QRect(spot, hint))
        bottom = max((s.y() + h.height() for s, h in zip(spots, hints, strict=True)), default=0)
        top = rect.y() + self.contentsMargins().top()
        return max(bottom, top) - rect.y() + self.contentsMargins().bottom()


def flow_policy(widget: QWidget) -> None:
    """A container of a flow layout grows in height as its line count does."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)
