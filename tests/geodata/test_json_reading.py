"""JSON files are read in C where that gives the standard library's values, else by the
standard library: the same data, and the same problems, whichever reads a file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geodata.errors import Problem
from geodata.loading import read_json


def _standard(raw: bytes) -> str:
    """What the standard library reads of *raw*, written out so that types and -0.0 count."""
    return json.dumps(json.loads(raw.decode("utf-8-sig")))


def _read(path: Path, raw: bytes) -> tuple[Any, list[Problem]]:
    path.write_bytes(raw)
    problems: list[Problem] = []
    return read_json(path, problems), problems


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a": 1, "a": 2}',  # the last value of a key given twice
        b"[1e400, -1e400, 1e-400, 4.9e-324, -0.0, -0, 1E2]",
        b"[" + b"9" * 400 + b", -9223372036854775809, 18446744073709551616]",
        b'["\\udc00", "\\ud83d\\ude00", "\\u0000", "a\x7f", "\\/"]',
        b"\xef\xbb\xbf[1]",  # a UTF-8 byte-order mark
        b"[" * 500 + b"]" * 500,
        b"  [1.0000000000000000000000001] \n",
    ],
)
def test_a_json_file_reads_as_the_standard_library_reads_it(tmp_path, raw):
    data, problems = _read(tmp_path / "data.json", raw)
    assert problems == []
    assert json.dumps(data) == _standard(raw)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
).filter(lambda value: "Infinity" not in json.dumps(value))


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES, st.booleans())
def test_any_json_value_reads_as_the_standard_library_reads_it(tmp_path_factory, value, ascii_):
    raw = json.dumps(value, ensure_ascii=ascii_).encode("utf-8", "surrogatepass")
    data, problems = _read(tmp_path_factory.mktemp("json") / "data.json", raw)
    if problems:  # a lone surrogate written as UTF-8 is no UTF-8: refused either way
        assert problems[0].template == "is not UTF-8 text (byte {byte}); save it as UTF-8"
        return
    assert json.dumps(data) == _standard(raw)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"[1,]", "is not valid JSON at column {column}: check the brackets, commas and quotes "
         "here [{error}]"),
        (b"[NaN]", "is not valid JSON: {value} is not a JSON number"),
        (b"[" + b"1" * 5000 + b"]", "is not valid JSON: it holds a number too long to read"),
        (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON: it is nested too deeply"),
        (b"\xff\xfe[\x001\x00]\x00", "is UTF-16 text; save it as UTF-8"),
        (b' \n\t ', "is empty"),
    ],
)  # fmt: skip
def test_a_file_the_c_reader_refuses_gets_the_standard_problem(tmp_path, raw, message):
    data, problems = _read(tmp_path / "data.json", raw)
    assert data is None
    assert [p.template for p in problems] == [message]
