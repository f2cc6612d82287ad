"""Records as columns: each field a table of its distinct values and an index array. No Qt.

A large atlas repeats itself: the same citations, names, kinds and styles recur across
thousands of records. Storing each field as its distinct values (JSON, checked on the way
back by :mod:`viewer.core.record_codec`) plus one ``int32`` index per record means a load
decodes each distinct value once and then only picks from lists: at 100x the bundled data
that is a few thousand decoded values instead of 700,000. Geometry fields are WKB in one
``uint8`` array with ``int64`` offsets; dates are four ``int32`` each (year, month, day,
flags). Anything that does not fit raises :class:`~viewer.core.record_codec.CodecError`.
"""

from __future__ import annotations

import itertools
import json
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geodata.dates import PartialDate, Precision
from geodata.model import StoredGeometry
from viewer.core.record_codec import CodecError, decode, encode, record_fields


def encode_geometries(
    geometries: Sequence[BaseGeometry | StoredGeometry],
) -> tuple[np.ndarray, np.ndarray]:
    """WKB of every geometry in one byte array, and where each starts (plus the end)."""
    shapes = [g.shape() if isinstance(g, StoredGeometry) else g for g in geometries]
    blobs = shapely.to_wkb(np.asarray(shapes, dtype=object)) if shapes else []
    lengths = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=len(blobs))
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    return np.frombuffer(b"".join(blobs), dtype=np.uint8), offsets


def decode_geometries(wkb: np.ndarray, offsets: np.ndarray, count: int) -> list[BaseGeometry]:
    """The *count* geometries :func:`encode_geometries` stored."""
    pieces = [bytes(piece) for piece in _wkb_pieces(wkb, offsets, count)]
    return list(shapely.from_wkb(pieces)) if pieces else []


def stored_geometries(wkb: np.ndarray, offsets: np.ndarray, count: int) -> list[StoredGeometry]:
    """The *count* geometries :func:`encode_geometries` stored, left in *wkb* until asked for
    (each keeps the memory map alive)."""
    return [StoredGeometry(piece) for piece in _wkb_pieces(wkb, offsets, count)]


def _wkb_pieces(wkb: np.ndarray, offsets: np.ndarray, count: int) -> list[memoryview]:
    if offsets.shape != (count + 1,) or (
        count and (offsets[0] != 0 or offsets[-1] != len(wkb) or np.any(np.diff(offsets) <= 0))
    ):
        raise CodecError("has a geometry outside its data")
    data = wkb.data  # sliced in place: a copy of the whole would double the peak
    return [data[a:b] for a, b in itertools.pairwise(offsets.tolist())]


DATE_TYPES = (PartialDate, PartialDate | None)
"""Field types stored as integer arrays: four numbers a date, decoded without JSON."""
_NONE, _APPROXIMATE, _UNCERTAIN = 1, 2, 4
_PRECISIONS = (None, *Precision)
"""``unspecified`` as a number: its place here, kept in the flags' upper bits."""
_SHIFT = 3


def encode_dates(dates: Sequence[PartialDate | None]) -> np.ndarray:
    """Year, month, day (0 when unknown) and flags of each date, one after the other."""
    numbers = np.zeros((len(dates), 4), dtype=np.int32)
    for row, date in enumerate(dates):
        if date is None:
            numbers[row, 3] = _NONE
            continue
        flags = (_APPROXIMATE if date.approximate else 0) | (_UNCERTAIN if date.uncertain else 0)
        flags |= _PRECISIONS.index(date.unspecified) << _SHIFT
        numbers[row] = (date.year, date.month or 0, date.day or 0, flags)
    return numbers.reshape(-1)


def decode_dates(numbers: np.ndarray, count: int, kind: Any) -> list[PartialDate | None]:
    """The dates :func:`encode_dates` stored, built (and so checked) by their constructor."""
    if numbers.shape != (count * 4,) or (
        count and not 0 <= numbers[3::4].min() <= numbers[3::4].max() < len(_PRECISIONS) << _SHIFT
    ):
        raise CodecError("has a date table of the wrong size")
    made: dict[tuple[int, ...], PartialDate | None] = {}  # one of each: the dates are frozen
    dates: list[PartialDate | None] = []
    for row in map(tuple, numbers.reshape(-1, 4).tolist()):
        if row not in made:
            made[row] = _date(row, kind)
        dates.append(made[row])
    return dates


def _date(row: tuple[int, ...], kind: Any) -> PartialDate | None:
    """One date of :func:`decode_dates`: year, month, day and flags."""
    year, month, day, flags = row
    if flags & _NONE:
        if kind is PartialDate:
            raise CodecError("has no date where one is required")
        return None
    try:
        return PartialDate(
            year,
            month or None,
            day or None,
            approximate=bool(flags & _APPROXIMATE),
            uncertain=bool(flags & _UNCERTAIN),
            unspecified=_PRECISIONS[flags >> _SHIFT],
        )
    except ValueError as exc:  # DateError: a day that does not exist
        raise CodecError(f"has an impossible date: {exc}") from None


