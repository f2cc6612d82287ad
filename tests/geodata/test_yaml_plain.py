"""The quick construction of plain YAML gives PyYAML's values, problems and their order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geodata import yamlio
from geodata.errors import DataError, display_name
from geodata.yamlio import LINE_KEY, read_yaml
from tests.geodata.test_fuzz_corpus import _corpus

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

    def refuse(loader: object) -> None:
        raise yamlio._NotPlainError

    with monkeypatch.context() as patch:
        patch.setattr(yamlio._LineLoader, "read_plain", refuse)
        return _outcome(path)


def _plain(text: str) -> object:
    loader = yamlio._LineLoader(text)
    try:
        return loader.read_plain()
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


def test_a_refused_document_is_read_again_the_usual_way(tmp_path):
    """The quick path stops at the first alias; the usual construction shares the value."""
    text = "a: &x {b: 1}\nc: [*x, 2]\n"
    with pytest.raises(yamlio._NotPlainError):
        _plain(text)
    path = tmp_path / "alias.yaml"
    path.write_text(text, encoding="utf-8")
    data = read_yaml(path)
    assert data["c"][0] == {"b": 1, LINE_KEY: 1}
    assert data["c"][0] is data["a"]


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


def _read(content: bytes) -> object:
    """:func:`_outcome` of a file's bytes, its data by repr: 1, 1.0 and True, and the order
    of a mapping's keys, all tell."""
    try:
        return repr(read_yaml(Path("doc.yaml"), content=content))
    except DataError as exc:
        return [str(problem) for problem in exc.problems]


def _read_usual(content: bytes) -> object:
    """:func:`_read` with PyYAML's composition and construction for every document."""

    def refuse(loader: object) -> None:
        raise yamlio._NotPlainError

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yamlio._LineLoader, "read_plain", refuse)
        return _read(content)


def _assert_read_alike(text: str | bytes) -> bool:
    """Both ways give the same data or the same problems, in order; whether it was plain."""
    content = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    usual = _read_usual(content)
    assert _read(content) == usual
    try:
        quick = _plain(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, yamlio._NotPlainError):
        return False
    assert repr(quick) == usual
    return True


PLAIN_WORDS = [
    "1", "-7", "0x1F", "0o17", "017", "0b101", "1_000", "+12", "190:20:30", "9" * 5000,
    "1.5", "1e3", "1.0e+3", ".inf", "-.Inf", ".NaN", "6.8523015e+5", "1_0.5",
    "yes", "No", "ON", "off", "true", "False", "y", "n", "~", "null", "NULL", "",
    "<<", "=", "1946-05-09", "2001-12-14t21:59:43.10-05:00", "~1907", "1946-XX",
    "text", "two words", "__line__", "a.b", "-", "'single'", '"dou\\tble"', '"\\x41"',
    "&a x", "*a", "!!str 1", "!!int '3'", "! 12", "!thing x", "!!python/name:os.system",
]  # fmt: skip
"""Scalars as written: every implicit type, and anchors, aliases and tags to be refused."""
SCALAR_TEXT = st.one_of(
    st.sampled_from(PLAIN_WORDS),
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_characters=",:[]{}#&*!|>'\"%@`"), max_size=8
    )
    .map(str.strip)
    .filter(lambda t: t and not t.startswith(("-", "?"))),
)


COLLECTION_MARKS = st.sampled_from(["", "", "", "", "&b ", "*b", "!!seq ", "!!omap ", "! "])
"""Before a collection: mostly nothing, else an anchor, an alias in its place, or a tag."""


def _flow(scalar: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Flow collections (JSON-like) nested from *scalar* texts, keys given twice included."""
    return st.recursive(
        scalar,
        lambda inner: st.builds(
            str.__add__,
            COLLECTION_MARKS,
            st.one_of(
                st.lists(inner, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
                st.lists(st.tuples(scalar, inner), max_size=4).map(
                    lambda pairs: "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"
                ),
            ),
        ),
        max_leaves=16,
    )


def _block(pairs: list[tuple[str, str]], items: list[str]) -> str:
    """A block mapping of flow values, then (as its last key's value) a block sequence."""
    lines = [f"{key}: {value}" for key, value in pairs]
    lines += ["last:", *(f"  - {item}" for item in items)]
    return "\n".join(lines) + "\n"


TEXTS = st.one_of(
    _flow(SCALAR_TEXT),
    st.builds(
        _block, st.lists(st.tuples(SCALAR_TEXT, _flow(SCALAR_TEXT))), st.lists(_flow(SCALAR_TEXT))
    ),
)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10))
DATA = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.one_of(st.integers(-2, 2), st.text(max_size=3), st.booleans()), inner, max_size=4
        )
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("[&a x, &a y]")  # an anchor given twice: refused when composed
@example("[&b [x], &b {y: z}]")
@example("{1: a, 1.0: b, true: c, '1': d}")
def test_written_documents_read_alike(text):
    """Texts of every implicit type, keys given twice (or equal: 1, 1.0, true), anchors,
    aliases and tags, in flow and block style: the same data or problems either way."""
    _assert_read_alike(text)


@settings(max_examples=200, deadline=None)
@given(DATA, st.sampled_from([None, True, False]), st.booleans())
def test_dumped_documents_read_alike_and_plainly(data, flow, as_json):
    """Any data PyYAML or json writes is plain: it is read the quick way, alike."""
    if as_json:  # its keys are all text: 1 and "1" are then given twice, and not plain
        text = json.dumps(data, ensure_ascii=False)
    else:
        text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    plain = _assert_read_alike(text)
    assert plain or as_json


def test_the_malformed_and_fuzzed_files_read_alike(tmp_path):
    """The malformed corpus and the seeded fuzz corpus (its YAML and GeoJSON files, as YAML)
    give the same data or problems either way; some of each kind are plain."""
    corpus = [
        *(ROOT / "tests" / "data" / "malformed").iterdir(),
        *(ROOT / "tests" / "data").glob("*.yaml"),
        *_corpus(tmp_path),
    ]
    contents = [
        path.read_bytes()
        for path in corpus
        if path.suffix in (".yaml", ".geojson") and path.is_file() and not path.is_symlink()
    ]
    plain = sum(_assert_read_alike(content) for content in contents)
    assert len(contents) >= 250
    assert 0 < plain < len(contents)
