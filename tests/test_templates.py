"""Built-in template content: every shipped file loads, every item speaks every language, broken files are named."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk import templates
from peerdesk.language import LANGUAGES
from peerdesk.people import UNIT_KINDS
from peerdesk.templates import TemplateError


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    templates.load.cache_clear()
    yield
    templates.load.cache_clear()


def test_every_template_file_loads_with_every_language() -> None:
    assert "unit_kinds" in templates.names()
    for name in templates.names():
        items = templates.load(name)
        assert items, name
        assert len({it.key for it in items}) == len(items)
        for it in items:
            assert all(it.labels[lang].strip() for lang in LANGUAGES), (name, it.key)


def test_unit_kinds_match_the_kinds_the_code_knows() -> None:
    kinds = templates.load("unit_kinds")
    assert [it.key for it in kinds] == list(UNIT_KINDS)  # the domain's choices are the template's keys
    assert templates.labels("unit_kinds", "sv")["meeting_place"] == "Träffpunkt"


def test_own_wording_wins_else_the_readers_language_else_english() -> None:
    ward = templates.item("unit_kinds", "ward")
    assert ward.label("sv") == "Psykiatrisk avdelning" and ward.label("en") == "Psychiatric ward"
    assert ward.label("nb") == "Psychiatric ward"  # a language with no label yet
    assert ward.label("en", "Avdelning 7") == "Avdelning 7"
    assert ward.label("sv", "  ") == "Psykiatrisk avdelning"  # blank wording is no wording
    assert templates.label("unit_kinds", "clinic", "sv", None) == "Mottagning"
    with pytest.raises(KeyError):
        templates.item("unit_kinds", "shop")


def _broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: object) -> str:
    monkeypatch.setattr(templates, "folder", lambda: tmp_path)
    (tmp_path / "x.json").write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        templates.load("x")
    return str(err.value)


@pytest.mark.parametrize(("content", "why"), [
    ("{not json", "cannot be read"),
    ([], "list \"items\""),
    ({"items": [{"key": "a", "labels": {"sv": "A"}}]}, "item 1 (a): no label in 'en'"),
    ({"items": [{"key": "a", "labels": {"sv": "A", "en": " "}}]}, "no label in 'en'"),
    ({"items": [{"key": "A b", "labels": {"sv": "A", "en": "A"}}]}, "\"key\" must be"),
    ({"items": [{"key": "a", "labels": {"sv": "A", "en": "A"}}, {"key": "a", "labels": {"sv": "B", "en": "B"}}]},
     "duplicate keys a"),
])
def test_a_broken_file_is_named_with_what_is_wrong(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: object,
                                                   why: str) -> None:
    message = _broken(tmp_path, monkeypatch, content)
    assert "x.json" in message and why in message


def test_extra_fields_are_kept_and_loading_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(templates, "folder", lambda: tmp_path)
    (tmp_path / "x.json").write_text(json.dumps({"items": [
        {"key": "a", "labels": {"sv": "A", "en": "A"}, "phase": "before_start"}]}), encoding="utf-8")
    first = templates.load("x")
    assert first[0].extra == {"phase": "before_start"}
    (tmp_path / "x.json").unlink()
    assert templates.load("x") is first
