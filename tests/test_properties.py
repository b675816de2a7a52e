"""Property-based checks of the text rules: no input crashes them, and every real identity number is caught."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from peerdesk.dates import parse_date
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.privacy import find_identity_number

LABEL = QT_TRANSLATE_NOOP("Field", "Start date")
TODAY = dt.date(2026, 11, 23)


def _luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


@given(st.text())
def test_any_text_is_a_date_or_a_clear_refusal(text: str) -> None:
    try:
        parse_date(text, LABEL, "start")
    except InvalidInput as err:
        assert err.field == "start" and err.message().startswith("Start date:")


@given(st.dates())
def test_iso_dates_round_trip(day: dt.date) -> None:
    assert parse_date(day.isoformat(), LABEL, "start") == day


@given(st.text())
def test_the_guard_never_crashes(text: str) -> None:
    find_identity_number(text, TODAY)


@given(born=st.dates(dt.date(1927, 1, 1), dt.date(2026, 11, 1)), serial=st.integers(0, 999),
       separator=st.sampled_from(["", "-"]), coordination=st.booleans(), long=st.booleans(),
       before=st.sampled_from(["", "pnr ", "Ring "]), after=st.sampled_from(["", " idag", "."]))
def test_every_valid_number_is_caught(born: dt.date, serial: int, separator: str, coordination: bool, long: bool,
                                      before: str, after: str) -> None:
    day = born.day + (60 if coordination else 0)
    nine = f"{born:%y%m}{day:02d}{serial:03d}"
    number = f"{born.year // 100 if long else ''}{nine[:6]}{separator}{nine[6:]}{_luhn_digit(nine)}"
    assert find_identity_number(f"{before}{number}{after}", TODAY) == number


@given(st.from_regex(r"0[1-9][0-9]{1,2}-[0-9]{2,3} [0-9]{2} [0-9]{2}", fullmatch=True))
def test_phone_numbers_with_spaces_pass(phone: str) -> None:
    assert find_identity_number(phone, TODAY) is None


_FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


@given(today=st.dates(dt.date(1990, 1, 1), dt.date(2150, 12, 31)), age=st.integers(0, 36_499),
       serial=st.integers(0, 999), separator=st.sampled_from(["", "-", " ", " - ", "- ", " -", "\u2013"]),
       coordination=st.booleans(), full_width=st.booleans())
def test_anyone_under_a_hundred_is_caught_on_any_day(today: dt.date, age: int, serial: int, separator: str,
                                                     coordination: bool, full_width: bool) -> None:
    born = today - dt.timedelta(days=age)  # 29 February included, read across a century boundary
    nine = f"{born:%y%m}{born.day + (60 if coordination else 0):02d}{serial:03d}"
    number = f"{nine[:6]}{separator}{nine[6:]}{_luhn_digit(nine)}"
    if full_width:
        number = number.translate(_FULL_WIDTH)
    assert find_identity_number(f"Ring {number} idag", today) == number


@given(st.from_regex(r"0[1-9][0-9]{0,2}-[0-9]{2,3}( [0-9]{2,3}){1,3}", fullmatch=True))
def test_phone_numbers_written_in_groups_pass(phone: str) -> None:
    assert find_identity_number(phone, TODAY) is None
