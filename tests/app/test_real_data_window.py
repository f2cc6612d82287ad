"""The app with the bundled data: what the map draws is what `describe` reports."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from viewer.core.atlas import load_atlas
from viewer.core.describe import describe
from viewer.core.style import ORIENTATION_LAYERS


@pytest.fixture(scope="module")
def real_window(qapp, tmp_path_factory):
    from PySide6.QtCore import QSettings

    from viewer.app.application import make_app
    from viewer.app.main_window import MainWindow

    make_app()
    settings = QSettings(str(tmp_path_factory.mktemp("s") / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_atlas(), settings=settings, fade_ms=0)
    window.resize(1600, 1000)
    window.show()
    yield window
    window.close()


@pytest.mark.parametrize(
    "date",
    [
        "1905-06-01",
        "1908-06-01",
        "1920-09-01",
        "1943-06-01",
        "1946-02-01",
        "1960-06-01",
        "1995-01-01",
    ],
)
def test_describe_agrees_with_the_map(real_window, date):
    day = dt.date.fromisoformat(date)
    real_window.state.date = day
    real_window.legend.apply_rows()  # a date's rows wait for its frame; read now
    described = {t["id"] for t in describe(real_window.atlas, day)["territories"]}
    assert described == real_window.map.territories.shown
    assert set(real_window.legend.texts) == {
        real_window.atlas.history[i].names.en for i in described
    } | {label for label, _ in ORIENTATION_LAYERS.values()}


@pytest.mark.parametrize("date", ["1908-06-01", "1946-02-01"])
def test_no_modern_country_is_named_before_its_time(real_window, qtbot, date):
    """Country names come from the states valid on the date; today's are never printed."""
    day = dt.date.fromisoformat(date)
    real_window.map.reset_view()
    real_window.state.date = day
    qtbot.waitUntil(lambda: not real_window.map.labelling)
    texts = set(real_window.map.labels.visible_texts)
    states = [t for t in real_window.atlas.history if t.kind == "state"]
    valid = {t.names.en.upper() for t in states if t.valid_on(day.toordinal())}
    modern = {f.names.en.upper() for f in real_window.atlas.base["countries"]}
    modern |= {f.names.en for f in real_window.atlas.base["countries"]}
    assert not (texts & modern) - valid, texts & modern  # "IRAN" only as the state of 1946
    others = {t.names.en.upper() for t in states} - valid
    assert texts & valid  # the date's states are named...
    assert not texts & others  # ...and no other's


def test_no_town_is_named_before_it_existed(real_window, qtbot):
    real_window.map.reset_view()
    real_window.state.date = dt.date(1805, 1, 1)
    qtbot.waitUntil(lambda: not real_window.map.labelling)
    early = set(real_window.map.labels.visible_texts)
    assert {"Tehran", "Tabriz", "Baku"} <= early
    assert not {"Aktau", "Shevchenko", "Krasnovodsk", "Petrovsk-Port", "Askhabad"} & early
    real_window.state.date = dt.date(1975, 1, 1)
    qtbot.waitUntil(lambda: not real_window.map.labelling)
    later = set(real_window.map.labels.visible_texts)
    assert {"Shevchenko", "Krasnovodsk", "Makhachkala", "Ashkhabad"} <= later


def test_rank_one_towns_are_always_labelled(real_window, qtbot):
    real_window.map.reset_view()
    for date in ("1908-06-01", "1920-09-01", "1946-02-01", "1960-06-01"):
        real_window.state.date = dt.date.fromisoformat(date)
        qtbot.waitUntil(lambda: not real_window.map.labelling)
        texts = real_window.map.labels.visible_texts
        assert "Tehran" in texts and "Tabriz" in texts and "Mashhad" in texts, date


def test_the_cap_on_labels_tried_never_binds_on_the_real_data(real_window, qtbot):
    """The layout tries at most MAX_TRIED labels: room for the real data's, whole."""
    from viewer.map.label_placement import MAX_TRIED

    real_window.map.reset_view()
    labels = real_window.map.labels
    for year in range(1900, 2027, 3):
        real_window.state.date = dt.date(year, 6, 1)
        qtbot.waitUntil(lambda: not real_window.map.labelling)
        wanted = labels._key[-1]  # the labels wanted in the view on that day
        assert 0 < len(wanted) < MAX_TRIED / 2


