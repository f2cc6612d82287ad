"""The Help menu: keyboard shortcuts read from the actions themselves, the bundled user guide
and a short overview shown on the first run.

The shortcut list is generated, never written by hand: a key bound to an action appears as
soon as the action exists, and a key that no action has cannot be listed. Presentation mode
reads keys itself (it must work without menus), so its table is generated from the key sets
it uses.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText
OVERVIEW_SETTING = "help/overview_seen"


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersands or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every action of *window* that has a shortcut, in menu order.

    Menus are walked first, so an action is listed under the menu a user would find it in;
    actions bound to the window but in no menu (e.g. the playback buttons') follow.
    """
    from viewer.story.presentation import KEY_HELP  # presenting's module, when asked for

    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(where: str, action: QAction) -> None:
        keys = [k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty()]
        if keys and id(action) not in seen:
            seen.add(id(action))
            rows.append((where, plain(action.text()), ", ".join(keys)))

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if isinstance(sub := action.menu(), QMenu):  # typed QObject; a widget menu is a QMenu
                walk(sub, f"{where} › {plain(action.text())}")
            else:
                add(where, action)

    for action in window.menuBar().actions():
        if isinstance(menu := action.menu(), QMenu):
            walk(menu, plain(action.text()))
    for action in window.findChildren(QAction):
        add(QCoreApplication.translate("Help", "Window"), action)
    presenting = QCoreApplication.translate("Help", "Presentation mode")
    for keys, what in KEY_HELP:
        shown = ", ".join(QKeySequence(k).toString(NATIVE) for k in sorted(keys))
        rows.append((presenting, QCoreApplication.translate("Presentation", what), shown))
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, filterable by what it does or by its keys."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit(placeholderText=self.tr("Filter: an action or a key…"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = shortcut_rows(window)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for r in range(self.table.rowCount()):
            cells = " ".join(self._text(r, c) for c in range(3)).casefold()
            self.table.setRowHidden(r, bool(needle) and needle not in cells)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """The rows the filter leaves, as shown."""
        return [
            (self._text(r, 0), self._text(r, 1), self._text(r, 2))
            for r in range(self.table.rowCount())
            if not self.table.isRowHidden(r)
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled when the dialog is made
        return item.text()


def guide_markdown() -> str:
    """The user guide shipped with the app (offline, in the package's resources)."""
    return (files("resources") / "guide" / "guide.md").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The bundled user guide; links to other sites are shown, never opened from here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Caspian Atlas user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: nothing is fetched or opened
        self.browser.setMarkdown(guide_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


OVERVIEW = """<h3>{title}</h3>
<ul>
<li>{map}</li>
<li>{time}</li>
<li>{events}</li>
<li>{layers}</li>
<li>{stories}</li>
</ul>
<p>{more}</p>"""


class OverviewDialog(QDialog):
    """Five lines on how the atlas works, shown on the first run and from Help › Overview."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Welcome to Caspian Atlas"))
        text = QLabel(
            OVERVIEW.format(
                title=self.tr("The map of a moment, and how it came to be"),
                map=self.tr(
                    "The map shows only what was true on the date in the heading: borders, "
                    "zones, governments and names of that day, each with its sources."
                ),
                time=self.tr(
                    "Drag the timeline, or press ← and → for a month, Ctrl+← and Ctrl+→ for a "
                    "year, Page Up and Page Down for the previous and next event."
                ),
                events=self.tr(
                    "Click an area or an event to read its story and sources in Details; "
                    "search the events with Ctrl+F."
                ),
                layers=self.tr(
                    "Switch kinds of feature on and off in Layers; add your own files with "
                    "File › Open."
                ),
                stories=self.tr(
                    "Build a story of slides, present it with F5 and print it as a handout."
                ),
                more=self.tr("Help › Keyboard shortcuts and Help › User guide tell the rest."),
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.again = QCheckBox(self.tr("Show this at start"))
        self.again.setChecked(not settings.value(OVERVIEW_SETTING, False, type=bool))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.again)
        layout.addWidget(buttons)
        # sized to its text as laid out: sized before the style, Persian's taller check box
        # and buttons took 13-28 px of the text's height, cutting off its last line
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.setMinimumWidth(420)
        self.finished.connect(self._remember)

    def _remember(self) -> None:
        self.settings.setValue(OVERVIEW_SETTING, not self.again.isChecked())


def first_run(settings: QSettings) -> bool:
    """Whether the overview is due: never seen, or asked to show at every start."""
    return not settings.value(OVERVIEW_SETTING, False, type=bool)


def show_dialog(dialog: QDialog) -> QDialog:
    """Open a help dialog beside the window (not blocking it), freed when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def fill_help_menu(window: QMainWindow, menu: QMenu, settings: QSettings) -> None:
    """Overview, user guide and keyboard shortcuts, before the window's About item."""
    shortcuts = menu.addAction(QCoreApplication.translate("Help", "&Keyboard shortcuts"))
    shortcuts.setShortcut(QKeySequence("Ctrl+/"))
    shortcuts.triggered.connect(lambda: show_dialog(ShortcutsDialog(window)))
    guide = menu.addAction(QCoreApplication.translate("Help", "User &guide"))
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: show_dialog(GuideDialog(window)))
    menu.addAction(QCoreApplication.translate("Help", "&Overview")).triggered.connect(
        lambda: show_dialog(OverviewDialog(settings, window))
    )
    menu.addSeparator()
