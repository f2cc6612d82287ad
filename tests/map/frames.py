"""Following the map a turn of the event loop at a time: which turn painted it, and in which
turn the work that waits for its frames ran (the date's picture, the labels' layout)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QWidget

MAX_TURNS = 100_000
"""Turns run before a test gives up: a frame not painted waits out a timer, and a turn that
finds nothing due returns at once."""


class Paints(QObject):
    """The regions a widget is asked to paint, as Qt delivers them."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.regions: list[QRegion] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False


class Turns(Paints):
    """What happened in which turn: "paint" for each paint of *widget*, and what a test
    marks (:meth:`mark`), each with the number of the turn it happened in."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.turn = 0
        self.log: list[tuple[str, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.mark("paint")
        return super().eventFilter(watched, event)

    def mark(self, what: str) -> None:
        self.log.append((what, self.turn))

    def run_until(self, done: Callable[[], bool]) -> None:
        """Run the event loop one turn at a time until *done*."""
        while not done():
            assert self.turn < MAX_TURNS, self.log
            self.turn += 1
            QApplication.processEvents()

    def turns_of(self, what: str) -> list[int]:
        """The turns in which *what* happened, in order (turn 0: before the loop ran)."""
        return [turn for entry, turn in self.log if entry == what]
