"""The compare view: type a date, read what appeared and went, and outline it on the map."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from viewer.core.atlas import SPAN
from viewer.core.state import ViewState
from viewer.panels.cards import BADGE_ROLE, HEADER_ROLE
from viewer.panels.compare import CompareView


@pytest.fixture
def state():
    return ViewState(*SPAN, date=dt.date(1920, 7, 1))


@pytest.fixture
def view(qtbot, tiny_atlas, state):
    widget = CompareView(tiny_atlas, state)
    qtbot.addWidget(widget)
    widget.resize(460, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def groups(view):
    """{header: [(name, size), ...]} as the territory list shows them."""
    model, found, rows = view.territory_model, {}, None
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(HEADER_ROLE):
            rows = found.setdefault(index.data(), [])
        else:
            rows.append((index.data(), index.data(BADGE_ROLE)))
    return found


def listed_events(view):
    model = view.event_model
    return [model.event_at(row).id for row in range(model.rowCount())]


def plain(rich):
    return QTextDocumentFragment.fromHtml(rich).toPlainText()


def type_date(qtbot, view, text):
    view.date_edit.selectAll()
    qtbot.keyClicks(view.date_edit, text)
    qtbot.keyClick(view.date_edit, Qt.Key.Key_Return)


def test_typing_a_date_lists_what_appeared_and_went(view, qtbot):
    type_date(qtbot, view, "1915")
    shown = groups(view)
    assert list(shown) == [
        "Appeared by 1 July 1920 (2)",
        "Gone by 1 July 1920 (1)",
        "On both dates (0)",
    ]
    appeared = shown["Appeared by 1 July 1920 (2)"]
    assert [name for name, _ in appeared] == ["Union", "Republic"]
    assert appeared[1][1] == "23,040 km²"  # 1.8° by 1.3° near 37° N, rounded to tens
    assert shown["Gone by 1 July 1920 (1)"] == [("Empire", appeared[0][1])]
    summary = plain(view.summary.text())
    assert summary.startswith("From 1 January 1915 (10 Dey 1293 SH) to 1 July 1920")
    assert "the map's date" in summary
    assert "2 appeared, 1 gone, 0 on both." in summary


def test_the_events_in_between_are_listed(view, qtbot):
    type_date(qtbot, view, "1940")
    assert listed_events(view) == ["treaty-1921", "line-set-1935"]
    assert view.events_title.text() == "<b>2 events between</b>"


def test_the_map_date_follows_the_timeline(view, qtbot, state):
    type_date(qtbot, view, "1915")
    state.date = dt.date(1936, 1, 1)
    appeared = groups(view)["Appeared by 1 January 1936 (2)"]
    assert [name for name, _ in appeared] == ["Union", "Sea Line"]
    assert appeared[1][1] == "466 km"  # a line has a geodesic length, not an area


def test_an_earlier_map_date_is_read_forward_in_time(view, qtbot):
    type_date(qtbot, view, "1936-01")  # the chosen date is later than the map's
    shown = groups(view)
    assert [name for name, _ in shown["Appeared by 1 January 1936 (1)"]] == ["Sea Line"]
    assert [name for name, _ in shown["Gone by 1 January 1936 (1)"]] == ["Republic"]


def test_solar_hijri_dates_are_understood(view, qtbot):
    type_date(qtbot, view, "1294 SH")  # 1 Farvardin 1294 = 22 March 1915
    assert view.other_date == dt.date(1915, 3, 22)
    assert view.error.isHidden()


def test_a_bad_date_says_so_and_keeps_the_last_comparison(view, qtbot):
    type_date(qtbot, view, "1915")
    type_date(qtbot, view, "the spring")
    assert view.error.isVisible()
    assert view.other_date == dt.date(1915, 1, 1)
    type_date(qtbot, view, "1916")
    assert view.error.isHidden()


def test_highlight_is_requested_for_gained_and_lost(view, qtbot, state):
    type_date(qtbot, view, "1936")  # read forward: 1920 to 1936
    assert state.comparison == (frozenset({"sea-line"}), frozenset({"republic"}))
    type_date(qtbot, view, "1916")
    assert state.comparison == (frozenset({"union", "republic"}), frozenset({"empire"}))
    qtbot.keyClick(view.highlight_box, Qt.Key.Key_Space)
    assert state.comparison == (frozenset(), frozenset())


def test_hiding_the_view_clears_the_highlight(view, state):
    assert view.other_date == dt.date(1915, 1, 1)  # five years before the map's date
    view.hide()
    assert state.comparison == (frozenset(), frozenset())
    view.show()
    assert state.comparison == (frozenset({"union", "republic"}), frozenset({"empire"}))


def test_scrubbing_within_one_interval_does_not_rebuild_the_table(view, qtbot, state):
    type_date(qtbot, view, "1915")
    changes = []
    state.comparison_changed.connect(lambda *pair: changes.append(pair))
    with qtbot.assertNotEmitted(view.event_model.modelReset):
        state.date = dt.date(1920, 8, 1)
    assert changes == []


def test_clicking_a_row_selects_the_territory_or_event(view, qtbot, state):
    type_date(qtbot, view, "1915")
    rect = view.territories.visualRect(view.territory_model.index(2, 0))  # header, Union, Republic
    qtbot.mouseClick(view.territories.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert state.selection == "republic"
    type_date(qtbot, view, "1940")
    rect = view.events.visualRect(view.event_model.index(0))
    qtbot.mouseClick(view.events.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert state.selection == "treaty-1921"
    assert state.date == dt.date(1920, 7, 1)  # the map's date stays put


def test_real_data_1941_to_1946(qtbot):
    from viewer.core.atlas import load_atlas

    state = ViewState(*SPAN, date=dt.date(1946, 2, 1))
    view = CompareView(load_atlas(), state)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    type_date(qtbot, view, "Aug 1941")
    appeared = dict(groups(view)["Appeared by 1 February 1946 (6)"])  # with Lebanon (1943)
    # Qazvin in, southern West Azarbaijan out (issue 13): 282,850 km², as the details panel says
    assert appeared["Soviet occupation zone"] == "282,850 km²"
    assert "British occupation zone" in appeared


def test_an_area_cut_by_the_frame_says_so_with_its_whole_beside_it(qtbot):
    """The USSR is drawn, and measured, only inside the map region."""
    from dataclasses import replace

    from viewer.core.atlas import load_atlas

    atlas = load_atlas()
    state = ViewState(*SPAN, date=dt.date(1946, 2, 1))
    widget = CompareView(atlas, state)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_other_date(dt.date(1920, 1, 1))
    shown = groups(widget)
    appeared = shown[next(h for h in shown if h.startswith("Appeared"))]
    assert ("Soviet occupation zone", "282,850 km²") in appeared  # wholly inside: no note
    assert ("Soviet Union (USSR)", "1.81 million km² in the frame") in appeared
    row = next(r for r in widget.comparison.gained if r.id == "ussr")
    assert "(whole: 22.4 million km², source: general knowledge: the USSR of 1945–91" in (
        widget._territory_item(row).toolTip()
    )  # the bundled figure
    stated = replace(
        row,
        territory=replace(
            row.territory,
            figures={**row.territory.figures, "stated_area_km2": 22_400_000,
                     "stated_area_source": "general-knowledge"},
        ),
    )  # fmt: skip
    assert (
        "1.81 million km² in the frame (whole: 22.4 million km², source: "
        f"{atlas.sources['general-knowledge'].title})"
    ) in widget._territory_item(stated).toolTip()
