"""Presentation mode: a story's slides full screen, driven by the keys a clicker sends.

The presentation has its own :class:`ViewState` and its own :class:`MapView`, so presenting
changes nothing in the main window: leaving it finds the window as it was. Type is sized for a
lecture hall (the caption is 28 pt on a 1080-line screen, and grows with larger ones), and the
map itself is magnified so that its labels can be read from the back of the room.

Keys: Page Down, →, ↓, Space or Enter: next slide; Page Up, ←, ↑ or Backspace: previous; Home
and End: first and last; B or . blanks the screen (any key brings it back); S shows the
speaker notes (beside the slide, or on the laptop when a second screen shows the slides) with
the time elapsed; L (or the Legend button under the words) shows what the map's colours and
lines mean; Esc leaves.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from geodata.dates import PartialDate
from geodata.projection import projected_bounds
from viewer.core import commands
from viewer.core.atlas import SPAN, Atlas
from viewer.core.state import ViewState, add_months, month_index
from viewer.core.story import Slide, Story
from viewer.core.wording import digits, is_right_to_left, tr_noop, translate
from viewer.map.fonts import register_fonts
from viewer.map.map_view import HOME_LONLAT, MapView
from viewer.map.territory_layer import FADE_MS
from viewer.panels.legend import SWATCH, LegendList
from viewer.story.slide_text import (
    MUTED,
    calendar_lines,
    plain_label,
    screen_font,
    slide_heading,
)
from viewer.story.speaker_notes import NOTES_POINTS, SpeakerNotes

NOTES_SHARE = 0.25
"""The screen's width the speaker notes take beside the slide; the words give up as much."""
REFERENCE_HEIGHT = 1080
"""Type sizes below are for a screen this many (logical) pixels high, and scale with it."""
POINTS = {
    "heading": 30.0, "gregorian": 32.0, "other": 22.0, "caption": 28.0, "small": 14.0,
    "legend": 18.0,
}  # fmt: skip
CAPTION_SMALLEST = 0.6
"""The caption's type shrinks to fit its room down to this share of its usual size: notes
beside the slide on a small screen leave it a narrow column."""
MAP_MAGNIFICATION = 1.5
"""How much larger the map's labels, markers and scale bar are drawn than in the window."""
COLUMN_SHARE = 0.38
"""The share of the width the words take; the rest leaves the map nearly square."""
ANIMATION_TICK_MS = 120
ANIMATION_TICKS = 40
"""An animated slide plays in at most this many steps (about five seconds)."""
PAPER = "#f6f4ef"
INK = "#2b2b2b"
NEXT_KEYS = frozenset({
    Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space,
    Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_N,
})  # fmt: skip
PREVIOUS_KEYS = frozenset({
    Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_P,
})  # fmt: skip
BLANK_KEYS = frozenset({Qt.Key.Key_B, Qt.Key.Key_Period})
FIRST_KEYS = frozenset({Qt.Key.Key_Home})
LAST_KEYS = frozenset({Qt.Key.Key_End})
NOTES_KEYS = frozenset({Qt.Key.Key_S})
LEGEND_KEYS = frozenset({Qt.Key.Key_L})
LEAVE_KEYS = frozenset({Qt.Key.Key_Escape})
KEY_HELP = (
    (NEXT_KEYS, tr_noop("Presentation", "Next slide")),
    (PREVIOUS_KEYS, tr_noop("Presentation", "Previous slide")),
    (FIRST_KEYS, tr_noop("Presentation", "First slide")),
    (LAST_KEYS, tr_noop("Presentation", "Last slide")),
    (BLANK_KEYS, tr_noop("Presentation", "Blank the screen (any key brings the slide back)")),
    (NOTES_KEYS, tr_noop("Presentation", "Show or hide the speaker notes")),
    (LEGEND_KEYS, tr_noop("Presentation", "Show or hide the legend")),
    (LEAVE_KEYS, tr_noop("Presentation", "Leave presentation mode")),
)
"""What each key does while presenting: the window's key handling and Help's list read it."""


class StageMap(MapView):
    """The map, magnified for a lecture hall: labels, markers and scale bar drawn larger.

    The view lays its scene out at a fraction of the widget's size and scales it up, so
    everything the map draws in pixels grows together. Labels stay the pictures the window
    draws (vector labels cost ~200 ms a slide, and would make animated slides stutter), so
    they are scaled up with the rest.
    """

    magnification = MAP_MAGNIFICATION

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.autoPixelRange = False  # pyqtgraph then fits self.range into the widget
        k = self.magnification
        self.range = QRectF(0, 0, max(self.width() / k, 1.0), max(self.height() / k, 1.0))
        super().resizeEvent(event)


