"""Reading one record's fields, collecting every problem with file, line, record and field.

Events, places and territories share these readers so that a date, a citation or a dispute
is checked the same way wherever it appears.
"""

from __future__ import annotations

import math
import reprlib
from collections.abc import Collection
from typing import Any, TypeGuard

from geodata.dates import DateError, PartialDate, parse_span
from geodata.errors import Problem, Value
from geodata.model import LANGUAGES, Citation, Claim, Dispute, NamePeriod, Names
from geodata.yamlio import LINE_KEY

MAX_QUOTE = 400
MAX_TEXT = 5000
"""Longest text field; the longest the editors wrote is about 600 characters."""
MAX_NAME = 300
MAX_DATE_TEXT = 64
"""Longest date or EDTF span read (a span of two times of day with offsets is 51)."""

_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 60
_REPR.maxlevel = 2


def is_number(value: object) -> TypeGuard[float]:
    """A finite int or float that a float can hold: not a bool, not an integer of 400 digits
    (which YAML and JSON read, and which would overflow any arithmetic on it)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def short(value: Any) -> str:
    """A value as messages quote it: cut short, and safe for deeply nested or shared data."""
    return _REPR.repr(value)


class RecordReader:
    """Typed access to one mapping; problems are appended to a shared list, never raised.

    Parameters
    ----------
    data
        The record as parsed (YAML mapping or GeoJSON properties).
    file
        The file name shown in messages.
    problems
        Where problems are collected.
    line
        The record's line, when the format keeps it.
    """

    def __init__(
        self, data: Any, file: str, problems: list[Problem], line: int | None = None
    ) -> None:
        self.file = file
        self.problems = problems
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        self.line = line if line is not None else self.data.get(LINE_KEY)
        self.record: str | None = (
            self.data.get("id") if isinstance(self.data.get("id"), str) else None
        )
        if not isinstance(data, dict):
            self.problem(None, "must be a mapping, not {type}", type=type(data).__name__)

    def problem(
        self, field: str | None, message: str, line: int | None = None, /, **values: Value
    ) -> None:
        """Note what is wrong with *field*: *message* is a template filled with *values*."""
        self.problems.append(
            Problem(self.file, message, line or self.line, self.record, field, values)
        )

    def date_problem(self, field: str, error: DateError) -> None:
        """Note why *field*'s date does not read: the date parser's reason and its values."""
        self.problems.append(
            Problem(self.file, error.reason, self.line, self.record, field, error.fields)
        )

    def _line_of(self, value: Any) -> int | None:
        return value.get(LINE_KEY) if isinstance(value, dict) else None

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.problem(key, "is missing")
            return default
        if not isinstance(value, str):
            self.problem(key, "must be text, not {type}", type=type(value).__name__)
            return default
        if len(value) > MAX_TEXT:
            self.problem(
                key,
                "is {count:,} characters long; the limit is {max_text:,}",
                count=len(value),
                max_text=MAX_TEXT,
            )
            return default
        return value.strip()

    def choice(self, key: str, choices: Collection[str], required: bool = True) -> str:
        value = self.text(key, required)
        if value and value not in choices:
            self.problem(
                key,
                "{value} is not one of: {choices}",
                value=short(value),
                choices=", ".join(sorted(choices)),
            )
        return value

    def integer(self, key: str, low: int, high: int, default: int) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(
                key,
                "must be a whole number from {low} to {high}, not {value}",
                low=low,
                high=high,
                value=short(value),
            )
            return default
        return value

    def number(self, key: str, low: float, high: float) -> float:
        value = self.data.get(key)
        if not is_number(value) or not low <= value <= high:
            self.problem(
                key,
                "must be a number from {low} to {high}, not {value}",
                low=low,
                high=high,
                value=short(value),
            )
            return (low + high) / 2
        return float(value)

    def date(self, key: str, required: bool = True) -> PartialDate | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(key, "is missing")
            return None
        return self.parse_date(value, key)

    def parse_date(self, value: Any, key: str) -> PartialDate | None:
        text = self._date_text(value, key)
        try:
            return None if text is None else PartialDate.parse(text)
        except DateError as exc:
            self.date_problem(key, exc)
            return None

    def span(self, key: str) -> tuple[PartialDate | None, PartialDate | None]:
        """A date or an EDTF span (``1946-05/1946-12``, ``../1907``) as its inclusive first
        and last dates; ``(None, None)`` when missing (a problem) or unreadable."""
        value = self.data.get(key)
        if value is None:
            self.problem(key, "is missing")
            return None, None
        text = self._date_text(value, key)
        try:
            return (None, None) if text is None else parse_span(text)
        except DateError as exc:
            self.date_problem(key, exc)
            return None, None

    def _date_text(self, value: Any, key: str) -> str | None:
        """A date field's text (a YAML or GDAL year may come as a whole number)."""
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a Shapefile's or spreadsheet's year column: 1946.0
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problem(key, "must be a date string, not {type}", type=type(value).__name__)
            return None
        text = value if isinstance(value, str) else f"{value:04d}" if 0 < value < 10_000 else ""
        if not text or len(text) > MAX_DATE_TEXT:
            self.problem(key, "{value} is not a date", value=short(value))
            return None
        return text

    def names(self, key: str) -> Names:
        """The names under *key*, with the record's ``translated`` list marking the editors'
        translations among them."""
        value = self.data.get(key)
        if isinstance(value, str):
            value = {"en": value}
        english = value.get("en") if isinstance(value, dict) else None
        if not isinstance(value, dict) or not isinstance(english, str) or not english.strip():
            self.problem(key, "needs at least an English name: {en: ..., fa: ..., ru: ...}")
            return Names(self.record or "?")
        extra = sorted(map(str, set(value) - {*LANGUAGES, LINE_KEY}))
        if extra:
            self.problem(key, "unknown language(s) {extra}; use en, fa, ru", extra=short(extra))
        names: dict[str, str | None] = {}
        for lang in LANGUAGES:
            name = value.get(lang) or None
            if name is not None and not isinstance(name, str):
                self.problem(
                    key,
                    "the {lang} name must be text, not {type}",
                    lang=lang,
                    type=type(name).__name__,
                )
            elif name is not None and len(name) > MAX_NAME:
                self.problem(
                    key,
                    "the {lang} name is over {max_name} characters",
                    lang=lang,
                    max_name=MAX_NAME,
                )
            else:
                names[lang] = name.strip() if name else None
        return Names(
            names.get("en") or self.record or "?",
            names.get("fa"),
            names.get("ru"),
            self._translated(names),
        )

    def _translated(self, names: dict[str, str | None]) -> tuple[str, ...]:
        """The ``translated`` list: languages, each with a name, in :data:`LANGUAGES` order."""
        value = self.data.get("translated") or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem("translated", "must be a list of languages, e.g. [fa, ru]")
            return ()
        for lang in value:
            if lang not in LANGUAGES:
                self.problem(
                    "translated", "{lang} is not a language; use en, fa, ru", lang=short(lang)
                )
            elif not names.get(lang):
                self.problem("translated", "marks the {lang} name, but there is none", lang=lang)
        return tuple(lang for lang in LANGUAGES if lang in value and names.get(lang))

    def string_list(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, "must be a list of text")
            return ()
        return tuple(value)

    def citations(
        self, key: str = "sources", value: Any = None, required: bool = True
    ) -> tuple[Citation, ...]:
        value = self.data.get(key) if value is None else value
        if not value:
            if required:
                self.problem(key, "needs at least one citation {source, locator, quote}")
            return ()
        if not isinstance(value, list):
            self.problem(key, "must be a list of citations")
            return ()
        result = []
        for item in value:
            line = self._line_of(item)
            if not isinstance(item, dict):
                self.problem(key, "each citation must be a mapping {source, locator, quote}", line)
                continue
            parts = {k: item.get(k) for k in ("source", "locator", "quote")}
            texts = {k: v for k, v in parts.items() if isinstance(v, str) and v.strip()}
            missing = [k for k in parts if k not in texts]
            if missing:
                self.problem(key, "citation lacks {choices}", line, choices=", ".join(missing))
                continue
            if len(texts["quote"]) > MAX_QUOTE:
                self.problem(
                    key,
                    "quote is over {max_quote} characters; quote a short passage",
                    line,
                    max_quote=MAX_QUOTE,
                )
            result.append(
                Citation(texts["source"].strip(), texts["locator"].strip(), texts["quote"].strip())
            )
        return tuple(result)

    def disputes(self, key: str = "disputes") -> tuple[Dispute, ...]:
        value = self.data.get(key) or []
        if not isinstance(value, list):
            self.problem(key, "must be a list of disputes")
            return ()
        result = []
        for item in value:
            line = self._line_of(item)
            claims_data = item.get("claims") if isinstance(item, dict) else None
            if not isinstance(claims_data, list) or len(claims_data) < 2:
                self.problem(key, "a dispute needs a field, a note and at least two claims", line)
                continue
            claims = []
            for claim in claims_data:
                value = claim.get("value") if isinstance(claim, dict) else None
                if not (isinstance(value, str) or is_number(value)):
                    self.problem(key, "each claim needs a value (text or a number)", line)
                    continue
                sources = self.citations(key, claim.get("sources") or [], True)
                claims.append(Claim(value if isinstance(value, str) else f"{value:g}", sources))
            sub = RecordReader(item, self.file, self.problems, line)
            sub.record = self.record
            field, note = sub.text("field"), sub.text("note", required=False)
            result.append(Dispute(field, note, tuple(claims)))
        return tuple(result)

    def figures(self, key: str = "figures") -> dict[str, float | str]:
        """Stated figures: a mapping of names to numbers or short text."""
        value = self.data.get(key) or {}
        if not isinstance(value, dict):
            self.problem(key, "must be a mapping of names to numbers, e.g. {stated_length_km: 423}")
            return {}
        figures: dict[str, float | str] = {}
        for name, figure in value.items():
            if name == LINE_KEY:
                continue
            if not isinstance(name, str):
                self.problem(key, "{name} must be a name, e.g. stated_length_km", name=short(name))
            elif is_number(figure) or (isinstance(figure, str) and len(figure) <= MAX_NAME):
                figures[name] = figure
            else:
                self.problem(
                    key,
                    "{name} must be a number or short text, not {figure}",
                    name=short(name),
                    figure=short(figure),
                )
        return figures

    def name_periods(self, key: str) -> tuple[NamePeriod, ...]:
        value = self.data.get(key) or []
        if not isinstance(value, list):
            self.problem(key, "must be a list of {from, to, names}")
            return ()
        periods = []
        for item in value:
            if not isinstance(item, dict):
                self.problem(key, "each entry must be a mapping {from, to, names}")
                continue
            sub = RecordReader(item, self.file, self.problems, self._line_of(item))
            sub.record = self.record
            start, end = sub.date("from", False), sub.date("to", False)
            if start and end and start.ordinal >= end.ordinal:
                sub.problem(
                    key, "'from' {start} is not before 'to' {end}", start=str(start), end=str(end)
                )
            periods.append(NamePeriod(start, end, sub.names("names")))
        return tuple(periods)
