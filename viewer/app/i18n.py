"""The interface language: which one, and putting it in force across the application.

One setting (``language`` in the settings, or ``--lang`` for a launch, else the system's
locale) drives the menus and docks (our ``.qm`` catalogue), Qt's own dialogs (Qt's
``qtbase_*.qm``), the layout direction (Persian right to left), the map's labels and every
export, which all read :attr:`ViewState.language`.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from geodata.model import LANGUAGES
from viewer.core.wording import catalogue_dir, is_right_to_left
from viewer.map.fonts import text_direction

LOCALES = {"en": "en_GB", "fa": "fa_IR", "ru": "ru_RU"}
_installed: list[QTranslator] = []  # kept alive while installed: Qt holds no reference


def system_language() -> str:
    """The system locale's language if we have its catalogue, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    """The launch's language: ``--lang``, else the saved choice, else the system's."""
    if override in LANGUAGES:
        return override
    saved = settings.value("language")
    return saved if saved in LANGUAGES else system_language()


def install_english_unless_chosen() -> None:
    """English until a language is chosen: its catalogue holds the plural forms ('1 event',
    '2 events'), so even a window made without one (a test's, an export's) counts right."""
    if not _installed:
        install_language("en")


def install_language(language: str) -> None:
    """Translate the interface and lay it out for *language* (widgets built after this read
    it; the window is rebuilt on a change, see :class:`AtlasController`)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # the window's or a script's (drawing_app) is made first
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_translations),
        (f"caspian_atlas_{language}", str(catalogue_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):  # English has ours (plurals) but no qtbase
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(LOCALES[language]))
    app.setLayoutDirection(text_direction(is_right_to_left(language)))
