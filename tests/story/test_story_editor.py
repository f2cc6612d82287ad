"""The Story dock: slides from the map, words, order, files, and never losing the user's work."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QPointF, QRectF, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from geodata.dates import PartialDate
from geodata.projection import projected_bounds
from viewer.core.atlas import load_atlas
from viewer.core.slide_map import extent_from_view
from viewer.core.story import Slide, Story, load_story
from viewer.core.story_files import save_story, shipped_story, stories_folder
from viewer.story.editor import StoryEditor

EXTENT = (46.0, 36.0, 52.0, 40.0)
Buttons = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A message box nobody answers would hang the suite: each test says what it expects."""
    monkeypatch.setattr(QMessageBox, "exec", pytest.fail)
    monkeypatch.setattr(QMessageBox, "question", pytest.fail)
    monkeypatch.setattr(QMessageBox, "warning", pytest.fail)


@pytest.fixture
def editor(qtbot, window):
    made = StoryEditor(window.atlas, window.state, window.settings, parent=window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, made)
    made.show()
    qtbot.waitExposed(made)
    return made


def show_on_map(window, day: dt.date, selection: str = "") -> None:
    window.state.date = day
    window.state.selection = selection
    x0, y0, x1, y1 = projected_bounds(EXTENT)
    window.map.view_box.setRange(QRectF(QPointF(x0, y0), QPointF(x1, y1)), padding=0)


def add(editor, qtbot, window, day: dt.date, caption: str = "") -> None:
    show_on_map(window, day)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    if caption:
        qtbot.keyClicks(editor.caption_edit, caption)


def answer(monkeypatch, choice, asked: list | None = None) -> None:
    def question(*args, **kwargs):
        if asked is not None:
            asked.append(args[2])
        return choice

    monkeypatch.setattr(QMessageBox, "question", question)


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def headings(editor) -> list[str]:
    return [editor.slide_list.item(n).text() for n in range(editor.slide_list.count())]


# ---------------------------------------------------------------------- building
def test_a_slide_is_made_from_what_the_map_shows(editor, window, qtbot):
    window.kind_boxes["state"].setChecked(False)  # the user hides the states
    show_on_map(window, dt.date(1920, 7, 1), "republic-proclaimed-1920")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    (slide,) = editor.story.slides
    assert slide.start == PartialDate(1920, 7, 1) and slide.end is None
    assert slide.hidden_kinds == {"state"}
    assert slide.events == ("republic-proclaimed-1920",)
    assert slide.territories == ("republic",)  # the territory the event starts
    (x0, x1), (y0, y1) = window.map.view_box.viewRange()
    assert slide.extent == extent_from_view(x0, y0, x1, y1)  # the map's view, in degrees
    west, south, east, north = slide.extent
    assert west <= 46 and south <= 36 and east >= 52 and north >= 40
    assert headings(editor) == ["1. 1 July 1920"]
    assert editor.modified and editor.windowTitle() == "Story — not saved yet (changed)"
    assert editor.caption_edit.hasFocus()  # ready for the caption
    qtbot.keyClicks(editor.caption_edit, "Rasht, summer 1920.")
    qtbot.keyClicks(editor.slide_title_edit, "The republic")
    assert editor.story.slides[0].caption == "Rasht, summer 1920."
    assert headings(editor) == ["1. The republic"]
    assert "highlights 1 event and 1 territory" in editor.summary.text()


def test_use_map_gives_a_slide_the_maps_view_and_keeps_its_words(editor, window, qtbot):
    add(editor, qtbot, window, dt.date(1920, 7, 1), "Kept.")
    show_on_map(window, dt.date(1935, 6, 1), "sea-line")
    qtbot.mouseClick(editor.update_button, Qt.MouseButton.LeftButton)
    (slide,) = editor.story.slides
    assert slide.start == PartialDate(1935, 6, 1) and slide.territories == ("sea-line",)
    assert slide.caption == "Kept."


def test_plays_to_makes_an_animated_slide_and_refuses_a_wrong_date(editor, window, qtbot):
    add(editor, qtbot, window, dt.date(1920, 7, 1))
    qtbot.keyClicks(editor.until_edit, "1921-09")
    qtbot.keyClick(editor.until_edit, Qt.Key.Key_Return)
    assert editor.story.slides[0].end == PartialDate(1921, 9)
    assert headings(editor) == ["1. 1 July 1920 – September 1921  ▶"]  # heading: the span
    editor.until_edit.setText("1919")
    qtbot.keyClick(editor.until_edit, Qt.Key.Key_Return)
    assert editor.story.slides[0].end == PartialDate(1921, 9)
    assert "must come after 1 July 1920" in editor.summary.text()
    editor.until_edit.clear()
    qtbot.keyClick(editor.until_edit, Qt.Key.Key_Return)
    assert editor.story.slides[0].end is None


