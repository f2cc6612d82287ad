"""Story files: where the shipped stories are, and writing a story a person can edit. No Qt.

A story is saved as block YAML a teacher can open in any editor: indented lists, long text
folded, dates quoted as in the data files, ids on one line while they fit, and a header that
says how to open, present and print it. Reading a file back, with its checks, is
`viewer.core.story.load_story`: what a story may say belongs with the story.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from geodata.model import LANGUAGES
from viewer.core.atomic import atomic_file
from viewer.core.story import Slide, Story

HEADER = (
    "# A Caspian Atlas story: open it with File › Open story…, present it with F5, or make a\n"
    "# handout with: python -m viewer export --story THIS-FILE --out handout.pdf\n"
    "# The format is described in docs/stories.md.\n"
)


# ---------------------------------------------------------------------- shipped stories
def stories_folder() -> Path:
    """Where the shipped stories are."""
    return Path(str(files("viewer") / "stories"))


def bundled_stories() -> list[Path]:
    """The stories shipped with the app, their translations included."""
    return sorted(stories_folder().glob("*.yaml"))


def _written_in(path: Path) -> str:
    """The language of a shipped story, from its name: ``NAME.fa.yaml`` is the Persian of
    the English ``NAME.yaml``."""
    language = Path(path.stem).suffix.removeprefix(".")
    return language if language in LANGUAGES else "en"


def shipped_story(language: str) -> Path | None:
    """The shipped story to present in *language*: its translation when one ships, else the
    English original; None when no story ships.

    F5 with no story open presents it, so a class sees the story in the window's language."""
    originals = [p for p in bundled_stories() if _written_in(p) == "en"]
    if not originals:
        return None
    translated = originals[0].with_name(f"{originals[0].stem}.{language}.yaml")
    return translated if language in LANGUAGES and translated.is_file() else originals[0]


def is_bundled(path: Path) -> bool:
    """True for a shipped story: it belongs to the app, so saving it means saving a copy."""
    return Path(path).resolve().parent == stories_folder().resolve()


# ---------------------------------------------------------------------- writing
class _Dumper(yaml.SafeDumper):
    """Block style a person can edit: indented lists, long text folded, ids in one line."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class _Date(str):
    """A date, always quoted (as in the data files), so no YAML reader takes it for a number."""


class _Ids(list[str]):
    """Ids on one line while they fit, else one a line."""


def _text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else ">" if len(text) > 60 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _date_text(dumper: yaml.SafeDumper, text: _Date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(text), style='"')


def _id_list(dumper: yaml.SafeDumper, ids: _Ids) -> yaml.SequenceNode:
    return dumper.represent_sequence(
        "tag:yaml.org,2002:seq", list(ids), flow_style=len(", ".join(ids)) <= 70
    )


_Dumper.add_representer(str, _text)
_Dumper.add_representer(_Date, _date_text)
_Dumper.add_representer(_Ids, _id_list)


def slide_record(slide: Slide) -> dict[str, Any]:
    """A slide as its YAML mapping: every field it sets, defaults left out."""
    record: dict[str, Any] = {}
    if slide.title:
        record["title"] = slide.title
    if slide.end is None:
        record["date"] = _Date(slide.start.iso())
    else:
        record["from"], record["to"] = _Date(slide.start.iso()), _Date(slide.end.iso())
    record["extent"] = list(slide.extent) if slide.extent else None
    if slide.hidden_kinds:
        record["hidden_kinds"] = _Ids(sorted(slide.hidden_kinds))
    for key in ("events", "territories"):
        if getattr(slide, key):
            record[key] = _Ids(getattr(slide, key))
    for key in ("caption", "notes"):
        if getattr(slide, key):
            record[key] = getattr(slide, key)
    if slide.language != "en":
        record["language"] = slide.language
    if slide.scans:
        record["scans"] = {
            name: {"opacity": round(look.opacity, 2), "over": look.over}
            for name, look in slide.scans
        }
    return record


def story_yaml(story: Story) -> str:
    """The text of a story file."""
    record: dict[str, Any] = {"title": story.title}
    if story.author:
        record["author"] = story.author
    if story.description:
        record["description"] = story.description
    record["slides"] = [slide_record(s) for s in story.slides]
    text = yaml.dump(
        record,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=88,
        default_flow_style=None,
    )
    return HEADER + "\n" + text.replace("\n  - ", "\n\n  - ")  # a blank line between slides


def save_story(story: Story, path: Path) -> Path:
    """Write *story* to *path* atomically: the old file stays whole if writing fails.

    Raises
    ------
    viewer.core.atomic.WriteError
        When the file cannot be written.
    """
    path = Path(path)
    with atomic_file(path) as file:
        file.write(story_yaml(story).encode("utf-8"))
    return path
