"""Alt+← and Alt+→ walk the user's jumps, as a browser's Back and Forward do."""

from __future__ import annotations

import datetime as dt

from viewer.core.date_history import LIMIT, DateHistory

D = dt.date


def test_back_and_forward_retrace_the_jumps():
    history = DateHistory()
    assert history.back(D(1946, 1, 1)) is None and not history.can_go_back
    history.jumped(D(1946, 1, 1), D(1921, 2, 26))
    history.jumped(D(1921, 5, 1), D(1991, 12, 26))  # scrubbed a little, then jumped again
    assert history.back(D(1991, 12, 26)) == D(1921, 5, 1)
    assert history.back(D(1921, 5, 1)) == D(1946, 1, 1)
    assert history.back(D(1946, 1, 1)) is None
    assert history.forward(D(1946, 1, 1)) == D(1921, 5, 1)
    assert history.forward(D(1921, 5, 1)) == D(1991, 12, 26)
    assert not history.can_go_forward


def test_a_new_jump_forgets_the_way_forward():
    history = DateHistory()
    history.jumped(D(1946, 1, 1), D(1921, 2, 26))
    history.back(D(1921, 2, 26))
    history.jumped(D(1946, 1, 1), D(1908, 6, 23))
    assert not history.can_go_forward
    assert history.back(D(1908, 6, 23)) == D(1946, 1, 1)


def test_a_jump_to_the_same_day_is_not_a_jump_and_old_ones_are_forgotten():
    history = DateHistory()
    history.jumped(D(1946, 1, 1), D(1946, 1, 1))
    assert not history.can_go_back
    for year in range(1800, 1800 + LIMIT + 10):
        history.jumped(D(year, 1, 1), D(year, 6, 1))
    backs = []
    while (day := history.back(D(2000, 1, 1))) is not None:
        backs.append(day)
    assert len(backs) == LIMIT and backs[-1] == D(1810, 1, 1)
