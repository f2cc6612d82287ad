"""Edit › Undo for stories: each change to the slides is one step that can be taken back.

Stories are immutable values, so a step keeps the story before and after it: undoing shows
the one, redoing the other, and nothing has to know how to reverse an edit. Deleting a slide
in front of a class is no longer final.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from viewer.core.story import Story


class Editor(Protocol):
    def show_edit(self, story: Story, select: int) -> None: ...


class StoryEdit(QUndoCommand):
    """One change to a story: *before* and *after*, and the slide selected with each."""

    def __init__(
        self, editor: Editor, what: str, before: Story, after: Story, was: int, now: int
    ) -> None:
        super().__init__(what)
        self.editor = editor
        self.before, self.after, self.was, self.now = before, after, was, now

    def redo(self) -> None:
        self.editor.show_edit(self.after, self.now)

    def undo(self) -> None:
        self.editor.show_edit(self.before, self.was)
