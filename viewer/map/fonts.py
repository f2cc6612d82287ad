"""The bundled fonts, registered before any text is drawn (headless systems may have none)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QFontDatabase


@cache
def register_fonts() -> list[str]:
    """Register the bundled fonts; return the family fallback list (Latin/Cyrillic, Persian)."""
    folder = Path(str(files("resources") / "fonts"))
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    families.sort(key=lambda f: "Arabic" in f)  # Latin first, Persian as the fallback
    return families
