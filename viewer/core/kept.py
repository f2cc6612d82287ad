"""A store that keeps the values most recently used, up to a number of bytes. No Qt.

The map's paths, full and simplified, and the labels' pictures are each made when drawn and
kept this way: with a hundred copies of the data, all of them kept held hundreds of MB.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class KeptByBytes(Generic[K, V]):
    """Values by key, the least recently used let go once *size* of them all passes
    *max_bytes* (the last one put is always kept)."""

    def __init__(self, max_bytes: int, size: Callable[[V], int]) -> None:
        self.max_bytes, self._size = max_bytes, size
        self._kept: dict[K, V] = {}  # least recently used first
        self.bytes = 0
        """The size of the values kept."""

    def get(self, key: K) -> V | None:
        """The value kept for *key* (now the most recently used), or None."""
        value = self._kept.pop(key, None)
        if value is not None:
            self._kept[key] = value
        return value

    def put(self, key: K, value: V) -> None:
        """Keep *value* for *key* (not kept yet), letting the least recently used go."""
        self._kept[key] = value
        self.bytes += self._size(value)
        while self.bytes > self.max_bytes and len(self._kept) > 1:
            oldest = next(iter(self._kept))
            self.bytes -= self._size(self._kept.pop(oldest))

    def clear(self) -> None:
        self._kept.clear()
        self.bytes = 0

    def __contains__(self, key: object) -> bool:
        return key in self._kept

    def __getitem__(self, key: K) -> V:
        return self._kept[key]

    def __iter__(self) -> Iterator[K]:
        """The keys, least recently used first."""
        return iter(self._kept)

    def __len__(self) -> int:
        return len(self._kept)
