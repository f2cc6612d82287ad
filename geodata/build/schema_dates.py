"""The data's date strings as the build reads them, and the build's one error. No Qt here."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

DATE = re.compile(r"^~?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class BuildError(Exception):
    """A definition or a built geometry breaks a rule; the message says which and why."""


def parse_date(text: object) -> dt.date:
    """The first day a schema date string stands for (`"~1946-05"` -> 1 May 1946)."""
    match = DATE.match(text) if isinstance(text, str) else None
    if not match:
        raise BuildError(f"not a schema date string: {text!r}")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise BuildError(f"not a real date: {text!r} ({error})") from None


def interval(props: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """Validity as half-open dates; an open end becomes the largest date."""
    end = props["valid_to"]
    return parse_date(props["valid_from"]), parse_date(end) if end else dt.date.max
