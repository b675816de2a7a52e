"""The privacy guard: no Swedish personal identity or co-ordination number is ever saved in free text.

A number counts when it has 10 or 12 digits (optionally with '-' or '+' before the last four), a real date of birth
(co-ordination numbers add 60 to the day) and a correct Luhn check digit. Phone numbers written with spaces or
dashes in other places pass.
"""

from __future__ import annotations

import datetime as dt
import re

from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg

# Not preceded or followed by another digit, so longer numbers (account numbers) are not cut into candidates. Besides
# '-' and '+', the dashes a word processor substitutes (en dash, minus sign, …) count as the separator.
_CANDIDATE = re.compile(r"(?<![0-9])(1[89]|20)?([0-9]{6})([-+\u2010-\u2015\u2212]?)([0-9]{4})(?![0-9])")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _birth_date(century: str | None, yymmdd: str, separator: str, today: dt.date) -> dt.date | None:
    """The date of birth the number encodes, or None when it is no real, past date.

    Without a century the most recent matching year is meant, a century earlier with '+' (100 years or older).
    Co-ordination numbers add 60 to the day.
    """
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if day > 60:
        day -= 60
    if century:
        full_year = int(century) * 100 + year
    else:
        full_year = today.year - (today.year - year) % 100
        if separator == "+":
            full_year -= 100
    try:
        born = dt.date(full_year, month, day)
    except ValueError:
        return None
    if born > today and not century:
        born = born.replace(year=born.year - 100) if not (month == 2 and day == 29) else None
    return born if born and born <= today else None


def find_identity_number(text: str, today: dt.date | None = None) -> str | None:
    """Return the first valid personal identity / co-ordination number in `text`, as written, or None."""
    today = today or dt.date.today()
    for m in _CANDIDATE.finditer(text):
        century, yymmdd, separator, last4 = m.groups()
        if _birth_date(century, yymmdd, separator, today) and _luhn_ok(yymmdd + last4):
            return m.group(0)
    return None


def check_free_text(text: str, label: Msg, field: str) -> None:
    """Refuse text holding an identity number, saying where and why; the caller keeps what was typed."""
    found = find_identity_number(text)
    if found is None:
        return
    if found.isdigit() and len(found) == 10:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Privacy",
            "{label}: “{number}” looks like a Swedish personal identity number, which PeerDesk never stores. "
            "If it is a phone number, write it with a space or dash, e.g. 070-123 45 67."),
            field=field, label=label, number=found)
    raise InvalidInput(QT_TRANSLATE_NOOP(
        "Privacy",
        "{label}: “{number}” is a Swedish personal identity or co-ordination number. PeerDesk never stores "
        "anyone's identity: remove it before saving."), field=field, label=label, number=found)
