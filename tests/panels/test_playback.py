import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from viewer.core.atlas import SPAN
from viewer.core.state import ViewState, add_months, month_index
from viewer.core.timeline import DEFAULT_SPEED, SPEEDS
from viewer.panels.playback import Playback, PlaybackBar


@pytest.fixture
def state():
    return ViewState(*SPAN, date=dt.date(1930, 1, 1))


@pytest.fixture
def playback(tiny_atlas, state):
    controller = Playback(tiny_atlas, state)
    yield controller
    controller.pause()


@pytest.fixture
def bar(qtbot, playback):
    widget = PlaybackBar(playback)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def months_between(first: dt.date, second: dt.date) -> int:
    return month_index(second) - month_index(first)


def test_play_advances_the_date_and_pause_stops_it(bar, playback, state, qtbot):
    playback.speed = 120
    with qtbot.waitSignal(playback.playingChanged):
        qtbot.mouseClick(bar.buttons["play_action"], Qt.MouseButton.LeftButton)
    assert playback.playing
    assert playback.play_action.text() == "&Pause"
    qtbot.waitUntil(lambda: state.date >= dt.date(1932, 1, 1))
    qtbot.mouseClick(bar.buttons["play_action"], Qt.MouseButton.LeftButton)
    assert not playback.playing
    assert not playback.timer.isActive()
    assert playback.play_action.text() == "&Play"


def test_space_plays_and_pauses(bar, playback, qtbot):
    qtbot.keyClick(bar, Qt.Key.Key_Space)
    assert playback.playing
    qtbot.keyClick(bar, Qt.Key.Key_Space)
    assert not playback.playing


def test_speed_sets_the_step_of_each_tick(bar, playback, state, qtbot):
    bar.speed.setCurrentIndex(bar.speed.findText("10 years/s"))
    assert playback.speed == 120
    assert [a.isChecked() for a in playback.speed_group.actions()] == [
        months == 120 for months, _ in SPEEDS
    ]
    seen = []
    state.date_changed.connect(seen.append)
    playback.play()
    qtbot.waitUntil(lambda: len(seen) >= 3)
    playback.pause()
    assert {months_between(a, b) for a, b in itertools.pairwise(seen)} == {5}

    seen.clear()
    bar.speed.setCurrentIndex(bar.speed.findText("2 years/s"))
    assert playback.timer.interval() == 42
    playback.play()
    qtbot.waitUntil(lambda: len(seen) >= 3)
    playback.pause()
    assert {months_between(a, b) for a, b in itertools.pairwise(seen)} == {1}


def test_speed_from_the_menu_updates_the_combo(bar, playback):
    assert bar.speed.currentData() == DEFAULT_SPEED
    action = next(a for a in playback.speed_group.actions() if a.text() == "5 years/s")
    action.trigger()
    assert playback.speed == 60
    assert bar.speed.currentText() == "5 years/s"


def test_playback_stops_at_the_end(bar, playback, state, qtbot):
    playback.speed = 120
    state.date = add_months(SPAN[1], -9)
    playback.play()
    qtbot.waitUntil(lambda: not playback.playing)
    assert state.date == SPAN[1].replace(day=1)
    assert not playback.play_action.isChecked()


def test_play_at_the_end_starts_over(bar, playback, state):
    state.date = SPAN[1].replace(day=1)
    playback.play()
    assert state.date == dt.date(1800, 1, 1)
    assert playback.playing


def test_loop_wraps_to_the_start(bar, playback, state, qtbot):
    playback.speed = 120
    qtbot.mouseClick(bar.buttons["loop_action"], Qt.MouseButton.LeftButton)
    assert playback.loop
    state.date = add_months(SPAN[1], -9)
    seen = []
    state.date_changed.connect(seen.append)
    playback.play()
    qtbot.waitUntil(lambda: state.date.year < 2000)
    assert playback.playing
    assert SPAN[1].replace(day=1) in seen
    assert dt.date(1800, 1, 1) in seen


@pytest.mark.parametrize(
    ("key", "modifier", "expected"),
    [
        (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, dt.date(1930, 2, 1)),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier, dt.date(1929, 12, 1)),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier, dt.date(1931, 1, 1)),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier, dt.date(1929, 1, 1)),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier, dt.date(1935, 1, 1)),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier, dt.date(1921, 2, 26)),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, dt.date(1935, 1, 1)),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier, dt.date(1921, 9, 1)),
        (Qt.Key.Key_BracketRight, Qt.KeyboardModifier.NoModifier, dt.date(1935, 1, 1)),
        (Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.NoModifier, dt.date(1921, 9, 1)),
    ],
)
def test_shortcuts_step_and_jump(bar, state, qtbot, key, modifier, expected):
    qtbot.keyClick(bar, key, modifier)
    assert state.date == expected