def test_the_stop_after_a_run_of_misses_never_binds_on_the_real_data(
    real_window, monkeypatch, qtbot
):
    """A layout gives up after MAX_MISSES labels in a row found no room; never on the real
    data's, which place the same labels without that stop."""
    from viewer.map import labels as labels_module

    real_window.map.reset_view()
    labels = real_window.map.labels
    stopping = labels_module.MAX_MISSES
    for year in range(1800, 2027, 7):
        real_window.state.date = dt.date(year, 6, 1)
        qtbot.waitUntil(lambda: not real_window.map.labelling)
        placed = labels.visible_texts
        monkeypatch.setattr(labels_module, "MAX_MISSES", 10**9)
        labels._key = None  # lay out again, whatever the view
        labels.finish_layout()
        assert labels.visible_texts == placed, year
        monkeypatch.setattr(labels_module, "MAX_MISSES", stopping)


def test_the_span_reaches_back_to_1800(real_window, qtbot):
    low, _ = real_window.timeline.plot.box.viewRange()[0]
    assert low == pytest.approx(1800.0)
    field = real_window.timeline.go_to.field
    field.setText("1813")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert real_window.state.date == dt.date(1813, 1, 1)


@pytest.mark.parametrize(
    ("event_id", "day"),
    [
        ("treaty-of-gulistan-1813", dt.date(1813, 10, 24)),
        ("treaty-of-turkmenchay-1828", dt.date(1828, 2, 22)),
        ("griboyedov-killed-1829", dt.date(1829, 2, 11)),
    ],
)
def test_a_pre_1900_event_lands_on_its_own_date(real_window, event_id, day):
    real_window.state.date = dt.date(1946, 2, 1)
    real_window.event_list.activate(event_id)
    assert real_window.state.date == day
    assert real_window.state.selection == event_id


def _widget_point(window, lon, lat):
    from PySide6.QtCore import QPointF

    from geodata.projection import project_points

    (x,), (y,) = project_points([lon], [lat])
    scene = window.map.view_box.mapViewToScene(QPointF(float(x), float(y)))
    return window.map.mapFromScene(scene)


