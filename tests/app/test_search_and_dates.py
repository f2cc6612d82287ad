"""In a real window: search that forgives, Enter to the first result, dates shown as precisely as
the user is at them, the keys back to the map after Go-to, and no control reset by another."""

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from geodata.projection import project_points
from viewer.app import cli
from viewer.core.atlas import load_atlas


@pytest.fixture(scope="module")
def real_atlas():
    return load_atlas()


# ---------------------------------------------------------------- search in the event list
@pytest.fixture
def real_list(qtbot, real_atlas):
    from viewer.core.atlas import SPAN
    from viewer.core.state import ViewState
    from viewer.panels.event_list import EventList

    widget = EventList(real_atlas, ViewState(*SPAN, date=dt.date(1946, 2, 1)))
    qtbot.addWidget(widget)
    widget.resize(380, 500)
    widget.show()
    return widget


def _shown_for(widget, text):
    widget.search.setText(text)  # as an input method commits it (keyClicks is ASCII-only)
    return widget.shown_ids()


@pytest.mark.parametrize(
    "spellings",
    [
        ["Mosaddegh", "Mossadegh", "Mossadeq", "Musaddiq", "Mosaddeq", "مصدق", "Мосаддык"],
        ["Kuchek Khan", "Kuchik Khan", "Kuchak Khan"],
        ["Enzeli", "Anzali", "Bandar-e Anzali"],
        ["Qavam", "Ghavam"],
        ["Gilan", "Guilan", "Ghilan", "گیلان", "Гилян"],
    ],
)
def test_the_search_box_forgives_spelling_and_script(real_list, spellings):
    first = _shown_for(real_list, spellings[0])
    assert first
    for spelling in spellings[1:]:
        assert _shown_for(real_list, spelling) == first, spelling


@pytest.mark.parametrize("language", ["en", "fa", "ru"])
def test_every_language_finds_as_much_whatever_the_ui_language(real_list, language):
    real_list._state.language = language
    gilan = _shown_for(real_list, "Gilan")
    assert len(gilan) >= 9
    assert _shown_for(real_list, "گیلان") == gilan
    assert _shown_for(real_list, "Гилян") == gilan
    assert _shown_for(real_list, "Tabriz") == _shown_for(real_list, "تبریز")


def test_no_results_suggest_the_closest_spellings(real_list):
    assert _shown_for(real_list, "Tabrx") == []
    assert real_list.count.text() == "No event of the 201 matches “Tabrx”. Did you mean Tabriz?"
    assert _shown_for(real_list, "Tabriz")
    assert "Did you mean" not in real_list.count.text()


