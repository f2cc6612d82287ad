"""The event list: the whole catalogue in order, filtered, searched, and following the date.

One model over the catalogue, its rows drawn as cards (:mod:`viewer.panels.cards`: category bar,
date with its precision, a "disputed" badge, the title in the current language); no widget per row.
The compare view draws its territories and events with the same cards. A date change only re-marks
the few rows of the current month and scrolls when needed, so it is cheap enough to run on every
step while scrubbing; the model is rebuilt only when the filter changes.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from events.model import CATEGORIES, Event
from geodata.dates import MONTHS, PartialDate, Precision
from viewer.core import commands
from viewer.core.atlas import Atlas
from viewer.core.local_dates import date_text
from viewer.core.search import SearchIndex, no_results_message
from viewer.core.state import ViewState, add_months
from viewer.core.style import CATEGORY_COLOURS
from viewer.core.wording import digits, tr_noop, translate
from viewer.panels.cards import (
    BADGE_ROLE,
    COLOUR_ROLE,
    CURRENT_ROLE,
    DETAIL_ROLE,
    EMPHASIS_ROLE,
    ID_ROLE,
    MUTED_TEXT,
    CardView,
)
from viewer.panels.flow_layout import FlowLayout, flow_policy

CHIP_LABELS = {
    "treaties": tr_noop("Categories", "Treaties"), "war": tr_noop("Categories", "War"),
    "diplomacy": tr_noop("Categories", "Diplomacy"), "economy": tr_noop("Categories", "Economy"),
    "politics": tr_noop("Categories", "Politics"), "nuclear": tr_noop("Categories", "Nuclear"),
    "borders": tr_noop("Categories", "Borders"),
}  # fmt: skip
IMPORTANCE_CHOICES = (
    (tr_noop("Categories", "All events"), 3),
    (tr_noop("Categories", "Major and notable"), 2),
    (tr_noop("Categories", "Major only"), 1),
)


# ---------------------------------------------------------------- filter (no Qt below this line)
@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events the list shows: categories, a maximum importance, and search words
    (matched by :class:`viewer.core.search.SearchIndex`)."""

    categories: frozenset[str] = field(default_factory=lambda: frozenset(CATEGORIES))
    max_importance: int = 3
    query: str = ""

    def accepts(self, event: Event, found: frozenset[str] | None) -> bool:
        """*found* holds the ids the query matches (None when there is no query)."""
        return (
            event.category in self.categories
            and event.importance <= self.max_importance
            and (found is None or event.id in found)
        )


def month_span(day: dt.date) -> tuple[int, int]:
    """First and last ordinal of *day*'s month: the list marks the events of that month."""
    first = day.replace(day=1)
    return first.toordinal(), add_months(first, 1).toordinal() - 1


def period_label(start: PartialDate, end: PartialDate | None = None, language: str = "en") -> str:
    """'May 1946', 'c. 1920', '20–21 November 1945', '1804 – 24 October 1813'.

    A period within one year is written once, as an editor would; each end keeps its own
    precision otherwise. In Persian and Russian each end is written in full, in the reader's
    words and digits.
    """
    if end is None:
        return date_text(start, language)
    if language != "en":
        return f"{date_text(start, language)} – {date_text(end, language)}"
    same_year = start.year == end.year and not (start.inexact or end.inexact)
    if same_year and start.precision is end.precision is Precision.DAY:
        if start.month == end.month:
            return f"{start.day}–{end.label()}"
        return f"{start.day} {MONTHS[start.first_day.month - 1]} – {end.label()}"
    if same_year and start.precision is end.precision is Precision.MONTH:
        return f"{MONTHS[start.first_day.month - 1]} – {end.label()}"
    return f"{start.label()} – {end.label()}"


