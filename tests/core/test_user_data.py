"""The list of a user's files: added, reloaded, removed and remembered, never harming the app."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from geodata.errors import DataError
from viewer.core import user_data as user_data_module
from viewer.core.atlas import load_atlas
from viewer.core.user_data import UserData

EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"
CORPUS = Path(__file__).parents[1] / "data" / "malformed"


@pytest.fixture
def files(tmp_path) -> tuple[Path, Path]:
    """Copies of the worked example, free to be changed or deleted."""
    line = shutil.copy(EXAMPLES / "turkmenchay-line.geojson", tmp_path / "line.geojson")
    events = shutil.copy(EXAMPLES / "turkmenchay-events.yaml", tmp_path / "events.yaml")
    return Path(line), Path(events)


@pytest.fixture
def user_data() -> UserData:
    return UserData(load_atlas())


def test_territories_and_events_are_kept_apart_from_the_bundled_data(user_data, files):
    line, events = files
    bundled = load_atlas()
    sizes = (len(bundled.history), len(bundled.events), len(bundled.sources))
    assert user_data.add(line) == []
    assert user_data.add(events) == []
    assert user_data.paths == (line, events)
    assert [t.id for d in user_data.datasets for t in d] == ["turkmenchay-line-1828"]
    assert [e.id for e in user_data.events] == ["turkmenchay-frontier-lesson-1828"]
    assert list(user_data.sources) == ["class-notes-caucasus"]
    assert (len(bundled.history), len(bundled.events), len(bundled.sources)) == sizes


def test_combined_puts_the_users_files_on_top_of_the_bundled_ones(user_data, files):
    assert user_data.combined() is load_atlas()
    for path in files:
        user_data.add(path)
    combined = user_data.combined()
    bundled = load_atlas()
    assert [t.id for t in combined.history][-1] == "turkmenchay-line-1828"
    assert len(combined.history) == len(bundled.history) + 1
    assert "turkmenchay-frontier-lesson-1828" in combined.events
    assert "class-notes-caucasus" in combined.sources
    assert combined.places is bundled.places


def test_a_bad_file_is_refused_and_the_list_is_unchanged(user_data, files):
    user_data.add(files[0])
    with pytest.raises(DataError, match="'ussr': field 'id'"):
        user_data.add(CORPUS / "built-in-id.geojson")
    assert user_data.paths == (files[0],)


def test_adding_a_file_again_reloads_it_in_place(user_data, files, monkeypatch):
    line, events = files
    user_data.add(line)
    user_data.add(events)
    line.write_text(line.read_text(encoding="utf-8").replace("Frontier of", "Line of"), "utf-8")
    monkeypatch.chdir(line.parent)
    user_data.add(Path("line.geojson"))  # another spelling of the same file
    assert [p.name for p in user_data.paths] == ["line.geojson", "events.yaml"]
    (territory,) = user_data.datasets[0]
    assert territory.names.en.startswith("Line of")


def test_a_later_file_that_relied_on_a_removed_one_is_dropped_with_a_notice(user_data, files):
    line, events = files
    changes = []

    def on_changed() -> None:
        changes.append(user_data.paths)

    user_data.changed.connect(on_changed)
    user_data.add(line)
    user_data.add(events)
    notices = user_data.remove(line)
    assert user_data.paths == ()
    assert notices[0].file == str(events)
    assert notices[0].message == "no longer loads and was removed"
    assert "links unknown territory 'turkmenchay-line-1828'" in str(notices[1])
    assert changes == [(line,), (line, events), ()]
    assert user_data.remove(line) == []


def test_the_list_is_remembered_as_absolute_paths(files, monkeypatch):
    line, events = files
    monkeypatch.chdir(line.parent)
    user_data = UserData(load_atlas())
    user_data.add(Path("line.geojson"))
    user_data.add(events)
    values = user_data.to_settings()
    assert values == [str(line.resolve()), str(events.resolve())]
    restored, notices = UserData.from_settings(load_atlas(), values)
    assert notices == []
    assert [p.resolve() for p in restored.paths] == [line.resolve(), events.resolve()]


def test_files_that_vanished_or_broke_are_dropped_on_restore(files):
    line, events = files
    values = [str(line), str(events), str(line.parent / "gone.geojson")]
    line.write_text("{", encoding="utf-8")
    restored, notices = UserData.from_settings(load_atlas(), values)
    assert restored.paths == ()
    dropped = [n.file for n in notices if n.message == "no longer loads and was removed"]
    assert dropped == [str(line), str(events), str(line.parent / "gone.geojson")]


@pytest.mark.parametrize("values", [None, "", 42, [None, 3, ""], {"a": 1}])
def test_whatever_qsettings_returns_never_crashes(values):
    restored, notices = UserData.from_settings(load_atlas(), values)
    assert (restored.paths, notices) == ((), [])


def test_a_single_string_from_qsettings_is_one_path(files):
    restored, _ = UserData.from_settings(load_atlas(), str(files[0]))
    assert restored.paths == (files[0],)


def test_events_only_mapping_and_sources_only_files(user_data, tmp_path):
    registry = tmp_path / "sources.yaml"
    registry.write_text(
        "sources:\n  - {id: my-book, title: My book, publisher: Me, kind: book, "
        "reliability: fair}\n",
        encoding="utf-8",
    )
    assert user_data.add(registry) == []
    cites = tmp_path / "events.yaml"
    text = (CORPUS / "unknown-source.yaml").read_text(encoding="utf-8")
    cites.write_text(text, encoding="utf-8")  # cites 'my-book', now registered
    assert user_data.add(cites) == []
    empty = tmp_path / "empty-list.yaml"
    empty.write_text("[]\n", encoding="utf-8")
    with pytest.raises(DataError, match="has no events and no sources"):
        user_data.add(empty)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (MemoryError("out of memory"), "is too large to read into memory"),
        (OverflowError("int too large to convert to float"), "holds a number too large to use"),
        (RecursionError("maximum recursion depth"), "is nested too deeply to read"),
        (KeyError("x"), "could not be read (\"'x'\"); please report this as a bug"),
    ],
    ids=["memory", "overflow", "recursion", "other"],
)
def test_an_unforeseen_failure_is_our_message_without_the_exception_class(
    user_data, files, monkeypatch, error, expected
):
    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(user_data_module, "load_user_territories", broken)
    with pytest.raises(DataError) as exc:
        user_data.add(files[0])
    assert str(exc.value) == f"{files[0]}: {expected}"


def test_a_file_added_again_in_a_later_session_is_read_from_the_cache(files, tmp_path, monkeypatch):
    """Checking a large file is paid once: a later launch reads its checked records and
    what was mended on the way; a change of the file checks it again."""
    monkeypatch.setenv("CASPIAN_ATLAS_CACHE", str(tmp_path / "cache"))
    loads = []
    load = user_data_module.load_user_territories
    monkeypatch.setattr(
        user_data_module,
        "load_user_territories",
        lambda *args, **kwargs: loads.append(1) or load(*args, **kwargs),
    )
    wide = tmp_path / "wide.geojson"
    feature = json.loads(files[0].read_text(encoding="utf-8"))["features"][0]
    feature["geometry"] = {
        "type": "Polygon",
        "coordinates": [[[30, 37], [50, 37], [50, 38], [30, 37]]],
    }
    feature["properties"]["kind"] = "sphere"
    wide.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), "utf-8")
    first, again = UserData(load_atlas()), UserData(load_atlas())
    first.add(wide)
    again.add(wide)
    assert len(loads) == 1
    assert list(again.datasets[0]) == list(first.datasets[0])
    assert again.files[0].warnings == first.files[0].warnings
    assert "the part outside was cut off" in again.files[0].warnings[0].message
    wide.write_text(wide.read_text(encoding="utf-8").replace("Frontier of", "Line of"), "utf-8")
    UserData(load_atlas()).add(wide)
    assert len(loads) == 2


def _event_file(path: Path, date: str, end: str | None = None) -> Path:
    """The worked example's event, with another date (and end)."""
    text = (EXAMPLES / "turkmenchay-events.yaml").read_text(encoding="utf-8")
    text = text.replace(
        'date: "1828-02-22"', f'date: "{date}"' + (f'\n    end: "{end}"' if end else "")
    )
    text = text.replace("    territories:\n      starts: [turkmenchay-line-1828]\n", "")
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("date", "end", "shown"),
    [
        ("1828-02~", None, ("1828-02~", None)),
        ("1828?", "1829%", ("1828?", "1829%")),
        ("1828-02/1828-05", None, ("1828-02", "1828-05")),
        ("1828-XX", None, ("1828-XX", None)),
    ],
)
def test_users_event_files_take_edtf_dates_with_their_marks(user_data, tmp_path, date, end, shown):
    user_data.add(_event_file(tmp_path / "events.yaml", date, end))
    (event,) = user_data.events
    assert (event.date.iso(), event.end and event.end.iso()) == shown


