"""YAML read safely, keeping the line of every mapping so errors can point at it.

Users' files arrive here too, so every way a text file can be hostile or broken ends as a
:class:`DataError` naming the file: bytes that are not UTF-8, tabs, Python tags (never run:
the loader is a safe one), nesting deep enough to overflow libyaml's C stack, and alias
"bombs" that stand for billions of values in a few lines.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

import yaml

from geodata.errors import DataError, Problem, display_name

LINE_KEY = "__line__"
MAX_DEPTH = 1000
"""Deepest nesting read; our formats need about ten levels, libyaml crashes near 20,000."""
MAX_EXPANDED = 1_000_000
"""Most values a file may stand for once its aliases are expanded."""

_SAFE_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster when present
_BLOCK_PREFIX = re.compile(r"^[ \t?:-]*", re.MULTILINE)


class _LineLoader(_SAFE_BASE):  # type: ignore[misc, valid-type]
    """A safe loader that records each mapping's first line under ``__line__``.

    It also notes whether any alias was used, so that only such files pay for the check
    of how far their aliases expand.
    """

    uses_aliases = False

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:
            self.uses_aliases = True
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


# Dates stay strings: the data's date forms (YYYY, YYYY-MM, ~YYYY) are parsed by geodata.dates.
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 text (a leading byte-order mark is dropped), else a problem naming the line."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DataError([Problem(name, "is UTF-16 text; save it as UTF-8")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        message = f"is not UTF-8 text (byte {exc.start}); save it as UTF-8"
        raise DataError([Problem(name, message, line=line)]) from None


def _depth_bound(text: str) -> int:
    """An upper bound on nesting, found without parsing.

    Flow collections need one bracket per level; a nested block collection starts further
    right than its parent at least every second level, and only indentation and the ``-``,
    ``?`` and ``:`` indicators can stand before it on its line.
    """
    block = max((len(m.group()) for m in _BLOCK_PREFIX.finditer(text)), default=0)
    return text.count("[") + text.count("{") + 2 * (block + 1)


def _depth(text: str) -> int:
    """The exact nesting, from libyaml's parser events (which, unlike its composer, do not
    recurse); only run when :func:`_depth_bound` cannot rule deep nesting out."""
    depth = deepest = 0
    try:
        for event in yaml.parse(text, Loader=_SAFE_BASE):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                deepest = max(deepest, depth)
                if deepest > MAX_DEPTH:
                    break
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        # newer PyYAML builds (6.0.4 here) stop at their own limit of 1,000 levels
        if "maximum nesting depth" not in str(exc):
            raise
        return max(deepest, MAX_DEPTH) + 1
    return deepest


def expanded_size(data: Any, limit: int = MAX_EXPANDED) -> int | None:
    """How many values *data* stands for with shared parts counted each time they appear.

    Computed without expanding anything (each shared part is sized once), and returned as
    soon as it passes *limit*; ``None`` when the data contains itself.
    """
    sizes: dict[int, int] = {}
    open_ids: set[int] = set()
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, finished = stack.pop()
        children = list(node.values() if isinstance(node, dict) else node)
        key = id(node)
        if finished:
            open_ids.discard(key)
            sizes[key] = 1 + sum(sizes.get(id(child), 1) for child in children)
            if sizes[key] > limit:
                return sizes[key]
        elif key in open_ids:
            return None
        elif key not in sizes:
            open_ids.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if isinstance(child, dict | list))
    return sizes.get(id(data), 1)


def _yaml_problem(exc: yaml.YAMLError, text: str, name: str) -> Problem:
    """The parser's complaint, with a hint for the mistakes users make most."""
    if isinstance(exc, yaml.reader.ReaderError):
        line = text.count("\n", 0, exc.position) + 1
        return Problem(name, f"contains the control character #x{exc.character:04x}", line)
    mark = getattr(exc, "problem_mark", None)
    return Problem(name, _yaml_message(exc), mark.line + 1 if mark else None)


def _yaml_message(exc: yaml.YAMLError) -> str:
    reason = getattr(exc, "problem", None) or str(exc)
    if "tab character" in reason or "'\\t'" in reason:
        return f"is not valid YAML: {reason} (indent with spaces, not tabs)"
    if "python/" in reason:
        return (
            "uses a Python tag (!!python/...); such tags are never run: the file must be plain YAML"
        )
    return f"is not valid YAML: {reason}"


def read_yaml(path: Path, max_bytes: int = 20_000_000) -> Any:
    """Parse a YAML file, turning every way it can fail into a :class:`DataError`."""
    name = display_name(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError([Problem(name, f"cannot be read: {exc.strerror or exc}")]) from None
    if len(raw) > max_bytes:
        raise DataError([Problem(name, f"is {len(raw):,} bytes; the limit is {max_bytes:,}")])
    text = decode_text(raw, name)
    loader = _LineLoader(text)
    try:
        if _depth_bound(text) > MAX_DEPTH and _depth(text) > MAX_DEPTH:
            message = f"is nested more than {MAX_DEPTH:,} levels deep"
            raise DataError([Problem(name, message)])
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        raise DataError([_yaml_problem(exc, text, name)]) from None
    finally:
        loader.dispose()
    if loader.uses_aliases and isinstance(data, dict | list):
        size = expanded_size(data)
        if size is None:
            raise DataError([Problem(name, "contains itself through an alias (*name)")])
        if size > MAX_EXPANDED:
            message = f"its aliases (*name) expand to more than {MAX_EXPANDED:,} values"
            raise DataError([Problem(name, message)])
    return data