def test_enter_in_the_search_box_goes_to_the_first_result(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.event_list.search
    assert search.hasFocus()
    before = window.state.date, window.state.selection
    qtbot.keyClicks(search, "zzzz")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # nothing found: Enter goes nowhere
    assert (window.state.date, window.state.selection) == before
    search.clear()
    qtbot.keyClicks(search, "resht")  # a spelling the fixture never uses
    assert window.event_list.shown_ids() == ["republic-proclaimed-1920"]
    with qtbot.waitSignal(window.event_list.eventActivated):
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.state.selection == "republic-proclaimed-1920"
    assert window.state.date == dt.date(1920, 6, 1)
    rasht = window.atlas.places["rasht"]
    (x,), (y,) = project_points([rasht.lon], [rasht.lat])
    (x0, x1), (y0, y1) = window.map.view_box.viewRange()
    assert (x0 + x1) / 2 == pytest.approx(x, abs=(x1 - x0) / 100)  # centred, as a click does
    assert (y0 + y1) / 2 == pytest.approx(y, abs=(y1 - y0) / 100)


# ---------------------------------------------------------------- the command line
def test_cli_events_search_json(capsys):
    assert cli.main(["events", "--search", "Musaddiq", "--format", "json"]) == 0
    ids = {e["id"] for e in json.loads(capsys.readouterr().out)}
    assert "coup-1953" in ids
    assert cli.main(["events", "--search", "مصدق", "--format", "json"]) == 0
    assert {e["id"] for e in json.loads(capsys.readouterr().out)} == ids


def test_cli_events_search_csv(capsys):
    assert cli.main(["events", "--search", "Ghilan", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,title,")
    assert any(line.startswith("gilan-soviet-republic-1920,") for line in lines[1:])
    assert cli.main(["events", "--format", "csv"]) == 0  # no --search: the whole catalogue
    assert len(capsys.readouterr().out.splitlines()) > len(lines)


def test_cli_events_search_finding_nothing_suggests_on_stderr(capsys):
    assert cli.main(["events", "--search", "Tabrx", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert "No event of the 201 matches “Tabrx”. Did you mean Tabriz?" in err


# ---------------------------------------------------------------- the date heading and Go-to
def _go_to(window, qtbot, text):
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    field = window.timeline.go_to.field
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_after_go_to_the_arrow_keys_move_the_date(window, qtbot):
    _go_to(window, qtbot, "1950-03")
    assert window.state.date == dt.date(1950, 3, 1)
    qtbot.waitUntil(window.map.hasFocus)  # the keys go back to the map
    qtbot.keyClick(window.map, Qt.Key.Key_Right)
    assert window.state.date == dt.date(1950, 4, 1)
    assert window.timeline.go_to.field.text() == "1950-03"  # still there to edit


def test_go_to_a_day_shows_the_day_until_the_date_moves_by_months(window, qtbot):
    heading = window.timeline.display.gregorian
    _go_to(window, qtbot, "1991-12-26")
    assert window.state.date == dt.date(1991, 12, 26)
    assert heading.text() == "26 December 1991"
    assert "1370 SH" in window.timeline.display.other.text()
    window.playback.month_forward.trigger()
    assert window.state.date == dt.date(1992, 1, 26)
    assert heading.text() == "January 1992"  # stepping by months shows the month
    _go_to(window, qtbot, "1946-05")
    assert heading.text() == "May 1946"


def test_a_day_event_chosen_shows_its_day(window, qtbot):
    window.state.date = dt.date(1921, 2, 1)
    window.event_list.search.setText("moscow")
    window.event_list.search.setFocus()
    qtbot.keyClick(window.event_list.search, Qt.Key.Key_Return)
    assert window.timeline.display.gregorian.text() == "26 February 1921"


def test_page_down_between_day_events_shows_each_day(qtbot, real_atlas):
    from viewer.core.atlas import SPAN
    from viewer.core.state import ViewState
    from viewer.panels.playback import Playback, PlaybackBar
    from viewer.panels.timeline import TimelineStrip

    state = ViewState(*SPAN, date=dt.date(1946, 1, 1))
    playback = Playback(real_atlas, state)
    strip = TimelineStrip(real_atlas, state, controls=PlaybackBar(playback))
    qtbot.addWidget(strip)
    headings = []
    for _ in range(2):
        playback.next_event.trigger()  # Page Down
        headings.append(strip.display.gregorian.text())
    assert headings == ["19 January 1946", "22 January 1946"]


# ---------------------------------------------------------------- opening a layer
def test_opening_a_layer_keeps_loop_speed_go_to_and_search(
    qtbot, tiny_atlas, settings, monkeypatch
):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from viewer.app.application import AtlasController, make_app

    example = Path(__file__).resolve().parents[2] / "docs" / "examples" / "turkmenchay-line.geojson"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(example)], ""))
    make_app()
    controller = AtlasController(tiny_atlas, settings)
    old = controller.window
    qtbot.addWidget(old)
    old.playback.loop = True
    old.playback.speed = 12
    old.timeline.go_to.field.setText("1991-12-26")
    qtbot.keyClick(old.timeline.go_to.field, Qt.Key.Key_Return)
    old.event_list.search.setText("rasht")
    old._open_files()
    new = controller.window
    qtbot.addWidget(new)
    assert new is not old
    assert new.playback.loop
    assert new.playback.speed == 12
    assert new.timeline.go_to.field.text() == "1991-12-26"
    assert new.event_list.search.text() == "rasht"
    assert new.timeline.display.gregorian.text() == "26 December 1991"
    new.close()
