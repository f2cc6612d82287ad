"""Compare two dates: what appeared, what was gone, and what happened in between (for a dock).

The map's date is one side and follows the timeline; the reader types the other. The
arithmetic is in :mod:`viewer.core.compare` (no Qt); this widget shows it as cards, like the
event list, so it stays legible in a narrow dock, and asks the map to outline the features
that appeared and went (the model's :attr:`~ViewState.comparison`, which the map outlines).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QHideEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from events.model import Event
from geodata.dates import Precision, parse_user_date
from geodata.model import Territory
from viewer.core.atlas import Atlas
from viewer.core.compare import Comparison, Measured, compare
from viewer.core.describe import area_short, area_text
from viewer.core.local_dates import date_text, gregorian_text, solar_hijri_text
from viewer.core.state import ViewState
from viewer.core.style import GREEN, VERMILLION, territory_style
from viewer.core.wording import digits, grouped, tr_noop, translate
from viewer.panels.cards import BADGE_ROLE, COLOUR_ROLE, DETAIL_ROLE, HEADER_ROLE, ID_ROLE, CardView
from viewer.panels.details import KIND_NAMES, validity_label
from viewer.panels.event_list import EventListModel

GROUPS = (
    ("gained", tr_noop("CompareView", "Appeared by {later}"), GREEN),
    ("lost", tr_noop("CompareView", "Gone by {later}"), VERMILLION),
    ("kept", tr_noop("CompareView", "On both dates"), "#6b675d"),
)
DATE_HINT = tr_noop("CompareView", "e.g. 1941, Aug 1941, 1941-08-25, 1320 SH")
SIZE_NOTE = tr_noop(
    "CompareView",
    "Areas in an equal-area projection, lengths on the ellipsoid; only the part inside the "
    "map region (36–64° E, 23.5–48° N) is measured.",
)


def size_text(row: Measured, lang: str = "en") -> str:
    """'280,200 km²' or '1.81 million km² in the frame' for an area, '466 km' for a line, ''
    for a site: the details panel's words (:func:`area_short`), in *lang*."""
    if row.area_km2 is not None:
        return area_short(row.territory, lang) or ""
    if row.length_km is not None:
        unit = translate("DetailsPanel", "km", lang)
        return f"{grouped(row.length_km, lang)} {unit}"
    return ""


def years_text(territory: Territory) -> str:
    """'1941–1946', '1946', '1991–': the span at a glance (the tooltip has the days)."""
    start, end = territory.valid_from.year, territory.valid_to
    if end is not None and end.year == start:
        return str(start)
    return f"{start}–{end.year if end else ''}"


def parse_user_date_safe(text: str) -> dt.date | None:
    """The day a typed date stands for, or None while it is not (yet) a date."""
    try:
        return parse_user_date(text).first_day
    except ValueError:  # DateError, or a calendar conversion out of range
        return None


