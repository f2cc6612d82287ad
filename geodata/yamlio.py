"""YAML read safely, keeping the line of every mapping so errors can point at it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from geodata.errors import DataError, Problem, display_name

LINE_KEY = "__line__"


_SAFE_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster when present


class _LineLoader(_SAFE_BASE):  # type: ignore[misc, valid-type]
    """A safe loader that records each mapping's first line under ``__line__``."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


# Dates stay strings: the data's date forms (YYYY, YYYY-MM, ~YYYY) are parsed by geodata.dates.
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, max_bytes: int = 20_000_000) -> Any:
    """Parse a YAML file, turning every way it can fail into a :class:`DataError`."""
    name = display_name(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError([Problem(name, f"cannot be read: {exc.strerror or exc}")]) from None
    if len(raw) > max_bytes:
        raise DataError([Problem(name, f"is {len(raw):,} bytes; the limit is {max_bytes:,}")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError([Problem(name, f"is not UTF-8 text (byte {exc.start})")]) from None
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise DataError([Problem(name, f"is not valid YAML: {reason}", line=line)]) from None