def test_slides_are_reordered_by_buttons_and_by_dragging(editor, window, qtbot):
    for year, caption in ((1920, "a"), (1921, "b"), (1935, "c")):
        add(editor, qtbot, window, dt.date(year, 1, 1), caption)
    captions = lambda: [s.caption for s in editor.story.slides]  # noqa: E731
    editor.slide_list.setCurrentRow(0)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert captions() == ["b", "a", "c"] and editor.current == 1
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert captions() == ["a", "b", "c"] and editor.current == 0
    assert not editor.up_button.isEnabled()
    model = editor.slide_list.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)  # what a drop does
    assert captions() == ["c", "a", "b"] and editor.current == 0
    assert headings(editor)[0] == "1. 1 January 1935"


def test_delete_removes_the_slide_and_selects_its_neighbour(editor, window, qtbot):
    for year, caption in ((1920, "a"), (1921, "b")):
        add(editor, qtbot, window, dt.date(year, 1, 1), caption)
    editor.slide_list.setCurrentRow(1)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert [s.caption for s in editor.story.slides] == ["a"] and editor.current == 0
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.story.slides == () and not editor.delete_button.isEnabled()


def test_double_click_shows_the_slide_on_the_map(editor, window, qtbot):
    editor.set_story(
        Story("T", slides=(Slide(PartialDate(1921, 3), extent=EXTENT, events=("treaty-1921",)),))
    )
    window.state.date = dt.date(1946, 1, 1)
    viewport = editor.slide_list.viewport()
    centre = editor.slide_list.visualItemRect(editor.slide_list.item(0)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)  # Qt 6 wants the press
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert window.state.date == dt.date(1921, 3, 1)
    assert window.state.selection == "treaty-1921"


def test_double_click_gives_the_map_the_slides_layers_and_highlights(editor, window, qtbot):
    """As the presentation shows the slide: its hidden kinds off, its territories outlined."""
    slide = Slide(
        PartialDate(1920, 7),
        hidden_kinds=frozenset({"sea_line"}),
        territories=("republic", "union"),
    )
    editor.set_story(Story("T", slides=(slide,)))
    window.state.marked = frozenset()
    viewport = editor.slide_list.viewport()
    centre = editor.slide_list.visualItemRect(editor.slide_list.item(0)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert window.state.hidden_kinds == {"sea_line"}
    assert window.state.marked == {"republic", "union"}
    assert window.state.selection == "republic"  # the first highlight
    assert window.map.outlines.groups["selected"] == {"republic", "union"}


# ---------------------------------------------------------------------- files
def test_save_writes_a_file_that_opens_as_the_same_story(
    editor, window, qtbot, tmp_path, monkeypatch
):
    add(editor, qtbot, window, dt.date(1920, 7, 1), "Rasht.")
    qtbot.keyClicks(editor.title_edit, " and after")
    save_to(monkeypatch, tmp_path / "gilan")
    with qtbot.waitSignal(editor.statusMessage) as told:
        editor.controller.save_action.trigger()
    path = tmp_path / "gilan.yaml"
    assert told.args == [f"Saved {path}"]
    assert load_story(path, window.atlas) == editor.story
    assert editor.story.title == "Untitled story and after"
    assert not editor.modified and editor.windowTitle() == "Story — gilan.yaml"
    qtbot.keyClicks(editor.caption_edit, " More.")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", pytest.fail)  # no dialog now
    editor.controller.save_action.trigger()
    assert load_story(path, window.atlas).slides[0].caption == "Rasht. More."


def test_unsaved_changes_are_never_thrown_away_without_asking(
    editor, window, qtbot, tmp_path, monkeypatch
):
    add(editor, qtbot, window, dt.date(1920, 7, 1), "Precious.")
    asked: list[str] = []
    answer(monkeypatch, Buttons.Cancel, asked)
    editor.controller.new_action.trigger()
    assert asked and "has changes that are not saved" in asked[0]
    assert editor.story.slides[0].caption == "Precious."  # cancelled: nothing lost
    monkeypatch.setattr(QFileDialog, "getOpenFileName", pytest.fail)
    editor.controller.open_action.trigger()  # cancelled before the file dialog
    save_to(monkeypatch, tmp_path / "precious.yaml")
    answer(monkeypatch, Buttons.Save)
    editor.controller.new_action.trigger()
    assert load_story(tmp_path / "precious.yaml", window.atlas).slides[0].caption == "Precious."
    assert editor.story == Story("Untitled story") and not editor.modified
    add(editor, qtbot, window, dt.date(1921, 1, 1), "Throwaway.")
    answer(monkeypatch, Buttons.Discard)
    assert editor.controller.maybe_save()  # what the window asks before it closes
    answer(monkeypatch, Buttons.Cancel)
    assert not editor.controller.maybe_save()


def test_a_file_dialog_cancelled_on_save_keeps_the_changes(editor, window, qtbot, monkeypatch):
    add(editor, qtbot, window, dt.date(1920, 7, 1), "Unsaved.")
    save_to(monkeypatch, "")
    answer(monkeypatch, Buttons.Save)
    assert not editor.controller.maybe_save()  # saving was cancelled, so closing must wait
    assert editor.modified


def test_no_question_when_nothing_changed(editor, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", pytest.fail)
    assert editor.controller.maybe_save()
    editor.controller.new_action.trigger()


def test_a_broken_story_is_reported_and_nothing_changes(
    editor, window, qtbot, tmp_path, monkeypatch
):
    add(editor, qtbot, window, dt.date(1920, 7, 1), "Mine.")
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: B\nslides:\n  - date: '1920-13'\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(box.informativeText() + box.detailedText())
    )  # all the dialog shows
    assert not editor.controller.open_path(broken)
    assert "broken.yaml:3: 'slide 1': field 'date': 1920-13" in shown[0]
    assert editor.story.slides[0].caption == "Mine."


def test_a_shipped_story_is_saved_as_a_copy(window, tmp_path, monkeypatch, qtbot):
    editor = StoryEditor(load_atlas(), window.state, window.settings, parent=window)  # real data
    assert editor.controller.open_path(shipped_story("en"))
    assert editor.slide_list.count() == 12 and not editor.modified
    qtbot.keyClicks(editor.notes_edit, " (my addition)")
    asked: list = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: asked.append(a[2]) or (str(tmp_path / "mine.yaml"), ""),
    )
    editor.controller.save_action.trigger()
    assert asked and asked[0].endswith("northern-neighbour.yaml")
    assert not asked[0].startswith(str(stories_folder()))  # not into the app
    assert editor.path == tmp_path / "mine.yaml"


