"""Checking users' territory and event files against the schema. No Qt here.

``python -m viewer validate FILE...`` checks files exactly as the app adds them (through
:class:`~viewer.user_data.UserData`, in the order given, so an events file may link to the
territories of a file named before it). Problems refuse a file; warnings (a repaired outline,
a reprojection) are printed but do not fail. Whatever a file holds, the answer is a list of
messages, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from events.loading import bundled_event_files, load_events, load_sources
from events.loading import data_dir as events_dir
from geodata.errors import DataError, Problem, display_name
from geodata.loading import data_dir as geodata_dir
from geodata.loading import load_history, load_places
from geodata.yamlio import read_yaml
from viewer.atlas import Atlas
from viewer.user_data import EVENT_SUFFIXES, UserData


@dataclass(frozen=True, slots=True)
class FileReport:
    """What checking one file found: problems (the file is refused) and warnings (it loads)."""

    path: Path
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()


def check_files(paths: Iterable[Path], atlas: Atlas) -> list[FileReport]:
    """Check files in order, each against the bundled data and the files before it.

    The bundled files themselves (``history.geojson``, the event files, the gazetteer and
    the source registry) are checked as the editors' data, not as a user's additions; a
    YAML list of places (entries with ``lon``) or of sources (entries with ``publisher``)
    is checked as a gazetteer or a registry wherever it is.
    """
    user_data = UserData(atlas)
    reports = []
    for path in paths:
        try:
            reports.append(_check(Path(path), atlas, user_data))
        except Exception as exc:  # the command must answer with a message, never a traceback
            reason = f"could not be checked ({type(exc).__name__}: {exc})"
            reports.append(FileReport(path, problems=(Problem(display_name(path), reason),)))
    return reports


def validate_file(path: Path, atlas: Atlas) -> list[Problem]:
    """Every problem in one file (warnings aside: see :func:`check_files`)."""
    return list(check_files([path], atlas)[0].problems)


def report_lines(reports: Iterable[FileReport]) -> list[str]:
    """The command's output: each problem and warning on a line, or the file is OK."""
    lines = []
    for report in reports:
        lines += [str(p) for p in report.problems]
        lines += [f"warning: {w}" for w in report.warnings]
        if not report.problems:
            count = len(report.warnings)
            lines.append(
                f"{report.path}: OK" + (f" ({count} warning{'s' * (count > 1)})" if count else "")
            )
    return lines


def run_validate(paths: Iterable[Path], atlas: Atlas, out: TextIO = sys.stdout) -> int:
    """The ``validate`` subcommand: print the reports; 1 if any file has problems, else 0."""
    reports = check_files(paths, atlas)
    for line in report_lines(reports):
        print(line, file=out)
    return 1 if any(r.problems for r in reports) else 0


def _check(path: Path, atlas: Atlas, user_data: UserData) -> FileReport:
    try:
        kind = _bundled_kind(path) or _registry_kind(path)
        if kind is None:
            return FileReport(path, warnings=tuple(user_data.add(path)))
        _load_as_bundled(kind, path, atlas)
    except DataError as exc:
        return FileReport(path, problems=tuple(exc.problems))
    return FileReport(path)


def _bundled_kind(path: Path) -> str | None:
    target = path.resolve()
    bundled = {
        geodata_dir() / "history.geojson": "territories",
        geodata_dir() / "places.yaml": "places",
        events_dir() / "sources.yaml": "sources",
        **dict.fromkeys(bundled_event_files(), "events"),
    }
    return next((kind for file, kind in bundled.items() if file.resolve() == target), None)


def _registry_kind(path: Path) -> str | None:
    if path.suffix.lower() not in EVENT_SUFFIXES or not path.is_file():
        return None
    data = read_yaml(path)
    first = data[0] if isinstance(data, list) and data else None
    if isinstance(first, dict) and "lon" in first:
        return "places"
    if isinstance(first, dict) and "publisher" in first:
        return "sources"
    return None


def _load_as_bundled(kind: str, path: Path, atlas: Atlas) -> None:
    match kind:
        case "territories":
            load_history(path, known_sources=frozenset(atlas.sources))
        case "events":
            load_events(
                [path],
                places=frozenset(atlas.places),
                territories=frozenset(t.id for t in atlas.history),
                sources=frozenset(atlas.sources),
            )
        case "places":
            load_places(path)
        case "sources":
            load_sources(path)
