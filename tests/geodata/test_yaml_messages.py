"""YAML problems are described in our words, whatever the installed parser says or refuses."""

from __future__ import annotations

import pytest
import yaml

from geodata import yamlio
from geodata.errors import DataError, display_name
from geodata.yamlio import MAX_DEPTH, read_yaml


def _problem(path) -> str:
    with pytest.raises(DataError) as exc:
        read_yaml(path)
    (problem,) = exc.value.problems
    return str(problem)


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 2 * MAX_DEPTH, 5_000])
@pytest.mark.parametrize("style", ["flow", "block"])
@pytest.mark.parametrize("composer_refuses", [True, False])
def test_deep_nesting_is_our_message_below_and_above_the_parsers_own_limit(
    tmp_path, monkeypatch, depth, style, composer_refuses
):
    """Whether the file is composed first (a libyaml that refuses deep nesting) or its depth
    is parsed first (an older one)."""
    monkeypatch.setattr(yamlio, "_composer_refuses_nesting", lambda: composer_refuses)
    path = tmp_path / "deep.yaml"
    if style == "flow":
        path.write_text("[" * depth + "]" * depth)
    else:
        path.write_text("".join(" " * level + "-\n" for level in range(depth)))
    assert _problem(path) == f"{display_name(path)}: is nested more than {MAX_DEPTH:,} levels deep"


def test_the_installed_libyaml_is_composed_first():
    """The lock's PyYAML wheels carry a libyaml that refuses deep nesting: the quick path."""
    assert yamlio._composer_refuses_nesting()


def test_deep_nesting_before_a_syntax_error_is_still_the_depth(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 2 * MAX_DEPTH + "}")
    assert _problem(path) == f"{display_name(path)}: is nested more than {MAX_DEPTH:,} levels deep"


def test_an_alias_is_no_level_of_nesting(tmp_path):
    """A collection nested 60 deep, used again (by alias) 60 deep: 60 levels, not 120."""
    half = 60
    path = tmp_path / "aliased.yaml"
    path.write_text(
        "a: &deep "
        + "[" * half
        + "]" * half
        + "\nb: "
        + "[" * (half - 1)
        + "*deep"
        + "]" * (half - 1)
    )
    data = read_yaml(path)
    assert str(data["b"]) == "[" * (2 * half - 1) + "]" * (2 * half - 1)


class _StrictParser(yaml.SafeLoader):
    """A parser that, like newer libyaml, refuses nesting itself, in words of its own."""

    def parse_node(self, block=False, indentless_sequence=False):
        if len(self.states) > MAX_DEPTH // 2:
            raise yaml.parser.ParserError(
                None, None, "zu tief verschachtelt", self.peek_token().start_mark
            )
        return super().parse_node(block=block, indentless_sequence=indentless_sequence)


def test_a_parser_that_refuses_nesting_in_its_own_words_still_gives_ours(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlio, "_SAFE_BASE", _StrictParser)
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 3 * MAX_DEPTH + "]" * 3 * MAX_DEPTH)
    assert "is nested more than" in _problem(path)


@pytest.mark.parametrize(
    ("content", "line", "ours"),
    [
        ("a: 1\nb:\n\t- 2\n", 3, "is not valid YAML: a tab indents this line"),
        ("- a\n---\n- b\n", 2, "is not valid YAML: a second document starts here"),
        ("- id: [unclosed\n  title: x\n", 2, "is not valid YAML at column"),
        ("x: !!python/object/apply:os.system ['true']\n", 1, "uses a Python tag"),
        (
            "x: !!binary AAAA\ny: !!set {a}\nz: !custom 1\n",
            3,
            "uses a YAML tag (!!...) that is not plain data",
        ),
    ],
)
def test_syntax_problems_name_the_line_in_our_words(tmp_path, content, line, ours):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    message = _problem(path)
    assert message.startswith(f"{display_name(path)}:{line}: {ours}")
