"""Edit › Undo and Redo take back adding and removing files and switching layers, as well as
story edits: one stack, which outlives the window rebuilt when a file is added."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from viewer.app.application import AtlasController

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "turkmenchay-line.geojson"


@pytest.fixture
def controller(qtbot, tiny_atlas, settings, monkeypatch):
    from viewer.app.application import make_app

    make_app()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    ctl = AtlasController(tiny_atlas, settings)
    qtbot.addWidget(ctl.window)
    yield ctl
    ctl.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a rebuilt window too
    ctl.window.close()


def _user_id() -> str:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))["features"][0]["properties"]["id"]


def test_adding_a_file_is_undone_and_redone(controller):
    controller.window.add_paths([EXAMPLE])
    assert _user_id() in controller.window.atlas.history
    assert controller.window.undo_action.text() == f"&Undo Add “{EXAMPLE.name}”"
    controller.window.undo_action.trigger()
    assert _user_id() not in controller.window.atlas.history
    assert controller.user_data.paths == ()
    assert controller.window.redo_action.text() == f"&Redo Add “{EXAMPLE.name}”"
    controller.window.redo_action.trigger()
    assert _user_id() in controller.window.atlas.history


def test_removing_a_file_is_undone(controller):
    controller.window.add_paths([EXAMPLE])
    remove = controller.window.remove_menu.actions()[0]
    controller.window.remove_menu.triggered.emit(remove)
    assert _user_id() not in controller.window.atlas.history
    assert controller.window.undo_action.text() == f"&Undo Remove “{EXAMPLE.name}”"
    controller.window.undo_action.trigger()
    assert controller.user_data.paths == (EXAMPLE,)
    assert _user_id() in controller.window.atlas.history
    controller.window.undo_action.trigger()  # and the adding before it
    assert controller.user_data.paths == ()


def test_undoing_a_removal_puts_the_files_back_in_their_drawing_order(controller):
    scan = EXAMPLE.with_name("gilan-sheet.png")
    events = EXAMPLE.with_name("turkmenchay-events.yaml")  # relies on the line
    controller.window.add_paths([EXAMPLE, scan, events])
    assert controller.user_data.paths == (EXAMPLE, scan, events)
    first = controller.window.remove_menu.actions()[0]
    controller.window.remove_menu.triggered.emit(first)
    assert controller.user_data.paths == (scan,)  # the events went with their line
    controller.window.undo_action.trigger()
    assert controller.user_data.paths == (EXAMPLE, scan, events)
    controller.window.redo_action.trigger()
    assert controller.user_data.paths == (scan,)


def test_a_refused_file_leaves_nothing_to_undo(controller, tmp_path):
    broken = tmp_path / "broken.geojson"
    broken.write_text("{not json", encoding="utf-8")
    controller.window.add_paths([broken])
    assert not controller.window.undo.canUndo()
    assert not controller.window.undo_action.isEnabled()


def test_switching_a_layer_off_is_undone_and_its_box_ticked_again(controller, qtbot):
    window = controller.window
    kind, box = next(iter(window.kind_boxes.items()))
    box.click()
    assert kind in window.state.hidden_kinds and not box.isChecked()
    assert window.undo_action.text() == f"&Undo Hide “{box.text()}”"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kind not in window.state.hidden_kinds and box.isChecked()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert kind in window.state.hidden_kinds and not box.isChecked()


def test_steps_taken_before_a_file_was_added_are_undone_in_the_rebuilt_window(controller, qtbot):
    old = controller.window
    river = old.base_boxes["rivers"]
    river.click()
    old.add_paths([EXAMPLE])
    new = controller.window
    assert new is not old and "rivers" in new.state.hidden_base
    new.undo_action.trigger()  # the file
    new = controller.window
    assert controller.user_data.paths == ()
    new.undo_action.trigger()  # the rivers, in the window now shown
    assert "rivers" not in new.state.hidden_base and new.base_boxes["rivers"].isChecked()
    assert not new.undo.canUndo()
