"""Dates are shown and typed as ISO 8601 (2026-11-23), the Swedish way, and parsed strictly."""

from __future__ import annotations

import datetime as dt
import re

from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg

_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date(text: str, label: Msg, field: str) -> dt.date:
    """Parse YYYY-MM-DD; a wrong value raises InvalidInput naming the field (`label`) and saying why."""
    value = text.strip()
    if not value:
        raise InvalidInput(QT_TRANSLATE_NOOP("Dates", "{label}: a date is required."), field=field, label=label)
    if not _ISO.fullmatch(value):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Dates", "{label}: “{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23."),
            field=field, label=label, value=value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("Dates", "{label}: {value} does not exist in the calendar."),
                           field=field, label=label, value=value) from None


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (or earlier); 29 February becomes 28 February in a year without it."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def now_utc() -> str:
    """A timestamp for 'saved at' records: UTC, second precision, ISO 8601."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