class PresentationWindow(QWidget):
    """A story presented full screen, with its own map and state.

    Parameters
    ----------
    atlas
        The data the story was checked against.
    story
        The story; it must have at least one slide.
    start
        The index of the first slide shown.
    fade_ms
        The map's fade between dates (0 in tests).
    language
        The words' language, the window's (each slide's map labels keep the slide's own).

    Signals
    -------
    slideChanged(int)
        The slide shown now (its index).
    finished(int)
        The presenter left; the index of the slide shown last.
    """

    slideChanged = Signal(int)
    finished = Signal(int)

    def __init__(
        self,
        atlas: Atlas,
        story: Story,
        start: int = 0,
        parent: QWidget | None = None,
        fade_ms: int = FADE_MS,
        language: str = "en",
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if not story.slides:
            raise ValueError("the story has no slides to present")
        self.atlas, self.story, self.language = atlas, story, language
        self.index = min(max(start, 0), len(story.slides) - 1)
        title = translate("Presentation", "{title} — Caspian Atlas", language)
        self.setWindowTitle(title.format(title=story.title))
        if is_right_to_left(language):
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.families = register_fonts()
        self.state = ViewState(*SPAN)
        self.map = StageMap(atlas, self.state, self.families, fade_ms=fade_ms)
        self.map.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # every key is the presenter's
        self.notes = SpeakerNotes(self.families, language)
        self._build()
        self.notes.installEventFilter(self)  # keys pressed there drive the slides too
        row = self.layout()
        assert row is not None  # made by _build
        row.addWidget(self.notes)  # beside the slide until a second screen takes it
        self.notes.hide()
        self._timer = QTimer(self, interval=ANIMATION_TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._step = 1
        self.state.date_changed.connect(self._on_date_changed)
        self.show_slide(self.index)

    def _build(self) -> None:
        """The map on the left, as square as the region; the words in a column beside it."""
        self.heading = plain_label(wordWrap=True)
        self.story_title = plain_label(self.story.title, wordWrap=True)
        self.gregorian = plain_label(wordWrap=True)
        self.other_calendars = plain_label(wordWrap=True)
        self.caption = plain_label(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        self.counter = plain_label(alignment=Qt.AlignmentFlag.AlignRight)
        for label in (self.story_title, self.other_calendars, self.counter):
            label.setStyleSheet(f"color: {MUTED};")
        self.legend = LegendList(self.atlas.history, self.state, self.atlas.sources)
        self.legend.setFrameShape(QFrame.Shape.NoFrame)
        self.legend.setStyleSheet(f"background: {PAPER}; color: {INK};")
        self.legend.hide()  # the map speaks first; L or the button brings the key to it
        self.legend_button = QPushButton(translate("Presentation", "Legend (L)", self.language))
        self.legend_button.setCheckable(True)
        self.legend_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay the presenter's
        self.legend_button.setToolTip(
            translate("Presentation", "Show or hide the legend", self.language)
        )
        self.legend_button.toggled.connect(self.legend.setVisible)
        self.legend_button.toggled.connect(self._fit_caption)  # the legend halves its room
        self.column = QWidget()
        self._column = QVBoxLayout(self.column)
        self._column.addWidget(self.story_title)
        self._column.addWidget(self.heading)
        self._column.addSpacing(8)
        self._column.addWidget(self.gregorian)
        self._column.addWidget(self.other_calendars)
        self._column.addSpacing(24)
        self._column.addWidget(self.caption, stretch=1)
        self._column.addWidget(self.legend, stretch=1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend_button)
        bottom.addWidget(self.counter, stretch=1)
        self._column.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.map, stretch=1)
        layout.addWidget(self.column)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.blank = QWidget(self)  # over everything: the audience sees black
        self.blank.setAutoFillBackground(True)
        blank_palette = self.blank.palette()
        blank_palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.blank.setPalette(blank_palette)
        self.blank.hide()
        self._apply_type_scale()

    # ------------------------------------------------------------------ showing
    def start(self, home: QScreen | None = None) -> None:
        """Go full screen: on another screen than *home* if there is one, with the speaker
        notes on *home*; on *home* (or the primary screen) otherwise, notes beside the slide
        on S."""
        home = home or QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not home]
        stage = others[0] if others else home
        self.setScreen(stage)
        self.move(stage.geometry().topLeft())
        self.showFullScreen()
        if others:
            self.notes.detach(home)
        self.activateWindow()
        self.setFocus()

    @property
    def slide(self) -> Slide:
        return self.story.slides[self.index]

    @property
    def is_blank(self) -> bool:
        return self.blank.isVisible()

    def show_slide(self, index: int) -> None:
        """Show slide *index* (clamped to the story): its date, area, layers and highlights."""
        self._timer.stop()
        self.index = min(max(index, 0), len(self.story.slides) - 1)
        slide = self.slide
        self.state.language = slide.language
        commands.show_slide_layers(self.state, slide, self.atlas)
        if self.state.date == slide.first_day:
            self._on_date_changed(slide.first_day)  # same date, but this slide's highlights
        else:
            self.state.date = slide.first_day
        self.state.request_extent(projected_bounds(slide.extent or HOME_LONLAT))
        self.heading.setText(slide_heading(slide, self.language))
        self.caption.setText(slide.caption)
        self.caption.setVisible(bool(slide.caption))
        self._fit_caption()
        counter = digits(f"{self.index + 1} / {len(self.story.slides)}", self.language)
        rtl_mark = "\u200f" if is_right_to_left(self.language) else ""  # "2 of 12", from the right
        self.counter.setText(rtl_mark + counter)
        self.notes.show_slide(self.story, self.index)
        if slide.end is not None:
            months = month_index(slide.day) - month_index(slide.first_day)
            self._step = max(1, math.ceil(months / ANIMATION_TICKS))
            self._timer.start()
        self.slideChanged.emit(self.index)

    def _on_tick(self) -> None:
        end = self.slide.day
        following = add_months(self.state.date, self._step)
        self.state.date = min(following, end)
        if following >= end:
            self._timer.stop()

    def _on_date_changed(self, day: dt.date) -> None:
        slide = self.slide
        if day == slide.first_day:
            gregorian, other = calendar_lines(slide.start, self.language)
        elif slide.end is not None and day == slide.day:
            gregorian, other = calendar_lines(slide.end, self.language)
        else:  # an animation under way: month by month
            gregorian, other = calendar_lines(PartialDate(day.year, day.month), self.language)
        self.gregorian.setText(gregorian)
        self.other_calendars.setText(other)
        # The slide's territories outlined, its event nearest the day ringed, as a frame says.
        self.state.window_days = slide.event_window(self.atlas)
        self.state.marked = frozenset(slide.territories)
        self.state.selection = slide.nearest_event(day, self.atlas)

    # ------------------------------------------------------------------ type
    def _apply_type_scale(self) -> None:
        scale = max(self.height(), 480) / REFERENCE_HEIGHT
        f = self.families
        self.heading.setFont(screen_font(f, POINTS["heading"] * scale, bold=True))
        self.story_title.setFont(screen_font(f, POINTS["small"] * scale))
        self.gregorian.setFont(screen_font(f, POINTS["gregorian"] * scale, bold=True))
        self.other_calendars.setFont(screen_font(f, POINTS["other"] * scale))
        self.counter.setFont(screen_font(f, POINTS["small"] * scale))
        self.legend_button.setFont(screen_font(f, POINTS["small"] * scale))
        self.legend.setFont(screen_font(f, POINTS["legend"] * scale))
        self.legend.setIconSize(SWATCH * max(scale * 1.5, 1.0))
        margin = round(40 * scale)
        self._column.setContentsMargins(margin, margin, margin, round(28 * scale))
        beside = self._notes_beside()
        share = COLUMN_SHARE - (NOTES_SHARE / 2 if beside else 0.0)
        self.column.setFixedWidth(round(max(self.width(), 640) * share))
        if beside:  # its share exactly: wider, it would overlap the words
            self.notes.setFixedWidth(round(max(self.width(), 640) * NOTES_SHARE))
            self.notes.set_notes_size(NOTES_POINTS * min(max(scale * 1.5, 0.75), 1.0))
        self.map.magnification = MAP_MAGNIFICATION * scale
        self._fit_caption()

    def _fit_caption(self, *_: object) -> None:
        """Shrink the caption's type until its words fit their room (down to
        :data:`CAPTION_SMALLEST`): the slide shows no scroll bar, so a longer caption would
        lose its last lines at the foot of the screen."""
        usual = POINTS["caption"] * max(self.height(), 480) / REFERENCE_HEIGHT
        size = usual
        self.caption.setFont(screen_font(self.families, size))
        if not self.isVisible():
            return  # no room measured yet: fitted when shown (resized)
        layout = self.layout()
        assert layout is not None  # made by _build
        layout.activate()
        self._column.activate()
        caption = self.caption
        while size > usual * CAPTION_SMALLEST and (
            caption.heightForWidth(caption.width()) > caption.height()
        ):
            size *= 0.92
            caption.setFont(screen_font(self.families, size))

    def _notes_beside(self) -> bool:
        """The notes shown as a panel of this window (one screen), not a window of their own."""
        return self.notes.parent() is not None and self.notes.isVisibleTo(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_type_scale()
        self.blank.setGeometry(self.rect())
        super().resizeEvent(event)

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in LEAVE_KEYS:
            self.close()
        elif self.is_blank:
            self.blank.hide()  # any key brings the picture back, where it was
        elif key in BLANK_KEYS:
            self.blank.setGeometry(self.rect())
            self.blank.raise_()
            self.blank.show()
        elif key in NEXT_KEYS:
            self._go(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self._go(self.index - 1)
        elif key in FIRST_KEYS:
            self._go(0)
        elif key in LAST_KEYS:
            self._go(len(self.story.slides) - 1)
        elif key in LEGEND_KEYS:
            self.legend_button.toggle()
        elif key in NOTES_KEYS:
            self.notes.setVisible(not self.notes.isVisible())
            self._apply_type_scale()  # beside the slide, the words make room for the notes
            self.activateWindow()  # keys stay with the slides
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.notes and event.type() == QEvent.Type.KeyPress:
            self.keyPressEvent(event)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def _go(self, index: int) -> None:
        """Move to a slide; at either end of the story a further press does nothing."""
        if 0 <= index < len(self.story.slides) and index != self.index:
            self.show_slide(index)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.notes.close()
        self.notes.deleteLater()
        self.finished.emit(self.index)
        super().closeEvent(event)
