"""Built-in template content (unit kinds, checklist items, job-description sections, activity types, …) as data.

Each file `resources/templates/<name>.json` holds `{"items": [{"key": …, "labels": {"sv": …, "en": …}, …}]}`: a stable
key (stored in workspaces, so never changed or reused), a label in every language PeerDesk speaks, and any further
fields (kept in `extra`). An untouched item shows in the reader's language; what a unit rewords shows as written.
The content is translated here rather than in the Qt catalog because a unit's own wording replaces it per item.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from peerdesk.language import LANGUAGES
from peerdesk.paths import resources_dir

FALLBACK = "en"
_KEY = re.compile(r"[a-z][a-z0-9_]*")


class TemplateError(ValueError):
    """A built-in template file is broken: a packaging bug, reported with the file and what is wrong."""


class TemplateItem(NamedTuple):
    key: str
    labels: Mapping[str, str]
    extra: Mapping[str, Any]

    def label(self, lang: str, own_wording: str | None = None) -> str:
        """The unit's own wording when it has one, else the built-in label in `lang`, else in English."""
        if own_wording and own_wording.strip():
            return own_wording
        return self.labels.get(lang) or self.labels[FALLBACK]


def folder() -> Path:
    return resources_dir() / "templates"


def names() -> list[str]:
    """Every shipped template file's name."""
    return sorted(p.stem for p in folder().glob("*.json"))


@functools.cache
def load(name: str) -> tuple[TemplateItem, ...]:
    """The items of `resources/templates/<name>.json` in file order, checked; read once per run."""
    path = folder() / f"{name}.json"
    items: list[TemplateItem] = []
    for n, raw in enumerate(read_items(path), 1):
        items.append(_item(raw, f"{path}, item {n}"))
    keys = [item.key for item in items]
    if duplicates := sorted({k for k in keys if keys.count(k) > 1}):
        raise TemplateError(f"{path}: duplicate keys {', '.join(duplicates)}")
    return tuple(items)


def read_items(path: Path) -> list[Any]:
    """The "items" list of a template file, unchecked; TemplateError when the file is not such a file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(f"{path}: cannot be read as JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise TemplateError(f"{path}: expected an object with a list \"items\"")
    return data["items"]


def _item(raw: object, where: str) -> TemplateItem:
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}: expected an object")
    key, labels = raw.get("key"), raw.get("labels")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise TemplateError(f"{where}: \"key\" must be lower-case letters, digits and _ (got {key!r})")
    if not isinstance(labels, dict):
        raise TemplateError(f"{where} ({key}): \"labels\" must be an object with one label per language")
    for lang in LANGUAGES:
        text = labels.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise TemplateError(f"{where} ({key}): no label in {lang!r}")
    extra = {k: v for k, v in raw.items() if k not in ("key", "labels")}
    return TemplateItem(key, dict(labels), extra)


def item(name: str, key: str) -> TemplateItem:
    """One item by key; KeyError when the template has no such key."""
    for found in load(name):
        if found.key == key:
            return found
    raise KeyError(f"{name}: no item {key!r}")


def labels(name: str, lang: str) -> dict[str, str]:
    """key → built-in label in `lang`, in file order (e.g. for a combo box of unit kinds)."""
    return {it.key: it.label(lang) for it in load(name)}


def label(name: str, key: str, lang: str, own_wording: str | None = None) -> str:
    """What to show for one item: the unit's own wording when it has one, else the built-in label in `lang`."""
    return item(name, key).label(lang, own_wording)
