"""Checking users' territory and event files against the schema. No Qt here.

``python -m viewer validate FILE...`` checks files exactly as the app adds them (through
:class:`~viewer.core.user_data.UserData`, in the order given, so an events file may link to the
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

from events.loading import load_events, load_sources
from geodata.errors import DataError, Problem, printable
from geodata.loading import load_history, load_places
from viewer.core.atlas import Atlas
from viewer.core.local_problems import problem_text
from viewer.core.user_data import UserData, bundled_kind, unforeseen
from viewer.core.wording import translate


@dataclass(frozen=True, slots=True)
class FileReport:
    """What checking one file found: problems (the file is refused) and warnings (it loads)."""

    path: Path
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()


def check_files(paths: Iterable[Path], atlas: Atlas, strict: bool = False) -> list[FileReport]:
    """Check files in order, each against the bundled data and the files before it.

    The bundled files themselves (``history.geojson``, the event files, the gazetteer and
    the source registry) are checked as the editors' data, not as a user's additions; every
    other file is checked exactly as File › Open adds it, or, *strict*, held to the bundled
    data's full schema (a contribution to it: sources, kind, style and the rest required).
    """
    user_data = UserData(atlas, strict=strict)
    reports = []
    for path in paths:
        try:
            reports.append(_check(Path(path), atlas, user_data))
        except Exception as exc:  # the command must answer with a message, never a traceback
            reports.append(FileReport(path, problems=(unforeseen(Path(path), exc),)))
    return reports


def validate_file(path: Path, atlas: Atlas) -> list[Problem]:
    """Every problem in one file (warnings aside: see :func:`check_files`)."""
    return list(check_files([path], atlas)[0].problems)


def report_lines(reports: Iterable[FileReport], language: str = "en") -> list[str]:
    """The command's output in *language*: each problem and warning on a line, or the file
    is OK.

    Problems print their text escaped (see :class:`~geodata.errors.Problem`), and so does
    the OK line, so a file name or an id cannot break a line or forge another.
    """
    lines = []
    warning = translate("Validate", "warning: {problem}", language)
    for report in reports:
        lines += [problem_text(p, language) for p in report.problems]
        lines += [warning.format(problem=problem_text(w, language)) for w in report.warnings]
        if not report.problems:
            count = len(report.warnings)
            name = printable(str(report.path))
            if count:
                ok = translate("Validate", "{file}: OK (%n warning(s))", language, count)
            else:
                ok = translate("Validate", "{file}: OK", language)
            lines.append(ok.format(file=name))
    return lines


def run_validate(
    paths: Iterable[Path],
    atlas: Atlas,
    out: TextIO | None = None,
    strict: bool = False,
    language: str = "en",
) -> int:
    """The ``validate`` subcommand: print the reports in *language* (to standard output as
    it is at the call, not at import); 1 if any file has problems, else 0."""
    reports = check_files(paths, atlas, strict)
    for line in report_lines(reports, language):
        print(line, file=out or sys.stdout)
    return 1 if any(r.problems for r in reports) else 0


def _check(path: Path, atlas: Atlas, user_data: UserData) -> FileReport:
    try:
        kind = bundled_kind(path)
        if kind is None:
            return FileReport(path, warnings=tuple(user_data.add(path)))
        _load_as_bundled(kind, path, atlas)
    except DataError as exc:
        return FileReport(path, problems=tuple(exc.problems))
    return FileReport(path)


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
                actors=frozenset(atlas.actors),
            )
        case "places":
            load_places(path)
        case "sources":
            load_sources(path)
