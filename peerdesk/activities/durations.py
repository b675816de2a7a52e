"""Durations typed the way people write them: `90`, `45 min`, `1,5 h`, `1.5h`, `1:30`, `2 h 15 min`.

A bare whole number is minutes; a decimal needs its unit (`1,5` alone could be hours or minutes); anything else gets
a message that shows the accepted forms. The result is whole minutes
(hours with decimals are rounded to the nearest minute).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from peerdesk.errors import InvalidInput
from peerdesk.fields import row_label
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg

DURATION = QT_TRANSLATE_NOOP("Field", "Duration")
MAX_MINUTES = 24 * 60

_NOT_DURATION = QT_TRANSLATE_NOOP(
    "Activities", "{label}: “{value}” is not a duration. Write minutes (90, 45 min), hours (1,5 h, 1.5h) or "
    "hours:minutes (1:30).")
_DECIMAL_NEEDS_UNIT = QT_TRANSLATE_NOOP(
    "Activities", "{label}: “{value}” needs its unit: write {value} h for hours or {value} min for minutes.")
_NEGATIVE = QT_TRANSLATE_NOOP("Activities", "{label}: a duration cannot be negative.")
_EMPTY = QT_TRANSLATE_NOOP("Activities", "{label}: how long did it take? For example 45 min, 1,5 h or 1:30.")
_TOO_SHORT = QT_TRANSLATE_NOOP("Activities", "{label}: the duration must be at least one minute.")
_TOO_LONG = QT_TRANSLATE_NOOP("Activities", "{label}: {value} is more than 24 hours. Log each day on its own.")

_NUMBER = r"[0-9]+(?:[.,][0-9]+)?"
_HOURS = r"(?:h|t|tim|timme|timmar|hour|hours|hr|hrs)"
_MINUTES = r"(?:m|min|mins|minut|minuter|minute|minutes)"
_WITH_UNIT = re.compile(rf"(?:(?P<h>{_NUMBER}) ?{_HOURS})? ?(?:(?P<m>{_NUMBER}) ?{_MINUTES})?")
_CLOCK = re.compile(r"(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9])")


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def parse_duration(value: str | int | None, label: Msg = DURATION, field: str = "duration", *,
                   row: int | None = None) -> int:
    """Whole minutes, from 1 to 24 hours; InvalidInput naming the field, with the accepted forms, otherwise."""
    label = row_label(label, row)
    if isinstance(value, int) and not isinstance(value, bool):
        minutes = value
        text = str(value)
    else:
        text = " ".join((value or "").strip().lower().split())
        if not text:
            raise InvalidInput(_EMPTY, field=field, label=label)
        minutes = _minutes(text, label, field)
    if minutes < 1:
        raise InvalidInput(_TOO_SHORT, field=field, label=label)
    if minutes > MAX_MINUTES:
        raise InvalidInput(_TOO_LONG, field=field, label=label, value=text)
    return minutes


def _minutes(text: str, label: Msg, field: str) -> int:
    if text.isascii() and text.isdigit():
        return int(text)
    if text.startswith(("-", "\u2212")):
        raise InvalidInput(_NEGATIVE, field=field, label=label)
    if re.fullmatch(r"-?" + _NUMBER, text) and not text.lstrip("-").isdigit():
        raise InvalidInput(_DECIMAL_NEEDS_UNIT, field=field, label=label, value=text)
    if clock := _CLOCK.fullmatch(text):
        return int(clock["h"]) * 60 + int(clock["m"])
    found = _WITH_UNIT.fullmatch(text)
    if not text.isascii() or found is None or (found["h"] is None and found["m"] is None):
        raise InvalidInput(_NOT_DURATION, field=field, label=label, value=text)
    try:
        total = (_decimal(found["h"]) * 60 if found["h"] else 0) + (_decimal(found["m"]) if found["m"] else 0)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise InvalidInput(_NOT_DURATION, field=field, label=label, value=text) from None
    return int(total.to_integral_value(ROUND_HALF_UP))  # 1,33 h is 80 minutes


def format_duration(minutes: int) -> str:
    """How a duration is shown (and typed back): `45 min`, `1:30`."""
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60}:{minutes % 60:02}"
