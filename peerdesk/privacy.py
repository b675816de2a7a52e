"""The privacy guard: no Swedish personal identity or co-ordination number is ever saved in free text.

A number counts when it has 10 or 12 digits (optionally with '-' or '+' before the last four, also with spaces around
it, or a single space instead of it), a real date of birth (co-ordination numbers add 60 to the day) and a correct Luhn
check digit. Full-width and other compatibility digits count as digits. Phone numbers written with spaces or dashes in
other places (070-123 45 67) pass.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg

# Not preceded or followed by another digit, so longer numbers (account numbers) are not cut into candidates. Besides
# '-' and '+', the dashes a word processor substitutes (en dash, minus sign, …) count as the separator, with up to two
# spaces on either side; one or two spaces alone also separate. A lookahead, so that candidates may overlap and a
# false one never hides a real one.
_CANDIDATE = re.compile(
    r"(?<![0-9])(?=((1[89]|20)?([0-9]{6})(?: {0,2}([-+\u2010-\u2015\u2212]) {0,2}| {1,2})?([0-9]{4}))(?![0-9]))")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _birth_date(century: str | None, yymmdd: str, separator: str | None, today: dt.date) -> dt.date | None:
    """The date of birth the number encodes, or None when it is no real, past date.

    Without a century the most recent matching year is meant, a century earlier with '+' (100 years or older); when
    that date does not exist or lies ahead (29 February 1928 read in 2028), a century earlier still.
    Co-ordination numbers add 60 to the day.
    """
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if day > 60:
        day -= 60
    if century:
        years = [int(century) * 100 + year]
    else:
        recent = today.year - (today.year - year) % 100 - (100 if separator == "+" else 0)
        years = [recent, recent - 100]
    for full_year in years:
        try:
            born = dt.date(full_year, month, day)
        except ValueError:
            continue
        if born <= today:
            return born
    return None


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` with compatibility characters folded (NFKC: full-width digits and dashes, no-break spaces) and other
    decimal digits made ASCII, and for each folded character the index of the original one it came from."""
    if text.isascii():  # the usual case, and nothing to fold
        return text, list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        digit = unicodedata.decimal(ch, None)
        folded = str(digit) if digit is not None else unicodedata.normalize("NFKC", ch)
        out.append(folded)
        origin += [i] * len(folded)
    return "".join(out), origin


def find_identity_span(text: str, today: dt.date | None = None) -> tuple[int, int] | None:
    """Where the first valid personal identity / co-ordination number lies in `text` (start, end), or None."""
    today = today or dt.date.today()
    folded, origin = _folded(text)
    for m in _CANDIDATE.finditer(folded):
        _, century, yymmdd, separator, last4 = m.groups()
        if _birth_date(century, yymmdd, separator, today) and _luhn_ok(yymmdd + last4):
            start, end = m.span(1)
            return origin[start], origin[end - 1] + 1
    return None


def find_identity_number(text: str, today: dt.date | None = None) -> str | None:
    """Return the first valid personal identity / co-ordination number in `text`, as written, or None."""
    span = find_identity_span(text, today)
    return text[span[0]:span[1]] if span else None


def check_free_text(text: str, label: Msg, field: str) -> None:
    """Refuse text holding an identity number, saying where and why; the caller keeps what was typed.

    The error's params `start` and `end` give the number's place in `text`, so a form can select it.
    """
    span = find_identity_span(text)
    if span is None:
        return
    found = text[span[0]:span[1]]
    if found.isdigit() and len(found) == 10:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Privacy",
            "{label}: “{number}” looks like a Swedish personal identity number, which PeerDesk never stores. "
            "If it is a phone number, write it with a space or dash, e.g. 070-123 45 67."),
            field=field, label=label, number=found, start=span[0], end=span[1])
    raise InvalidInput(QT_TRANSLATE_NOOP(
        "Privacy",
        "{label}: “{number}” is a Swedish personal identity or co-ordination number. PeerDesk never stores "
        "anyone's identity: remove it before saving."), field=field, label=label, number=found, start=span[0],
        end=span[1])
