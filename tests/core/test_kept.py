"""The store of values kept up to a number of bytes, least recently used let go first."""

from __future__ import annotations

from viewer.core.kept import KeptByBytes


def test_the_least_recently_used_go_first_and_the_last_put_always_stays():
    kept: KeptByBytes[str, bytes] = KeptByBytes(10, len)
    kept.put("a", b"1234")
    kept.put("b", b"1234")
    assert kept.get("a") == b"1234"  # now more recent than b
    kept.put("c", b"1234")
    assert list(kept) == ["a", "c"] and kept.bytes == 8
    kept.put("huge", b"x" * 50)
    assert list(kept) == ["huge"] and kept.bytes == 50
    assert kept.get("a") is None and "huge" in kept and len(kept) == 1
    kept.clear()
    assert not len(kept) and kept.bytes == 0
