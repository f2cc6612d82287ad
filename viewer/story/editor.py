"""The Story dock: build a story from the map, write its captions, order it, save and present it.

A slide is added from what the map shows (date, area, layers switched off, the selected event
or territory), then given a title, a caption and speaker notes. The dock owns a
`viewer.story.controller.StoryController`, whose actions (New, Open, Save, Save As, Export
handout, Export citations, Present) the window lists in its menus, and which does what they do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from geodata.dates import DateError, parse_user_date
from geodata.projection import projected_bounds
from viewer.core import commands
from viewer.core.atlas import SPAN, Atlas
from viewer.core.local_dates import date_error_text, date_text
from viewer.core.slide_map import extent_from_view, slide_summary, view_slide
from viewer.core.state import ViewState
from viewer.core.story import Slide, Story
from viewer.core.wording import digits, translate
from viewer.panels.undo import WindowUndo
from viewer.story.controller import NEW_TITLE, StoryController
from viewer.story.undo import StoryEdit

INDEX_ROLE = Qt.ItemDataRole.UserRole  # a list row's slide, by its index in the story


class StoryEditor(QDockWidget):
    """Builds and edits a story; presents it and writes handouts.

    Parameters
    ----------
    atlas, state
        The data and the map model: slides are made from its frame, and choosing a slide
        (double-click) brings the model, and so the map, to it.
    settings
        Where the recent stories and the folders its file dialogs last used are kept.
    undo
        The window's undo stack, which edits go on (by default one of the dock's own).

    Signals
    -------
    statusMessage(str)
        A one-line note for the status bar (saved, written, nothing to present).
    """

    statusMessage = Signal(str)

    def __init__(
        self,
        atlas: Atlas,
        state: ViewState,
        settings: QSettings,
        undo: WindowUndo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Story"), parent)
        self.settings = settings
        self.setObjectName("storyDock")  # the stubs know no inherited property as a keyword
        self.atlas, self.state = atlas, state
        self.story = Story(translate("StoryActions", NEW_TITLE, state.language))
        self.path: Path | None = None
        self.modified = False
        self.undo_stack = undo or WindowUndo(state, self)
        self.undo_stack.story = self  # its story steps show their story here
        self.controller = StoryController(self)
        """Files, handouts and presenting: the actions the window lists in its menus."""
        self._build()
        self._show_story(0)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        file_button = QToolButton()
        file_button.setText(self.tr("File"))
        file_button.setToolTip(self.tr("New, open, save and export the story"))
        file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        file_menu = QMenu(file_button)
        for act in (
            self.controller.new_action,
            self.controller.open_action,
            self.controller.save_action,
            self.controller.save_as_action,
        ):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addActions([self.controller.handout_action, self.controller.pictures_action])
        file_menu.addAction(self.controller.citations_action)
        file_button.setMenu(file_menu)
        present = self._button(
            self.tr("Present"),
            self.tr("Full screen from the first slide (F5)"),
            self.controller.present_from_start,
        )
        self.present_here_button = self._button(
            self.tr("From here"),
            self.tr("Full screen from this slide (Shift+F5)"),
            self.controller.present_from_here,
        )
        self.title_edit = QLineEdit(placeholderText=self.tr("Title of the story"))
        self.title_edit.textEdited.connect(self._on_story_text)
        self.author_edit = QLineEdit(placeholderText=self.tr("Author"))
        self.author_edit.textEdited.connect(self._on_story_text)
        self.slide_list = QListWidget()
        self.slide_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.slide_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.slide_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.slide_list.setToolTip(
            self.tr("Drag to reorder; double-click to show a slide on the map")
        )
        self.slide_list.currentRowChanged.connect(self._on_current_row)
        self.slide_list.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.slide_list.model().rowsMoved.connect(self._on_rows_moved)
        self.add_button = self._button(
            self.tr("Add from map"), self.tr("A new slide of what the map shows"), self.add_slide
        )
        self.update_button = self._button(
            self.tr("Use map"),
            self.tr("Give this slide the map's date, area and highlights"),
            self.update_slide,
        )
        self.up_button = self._button("↑", self.tr("Move the slide up"), self.move_up)
        self.down_button = self._button("↓", self.tr("Move the slide down"), self.move_down)
        self.delete_button = self._button(
            self.tr("Delete"), self.tr("Delete the slide"), self.delete_slide
        )
        for arrow in (self.up_button, self.down_button):
            arrow.setMaximumWidth(3 * arrow.fontMetrics().height())
        self.slide_list.setMinimumHeight(7 * self.slide_list.fontMetrics().lineSpacing())
        self.slide_title_edit = QLineEdit(placeholderText=self.tr("Heading (default: the date)"))
        self.slide_title_edit.textEdited.connect(self._on_slide_text)
        self.until_edit = QLineEdit(
            placeholderText=self.tr("Blank for a still map, or e.g. 1946-12")
        )
        self.until_edit.editingFinished.connect(self._on_until_edited)
        self.caption_edit = QPlainTextEdit(
            placeholderText=self.tr("A sentence or two for the audience")
        )
        self.caption_edit.textChanged.connect(self._on_slide_text)
        self.notes_edit = QPlainTextEdit(
            placeholderText=self.tr("Speaker notes (press S when presenting)")
        )
        self.notes_edit.textChanged.connect(self._on_slide_text)
        for edit in (self.caption_edit, self.notes_edit):
            edit.setMinimumHeight(4 * edit.fontMetrics().lineSpacing())
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("color: #5d5a52;")
        top = QHBoxLayout()
        top.addWidget(file_button)
        top.addStretch(1)
        top.addWidget(present)
        top.addWidget(self.present_here_button)
        form = QFormLayout()
        form.addRow(self.tr("Story"), self.title_edit)
        form.addRow(self.tr("Author"), self.author_edit)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        slide_form = QFormLayout()
        slide_form.addRow(self.tr("Heading"), self.slide_title_edit)
        slide_form.addRow(self.tr("Plays to"), self.until_edit)
        slide_form.addRow(self.tr("Caption"), self.caption_edit)
        slide_form.addRow(self.tr("Notes"), self.notes_edit)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.slide_list, stretch=1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addLayout(slide_form)
        self.setWidget(body)

    @staticmethod
    def _button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ showing the story
    @property
    def current(self) -> int:
        """The selected slide's index, or -1."""
        return self.slide_list.currentRow()

    def set_story(self, story: Story, path: Path | None = None, modified: bool = False) -> None:
        """Show *story* (read from *path*, if any); the editor takes it as its own."""
        self.story, self.path = story, path
        self._show_story(0)
        self.set_modified(modified)

    def _show_story(self, select: int) -> None:
        with QSignalBlocker(self.title_edit), QSignalBlocker(self.author_edit):
            self.title_edit.setText(self.story.title)
            self.author_edit.setText(self.story.author)
        self._fill_list(select)
        self._update_title()

    def _fill_list(self, select: int) -> None:
        with QSignalBlocker(self.slide_list):
            self.slide_list.clear()
            for index, slide in enumerate(self.story.slides):
                item = QListWidgetItem(self._item_text(index, slide))
                item.setData(INDEX_ROLE, index)
                item.setToolTip(QtGui.Qt.convertFromPlainText(slide.caption))  # never markup
                self.slide_list.addItem(item)
            if self.story.slides:
                self.slide_list.setCurrentRow(min(max(select, 0), len(self.story.slides) - 1))
        self._on_current_row(self.current)

    @staticmethod
    def _item_text(index: int, slide: Slide) -> str:
        return f"{index + 1}. {slide.heading}" + ("  ▶" if slide.animated else "")

    def _on_current_row(self, row: int) -> None:
        slide = self.story.slides[row] if 0 <= row < len(self.story.slides) else None
        for widget in (
            self.slide_title_edit, self.until_edit, self.caption_edit, self.notes_edit,
            self.update_button, self.up_button, self.down_button, self.delete_button,
            self.present_here_button,
        ):  # fmt: skip
            widget.setEnabled(slide is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.story.slides) - 1)
        with (
            QSignalBlocker(self.slide_title_edit),
            QSignalBlocker(self.caption_edit),
            QSignalBlocker(self.notes_edit),
        ):  # no echo: showing a slide is not editing it
            self.slide_title_edit.setText(slide.title if slide else "")
            self.until_edit.setText(slide.end.iso() if slide and slide.end else "")
            self.caption_edit.setPlainText(slide.caption if slide else "")
            self.notes_edit.setPlainText(slide.notes if slide else "")
        self.summary.setText(
            slide_summary(slide, self.atlas) if slide else self.tr("Add a slide from the map.")
        )

    def _update_title(self) -> None:
        if self.path is None:
            title = self.tr("Story — not saved yet")
        else:
            title = self.tr("Story — {}").format(self.path.name)
        self.setWindowTitle(title + (self.tr(" (changed)") if self.modified else ""))

    def set_modified(self, modified: bool = True) -> None:
        self.modified = modified
        self._update_title()

    # ------------------------------------------------------------------ editing
    def _replace_slides(
        self, slides: list[Slide] | tuple[Slide, ...], select: int, what: str
    ) -> None:
        """Change the slides as one step Edit › Undo can take back (*what*: its name)."""
        after = replace(self.story, slides=tuple(slides))
        self.undo_stack.push(
            StoryEdit(self.undo_stack, what, self.story, after, self.current, select)
        )

    def show_edit(self, story: Story, select: int) -> None:
        """Show *story* as the story being edited (an edit, or its undoing), *select* chosen."""
        self.story = story
        self._show_story(select)
        self.set_modified()

    def _on_story_text(self) -> None:
        untitled = translate("StoryActions", NEW_TITLE, self.state.language)
        title = self.title_edit.text().strip() or untitled
        self.story = replace(self.story, title=title, author=self.author_edit.text().strip())
        self.set_modified()

    def _on_slide_text(self) -> None:
        row = self.current
        if row < 0:
            return
        slide = replace(
            self.story.slides[row],
            title=self.slide_title_edit.text().strip(),
            caption=self.caption_edit.toPlainText().strip(),
            notes=self.notes_edit.toPlainText().strip(),
        )
        self._set_slide(row, slide)

    def _set_slide(self, row: int, slide: Slide) -> None:
        """Change one slide in place (the list keeps its selection and the editors their text)."""
        slides = list(self.story.slides)
        slides[row] = slide
        self.story = replace(self.story, slides=tuple(slides))
        item = self.slide_list.item(row)
        item.setText(self._item_text(row, slide))
        item.setToolTip(QtGui.Qt.convertFromPlainText(slide.caption))  # never markup
        self.summary.setText(slide_summary(slide, self.atlas))
        self.set_modified()

    def _on_until_edited(self) -> None:
        row = self.current
        if row < 0:
            return
        slide = self.story.slides[row]
        text = self.until_edit.text().strip()
        try:
            end = parse_user_date(text) if text else None
        except DateError as exc:
            reason = date_error_text(exc, self.state.language)
            self.summary.setText(self.tr("“Plays to” not changed: {}").format(reason))
            return
        if end is not None and not slide.first_day < end.first_day <= SPAN[1]:
            language = self.state.language
            text = self.tr("“Plays to” not changed: {} must come after {} and by {}.").format(
                date_text(end, language),
                date_text(slide.start, language),
                digits(str(SPAN[1].year), language),
            )
            self.summary.setText(text)
            return
        if end != slide.end:
            self._set_slide(row, replace(slide, end=end))

    def slide_from_map(self) -> Slide:
        """A slide of what the map shows now: date, area, hidden layers, the selection and
        the events lit on the map."""
        frame = self.state.frame()
        return view_slide(
            self.atlas,
            frame.date,
            extent_from_view(*frame.extent) if frame.extent else None,
            frame.hidden_kinds,
            self.state.selection,
            self.state.language,
            lit_window=self.state.window_days,
            raster_looks=frame.raster_looks,
        )

    def add_slide(self) -> None:
        """Insert a slide of the map after the selected one, and start on its caption."""
        row = self.current + 1 if self.story.slides else 0
        slides = list(self.story.slides)
        slides.insert(row, self.slide_from_map())
        self._replace_slides(slides, row, self.tr("Add slide"))
        self.caption_edit.setFocus()

    def update_slide(self) -> None:
        """Give the selected slide the map's view, keeping its words (and its animation if the
        map's date is still before the animation's end)."""
        row = self.current
        if row < 0:
            return
        old, new = self.story.slides[row], self.slide_from_map()
        end = old.end if old.end and old.end.first_day > new.first_day else None
        slide = replace(new, end=end, title=old.title, caption=old.caption, notes=old.notes)
        slides = [*self.story.slides[:row], slide, *self.story.slides[row + 1 :]]
        self._replace_slides(slides, row, self.tr("Use the map for the slide"))

    def delete_slide(self) -> None:
        row = self.current
        if row >= 0:
            slides = self.story.slides[:row] + self.story.slides[row + 1 :]
            self._replace_slides(slides, row, self.tr("Delete slide"))

    def move_up(self) -> None:
        self._swap(self.current - 1)

    def move_down(self) -> None:
        self._swap(self.current)

    def _swap(self, first: int) -> None:
        """Swap slides *first* and *first* + 1; the moved slide stays selected."""
        if not 0 <= first < len(self.story.slides) - 1:
            return
        slides = list(self.story.slides)
        slides[first], slides[first + 1] = slides[first + 1], slides[first]
        self._replace_slides(
            slides, first + 1 if self.current == first else first, self.tr("Move slide")
        )

    def _on_rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        """A slide was dragged: take the new order from the rows, and renumber them in place
        (the list is still in the middle of its drop, so its rows are not rebuilt)."""
        count = self.slide_list.count()
        order = [self.slide_list.item(n).data(INDEX_ROLE) for n in range(count)]
        self.story = replace(self.story, slides=tuple(self.story.slides[i] for i in order))
        for n, slide in enumerate(self.story.slides):
            self.slide_list.item(n).setText(self._item_text(n, slide))
            self.slide_list.item(n).setData(INDEX_ROLE, n)
        with QSignalBlocker(self.slide_list):
            self.slide_list.setCurrentRow(row - 1 if row > start else row)
        self._on_current_row(self.current)  # the moved slide, whatever row it left
        self.set_modified()

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        """Bring the map to the slide as the presentation shows it: its layers and scans'
        looks, its date, its highlighted territories outlined, its first highlight selected
        and its area."""
        slide = self.story.slides[self.slide_list.row(item)]
        commands.show_slide_layers(self.state, slide, self.atlas)
        self.state.date = slide.first_day
        self.state.window_days = slide.event_window(self.atlas)
        self.state.marked = frozenset(slide.territories)
        self.state.selection = (*slide.events, *slide.territories, "")[0]
        self.state.request_extent(projected_bounds(slide.extent) if slide.extent else None)
