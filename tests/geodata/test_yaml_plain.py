"""The quick construction of plain YAML gives PyYAML's values, problems and their order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from geodata import yamlio
from geodata.errors import DataError, display_name
from geodata.yamlio import LINE_KEY, read_yaml

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted(
    [
        *(ROOT / "events" / "data").rglob("*.yaml"),
        ROOT / "geodata" / "data" / "places.yaml",
        *(ROOT / "viewer" / "stories").glob("*.yaml"),
    ]
)


def _outcome(path: Path) -> object:
    """What :func:`read_yaml` makes of *path*: its data, or its problems as shown."""
    try:
        return read_yaml(path)
    except DataError as exc:
        return [str(problem) for problem in exc.problems]


def _usual_outcome(path: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    """The outcome with PyYAML's construction for every document."""

    def refuse(loader: object, root: object) -> None:
        raise yamlio._NotPlainError

    with monkeypatch.context() as patch:
        patch.setattr(yamlio._LineLoader, "construct_plain", refuse)
        return _outcome(path)


def _plain(text: str) -> object:
    loader = yamlio._LineLoader(text)
    try:
        return loader.construct_plain(loader.get_single_node())
    finally:
        loader.dispose()


def test_the_bundled_files_are_plain_or_not_and_read_alike(monkeypatch):
    """Every bundled YAML file reads the same either way; most take the quick path."""
    plain = 0
    for path in BUNDLED:
        assert _outcome(path) == _usual_outcome(path, monkeypatch), path.name
        try:
            _plain(path.read_text(encoding="utf-8"))
            plain += 1
        except yamlio._NotPlainError:
            pass
    assert len(BUNDLED) >= 5
    assert plain >= len(BUNDLED) // 2


def test_a_file_of_flow_collections_reads_alike(tmp_path, monkeypatch):
    """The 100x bench's events files are JSON, which is YAML: one line, every mapping on it."""
    events = read_yaml(ROOT / "events" / "data" / "events" / "to-1945.yaml")
    path = tmp_path / "flow.yaml"
    path.write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    quick = _outcome(path)
    assert quick == _usual_outcome(path, monkeypatch)
    assert isinstance(quick, list) and quick[0][LINE_KEY] == 1
    _plain(path.read_text(encoding="utf-8"))  # taken the quick way


ODD = {
    "alias": "a: &x {b: 1}\nc: *x\n",
    "merge": "base: &b {x: 1}\nmore:\n  <<: *b\n  y: 2\n",
    "keys twice, nested first": "a:\n  b: 1\n  b: 2\nc: 1\nc: 2\n",
    "python tag": "a: !!python/object:os.system [ls]\n",
    "local tag": "a: !thing 1\n",
    "long integers": "a: [" + "9" * 5000 + "]\nb: " + "8" * 5000 + "\n",
    "keys of several types, one value": "1: a\n1.0: b\ntrue: c\n",
    "our line key given": "a: {__line__: 7, b: 1}\n",
    "explicit tags": "a: !!str 12\nb: !!int '3'\nc: !!float 1\n",
    "a list as key": "? [a, b]\n: c\n",
    "value key": "= : a\n",
    "numbers": "a: [0x1F, 0o17, 1_000, .inf, -.Inf, .nan, 1e3, ~, null, Yes, off]\n",
    "dates stay text": "a: 1946-05-09\nb: ~1907\n",
    "empty": "",
    "scalar": "just text\n",
}


@pytest.mark.parametrize("text", ODD.values(), ids=ODD.keys())
def test_odd_documents_read_as_pyyaml_reads_them(tmp_path, monkeypatch, text):
    path = tmp_path / "odd.yaml"
    path.write_text(text, encoding="utf-8")
    assert repr(_outcome(path)) == repr(_usual_outcome(path, monkeypatch))


@pytest.mark.parametrize(
    "text", [ODD["alias"], ODD["merge"], ODD["keys twice, nested first"], ODD["local tag"]]
)
def test_documents_not_plain_are_left_to_pyyaml(text):
    with pytest.raises(yamlio._NotPlainError):
        _plain(text)


def test_a_plain_document_keeps_lines_types_and_order():
    data = _plain("b: 1\na:\n  - x\n  - {c: 2.5, d: null, e: true}\n")
    assert data == {
        "b": 1,
        "a": ["x", {"c": 2.5, "d": None, "e": True, LINE_KEY: 4}],
        LINE_KEY: 1,
    }
    assert list(data) == ["b", "a", LINE_KEY]


def test_a_composed_node_is_not_changed(monkeypatch):
    """The fallback constructs the same nodes again: the quick path must leave them as they are."""
    loader = yamlio._LineLoader("a: &x {b: 1}\nc: [*x, 2]\n")
    try:
        root = loader.get_single_node()
        before = yaml.serialize(root)
        with pytest.raises(yamlio._NotPlainError):
            loader.construct_plain(root)
        assert yaml.serialize(root) == before
        assert loader.construct_document(root)["c"][0] == {"b": 1, LINE_KEY: 1}
    finally:
        loader.dispose()


def test_the_quick_path_stops_past_the_depth_limit(tmp_path, monkeypatch):
    """A plain document at the limit is read the quick way; one level more is left to the
    usual path, which says it is too deep (the composed nodes are then walked to tell)."""
    at_limit = "[" * yamlio.MAX_DEPTH + "]" * yamlio.MAX_DEPTH
    data = _plain(at_limit)
    for _ in range(yamlio.MAX_DEPTH - 1):
        (data,) = data
    assert data == []
    with pytest.raises(yamlio._NotPlainError):
        _plain("[" + at_limit + "]")
    path = tmp_path / "deep.yaml"
    path.write_text("[" + at_limit + "]")
    assert _outcome(path) == _usual_outcome(path, monkeypatch)
    too_deep = f"{display_name(path)}: is nested more than {yamlio.MAX_DEPTH:,} levels deep"
    assert _outcome(path) == [too_deep]
