"""The presenter's own view of a presentation, apart from what the audience sees: the notes,
what comes next and the time taken, beside the slide or on a screen of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QPoint, Qt, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from viewer.core.story import Story
from viewer.core.wording import digits, translate
from viewer.story.slide_text import MUTED, isolated, plain_label, screen_font, slide_heading

NOTES_POINTS = 17.0
"""The notes' usual type size: read from the presenter's seat."""


class SpeakerNotes(QWidget):
    """The presenter's view: the current slide's notes, what comes next and the time taken.

    On one screen it is a panel beside the slide (S shows it), so it can never open behind
    the full-screen slide; with a second screen it is a window on the presenter's laptop.
    """

    def __init__(self, families: list[str], language: str = "en") -> None:
        super().__init__()
        self.language = language
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.clock = plain_label(alignment=Qt.AlignmentFlag.AlignRight)
        self.clock.setFont(screen_font(families, 13, bold=True))
        self._started = QElapsedTimer()
        self._started.start()
        self._ticks = QTimer(self, interval=1000)
        self._ticks.timeout.connect(lambda: self.show_elapsed(self._started.elapsed()))
        self._ticks.start()
        self.show_elapsed(0)
        self.position = plain_label(wordWrap=True)
        self.position.setFont(screen_font(families, 13, bold=True))
        self.notes = plain_label(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        self.families = families
        self.set_notes_size(NOTES_POINTS)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.following = plain_label(wordWrap=True)
        self.following.setFont(screen_font(families, 13))
        self.following.setStyleSheet(f"color: {MUTED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.clock)
        layout.addWidget(self.position)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.notes)  # long notes scroll; they never push the slide away
        layout.addWidget(scroll, stretch=1)
        layout.addWidget(self.following)

    def set_notes_size(self, points: float) -> None:
        """The notes' type size: smaller in a narrow panel beside the slide, where a long word
        at the usual size would be cut at the panel's edge."""
        self.notes.setFont(screen_font(self.families, points))

    def show_elapsed(self, ms: int) -> None:
        """The time since presenting began, as a clock on the wall would show a duration."""
        minutes, seconds = divmod(ms // 1000, 60)
        hours, minutes = divmod(minutes, 60)
        shown = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
        elapsed = translate("SpeakerNotes", "{time} elapsed", self.language)
        self.clock.setText(elapsed.format(time=digits(shown, self.language)))

    def detach(self, screen: QScreen) -> None:
        """Become a window of its own on *screen* (the presenter's, the slides on another)."""
        self.setParent(None, Qt.WindowType.Window)
        self.setMinimumSize(520, 360)
        self.setScreen(screen)
        self.move(screen.availableGeometry().topLeft() + QPoint(40, 40))
        self.show()

    def show_slide(self, story: Story, index: int) -> None:
        """The slide's notes (its caption if it has none) and the next slide's heading, in the
        presentation's language; the story's own words are shown as written."""
        language, count = self.language, len(story.slides)
        slide = story.slides[index]
        title = translate("SpeakerNotes", "Speaker notes — {title}", language)
        self.setWindowTitle(title.format(title=isolated(story.title, language)))
        position = translate("SpeakerNotes", "Slide {number} of {count}: {heading}", language)
        number = digits(str(index + 1), language)
        self.position.setText(
            position.format(
                number=number,
                count=digits(str(count), language),
                heading=isolated(slide_heading(slide, language), language),
            )
        )
        none = translate("SpeakerNotes", "(no notes for this slide)", language)
        self.notes.setText(slide.notes or slide.caption or none)
        end = translate("SpeakerNotes", "end", language)
        following = slide_heading(story.slides[index + 1], language) if index + 1 < count else end
        self.following.setText(
            translate("SpeakerNotes", "Next: {slide}", language).format(
                slide=isolated(following, language)
            )
        )
