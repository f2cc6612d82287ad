"""Recent files and the folders file dialogs last used, kept in the settings.

A teacher reopens yesterday's story and layer from File › Open recent, and a file dialog opens
in the folder last used for that purpose (layers, stories, exports, citations, handouts)
instead of the home folder. Every file dialog goes through these two functions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LIMIT = 8
"""Recent files listed per kind."""


class RecentFiles:
    """The files of one kind opened lately, most recent first; missing ones are not listed."""

    def __init__(self, settings: QSettings, kind: str) -> None:
        self.settings, self.key = settings, f"recent/{kind}"

    def _stored(self) -> list[str]:
        value = self.settings.value(self.key, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def add(self, path: Path) -> None:
        name = str(Path(path).resolve())
        kept = [p for p in self._stored() if p != name]
        self.settings.setValue(self.key, [name, *kept][:LIMIT])

    def paths(self) -> list[Path]:
        return [Path(p) for p in self._stored() if Path(p).is_file()]

    def clear(self) -> None:
        self.settings.remove(self.key)


def last_folder(settings: QSettings, purpose: str, fallback: Path) -> str:
    """The folder a file dialog for *purpose* opens in: the last one used, if it still is one."""
    value = settings.value(f"folders/{purpose}", "")
    folder = Path(value) if isinstance(value, str) and value else None
    return str(folder if folder is not None and folder.is_dir() else fallback)


def remember_folder(settings: QSettings, purpose: str, chosen: Path) -> None:
    """Remember the folder of a file chosen for *purpose* (or the folder, if one was chosen)."""
    chosen = Path(chosen)
    settings.setValue(f"folders/{purpose}", str(chosen if chosen.is_dir() else chosen.parent))
