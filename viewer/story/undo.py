"""Edit › Undo for stories: each change to the slides is one step that can be taken back.

Stories are immutable values, so a step keeps the story before and after it: undoing shows
the one, redoing the other, and nothing has to know how to reverse an edit. Deleting a slide
in front of a class is no longer final. The step goes on the window's one stack
(:class:`viewer.panels.undo.WindowUndo`) and shows the story in whichever Story dock is current.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from viewer.core.story import Story
from viewer.panels.undo import WindowUndo


class StoryEdit(QUndoCommand):
    """One change to a story: *before* and *after*, and the slide selected with each."""

    def __init__(
        self, stack: WindowUndo, what: str, before: Story, after: Story, was: int, now: int
    ) -> None:
        super().__init__(what)
        self.stack = stack
        self.before, self.after, self.was, self.now = before, after, was, now

    def redo(self) -> None:
        self._show(self.after, self.now)

    def undo(self) -> None:
        self._show(self.before, self.was)

    def _show(self, story: Story, select: int) -> None:
        if self.stack.story is not None:
            self.stack.story.show_edit(story, select)
