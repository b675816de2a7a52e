"""Dates, the privacy guard and translatable messages: plain rules with no Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from peerdesk.dates import parse_date
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.privacy import check_free_text, find_identity_number

LABEL = QT_TRANSLATE_NOOP("Field", "Start date")


def test_parse_date_strict() -> None:
    assert parse_date(" 2026-11-23 ", LABEL, "start") == dt.date(2026, 11, 23)
    for bad, why in [("23/11/2026", "YYYY-MM-DD"), ("2026-02-30", "does not exist"), ("", "required"),
                     ("2026-1-5", "YYYY-MM-DD")]:
        with pytest.raises(InvalidInput, match=why) as err:
            parse_date(bad, LABEL, "start")
        assert err.value.field == "start"
        assert err.value.message().startswith("Start date:")


def test_date_error_translates_label_and_message() -> None:
    catalog = {"Start date": "Startdatum", "{label}: {value} does not exist in the calendar.":
               "{label}: {value} finns inte i kalendern."}
    with pytest.raises(InvalidInput) as err:
        parse_date("2026-02-30", LABEL, "start")
    shown = err.value.message(lambda ctx, text: catalog.get(text, text))
    assert shown == "Startdatum: 2026-02-30 finns inte i kalendern."


@pytest.mark.parametrize("text", [
    "Ring 19121212-1212 imorgon", "pnr 191212121212", "121212-1212", "121212+1212", "1212121212",
    "samordningsnr 701063-2391",
])
def test_identity_numbers_are_found(text: str) -> None:
    assert find_identity_number(text)


@pytest.mark.parametrize("text", [
    "070-123 45 67", "070 123 45 67", "2026-11-23", "121212-1213", "131313-1212", "Kostade 1500 kr",
    "Organisationsnummer 802456-1234 5", "12345678901234",
])
def test_harmless_numbers_pass(text: str) -> None:
    assert find_identity_number(text) is None


def test_bare_ten_digits_get_a_phone_hint() -> None:
    with pytest.raises(InvalidInput, match="phone number") as err:
        check_free_text("tel 1212121212", QT_TRANSLATE_NOOP("Field", "Note"), "note")
    assert err.value.field == "note"


@pytest.mark.parametrize(("text", "found"), [
    ("811218–9876", True),  # en dash from a word processor
    ("811218−9876", True),  # minus sign
    ("209912189876", False),  # born in the future
    ("２０２６-１１-２３", False),
])
def test_identity_numbers_as_pasted(text: str, found: bool) -> None:
    assert bool(find_identity_number(text, dt.date(2026, 11, 23))) is found


def test_full_width_digits_are_not_a_date() -> None:
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        parse_date("２０２６-１１-２３", LABEL, "start")


@pytest.mark.parametrize("text", [
    "640823 3234", "640823 - 3234", "640823 -3234", "640823- 3234", "pnr 19640823 3234", "６４０８２３-３２３４",
    "640823\u00a03234", "640823\uff0d3234", "samordningsnr 701063 2391",
])
def test_identity_numbers_with_spaces_or_full_width_digits_are_found(text: str) -> None:
    assert find_identity_number(text, dt.date(2026, 11, 23))


@pytest.mark.parametrize("text", [
    "070-123 45 67", "08-123 456 78", "0701-23 45 67", "08 123 456 78", "640823 - 3235", "Tel ０７０-１２３ ４５ ６７",
    "Kostade 150 000 1234 kr",
])
def test_phone_numbers_and_near_misses_with_spaces_pass(text: str) -> None:
    assert find_identity_number(text, dt.date(2026, 11, 23)) is None


def test_a_full_width_number_is_reported_as_written() -> None:
    text = "Ring ６４０８２３-３２３４ imorgon"
    with pytest.raises(InvalidInput) as err:
        check_free_text(text, QT_TRANSLATE_NOOP("Field", "Note"), "note")
    assert "“６４０８２３-３２３４”" in err.value.message()
    assert text[err.value.params["start"]:err.value.params["end"]] == "６４０８２３-３２３４"  # type: ignore[misc]


def test_a_false_candidate_does_not_hide_a_real_one() -> None:
    assert find_identity_number("201212 121212-1212", dt.date(2026, 11, 23)) == "121212-1212"


@pytest.mark.parametrize("today", [dt.date(2027, 12, 31), dt.date(2028, 1, 1), dt.date(2028, 2, 28)])
def test_born_on_29_february_1928(today: dt.date) -> None:
    # early in 2028 "280229" first reads as 29 February 2028, still ahead: the century before must be tried
    assert find_identity_number("280229-1233", today) == "280229-1233"
    assert find_identity_number("280229+1233", today) == "280229+1233"


def test_a_date_missing_in_the_recent_century_tries_the_one_before() -> None:
    assert find_identity_number("000229-1235", dt.date(2100, 6, 1)) == "000229-1235"  # 2100 is no leap year; 2000 is
    assert find_identity_number("19000229-1235", dt.date(2026, 1, 1)) is None  # neither is 1900
