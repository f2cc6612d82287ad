"""YAML read safely, keeping the line of every mapping so errors can point at it.

Users' files arrive here too, so every way a text file can be hostile or broken ends as a
:class:`DataError` naming the file: bytes that are not UTF-8, tabs, Python tags (never run:
the loader is a safe one), nesting deep enough to overflow libyaml's C stack, alias "bombs"
that stand for billions of values in a few lines, integers of thousands of digits, and keys
given twice in one mapping (YAML parsers keep the last value and silently drop the first,
which could lose a whole ``events:`` list).
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from geodata.collector import collector_paused
from geodata.errors import DataError, Problem, display_name
from geodata.safe_files import read_limited

LINE_KEY = "__line__"
MAX_DEPTH = 100
"""Deepest nesting read: our formats need about ten levels; parsers refuse or crash far deeper
(libyaml stops at 1,000 or crashes near 20,000), so this check always speaks first."""
MAX_EXPANDED = 1_000_000
"""Most values a file may stand for once its aliases are expanded."""

_SAFE_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster when present
_BLOCK_PREFIX = re.compile(r"^[ \t?:-]*", re.MULTILINE)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"
_SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{kind}" for kind in ("int", "float", "bool", "null"))
"""Scalars :meth:`_LineLoader.read_plain` leaves to their own constructors."""
_NOTHING = object()
"""No value (yet): a mapping's key not read, a plain scalar not resolved before."""


class _NotPlainError(Exception):
    """A document :meth:`_LineLoader.read_plain` leaves to PyYAML's composition and construction."""


class _LineLoader(_SAFE_BASE):  # type: ignore[misc, valid-type]
    """A safe loader that records each mapping's first line under ``__line__``.

    It also notes whether any alias was used, so that only such files pay for the check
    of how far their aliases expand, and collects keys given twice in a mapping.
    """

    uses_aliases = False

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, int, int]] = []

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:
            self.uses_aliases = True
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first_lines: dict[tuple[str, str], int] = {}
        for key, _ in node.value:  # before merge keys (<<), which may override, are applied
            if isinstance(key, yaml.ScalarNode) and key.tag != _MERGE_TAG:
                line = key.start_mark.line + 1
                if (key.tag, key.value) in first_lines:
                    self.duplicates.append((key.value, first_lines[key.tag, key.value], line))
                else:
                    first_lines[key.tag, key.value] = line
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping

    def read_plain(self) -> Any:
        """The document PyYAML would make of this loader's text, read straight off the parser's
        events, without composing nodes: for plain data (text, numbers, true/false/null, lists
        and mappings; no anchor, alias, tag or merge key, no key equal to another of its
        mapping) at most :data:`MAX_DEPTH` deep. A 2.7 MB events file of the 100x bench takes
        0.115 s CPU, where composing it took 0.14 and constructing it 0.064 more: libyaml's
        composer calls back into Python three times a node, and then each node is read again.

        Any other document, any value a constructor refuses and any syntax error raise
        :class:`_NotPlainError`, and the text is read again the usual way, by a loader of its
        own: its values, problems and their order stay the only ones. Nothing deeper than the
        limit is read here, and the event parser does not recurse, so no depth is checked
        first.
        """
        try:
            return self._plain_events()
        except (ValueError, yaml.YAMLError, _TooLongError):
            raise _NotPlainError from None

    def _plain_events(self) -> Any:
        """:meth:`read_plain` without its translation of refusals."""
        get = self.get_event
        get()  # the stream's start
        event = get()
        if type(event) is yaml.StreamEndEvent:
            return None  # no document
        if type(event) is not yaml.DocumentStartEvent:
            raise _NotPlainError
        scalars: dict[str, Any] = {}  # each plain scalar's value, resolved once
        root: list[Any] = []
        parents: list[tuple[Any, Any, int | None]] = []
        collection: Any = root  # where the next value goes: a list, or a mapping...
        key: Any = _NOTHING  # ...with its key read, or not yet
        line: int | None = None  # a mapping's line, for its LINE_KEY
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    raise _NotPlainError
                value = event.value
                if event.implicit[0]:
                    value = scalars.get(value, _NOTHING)
                    if value is _NOTHING:
                        value = scalars[event.value] = self._plain_scalar(event)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    raise _NotPlainError
                if len(parents) >= MAX_DEPTH or (line is not None and key is _NOTHING):
                    raise _NotPlainError  # too deep, or a collection as a key
                parents.append((collection, key, line))
                key = _NOTHING
                if kind is yaml.MappingStartEvent:
                    collection, line = {}, event.start_mark.line + 1
                else:
                    collection, line = [], None
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                value = collection
                if line is not None:
                    value[LINE_KEY] = line
                collection, key, line = parents.pop()
            elif kind is yaml.DocumentEndEvent and type(get()) is yaml.StreamEndEvent:
                return root[0]
            else:
                raise _NotPlainError  # an alias, or a second document
            if line is None:
                collection.append(value)
            elif key is _NOTHING:
                if value in collection:  # given twice (or 1 and 1.0): the usual way decides
                    raise _NotPlainError
                key = value
            else:
                collection[key] = value
                key = _NOTHING

    def _plain_scalar(self, event: yaml.ScalarEvent) -> Any:
        """The value of a plain (unquoted) scalar: its tag resolved, and constructed, as
        composing and constructing it would."""
        tag = self.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR_TAG:
            return event.value
        if tag not in _SCALAR_TAGS:
            raise _NotPlainError
        marks = event.start_mark, event.end_mark  # libyaml's own Mark, as its nodes have
        node = yaml.ScalarNode(tag, event.value, *marks)  # type: ignore[arg-type]
        return self.yaml_constructors[tag](self, node)

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        """An integer, or our problem for one too long to read (Python refuses over 4,300
        digits; nothing in our formats needs more than a few)."""
        try:
            value: int = super().construct_yaml_int(node)
        except ValueError:
            raise _TooLongError(node.start_mark.line + 1) from None
        return value


