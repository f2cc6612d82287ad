"""The Story dock's controller: new, open, save, export a handout or citations, present.

`StoryController` belongs to `viewer.story.editor.StoryEditor` (a `QDockWidget`): it makes
the dock's `QAction`s, which the window also lists in its menus, and does what they do with
the whole story, while the dock edits its slides. Files are written atomically, and no action
throws away unsaved work without asking. Presenting and handouts load when first used, not at
start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from geodata.errors import DataError
from viewer.core.atomic import WriteError
from viewer.core.citations import (
    CITE_FORMAT_NAMES,
    CITE_FORMATS,
    CITE_SUFFIXES,
    cite_format_for,
    story_records,
    works_cited,
    write_works,
)
from viewer.core.story import Story, load_story
from viewer.core.story_files import is_bundled, save_story, shipped_story, stories_folder
from viewer.core.wording import tr_noop, translate
from viewer.panels.problems import show_problems
from viewer.panels.recent import RecentFiles, last_folder, remember_folder

if TYPE_CHECKING:  # presenting and handouts load when first used, not at start-up
    from viewer.story.editor import StoryEditor
    from viewer.story.presentation import PresentationWindow

CITE_FILTERS = {f"{CITE_FORMAT_NAMES[f]} (*{CITE_SUFFIXES[f]})": f for f in CITE_FORMATS}
"""The save dialog's filters, each naming its format."""
NEW_TITLE = tr_noop("StoryActions", "Untitled story")


