"""The details panel shows the selected event or territory with its sources and disputes."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from geodata.dates import PartialDate
from viewer.core.atlas import SPAN
from viewer.core.state import ViewState
from viewer.panels.details import DetailsPanel, figures_text, solar_hijri_text


def click_link(qtbot, panel, text):
    """Click the link whose text is *text*, where the reader sees it."""
    document = panel.browser.document()
    cursor = document.find(text)
    while not cursor.isNull() and not cursor.charFormat().isAnchor():
        cursor = document.find(text, cursor)
    assert not cursor.isNull(), f"no link {text!r}"
    cursor.setPosition(cursor.selectionStart() + 1)
    point = panel.browser.cursorRect(cursor).center()
    qtbot.mouseClick(panel.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.fixture
def state():
    return ViewState(*SPAN, date=dt.date(1930, 1, 1))


@pytest.fixture
def panel(qtbot, tiny_atlas, state):
    widget = DetailsPanel(tiny_atlas, state)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_empty_selection_explains_what_to_do(panel):
    assert "Select an event" in panel.text()


def test_a_disputed_event_shows_its_sources_and_both_claims(panel, state):
    state.selection = "treaty-1921"
    text = panel.text()
    assert "Treaty signed in Moscow" in text
    assert "26 February 1921" in text
    assert "7 Esfand 1299 SH" in text  # the Solar Hijri date
    assert "Sources disagree: date" in text
    assert "Two days are given." in text
    assert "27 February 1921" in text  # the other claim, as a date
    assert "“26 February”" in text and "“27 February”" in text  # each claim's own quote
    assert "Soviet–Iranian relations, 1917–1991" in text  # source titles from the registry
    assert "Iran and the Soviet Union: a tapestry" in text
    assert "“treaty”" in text  # the main citation, in quotation marks
    assert "Moscow" in text


def test_place_is_named_as_it_was_on_the_day(panel, state, tiny_atlas):
    state.selection = "republic-proclaimed-1920"
    assert "Rasht" in panel.text()
    assert "June 1920" in panel.text()
    assert "Khordad – Tir 1299 SH" in panel.text()  # a Gregorian month straddles two SH months


def test_event_text_is_escaped_not_interpreted(qtbot, tiny_atlas, state):
    import dataclasses

    from events.catalogue import EventCatalogue
    from viewer.core.atlas import Atlas

    evil = dataclasses.replace(
        tiny_atlas.events["treaty-1921"],
        summary="<b>bold</b> <img src='http://example.com/x.png'> <script>x()</script>",
    )
    atlas = Atlas(
        tiny_atlas.base, tiny_atlas.places, tiny_atlas.history, EventCatalogue([evil]),
        tiny_atlas.sources,
    )  # fmt: skip
    widget = DetailsPanel(atlas, state)
    qtbot.addWidget(widget)
    state.selection = "treaty-1921"
    assert "<b>bold</b> <img src='http://example.com/x.png'> <script>x()</script>" in widget.text()
    assert "<img" not in widget.browser.toHtml().replace("&lt;img", "")


def test_a_territory_shows_validity_construction_figures_and_sources(panel, state):
    state.selection = "sea-line"
    text = panel.text()
    assert "Sea Line" in text
    assert "Sea line · de facto" in text
    assert "1935 – 26 December 1991" in text
    assert "until 25 December 1991" in text  # the half-open end, as a last day drawn
    assert "a test square" in text  # how it was drawn
    assert "Approximate reconstruction" in text
    assert "423 km stated · 466 km geodesic" in text
    assert "Sea line set" in text  # the event that began it
    assert "“a short quote”" in text


def test_territory_note_follows_the_date_cheaply(panel, state, qtbot):
    state.selection = "republic"
    assert "not on the map at this date" in panel.text()
    with qtbot.assertNotEmitted(panel.browser.textChanged):
        state.date = dt.date(1930, 2, 1)  # still off the map: no re-render
    state.date = dt.date(1920, 7, 1)
    assert "not on the map at this date" not in panel.text()


def test_clicking_a_territory_link_selects_it(panel, state, qtbot):
    state.selection = "republic-proclaimed-1920"
    assert "Republic" in panel.text()
    click_link(qtbot, panel, "Republic")
    assert state.selection == "republic"
    assert "Autonomous or breakaway government · de facto" in panel.text()


def test_clicking_an_event_link_moves_date_and_selection(panel, state, qtbot):
    state.selection = "republic"
    with qtbot.waitSignal(panel.eventActivated) as signal:
        click_link(qtbot, panel, "Republic proclaimed in Rasht")
    assert signal.args == ["republic-proclaimed-1920"]
    assert state.selection == "republic-proclaimed-1920"
    assert state.date == dt.date(1920, 6, 1)


def test_language_switch_rerenders(panel, state, tiny_atlas):
    state.selection = "line-set-1935"
    state.language = "ru"
    assert "Sea line set" in panel.text()  # no Russian title in the fixture: English stands in


def test_real_disputed_event_and_territory(qtbot, state):
    from viewer.core.atlas import load_atlas

    atlas = load_atlas()
    widget = DetailsPanel(atlas, state)
    qtbot.addWidget(widget)
    state.selection = "anglo-soviet-invasion-1941"
    text = widget.text()
    assert "Sources disagree: date" in text
    assert "3 Shahrivar 1320 SH" in text
    assert "Soviet occupation zone" in text
    state.selection = "sphere-russian-1907"
    assert "Sources disagree: valid to" in widget.text()


def test_old_style_is_shown_for_russian_dates_before_1918(qtbot, state):
    from viewer.core.atlas import load_atlas

    atlas = load_atlas()
    widget = DetailsPanel(atlas, state)
    qtbot.addWidget(widget)
    state.selection = "anglo-russian-convention-1907"
    assert "18 August 1907 OS" in widget.text()


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("1945-11-12", "21 Aban 1324 SH"),
        ("1920", "1298–1299 SH"),
        ("1946-12", "Azar – Dey 1325 SH"),
        ("1946-02", "Bahman – Esfand 1324 SH"),
        ("1947-03", "Esfand 1325 – Farvardin 1326 SH"),
    ],
)
def test_solar_hijri_of_a_period(date, expected):
    d = PartialDate.parse(date)
    assert solar_hijri_text(d.first_day, d.last_day, d.precision) == expected


def test_figures_pair_stated_and_computed():
    assert figures_text({"stated_length_km": 423, "computed_length_km": 461.4}) == [
        "423 km stated · 461 km geodesic"
    ]
    assert figures_text({"computed_area_km2": 1234560.0}) == []  # areas: area_text
    assert figures_text({"stated_width_nmi": 10}) == ["10 nautical miles stated"]


def test_the_area_of_a_feature_cut_by_the_frame_is_in_the_frame():
    from viewer.core.atlas import load_atlas
    from viewer.panels.details import territory_html

    atlas = load_atlas()
    page = territory_html(atlas.history["ussr"], atlas, "en", on_map=True)
    assert "1.81 million km² in the frame (whole: 22.4 million km², source:" in page
    page = territory_html(atlas.history["zone-soviet-1941"], atlas, "en", on_map=True)
    assert "282,850 km²; equal-area" in page


def test_an_unsourced_feature_says_so_in_its_details(tiny_atlas):
    import dataclasses

    from viewer.core.describe import UNSOURCED_NOTE
    from viewer.panels.details import territory_html

    union = tiny_atlas.history["union"]
    assert UNSOURCED_NOTE not in territory_html(union, tiny_atlas, "en", True)
    plain = dataclasses.replace(union, sources=())
    assert UNSOURCED_NOTE in territory_html(plain, tiny_atlas, "en", True)
