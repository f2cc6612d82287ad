"""Playback and stepping through time: a controller with its actions, and a small toolbar.

The controller owns the :class:`QAction` objects (so the window can list them in a menu with
their shortcuts) and a :class:`QTimer` that moves the :class:`ViewState` by whole months. It
changes nothing but the state: the map, the strip and the date display follow its signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
)

from geodata.dates import OPEN_END, Precision
from viewer.core import commands
from viewer.core.atlas import Atlas
from viewer.core.local_dates import date_text, gregorian_text
from viewer.core.state import ViewState, month_index
from viewer.core.timeline import DEFAULT_SPEED, SPEEDS, advance, next_in, pace, previous_in
from viewer.core.wording import translate


class Playback(QObject):
    """Plays the timeline and steps it by months, years, events and changes of the map.

    Parameters
    ----------
    atlas, state
        The data (for the events and the map's change days) and the state to move.

    Signals
    -------
    playingChanged(bool)
    speedChanged(int)
        Months per second.
    statusMessage(str)
        A one-line note of where a jump landed, for the status bar.
    """

    playingChanged = Signal(bool)
    speedChanged = Signal(int)
    statusMessage = Signal(str)

    def __init__(self, atlas: Atlas, state: ViewState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas, self.state = atlas, state
        self._change_days = [d for d in atlas.history.change_days() if d < OPEN_END]
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_tick)
        self._speed = DEFAULT_SPEED
        self._months_per_tick, interval = pace(DEFAULT_SPEED)
        self.timer.setInterval(interval)

        pixmap = QStyle.StandardPixmap
        self.play_action = self._action(
            self.tr("&Play"), self._on_play_toggled, "Space", checkable=True
        )
        self.loop_action = self._action(self.tr("&Loop"), self._on_loop_toggled, checkable=True)
        self.loop_action.setIcon(self._icon(pixmap.SP_BrowserReload))
        self.month_back = self._action(self.tr("Back a &month"), self.step_month_back, "Left")
        self.month_back.setIcon(self._icon(pixmap.SP_MediaSeekBackward))
        self.month_forward = self._action(
            self.tr("Forward a m&onth"), self.step_month_forward, "Right"
        )
        self.month_forward.setIcon(self._icon(pixmap.SP_MediaSeekForward))
        self.year_back = self._action(self.tr("Back a &year"), self.step_year_back, "Ctrl+Left")
        self.year_forward = self._action(
            self.tr("Forward a y&ear"), self.step_year_forward, "Ctrl+Right"
        )
        self.previous_event = self._action(
            self.tr("Previous &event"), self.go_previous_event, "PgUp"
        )
        self.previous_event.setIcon(self._icon(pixmap.SP_MediaSkipBackward))
        self.next_event = self._action(self.tr("&Next event"), self.go_next_event, "PgDown")
        self.next_event.setIcon(self._icon(pixmap.SP_MediaSkipForward))
        self.previous_change = self._action(
            self.tr("Previous map &change"), self.go_previous_change, "Ctrl+PgUp", "["
        )
        self.next_change = self._action(
            self.tr("Next map c&hange"), self.go_next_change, "Ctrl+PgDown", "]"
        )
        self.speed_group = QActionGroup(self)
        for months, label in SPEEDS:
            text = translate("Speeds", label, state.language)
            action = QAction(text, self, checkable=True, checked=months == self._speed)
            action.setData(months)
            self.speed_group.addAction(action)
        self.speed_group.triggered.connect(self._on_speed_action)
        self._show_playing(False)

    def _action(
        self, text: str, slot: Callable[..., object], *keys: str, checkable: bool = False
    ) -> QAction:
        """An action with its shortcuts, which its tooltip names (buttons show tooltips)."""
        action = QAction(text, self, checkable=checkable)
        action.setShortcuts([QKeySequence(k) for k in keys])
        shown = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
        )
        action.setToolTip(text.replace("&", "") + (f" ({shown})" if keys else ""))
        (action.toggled if checkable else action.triggered).connect(slot)
        return action

    @staticmethod
    def _icon(pixmap: QStyle.StandardPixmap) -> QIcon:
        return QApplication.style().standardIcon(pixmap)

    @property
    def actions(self) -> list[QAction]:
        """Every action with a shortcut, for a window to register."""
        return [
            self.play_action, self.month_back, self.month_forward, self.year_back,
            self.year_forward, self.previous_event, self.next_event, self.previous_change,
            self.next_change,
        ]  # fmt: skip

    def fill_menu(self, menu: QMenu) -> None:
        """Add the actions to a menu (the window's Time menu), grouped, with a Speed submenu."""
        menu.addAction(self.play_action)
        speed = menu.addMenu(self.tr("&Speed"))
        speed.addActions(self.speed_group.actions())
        menu.addAction(self.loop_action)
        for group in (
            (self.month_back, self.month_forward, self.year_back, self.year_forward),
            (self.previous_event, self.next_event, self.previous_change, self.next_change),
        ):
            menu.addSeparator()
            menu.addActions(group)

    # ------------------------------------------------------------------ playing
    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def play(self) -> None:
        self.play_action.setChecked(True)

    def pause(self) -> None:
        self.play_action.setChecked(False)

    @property
    def speed(self) -> int:
        """Months per second (one of :data:`viewer.core.timeline.SPEEDS`)."""
        return self._speed

    @speed.setter
    def speed(self, months_per_second: int) -> None:
        self._months_per_tick, interval = pace(months_per_second)
        self.timer.setInterval(interval)
        if months_per_second != self._speed:
            self._speed = months_per_second
            for action in self.speed_group.actions():
                with QSignalBlocker(action):
                    action.setChecked(action.data() == months_per_second)
            self.speedChanged.emit(months_per_second)

    @property
    def loop(self) -> bool:
        return self.loop_action.isChecked()

    @loop.setter
    def loop(self, on: bool) -> None:
        self.loop_action.setChecked(on)

    def _on_play_toggled(self, on: bool) -> None:
        if on:
            if month_index(self.state.date) >= month_index(self.state.end):  # start over
                self.state.date = self.state.start
            self.timer.start()
        else:
            self.timer.stop()
        self._show_playing(on)
        self.playingChanged.emit(on)

    def _show_playing(self, on: bool) -> None:
        pixmap = QStyle.StandardPixmap.SP_MediaPause if on else QStyle.StandardPixmap.SP_MediaPlay
        self.play_action.setIcon(self._icon(pixmap))
        self.play_action.setText(self.tr("&Pause") if on else self.tr("&Play"))

    def _on_loop_toggled(self, on: bool) -> None:
        self.statusMessage.emit(
            self.tr("Playback loops") if on else self.tr("Playback stops at the end")
        )

    def _on_speed_action(self, action: QAction) -> None:
        self.speed = action.data()

    def _on_tick(self) -> None:
        span = (self.state.start, self.state.end)
        day, stop = advance(self.state.date, self._months_per_tick, span, self.loop)
        self.state.date = day
        if stop:
            self.pause()

    # ------------------------------------------------------------------ stepping
    def _step(self, months: int) -> None:
        commands.step_months(self.state, months)

    def step_month_back(self) -> None:
        self._step(-1)

    def step_month_forward(self) -> None:
        self._step(1)

    def step_year_back(self) -> None:
        self._step(-12)

    def step_year_forward(self) -> None:
        self._step(12)

    def go_previous_event(self) -> None:
        self._step_to_event(forward=False)

    def go_next_event(self) -> None:
        self._step_to_event(forward=True)

    def _step_to_event(self, forward: bool) -> None:
        event = commands.step_to_event(self.state, self.atlas, forward)
        if event is None:
            self.statusMessage.emit(self.tr("No more events that way"))
            return
        when = date_text(event.date, self.state.language)
        self.statusMessage.emit(f"{when}: {event.title.get(self.state.language)}")

    def go_previous_change(self) -> None:
        self._go_to_change(
            previous_in(self._change_days, self.state.day, self.state.start.toordinal())
        )

    def go_next_change(self) -> None:
        self._go_to_change(next_in(self._change_days, self.state.day, self.state.end.toordinal()))

    def _go_to_change(self, day: int | None) -> None:
        if day is None:
            self.statusMessage.emit(self.tr("No more changes of the map that way"))
            return
        self.state.date = dt.date.fromordinal(day)
        language = self.state.language
        parts = []
        comma, semicolon = ("، ", "؛ ") if language == "fa" else (", ", "; ")
        for edge in ("start", "end"):
            names = [t.names.get(language) for t in self.atlas.history if getattr(t, edge) == day]
            if names:
                if edge == "start":
                    part = self.tr("{names} begin(s)", "", len(names))
                else:
                    part = self.tr("{names} end(s)", "", len(names))
                parts.append(part.format(names=comma.join(names)))
        when = gregorian_text(self.state.date, Precision.DAY, language)
        self.statusMessage.emit(
            self.tr("The map changes on {}: {}").format(when, semicolon.join(parts))
        )


class PlaybackBar(QWidget):
    """Buttons for the playback actions, the speed and loop, to sit under the date.

    The bar registers every action with a shortcut, so the shortcuts work while it shows.
    """

    def __init__(self, playback: Playback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.playback = playback
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # back is left, as on the strip
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.buttons: dict[str, QToolButton] = {}
        for name in ("previous_event", "month_back", "play_action", "month_forward", "next_event"):
            self.buttons[name] = self._button(getattr(playback, name))
            layout.addWidget(self.buttons[name])
        layout.addSpacing(6)
        self.speed = QComboBox()
        self.speed.setToolTip(self.tr("Playback speed"))
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for months, label in SPEEDS:
            self.speed.addItem(translate("Speeds", label, playback.state.language), months)
        self.speed.setCurrentIndex(self.speed.findData(playback.speed))
        self.speed.currentIndexChanged.connect(self._on_speed_chosen)
        layout.addWidget(self.speed)
        self.buttons["loop_action"] = self._button(playback.loop_action)
        layout.addWidget(self.buttons["loop_action"])
        layout.addStretch(1)
        self.addActions(playback.actions)
        playback.speedChanged.connect(self._on_speed_changed)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        return button

    def _on_speed_chosen(self, index: int) -> None:
        self.playback.speed = self.speed.itemData(index)

    def _on_speed_changed(self, months: int) -> None:
        with QSignalBlocker(self.speed):
            self.speed.setCurrentIndex(self.speed.findData(months))
