"""The details panel's "Copy citation": what is shown, on the clipboard, for a reference manager."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from geodata.dataset import TerritoryDataset
from tests.core.test_citations import parse_bibtex, parse_ris
from viewer.app.i18n import install_language
from viewer.core.atlas import SPAN, Atlas
from viewer.core.state import ViewState
from viewer.panels.details import DetailsPanel

EVENT = "republic-proclaimed-1920"  # cites the encyclopaedia, para 2


@pytest.fixture
def state(qapp):
    install_language("en")  # the plural notes, whichever test ran first
    return ViewState(*SPAN, date=dt.date(1930, 1, 1))


def make_panel(qtbot, atlas: Atlas, state: ViewState) -> DetailsPanel:
    widget = DetailsPanel(atlas, state)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def panel(qtbot, tiny_atlas, state):
    return make_panel(qtbot, tiny_atlas, state)


def copy(qtbot, panel: DetailsPanel, name: str) -> str:
    """Choose *name* from the button's menu; the status note it sends."""
    (action,) = [a for a in panel.cite_button.menu().actions() if a.text() == name]
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(panel.statusMessage) as told:
        action.trigger()
    return told.args[0]


def test_copying_an_event_as_bibtex_puts_its_source_on_the_clipboard(panel, state, qtbot):
    state.selection = EVENT
    note = copy(qtbot, panel, "BibTeX")
    text = QGuiApplication.clipboard().text()
    assert text.startswith("@misc{encyclopaedia,")
    entries = parse_bibtex(text)
    assert list(entries) == ["encyclopaedia"]
    kind, fields = entries["encyclopaedia"]
    assert kind == "misc" and "para 2" in fields["note"]
    assert note == "Copied 1 citation as BibTeX"


def test_copying_an_event_as_ris_gives_one_record_with_its_locator(panel, state, qtbot):
    state.selection = EVENT
    assert copy(qtbot, panel, "RIS") == "Copied 1 citation as RIS"
    (record,) = parse_ris(QGuiApplication.clipboard().text())
    assert record["ID"] == ["encyclopaedia"]
    assert any("para 2" in note for note in record["N1"])


def test_a_territory_copies_what_it_cites(panel, state, qtbot, tiny_atlas):
    state.selection = "sea-line"
    copy(qtbot, panel, "CSL-JSON")
    cited = {c.source for c in tiny_atlas.history["sea-line"].sources}
    assert '"id": "' + sorted(cited)[0] + '"' in QGuiApplication.clipboard().text()


def test_nothing_to_cite_means_no_button_to_press(qtbot, tiny_atlas, state):
    territories = [  # the line unsourced, as a user's layer may have it
        replace(t, sources=()) if t.id == "sea-line" else t for t in tiny_atlas.history
    ]
    atlas = replace(tiny_atlas, history=TerritoryDataset(territories))
    panel = make_panel(qtbot, atlas, state)
    assert not panel.cite_button.isEnabled()  # nothing selected
    state.selection = "sea-line"
    assert "sea" in panel.text().lower() and not panel.cite_button.isEnabled()
    state.selection = EVENT
    assert panel.cite_button.isEnabled()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen menus
def test_the_button_is_named_and_reached_from_the_keyboard(panel, state, qtbot):
    state.selection = EVENT
    assert panel.cite_button.accessibleName() == "Copy citation"
    panel.browser.setFocus()
    panel.focusPreviousChild()  # Shift+Tab from the page
    assert panel.cite_button.hasFocus()
    QGuiApplication.clipboard().clear()

    def choose_the_first_format() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_the_first_format)  # the menu runs its own event loop
    with qtbot.waitSignal(panel.statusMessage):
        qtbot.keyClick(panel.cite_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text().startswith("@misc{encyclopaedia,")
