"""Chips wrap onto more lines when their dock is narrow, so the dock can be narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget

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
