"""File › Open recent lists stories as well as layers, and every file dialog opens in the
folder last used for its purpose: open and save a story, export a map, export citations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from viewer.core.story import Story
from viewer.core.story_files import save_story


def saved_story(folder: Path, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{title.lower()}.yaml"
    save_story(Story(title), path)
    return path


def recent_names(window) -> list[str]:
    window.recent_menu.aboutToShow.emit()  # as opening the menu does
    return [a.text() for a in window.recent_menu.actions() if a.isEnabled()]


def test_stories_opened_and_saved_are_offered_under_open_recent(window, tmp_path, monkeypatch):
    assert recent_names(window) == []
    assert [a.text() for a in window.recent_menu.actions()] == ["No recent files"]
    gilan = saved_story(tmp_path / "lessons", "Gilan")
    assert window.story_controller.open_path(gilan)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "tabriz.yaml"), "")
    )
    window.story_controller.save_as_action.trigger()  # a copy under another name
    assert window.story_dock.path == tmp_path / "tabriz.yaml"
    assert recent_names(window) == ["gilan.yaml"]  # the story open now is not offered
    next(a for a in window.recent_menu.actions() if a.text() == "gilan.yaml").trigger()
    assert window.story_dock.path == gilan and window.story_dock.story.title == "Gilan"
    assert recent_names(window) == ["tabriz.yaml"]


def test_the_shipped_story_is_not_listed_as_recent(window, tmp_path, monkeypatch):
    shipped = saved_story(tmp_path, "Shipped")  # the real one cites events the tiny data lacks
    monkeypatch.setattr("viewer.story.controller.is_bundled", lambda path: path == shipped)
    assert window.story_controller.open_path(shipped)
    window.story_controller.new_action.trigger()
    assert recent_names(window) == []


def test_a_recent_story_asks_before_replacing_unsaved_work(window, tmp_path, monkeypatch):
    gilan = saved_story(tmp_path, "Gilan")
    assert window.story_controller.open_path(gilan)
    window.story_controller.new_action.trigger()
    window.story_dock.set_modified(True)  # the user has typed something
    monkeypatch.setattr(window.story_controller, "maybe_save", lambda: False)  # and cancels
    assert recent_names(window) == ["gilan.yaml"]
    next(a for a in window.recent_menu.actions() if a.text() == "gilan.yaml").trigger()
    assert window.story_dock.path is None


def test_the_open_story_dialog_opens_where_the_last_story_came_from(window, tmp_path, monkeypatch):
    gilan = saved_story(tmp_path / "lessons", "Gilan")
    asked: list[str] = []

    def dialog(parent, title, folder, filters):
        asked.append(folder)
        return str(gilan), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    window.story_controller.open_action.trigger()
    window.story_controller.open_action.trigger()
    assert asked[0] != str(gilan.parent) and asked[1] == str(gilan.parent)


def test_save_as_suggests_the_folder_stories_were_last_saved_in(window, tmp_path, monkeypatch):
    asked: list[str] = []

    def dialog(parent, title, start, filters):
        asked.append(start)
        return str(tmp_path / "kept" / "first.yaml"), ""

    (tmp_path / "kept").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.story_controller.save_as_action.trigger()
    window.story_controller.new_action.trigger()
    window.story_controller.save_as_action.trigger()
    assert asked[1] == str(tmp_path / "kept" / "story.yaml")


def test_export_citations_opens_where_citations_were_last_written(window, tmp_path, monkeypatch):
    from viewer.core.story import Slide

    asked: list[str] = []
    folder = tmp_path / "bib"
    folder.mkdir()

    def dialog(parent, title, start, filters):
        asked.append(start)
        return str(folder / "works.bib"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    event = next(iter(window.atlas.events))
    story = Story("Cited", slides=(Slide(event.date, events=(event.id,)),))
    window.story_dock.set_story(story)
    window.story_controller.citations_action.trigger()
    assert (folder / "works.bib").is_file()
    window.story_controller.citations_action.trigger()
    assert asked[1] == str(folder / "story.bib")


def test_the_export_dialog_browses_from_the_folder_last_exported_to(window, tmp_path, monkeypatch):
    from viewer.export.dialog import ExportDialog

    maps = tmp_path / "maps"
    maps.mkdir()
    asked: list[str] = []

    def browse(parent, title, start, *args, **kwargs):
        asked.append(start)
        return "", ""  # cancelled

    def run(dialog: ExportDialog) -> int:
        dialog.browse()
        dialog.path_edit.setText(str(maps / f"gilan{len(asked)}.png"))
        dialog.export()
        return 0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", browse)
    monkeypatch.setattr(ExportDialog, "exec", run)
    window._export()
    window._export()
    assert (maps / "gilan1.png").is_file() and (maps / "gilan2.png").is_file()
    assert Path(asked[0]).parent != maps and asked[1] == str(maps / "caspian-atlas.png")