def test_event_jumps_select_the_event_and_say_where_they_landed(bar, playback, state, qtbot):
    state.date = dt.date(1920, 1, 1)
    with qtbot.waitSignal(playback.statusMessage) as message:
        qtbot.mouseClick(bar.buttons["next_event"], Qt.MouseButton.LeftButton)
    assert state.date == dt.date(1920, 6, 1)
    assert state.selection == "republic-proclaimed-1920"
    assert message.args == ["June 1920: Republic proclaimed in Rasht"]
    qtbot.mouseClick(bar.buttons["next_event"], Qt.MouseButton.LeftButton)
    assert state.date == dt.date(1921, 2, 26)
    qtbot.mouseClick(bar.buttons["previous_event"], Qt.MouseButton.LeftButton)
    assert state.date == dt.date(1920, 6, 1)


def test_no_event_beyond_the_last_leaves_the_date(bar, playback, state, qtbot):
    state.date = dt.date(1950, 1, 1)
    with qtbot.waitSignal(playback.statusMessage) as message:
        playback.next_event.trigger()
    assert state.date == dt.date(1950, 1, 1)
    assert message.args == ["No more events that way"]


def test_map_change_jumps_name_what_changes(playback, state, qtbot):
    state.date = dt.date(1925, 1, 1)
    with qtbot.waitSignal(playback.statusMessage) as message:
        playback.next_change.trigger()
    assert state.date == dt.date(1935, 1, 1)
    assert message.args == ["The map changes on 1 January 1935: Sea Line begins"]
    with qtbot.waitSignal(playback.statusMessage) as message:
        playback.next_change.trigger()
    assert state.date == dt.date(1991, 12, 26)
    assert message.args == ["The map changes on 26 December 1991: Sea Line ends"]
    playback.next_change.trigger()  # nothing changes after 1991 in the fixture
    assert state.date == dt.date(1991, 12, 26)
    state.date = dt.date(1800, 1, 1)
    playback.previous_change.trigger()  # the timeline's first day is as far back as it goes
    assert state.date == dt.date(1800, 1, 1)


def test_month_buttons_step(bar, state, qtbot):
    qtbot.mouseClick(bar.buttons["month_forward"], Qt.MouseButton.LeftButton)
    assert state.date == dt.date(1930, 2, 1)
    qtbot.mouseClick(bar.buttons["month_back"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.buttons["month_back"], Qt.MouseButton.LeftButton)
    assert state.date == dt.date(1929, 12, 1)


def test_the_menu_lists_every_action_with_its_shortcut(playback, qtbot):
    menu = QMenu()
    qtbot.addWidget(menu)
    playback.fill_menu(menu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["&Play", "&Speed", "&Loop"]
    assert set(playback.actions) <= set(menu.actions())
    assert playback.next_event.shortcut().toString() == "PgDown"
    assert [k.toString() for k in playback.next_change.shortcuts()] == ["Ctrl+PgDown", "]"]
    assert "(Space)" in playback.play_action.toolTip()


def test_typing_in_the_go_to_field_is_not_taken_for_shortcuts(qtbot, tiny_atlas, state):
    from viewer.panels.timeline import TimelineStrip

    playback = Playback(tiny_atlas, state)
    strip = TimelineStrip(tiny_atlas, state, controls=PlaybackBar(playback))
    qtbot.addWidget(strip)
    strip.show()
    qtbot.waitExposed(strip)
    strip.activateWindow()
    strip.focus_go_to()
    qtbot.waitUntil(strip.go_to.field.hasFocus)
    qtbot.keyClicks(strip.go_to.field, "12 Nov 1945")
    qtbot.keyClick(strip.go_to.field, Qt.Key.Key_Left)
    assert not playback.playing
    assert state.date == dt.date(1930, 1, 1)
    assert strip.go_to.field.cursorPosition() == len("12 Nov 194")
    qtbot.keyClick(strip.go_to.field, Qt.Key.Key_Return)
    assert state.date == dt.date(1945, 11, 12)
