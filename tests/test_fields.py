"""Field rules: clean values, clear refusals naming the field (and the row for bulk input), no crash on any text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk import fields
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP

NAME = QT_TRANSLATE_NOOP("Field", "Name")
NOTE = QT_TRANSLATE_NOOP("Field", "Note")


def _refused(call: Callable[..., object], *args: object, **kwargs: object) -> InvalidInput:
    with pytest.raises(InvalidInput) as err:
        call(*args, **kwargs)
    return err.value


def _clean_name(text: str) -> str:
    """people.clean_name as it is today, to show short_text is a drop-in for it."""
    return " ".join(text.split())


@pytest.mark.parametrize("text", ["Anna Berg", "  Anna \t Berg  ", "Åsa Öberg-Ek", "x" * 120, "Anna\nBerg"])
def test_short_text_is_clean_name_for_valid_input(text: str) -> None:
    assert fields.short_text(text, NAME, "name") == _clean_name(text)


@pytest.mark.parametrize("text", ["", "   ", "\x00", "\u200b", "\ufeff \u200b\u2060", "\u200e", "\x00\u200b\n"])
def test_nothing_visible_is_empty(text: str) -> None:
    err = _refused(fields.short_text, text, NAME, "name")
    assert err.field == "name" and err.message() == "Name: this is required."
    assert fields.short_text(text, NAME, "name", required=False) == ""
    assert fields.long_text(text, NOTE, "note") == ""


def test_invisible_edges_and_controls_are_dropped() -> None:
    assert fields.short_text("\ufeffAnna\x00 Berg\u200b", NAME, "name") == "Anna Berg"
    assert fields.short_text("Anna\x1bBerg", NAME, "name") == "AnnaBerg"


def test_a_lone_surrogate_is_refused_saying_where() -> None:
    err = _refused(fields.short_text, "Anna \udcff Berg", NAME, "name")
    assert err.field == "name" and "character 6 is broken" in err.message() and err.message().startswith("Name:")
    assert "broken" in _refused(fields.long_text, "ok\n\ud800", NOTE, "note").message()
    assert "broken" in _refused(fields.date, "2026-01-0\udcff", NAME, "day").message()


def test_every_text_has_a_limit() -> None:
    err = _refused(fields.short_text, "x" * 121, NAME, "name")
    assert err.message() == "Name: too long (121 characters, at most 120)."
    assert fields.short_text("x" * 300, NAME, "name", max_len=300) == "x" * 300
    assert _refused(fields.long_text, "x" * 1_000_000, NOTE, "note").field == "note"
    assert fields.long_text("x" * 10_000, NOTE, "note") == "x" * 10_000


def test_long_text_keeps_paragraphs() -> None:
    typed = "\n\nFirst line   \r\nsecond\tline\x0c\r\n\r\n  Indented paragraph \x00\n\n"
    assert fields.long_text(typed, NOTE, "note") == "First line\nsecond\tline\n\n  Indented paragraph"
    assert _refused(fields.long_text, " \n ", NOTE, "note", required=True).message() == "Note: this is required."


def test_texts_run_the_privacy_guard() -> None:
    for call in (fields.short_text, fields.long_text):
        err = _refused(call, "Ring 640823-3234", NOTE, "note")
        assert err.field == "note" and "identity" in err.message()


def test_bulk_input_names_the_row() -> None:
    assert _refused(fields.short_text, "", NAME, "name", row=12).message() == "Row 12, Name: this is required."
    err = _refused(fields.short_text, "pnr 640823-3234", NAME, "name", row=3)
    assert err.message().startswith("Row 3, Name: “640823-3234”")
    assert _refused(fields.count, "x", NAME, "n", row=4).message().startswith("Row 4, Name:")
    catalog = {"Row {row}, {label}": "Rad {row}, {label}", "Name": "Namn", "{label}: this is required.":
               "{label}: måste fyllas i."}
    err = _refused(fields.short_text, " ", NAME, "name", row=12)
    assert err.message(lambda ctx, text: catalog.get(text, text)) == "Rad 12, Namn: måste fyllas i."


def test_choice() -> None:
    kinds = {"ward": 1, "clinic": 2}
    assert fields.choice(" ward ", kinds, NAME, "kind") == "ward"
    err = _refused(fields.choice, "shop", kinds, NAME, "kind", row=2)
    assert err.field == "kind" and err.message() == "Row 2, Name: “shop” is not one of the choices (ward, clinic)."
    assert _refused(fields.choice, None, kinds, NAME, "kind").field == "kind"


def test_count() -> None:
    assert fields.count(7, NAME, "n") == 7
    assert fields.count(" 12 ", NAME, "n") == 12
    for bad in (True, 2.0, "2.5", "", None, "٣", "1" * 40):
        assert "whole number" in _refused(fields.count, bad, NAME, "n").message()
    assert _refused(fields.count, -1, NAME, "n").message() == "Name: -1 is too small (at least 0)."
    assert _refused(fields.count, 51, NAME, "n", maximum=50).message() == "Name: 51 is too large (at most 50)."
    assert fields.count(-3, NAME, "n", minimum=-5) == -3


def test_date() -> None:
    assert fields.date(" 2026-11-23 ", NAME, "day") == dt.date(2026, 11, 23)
    assert fields.date(dt.date(2026, 1, 2), NAME, "day") == dt.date(2026, 1, 2)
    assert fields.date(dt.datetime(2026, 1, 2, 10), NAME, "day") == dt.date(2026, 1, 2)
    assert "YYYY-MM-DD" in _refused(fields.date, "23/11/2026", NAME, "day").message()
    assert "required" in _refused(fields.date, None, NAME, "day").message()
    early = _refused(fields.date, "1899-12-31", NAME, "day", earliest=dt.date(1900, 1, 1), row=5)
    assert early.message() == "Row 5, Name: 1899-12-31 is too early (the earliest accepted is 1900-01-01)."
    late = _refused(fields.date, dt.date(2100, 1, 1), NAME, "day", latest=dt.date(2099, 12, 31))
    assert late.field == "day" and "too late" in late.message()


@given(st.text(st.characters(codec=None)), st.booleans(), st.sampled_from([None, 1, 20]))
def test_any_text_is_clean_or_a_clear_refusal(text: str, long: bool, row: int | None) -> None:
    call = fields.long_text if long else fields.short_text
    try:
        clean = call(text, NAME, "name", row=row)
    except InvalidInput as err:
        assert err.field == "name" and err.message().startswith("Row" if row else "Name:")
    else:
        clean.encode("utf-8")  # storable
        assert not any(ch in clean for ch in "\x00\r\x1b")