def test_a_handout_is_written_from_the_dock(editor, tiny_atlas, tmp_path, qtbot):
    story = Story("T", slides=(Slide(PartialDate(1920, 7), caption="Gilan."),))
    save_story(story, tmp_path / "t.yaml")
    editor.controller.open_path(tmp_path / "t.yaml")
    with qtbot.waitSignal(editor.statusMessage) as told:
        path = editor.controller.write_handout(tmp_path / "t.pdf", "pdf")
    assert path.read_bytes().startswith(b"%PDF")
    assert told.args == [f"Wrote {path}"]


def test_the_dock_presents_and_writes_handouts_in_the_windows_language(
    editor, window, tmp_path, qtbot
):
    from tests.export.test_export import pdf_text
    from viewer.app.i18n import install_language

    add(editor, qtbot, window, dt.date(1920, 7, 1), "Gilan.")
    window.state.language = "ru"
    install_language("ru")  # what choosing Russian in View › Language puts in force
    try:
        with qtbot.waitSignal(editor.statusMessage) as told:
            path = editor.controller.write_handout(tmp_path / "t.pdf", "pdf")
        assert told.args == [f"Записано: {path}"]
        assert "Библиография" in pdf_text(path.read_bytes())
        shown = editor.controller.present(0)
        qtbot.waitExposed(shown)
        assert shown.notes.following.text() == "Далее: конец"
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    finally:
        install_language("en")


# ---------------------------------------------------------------------- presenting
def test_present_from_here_and_back(editor, window, qtbot):
    for year in (1920, 1921, 1935):
        add(editor, qtbot, window, dt.date(year, 1, 1))
    editor.slide_list.setCurrentRow(1)
    date = window.state.date
    qtbot.mouseClick(editor.present_here_button, Qt.MouseButton.LeftButton)
    shown = editor.controller.presentation
    qtbot.waitExposed(shown)
    assert shown.isFullScreen() and shown.index == 1
    assert editor.controller.present(0) is None  # one presentation at a time
    qtbot.keyClick(shown, Qt.Key.Key_End)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert editor.controller.presentation is None and editor.current == 2  # where the talk ended
    assert window.state.date == date and window.isVisible()


