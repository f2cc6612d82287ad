"""Keyboard users can reach the cards and the slides with Tab and see where they are: the
card or slide the keys are on has a ring the others lack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from geodata.dates import PartialDate
from viewer.core.story import Slide, Story
from viewer.panels.cards import FOCUS_RING


def tab_until(qtbot, window, target: QWidget, limit: int = 40) -> bool:
    """Press Tab until *target* has the focus; False if it never gets it."""
    for _ in range(limit):
        if target.hasFocus():
            return True
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    return target.hasFocus()


def row_picture(view: QAbstractItemView, row: int) -> QImage:
    rect = view.visualRect(view.model().index(row, 0))
    return view.viewport().grab(rect).toImage()


def ring_pixels(picture: QImage) -> int:
    """Pixels of the focus ring's colour in *picture* (every other colour is the card's)."""
    ring = QColor(FOCUS_RING).rgb()
    return sum(
        picture.pixel(x, y) == ring for x in range(picture.width()) for y in range(picture.height())
    )


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_tab_reaches_the_event_cards_and_rings_one_without_choosing_it(window, qtbot):
    active(qtbot, window)
    view = window.event_list.view
    selection = window.state.selection
    window.event_list.focus_search()
    assert tab_until(qtbot, window, view)
    assert view.currentIndex().isValid()  # the ring has a card to sit on
    assert view.selectedIndexes() == [] and window.state.selection == selection  # not chosen
    row = view.currentIndex().row()
    ringed = row_picture(view, row)
    assert ring_pixels(ringed) > 2 * view.visualRect(view.currentIndex()).width()
    window.event_list.search.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert ring_pixels(row_picture(view, row)) == 0  # the ring goes with the focus
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert row_picture(view, row) == ringed


def test_the_arrow_keys_move_the_ring_and_enter_opens_the_card(window, qtbot):
    active(qtbot, window)
    view = window.event_list.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    first = view.currentIndex().row()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == first + 1
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.state.selection == view.currentIndex().data(Qt.ItemDataRole.UserRole)


def test_tab_reaches_the_story_slides_and_the_focused_slide_is_ringed(window, qtbot):
    editor = window.story_dock
    slides = tuple(Slide(PartialDate(year)) for year in (1920, 1921, 1935))
    editor.set_story(Story("Keys", slides=slides))
    editor.show()
    editor.raise_()
    active(qtbot, window)
    editor.title_edit.setFocus()
    assert tab_until(qtbot, window, editor.slide_list)
    row = editor.current
    ringed = row_picture(editor.slide_list, row)
    assert (
        ring_pixels(ringed)
        > 2 * editor.slide_list.visualItemRect(editor.slide_list.currentItem()).width()
    )
    editor.title_edit.setFocus()
    qtbot.waitUntil(lambda: not editor.slide_list.hasFocus())
    assert ring_pixels(row_picture(editor.slide_list, row)) == 0