def test_hover_and_click_say_who_held_the_place_that_day(real_window, qtbot):
    """The tooltip and a click list what `describe --at` lists, from the same core lookup."""
    from viewer.core.describe import describe_at

    real_window.map.reset_view()
    real_window.state.date = dt.date(1946, 2, 1)
    here_ = (47.8, 38.6)  # north of Sarab, away from the event markers of 1946
    at = describe_at(real_window.atlas, real_window.state.date, *here_)
    expected = [t["name"] for t in at["territories"]]
    assert expected[:1] == ["Azerbaijan People's Government"]
    pos = _widget_point(real_window, *here_)
    qtbot.mouseMove(real_window.map.viewport(), pos)
    qtbot.waitUntil(lambda: "Azerbaijan People" in real_window.map.toolTip())
    tip = real_window.map.toolTip().replace("&#x27;", "'")
    assert [name in tip for name in expected] == [True] * len(expected)
    with qtbot.waitSignal(real_window.map.hereClicked) as here:
        qtbot.mouseClick(real_window.map.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert [t.id for t in here.args[0]] == [t["id"] for t in at["territories"]]
    message = real_window.statusBar().currentMessage()
    assert [name in message for name in expected] == [True] * len(expected)
    assert real_window.state.selection == "azerbaijan-peoples-government"


@pytest.fixture
def in_russian(real_window):
    """The shared window with Russian labels, set back to English for the next test."""
    real_window.state.language = "ru"
    yield real_window
    real_window.state.language = "en"


def test_the_legend_names_features_in_the_chosen_language(real_window, in_russian):
    real_window.state.date = dt.date(1946, 2, 1)
    real_window.legend.apply_rows()  # a date's rows wait for its frame; read now
    history = real_window.atlas.history
    shown = [t.id for t in history if t.id in real_window.map.territories.shown]
    assert real_window.legend.texts[: len(shown)] == [history[i].names.ru for i in shown]
    real_window.state.date = dt.date(1920, 9, 1)  # rows that come in later are Russian too
    real_window.legend.apply_rows()
    assert history["gilan-ssr"].names.ru in real_window.legend.texts
    real_window.state.language = "fa"
    assert history["gilan-ssr"].names.fa in real_window.legend.texts


def test_the_status_bar_names_what_was_clicked_in_the_chosen_language(real_window, qtbot):
    real_window.map.reset_view()
    real_window.state.date = dt.date(1946, 2, 1)
    pos = _widget_point(real_window, 47.8, 38.6)  # north of Sarab, as above
    with qtbot.waitSignal(real_window.map.hereClicked):
        qtbot.mouseClick(real_window.map.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    names = real_window.atlas.history["azerbaijan-peoples-government"].names
    assert names.en in real_window.statusBar().currentMessage()
    try:
        real_window.state.language = "ru"
        assert names.ru in real_window.statusBar().currentMessage()
        assert names.en not in real_window.statusBar().currentMessage()
    finally:
        real_window.state.language = "en"
    assert names.en in real_window.statusBar().currentMessage()


def _date_in_event_list(window) -> bool:
    """Whether the event list shows the state's date: the first event on or after it."""
    events = window.event_list
    row = events.model.row_for_day(window.state.date.replace(day=1).toordinal())
    index = events.model.index(min(row, events.model.rowCount() - 1))
    return events.view.viewport().rect().contains(events.view.visualRect(index))


def test_the_event_list_keeps_the_date_in_view(real_window, qtbot):
    real_window.state.date = dt.date(1946, 2, 1)
    qtbot.waitUntil(lambda: _date_in_event_list(real_window))
    size = real_window.size()
    try:
        real_window.resize(size.width() - 300, size.height() - 150)
        qtbot.waitUntil(lambda: _date_in_event_list(real_window))
        real_window.state.language = "ru"
        qtbot.waitUntil(lambda: _date_in_event_list(real_window))
        real_window.event_list.search.setText("treaty")
        real_window.event_list.search.clear()
        qtbot.waitUntil(lambda: _date_in_event_list(real_window))
    finally:
        real_window.state.language = "en"
        real_window.resize(size)


def _sliced_layout(labels, monkeypatch) -> tuple[list, int]:
    """The layout of the view and day placed one label a slice, the slices run here; and
    how many slices it took."""
    from viewer.map import labels as labels_module

    monkeypatch.setattr(labels_module, "SLICE_MS", 0.0)  # each slice places one label
    labels._key = None
    labels.relayout()
    slices = 1
    while labels.laying_out:
        labels._next_slice()
        slices += 1
    return list(labels._layout), slices


def _whole_layout(labels, monkeypatch) -> list:
    from viewer.map import labels as labels_module

    monkeypatch.setattr(labels_module, "SLICE_MS", float("inf"))
    labels._key = None
    labels.relayout()
    assert not labels.laying_out
    return list(labels._layout)


def test_a_layout_in_slices_is_the_layout_at_once(real_window, monkeypatch, qtbot):
    """Resumed with the same occupancy, a layout spread over turns places every label where
    one laid out at once does, and the app's own (sliced by the clock) is the same."""
    real_window.map.reset_view()
    labels = real_window.map.labels
    for year in range(1800, 2027, 9):
        real_window.state.date = dt.date(year, 3, 1)
        qtbot.waitUntil(lambda: not real_window.map.labelling)
        shown = list(labels._layout)
        sliced, slices = _sliced_layout(labels, monkeypatch)
        assert slices > len(sliced) > 20, year  # really one label a slice
        assert sliced == _whole_layout(labels, monkeypatch) == shown, year


def test_a_crowded_layout_in_slices_is_the_layout_at_once(real_window, monkeypatch, qtbot):
    """The same with ten shifted copies of every label, as with synthetic data ten times the
    real: the cap on labels tried and the stop after a run of misses bind, mid-slice."""
    import dataclasses

    import shapely.affinity

    from viewer.map.label_placement import MAX_TRIED

    real_window.map.reset_view()
    labels = real_window.map.labels
    real = labels._static.specs

    def shifted(spec, i):
        dx, dy = i * 23e3, (i % 3) * 31e3
        moved = spec.geometry and _making(shapely.affinity.translate(spec.geometry(), dx, dy))
        return dataclasses.replace(
            spec,
            key=f"{spec.key}~{i}",
            x=spec.x + dx,
            y=spec.y + dy,
            geometry=moved,
            anchors=None,
            extent=None,
        )

    copies = [shifted(spec, i) for i in range(10) for spec in real]
    labels.set_specs(copies)
    try:
        for year in range(1810, 2027, 31):
            real_window.state.date = dt.date(year, 9, 1)
            qtbot.waitUntil(lambda: not real_window.map.labelling, timeout=20_000)
            assert len(labels._key[-1]) == MAX_TRIED, year  # the cap binds
            shown = list(labels._layout)
            sliced, _ = _sliced_layout(labels, monkeypatch)
            assert sliced == _whole_layout(labels, monkeypatch) == shown, year
    finally:
        labels.set_specs(real)
        qtbot.waitUntil(lambda: not real_window.map.labelling)


def _making(geometry):
    """What makes *geometry* when a label is laid out (as :class:`LabelSpec` takes it)."""
    return lambda: geometry
