"""The story's "Export citations…": its handout's bibliography, for a reference manager."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton

from geodata.dates import PartialDate
from tests.core.test_citations import parse_bibtex, parse_ris
from viewer.app.i18n import install_language
from viewer.core.atlas import load_atlas
from viewer.core.story import Slide, Story, bibliography
from viewer.core.story_files import shipped_story
from viewer.story.editor import StoryEditor

FILTERS = {"bibtex": "BibTeX (*.bib)", "csl-json": "CSL-JSON (*.json)", "ris": "RIS (*.ris)"}
SUFFIXES = {"bibtex": ".bib", "csl-json": ".json", "ris": ".ris"}


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A message box nobody answers would hang the suite: each test says what it expects."""
    monkeypatch.setattr(QMessageBox, "warning", pytest.fail)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", pytest.fail)
    install_language("en")  # the plural notes, whichever test ran first


@pytest.fixture
def real_editor(window):
    """The dock on the bundled data, with the shipped story open (many works cited)."""
    editor = StoryEditor(load_atlas(), window.state, window.settings, parent=window)
    assert editor.controller.open_path(shipped_story("en"))
    return editor


def save_to(monkeypatch, name, chosen_filter: str, asked: list | None = None) -> None:
    def dialog(parent, title, start, filters):
        if asked is not None:
            asked.append((title, start, filters))
        return str(name), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)


def cited_ids(text: str, format: str) -> list[str]:
    """The works a file holds, parsed back."""
    if format == "bibtex":
        return list(parse_bibtex(text))
    if format == "ris":
        return [id_ for record in parse_ris(text) for id_ in record["ID"]]
    return [item["id"] for item in json.loads(text)]


@pytest.mark.parametrize("format", ["bibtex", "csl-json", "ris"])
def test_export_citations_writes_the_storys_bibliography(
    format, real_editor, monkeypatch, tmp_path, qtbot
):
    asked: list = []
    save_to(monkeypatch, tmp_path / "works", FILTERS[format], asked)  # no suffix typed
    with qtbot.waitSignal(real_editor.statusMessage) as told:
        real_editor.controller.citations_action.trigger()
    expected = [s.id for s in bibliography(real_editor.story, real_editor.atlas)]
    path = tmp_path / ("works" + SUFFIXES[format])  # the filter's suffix is added
    assert len(expected) > 5
    assert cited_ids(path.read_bytes().decode("utf-8"), format) == expected
    assert told.args == [f"Wrote {len(expected)} citations to {path}"]
    ((title, start, filters),) = asked
    assert title == "Export citations" and start.endswith("northern-neighbour.bib")
    assert filters.split(";;") == list(FILTERS.values())


def test_a_typed_suffix_chooses_the_format(real_editor, monkeypatch, tmp_path):
    save_to(monkeypatch, tmp_path / "works.ris", FILTERS["bibtex"])
    path = real_editor.controller.export_citations()
    assert path == tmp_path / "works.ris"
    assert path.read_text(encoding="utf-8").startswith("TY  - ")
    assert list(tmp_path.iterdir()) == [path]


def test_an_unwritable_target_is_our_message_and_leaves_no_file(
    real_editor, monkeypatch, tmp_path, disk_full_after
):
    shown: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:]))
    save_to(monkeypatch, tmp_path / "works.bib", FILTERS["bibtex"])
    disk_full_after(10)
    assert real_editor.controller.export_citations() is None
    target = tmp_path / "works.bib"
    assert shown == [("Citations not written", f"Cannot write {target}: the disk is full")]
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one


def test_a_story_that_cites_nothing_says_so_without_a_dialog(window, qtbot):
    editor = StoryEditor(window.atlas, window.state, window.settings, parent=window)
    editor.set_story(Story("Plain", slides=(Slide(PartialDate(1930)),)))  # nothing highlighted
    with qtbot.waitSignal(editor.statusMessage) as told:
        assert editor.controller.export_citations() is None
    assert told.args == ["The story's slides cite no sources yet."]


def test_export_citations_is_in_both_file_menus(window):
    action = window.story_controller.citations_action
    (file_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    names = [a.text() for a in file_menu.actions()]
    assert names.index(action.text()) == names.index("Export &handout (PDF)…") + 2
    (dock_file,) = [b for b in window.story_dock.findChildren(QToolButton) if b.text() == "File"]
    assert action in dock_file.menu().actions()
