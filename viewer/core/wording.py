"""The interface's words in English, Persian and Russian, for code that runs without Qt.

The Qt views translate through ``tr()`` and the compiled ``.qm`` catalogues; describe's text,
the legend and export furniture, the date heading and the command line are built here, without
Qt, so they read the SAME Qt Linguist files (``resources/i18n/caspian_atlas_*.ts``): one
catalogue per language, whichever side of the layers a string is drawn on.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

CATALOGUE = "caspian_atlas_{language}.ts"
RIGHT_TO_LEFT = frozenset({"fa"})
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")

Messages = dict[tuple[str, str], tuple[str, ...]]
"""(context, source) → the translation, or its plural forms in the language's order."""


def catalogue_dir() -> Path:
    return Path(str(files("resources") / "i18n"))


@functools.cache
def messages(language: str) -> Messages:
    """The finished messages of one language's catalogue, read once."""
    return read_catalogue(catalogue_dir() / CATALOGUE.format(language=language))


def read_catalogue(path: Path) -> Messages:
    """The finished messages of a ``.ts`` file (our own shipped file; ElementTree resolves
    no DTD or external entity)."""
    if not path.exists():
        return {}
    found: Messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished"}:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            if any(texts):
                found[(name, message.findtext("source", ""))] = texts
    return found


def plural_form(n: int, language: str) -> int:
    """Which plural form *n* takes: Qt's rules for our three languages."""
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if language == "fa":
        return 0
    return 0 if n == 1 else 1


def translate(context: str, text: str, language: str, n: int | None = None) -> str:
    """*text* in *language* (English source text when no translation exists); with *n*,
    the plural form for n with ``%n`` replaced by it, in the language's digits."""
    forms = messages(language).get((context, text), (text,))
    chosen = forms[min(plural_form(n, language), len(forms) - 1)] if n is not None else forms[0]
    if n is not None:  # %Ln is Qt's "in the locale's digits": ours always are
        chosen = chosen.replace("%Ln", "%n").replace("%n", digits(str(n), language))
    return chosen


def digits(text: str, language: str) -> str:
    """*text* with Western digits written as the language writes them (Persian: ۰–۹, and
    the Persian decimal and thousands separators); other languages unchanged."""
    if language != "fa":
        return text
    text = _THOUSANDS.sub("٬", _DECIMAL_POINT.sub("٫", text))
    return text.translate(PERSIAN_DIGITS)


def grouped(value: float, language: str) -> str:
    """A whole number with its thousands grouped as the language groups them: '280,200',
    '۲۸۰٬۲۰۰', '280 200' (Russian: a no-break space)."""
    text = f"{value:,.0f}"
    return text.replace(",", "\u00a0") if language == "ru" else digits(text, language)


def decimal(text: str, language: str) -> str:
    """A number written with a decimal point ('6.2', '1.81'), with the language's decimal
    mark: '۶٫۲' in Persian, '6,2' in Russian."""
    return text.replace(".", ",") if language == "ru" else digits(text, language)


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def tr_noop(context: str, text: str) -> str:
    """Marks *text* for the catalogue where it is defined (a table of names, say) and
    returns it unchanged: :func:`translate` translates it where it is shown."""
    del context
    return text
