"""Our frozen record types to plain JSON data and back, guided by their type hints. No Qt here.

The start-up cache stores the loaded atlas as data, never as code to run (no pickle): each
record becomes a JSON object of its fields, each geometry an index into a list of WKB blobs.
Reading it back checks every value against the field's declared type and rebuilds the
records through their constructors (so their own checks run too); anything that does not fit
raises :class:`CodecError`, and the caller falls back to a normal, checked load.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from shapely.geometry.base import BaseGeometry

from geodata.model import StoredGeometry


class CodecError(ValueError):
    """Stored data that does not fit the record types it claims to hold."""


def encode(value: Any, geometries: list[BaseGeometry]) -> Any:
    """*value* as JSON data; geometries are appended to *geometries* and stored as indexes."""
    if type(value) in _PLAIN or value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, StoredGeometry):
        value = value.shape()
    if isinstance(value, BaseGeometry):
        geometries.append(value)
        return len(geometries) - 1
    if (fields := _record_fields_of(value.__class__)) is not None:
        return {f.name: encode(getattr(value, f.name), geometries) for f in fields}
    if isinstance(value, Mapping):
        return {str(key): encode(item, geometries) for key, item in value.items()}
    if isinstance(value, tuple | list | frozenset):
        return [encode(item, geometries) for item in value]
    raise CodecError(f"cannot store a {type(value).__name__}")


def decode(kind: Any, data: Any, geometries: typing.Sequence[BaseGeometry]) -> Any:
    """The value of type *kind* that :func:`encode` turned into *data*, checked on the way."""
    return _decoder(kind)(data, geometries)


Decoder = Callable[[Any, typing.Sequence[BaseGeometry]], Any]


@cache
def _decoder(kind: Any) -> Decoder:
    """A function decoding one type, built once per type (this runs for every stored value)."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if kind is Any:
        raise CodecError("a field typed Any cannot be checked")
    if kind in (str, bool):
        return _scalar(kind)
    if kind is int:
        return _scalar(int, exclude=bool)
    if kind is float:
        return _number
    if kind is type(None):
        return _scalar(type(None))
    if isinstance(kind, type) and issubclass(kind, BaseGeometry | StoredGeometry):
        return _geometry  # stored as a geometry, read back as one
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _member(kind)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _record(kind)
    if origin in (typing.Union, types.UnionType):
        return _union(args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _sequence(args[0], tuple)
        return _fixed_tuple(args)
    if origin is frozenset:
        return _sequence(args[0], frozenset)
    if origin in (dict, Mapping) or kind is Mapping:
        return _mapping(args[1])
    raise CodecError(f"no decoder for {kind!r}")


def _scalar(kind: type, exclude: type | None = None) -> Decoder:
    def read(data: Any, geometries: typing.Sequence[BaseGeometry]) -> Any:
        if not isinstance(data, kind) or (exclude and isinstance(data, exclude)):
            raise CodecError(f"expected {kind.__name__}, found {type(data).__name__}")
        return data

    return read


def _number(data: Any, geometries: typing.Sequence[BaseGeometry]) -> float:
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise CodecError(f"expected a number, found {type(data).__name__}")
    return float(data)


def _member(kind: type[enum.Enum]) -> Decoder:
    """An enumeration's member from its value (a ``StrEnum`` is stored as its text)."""

    def read(data: Any, geometries: typing.Sequence[BaseGeometry]) -> Any:
        try:
            return kind(data)
        except (ValueError, TypeError):
            raise CodecError(f"{data!r} is not a {kind.__name__}") from None

    return read


def _geometry(data: Any, geometries: typing.Sequence[BaseGeometry]) -> BaseGeometry:
    if isinstance(data, bool) or not isinstance(data, int) or not 0 <= data < len(geometries):
        raise CodecError(f"{data!r} is not a stored geometry")
    return geometries[data]


def _record(kind: type) -> Decoder:
    fields = record_fields(kind)
    names = {f.name for f in fields}
    hints = typing.get_type_hints(kind)
    readers = [(f.name, _decoder(hints[f.name])) for f in fields]

    def read(data: Any, geometries: typing.Sequence[BaseGeometry]) -> Any:
        if not isinstance(data, dict) or data.keys() != names:
            raise CodecError(f"does not hold the fields of a {kind.__name__}")
        try:
            return kind(**{name: reader(data[name], geometries) for name, reader in readers})
        except (TypeError, ValueError) as exc:  # the record's own checks
            raise CodecError(f"not a valid {kind.__name__}: {exc}") from None

    return read


def _union(args: tuple[Any, ...]) -> Decoder:
    readers = [_decoder(arg) for arg in args]

    def read(data: Any, geometries: typing.Sequence[BaseGeometry]) -> Any:
        for reader in readers:
            try:
                return reader(data, geometries)
            except CodecError:
                continue
        raise CodecError(f"{type(data).__name__} fits none of {args!r}")

    return read


def _sequence(item: Any, build: type) -> Decoder:
    reader = _decoder(item)

    def read(data: Any, geometries: typing.Sequence[BaseGeometry]) -> Any:
        if not isinstance(data, list):
            raise CodecError(f"expected a list, found {type(data).__name__}")
        return build(reader(value, geometries) for value in data)

    return read


def _fixed_tuple(args: tuple[Any, ...]) -> Decoder:
    readers = [_decoder(arg) for arg in args]

    def read(data: Any, geometries: typing.Sequence[BaseGeometry]) -> Any:
        if not isinstance(data, list) or len(data) != len(readers):
            raise CodecError(f"expected a list of {len(readers)}")
        return tuple(reader(value, geometries) for reader, value in zip(readers, data, strict=True))

    return read


def _mapping(value: Any) -> Decoder:
    reader = _decoder(value)

    def read(data: Any, geometries: typing.Sequence[BaseGeometry]) -> Any:
        if not isinstance(data, dict):
            raise CodecError(f"expected a mapping, found {type(data).__name__}")
        return {key: reader(item, geometries) for key, item in data.items()}

    return read


_PLAIN = frozenset({str, int, float, bool})
"""The types most values are, told apart before anything slower is asked (a 100x load
encodes ~700,000 values)."""


@cache
def _record_fields_of(kind: type) -> tuple[dataclasses.Field[Any], ...] | None:
    """The fields of a record type, ``None`` for a type that is no record."""
    return record_fields(kind) if dataclasses.is_dataclass(kind) else None


@cache
def record_fields(kind: type) -> tuple[dataclasses.Field[Any], ...]:
    return tuple(f for f in dataclasses.fields(kind) if f.init)
