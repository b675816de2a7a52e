"""Field rules, the one place every form, import and command line checks what was typed (no Qt).

Each function takes the raw value, the field's translatable label and its name, and returns the clean value or
raises InvalidInput naming the field; with `row` (bulk input such as a CSV import) the message starts "Row 12, Name:".

Text rules, for every text:
- a lone surrogate (left by a broken copy and paste; SQLite cannot store it) is refused, saying where;
- control characters (category Cc: NUL, escape, form feed, …) are removed, since they are invisible, mean nothing to
  a reader and arrive only by pasting; long text keeps its newlines and tabs, and turns Windows' CR LF into LF;
- a value of nothing but spaces and invisible format characters (category Cf: zero-width space, BOM, …) is empty;
- every text has a length limit and passes the privacy guard (no identity numbers).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping

from peerdesk.dates import parse_date
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.privacy import check_free_text

SHORT_MAX = 120
LONG_MAX = 10_000
COUNT_MAX = 100_000

_ROW = QT_TRANSLATE_NOOP("Fields", "Row {row}, {label}")
_REQUIRED = QT_TRANSLATE_NOOP("Fields", "{label}: this is required.")
_TOO_LONG = QT_TRANSLATE_NOOP("Fields", "{label}: too long ({length} characters, at most {max}).")
_BROKEN = QT_TRANSLATE_NOOP(
    "Fields", "{label}: character {position} is broken (often left by copying and pasting). Retype the text around it.")
_UNKNOWN = QT_TRANSLATE_NOOP("Fields", "{label}: “{value}” is not one of the choices ({choices}).")
_NOT_COUNT = QT_TRANSLATE_NOOP("Fields", "{label}: “{value}” is not a whole number.")
_TOO_SMALL = QT_TRANSLATE_NOOP("Fields", "{label}: {value} is too small (at least {minimum}).")
_TOO_BIG = QT_TRANSLATE_NOOP("Fields", "{label}: {value} is too large (at most {maximum}).")
_TOO_EARLY = QT_TRANSLATE_NOOP("Fields", "{label}: {value} is too early (the earliest accepted is {earliest}).")
_TOO_LATE = QT_TRANSLATE_NOOP("Fields", "{label}: {value} is too late (the latest accepted is {latest}).")

_NUMBER = re.compile(r"[+-]?[0-9]{1,15}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # category Cc but newline and tab
_NON_SPACE_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")  # Cc that str.split() keeps


def row_label(label: Msg, row: int | None) -> Msg:
    """The label to show: with a row number for bulk input."""
    return label if row is None else _ROW.bind(row=row, label=label)


def _invisible(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc")


def _clean(value: str | None, label: Msg, field: str, *, lines: bool) -> str:
    """Refuse lone surrogates; drop control characters, except newline and tab in `lines` text and whitespace
    (collapsed later) in one-line text."""
    text = value or ""
    if broken := _SURROGATE.search(text):
        raise InvalidInput(_BROKEN, field=field, label=label, position=broken.start() + 1)
    if lines:
        return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _NON_SPACE_CONTROL.sub("", text)


def _finish(text: str, label: Msg, field: str, required: bool, max_len: int, privacy: bool = True) -> str:
    if all(_invisible(ch) for ch in text):
        if required:
            raise InvalidInput(_REQUIRED, field=field, label=label)
        return ""
    if len(text) > max_len:
        raise InvalidInput(_TOO_LONG, field=field, label=label, length=len(text), max=max_len)
    if privacy:
        check_free_text(text, label, field)
    return text


def short_text(value: str | None, label: Msg, field: str, *, required: bool = True, max_len: int = SHORT_MAX,
               row: int | None = None) -> str:
    """One line (a name, an organisation): runs of whitespace become one space, invisible edges are trimmed."""
    label = row_label(label, row)
    text = " ".join(_clean(value, label, field, lines=False).split())
    start, end = 0, len(text)  # trim invisible edges, e.g. a BOM or zero-width space pasted along
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return _finish(text[start:end], label, field, required, max_len)


def long_text(value: str | None, label: Msg, field: str, *, required: bool = False, max_len: int = LONG_MAX,
              row: int | None = None, privacy: bool = True) -> str:
    """Several paragraphs (notes, a section text): newlines and tabs kept, trailing spaces and blank edge lines
    trimmed. `privacy=False` only for a draft being written (autosaved, so nothing typed is lost): whatever is made
    of it later (a revision) is checked then."""
    label = row_label(label, row)
    text = _clean(value, label, field, lines=True)
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    return _finish(text, label, field, required, max_len, privacy)


def choice(value: str | None, options: Mapping[str, object], label: Msg, field: str, *,
           row: int | None = None) -> str:
    """One of the keys of `options` (surrounding spaces ignored)."""
    key = value.strip() if isinstance(value, str) else ""
    if key not in options:
        raise InvalidInput(_UNKNOWN, field=field, label=row_label(label, row), value="" if value is None else value,
                           choices=", ".join(options))
    return key


def count(value: int | str | None, label: Msg, field: str, *, minimum: int = 0, maximum: int = COUNT_MAX,
          row: int | None = None) -> int:
    """A whole number within bounds; an int, or a string of digits (from a file). Booleans and floats are refused."""
    label = row_label(label, row)
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        number = int(value.strip())
    elif isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        raise InvalidInput(_NOT_COUNT, field=field, label=label, value="" if value is None else value)
    if number < minimum:
        raise InvalidInput(_TOO_SMALL, field=field, label=label, value=number, minimum=minimum)
    if number > maximum:
        raise InvalidInput(_TOO_BIG, field=field, label=label, value=number, maximum=maximum)
    return number


def date(value: str | dt.date | None, label: Msg, field: str, *, earliest: dt.date | None = None,
         latest: dt.date | None = None, row: int | None = None) -> dt.date:
    """A date typed as YYYY-MM-DD (or already a date), within the plausible bounds given."""
    label = row_label(label, row)
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        day = parse_date(_clean(value, label, field, lines=False), label, field)
    if earliest is not None and day < earliest:
        raise InvalidInput(_TOO_EARLY, field=field, label=label, value=day.isoformat(), earliest=earliest.isoformat())
    if latest is not None and day > latest:
        raise InvalidInput(_TOO_LATE, field=field, label=label, value=day.isoformat(), latest=latest.isoformat())
    return day
