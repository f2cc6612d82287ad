"""Keep the Qt Linguist catalogues in step with the code: ``python -m tools.catalogues``.

Finds every user-facing string (``self.tr``, ``QCoreApplication.translate``, the core's
``translate`` and ``tr_noop``), writes ``resources/i18n/caspian_atlas_{en,fa,ru}.ts`` keeping
the translations already made (a new string is marked unfinished, to translate in Qt Linguist
or by hand; one no longer used is dropped), then compiles each to ``.qm`` with
``pyside6-lrelease``. English lists only the plural strings: its other texts are the source.

Our scanner, not ``pyside6-lupdate``, because lupdate does not see the core's
``translate(context, text, language)`` calls; the tests check lupdate finds nothing we miss.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from viewer.core.atomic import atomic_file, atomic_path
from viewer.core.wording import Messages, read_catalogue

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "viewer"
CATALOGUES = ROOT / "resources" / "i18n"
LOCALES = {"en": "en_GB", "fa": "fa_IR", "ru": "ru_RU"}
PLURAL_FORMS = {"en": 2, "fa": 1, "ru": 3}


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    numerus: bool = False


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Finder(ast.NodeVisitor):
    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: set[Message] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = getattr(func, "value", None)
        owner_name = getattr(owner, "id", "")
        if name == "tr" and owner_name == "self" and args and self.classes:
            source = _text(args[0])
            if source is not None:
                self.found.add(Message(self.classes[-1], source, len(args) >= 3))
        elif name in {"translate", "tr_noop"} and len(args) >= 2:
            context, source = _text(args[0]), _text(args[1])
            if context is not None and source is not None:
                numerus = len(args) >= 4 or any(k.arg == "n" for k in node.keywords)
                self.found.add(Message(context, source, numerus))
        self.generic_visit(node)


def scan(root: Path = SOURCES) -> set[Message]:
    """Every translatable string in the code under *root*."""
    finder = _Finder()
    for path in sorted(root.rglob("*.py")):
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return finder.found


def write_ts(path: Path, language: str, messages: set[Message], known: Messages) -> None:
    """Write a catalogue in Qt Linguist's format, contexts and messages sorted."""
    root = ET.Element("TS", version="2.1", language=LOCALES[language])
    by_context: dict[str, list[Message]] = {}
    for message in sorted(messages):
        by_context.setdefault(message.context, []).append(message)
    for context_name, items in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in items:
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            ET.SubElement(element, "source").text = message.source
            translation = ET.SubElement(element, "translation")
            done = known.get((message.context, message.source), ())
            if message.numerus:
                forms = list(done)
                if len(forms) != PLURAL_FORMS[language] or not all(forms):
                    translation.set("type", "unfinished")
                    forms = [""] * PLURAL_FORMS[language]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            elif len(done) == 1 and done[0]:
                translation.text = done[0]
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    body = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    body += ET.tostring(root, encoding="unicode") + "\n"
    with atomic_file(path) as file:
        file.write(body.encode("utf-8"))


def lrelease(ts: Path, qm: Path) -> None:
    """Compile a catalogue with the lrelease that ships with PySide6, into a new file renamed
    over the old: a running app maps its .qm into memory, and rewriting it in place crashes
    the app (a bus error, seen when the tests ran during a recompile)."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    with atomic_path(qm) as temporary:
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(temporary)], check=True)


def wanted(language: str, messages: set[Message]) -> set[Message]:
    """English translates only plurals: its other strings are already the source text."""
    return {m for m in messages if m.numerus} if language == "en" else messages


def main() -> int:
    messages = scan()
    for language in LOCALES:
        ts = CATALOGUES / f"caspian_atlas_{language}.ts"
        write_ts(ts, language, wanted(language, messages), read_catalogue(ts))
        lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
