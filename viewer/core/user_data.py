"""The files a user adds (their own territories, events and map scans), kept apart from the
bundled data.

No Qt here: the main window owns a :class:`UserData`, calls :meth:`UserData.add` from
File › Open… and :meth:`UserData.remove` from File › Remove added layer, and remembers the
list with :meth:`UserData.to_settings`. A file is checked against the bundled data and the
files added before it, in order, so a user's events can link to the user's own territories
and cite the sources the user registered. A bad file is refused whole with every problem
named, and the bundled data is never touched.

``python -m viewer validate`` checks files through the same :class:`UserData`, so the command
and File › Open never disagree about a file; both ask :func:`bundled_kind` whether a file is
part of the bundled data (the editors' files, which the app never adds).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psygnal import Signal

from events.catalogue import EventCatalogue
from events.loading import bundled_event_files, parse_events, parse_sources
from events.loading import data_dir as events_dir
from events.model import Event, Source
from geodata.dataset import TerritoryDataset
from geodata.errors import DataError, Problem, display_name
from geodata.fields import short
from geodata.loading import data_dir as geodata_dir
from geodata.rasters import RASTER_SUFFIXES, MapRaster, load_raster
from geodata.user_layers import GEOJSON_SUFFIXES, UserLayer, load_user_territories
from geodata.yamlio import LINE_KEY, read_yaml
from viewer.core.atlas import Atlas
from viewer.core.file_cache import cached_territories

EVENT_SUFFIXES = (".yaml", ".yml")
"""Events (and sources) files; map scans are told by :data:`RASTER_SUFFIXES`; every other
file is read as territories."""
BUILT_IN_TERRITORIES = "the built-in territories"
BUILT_IN_EVENTS = "the built-in catalogue"
BUILT_IN_SOURCES = "the built-in registry"
STARTUP_BUDGET_S = 20.0
"""Seconds the remembered files may take at start-up; those left are skipped with a notice.
Each file's work is bounded (size, vertices, repairs), so this bounds the wait for the window."""


@dataclass(frozen=True, slots=True)
class UserFile:
    """One of the user's files, loaded: a territories file has a dataset, an events file
    has events and maybe its own sources, a map scan its warped picture."""

    path: Path
    territories: TerritoryDataset | None = None
    events: tuple[Event, ...] = ()
    sources: Mapping[str, Source] = dataclasses.field(default_factory=dict)
    raster: MapRaster | None = None
    warnings: tuple[Problem, ...] = ()

    @property
    def name(self) -> str:
        return display_name(self.path)


