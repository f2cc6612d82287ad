"""Put the app in the Linux desktop's menu: a freedesktop ``.desktop`` entry and its icon.

No Qt here. The entry shipped in ``resources/desktop`` runs ``caspian-atlas``, which suits a
packager's install; installed from a checkout or a virtual environment that command may not be
on the menu's PATH, so the copy written here runs this very interpreter (``python -m viewer``).
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

from viewer.core.atomic import atomic_file

APP_ID = "caspian-atlas"


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` as the XDG base directory spec says."""
    configured = Path(os.environ.get("XDG_DATA_HOME", ""))
    return configured if configured.is_absolute() else Path.home() / ".local" / "share"


def icon_svg() -> bytes:
    """The application icon, which the window uses too."""
    return (files("resources") / "icons" / f"{APP_ID}.svg").read_bytes()


def desktop_entry(command: list[str]) -> str:
    """The shipped entry with ``Exec`` and ``TryExec`` set to run *command*."""
    template = (files("resources") / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(_quote(word) for word in command)
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line}"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _quote(word: str) -> str:
    """An argument quoted as the Desktop Entry spec wants (double quotes, four escapes)."""
    if word and not any(c in word for c in " \t\n\"'\\><~|&;$*?#()`="):
        return word
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in word)
    return f'"{escaped}"'


def install(home: Path | None = None) -> list[Path]:
    """Write the entry and the icon under *home* (the user's data folder); return both paths.

    Each file is written whole or not at all; an existing entry is replaced.
    """
    home = home or data_home()
    entry = home / "applications" / f"{APP_ID}.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    command = [sys.executable, "-m", "viewer"]
    for path, data in ((entry, desktop_entry(command).encode()), (icon, icon_svg())):
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(path) as file:
            file.write(data)
    return [entry, icon]