@pytest.mark.parametrize(
    ("date", "end", "message"),
    [
        ("1828-02-30~", None, "field 'date': 1828-02-30~: there is no day 30 in February 1828"),
        ("../1828", None, "field 'date': '../1828' has no start; an event needs one"),
        ("1828/1829", "1830", "field 'end': is given twice"),
        ("194X", None, "a year with unknown digits is a span"),
    ],
)
def test_impossible_edtf_in_an_event_file_is_refused_in_our_words(
    user_data, tmp_path, date, end, message
):
    with pytest.raises(DataError, match=re.escape(message)):
        user_data.add(_event_file(tmp_path / "events.yaml", date, end))
    assert user_data.paths == ()


def test_a_plain_layer_is_added_with_warnings_but_refused_when_strict(tmp_path):
    path = tmp_path / "plain.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        '{"name": "Zone"}, "geometry": {"type": "Point", "coordinates": [49.6, 37.3]}}]}',
        encoding="utf-8",
    )
    warnings = UserData(load_atlas()).add(path)
    assert any("shown as unsourced" in w.message for w in warnings)
    with pytest.raises(DataError, match="field 'sources': needs at least one citation"):
        UserData(load_atlas(), strict=True).add(path)


def test_a_file_added_at_a_place_is_checked_before_the_files_after_it(user_data, files):
    line, events = files
    scan = EXAMPLES / "gilan-sheet.png"
    user_data.add(scan)
    assert user_data.add(line, at=0) == []
    assert user_data.paths == (line, scan)
    user_data.add(events, at=99)  # past the end: the end
    assert user_data.paths == (line, scan, events)
    user_data.add(scan, at=0)  # a file already added is reloaded where it is
    assert user_data.paths == (line, scan, events)
