"""Problems found in data files, said so that a user can find and fix them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""Control characters (newline, ESC…), line and paragraph separators, bidirectional
overrides and lone surrogates: what could break a line of output, forge one, or fail to
print at all."""


Value = str | int | float
"""What a problem's message names: data (a field, a value, GDAL's own words) or a number."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: the file, where in it (line and/or record id), the field, what is wrong.

    What is wrong is an English *template* filled with *values* (``str.format``; a size is
    written ``{limit:,}``), so the viewer can say the same in the reader's language
    (:func:`viewer.core.local_problems.problem_text`): every template is a catalogue entry.
    As text it is the English, one printable line whatever the file held (see
    :func:`printable`).
    """

    file: str
    template: str
    line: int | None = None
    record: str | None = None
    field: str | None = None
    values: Mapping[str, Value] = dataclasses.field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        """What is wrong, in English, its values filled in."""
        return self.template.format(**self.values) if self.values else self.template

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        parts = [where]
        if self.record:
            parts.append(f"'{self.record}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        return printable(": ".join([*parts, self.message]))


class DataError(Exception):
    """A data file could not be loaded; nothing of it was kept.

    Loaders collect every problem they find before raising, so a user fixes a file in one pass.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def printable(text: str) -> str:
    """*text* with every character that could break or forge a line escaped (``\\n``,
    ``\\x1b``, ``\\ud800``); Persian and Russian text, and the zero-width joiners
    Persian needs, are kept."""
    return _UNPRINTABLE.sub(
        lambda m: m[0].encode("unicode_escape", "backslashreplace").decode(), text
    )


def display_name(path: Path | str) -> str:
    """A file name as users see it in messages: relative to the package for bundled data."""
    path = Path(path)
    parts = path.parts
    for anchor in ("geodata", "events"):
        if anchor in parts and "data" in parts:
            return str(Path(*parts[parts.index(anchor) :]))
    return str(path)
