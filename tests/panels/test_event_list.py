"""The event list, driven as a reader would: search, filter, click, scrub."""

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt

from geodata.dates import PartialDate
from viewer.core.atlas import SPAN
from viewer.core.state import ViewState
from viewer.panels.event_list import EventFilter, EventList, period_label


@pytest.fixture
def state():
    return ViewState(*SPAN, date=dt.date(1930, 1, 1))


@pytest.fixture
def events(qtbot, tiny_atlas, state):
    widget = EventList(tiny_atlas, state)
    qtbot.addWidget(widget)
    widget.resize(380, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_event(qtbot, widget, event_id):
    index = widget.model.index(widget.model.row_of(event_id))
    widget.view.scrollTo(index)
    rect = widget.view.visualRect(index)
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# ---------------------------------------------------------------- pure helpers
def test_filter_needs_the_search_the_category_and_the_importance(tiny_atlas):
    event = tiny_atlas.events["line-set-1935"]  # borders, importance 2
    assert EventFilter(query="sea LINE").accepts(event, frozenset({event.id}))
    assert EventFilter().accepts(event, None)  # no query: no search
    assert not EventFilter(query="sea treaty").accepts(event, frozenset())
    assert not EventFilter(categories=frozenset({"war"})).accepts(event, None)
    assert not EventFilter(max_importance=1).accepts(event, None)


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("1946-05", None, "May 1946"),
        ("~1920", None, "c. 1920"),
        ("1945-11-20", "1945-11-21", "20–21 November 1945"),
        ("1943-11-28", "1943-12-01", "28 November – 1 December 1943"),
        ("1946-05", "1946-12", "May – December 1946"),
        ("1946-05?", "1946-12", "May 1946? – December 1946"),  # the doubt stays on its end
        ("1804", "1813-10-24", "1804 – 24 October 1813"),
    ],
)
def test_period_labels_keep_each_precision(start, end, label):
    assert period_label(PartialDate.parse(start), end and PartialDate.parse(end)) == label


# ---------------------------------------------------------------- the widget
def test_lists_every_event_in_order_with_count(events, tiny_atlas):
    assert events.shown_ids() == ["republic-proclaimed-1920", "treaty-1921", "line-set-1935"]
    assert events.count.text() == "3 events"


def test_typing_in_the_search_box_filters(events, qtbot):
    qtbot.keyClicks(events.search, "moscow")
    assert events.shown_ids() == ["treaty-1921"]
    assert events.count.text() == "1 of 3 events"
    events.search.clear()
    events.search.insert("РЕШТ")  # as an input method commits it (keyClicks is ASCII-only)
    assert events.shown_ids() == ["republic-proclaimed-1920"]
    events.search.clear()
    qtbot.keyClicks(events.search, "no such thing")
    assert events.shown_ids() == []
    assert events.count.text().startswith("No event of the 3 matches “no such thing”.")


def test_unchecking_a_category_hides_its_events(events, qtbot):
    chip = events.category_buttons["treaties"]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert not chip.isChecked()
    assert "treaty-1921" not in events.shown_ids()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert "treaty-1921" in events.shown_ids()


def test_importance_filter(events, qtbot):
    events.importance.setFocus()
    qtbot.keyClick(events.importance, Qt.Key.Key_End)  # "Major only"
    assert events.importance.currentText() == "Major only"
    assert events.shown_ids() == ["republic-proclaimed-1920", "treaty-1921"]


def test_clicking_an_event_sets_date_selection_and_emits(events, qtbot, state):
    with qtbot.waitSignal(events.eventActivated) as signal:
        click_event(qtbot, events, "treaty-1921")
    assert signal.args == ["treaty-1921"]
    assert state.date == dt.date(1921, 2, 26)
    assert state.selection == "treaty-1921"
    assert events.view.selectionModel().isSelected(events.model.index(1))


def test_enter_activates_the_current_event(events, qtbot, state):
    events.view.setFocus()
    events.view.setCurrentIndex(events.model.index(2))
    with qtbot.waitSignal(events.eventActivated):
        qtbot.keyClick(events.view, Qt.Key.Key_Return)
    assert state.selection == "line-set-1935"
    assert state.date == dt.date(1935, 1, 1)


