"""Shared fixtures. Qt runs offscreen; tests never touch the user's real settings or cache."""

from __future__ import annotations

import errno
import gc
import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
# A start-up cache of the session's own, inherited by the subprocesses tests start: tests
# never read or write the user's, and the first load in a session is a full, checked load.
_CACHE = os.environ["CASPIAN_ATLAS_CACHE"] = tempfile.mkdtemp(prefix="atlas-cache-")

from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from events.catalogue import EventCatalogue
from events.loading import load_events, load_sources
from geodata.loading import load_base, load_history, load_places
from viewer.core.atlas import Atlas

DATA = Path(__file__).parent / "data"

# Timings belong in benchmarks: no per-example deadline on a loaded CI machine.
hypothesis_settings.register_profile("atlas", deadline=None)
hypothesis_settings.load_profile("atlas")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def tiny_atlas() -> Atlas:
    """Three squares and a line across a few years, three events, three places."""
    sources = load_sources()
    places = {p.id: p for p in load_places(DATA / "places.yaml")}
    history = load_history(DATA / "history.geojson", known_sources=frozenset(sources))
    events = load_events(
        [DATA / "events.yaml"],
        places=frozenset(places),
        territories=frozenset(t.id for t in history),
        sources=frozenset(sources),
    )
    return Atlas(load_base(DATA / "base"), places, history, EventCatalogue(events), sources)


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, tiny_atlas, settings):
    """Open the main window on the tiny atlas, shown at 1200×800 (fades as asked)."""
    from viewer.app.application import make_app
    from viewer.app.main_window import MainWindow

    def open_(fade_ms: int = 0):
        make_app()
        win = MainWindow(tiny_atlas, settings=settings, fade_ms=fade_ms)
        qtbot.addWidget(win)
        win.resize(1200, 800)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: not win.map.labelling)  # they follow the first frame
        return win

    return open_


@pytest.fixture
def window(open_window):
    """The main window on the tiny atlas, switching dates without fades."""
    return open_window()


@pytest.fixture
def disk_full_after(monkeypatch):
    """Make writes fail with ENOSPC once *n* bytes have been written, as a full disk does
    (every file the app writes for a user goes through ``os.write`` in viewer.core.atomic)."""

    def fill(n: int) -> None:
        real_write, room = os.write, [n]

        def write(descriptor, data):
            if room[0] <= 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            done = real_write(descriptor, bytes(memoryview(data)[: room[0]]))
            room[0] -= done
            return done

        monkeypatch.setattr(os, "write", write)

    return fill


def _top_levels() -> dict[int, str]:
    """The application's top-level widgets (by C++ address: wrappers may be made anew),
    after the deletions already asked for; none before Qt is loaded."""
    if "PySide6.QtWidgets" not in sys.modules:
        return {}
    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return {}
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    widgets = QApplication.topLevelWidgets()
    return {shiboken6.getCppPointer(w)[0]: type(w).__name__ for w in widgets}


DESKTOP = (0, 0, 1920, 1080 - 40)
"""The screen windows open on in tests: Qt's offscreen screen is 800×800, smaller than the
windows the tests show; tests of small screens set their own (tests/app/test_small_screens)."""


@pytest.fixture(autouse=True, scope="session")
def _english_interface(qapp):
    """The interface in English with its plural forms ('3 events'), as the app starts when
    no language is chosen, whichever test makes the first widget."""
    from viewer.app.i18n import install_english_unless_chosen

    install_english_unless_chosen()


@pytest.fixture(autouse=True, scope="session")
def _desktop_screen():
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QScreen, "availableGeometry", lambda screen: QRect(*DESKTOP))
        yield


@pytest.fixture(autouse=True)
def _no_leaked_windows(request: pytest.FixtureRequest):
    """Every test leaves no top-level widget behind (as napari's and ndv's conftests check):
    a window a test forgets keeps its timers and signals alive into the tests after it."""
    before = _top_levels()
    yield
    leaked = sorted(name for key, name in _top_levels().items() if key not in before)
    assert not leaked, f"{request.node.nodeid} left top-level widgets behind: {leaked}"


@pytest.fixture(autouse=True)
def _collector_unfrozen():
    """A shown map freezes what is alive once its idle work is done, as the app wants (see
    ``MapView._warm_step``); each test starts with everything collectable again."""
    yield
    gc.unfreeze()
