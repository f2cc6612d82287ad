"""Help: the shortcut list comes from the actions themselves; the guide and overview ship."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence

from viewer.app.help import (
    GuideDialog,
    OverviewDialog,
    ShortcutsDialog,
    first_run,
    shortcut_rows,
)


def _help_action(window, text: str) -> QAction:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return next(a for a in help_menu.actions() if a.text() == text)


def test_every_bound_key_is_listed_under_its_menu(window):
    rows = shortcut_rows(window)
    assert ("View", "Presentation mode", "F5") in rows
    assert ("Time", "Next map change", "Ctrl+PgDown, ]") in rows
    assert ("Time", "Go to date", "Ctrl+G") in rows
    # Presentation mode reads its own keys: listed from the same sets it checks.
    assert ("Presentation mode", "Show or hide the speaker notes", "S") in rows


def test_a_new_action_is_listed_without_editing_the_help(window):
    """Generated, not written: a key bound anywhere in the window appears in the list."""
    menu = window.menuBar().addMenu("&Extra")
    action = menu.addAction("Do a &thing")
    action.setShortcut(QKeySequence("Ctrl+Alt+T"))
    assert ("Extra", "Do a thing", "Ctrl+Alt+T") in shortcut_rows(window)
    menu.addAction("No key")
    assert all(row[1] != "No key" for row in shortcut_rows(window))


def test_the_shortcut_list_filters_by_action_or_key(window, qtbot):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    every = dialog.visible_rows()
    dialog.filter.setText("]")
    assert dialog.visible_rows() == [r for r in every if "]" in " ".join(r)]
    assert ("Time", "Next map change", "Ctrl+PgDown, ]") in dialog.visible_rows()
    dialog.filter.setText("speaker")
    assert [r[1] for r in dialog.visible_rows()] == ["Show or hide the speaker notes"]


def test_the_help_menu_opens_the_shortcuts_beside_the_window(window, qtbot):
    _help_action(window, "&Keyboard shortcuts").trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, ShortcutsDialog) for w in window.children()))
    dialog = next(w for w in window.children() if isinstance(w, ShortcutsDialog))
    assert dialog.isVisible() and not dialog.isModal()
    dialog.close()


def test_the_guide_is_bundled_and_opens_nothing_outside(window, qtbot):
    dialog = GuideDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Stories, presenting and handouts" in text and "Moving through time" in text
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()


def test_the_overview_shows_on_the_first_run_until_declined(settings, qtbot, window):
    assert first_run(settings)
    dialog = OverviewDialog(settings, window)
    qtbot.addWidget(dialog)
    assert dialog.again.isChecked()
    dialog.again.setChecked(False)
    dialog.accept()
    assert not first_run(settings)
    again = OverviewDialog(settings, window)  # Help › Overview reopens it
    qtbot.addWidget(again)
    assert not again.again.isChecked()
    again.again.setChecked(True)
    again.accept()
    assert first_run(settings)


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_the_overview_shows_all_of_its_text_in_every_language(language, settings, qtbot, window):
    """Persian's taller check box and buttons once cut off the text's last line."""
    from PySide6.QtWidgets import QLabel

    from viewer.app.i18n import install_language

    install_language(language)
    try:
        dialog = OverviewDialog(settings, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        text = dialog.findChild(QLabel)
        assert text.height() >= text.heightForWidth(text.width())
    finally:
        install_language("en")