# ---------------------------------------------------------------- model and delegate
class EventListModel(QAbstractListModel):
    """The events that pass the filter, in chronological order, marked if current."""

    def __init__(self, atlas: Atlas, state: ViewState) -> None:
        super().__init__()
        self._state = state
        self._all = tuple(atlas.events)
        self._ids = [e.id for e in self._all]
        self._all_starts = np.array([e.start for e in self._all], dtype=np.int64)
        self._all_finishes = np.array([e.finish for e in self._all], dtype=np.int64)
        self._atlas = atlas
        self._index: SearchIndex | None = None  # made at the first search: ~0.1 s off start-up
        self._shown: tuple[Event, ...] = ()
        self._row_of: dict[str, int] = {}
        self._starts: list[int] = []
        self._current: frozenset[str] = frozenset()

    @property
    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        event = self._shown[index.row()]
        title = event.title.get(self._state.language)
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return title
            case Qt.ItemDataRole.ToolTipRole:
                category = translate("Categories", CATEGORIES[event.category], self._state.language)
                return f"{category}\n\n{event.summary}"
            case Qt.ItemDataRole.AccessibleTextRole:
                return f"{period_label(event.date, event.end, self._state.language)}: {title}"
            case _ if role == ID_ROLE:
                return event.id
            case _ if role == CURRENT_ROLE:
                return event.id in self._current
            case _ if role == DETAIL_ROLE:
                return period_label(event.date, event.end, self._state.language)
            case _ if role == BADGE_ROLE and event.is_disputed:
                dated = any(d.field in ("date", "end") for d in event.disputes)
                disputed = tr_noop("EventList", "disputed date"), tr_noop("EventList", "disputed")
                return translate("EventList", disputed[0 if dated else 1], self._state.language)
            case _ if role == COLOUR_ROLE:
                return CATEGORY_COLOURS[event.category]
            case _ if role == EMPHASIS_ROLE:
                return event.importance == 1
        return None

    def event_at(self, row: int) -> Event:
        return self._shown[row]

    def row_of(self, event_id: str) -> int | None:
        return self._row_of.get(event_id)

    def row_for_day(self, day: int) -> int:
        """The first shown row that starts on or after *day*: the day's place in the list."""
        return bisect.bisect_left(self._starts, day)

    @property
    def search_index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex.for_atlas(self._atlas)
        return self._index

    def set_filter(self, rule: EventFilter) -> None:
        found = self.search_index.matching(rule.query) if rule.query.strip() else None
        self.set_shown([e for e in self._all if rule.accepts(e, found)])

    def set_shown(self, events: Sequence[Event]) -> None:
        """Show exactly these events (in chronological order)."""
        self.beginResetModel()
        self._shown = tuple(events)
        self._row_of = {e.id: row for row, e in enumerate(self._shown)}
        self._starts = [e.start for e in self._shown]
        self.endResetModel()

    def overlapping(self, first: int, last: int) -> frozenset[str]:
        """Ids of the events whose span meets ``[first, last]`` (ordinals), filtered or not.

        One vectorised test over the catalogue: a bisection by start must still scan back
        over the longest event, and with a hundred copies of the data that scan of thousands
        of events cost ~10 ms a date change (measured); the test costs ~0.1 ms.
        """
        hits = np.flatnonzero((self._all_starts <= last) & (self._all_finishes >= first))
        return frozenset(self._ids[i] for i in hits.tolist())

    def set_current(self, ids: frozenset[str]) -> list[int]:
        """Mark the current events; return the rows whose mark changed, for the view to repaint.

        No ``dataChanged``: the mark changes a row's tint, never its size, and a list view
        answers ``dataChanged`` by laying out every row again (~7 ms for the 200 events at
        the next scroll, measured), on almost every step of a scrub.
        """
        changed, self._current = ids ^ self._current, ids
        rows = (self._row_of.get(event_id) for event_id in changed)
        return [row for row in rows if row is not None]

    def relabel(self) -> None:
        """Titles changed language: row heights may change, so the layout is redone."""
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()


