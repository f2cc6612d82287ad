import datetime as dt

import pytest

from geodata.dates import PartialDate, Precision
from viewer.core.state import ViewState, add_months, from_month_index, month_index


def test_state_clamps_and_emits_only_on_change():
    state = ViewState(dt.date(1900, 1, 1), dt.date(2026, 12, 31), dt.date(1946, 2, 1))
    seen = []
    state.date_changed.connect(seen.append)
    state.date = dt.date(1946, 2, 1)
    assert seen == []
    state.date = dt.date(1800, 5, 5)
    assert state.date == dt.date(1900, 1, 1)
    assert seen == [dt.date(1900, 1, 1)]


def test_the_state_knows_how_precisely_the_user_is_at_the_date():
    state = ViewState(dt.date(1900, 1, 1), dt.date(2026, 12, 31), dt.date(1946, 1, 1))
    seen = []
    state.precision_changed.connect(lambda precision: seen.append((precision, state.date)))
    assert state.precision is Precision.MONTH
    state.go_to(PartialDate.parse("1946-01-19"))
    assert (state.date, state.precision) == (dt.date(1946, 1, 19), Precision.DAY)
    assert seen == [(Precision.DAY, dt.date(1946, 1, 19))]  # the date is set before it says
    state.go_to(PartialDate.parse("1946-01"))  # a month-precision event: shown by month
    assert (state.date, state.precision) == (dt.date(1946, 1, 1), Precision.MONTH)
    state.set_date(dt.date(1946, 1, 1), Precision.DAY)  # the same day, now to the day
    assert seen[-1] == (Precision.DAY, dt.date(1946, 1, 1))
    state.date = dt.date(1946, 2, 1)  # a step by months
    assert state.precision is Precision.MONTH


def test_language_must_be_known():
    state = ViewState(dt.date(1900, 1, 1), dt.date(2026, 12, 31))
    with pytest.raises(ValueError, match="unknown language"):
        state.language = "de"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(1946, 1, 31), 1, dt.date(1946, 2, 28)),
        (dt.date(1946, 12, 15), 1, dt.date(1947, 1, 15)),
        (dt.date(1946, 1, 15), -1, dt.date(1945, 12, 15)),
        (dt.date(1944, 2, 29), 12, dt.date(1945, 2, 28)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_month_index_round_trip():
    for day in (dt.date(1900, 1, 1), dt.date(1946, 12, 1), dt.date(2026, 12, 1)):
        assert from_month_index(month_index(day)) == day
