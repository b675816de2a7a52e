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

# Not preceded or followed by another digit, so longer numbers (account numbers) are not cut into candidates.
_CANDIDATE = re.compile(r"(?<![\d])(\d{2})?(\d{6})([-+]?)(\d{4})(?![\d])")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _real_birth_date(century: str | None, yymmdd: str) -> bool:
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if day > 60:
        day -= 60  # co-ordination number
    candidates = [int(century) * 100 + year] if century else [1900 + year, 2000 + year]
    for full_year in candidates:
        try:
            dt.date(full_year, month, day)
            return True
        except ValueError:
            continue
    return False


def find_identity_number(text: str) -> str | None:
    """Return the first valid personal identity / co-ordination number in `text`, as written, or None."""
    for m in _CANDIDATE.finditer(text):
        century, yymmdd, _sep, last4 = m.groups()
        if century and century not in ("18", "19", "20"):
            continue
        if _real_birth_date(century, yymmdd) and _luhn_ok(yymmdd + last4):
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
