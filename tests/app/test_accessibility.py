"""Every control a screen reader or a keyboard user meets has a name to announce."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def announced(control: QWidget) -> str:
    """What assistive technology reads for *control*: its name, text, tooltip or hint."""
    text = control.text() if isinstance(control, QAbstractButton) else ""
    hint = control.placeholderText() if isinstance(control, QLineEdit) else ""
    return (control.accessibleName() or text or control.toolTip() or hint).strip()


def test_every_visible_control_of_the_main_window_has_a_name(window):
    controls = [
        c for c in window.findChildren(QWidget) if isinstance(c, CONTROLS) and c.isVisibleTo(window)
    ]
    assert len(controls) > 20  # the window's buttons, fields, lists and boxes are all here
    nameless = [f"{type(c).__name__} in {type(c.parent()).__name__}" for c in controls
                if not announced(c)]  # fmt: skip
    assert nameless == []
