"""The command line's own sentences, in the language of ``--lang``.

Every subcommand reports through these, so an error reads the same way (and in the same
language) whichever subcommand met it; the parser's help is told in it too (cli.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from viewer.core.wording import translate


def language_in(argv: list[str]) -> str:
    """The ``--lang`` of a command line before it is parsed (for the parser's own messages);
    English when none or an unknown one is given (argparse then says what is allowed)."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in ("fa", "ru"):
            return value
    return "en"


def error(command: str | None, message: str, language: str) -> int:
    """Print ``python -m viewer COMMAND: error: MESSAGE`` in *language*; return exit status 2."""
    name = f"python -m viewer {command}" if command else "python -m viewer"
    text = translate("CommandLine", "{command}: error: {message}", language)
    print(text.format(command=name, message=message), file=sys.stderr)
    return 2


def wrote(path: Path | str, language: str) -> None:
    """Say on stdout that *path* was written."""
    print(translate("CommandLine", "Wrote {path}", language).format(path=path))


def stopped(language: str) -> str:
    """What a command interrupted by a signal prints (nothing was left half-written)."""
    return "\n" + translate("CommandLine", "Stopped; nothing was written.", language)
