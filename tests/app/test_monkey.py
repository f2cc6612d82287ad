"""A monkey drives the window with thousands of random actions; nothing may raise.

pytest-qt fails the test on any exception raised inside a Qt slot or event handler, so the
assertion is the run itself; a few invariants are checked along the way. One run is on the
tiny atlas, one on the real atlas with a user's layer and events added, as File › Open does.
"""

import datetime as dt
import random
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from viewer.core.atlas import SPAN
from viewer.core.export_request import ExportRequest, Page
from viewer.export import pipeline
from viewer.export.dialog import view_frame

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
        window.event_list.eventActivated.emit(rng.choice(event_ids))

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

    def export() -> None:
        nonlocal exports
        exports += 1
        request = ExportRequest(view_frame(window.state, window.map), Page.for_pixels(320, 180))
        pipeline.export(atlas, request, tmp_path / f"snap{exports % 3}.png")

    weighted = [(random_date, 30), (key, 15), (play_toggle, 5), (toggle_layer, 8), (language, 4),
                (search, 6), (select, 10), (activate_event, 6), (zoom_pan, 10), (reset, 2),
                (compare, 3), (export, 0.05)]  # fmt: skip
    actions, weights = zip(*weighted, strict=True)
    for step in range(count):
        rng.choices(actions, weights)[0]()
        if step % 25 == 0:
            QApplication.processEvents()  # deliver due timers (playback, fades) and paints
            assert SPAN[0] <= window.state.date <= SPAN[1]
    window.playback.pause()
    assert exports > 0
    assert len(list(tmp_path.iterdir())) == min(exports, 3)  # no stray temporary files
