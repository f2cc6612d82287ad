"""msgspec's quick JSON reading, in a module of its own so that msgspec (and the
``typing_extensions`` it imports, ~32 ms together) load only when a file is parsed: a warm
start, whose checked files come from the start-up cache, never parses one. No Qt here.
"""

from __future__ import annotations

from typing import Any

import msgspec

DecodeError = msgspec.DecodeError


class NotQuickError(ValueError):
    """Not read by :func:`quick_json`: the standard library reads it, or says why not."""


def quick_json(raw: bytes) -> Any:
    """*raw* parsed as the standard library's ``json.loads`` would (with constants refused),
    in about half its CPU (a 36 MB GeoJSON file of the 100x bench: 0.43 -> 0.21 s).

    msgspec gives the same values for every text it reads (integers of any size included);
    whatever it refuses (a byte-order mark, a lone surrogate escape, ``1e400``, ``NaN``, deep
    nesting, bad syntax) raises :class:`NotQuickError`, and the standard library decides.
    """
    try:
        return msgspec.json.decode(raw)
    except (msgspec.DecodeError, RecursionError):
        raise NotQuickError from None


class QuickGeometry(msgspec.Struct):
    """A feature's geometry with its coordinates left as JSON text."""

    type: Any = None
    coordinates: msgspec.Raw = msgspec.Raw(b"null")


class QuickFeature(msgspec.Struct):
    type: Any = None
    properties: Any = None
    geometry: QuickGeometry | None = None


class QuickCollection(msgspec.Struct):
    type: Any = None
    crs: Any = None
    features: list[QuickFeature] | None = None


def quick_collection(raw: bytes) -> QuickCollection:
    """A GeoJSON file's outline, each geometry's coordinates left as text; raises
    :class:`DecodeError` for a file not shaped so (msgspec keeps a key given twice last, as
    the standard library does)."""
    return msgspec.json.decode(raw, type=QuickCollection)


def float_list(text: bytes) -> list[float] | None:
    """The JSON list of numbers *text* as floats; ``None`` when it is not one."""
    try:
        return msgspec.json.decode(text, type=list[float])
    except msgspec.DecodeError:  # ValidationError included
        return None