def test_f5_before_any_story_presents_the_shipped_one(editor, window, qtbot, tmp_path, monkeypatch):
    add(editor, qtbot, window, dt.date(1921, 3, 1), "The treaty.")
    shipped = tmp_path / "shipped.yaml"
    save_story(replace(editor.story, title="The shipped story"), shipped)
    editor.set_story(Story(title="Untitled story", slides=()), None, False)  # a fresh window
    monkeypatch.setattr("viewer.story.controller.shipped_story", lambda language: shipped)
    shown = editor.controller.present_action.trigger() or editor.controller.presentation
    qtbot.waitExposed(shown)
    assert shown.story.title == "The shipped story" and shown.isFullScreen()
    assert editor.path == shipped
    qtbot.keyClick(shown, Qt.Key.Key_Escape)


@pytest.mark.parametrize("language", ["fa", "ru"])
def test_f5_presents_the_shipped_story_in_the_windows_language(window, qtbot, language):
    editor = StoryEditor(load_atlas(), window.state, window.settings, parent=window)  # real data
    window.state.language = language
    shown = editor.controller.present_action.trigger() or editor.controller.presentation
    qtbot.waitExposed(shown)
    assert editor.path == shipped_story(language) != shipped_story("en")
    assert shown.story == load_story(shipped_story(language), editor.atlas)
    assert shown.state.language == language  # the map's labels too
    assert shown.isRightToLeft() == (language == "fa")
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert editor.controller.presentation is None


def test_an_empty_story_says_what_to_do_instead_of_presenting(editor, qtbot):
    qtbot.keyClicks(editor.title_edit, "My lesson")  # the user's own story, still empty
    with qtbot.waitSignal(editor.statusMessage) as told:
        assert editor.controller.present_action.trigger() is None
    assert "no slides yet" in told.args[0]
    assert editor.controller.presentation is None


# ---------------------------------------------------------------------- undo
def test_a_deleted_slide_comes_back_with_undo(editor, window, qtbot):
    for year, caption in ((1920, "Rasht."), (1921, "Moscow."), (1935, "The line.")):
        add(editor, qtbot, window, dt.date(year, 1, 1), caption)
    editor.slide_list.setCurrentRow(1)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert [s.caption for s in editor.story.slides] == ["Rasht.", "The line."]
    assert editor.undo_stack.undoText() == "Delete slide"
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.undo_action in edit_menu.actions()  # the window's one stack, with its story's
    assert window.story_dock.undo_stack is window.undo
    editor.undo_stack.undo()
    assert [s.caption for s in editor.story.slides] == ["Rasht.", "Moscow.", "The line."]
    assert editor.current == 1 and editor.caption_edit.toPlainText() == "Moscow."
    editor.undo_stack.redo()
    assert [s.caption for s in editor.story.slides] == ["Rasht.", "The line."]


def test_adding_and_moving_slides_undo_step_by_step(editor, window, qtbot):
    add(editor, qtbot, window, dt.date(1920, 1, 1), "First.")
    add(editor, qtbot, window, dt.date(1921, 1, 1), "Second.")
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [s.caption for s in editor.story.slides] == ["Second.", "First."]
    editor.undo_stack.undo()
    assert [s.caption for s in editor.story.slides] == ["First.", "Second."]
    editor.undo_stack.undo()  # the second slide's adding (its caption came with it)
    assert [s.first_day.year for s in editor.story.slides] == [1920]


def test_another_story_cannot_undo_into_the_last_one(editor, window, qtbot):
    add(editor, qtbot, window, dt.date(1920, 1, 1))
    assert editor.undo_stack.canUndo()
    editor.set_modified(False)  # saved, say: File › New story asks nothing
    editor.controller.new_story()
    assert not editor.undo_stack.canUndo()


def test_f5_follows_the_windows_language_while_its_story_is_open_as_it_opened_it(window, qtbot):
    editor = StoryEditor(load_atlas(), window.state, window.settings, parent=window)  # real data
    shown = editor.controller.present_action.trigger() or editor.controller.presentation
    qtbot.waitExposed(shown)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert editor.path == shipped_story("en")
    window.state.language = "fa"  # the teacher switches the window to Persian
    shown = editor.controller.present_action.trigger() or editor.controller.presentation
    qtbot.waitExposed(shown)
    assert editor.path == shipped_story("fa")
    assert shown.story == load_story(shipped_story("fa"), editor.atlas)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)


def test_f5_keeps_a_shipped_story_the_user_opened_themselves(window, qtbot):
    editor = StoryEditor(load_atlas(), window.state, window.settings, parent=window)
    assert editor.controller.open_path(shipped_story("en"))  # chosen in English on purpose
    window.state.language = "ru"
    shown = editor.controller.present_action.trigger() or editor.controller.presentation
    qtbot.waitExposed(shown)
    assert editor.path == shipped_story("en")
    assert shown.story == load_story(shipped_story("en"), editor.atlas)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
