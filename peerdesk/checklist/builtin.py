"""The built-in checklist template, its phases and owners.

The template is data, one file per language (`resources/templates/checklist/<lang>.json`), every file holding the
same items with the same keys, phases, owners, due-date rules and answer choices: only the words differ. An item's
due date counts `offset_days` from the placement's start date (`anchor` "start") or from its planned end date
("end"). A `decision` item is settled by an answer, optionally one of its `choices`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.language import LANGUAGES
from peerdesk.templates import FALLBACK, TemplateError, folder, read_items

PHASES: dict[str, Msg] = {
    "before_start": QT_TRANSLATE_NOOP("Checklist", "Before start"),
    "first_day": QT_TRANSLATE_NOOP("Checklist", "First day"),
    "first_weeks": QT_TRANSLATE_NOOP("Checklist", "First weeks"),
    "first_months": QT_TRANSLATE_NOOP("Checklist", "First months"),
    "follow_up": QT_TRANSLATE_NOOP("Checklist", "Follow-up"),
}
OWNERS: dict[str, Msg] = {
    "unit_manager": QT_TRANSLATE_NOOP("Checklist", "Unit manager"),
    "peer_supporter": QT_TRANSLATE_NOOP("Checklist", "Peer supporter"),
    "employer": QT_TRANSLATE_NOOP("Checklist", "Employer organisation / supervisor"),
    "staff": QT_TRANSLATE_NOOP("Checklist", "Staff"),
}
# "My items": whose items a person's role (people.ROLES) makes theirs.
ROLE_OWNER: dict[str, str] = {"unit_manager": "unit_manager", "peer_supporter": "peer_supporter",
                              "supervisor": "employer", "staff_representative": "staff"}
ANCHORS = ("start", "end")
_SHARED = ("phase", "owner", "anchor", "offset_days", "decision")


class BuiltinItem(NamedTuple):
    key: str
    phase: str
    owner: str
    anchor: str
    offset_days: int
    decision: bool
    labels: Mapping[str, str]
    helps: Mapping[str, str]
    choices: Mapping[str, Mapping[str, str]]  # choice key → its words per language, in file order

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels[FALLBACK]

    def help(self, lang: str) -> str:
        return self.helps.get(lang) or self.helps[FALLBACK]

    def choice(self, key: str, lang: str) -> str:
        words = self.choices[key]
        return words.get(lang) or words[FALLBACK]


def template_folder() -> Path:
    return folder() / "checklist"


def _read(lang: str) -> list[dict]:
    path = template_folder() / f"{lang}.json"
    items = read_items(path)
    for n, raw in enumerate(items, 1):
        _check(raw, f"{path}, item {n}")
    return items


def _check(raw: object, where: str) -> None:
    if not isinstance(raw, dict) or not isinstance(raw.get("key"), str):
        raise TemplateError(f"{where}: expected an object with a \"key\"")
    key = raw["key"]
    if raw.get("phase") not in PHASES or raw.get("owner") not in OWNERS or raw.get("anchor") not in ANCHORS:
        raise TemplateError(f"{where} ({key}): unknown phase, owner or anchor")
    if not isinstance(raw.get("offset_days"), int) or isinstance(raw.get("offset_days"), bool):
        raise TemplateError(f"{where} ({key}): \"offset_days\" must be a whole number")
    for name in ("label", "help"):
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise TemplateError(f"{where} ({key}): no {name}")
    choices = raw.get("choices", {})
    if not isinstance(choices, dict) or not all(isinstance(v, str) and v.strip() for v in choices.values()):
        raise TemplateError(f"{where} ({key}): \"choices\" must map keys to words")
    if choices and not raw.get("decision"):
        raise TemplateError(f"{where} ({key}): only a decision item has choices")


@functools.cache
def builtin() -> dict[str, BuiltinItem]:
    """key → item, in template order; every language file checked against the others."""
    per_lang = {lang: _read(lang) for lang in LANGUAGES}
    first = per_lang[LANGUAGES[0]]
    keys = [raw["key"] for raw in first]
    if len(set(keys)) != len(keys):
        raise TemplateError(f"{template_folder()}: duplicate keys")
    for lang, items in per_lang.items():
        if [raw["key"] for raw in items] != keys:
            raise TemplateError(f"{template_folder() / lang}.json: not the same keys in the same order as "
                                f"{LANGUAGES[0]}.json")
        for raw, ref in zip(items, first, strict=True):
            if any(raw.get(f) != ref.get(f) for f in _SHARED) or list(raw.get("choices", {})) != list(
                    ref.get("choices", {})):
                raise TemplateError(f"{template_folder() / lang}.json ({raw['key']}): phase, owner, dates or "
                                    f"choices differ from {LANGUAGES[0]}.json")
    out: dict[str, BuiltinItem] = {}
    for n, ref in enumerate(first):
        by_lang = {lang: items[n] for lang, items in per_lang.items()}
        out[ref["key"]] = BuiltinItem(
            key=ref["key"], phase=ref["phase"], owner=ref["owner"], anchor=ref["anchor"],
            offset_days=ref["offset_days"], decision=bool(ref.get("decision")),
            labels={lang: raw["label"] for lang, raw in by_lang.items()},
            helps={lang: raw["help"] for lang, raw in by_lang.items()},
            choices={c: {lang: raw["choices"][c] for lang, raw in by_lang.items()} for c in ref.get("choices", {})})
    return out