class StoryController(QObject):
    """What the Story dock does with its whole story: files, handouts and presenting.

    The dock holds the story, its file and whether it has unsaved changes, shows a story with
    ``set_story`` and marks it with ``set_modified``, lists its slides in ``slide_list``, and
    reports through its ``statusMessage`` signal; dialogs open over it.
    """

    def __init__(self, dock: StoryEditor) -> None:
        super().__init__(dock)
        self.dock = dock
        self.recent = RecentFiles(dock.settings, "stories")
        """Stories opened or saved lately, for File › Open recent."""
        self._picked: Path | None = None  # the shipped story F5 opened, not the user
        self._make_actions()

    def _make_actions(self) -> None:
        """The actions, for the dock's buttons and the window's menus; nothing presented or
        exported yet."""
        self.presentation: PresentationWindow | None = None
        self._progress: QProgressDialog | None = None

        def action(
            text: str,
            slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ) -> QAction:
            made = QAction(text, self)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        self.new_action = action(self.tr("&New story"), self.new_story)
        self.open_action = action(self.tr("Open &story…"), self.open_story)
        self.save_action = action(self.tr("&Save story"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = action(self.tr("Save story &as…"), self.save_as, "Ctrl+Shift+S")
        self.handout_action = action(self.tr("Export &handout (PDF)…"), self.export_handout)
        self.pictures_action = action(
            self.tr("Export slide &pictures (PNG)…"), self.export_pictures
        )
        self.citations_action = action(self.tr("Export &citations…"), self.export_citations)
        self.present_action = action(self.tr("&Presentation mode"), self.present_from_start, "F5")
        self.present_here_action = action(
            self.tr("Present from &here"), self.present_from_here, "Shift+F5"
        )

    # ------------------------------------------------------------------ files
    def _story_filter(self) -> str:
        return self.tr("Stories (*.yaml *.yml);;All files (*)")

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False means the user cancelled (keep going
        only on True). The window calls this before it closes."""
        if not self.dock.modified:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.dock,
            self.tr("Unsaved story"),
            self.tr("“{}” has changes that are not saved. Save them first?").format(
                self.dock.story.title
            ),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def new_story(self) -> None:
        if self.maybe_save():
            self.dock.set_story(
                Story(translate("StoryActions", NEW_TITLE, self.dock.state.language))
            )
            self._forget_steps()
            self._bring_forward()

    def open_story(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.dock,
            self.tr("Open story"),
            self._folder("stories", fallback=stories_folder()),
            self._story_filter(),
        )
        if name:
            remember_folder(self.dock.settings, "stories", Path(name))
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Load a story file; problems are shown (file, line, slide, field) and nothing
        changes. Returns whether it opened."""
        try:
            story = load_story(path, self.dock.atlas)
        except DataError as exc:
            heading = self.tr("{} was not opened").format(path.name)
            show_problems(self.dock, heading, exc.problems, self.dock.state.language)
            return False
        self.dock.set_story(story, path)
        self._picked = None
        self._forget_steps()
        if not is_bundled(path):  # the shipped story is always at hand: F5
            self.recent.add(path)
        self._bring_forward()
        opened = self.tr("Opened {}: %n slide(s)", "", len(story.slides))
        self.dock.statusMessage.emit(opened.format(path.name))
        return True

    def _folder(self, purpose: str, name: str = "", fallback: Path | None = None) -> str:
        """Where a file dialog for *purpose* opens (the folder last used for it, else
        *fallback* or the home folder), with *name* in it."""
        folder = Path(last_folder(self.dock.settings, purpose, fallback or Path.home()))
        return str(folder / name) if name else str(folder)

    def _forget_steps(self) -> None:
        """Another story: Edit › Undo cannot go back past it. The stack is one line, and its
        story steps would put the last story's slides into this one."""
        self.dock.undo_stack.clear()

    def _bring_forward(self) -> None:
        """Show the dock (it may be closed, or a tab behind another) with the story in it."""
        self.dock.show()
        self.dock.raise_()

    def save(self) -> bool:
        """Save to the story's file (a shipped story is saved as a copy); True if saved."""
        if self.dock.path is None or is_bundled(self.dock.path):
            return self.save_as()
        return self._write(self.dock.path)

    def save_as(self) -> bool:
        if self.dock.path is not None and not is_bundled(self.dock.path):
            start = str(self.dock.path)
        else:  # a copy of a shipped story goes where the user keeps stories
            start = self._folder("stories", self.dock.path.name if self.dock.path else "story.yaml")
        name, _ = QFileDialog.getSaveFileName(
            self.dock, self.tr("Save story"), start, self._story_filter()
        )
        if not name:
            return False
        path = Path(name)
        remember_folder(self.dock.settings, "stories", path)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_name(path.name + ".yaml")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            save_story(self.dock.story, path)
        except WriteError as exc:
            message = exc.message(self.dock.state.language)
            QMessageBox.warning(self.dock, self.tr("Story not saved"), message)
            return False
        self.dock.path = path
        self.recent.add(path)
        self.dock.set_modified(False)
        self.dock.statusMessage.emit(self.tr("Saved {}").format(path))
        return True

    def export_handout(self) -> Path | None:
        """Ask where, then write the PDF handout: a page a slide and a bibliography."""
        if not self._has_slides():
            return None
        start = self._folder(
            "handouts", (self.dock.path.stem if self.dock.path else "handout") + ".pdf"
        )
        name, _ = QFileDialog.getSaveFileName(
            self.dock, self.tr("Export handout"), start, self.tr("PDF handout (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        remember_folder(self.dock.settings, "handouts", path)
        return self.write_handout(path.with_name(path.stem + ".pdf"), "pdf")

    def export_pictures(self) -> Path | None:
        """Ask for a folder, then write a 1920 × 1080 picture of each slide into it."""
        if not self._has_slides():
            return None
        name = QFileDialog.getExistingDirectory(
            self.dock, self.tr("Slide pictures: choose a folder"), self._folder("pictures")
        )
        if not name:
            return None
        remember_folder(self.dock.settings, "pictures", Path(name))
        return self.write_handout(Path(name), "png")

    def export_citations(self) -> Path | None:
        """Ask where, then write the works the story cites (its handout's bibliography, with
        each claim's locator) as BibTeX, CSL-JSON or RIS, by the file's suffix or the filter."""
        if not self._has_slides():
            return None
        works = works_cited(self.dock.atlas, story_records(self.dock.story, self.dock.atlas))
        if not works:
            self.dock.statusMessage.emit(self.tr("The story's slides cite no sources yet."))
            return None
        start = self._folder(
            "citations", (self.dock.path.stem if self.dock.path else "story") + ".bib"
        )
        name, chosen = QFileDialog.getSaveFileName(
            self.dock, self.tr("Export citations"), start, ";;".join(CITE_FILTERS)
        )
        if not name:
            return None
        path = Path(name)
        remember_folder(self.dock.settings, "citations", path)
        format = cite_format_for(path)
        if format is None:  # a name with no suffix, or another: the filter's format is added
            format = CITE_FILTERS.get(chosen, "bibtex")
            path = path.with_name(path.name + CITE_SUFFIXES[format])
        try:
            write_works(path, works, format)
        except WriteError as exc:
            message = exc.message(self.dock.state.language)
            QMessageBox.warning(self.dock, self.tr("Citations not written"), message)
            return None
        wrote = self.tr("Wrote %n citation(s) to {}", "", len(works))
        self.dock.statusMessage.emit(wrote.format(path))
        return path

    def write_handout(self, path: Path, format: str) -> Path | None:
        """Write the handout with a cancellable progress dialog; None if nothing was written."""
        from viewer.export.animation import ExportCancelledError
        from viewer.story.handout import export_handout

        total = len(self.dock.story.slides) + 1
        self._progress = QProgressDialog(
            self.tr("Drawing the slides…"), self.tr("Cancel"), 0, total, self.dock
        )
        self._progress.setWindowTitle(self.tr("Exporting handout"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_handout(
                self.dock.atlas,
                self.dock.story,
                path,
                format,
                self._on_progress,
                language=self.dock.state.language,
            )
        except ExportCancelledError:
            self.dock.statusMessage.emit(self.tr("Handout cancelled; nothing was written."))
            return None
        except (WriteError, ValueError) as exc:
            message = (
                exc.message(self.dock.state.language) if isinstance(exc, WriteError) else str(exc)
            )
            QMessageBox.warning(self.dock, self.tr("Handout not written"), message)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
            self._progress.close()
            self._progress = None
        self.dock.statusMessage.emit(self.tr("Wrote {}").format(path))
        return path

    def _on_progress(self, done: int, total: int) -> bool:
        assert self._progress is not None
        self._progress.setValue(done)  # a modal progress dialog processes events: Cancel works
        return not self._progress.wasCanceled()

    # ------------------------------------------------------------------ presenting
    def _has_slides(self) -> bool:
        if not self.dock.story.slides:
            self.dock.statusMessage.emit(
                self.tr("The story has no slides yet: add one with “Add from map”.")
            )
        return bool(self.dock.story.slides)

    def present_from_start(self) -> PresentationWindow | None:
        return self.present(0)

    def present_from_here(self) -> PresentationWindow | None:
        return self.present(max(self.dock.current, 0))

    def present(self, start: int) -> PresentationWindow | None:
        """Show the story full screen from slide *start*; the window stays as it is.

        Before any story is made or opened, F5 presents the shipped story in the window's
        language, so a lesson can start with one key; and again in the window's language
        after it changed, while that story is open as F5 opened it."""
        if self.presentation is not None:
            return None
        shipped = self._shipped_to_present()
        if shipped is not None:
            if not self.open_path(shipped):
                return None
            self._picked = shipped
        if not self._has_slides():
            return None
        from viewer.story.presentation import PresentationWindow

        self.presentation = PresentationWindow(
            self.dock.atlas, self.dock.story, start, language=self.dock.state.language
        )
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation.finished.connect(self._on_presentation_finished)
        self.presentation.start(self.dock.window().screen())
        return self.presentation

    def _shipped_to_present(self) -> Path | None:
        """The shipped story F5 opens first: none when the user's own story is open (or
        a shipped one they opened themselves, or changed), or when it is open already."""
        dock = self.dock
        untouched = not dock.story.slides and dock.path is None
        picked = self._picked is not None and dock.path == self._picked
        if dock.modified or not (untouched or picked):
            return None
        wanted = shipped_story(dock.state.language)
        return None if wanted == dock.path else wanted

    def _on_presentation_finished(self, index: int) -> None:
        """Back from presenting: the slide shown last is selected, the window active again."""
        self.presentation = None
        self.dock.slide_list.setCurrentRow(index)
        self.dock.window().activateWindow()