def test_events_of_the_current_month_are_marked_as_the_date_moves(events, state):
    state.date = dt.date(1921, 2, 1)
    assert events.current_ids() == {"treaty-1921"}
    state.date = dt.date(1920, 6, 15)
    assert events.current_ids() == {"republic-proclaimed-1920"}
    state.date = dt.date(1935, 7, 1)  # "c. 1935" covers the whole year
    assert events.current_ids() == {"line-set-1935"}
    state.date = dt.date(1950, 1, 1)
    assert events.current_ids() == set()


def test_the_date_change_does_not_rebuild_the_model(events, qtbot, state):
    with qtbot.assertNotEmitted(events.model.modelReset):
        state.date = dt.date(1921, 2, 1)


def _shown(view, index) -> bool:
    return view.viewport().rect().contains(view.visualRect(index))


def test_the_list_scrolls_to_the_date(qtbot, real_atlas, state):
    widget = EventList(real_atlas, state)
    qtbot.addWidget(widget)
    widget.resize(380, 400)
    widget.show()
    qtbot.waitExposed(widget)
    for day in (dt.date(1946, 2, 1), dt.date(1907, 8, 1), dt.date(2015, 9, 1)):
        state.date = day
        row = widget.model.row_for_day(day.toordinal())
        assert widget.model.event_at(row).start >= day.toordinal()
        index = widget.model.index(row)  # rows are laid out in batches: shown once reached
        qtbot.waitUntil(lambda i=index: _shown(widget.view, i))


def test_selection_from_elsewhere_is_shown_and_cleared(events, state):
    state.selection = "line-set-1935"
    assert events.view.selectionModel().isSelected(events.model.index(2))
    state.selection = "republic"  # a territory: no event row is selected
    assert not events.view.selectionModel().hasSelection()


def test_language_switch_relabels_rows(events, state):
    index = events.model.index(0)
    assert index.data() == "Republic proclaimed in Rasht"
    state.language = "fa"  # the fixture has no Persian title: English stands in
    assert events.model.index(0).data() == "Republic proclaimed in Rasht"


def test_focus_search_puts_the_cursor_in_the_box(events, qtbot):
    events.search.setText("abc")
    events.view.setFocus()
    events.focus_search()
    qtbot.waitUntil(events.search.hasFocus)
    assert events.search.selectedText() == "abc"


@pytest.fixture(scope="module")
def real_atlas():
    from viewer.core.atlas import load_atlas

    return load_atlas()


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (dt.date(1921, 2, 26), dt.date(1921, 2, 26), {"treaty-1921"}),
        (dt.date(1921, 2, 27), dt.date(1921, 3, 31), set()),
        (dt.date(1935, 12, 31), dt.date(1936, 1, 31), {"line-set-1935"}),  # "c. 1935": to its end
    ],
)
def test_overlapping_events_are_found_at_the_edges_of_their_span(events, first, last, expected):
    found = events.model.overlapping(first.toordinal(), last.toordinal())
    assert found == expected


class _Recorder:
    """Stands in for a QPainter: keeps each text drawn with the font it was drawn in."""

    def __init__(self):
        self.font, self.texts = None, []

    def setFont(self, font):  # noqa: N802 (QPainter's name)
        self.font = font

    def drawText(self, rect, flags, text):  # noqa: N802
        self.texts.append((QRect(rect), flags, text, self.font))

    def __getattr__(self, name):  # save, restore, pens, fills, lines: nothing to keep
        return lambda *args: None


def test_a_card_title_is_painted_in_the_width_it_was_measured_in(events, qtbot):
    """A title just fitting one line is painted on one line: painted 1 px narrower than
    measured, it wrapped, and its second line fell outside its card."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    view, delegate = events.view, events.view.itemDelegate()
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    title_font = delegate._fonts(option, index)[1]
    fits = QFontMetrics(title_font).horizontalAdvance(index.data())
    wanted = fits + delegate.BAR + 2 * delegate.GAP  # the card's text exactly as wide
    events.resize(events.width() + wanted - view.viewport().width(), events.height())
    qtbot.waitUntil(lambda: view.viewport().width() == wanted)
    height = delegate.sizeHint(option, index).height()
    option.rect = QRect(0, 0, wanted, height)
    painter = _Recorder()
    delegate._paint_card(painter, option, index)
    ((rect, flags, _, font),) = [t for t in painter.texts if t[2] == index.data()]
    assert rect.width() == delegate.text_width(wanted)
    assert QFontMetrics(font).boundingRect(rect, flags, index.data()).height() <= rect.height()
