"""`python -m viewer validate` and the malformed corpus: every bad file is a clean message."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from geodata.errors import Problem
from viewer.core import validate
from viewer.core.atlas import load_atlas
from viewer.core.validate import check_files, run_validate, validate_file

ROOT = Path(__file__).parents[2]
CORPUS = ROOT / "tests" / "data" / "malformed"
EXAMPLES = ROOT / "docs" / "examples"
LINE = EXAMPLES / "turkmenchay-line.geojson"
EVENTS = EXAMPLES / "turkmenchay-events.yaml"

PROBLEMS = {
    # territories (GeoJSON, and files GDAL is asked to read)
    "truncated.geojson": "truncated.geojson:19: is not valid JSON at column",
    "single-feature.geojson": "is not a GeoJSON FeatureCollection ('Feature')",
    "features-not-a-list.geojson": "field 'features': must have a list of features",
    "valid-from-number.geojson": "field 'valid_from': must be a date string, not float",
    "name-as-list.geojson": "'user-zone': field 'name': needs at least an English name",
    "impossible-date.geojson": "'valid_to': 1946-02-30: there is no day 30 in February 1946",
    "reversed-dates.geojson": "field 'valid_to': 1941-08-25 is not after valid_from 1946-05-09",
    "unknown-kind.geojson": "field 'kind': 'empire' is not one of",
    "unknown-status.geojson": "field 'status': 'recognised' is not one of",
    "unknown-source.geojson": "field 'sources': cites unknown source 'my-book'",
    "duplicate-ids.geojson": "'user-zone': field 'id': is used twice",
    "built-in-id.geojson": "'ussr': field 'id': is already used in the built-in territories",
    "empty-geometry.geojson": "'user-zone': field 'geometry': geometry is empty",
    "geometry-collection.geojson": "field 'geometry': is a GeometryCollection",
    "type-as-list.geojson": "'user-zone': field 'geometry': is a ['Polygon']; use Point",
    "out-of-range.geojson": "field 'geometry': has coordinates out of range for longitude",
    "metres-without-crs.geojson": "out of range for longitude/latitude (5.45466e+06",
    "unknown-crs.geojson": "is in an unknown coordinate reference system 'EPSG:999999'",
    "crs-as-text.geojson": "field 'crs': must be {",
    "latin1.geojson": "latin1.geojson:1: is not UTF-8 text (byte 289)",
    "utf16.geojson": "is UTF-16 text; save it as UTF-8",
    "nan-coordinates.geojson": "is not valid JSON: NaN is not a JSON number",
    "outside-region.geojson": "field 'geometry': lies entirely outside the map region",
    "no-geometry.geojson": "'user-zone': field 'geometry': has no geometry",
    "figures-as-text.geojson": "field 'figures': must be a mapping of names to numbers",
    "properties-as-list.geojson": "'feature #0': field 'properties': must be a mapping",
    "deep-nesting.geojson": "is not valid JSON: it is nested too deeply",
    "empty.geojson": "empty.geojson:1: is empty",
    "binary.gpkg": "binary.gpkg: is not a GeoPackage file inside (damaged, or renamed?)",
    "binary.bin": "binary.bin: is not a file the atlas reads ('.bin' files); use GeoJSON",
    "unknown-extension.txt": "is not a file the atlas reads ('.txt' files); use GeoJSON",
    # events (YAML)
    "truncated.yaml": "truncated.yaml:9: is not valid YAML at column",
    "wrong-sections.yaml": "must be a list of events, or a mapping with 'sources' and 'events'",
    "not-a-list.yaml": "not-a-list.yaml: must be a list of events",
    "date-as-number.yaml": ":1: 'user-event': field 'date': must be a date string, not float",
    "title-as-list.yaml": "'user-event': field 'title': needs at least an English name",
    "impossible-date.yaml": "field 'date': 1946-02-30: there is no day 30 in February 1946",
    "reversed-dates.yaml": "field 'end': 1945-01 is before the start 1946-04-04",
    "unknown-category.yaml": "field 'category': 'oil' is not one of",
    "unknown-place.yaml": "field 'place': 'atlantis' is not in the gazetteer",
    "unknown-source.yaml": "field 'sources': cites unknown source 'my-book'",
    "duplicate-ids.yaml": "duplicate-ids.yaml:10: 'user-event': field 'id': is already used in",
    "built-in-id.yaml": "field 'id': is already used in the built-in catalogue",
    "unknown-territory.yaml": "field 'territories': links unknown territory 'no-such-zone'",
    "source-id-taken.yaml": "'encyclopaedia': field 'id': is already registered in the built-in",
    "point-outside.yaml": "field 'point': lies outside the map region",
    "quote-too-long.yaml": "quote-too-long.yaml:9: 'user-event': field 'sources': quote is over",
    "importance-out-of-range.yaml": "field 'importance': must be a whole number from 1 to 3, not 7",
    "billion-laughs.yaml": "its aliases (*name) expand to more than 1,000,000 values",
    "python-tag.yaml": "python-tag.yaml:1: uses a Python tag",
    "tabs.yaml": "tabs.yaml:2: is not valid YAML: a tab indents this line",
    "empty.yaml": "empty.yaml: is empty",
    "huge-line.yaml": "field 'summary': is 125,999 characters long; the limit is 5,000",
    "latin1.yaml": "latin1.yaml:6: is not UTF-8 text (byte 118)",
    "recursive-alias.yaml": "contains itself through an alias",
    "deep-nesting.yaml": "is nested more than 100 levels deep",
    "control-character.yaml": "control-character.yaml:6: contains the control character #x0007",
    "two-documents.yaml": "two-documents.yaml:10: is not valid YAML: a second document starts here",
}
WARNINGS = {
    "missing-fields.geojson": "gives no 'kind': the defaults for a plain layer are used",
    "self-intersecting.geojson": "field 'geometry': was invalid (a line or outline crosses itself",
    "mercator-3857.geojson": "is in WGS 84 / Pseudo-Mercator (EPSG:3857); reprojected to WGS 84",
}
CLEAN = ("bom.geojson", "bom.yaml")


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def test_the_corpus_is_all_listed_and_large_enough():
    listed = {*PROBLEMS, *WARNINGS, *CLEAN}
    assert {p.name for p in CORPUS.iterdir()} == listed
    assert len(listed) >= 25


@pytest.mark.parametrize(("name", "expected"), sorted(PROBLEMS.items()))
def test_every_malformed_file_is_a_clean_list_of_problems(atlas, name, expected):
    problems = validate_file(CORPUS / name, atlas)
    assert problems, f"{name} was accepted"
    assert all(isinstance(p, Problem) and name in p.file for p in problems)
    assert any(expected in str(p) for p in problems), [str(p) for p in problems]


@pytest.mark.parametrize(("name", "expected"), sorted(WARNINGS.items()))
def test_mendable_files_load_with_a_warning(atlas, name, expected):
    (report,) = check_files([CORPUS / name], atlas)
    assert report.problems == ()
    assert any(expected in str(w) for w in report.warnings), [str(w) for w in report.warnings]


@pytest.mark.parametrize("name", CLEAN)
def test_a_byte_order_mark_is_harmless(atlas, name):
    (report,) = check_files([CORPUS / name], atlas)
    assert (report.problems, report.warnings) == ((), ())


def test_the_worked_example_is_clean_in_order_and_refused_out_of_order(atlas):
    assert [(r.problems, r.warnings) for r in check_files([LINE, EVENTS], atlas)] == [
        ((), ()),
        ((), ()),
    ]
    (report,) = check_files([EVENTS], atlas)
    assert "links unknown territory 'turkmenchay-line-1828'" in str(report.problems[0])


def test_bundled_files_are_checked_as_the_editors_data(atlas):
    from events.loading import bundled_event_files

    bundled = [
        ROOT / "geodata" / "data" / "history.geojson",
        ROOT / "geodata" / "data" / "places.yaml",
        ROOT / "events" / "data" / "sources.yaml",
        *bundled_event_files(),
    ]
    assert all(r.problems == () for r in check_files(bundled, atlas))


def test_output_marks_warnings_and_only_problems_fail(atlas):
    out = io.StringIO()
    assert run_validate([CORPUS / "mercator-3857.geojson", LINE], atlas, out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"warning: {CORPUS / 'mercator-3857.geojson'}: is in WGS 84")
    assert lines[1] == f"{CORPUS / 'mercator-3857.geojson'}: OK (1 warning)"
    assert lines[2] == f"{LINE}: OK"
    out = io.StringIO()
    assert run_validate([LINE, CORPUS / "unknown-kind.geojson"], atlas, out) == 1
    assert "field 'kind'" in out.getvalue()


def test_an_unforeseen_failure_is_a_message_naming_the_file(atlas, monkeypatch):
    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(validate, "_check", broken)
    (problem,) = validate_file(LINE, atlas)
    assert str(problem) == f"{LINE}: could not be read ('boom'); please report this as a bug"


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "viewer", "validate", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_cli_clean_file_exits_0():
    result = _cli(LINE)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, f"{LINE}: OK", "")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (CORPUS / "unknown-kind.geojson", "'user-zone': field 'kind': 'empire' is not one of"),
        (CORPUS / "no-such-file.yaml", "no-such-file.yaml: cannot be read: No such file"),
        (CORPUS, "malformed: is a folder, not a file"),
        (CORPUS / "binary.bin", "binary.bin: is not a file the atlas reads ('.bin' files)"),
    ],
    ids=["bad-file", "missing", "directory", "binary"],
)
def test_cli_bad_input_exits_1_with_a_message(path, expected):
    result = _cli(path)
    assert result.returncode == 1
    assert expected in result.stdout
    assert result.stderr == ""


def test_cli_reads_the_whole_corpus_without_a_traceback():
    files = sorted(CORPUS.iterdir())
    result = _cli(*files)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert all(str(f) in result.stdout for f in files)


def test_strict_holds_a_plain_layer_to_the_full_schema(atlas):
    (report,) = check_files([CORPUS / "missing-fields.geojson"], atlas, strict=True)
    assert {(p.record, p.field) for p in report.problems} == {
        ("user-zone", "kind"),
        ("user-zone", "valid_from"),
        ("user-zone", "sources"),
    }


def test_cli_strict_exits_1_where_the_plain_check_passes():
    path = CORPUS / "missing-fields.geojson"
    plain, strict = _cli(path), _cli("--strict", path)
    assert plain.returncode == 0 and "OK (2 warnings)" in plain.stdout
    assert strict.returncode == 1 and "'user-zone': field 'kind': is missing" in strict.stdout
