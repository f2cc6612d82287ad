"""Chips wrap onto more lines when their dock is narrow, so the dock can be narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget

from viewer.core.style import CATEGORY_COLOURS
from viewer.panels.flow_layout import FlowLayout, flow_policy


def chips(qtbot, n: int = 7) -> tuple[QWidget, list[QToolButton]]:
    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box)
    flow_policy(box)
    buttons = [QToolButton(text=f"Category {i}") for i in range(n)]
    for button in buttons:
        layout.addWidget(button)
    return box, buttons


def test_wide_enough_all_chips_sit_on_one_line(qtbot):
    box, buttons = chips(qtbot)
    box.resize(box.sizeHint().width(), 40)
    box.show()
    qtbot.waitExposed(box)
    assert len({b.y() for b in buttons}) == 1


def test_narrow_the_chips_wrap_and_stay_inside(qtbot):
    box, buttons = chips(qtbot)
    widest = max(b.sizeHint().width() for b in buttons)
    assert box.minimumSizeHint().width() <= widest + 2  # no wider than one chip
    width = widest * 2 + 10
    box.resize(width, box.layout().heightForWidth(width))
    box.show()
    qtbot.waitExposed(box)
    assert len({b.y() for b in buttons}) >= 3
    assert all(b.geometry().right() < width for b in buttons)
    assert box.layout().heightForWidth(width) >= max(b.geometry().bottom() for b in buttons)


def test_a_squeezed_box_keeps_room_for_every_line_of_chips(qtbot):
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    outer = QWidget()
    qtbot.addWidget(outer)
    column = QVBoxLayout(outer)
    box, buttons = chips(qtbot)
    below = QLabel("next")
    column.addWidget(box)
    column.addWidget(below)
    width = max(b.sizeHint().width() for b in buttons) * 2 + 10
    outer.resize(width, 40)  # far too short for the three lines and the label
    outer.show()
    qtbot.waitUntil(lambda: box.minimumHeight() > 0)
    outer.resize(width, 40)
    qtbot.waitUntil(lambda: below.geometry().top() >= max(b.geometry().bottom() for b in buttons))


def test_chips_that_would_take_three_lines_grow_compact_and_come_back_when_wide(qtbot):
    from viewer.panels.event_list import ChipRow

    buttons = {c: QToolButton(text=f"Category {c}") for c in CATEGORY_COLOURS}
    row = ChipRow(buttons)
    qtbot.addWidget(row)
    usual_pt = next(iter(buttons.values())).font().pointSizeF()
    row.resize(row.sizeHint().width(), 40)
    row.show()
    qtbot.waitExposed(row)
    assert not row.compact
    narrow = max(b.sizeHint().width() for b in buttons.values()) * 3
    row.resize(narrow, 200)
    qtbot.waitUntil(lambda: row.compact)
    assert all(b.font().pointSizeF() < usual_pt for b in buttons.values())
    row.resize(row.flow.sizeHint().width() + 200, 40)
    qtbot.waitUntil(lambda: not row.compact)
    assert all(b.font().pointSizeF() == usual_pt for b in buttons.values())
