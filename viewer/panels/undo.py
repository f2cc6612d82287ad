"""Edit › Undo and Redo: one stack of steps for the whole window.

A teacher expects Ctrl+Z to take back the last thing done, whatever it was: a slide deleted,
a file added or removed, a layer switched off. So there is one stack, not one per dock. It
outlives the window it serves (the window is rebuilt when a file is added or the language
changes, and adding a file must stay undoable), so a step never keeps a window's part: it
acts on whichever window is current, through the parts that window sets here.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from viewer.core import commands
from viewer.core.state import ViewState
from viewer.core.story import Story


class StoryHost(Protocol):
    """The dock editing the story: shows a story as edited (an edit, or its undoing)."""

    def show_edit(self, story: Story, select: int) -> None: ...


class FilesHost(Protocol):
    """The window holding the user's files: adds and removes them as File › Open and
    File › Remove do (problems shown), and says which paths it really added, and which it
    removed from which place in the list (*places* puts added ones back at theirs)."""

    def change_files(
        self, add: list[Path], remove: list[Path], places: Mapping[Path, int] | None = None
    ) -> tuple[list[Path], dict[Path, int]]: ...


class WindowUndo(QUndoStack):
    """The window's undo stack, and the current window's parts its steps act on: its model
    (``state``), its story dock (``story``) and the window itself for files (``files``)."""

    def __init__(self, state: ViewState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.story: StoryHost | None = None
        self.files: FilesHost | None = None


class LayerSwitch(QUndoCommand):
    """A historical kind or base layer switched on or off (*text*: the step's name)."""

    def __init__(self, stack: WindowUndo, name: str, shown: bool, text: str) -> None:
        super().__init__(text)
        self.stack, self.name, self.shown = stack, name, shown

    def redo(self) -> None:
        commands.show_layer(self.stack.state, self.name, self.shown)

    def undo(self) -> None:
        commands.show_layer(self.stack.state, self.name, not self.shown)


class AddFiles(QUndoCommand):
    """Files added (File › Open, Open recent); undoing removes them again. A step that added
    nothing (every file refused, or only reloaded) leaves no step behind."""

    def __init__(self, stack: WindowUndo, paths: list[Path], text: str) -> None:
        super().__init__(text)
        self.stack, self.paths = stack, paths
        self._done = False

    def redo(self) -> None:
        assert self.stack.files is not None  # file steps are made only by a window with files
        added, _ = self.stack.files.change_files(self.paths, [])
        if not self._done:  # the first time: what was really added is what undo removes
            self._done, self.paths = True, added
            self.setObsolete(not added)

    def undo(self) -> None:
        assert self.stack.files is not None
        self.stack.files.change_files([], self.paths)


class RemoveFile(QUndoCommand):
    """A file removed (File › Remove); undoing adds it back, with the later files that
    relied on it and went with it, each at its old place in the list, so the map draws
    them in the same order as before."""

    def __init__(self, stack: WindowUndo, path: Path, text: str) -> None:
        super().__init__(text)
        self.stack, self.path = stack, path
        self.removed: dict[Path, int] = {}

    def redo(self) -> None:
        assert self.stack.files is not None
        _, removed = self.stack.files.change_files([], [self.path])
        self.removed = self.removed or removed
        self.setObsolete(not self.removed)

    def undo(self) -> None:
        assert self.stack.files is not None
        self.stack.files.change_files(list(self.removed), [], self.removed)