# ---------------------------------------------------------------- the widget
class ChipRow(QWidget):
    """The category chips (*chips*: by category), wrapped onto lines as the column allows.

    Where they would take more than two lines at their usual size (a narrow column, longer
    words, Persian's taller type), they take smaller type and padding instead, so the event
    list under them keeps room for three cards on a 1024×600 screen.
    """

    MAX_LINES = 2
    SMALLER_PT = 1.5  # the compact chips' type, this much under the window's

    def __init__(self, chips: dict[str, QToolButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips = chips
        self.flow = FlowLayout(self, spacing=3)  # wraps: the dock may be narrow
        flow_policy(self)
        for chip in chips.values():
            self.flow.addWidget(chip)
        self._usual: list[QSize] | None = None  # the chips' sizes when not compact
        self.compact = True
        self._set_compact(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._usual is None:
            self._usual = [chip.sizeHint() for chip in self._chips.values()]
        lines = self.flow.line_count(event.size().width(), self._usual)
        self._set_compact(lines > self.MAX_LINES)

    def _set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        padding = "0px 4px" if compact else "2px 5px"
        font = QFont(self.font())
        if compact:
            font.setPointSizeF(max(font.pointSizeF() - self.SMALLER_PT, 7.0))
        for category, chip in self._chips.items():
            chip.setFont(font)
            chip.setStyleSheet(
                "QToolButton { border: 1px solid #cfc8b8;"
                f" border-left: 5px solid {CATEGORY_COLOURS[category]}; border-radius: 3px;"
                f" padding: {padding}; color: #9a968c; background: #f1eee6; }}"
                " QToolButton:checked { color: #2b2b2b; background: #ffffff; }"
                " QToolButton:focus { border-color: #0072b2; border-width: 2px; }"
            )


class EventList(QWidget):
    """The catalogue as a filterable list that follows the date (for a dock).

    Clicking an event moves the date to it and selects it; the list marks the events of the
    current month and keeps the date's place in the chronology in view.

    Parameters
    ----------
    atlas
        The loaded data (events and the gazetteer, for place-name search).
    state
        The shared view state.

    Signals
    -------
    eventActivated(str)
        The user clicked an event, or pressed Enter in the search box (the first event found):
        its id, so the map can centre on it.
    """

    eventActivated = Signal(str)

    def __init__(self, atlas: Atlas, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._atlas, self._state = atlas, state
        self.model = EventListModel(atlas, state)
        self.search = QLineEdit(placeholderText=self.tr("Search titles, places, people… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search events"))
        self.category_buttons = self._make_chips()
        self.importance = QComboBox()
        self.importance.setAccessibleName(self.tr("Importance"))
        for label, level in IMPORTANCE_CHOICES:
            self.importance.addItem(translate("Categories", label, state.language), level)
        self.view = CardView(self.model)
        self.view.setAccessibleName(self.tr("Events"))
        # PySide6's stubs omit inherited Qt properties as keywords (objectName)
        self.count: QLabel = QLabel(objectName="eventCount")  # type: ignore[call-overload]
        self.count.setStyleSheet(f"color: {MUTED_TEXT};")
        self.count.setWordWrap(True)  # "did you mean …" after a search that found nothing

        self.chips = ChipRow(self.category_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(5)
        layout.addWidget(self.search)
        layout.addWidget(self.chips)
        layout.addWidget(self.importance)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._on_filter_changed)
        self.search.returnPressed.connect(self._go_to_first)
        self.importance.currentIndexChanged.connect(self._on_filter_changed)
        self.view.clicked.connect(self._on_clicked)
        self.view.verticalScrollBar().rangeChanged.connect(self._show_date)
        state.date_changed.connect(self._on_date_changed)
        state.language_changed.connect(self._on_language_changed)
        state.selection_changed.connect(self._on_selection_changed)
        self._on_filter_changed()

    def _make_chips(self) -> dict[str, QToolButton]:
        buttons: dict[str, QToolButton] = {}
        language = self._state.language
        for category, label in CATEGORIES.items():
            chip = translate("Categories", CHIP_LABELS[category], language)
            # PySide6's stubs omit inherited Qt properties as keywords (text, checked)
            button: QToolButton = QToolButton(text=chip, checkable=True, checked=True)  # type: ignore[call-arg]
            label = translate("Categories", label, language)
            button.setToolTip(self.tr("{}: show or hide these events").format(label))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self._on_filter_changed)
            buttons[category] = button
        return buttons

    # ------------------------------------------------------------------ public
    @property
    def query(self) -> str:
        """The search box's words (kept when the window is rebuilt)."""
        return self.search.text()

    @query.setter
    def query(self, text: str) -> None:
        self.search.setText(text)

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (for Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_filter(self) -> EventFilter:
        return EventFilter(
            categories=frozenset(c for c, b in self.category_buttons.items() if b.isChecked()),
            max_importance=self.importance.currentData(),
            query=self.search.text(),
        )

    def shown_ids(self) -> list[str]:
        """Ids of the events the list shows, in order."""
        return [self.model.event_at(row).id for row in range(self.model.rowCount())]

    def current_ids(self) -> frozenset[str]:
        """Ids of the events marked as current (those of the date's month)."""
        return frozenset(
            self.model.event_at(r).id
            for r in range(self.model.rowCount())
            if self.model.index(r).data(CURRENT_ROLE)
        )

    # ------------------------------------------------------------------ slots
    def _on_filter_changed(self) -> None:
        self.model.set_filter(self.current_filter())
        shown, total = self.model.rowCount(), self.model.total
        query = self.search.text().strip()
        if not shown and query:
            suggestions = self.model.search_index.suggestions(query)
            language = self._state.language
            self.count.setText(no_results_message(query, suggestions, total, language))
        elif shown == total:
            self.count.setText(self.tr("%n event(s)", "", total))
        else:
            of = self.tr("{shown} of %n event(s)", "", total)
            self.count.setText(of.format(shown=digits(str(shown), self._state.language)))
        self._on_selection_changed(self._state.selection)
        self._on_date_changed(self._state.date)

    def _go_to_first(self) -> None:
        """Enter in the search box goes to the first event found, as clicking it would."""
        if self.model.rowCount():
            self._on_clicked(self.model.index(0))

    def _on_clicked(self, index: QModelIndex) -> None:
        self.activate(self.model.event_at(index.row()).id)

    def activate(self, event_id: str) -> None:
        """Go to an event, as a click or Enter on its card does."""
        commands.go_to_event(self._state, self._atlas, event_id)
        self.eventActivated.emit(event_id)

    def _on_date_changed(self, day: dt.date) -> None:
        first, last = month_span(day)
        for row in self.model.set_current(self.model.overlapping(first, last)):
            self.view.update(self.model.index(row))
        self._show_date()

    def _show_date(self, *_: object) -> None:
        """Bring the date's place in the chronology into view, moving only if it is hidden.

        Also run whenever the scroll range changes, that is whenever rows are laid out anew:
        a batch reaching the date, a resize re-wrapping the titles, a new language or filter.
        The view keeps its offset in pixels through a new layout, and showed other years.
        """
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.model.row_for_day(month_span(self._state.date)[0])
        index = self.model.index(min(row, rows - 1))
        if not self.view.viewport().rect().contains(self.view.visualRect(index)):
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def showEvent(self, event: QShowEvent) -> None:
        """Rows are laid out only once the list has its width: scroll to the date then."""
        super().showEvent(event)
        self._show_date()

    def _on_language_changed(self, _language: str) -> None:
        self.model.relabel()

    def _on_selection_changed(self, selected: str) -> None:
        selection = self.view.selectionModel()
        row = self.model.row_of(selected)
        if row is None:
            selection.clearSelection()
            return
        selection.setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