class UserData:
    """The user's added files, in the order they were added.

    Parameters
    ----------
    atlas
        The bundled data, which every file is checked against (and never changed).
    strict
        Hold territory files to the bundled data's full schema (``validate --strict``)
        instead of filling in what a plain layer lacks.

    Signals
    -------
    changed()
        A file was added, reloaded or removed (or dropped because it no longer loads).
    """

    changed = Signal()

    def __init__(self, atlas: Atlas, strict: bool = False) -> None:
        self._atlas = atlas
        self._strict = strict
        self._files: list[UserFile] = []

    @property
    def files(self) -> tuple[UserFile, ...]:
        """The loaded files, in the order added (the order they are checked in)."""
        return tuple(self._files)

    @property
    def paths(self) -> tuple[Path, ...]:
        """The files' paths as they were given, e.g. for a File › Remove menu."""
        return tuple(f.path for f in self._files)

    @property
    def datasets(self) -> tuple[TerritoryDataset, ...]:
        """One dataset per territories file, in the order added (later ones draw on top)."""
        return tuple(f.territories for f in self._files if f.territories is not None)

    @property
    def rasters(self) -> tuple[MapRaster, ...]:
        """The map scans, in the order added (later ones draw on top)."""
        return tuple(f.raster for f in self._files if f.raster is not None)

    @property
    def events(self) -> tuple[Event, ...]:
        """The user's events from every file, in chronological order."""
        events = (e for f in self._files for e in f.events)
        return tuple(sorted(events, key=lambda e: (e.start, e.importance, e.id)))

    @property
    def sources(self) -> dict[str, Source]:
        """The sources the user's files registered."""
        return {key: s for f in self._files for key, s in f.sources.items()}

    def add(self, path: Path | str, at: int | None = None) -> list[Problem]:
        """Load and check a file, and add it (a file already added is reloaded in place).

        *at* is the place a new file takes in the list (the end by default): undoing a
        removal puts a file back where it was, so it draws in the same order as before.

        Returns
        -------
        list[Problem]
            Warnings: what was mended (a repaired outline, a reprojection), and files added
            later that no longer load after a reload and were dropped.

        Raises
        ------
        DataError
            With every problem in the file; the list of files is then unchanged.
        """
        path = Path(path).expanduser()
        index = self._index(path)
        if index is None:
            index = len(self._files) if at is None else max(0, min(at, len(self._files)))
            after = self._files[index:]
        else:
            after = self._files[index + 1 :]
        loaded = self._load(path, self._files[:index])
        self._files[index:] = [loaded]
        notices = self._append_all(after)
        self.changed.emit()
        return [*loaded.warnings, *notices]

    def remove(self, path: Path | str) -> list[Problem]:
        """Remove a file; files added after it are checked again without it.

        Returns
        -------
        list[Problem]
            Notices for the later files that relied on it and were dropped.
        """
        index = self._index(Path(path).expanduser())
        if index is None:
            return []
        after = self._files[index + 1 :]
        del self._files[index:]
        notices = self._append_all(after)
        self.changed.emit()
        return notices

    def to_settings(self) -> list[str]:
        """The absolute paths, for QSettings."""
        return [str(p.resolve()) for p in self.paths]

    @classmethod
    def from_settings(
        cls,
        atlas: Atlas,
        values: Any,
        budget_s: float = STARTUP_BUDGET_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> tuple[UserData, list[Problem]]:
        """The files remembered in QSettings, loaded again.

        *values* is whatever QSettings returned (a list, a single string, ``None``); a file
        that has gone or no longer loads (it may have become a named pipe or a link to a
        device: neither is opened) is dropped with a notice, never an exception. Once
        *budget_s* seconds by *clock* have passed, the files left are skipped with a notice.
        """
        if isinstance(values, str):
            values = [values]
        paths = [v for v in values if isinstance(v, str) and v] if isinstance(values, list) else []
        user_data = cls(atlas)
        files = [UserFile(Path(p)) for p in dict.fromkeys(paths)]
        deadline = clock() + budget_s
        notices = user_data._append_all(files, until=lambda: clock() > deadline)
        return user_data, notices

    def combined(self) -> Atlas:
        """The bundled atlas with the user's files added: one dataset, catalogue and registry.

        The bundled records are shared, not copied; the user's territories draw on top.
        """
        if not self._files:
            return self._atlas
        atlas = self._atlas
        return dataclasses.replace(
            atlas,
            history=TerritoryDataset.joined([atlas.history, *self.datasets]),
            events=EventCatalogue([*atlas.events, *self.events]),
            sources={**atlas.sources, **self.sources},
            rasters=self.rasters,
        )

    def _index(self, path: Path) -> int | None:
        """Where *path* is in the list, however it is spelled."""
        target = path.resolve()
        return next((i for i, f in enumerate(self._files) if f.path.resolve() == target), None)

    def _append_all(
        self, files: list[UserFile], until: Callable[[], bool] = lambda: False
    ) -> list[Problem]:
        """Load *files* again after the current ones; those that fail are dropped, and so are
        those left once *until* says time is up."""
        notices: list[Problem] = []
        for file in files:
            if until():
                message = "was skipped: loading the added files took too long; open it again"
                notices.append(Problem(file.name, message))
                continue
            try:
                self._files.append(self._load(file.path, self._files))
            except DataError as exc:
                notices += [Problem(file.name, "no longer loads and was removed"), *exc.problems]
        return notices

    def _load(self, path: Path, before: list[UserFile]) -> UserFile:
        """Load *path* against the bundled data and the files *before* it.

        The one handler of every load: whatever goes wrong ends as a :class:`DataError`
        naming the file.
        """
        try:
            if bundled_kind(path):
                message = "is part of the atlas's own data, which is always loaded"
                raise DataError([Problem(display_name(path), message)])
            if path.suffix.lower() in EVENT_SUFFIXES:
                return self._load_events(path, before)
            if path.suffix.lower() in RASTER_SUFFIXES:
                raster, notes = load_raster(path)
                return UserFile(path, raster=raster, warnings=tuple(notes))
            return self._load_territories(path, before)
        except DataError:
            raise
        except Exception as exc:  # a file no check foresaw must not take the app down
            raise DataError([unforeseen(path, exc)]) from exc

    def _load_territories(self, path: Path, before: list[UserFile]) -> UserFile:
        taken = dict.fromkeys((t.id for t in self._atlas.history), BUILT_IN_TERRITORIES)
        for file in before:
            taken |= dict.fromkeys((t.id for t in file.territories or ()), file.name)
        sources = frozenset(self._atlas.sources).union(*(f.sources for f in before))

        def load(content: bytes | None = None) -> UserLayer:
            return load_user_territories(
                path, known_sources=sources, taken=taken, strict=self._strict, content=content
            )

        if path.suffix.lower() not in GEOJSON_SUFFIXES:  # a shapefile's sidecars are its data too
            layer = load()
        else:
            kind = "territories-strict" if self._strict else "territories"
            layer = cached_territories(path, kind, load, sources, frozenset(taken))
        return UserFile(path, territories=layer.dataset, warnings=layer.warnings)

    def _load_events(self, path: Path, before: list[UserFile]) -> UserFile:
        name = display_name(path)
        problems: list[Problem] = []
        sources_data, events_data = _sections(read_yaml(path), name, problems)
        taken_sources = dict.fromkeys(self._atlas.sources, BUILT_IN_SOURCES)
        for file in before:
            taken_sources |= dict.fromkeys(file.sources, file.name)
        own = parse_sources(sources_data, name, problems, taken_sources)
        territories = {t.id for t in self._atlas.history}.union(
            *((t.id for t in f.territories or ()) for f in before)
        )
        seen = dict.fromkeys((e.id for e in self._atlas.events), BUILT_IN_EVENTS)
        for file in before:
            seen |= dict.fromkeys((e.id for e in file.events), file.name)
        events = parse_events(
            events_data,
            name,
            problems,
            places=frozenset(self._atlas.places),
            territories=frozenset(territories),
            sources=frozenset(taken_sources) | frozenset(own),
            seen=seen,
        )
        if not problems and not events and not own:
            problems.append(Problem(name, "has no events and no sources"))
        if problems:
            raise DataError(_hint(events_data, name) + problems)
        return UserFile(path, events=tuple(events), sources=own)


def _sections(data: Any, name: str, problems: list[Problem]) -> tuple[list[Any], Any]:
    """The sources and events of a user's YAML: a list of events, or a mapping
    ``{sources: [...], events: [...]}`` in which either may be left out."""
    if data is None:
        problems.append(Problem(name, "is empty"))
        return [], []
    if not isinstance(data, dict):
        return [], data
    unknown = sorted(str(k) for k in data if k not in ("sources", "events", LINE_KEY))
    if unknown or not ({"sources", "events"} & data.keys()):
        message = (
            "must be a list of events, or a mapping with 'sources' and 'events' (found: {keys})"
            if unknown
            else "must be a list of events, or a mapping with 'sources' and 'events'"
        )
        values = {"keys": ", ".join(unknown)}
        problems.append(Problem(name, message, line=data.get(LINE_KEY), values=values))
        return [], []
    return data.get("sources") or [], data.get("events") or []


def bundled_kind(path: Path) -> str | None:
    """``territories``, ``places``, ``sources`` or ``events`` for a bundled file (however
    its path is spelled), ``None`` for any other file."""
    target = path.resolve()
    bundled = {
        geodata_dir() / "history.geojson": "territories",
        geodata_dir() / "places.yaml": "places",
        events_dir() / "sources.yaml": "sources",
        **dict.fromkeys(bundled_event_files(), "events"),
    }
    return next((kind for file, kind in bundled.items() if file.resolve() == target), None)


def unforeseen(path: Path, exc: Exception) -> Problem:
    """Our words for a failure no check foresaw: what went wrong, never a traceback."""
    match exc:
        case MemoryError():
            reason = "is too large to read into memory"
        case RecursionError():
            reason = "is nested too deeply to read"
        case OverflowError():
            reason = "holds a number too large to use"
        case _:
            reason = "could not be read ({error}); please report this as a bug"
    return Problem(display_name(path), reason, values={"error": short(str(exc))})


def _hint(data: Any, name: str) -> list[Problem]:
    """A word on a list of places or sources given where events are expected: such lists are
    the editors' gazetteer and registry formats, not a file a user adds."""
    items = [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []
    if any("lon" in item and "category" not in item for item in items):
        message = (
            "holds places, like the atlas's gazetteer; give each event a 'point' "
            "{lon, lat, name} (see docs/user-data.md)"
        )
    elif any("publisher" in item and "category" not in item for item in items):
        message = (
            "holds sources, like the atlas's registry; list them under 'sources:' next to "
            "'events:' (see docs/user-data.md)"
        )
    else:
        return []
    return [Problem(name, message)]
