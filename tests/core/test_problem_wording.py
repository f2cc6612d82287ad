"""Issue 16: problems with a user's file said in the reader's language."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import geodata.safe_files
from geodata.errors import DataError, Problem
from viewer.core.export_options import EXTENT_REASONS
from viewer.core.local_dates import DATE_REASONS
from viewer.core.local_problems import PROBLEM_REASONS, problem_text

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("geodata", "events", "viewer")


def _message_arg(call: ast.Call) -> ast.expr | None:
    """The message a call builds a problem from: ``Problem(file, message, …)``,
    ``reader.problem(field, message, …)`` or a loader's ``problem(message)``/``note(message)``."""
    func = call.func
    if (isinstance(func, ast.Name) and func.id == "Problem") or (
        isinstance(func, ast.Attribute) and func.attr == "problem"
    ):
        index = 1
    elif isinstance(func, ast.Name) and func.id in {"problem", "note"}:
        index = 0
    else:
        return None
    return call.args[index] if len(call.args) > index else None


def _templates() -> tuple[set[str], set[str]]:
    """Every message problems are raised with, and what is built at run time instead."""
    found: set[str] = set()
    built: set[str] = set()
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            module_name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for function in ast.walk(tree):
                if not isinstance(function, ast.FunctionDef | ast.Module):
                    continue
                params = {  # its own and its nested functions' parameters
                    a.arg
                    for f in ast.walk(function)
                    if isinstance(f, ast.FunctionDef)
                    for a in f.args.posonlyargs + f.args.args + f.args.kwonlyargs
                }
                assigned: dict[str, list[ast.expr]] = {}
                for node in ast.walk(function):
                    if isinstance(node, ast.Assign):
                        for target in node.targets:
                            if isinstance(target, ast.Name):
                                assigned.setdefault(target.id, []).append(node.value)
                    if isinstance(node, ast.NamedExpr):
                        assigned.setdefault(node.target.id, []).append(node.value)
                for node in ast.walk(function):
                    if not isinstance(node, ast.Call) or module_name.endswith("export_request"):
                        continue
                    message = _message_arg(node)
                    if message is None or isinstance(function, ast.Module):
                        continue
                    _resolve(message, params, assigned, module_name, path, found, built)
    return found, built


def _resolve(message, params, assigned, module_name, path, found, built) -> None:
    """Adds the templates *message* may be to *found*, or what builds it to *built*."""
    if isinstance(message, ast.IfExp):  # one template or another
        for branch in (message.body, message.orelse):
            _resolve(branch, params, assigned, module_name, path, found, built)
    elif isinstance(message, ast.Subscript) and isinstance(message.value, ast.Name):
        table = getattr(importlib.import_module(module_name), message.value.id)
        found.update(table.values())  # one template of a table's
    elif isinstance(message, ast.Constant) and isinstance(message.value, str):
        found.add(message.value)
    elif isinstance(message, ast.Attribute) and message.attr == "reason":
        pass  # a DateError's reason: listed in DATE_REASONS, tested with the dates
    elif isinstance(message, ast.Name) and message.id in params:
        pass  # a helper's parameter: its callers are checked
    elif isinstance(message, ast.Name) and message.id in assigned:
        for value in assigned[message.id]:
            values = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
            for v in values:
                if isinstance(v, ast.Constant) and isinstance(v.value, str):
                    found.add(v.value)
                else:
                    built.add(f"{path.name}: {message.id} = {ast.unparse(v)}")
    elif isinstance(message, ast.Name):
        value = getattr(importlib.import_module(module_name), message.id, None)
        if isinstance(value, str):
            found.add(value)
        else:
            built.add(f"{path.name}: {message.id}")
    else:
        built.add(f"{path.name}: {ast.unparse(message)}")


