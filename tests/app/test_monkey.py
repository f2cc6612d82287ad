"""A monkey drives the window with thousands of random actions; nothing may raise, and the
views never disagree with the model.

pytest-qt fails the test on any exception raised inside a Qt slot or event handler. After
every action the map's drawn features and outlines, the legend's rows, the Layers boxes, the
details and the date display must all say what the model says
(:func:`viewer.core.visibility.visible` of its frame); once the events are laid out, the
event list shows the date's place. One run is on the tiny atlas, one on the real atlas with
a user's layer and events added, as File › Open does.
"""

import datetime as dt
import random
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from viewer.core.atlas import SPAN
from viewer.core.export_request import ExportRequest, Page
from viewer.core.frame import MapFrame
from viewer.core.local_dates import heading
from viewer.core.visibility import BASE_SWITCHES, visible
from viewer.export import pipeline

ACTIONS = 10_000


EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"


def test_ten_thousand_random_actions(window, qtbot, tmp_path):
    _drive(window, qtbot, tmp_path, ACTIONS, seed=1946)


def test_random_actions_with_a_users_files_loaded(qtbot, settings, tmp_path):
    from viewer.app.application import make_app
    from viewer.app.main_window import MainWindow
    from viewer.core.atlas import load_atlas
    from viewer.core.user_data import UserData

    make_app()
    user_data = UserData(load_atlas())
    for name in ("turkmenchay-line.geojson", "turkmenchay-events.yaml"):
        assert user_data.add(EXAMPLES / name) == []
    window = MainWindow(user_data.combined(), settings=settings, user_data=user_data)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    added = {t.id for dataset in user_data.datasets for t in dataset}
    assert added and added <= {t.id for t in window.atlas.history}
    _drive(window, qtbot, tmp_path, ACTIONS // 5, seed=1828)


def _drive(window, qtbot, tmp_path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    atlas = window.atlas
    event_ids = [e.id for e in atlas.events]
    territory_ids = [t.id for t in atlas.history]
    boxes = [*window.kind_boxes.values(), *window.base_boxes.values()]
    span_days = (SPAN[1] - SPAN[0]).days
    keys = [Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
            Qt.Key.Key_BracketLeft, Qt.Key.Key_BracketRight]  # fmt: skip
    exports = 0

    def random_date() -> None:
        window.state.date = SPAN[0] + dt.timedelta(days=rng.randrange(span_days + 1))

    def key() -> None:
        qtbot.keyClick(window, rng.choice(keys))

    def play_toggle() -> None:
        (window.playback.pause if window.playback.playing else window.playback.play)()

    def toggle_layer() -> None:
        rng.choice(boxes).toggle()

    def language() -> None:
        window.state.language = rng.choice(("en", "fa", "ru"))

    def search() -> None:
        window.event_list.search.setText(rng.choice(("", "treaty", "тебриз", "رشت", "zzz", "19")))

    def select() -> None:
        window.state.selection = rng.choice([*event_ids, *territory_ids, ""])

    def activate_event() -> None:
        window.event_list.activate(rng.choice(event_ids))

    def zoom_pan() -> None:
        if rng.random() < 0.5:
            window.map.zoom(rng.choice((0.7, 1.4)))
        else:
            window.map.pan(rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3))

    def reset() -> None:
        window.map.reset_view()

    def compare() -> None:
        window._show_compare()
        window.compare.set_other_date(SPAN[0] + dt.timedelta(days=rng.randrange(span_days)))

    def apply_frame() -> None:  # a slide, or "back to" a frame kept earlier
        kinds = sorted({t.kind for t in atlas.history})
        window.state.apply(
            MapFrame(
                SPAN[0] + dt.timedelta(days=rng.randrange(span_days + 1)),
                language=rng.choice(("en", "fa", "ru")),
                selection=rng.choice([*event_ids, *territory_ids, ""]),
                hidden_kinds=frozenset(rng.sample(kinds, rng.randrange(len(kinds) + 1))),
                hidden_base=frozenset(rng.sample(sorted(BASE_SWITCHES), rng.randrange(3))),
                marked=frozenset(rng.sample(territory_ids, min(2, len(territory_ids)))),
            )
        )

    def export() -> None:
        nonlocal exports
        exports += 1
        request = ExportRequest(window.state.frame(), Page.for_pixels(320, 180))
        pipeline.export(atlas, request, tmp_path / f"snap{exports % 3}.png")

    weighted = [(random_date, 30), (key, 15), (play_toggle, 5), (toggle_layer, 8), (language, 4),
                (search, 6), (select, 10), (activate_event, 6), (zoom_pan, 10), (reset, 2),
                (compare, 3), (apply_frame, 2), (export, 0.05)]  # fmt: skip
    actions, weights = zip(*weighted, strict=True)
    for step in range(count):
        rng.choices(actions, weights)[0]()
        _views_agree_with_the_model(window)
        if step % 25 == 0:
            QApplication.processEvents()  # deliver due timers (playback, fades) and paints
            assert SPAN[0] <= window.state.date <= SPAN[1]
            qtbot.waitUntil(lambda: _event_list_shows_the_date(window))  # rows laid out
    window.playback.pause()
    assert exports > 0
    assert len(list(tmp_path.iterdir())) == min(exports, 3)  # no stray temporary files


def _views_agree_with_the_model(window) -> None:
    """Every view shows what the model's frame shows."""
    state, atlas = window.state, window.atlas
    shown = visible(atlas, state.frame())
    assert window.map.territories.shown == shown.territories
    assert window.map.outlines.groups["selected"] == shown.outlined
    assert window.map.markers.selected == state.selection
    assert {e.id for e in window.map.markers.shown} <= set(shown.events)
    legend = window.legend
    legend.apply_rows()  # a date's rows wait for its frame (tested on their own in test_legend)
    rows = [legend.item(r).data(Qt.ItemDataRole.UserRole) for r in range(legend.count())]
    drawn = [t.id for t in atlas.history if t.id in shown.territories]
    assert rows == drawn + [f"base:{name}" for name in shown.orientation]
    names = [atlas.history[i].names.get(state.language) for i in drawn]
    assert legend.texts[: len(drawn)] == names
    unticked = {name for name, box in window.kind_boxes.items() if not box.isChecked()}
    assert unticked == state.hidden_kinds & set(window.kind_boxes)
    unticked = {name for name, box in window.base_boxes.items() if not box.isChecked()}
    assert unticked == state.hidden_base
    first_line, _ = heading(state.date, state.language, state.precision)
    assert window.timeline.display.gregorian.text() == first_line
    details = window.details.text()
    if state.selection in atlas.events:
        assert atlas.events[state.selection].title.get(state.language) in details
    elif state.selection in atlas.history:
        assert atlas.history[state.selection].names.get(state.language) in details


def _event_list_shows_the_date(window) -> bool:
    """The card of the date's month (or the nearest after it) is on screen in the list, or
    the selected event's card (selecting an event elsewhere shows it in the list)."""
    events = window.event_list
    rows = events.model.rowCount()
    if not rows or not events.isVisible():
        return True
    first_day = dt.date(window.state.date.year, window.state.date.month, 1).toordinal()
    wanted = [min(events.model.row_for_day(first_day), rows - 1)]
    if (selected := events.model.row_of(window.state.selection)) is not None:
        wanted.append(selected)
    viewport = events.view.viewport().rect()
    return any(viewport.intersects(events.view.visualRect(events.model.index(r))) for r in wanted)