class CompareView(QWidget):
    """The map's date against a chosen one.

    Parameters
    ----------
    atlas
        The loaded data.
    state
        The shared view state; its date is one side of the comparison.

    The model's :attr:`~ViewState.comparison` holds the ids of the territories that appeared
    and of those that went, from the earlier date to the later; two empty sets when the
    highlight is off or the view is hidden.
    """

    def __init__(self, atlas: Atlas, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._atlas, self._state = atlas, state
        self._other = dt.date(max(state.date.year - 5, state.start.year), 1, 1)
        self.comparison = compare(atlas, self._other, state.date)
        self._shown: tuple[frozenset[str], ...] | None = None
        self._shown_events: tuple[Event, ...] | None = None
        self._headers: dict[str, QStandardItem] = {}

        hint = self._words(DATE_HINT)
        self.date_edit = QLineEdit(str(self._other.year), placeholderText=hint)
        self.date_edit.setAccessibleName(self.tr("Date to compare with"))
        self.date_edit.setToolTip(self.tr("Any date: {}").format(hint))
        # PySide6's stubs omit inherited Qt properties as keywords (objectName, checked)
        self.error: QLabel = QLabel(objectName="compareError")  # type: ignore[call-overload]
        self.error.setStyleSheet(f"color: {VERMILLION};")
        self.error.hide()
        self.summary: QLabel = QLabel(objectName="compareSummary", wordWrap=True)  # type: ignore[call-overload]
        self.summary.setToolTip(self._words(SIZE_NOTE))
        self.territory_model = QStandardItemModel(self)
        self.territories = CardView(self.territory_model)
        self.territories.setAccessibleName(self.tr("Territories that changed"))
        self.territories.setToolTip(self._words(SIZE_NOTE))
        self.event_model = EventListModel(atlas, state)
        self.events = CardView(self.event_model)
        self.events.setAccessibleName(self.tr("Events between the dates"))
        self.events_title: QLabel = QLabel(objectName="compareEventsTitle")  # type: ignore[call-overload]
        self.highlight_box = QCheckBox(self.tr("Outline the changes on the map"), checked=True)  # type: ignore[call-overload]

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Compare the map with"), self.date_edit)
        events = QWidget()
        events_layout = QVBoxLayout(events)
        events_layout.setContentsMargins(0, 4, 0, 0)
        events_layout.addWidget(self.events_title)
        events_layout.addWidget(self.events)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.territories)
        splitter.addWidget(events)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, stretch=1)
        layout.addWidget(self.highlight_box)

        self.date_edit.textChanged.connect(self._on_text_changed)
        self.date_edit.editingFinished.connect(self._on_editing_finished)
        self.highlight_box.toggled.connect(self._show_highlight)
        self.territories.clicked.connect(self._on_card_clicked)
        self.events.clicked.connect(self._on_card_clicked)
        state.date_changed.connect(self._refresh)
        state.language_changed.connect(self._on_language_changed)
        self._refresh()

    # ------------------------------------------------------------------ public
    @property
    def other_date(self) -> dt.date:
        """The date the map's date is compared with."""
        return self._other

    def set_other_date(self, day: dt.date) -> None:
        """Compare with *day*, as if the reader had typed it."""
        self.date_edit.setText(day.isoformat())

    # ------------------------------------------------------------------ slots
    def _on_text_changed(self, text: str) -> None:
        day = parse_user_date_safe(text)
        if day is not None:
            self.error.hide()
            self._other = day
            self._refresh()

    def _on_editing_finished(self) -> None:
        if parse_user_date_safe(self.date_edit.text()) is None:
            hint = self._words(DATE_HINT)
            self.error.setText(self.tr("Not a date this atlas reads ({}).").format(hint))
            self.error.show()

    def _on_card_clicked(self, index: QModelIndex) -> None:
        """Select the territory or event; the date stays, as it is one side of the comparison."""
        if selected := index.data(ID_ROLE):
            self._state.selection = selected

    def _on_language_changed(self) -> None:
        self._shown = None
        self.event_model.relabel()
        self._refresh()

    def _refresh(self) -> None:
        """Recompute; rebuild the lists only when their content changed (cheap while scrubbing).

        Hidden (as it is until the reader opens it), the view does nothing: it refreshes when
        shown. Comparing on every date change cost ~0.5 ms of each scrubbing frame for nothing.
        """
        if not self.isVisible():
            return
        earlier, later = sorted((self._other, self._state.date))
        self.comparison = c = compare(self._atlas, earlier, later)
        self.summary.setText(self._summary_text(c))
        ids = (c.gained_ids, c.lost_ids, frozenset(m.id for m in c.kept))
        if ids != self._shown:
            self._fill_territories(c)
            self._shown = ids
        self._title_groups(c)
        if c.events != self._shown_events:
            self.event_model.set_shown(c.events)
            between = self.tr("%n event(s) between", "", len(c.events))
            self.events_title.setText(f"<b>{between}</b>")
            self._shown_events = c.events
        self._show_highlight()

    def _show_highlight(self) -> None:
        on = self.highlight_box.isChecked() and self.isVisible()
        empty: frozenset[str] = frozenset()
        pair = (self.comparison.gained_ids, self.comparison.lost_ids) if on else (empty, empty)
        self._state.comparison = pair

    # ------------------------------------------------------------------ building
    def _words(self, text: str) -> str:
        """One of this module's marked strings (:data:`GROUPS`, :data:`DATE_HINT`)."""
        return translate("CompareView", text, self._state.language)

    def _summary_text(self, c: Comparison) -> str:
        language = self._state.language

        def both(day: dt.date) -> str:
            mark = self.tr(", the map's date") if day == self._state.date else ""
            gregorian = gregorian_text(day, Precision.DAY, language)
            persian = solar_hijri_text(day, Precision.DAY, language)
            return f"<b>{gregorian}</b> ({persian}{mark})"

        if c.day_a == c.day_b:
            return self.tr("Both dates are {}: type another date to compare.").format(both(c.day_a))
        counts = self.tr("{} appeared, {} gone, {} on both.").format(
            *(digits(str(len(group)), language) for group in (c.gained, c.lost, c.kept))
        )
        return self.tr("From {} to {}: ").format(both(c.day_a), both(c.day_b)) + counts

    def _fill_territories(self, c: Comparison) -> None:
        self.territory_model.clear()
        self._headers = {}
        for key, _title, colour in GROUPS:
            header = QStandardItem()
            header.setData(True, HEADER_ROLE)
            header.setData(colour, COLOUR_ROLE)
            header.setSelectable(False)
            header.setEditable(False)
            self.territory_model.appendRow(header)
            self._headers[key] = header
            for row in getattr(c, key):
                self.territory_model.appendRow(self._territory_item(row))

    def _title_groups(self, c: Comparison) -> None:
        """Group titles name the later date: only they change while scrubbing in one interval."""
        language = self._state.language
        later = gregorian_text(c.day_b, Precision.DAY, language)
        for key, title, _colour in GROUPS:
            count = digits(str(len(getattr(c, key))), language)
            text = f"{self._words(title).format(later=later)} ({count})"
            if self._headers[key].text() != text:
                self._headers[key].setText(text)

    def _territory_item(self, row: Measured) -> QStandardItem:
        t, lang = row.territory, self._state.language
        item = QStandardItem(t.names.get(lang))
        item.setEditable(False)
        item.setData(t.id, ID_ROLE)
        kind = translate("Kinds", KIND_NAMES[t.kind], lang) if t.kind in KIND_NAMES else t.kind
        detail = f"{digits(years_text(t), lang)} · {kind.lower()}"
        item.setData(detail, DETAIL_ROLE)
        item.setData(size_text(row, lang), BADGE_ROLE)
        item.setData(territory_style(t).colour, COLOUR_ROLE)
        why = [self._atlas.events[e] for e in row.events]
        area = area_text(t, self._atlas.sources, lang)
        lines = [
            validity_label(t, lang),
            *([area] if area else []),
            *(f"{date_text(e.date, lang)}: {e.title.get(lang)}" for e in why),
        ]
        item.setToolTip("\n".join(lines))
        return item

    # ------------------------------------------------------------------ visibility
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - a Qt override
        super().hideEvent(event)
        self._show_highlight()