def test_every_template_a_problem_is_raised_with_is_in_the_catalogue():
    """Each message a problem is raised with is a catalogue entry, so none reaches a Persian
    or Russian reader in English; nothing is built at run time but the values set into it."""
    found, built = _templates()
    refusals = {why for _, why in geodata.safe_files._NOT_FILES} | {"is not a regular file"}
    assert set(PROBLEM_REASONS) == found | refusals | set(EXTENT_REASONS)
    # Chosen elsewhere, among the templates listed above: a special file's refusal and why
    # a story's area is refused (the exports' rule).
    assert built == {
        "safe_files.py: refusal = _refusal(status.st_mode)",
        "safe_files.py: refusal = _refusal(os.fstat(fd).st_mode)",
        "story.py: template",
    }
    assert not set(PROBLEM_REASONS) & set(DATE_REASONS)


def test_english_is_the_problem_as_logged():
    problem = Problem("a.geojson", "is {count:,} characters long", 4, "x", "name", {"count": 7000})
    assert (
        problem_text(problem, "en")
        == str(problem)
        == ("a.geojson:4: 'x': field 'name': is 7,000 characters long")
    )


def test_persian_isolates_the_data_and_writes_numbers_in_persian_digits():
    problem = Problem(
        "maps/layer 2.geojson",
        "is larger than the {limit:,}-byte limit",
        12,
        values={"limit": 10**6},
    )
    assert problem_text(problem, "fa") == (
        "\u2068maps/layer 2.geojson\u2069:۱۲: از سقف ۱٬۰۰۰٬۰۰۰ بایت بزرگ‌تر است"
    )


def test_russian_names_the_field_and_keeps_the_data_as_written():
    problem = Problem("events.yaml", "is missing", 3, "treaty-1828", "title")
    assert problem_text(problem, "ru") == "events.yaml:3: «treaty-1828»: поле «title»: отсутствует"


def test_a_date_reason_is_said_as_the_date_parser_words_it(tmp_path):
    from geodata.dates import DateError, PartialDate

    with pytest.raises(DateError) as caught:
        PartialDate.parse("1946-13")
    problem = Problem(
        "events.yaml", caught.value.reason, 2, field="date", values=caught.value.fields
    )
    assert str(problem) == f"events.yaml:2: field 'date': {caught.value}"
    assert problem_text(problem, "ru").startswith("events.yaml:2: поле «date»: ")
    assert "13" in problem_text(problem, "ru") and "month" not in problem_text(problem, "ru")


def test_hostile_values_stay_one_printable_line_in_every_language():
    problem = Problem("x.yaml", "{value} is not a date", values={"value": "1\n\u202eevil\x1b"})
    for language in ("en", "fa", "ru"):
        text = problem_text(problem, language)
        assert "\n" not in text and "\u202e" not in text and "\x1b" not in text


def test_validate_in_russian_prints_the_problems_in_russian(tmp_path, capsys):
    from viewer.app import cli

    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n\ttitle: y\n", encoding="utf-8")
    empty = tmp_path / "empty.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    assert cli.main(["--lang", "ru", "validate", str(bad), str(empty)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(
        f"{bad}:2: некорректный YAML: отступ в этой строке сделан табуляцией "
        "(делайте отступы пробелами) ["  # then PyYAML's own words, as they are
    )
    assert out[1:] == [f"{empty}: нет ни одного объекта"]
    assert cli.main(["validate", str(empty)]) == 1
    assert capsys.readouterr().out == f"{empty}: has no features\n"


def test_a_year_is_not_grouped_as_a_size_is():
    template = "{date} is outside the atlas's span, {year} to {year2}"
    problem = Problem("s.yaml", template, values={"date": "x", "year": 1800, "year2": 2025})
    assert problem_text(problem, "ru").endswith("вне периода атласа, с 1800 по 2025")
    assert problem_text(problem, "fa").endswith("بیرون از بازهٔ اطلس، ۱۸۰۰ تا ۲۰۲۵، است")


def test_a_storys_area_off_the_map_is_refused_in_the_readers_language(tmp_path, tiny_atlas):
    from viewer.core.story import load_story

    story = tmp_path / "s.yaml"
    story.write_text("title: T\nslides:\n  - date: 1946\n    extent: [0, 0, 10, 10]\n")
    with pytest.raises(DataError) as caught:
        load_story(story, tiny_atlas)
    (problem,) = caught.value.problems
    assert problem.field == "extent"
    assert "reaches outside the map region" in str(problem)
    assert ": поле «extent»: выходит за пределы карты (" in problem_text(problem, "ru")