class _TooLongError(Exception):
    """An integer of thousands of digits, at this line."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


_LineLoader.add_constructor("tag:yaml.org,2002:int", _LineLoader.construct_yaml_int)


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
        message = "is not UTF-8 text (byte {byte}); save it as UTF-8"
        raise DataError([Problem(name, message, line=line, values={"byte": exc.start})]) from None


def _depth_bound(text: str) -> int:
    """An upper bound on nesting, found without parsing.

    Flow collections need one bracket per level; a nested block collection starts further
    right than its parent at least every second level, and only indentation and the ``-``,
    ``?`` and ``:`` indicators can stand before it on its line.
    """
    block = max((len(m.group()) for m in _BLOCK_PREFIX.finditer(text)), default=0)
    return text.count("[") + text.count("{") + 2 * (block + 1)


def _depth(text: str) -> int:
    """The exact nesting (counted up to just past :data:`MAX_DEPTH`), from parser events.

    libyaml's event parser does not recurse, so it is used first; newer builds refuse deep
    nesting themselves, before yielding a single event, so a refusal falls back to the
    pure-Python parser. Either way the count, and so the message, is ours.
    """
    for loader in dict.fromkeys((_SAFE_BASE, yaml.SafeLoader)):
        depth = deepest = 0
        try:
            for event in yaml.parse(text, Loader=loader):
                if isinstance(event, yaml.CollectionStartEvent):
                    depth += 1
                    deepest = max(deepest, depth)
                    if deepest > MAX_DEPTH:
                        return deepest
                elif isinstance(event, yaml.CollectionEndEvent):
                    depth -= 1
        except yaml.YAMLError:
            continue  # a syntax error or the parser's own limit: try the next parser
        return deepest
    return deepest


@cache
def _composer_refuses_nesting() -> bool:
    """Whether the composer refuses deep nesting itself, as libyaml does from 0.2.5 on (at
    1,000 levels), so that a file can be composed before its depth is known.

    The depth is then read off the composed nodes (:func:`_node_depth`) instead of a parse of
    its own (~0.1 s CPU a 2.7 MB file of flow collections, where :func:`_depth_bound` cannot
    tell); an older libyaml, which crashes near 20,000 levels, keeps the parse first.
    """
    for probe in ("[" * 1001 + "]" * 1001, "".join(" " * level + "-\n" for level in range(1001))):
        try:
            yaml.compose(probe, Loader=_LineLoader)
        except yaml.YAMLError:
            continue
        return False
    return True


def _node_depth(root: yaml.Node | None) -> int:
    """The nesting of a composed document as :func:`_depth` counts it (counted up to just past
    :data:`MAX_DEPTH`): an alias is no level, so each node counts once, where it is first
    met in the document's order (its anchor)."""
    deepest = 0
    seen: set[int] = set()
    stack = [(root, 1)] if isinstance(root, yaml.CollectionNode) else []
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        children = (
            [n for pair in node.value for n in pair]
            if isinstance(node, yaml.MappingNode)
            else node.value
        )
        stack.extend(
            (child, depth + 1)
            for child in reversed(children)
            if not isinstance(child, yaml.ScalarNode)
        )
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
    """Our description of the parser's complaint, judged from where it points, not its wording.

    The parser's own words follow in brackets for the expert; tests and users rely on ours.
    """
    if isinstance(exc, yaml.reader.ReaderError):
        line = text.count("\n", 0, exc.position) + 1
        return Problem(
            name,
            "contains the control character #x{character}",
            line,
            values={"character": f"{exc.character:04x}"},
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line_no = mark.line + 1 if mark else None
    lines = text.split("\n")
    source = lines[mark.line] if mark and mark.line < len(lines) else ""
    detail = getattr(exc, "problem", None) or ""
    if isinstance(exc, yaml.constructor.ConstructorError):
        if "python/" in source:
            message = (
                "uses a Python tag (!!python/...); such tags are never run: "
                "write plain YAML{detail}"
            )
        else:
            message = "uses a YAML tag (!!...) that is not plain data; write plain YAML{detail}"
    elif "\t" in source[: (mark.column + 1) if mark else None]:
        message = (
            "is not valid YAML: a tab indents this line (indent with spaces, not tabs){detail}"
        )
    elif isinstance(exc, yaml.composer.ComposerError) and source.lstrip().startswith("---"):
        message = (
            "is not valid YAML: a second document starts here ('---'); keep one per file{detail}"
        )
    elif mark:
        message = (
            "is not valid YAML at column {column}: check the indentation, colons and quotes "
            "here{detail}"
        )
    else:
        message = "is not valid YAML: check the indentation, colons and quotes here{detail}"
    values = {"detail": f" [{detail}]" if detail else "", "column": mark.column + 1 if mark else 0}
    return Problem(name, message, line_no, values=values)


def read_yaml(path: Path, max_bytes: int = 20_000_000, content: bytes | None = None) -> Any:
    """Parse a YAML file (its bytes *content* when already read), turning every way it can
    fail into a :class:`DataError`.

    Plain data is read the quick way (:meth:`_LineLoader.read_plain`); any other document is
    composed and constructed by PyYAML, after the checks of its depth."""
    name = display_name(path)
    text = decode_text(read_limited(path, max_bytes, content), name)
    plain = _LineLoader(text)
    try:
        with collector_paused():
            return plain.read_plain()
    except _NotPlainError:
        pass
    finally:
        plain.dispose()
    loader = _LineLoader(text)
    too_deep = DataError(
        [Problem(name, "is nested more than {depth:,} levels deep", values={"depth": MAX_DEPTH})]
    )
    try:
        deep = _depth_bound(text) > MAX_DEPTH
        if deep and not _composer_refuses_nesting() and _depth(text) > MAX_DEPTH:
            raise too_deep
        with collector_paused():
            try:
                node = loader.get_single_node()
            except yaml.YAMLError:
                if deep and _depth(text) > MAX_DEPTH:  # the depth speaks first, as it would
                    raise too_deep from None
                raise
            if deep and _node_depth(node) > MAX_DEPTH:
                raise too_deep
            data = None if node is None else loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise DataError([_yaml_problem(exc, text, name)]) from None
    except _TooLongError as exc:
        message = "holds a number too long to read (thousands of digits)"
        raise DataError([Problem(name, message, exc.line)]) from None
    finally:
        loader.dispose()
    if loader.duplicates:
        raise DataError(
            [
                Problem(
                    name,
                    "gives the key {short_key} twice in one mapping, at lines {first} and "
                    "{line}; YAML would keep only the last value: merge them or remove one",
                    line,
                    values={"short_key": _short_key(key), "first": first, "line": line},
                )
                for key, first, line in loader.duplicates
            ]
        )
    if loader.uses_aliases and isinstance(data, dict | list):
        size = expanded_size(data)
        if size is None:
            raise DataError([Problem(name, "contains itself through an alias (*name)")])
        if size > MAX_EXPANDED:
            message = "its aliases (*name) expand to more than {count:,} values"
            raise DataError([Problem(name, message, values={"count": MAX_EXPANDED})])
    return data


def _short_key(key: str) -> str:
    """A mapping key as a message quotes it: at most 40 characters."""
    return repr(key if len(key) <= 40 else key[:39] + "…")