def _is_geometry(kind: Any) -> bool:
    return (isinstance(kind, type) and issubclass(kind, BaseGeometry)) or _is_stored(kind)


def _is_stored(kind: Any) -> bool:
    """Whether a field takes a :class:`StoredGeometry`: its WKB is then read only when used."""
    return StoredGeometry in typing.get_args(kind)


_PLAIN = frozenset({str, int, bool, type(None)})
"""Types whose equal values (of the same type) are stored alike: keyed without JSON. Floats
are not among them (``-0.0 == 0.0``)."""


def encode_records(
    kind: type, records: Sequence[Any], prefix: str
) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """*records* (all of dataclass *kind*) as JSON tables and arrays named ``prefix.field``."""
    hints = typing.get_type_hints(kind)
    tables: dict[str, Any] = {}
    arrays: dict[str, np.ndarray] = {}
    for field in record_fields(kind):
        values = [getattr(record, field.name) for record in records]
        name = f"{prefix}.{field.name}"
        if _is_geometry(hints[field.name]):
            arrays[f"{name}.wkb"], arrays[f"{name}.offsets"] = encode_geometries(values)
            continue
        if hints[field.name] in DATE_TYPES:
            arrays[f"{name}.date"] = encode_dates(values)
            continue
        tables[field.name], arrays[name] = _column(values, f"{kind.__name__}.{field.name}")
    return {"rows": len(records), "fields": tables}, arrays


_json_key = json.JSONEncoder(sort_keys=True).encode
"""A value's JSON as the key of its table entry: one encoder for all, as ``json.dumps`` with
an option makes one a call (a 100x events file's 14,000 values: ~0.03 s of CPU)."""


def _column(values: Sequence[Any], where: str) -> tuple[list[Any], np.ndarray]:
    """The distinct values as JSON data, and which one each row holds."""
    by_text: dict[str, int] = {}
    by_value: dict[tuple[type, Any], int] = {}  # plain values: compared without JSON
    table: list[Any] = []
    index = np.empty(len(values), dtype=np.int32)
    for row, value in enumerate(values):
        plain = (type(value), value) if type(value) in _PLAIN else None
        if plain is None or (position := by_value.get(plain)) is None:
            nested: list[BaseGeometry] = []
            data = encode(value, nested)
            if nested:
                raise CodecError(f"cannot store a geometry inside {where}")
            position = by_text.setdefault(_json_key(data), len(table))
            if position == len(table):
                table.append(data)
            if plain is not None:
                by_value[plain] = position
        index[row] = position
    return table, index


def decode_records(
    kind: type, data: Any, arrays: Mapping[str, np.ndarray], prefix: str
) -> list[Any]:
    """The records :func:`encode_records` stored, each value checked against its field's type
    and each record built through its constructor (so its own checks run too)."""
    hints = typing.get_type_hints(kind)
    if not isinstance(data, dict) or type(data.get("rows")) is not int:
        raise CodecError(f"holds no {kind.__name__} records")
    rows, tables = data["rows"], data.get("fields")
    fields = record_fields(kind)
    arrays_only = {f.name for f in fields if _is_geometry(hints[f.name])}
    arrays_only |= {f.name for f in fields if hints[f.name] in DATE_TYPES}
    if not isinstance(tables, dict) or tables.keys() != {f.name for f in fields} - arrays_only:
        raise CodecError(f"does not hold the fields of a {kind.__name__}")
    columns = []
    for field in fields:
        name = f"{prefix}.{field.name}"
        if _is_geometry(hints[field.name]):
            read = stored_geometries if _is_stored(hints[field.name]) else decode_geometries
            columns.append(read(_get(arrays, f"{name}.wkb"), _get(arrays, f"{name}.offsets"), rows))
            continue
        if hints[field.name] in DATE_TYPES:
            columns.append(decode_dates(_get(arrays, f"{name}.date"), rows, hints[field.name]))
            continue
        # tuple[hint, ...] built as a value: the hint is known only at run time
        row_type = types.GenericAlias(tuple, (hints[field.name], ...))
        table = decode(row_type, tables[field.name], ())
        index = _get(arrays, name)
        if index.shape != (rows,) or (rows and not 0 <= index.min() <= index.max() < len(table)):
            raise CodecError(f"{kind.__name__}.{field.name} points outside its table")
        picked = [table[i] for i in index.tolist()]
        if typing.get_origin(hints[field.name]) in (dict, Mapping):
            picked = [dict(value) for value in picked]  # a record's mapping is its own
        columns.append(picked)
    try:
        return [kind(*values) for values in zip(*columns, strict=True)] if rows else []
    except (TypeError, ValueError) as exc:  # the records' own checks
        raise CodecError(f"not a valid {kind.__name__}: {exc}") from None


def _get(arrays: Mapping[str, np.ndarray], name: str) -> np.ndarray:
    if name not in arrays:
        raise CodecError(f"has no array {name!r}")
    return arrays[name]
